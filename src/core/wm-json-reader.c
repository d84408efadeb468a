/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-json-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-json-reader.h"

/*
 * json-glib keeps no positions in its tree, so the parser's signals are used
 * to note the line of every object and member as it is read.
 */
struct _WmJsonReader
{
  char       *name;          /* shown in messages: the file's name */
  GQuark      domain;
  int         parse_code;
  int         invalid_code;
  JsonParser *parser;
  GHashTable *lines;         /* JsonObject* / JsonArray* / JsonNode* -> line */
  GArray     *open_lines;    /* lines of the objects and lists being parsed */
};

int
wm_json_reader_line (WmJsonReader  *self,
                     gconstpointer  where)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->lines, where));
}

static void
start_cb (JsonParser   *parser,
          WmJsonReader *self)
{
  int line = (int) json_parser_get_current_line (parser);
  g_array_append_val (self->open_lines, line);
}

static void
end_cb (JsonParser   *parser,
        gpointer      object_or_array,
        WmJsonReader *self)
{
  int line;

  g_return_if_fail (self->open_lines->len > 0);

  line = g_array_index (self->open_lines, int, self->open_lines->len - 1);
  g_array_set_size (self->open_lines, self->open_lines->len - 1);
  g_hash_table_insert (self->lines, object_or_array, GINT_TO_POINTER (line));
}

static void
member_cb (JsonParser   *parser,
           JsonObject   *object,
           const char   *member_name,
           WmJsonReader *self)
{
  JsonNode *node = json_object_get_member (object, member_name);
  int line = (int) json_parser_get_current_line (parser);

  if (node == NULL)
    return;

  /* The parser is past a member's value now: that is a scalar's own line, but
   * an object or a list is better placed by the line it starts on. */
  if (JSON_NODE_HOLDS_OBJECT (node))
    line = wm_json_reader_line (self, json_node_get_object (node));
  else if (JSON_NODE_HOLDS_ARRAY (node))
    line = wm_json_reader_line (self, json_node_get_array (node));

  g_hash_table_insert (self->lines, node, GINT_TO_POINTER (line));
}

WmJsonReader *
wm_json_reader_new (const char *name,
                    GQuark      domain,
                    int         parse_code,
                    int         invalid_code)
{
  WmJsonReader *self = g_new0 (WmJsonReader, 1);

  self->name = g_strdup (name);
  self->domain = domain;
  self->parse_code = parse_code;
  self->invalid_code = invalid_code;
  self->parser = json_parser_new_immutable ();
  self->lines = g_hash_table_new (NULL, NULL);
  self->open_lines = g_array_new (FALSE, FALSE, sizeof (int));

  g_signal_connect (self->parser, "object-start", G_CALLBACK (start_cb), self);
  g_signal_connect (self->parser, "array-start", G_CALLBACK (start_cb), self);
  g_signal_connect (self->parser, "object-end", G_CALLBACK (end_cb), self);
  g_signal_connect (self->parser, "array-end", G_CALLBACK (end_cb), self);
  g_signal_connect (self->parser, "object-member", G_CALLBACK (member_cb), self);

  return self;
}

void
wm_json_reader_free (WmJsonReader *self)
{
  if (self == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->parser, self);
  g_object_unref (self->parser);
  g_hash_table_unref (self->lines);
  g_array_unref (self->open_lines);
  g_free (self->name);
  g_free (self);
}

gpointer
wm_json_reader_fail (WmJsonReader  *self,
                     GError       **error,
                     int            code,
                     gconstpointer  where,
                     const char    *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;
  int line = where ? wm_json_reader_line (self, where) : 0;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, self->domain, code, "%s:%d: %s", self->name, line, message);
  else
    g_set_error (error, self->domain, code, "%s: %s", self->name, message);

  return NULL;
}

/**
 * wm_json_reader_parse:
 *
 * @root_what: what the top-level object is, for the message when it is not one
 *
 * Returns: (transfer none): the document's top-level object, owned by @self
 */
JsonObject *
wm_json_reader_parse (WmJsonReader  *self,
                      GBytes        *bytes,
                      const char    *root_what,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *bad = NULL;
  JsonNode *root;

  if (size == 0)
    return wm_json_reader_fail (self, error, self->parse_code, NULL, _("the file is empty"));

  if (!g_utf8_validate_len (data, size, &bad))
    {
      int line = 1;

      for (const char *p = data; p < bad; p++)
        line += *p == '\n';
      g_set_error (error, self->domain, self->parse_code,
                   _("%s:%d: the file is not UTF-8 text"), self->name, line);
      return NULL;
    }

  if (!json_parser_load_from_data (self->parser, data, (gssize) size, &local_error))
    {
      /* json-glib names in-memory data "<data>"; name the file instead. */
      const char *message = local_error->message;

      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      g_set_error (error, self->domain, self->parse_code, "%s:%s", self->name, message);
      return NULL;
    }

  root = json_parser_get_root (self->parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return wm_json_reader_fail (self, error, self->invalid_code, NULL,
                                _("the file must hold one JSON object, %s"), root_what);

  return json_node_get_object (root);
}

/* Reads string member @member of @object (described as @what in messages).
 * A missing optional member reads as "". */
gboolean
wm_json_reader_string (WmJsonReader  *self,
                       JsonObject    *object,
                       const char    *what,
                       const char    *member,
                       gboolean       required,
                       char         **out,
                       GError       **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        {
          wm_json_reader_fail (self, error, self->invalid_code, object,
                               _("%s: missing \"%s\""), what, member);
          return FALSE;
        }
      *out = g_strdup ("");
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      wm_json_reader_fail (self, error, self->invalid_code, node,
                           _("%s: \"%s\" must be a string"), what, member);
      return FALSE;
    }

  *out = g_strstrip (g_strdup (json_node_get_string (node)));
  if (required && **out == '\0')
    {
      wm_json_reader_fail (self, error, self->invalid_code, node,
                           _("%s: \"%s\" must not be empty"), what, member);
      g_clear_pointer (out, g_free);
      return FALSE;
    }

  return TRUE;
}

/* Reads the required whole-number member @member of @object. */
gboolean
wm_json_reader_int (WmJsonReader  *self,
                    JsonObject    *object,
                    const char    *what,
                    const char    *member,
                    gint64        *out,
                    GError       **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      wm_json_reader_fail (self, error, self->invalid_code, object,
                           _("%s: missing \"%s\""), what, member);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      wm_json_reader_fail (self, error, self->invalid_code, node,
                           _("%s: \"%s\" must be a whole number"), what, member);
      return FALSE;
    }

  *out = json_node_get_int (node);
  return TRUE;
}

/* Reads list member @member, which must hold objects; at least @min_len of them.
 * A missing member is an error unless @min_len is 0 (then %NULL, no error). */
JsonArray *
wm_json_reader_objects (WmJsonReader  *self,
                        JsonObject    *object,
                        const char    *what,
                        const char    *member,
                        guint          min_len,
                        GError       **error)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL)
    {
      if (min_len == 0)
        return NULL;
      return wm_json_reader_fail (self, error, self->invalid_code, object,
                                  _("%s: missing \"%s\""), what, member);
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wm_json_reader_fail (self, error, self->invalid_code, node,
                                _("%s: \"%s\" must be a list"), what, member);

  array = json_node_get_array (node);
  if (json_array_get_length (array) < min_len)
    return wm_json_reader_fail (self, error, self->invalid_code, node,
                                ngettext ("%s: \"%s\" must hold at least %u entry",
                                          "%s: \"%s\" must hold at least %u entries", min_len),
                                what, member, min_len);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return wm_json_reader_fail (self, error, self->invalid_code, node,
                                    _("%s: entry %u of \"%s\" must be an object"), what, i + 1, member);
    }

  return array;
}
