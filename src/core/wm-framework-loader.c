/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-framework-loader"

#include "config.h"

#include <glib/gi18n.h>
#include "wm-framework-loader.h"
#include "wm-json-reader.h"

/*
 * Reads framework format v1 (docs/framework-format.md). json-glib keeps no
 * positions in its tree, so the parser's signals are used to note the line of
 * every object and member as it is read: an error in a well-formed file can
 * then still name its line.
 */

G_DEFINE_QUARK (wm-framework-error-quark, wm_framework_error)

typedef struct {
  WmJsonReader *reader;
  GHashTable   *seen;       /* "kind\x1fid" of every id read, to catch repeats */
} Loader;

/* Short names for the reader's calls, which every line below makes. */
#define fail(loader, error, code, where, ...) \
  wm_json_reader_fail ((loader)->reader, error, code, where, __VA_ARGS__)
#define read_string(loader, object, what, member, required, out, error) \
  wm_json_reader_string ((loader)->reader, object, what, member, required, out, error)
#define read_array(loader, object, what, member, min_len, error) \
  wm_json_reader_objects ((loader)->reader, object, what, member, min_len, error)

/* Reads the "id" of an entry and checks that no other entry of @kind has it. */
static char *
read_id (Loader      *loader,
         JsonObject  *object,
         const char  *kind,
         const char  *parent,
         guint        index,
         GError     **error)
{
  g_autofree char *what = g_strdup_printf (_("%s %u of %s"), kind, index + 1, parent);
  g_autofree char *id = NULL;
  g_autofree char *key = NULL;

  if (!read_string (loader, object, what, "id", TRUE, &id, error))
    return NULL;

  key = g_strdup_printf ("%s\x1f%s", kind, id);
  if (!g_hash_table_add (loader->seen, g_steal_pointer (&key)))
    return fail (loader, error, WM_FRAMEWORK_ERROR_INVALID, json_object_get_member (object, "id"),
                 _("%s \"%s\" appears more than once"), kind, id);

  return g_steal_pointer (&id);
}

static gboolean
read_fields (Loader           *loader,
             JsonObject       *object,
             const char       *what,
             GPtrArray        *fields,
             GError          **error)
{
  JsonArray *array;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (!json_object_has_member (object, "fields"))
    return TRUE;
  if (!(array = read_array (loader, object, what, "fields", 0, error)))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *fobject = json_array_get_object_element (array, i);
      WmFieldDef *field = wm_field_def_new ();
      g_autofree char *fwhat = g_strdup_printf (_("field %u of %s"), i + 1, what);

      g_ptr_array_add (fields, field);
      if (!read_string (loader, fobject, fwhat, "id", TRUE, &field->id, error) ||
          !read_string (loader, fobject, fwhat, "label", TRUE, &field->label, error) ||
          !read_string (loader, fobject, fwhat, "text", FALSE, &field->text, error))
        return FALSE;

      if (!g_hash_table_add (ids, field->id))
        {
          fail (loader, error, WM_FRAMEWORK_ERROR_INVALID, fobject,
                _("%s: field \"%s\" appears more than once"), what, field->id);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
read_levels (Loader          *loader,
             JsonObject      *root,
             WmFrameworkDef  *def,
             GError         **error)
{
  JsonArray *array = read_array (loader, root, _("the framework"), "levels", 1, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      WmLevelDef *level = wm_level_def_new ();

      g_autofree char *what = NULL;

      g_ptr_array_add (def->levels, level);
      if (!(level->id = read_id (loader, object, _("level"), _("the framework"), i, error)))
        return FALSE;

      what = g_strdup_printf (_("level \"%s\""), level->id);
      if (!read_string (loader, object, what, "name", TRUE, &level->name, error) ||
          !read_string (loader, object, what, "summary", FALSE, &level->summary, error) ||
          !read_fields (loader, object, what, level->fields, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_ratings (Loader          *loader,
              JsonObject      *root,
              WmFrameworkDef  *def,
              GError         **error)
{
  JsonArray *array = read_array (loader, root, _("the framework"), "ratings", 2, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      WmRatingDef *rating = wm_rating_def_new ();
      g_autofree char *what = NULL;
      gint64 score;

      g_ptr_array_add (def->ratings, rating);
      if (!(rating->id = read_id (loader, object, _("rating"), _("the framework"), i, error)))
        return FALSE;

      what = g_strdup_printf (_("rating \"%s\""), rating->id);
      if (!read_string (loader, object, what, "name", TRUE, &rating->name, error))
        return FALSE;

      if (!wm_json_reader_int (loader->reader, object, what, "score", &score, error))
        return FALSE;
      rating->score = (int) CLAMP (score, -1000, 1000);
    }

  return TRUE;
}

static gboolean
read_descriptors (Loader           *loader,
                  JsonObject       *sobject,
                  const char       *parent,
                  WmFrameworkDef   *def,
                  WmStrandDef      *strand,
                  GError          **error)
{
  g_autoptr(GHashTable) levels_used = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = read_array (loader, sobject, parent, "descriptors", 1, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      WmDescriptorDef *descriptor = wm_descriptor_def_new ();
      g_autofree char *what = NULL;
      gboolean known = FALSE;

      g_ptr_array_add (strand->descriptors, descriptor);
      if (!(descriptor->id = read_id (loader, object, _("descriptor"), parent, i, error)))
        return FALSE;

      what = g_strdup_printf (_("descriptor \"%s\""), descriptor->id);
      if (!read_string (loader, object, what, "level", TRUE, &descriptor->level, error) ||
          !read_string (loader, object, what, "text", TRUE, &descriptor->text, error) ||
          !read_fields (loader, object, what, descriptor->fields, error))
        return FALSE;

      for (guint l = 0; l < def->levels->len && !known; l++)
        known = g_str_equal (((WmLevelDef *) g_ptr_array_index (def->levels, l))->id,
                             descriptor->level);
      if (!known)
        {
          g_autoptr(GString) names = g_string_new (NULL);

          for (guint l = 0; l < def->levels->len; l++)
            g_string_append_printf (names, "%s%s", l ? ", " : "",
                                    ((WmLevelDef *) g_ptr_array_index (def->levels, l))->id);
          fail (loader, error, WM_FRAMEWORK_ERROR_INVALID,
                json_object_get_member (object, "level"),
                _("%s: level \"%s\" is not one of the framework's levels (%s)"),
                what, descriptor->level, names->str);
          return FALSE;
        }

      if (!g_hash_table_add (levels_used, descriptor->level))
        {
          fail (loader, error, WM_FRAMEWORK_ERROR_INVALID,
                json_object_get_member (object, "level"),
                _("%s: %s already has a descriptor at level \"%s\""),
                what, parent, descriptor->level);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
read_strands (Loader          *loader,
              JsonObject      *eobject,
              const char      *parent,
              WmFrameworkDef  *def,
              WmElementDef    *element,
              GError         **error)
{
  JsonArray *array = read_array (loader, eobject, parent, "strands", 1, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      WmStrandDef *strand = wm_strand_def_new ();
      g_autofree char *what = NULL;

      g_ptr_array_add (element->strands, strand);
      if (!(strand->id = read_id (loader, object, _("strand"), parent, i, error)))
        return FALSE;

      what = g_strdup_printf (_("strand \"%s\""), strand->id);
      if (!read_string (loader, object, what, "title", FALSE, &strand->title, error) ||
          !read_string (loader, object, what, "summary", FALSE, &strand->summary, error) ||
          !read_descriptors (loader, object, what, def, strand, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_headings (Loader          *loader,
               JsonObject      *root,
               WmFrameworkDef  *def,
               GError         **error)
{
  JsonArray *headings = read_array (loader, root, _("the framework"), "headings", 1, error);

  if (headings == NULL)
    return FALSE;

  for (guint h = 0; h < json_array_get_length (headings); h++)
    {
      JsonObject *hobject = json_array_get_object_element (headings, h);
      WmHeadingDef *heading = wm_heading_def_new ();
      g_autofree char *hwhat = NULL;
      JsonArray *elements;

      g_ptr_array_add (def->headings, heading);
      if (!(heading->id = read_id (loader, hobject, _("heading"), _("the framework"), h, error)))
        return FALSE;

      hwhat = g_strdup_printf (_("heading \"%s\""), heading->id);
      if (!read_string (loader, hobject, hwhat, "title", TRUE, &heading->title, error) ||
          !read_string (loader, hobject, hwhat, "summary", FALSE, &heading->summary, error) ||
          !(elements = read_array (loader, hobject, hwhat, "elements", 1, error)))
        return FALSE;

      for (guint e = 0; e < json_array_get_length (elements); e++)
        {
          JsonObject *eobject = json_array_get_object_element (elements, e);
          WmElementDef *element = wm_element_def_new ();
          g_autofree char *ewhat = NULL;

          g_ptr_array_add (heading->elements, element);
          if (!(element->id = read_id (loader, eobject, _("element"), hwhat, e, error)))
            return FALSE;

          ewhat = g_strdup_printf (_("element \"%s\""), element->id);
          if (!read_string (loader, eobject, ewhat, "title", TRUE, &element->title, error) ||
              !read_string (loader, eobject, ewhat, "summary", FALSE, &element->summary, error) ||
              !read_strands (loader, eobject, ewhat, def, element, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
read_header (Loader          *loader,
             JsonObject      *root,
             WmFrameworkDef  *def,
             GError         **error)
{
  const char *what = _("the framework");
  g_autofree char *format = NULL;
  gint64 version;
  JsonObject *labels = NULL;
  JsonNode *labels_node;

  if (!read_string (loader, root, what, "format", TRUE, &format, error))
    return FALSE;
  if (!g_str_equal (format, "waymark-framework"))
    {
      fail (loader, error, WM_FRAMEWORK_ERROR_INVALID, json_object_get_member (root, "format"),
            _("\"format\" is \"%s\", not \"waymark-framework\""), format);
      return FALSE;
    }

  if (!wm_json_reader_int (loader->reader, root, what, "format_version", &version, error))
    return FALSE;
  if (version > WM_FRAMEWORK_FORMAT_VERSION)
    {
      fail (loader, error, WM_FRAMEWORK_ERROR_NEWER, json_object_get_member (root, "format_version"),
            _("written for a newer Waymark (framework format %lld"
              "; this version reads format %d)"),
            (long long) version, WM_FRAMEWORK_FORMAT_VERSION);
      return FALSE;
    }
  if (version < 1)
    {
      fail (loader, error, WM_FRAMEWORK_ERROR_INVALID, json_object_get_member (root, "format_version"),
            _("\"format_version\" must be 1"));
      return FALSE;
    }

  if (!read_string (loader, root, what, "id", TRUE, &def->id, error))
    return FALSE;
  if (strlen (def->id) > 32 || strspn (def->id, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen (def->id))
    {
      fail (loader, error, WM_FRAMEWORK_ERROR_INVALID, json_object_get_member (root, "id"),
            _("the framework id \"%s\" must be 1 to 32 lower-case letters, digits or hyphens"),
            def->id);
      return FALSE;
    }

  if (!read_string (loader, root, what, "version", TRUE, &def->version, error) ||
      !read_string (loader, root, what, "title", TRUE, &def->title, error) ||
      !read_string (loader, root, what, "short_title", FALSE, &def->short_title, error) ||
      !read_string (loader, root, what, "publisher", FALSE, &def->publisher, error) ||
      !read_string (loader, root, what, "licence", FALSE, &def->licence, error) ||
      !read_string (loader, root, what, "attribution", FALSE, &def->attribution, error) ||
      !read_string (loader, root, what, "source", FALSE, &def->source, error) ||
      !read_string (loader, root, what, "description", FALSE, &def->description, error))
    return FALSE;

  labels_node = json_object_get_member (root, "labels");
  if (labels_node != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (labels_node))
        {
          fail (loader, error, WM_FRAMEWORK_ERROR_INVALID, labels_node,
                _("\"labels\" must be an object"));
          return FALSE;
        }
      labels = json_node_get_object (labels_node);
    }
  else
    {
      labels = root;  /* reads as all missing: the defaults below */
    }

#define READ_LABEL(member, field, fallback)                                              \
  G_STMT_START {                                                                         \
    if (labels != root)                                                                  \
      {                                                                                  \
        if (!read_string (loader, labels, "\"labels\"", member, FALSE, &def->field, error)) \
          return FALSE;                                                                  \
      }                                                                                  \
    if (def->field == NULL || def->field[0] == '\0')                                     \
      {                                                                                  \
        g_free (def->field);                                                             \
        def->field = g_strdup (fallback);                                                \
      }                                                                                  \
  } G_STMT_END

  READ_LABEL ("heading", label_heading, "Heading");
  READ_LABEL ("element", label_element, "Element");
  READ_LABEL ("strand", label_strand, "Strand");
  READ_LABEL ("level", label_level, "Level");
  READ_LABEL ("descriptor", label_descriptor, "Descriptor");
#undef READ_LABEL

  if (json_object_has_member (root, "scoring"))
    {
      g_autofree char *scoring = NULL;

      if (!read_string (loader, root, what, "scoring", TRUE, &scoring, error))
        return FALSE;
      if (!g_strv_contains ((const char * const[]) { "ladder", "reached", "mean", NULL }, scoring))
        {
          fail (loader, error, WM_FRAMEWORK_ERROR_INVALID, json_object_get_member (root, "scoring"),
                _("\"scoring\" is \"%s\", not one of ladder, reached or mean"), scoring);
          return FALSE;
        }
      g_free (def->scoring);
      def->scoring = g_steal_pointer (&scoring);
    }

  return TRUE;
}

WmFrameworkDef *
wm_framework_load_bytes (GBytes      *bytes,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(WmJsonReader) reader = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(WmFrameworkDef) def = NULL;
  Loader loader;
  JsonObject *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  reader = wm_json_reader_new (name, WM_FRAMEWORK_ERROR,
                               WM_FRAMEWORK_ERROR_PARSE, WM_FRAMEWORK_ERROR_INVALID);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader.reader = reader;
  loader.seen = seen;

  root = wm_json_reader_parse (reader, bytes, _("the framework"), error);
  if (root == NULL)
    return NULL;

  def = wm_framework_def_new ();
  if (!read_header (&loader, root, def, error) ||
      !read_levels (&loader, root, def, error) ||
      !read_ratings (&loader, root, def, error) ||
      !read_headings (&loader, root, def, error))
    return NULL;

  return g_steal_pointer (&def);
}

WmFrameworkDef *
wm_framework_load_file (GFile   *file,
                        GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return wm_framework_load_bytes (bytes, name, error);
}
