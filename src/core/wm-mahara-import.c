/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-mahara-import"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-framework-loader.h"
#include "wm-mahara-private.h"
#include "wm-plain-text.h"

/*
 * Reading a Mahara SmartEvidence matrix, in either form: version 1 with each
 * standard's elements nested inside it, version 2 with one flat list of
 * standard elements naming their standard, or the framework object on its
 * own. What is read is checked as Mahara checks it; wm-mahara.c then builds
 * the def from it (see the comment there for the mapping).
 */

static void
element_free (gpointer data)
{
  Element *element = data;

  g_free (element->shortname);
  g_free (element->name);
  g_free (element->description);
  g_free (element->elementid);
  g_free (element->parentid);
  g_free (element->id);
  g_free (element);
}

static void
standard_free (gpointer data)
{
  Standard *standard = data;

  g_free (standard->shortname);
  g_free (standard->name);
  g_free (standard->description);
  g_free (standard->key);
  g_ptr_array_unref (standard->elements);
  g_hash_table_unref (standard->by_elementid);
  g_free (standard);
}

/* Whether @member is there and not null: PHP's isset(), as Mahara tests. */
static gboolean
has_value (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node);
}

/* Joins the lines of @text (in place) with single spaces, for what is shown
 * on one line. */
static char *
one_line (char *text)
{
  char *out = text;

  for (const char *p = text; *p; p++)
    {
      if (*p != '\n')
        *out++ = *p;
      else if (out > text && out[-1] != ' ')
        *out++ = ' ';
    }
  *out = '\0';
  return text;
}

/* What stands in for an empty name: the shortname as plain text, in the
 * normal form a name reads back as; "Untitled" when nothing of it shows. */
static char *
name_from_shortname (const char *shortname)
{
  g_autofree char *html = wm_plain_text_to_html (shortname);
  char *name = wm_plain_text_from_html (html);

  if (name[0] != '\0')
    return name;
  g_free (name);
  return g_strdup ("Untitled");
}

/* Reads string @member as plain text; "" when missing. */
static gboolean
read_text (Importer    *imp,
           JsonObject  *object,
           const char  *what,
           const char  *member,
           char       **out,
           GError     **error)
{
  g_autofree char *html = NULL;

  if (!wm_json_reader_string (imp->reader, object, what, member, FALSE, &html, error))
    return FALSE;
  *out = wm_plain_text_from_html (html);
  return TRUE;
}

/* Reads an id member that may be a whole number or a string ("standardid",
 * "elementid", "parentelementid") as text: 1 and "1" are the same id, as they
 * are to PHP. %NULL when missing, null, false or "". */
static gboolean
read_key (Importer    *imp,
          JsonObject  *object,
          const char  *what,
          const char  *member,
          gboolean     required,
          char       **out,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type = node && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  *out = NULL;
  if (type == G_TYPE_INT64)
    *out = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (type == G_TYPE_STRING)
    *out = g_strstrip (g_strdup (json_node_get_string (node)));
  else if (!(node == NULL || JSON_NODE_HOLDS_NULL (node) ||
             (type == G_TYPE_BOOLEAN && !json_node_get_boolean (node))))
    {
      fail (imp, error, node, _("%s: \"%s\" must be a whole number or a string"), what, member);
      return FALSE;
    }

  if (*out && **out == '\0')
    g_clear_pointer (out, g_free);
  if (*out == NULL && required)
    {
      fail (imp, error, node ? (gconstpointer) node : object, _("%s: missing \"%s\""), what, member);
      return FALSE;
    }
  return TRUE;
}

/* Checks that @member, when given, is a number (Mahara's "priority"). */
static gboolean
check_number (Importer    *imp,
              JsonObject  *object,
              const char  *what,
              const char  *member,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) ||
      (JSON_NODE_HOLDS_VALUE (node) && (json_node_get_value_type (node) == G_TYPE_INT64 ||
                                        json_node_get_value_type (node) == G_TYPE_DOUBLE)))
    return TRUE;

  fail (imp, error, node, _("%s: \"%s\" must be a number"), what, member);
  return FALSE;
}

/* Reads a true/false @member ("selfassess", "parent"); FALSE when missing.
 * Mahara stores "selfassess" as a number, so 0 and 1 are read too. */
static gboolean
read_flag (Importer    *imp,
           JsonObject  *object,
           const char  *what,
           const char  *member,
           gboolean    *out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type = node && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  *out = FALSE;
  if (type == G_TYPE_BOOLEAN)
    *out = json_node_get_boolean (node);
  else if (type == G_TYPE_INT64)
    *out = json_node_get_int (node) != 0;
  else if (!(node == NULL || JSON_NODE_HOLDS_NULL (node)))
    {
      fail (imp, error, node, _("%s: \"%s\" must be true or false"), what, member);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_status_members (Importer    *imp,
                     JsonObject  *object,
                     GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l; l = l->next)
    {
      const char *key = l->data;
      JsonNode *node = json_object_get_member (object, key);
      int type = -1;

      /* Mahara takes the number of a status for its name, too. */
      for (guint i = 0; i < G_N_ELEMENTS (wm_mahara_status_keys); i++)
        if (g_str_equal (key, wm_mahara_status_keys[i]) || (key[0] == (char) ('0' + i) && key[1] == '\0'))
          type = (int) i;

      if (type < 0)
        {
          fail (imp, error, node,
                _("evidence status \"%s\" is not one of begun, incomplete, partialcomplete, completed"),
                key);
          return FALSE;
        }
      if (JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          fail (imp, error, node, _("evidence status \"%s\" must be a string"), key);
          return FALSE;
        }

      g_free (imp->statuses[type]);
      imp->statuses[type] = one_line (wm_plain_text_from_html (json_node_get_string (node)));
      if (imp->statuses[type][0] == '\0')
        g_clear_pointer (&imp->statuses[type], g_free);
    }

  return TRUE;
}

/* "evidencestatuses": in files a list of one-member objects
 * ([{"begun": "…"}, …]); in Mahara's editor one object. */
static gboolean
read_statuses (Importer    *imp,
               JsonObject  *fw,
               GError     **error)
{
  JsonNode *node = json_object_get_member (fw, "evidencestatuses");

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_OBJECT (node))
    return read_status_members (imp, json_node_get_object (node), error);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (imp, error, node, _("the framework: \"evidencestatuses\" must be a list"));
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *entry = json_array_get_element (json_node_get_array (node), i);

      if (!JSON_NODE_HOLDS_OBJECT (entry))
        {
          fail (imp, error, node, _("the framework: entry %u of \"evidencestatuses\" must be an object"),
                i + 1);
          return FALSE;
        }
      if (!read_status_members (imp, json_node_get_object (entry), error))
        return FALSE;
    }
  return TRUE;
}

/* Reads one standard element into @standard's list. */
static gboolean
read_element (Importer    *imp,
              JsonObject  *object,
              const char  *where,
              Standard    *standard,
              GError     **error)
{
  Element *element = g_new0 (Element, 1);
  g_autofree char *what = NULL;
  Element *other;

  element->object = object;
  element->index = (int) standard->elements->len;
  element->parent = -1;
  g_ptr_array_add (standard->elements, element);

  if (!wm_json_reader_string (imp->reader, object, where, "shortname", TRUE, &element->shortname, error))
    return FALSE;

  what = g_strdup_printf (_("standard element \"%s\""), element->shortname);
  if (!read_text (imp, object, what, "name", &element->name, error) ||
      !read_text (imp, object, what, "description", &element->description, error) ||
      !check_number (imp, object, what, "priority", error) ||
      !read_key (imp, object, what, "elementid", FALSE, &element->elementid, error) ||
      !read_key (imp, object, what, "parentelementid", FALSE, &element->parentid, error) ||
      !read_flag (imp, object, what, "parent", &element->parent_flag, error))
    return FALSE;

  if (element->name[0] == '\0')
    {
      g_free (element->name);
      element->name = name_from_shortname (element->shortname);
    }

  /* Mahara finds a parent by its elementid among the elements of the same
   * standard: elementids need only be unique there. */
  if (element->elementid == NULL)
    return TRUE;
  if ((other = g_hash_table_lookup (standard->by_elementid, element->elementid)) != NULL)
    {
      fail (imp, error, json_object_get_member (object, "elementid"),
            _("%s: elementid \"%s\" is already the elementid of standard element \"%s\" in standard \"%s\""),
            what, element->elementid, other->shortname, standard->shortname);
      return FALSE;
    }
  g_hash_table_insert (standard->by_elementid, element->elementid, element);
  return TRUE;
}

static gboolean
read_standards (Importer    *imp,
                JsonObject  *fw,
                GError     **error)
{
  JsonArray *array = wm_json_reader_objects (imp->reader, fw, _("the framework"), "standards", 1, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      Standard *standard = g_new0 (Standard, 1);
      g_autofree char *where = g_strdup_printf (_("standard %u"), i + 1);
      g_autofree char *what = NULL;
      JsonArray *elements;
      Standard *other;

      standard->object = object;
      standard->elements = g_ptr_array_new_with_free_func (element_free);
      standard->by_elementid = g_hash_table_new (g_str_hash, g_str_equal);
      g_ptr_array_add (imp->standards, standard);

      if (!wm_json_reader_string (imp->reader, object, where, "shortname", TRUE, &standard->shortname, error))
        return FALSE;

      what = g_strdup_printf (_("standard \"%s\""), standard->shortname);
      if (!read_text (imp, object, what, "name", &standard->name, error) ||
          !read_text (imp, object, what, "description", &standard->description, error) ||
          !check_number (imp, object, what, "priority", error) ||
          !read_key (imp, object, what, "standardid", FALSE, &standard->key, error))
        return FALSE;

      if (standard->name[0] == '\0')
        {
          g_free (standard->name);
          standard->name = name_from_shortname (standard->shortname);
        }
      one_line (standard->name);

      if (standard->key != NULL)
        {
          if ((other = g_hash_table_lookup (imp->by_key, standard->key)) != NULL)
            {
              fail (imp, error, json_object_get_member (object, "standardid"),
                    _("%s: standardid %s is already the standardid of standard \"%s\""),
                    what, standard->key, other->shortname);
              return FALSE;
            }
          g_hash_table_insert (imp->by_key, standard->key, standard);
        }

      /* Version 1: the elements inside their standard. */
      if (!has_value (object, "standardelement"))
        continue;
      if (!(elements = wm_json_reader_objects (imp->reader, object, what, "standardelement", 0, error)))
        return FALSE;
      for (guint e = 0; e < json_array_get_length (elements); e++)
        {
          g_autofree char *ewhere = g_strdup_printf (_("standard element %u of %s"), e + 1, what);

          if (!read_element (imp, json_array_get_object_element (elements, e), ewhere, standard, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Version 2: one list of elements, each naming its standard. */
static gboolean
read_flat_elements (Importer    *imp,
                    JsonObject  *fw,
                    GError     **error)
{
  JsonArray *array;

  if (!has_value (fw, "standardelements"))
    return TRUE;
  if (!(array = wm_json_reader_objects (imp->reader, fw, _("the framework"), "standardelements", 0, error)))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autofree char *where = g_strdup_printf (_("entry %u of \"standardelements\""), i + 1);
      g_autofree char *key = NULL;
      Standard *standard;

      if (!read_key (imp, object, where, "standardid", TRUE, &key, error))
        return FALSE;

      if ((standard = g_hash_table_lookup (imp->by_key, key)) == NULL)
        {
          g_autoptr(GString) keys = g_string_new (NULL);

          for (guint s = 0; s < imp->standards->len; s++)
            {
              Standard *candidate = g_ptr_array_index (imp->standards, s);

              if (candidate->key)
                g_string_append_printf (keys, "%s%s", keys->len ? ", " : "", candidate->key);
            }
          fail (imp, error, json_object_get_member (object, "standardid"),
                _("%s: standardid %s is not the standardid of any standard (%s)"),
                where, key, keys->len ? keys->str : _("none has one"));
          return FALSE;
        }

      if (!read_element (imp, object, where, standard, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * wm_mahara_import:
 * @bytes: the content of a .matrix file
 * @name: the file's name, for messages
 *
 * Reads a Mahara SmartEvidence framework, in either of its forms. Nothing is
 * read from a file that is wrong anywhere: the error, in WM_FRAMEWORK_ERROR,
 * says "NAME:LINE: what is wrong".
 *
 * Returns: (transfer full): the framework, or %NULL with @error set
 */
WmFrameworkDef *
wm_mahara_import (GBytes      *bytes,
                  const char  *name,
                  GError     **error)
{
  g_autoptr(WmJsonReader) reader = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GHashTable) by_key = NULL;
  g_autoptr(WmFrameworkDef) def = NULL;
  g_autofree char *institution = NULL;
  Importer imp = { 0 };
  JsonObject *root, *fw;
  JsonNode *node;
  gboolean selfassess, ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  reader = wm_json_reader_new (name, MAHARA_ERROR, WM_FRAMEWORK_ERROR_PARSE, WM_FRAMEWORK_ERROR_INVALID);
  standards = g_ptr_array_new_with_free_func (standard_free);
  by_key = g_hash_table_new (g_str_hash, g_str_equal);
  imp.reader = reader;
  imp.standards = standards;
  imp.by_key = by_key;

  if (!(root = wm_json_reader_parse (reader, bytes, _("a Mahara SmartEvidence matrix"), error)))
    return NULL;

  fw = root;
  if ((node = json_object_get_member (root, "framework")) != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (&imp, error, node, _("\"framework\" must be an object"));
      fw = json_node_get_object (node);
    }
  else if (!json_object_has_member (root, "standards"))
    return fail (&imp, error, root,
                 _("not a Mahara SmartEvidence matrix: no \"framework\" object and no \"standards\" list"));

  def = wm_framework_def_new ();
  ok = wm_json_reader_string (reader, fw, _("the framework"), "name", TRUE, &def->title, error) &&
       wm_json_reader_string (reader, fw, _("the framework"), "institution", FALSE, &institution, error) &&
       read_text (&imp, fw, _("the framework"), "description", &def->description, error) &&
       /* Waymark has no self-assessment switch: checked, not kept. */
       read_flag (&imp, fw, _("the framework"), "selfassess", &selfassess, error) &&
       read_statuses (&imp, fw, error);

  if (ok)
    {
      g_autofree char *html = g_steal_pointer (&def->title);

      def->title = one_line (wm_plain_text_from_html (html));
      if (def->title[0] == '\0')
        {
          fail (&imp, error, json_object_get_member (fw, "name"), _("the framework: \"name\" has no text"));
          ok = FALSE;
        }
    }

  ok = ok && read_standards (&imp, fw, error) && read_flat_elements (&imp, fw, error);
  if (ok)
    {
      def->id = wm_framework_id_from_name (def->title);
      def->version = g_strdup ("1");
      def->short_title = g_strdup ("");
      def->publisher = g_strdup (g_str_equal (institution, "all") || g_str_equal (institution, "mahara")
                                 ? "" : institution);
      def->licence = g_strdup ("");
      def->attribution = g_strdup ("");
      def->source = g_strdup (WM_MAHARA_SOURCE);
      def->label_heading = g_strdup ("Heading");
      def->label_element = g_strdup ("Standard");
      def->label_strand = g_strdup ("Standard element");
      def->label_level = g_strdup ("Level");
      def->label_descriptor = g_strdup ("Descriptor");
      wm_mahara_add_scales (def, &imp);
      ok = wm_mahara_build (&imp, fw, def, error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (imp.statuses); i++)
    g_free (imp.statuses[i]);

  return ok ? g_steal_pointer (&def) : NULL;
}
