/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wm-action.h"
#include "wm-bundle.h"
#include "wm-json-reader.h"

/*
 * Reading a summary bundle. Anything that is not exactly the documented format is refused with
 * "FILE:LINE: what is wrong" (WM_STORE_ERROR_FAILED); a bundle from a newer format version with
 * WM_STORE_ERROR_NEWER. A bundle is taken whole or not at all.
 */

#define FAILED WM_STORE_ERROR_FAILED

/* The highest "max" read: far above any framework's, and low enough that every score keeps its
 * two decimals through writing and reading again, and is written as a number JSON reads back. */
#define HIGHEST_MAX 1e6

typedef struct {
  WmJsonReader *reader;
  double        max;         /* of the framework being read */
} Reading;

static gboolean
fail (Reading       *r,
      GError       **error,
      gconstpointer  where,
      const char    *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (Reading       *r,
      GError       **error,
      gconstpointer  where,
      const char    *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  wm_json_reader_fail (r->reader, error, FAILED, where, "%s", message);
  return FALSE;
}

/* A score: a number from 0 to the framework's maximum, or null for "no score". */
static gboolean
read_score (Reading     *r,
            JsonNode    *node,
            const char  *what,
            const char  *member,
            double      *out,
            GError     **error)
{
  GType type;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      *out = NAN;
      return TRUE;
    }
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return fail (r, error, node, _("%s: \"%s\" must be a number or null"), what, member);
  *out = type == G_TYPE_INT64 ? (double) json_node_get_int (node) : json_node_get_double (node);
  if (!(*out >= 0 && *out <= r->max + 1e-9))
    return fail (r, error, node, _("%s: \"%s\" is %g, outside 0 to %g"), what, member, *out, r->max);
  *out = wm_bundle_round (*out);
  return TRUE;
}

static gboolean
read_count (Reading     *r,
            JsonObject  *object,
            const char  *what,
            const char  *member,
            guint       *out,
            GError     **error)
{
  gint64 value;

  if (!wm_json_reader_int (r->reader, object, what, member, &value, error))
    return FALSE;
  if (value < 0 || value > G_MAXINT)
    return fail (r, error, json_object_get_member (object, member),
                 _("%s: \"%s\" must be a count, 0 or more"), what, member);
  *out = (guint) value;
  return TRUE;
}

static gboolean
read_date (Reading     *r,
           JsonObject  *object,
           const char  *what,
           const char  *member,
           char       **out,
           GError     **error)
{
  GDate date;

  if (!wm_json_reader_string (r->reader, object, what, member, TRUE, out, error))
    return FALSE;
  if (!wm_action_parse_date (*out, &date))
    return fail (r, error, json_object_get_member (object, member),
                 _("%s: \"%s\" must be a date, YYYY-MM-DD, not \"%s\""), what, member, *out);
  return TRUE;
}

static int
element_index (const WmBundleFramework *framework,
               const char              *id)
{
  for (guint i = 0; i < framework->elements->len; i++)
    if (g_str_equal (((WmBundleElement *) g_ptr_array_index (framework->elements, i))->id, id))
      return (int) i;
  return -1;
}

static WmBundleSide *
read_side (Reading                 *r,
           JsonObject              *object,
           const WmBundleFramework *framework,
           const char              *what,
           gboolean                 is_snapshot,
           GError                 **error)
{
  g_autoptr(WmBundleSide) side = wm_bundle_side_new (framework->elements->len);
  JsonNode *overall = json_object_get_member (object, "overall");
  JsonNode *elements = json_object_get_member (object, "elements");
  g_autoptr(GList) members = NULL;

  if ((is_snapshot && !wm_json_reader_string (r->reader, object, what, "name", TRUE, &side->name, error)) ||
      !read_date (r, object, what, "taken_on", &side->taken_on, error) ||
      !wm_json_reader_string (r->reader, object, what, "framework_version", TRUE,
                              &side->framework_version, error) ||
      !read_count (r, object, what, "n_judged", &side->n_judged, error) ||
      !read_count (r, object, what, "n_descriptors", &side->n_descriptors, error))
    return NULL;
  if (side->n_judged > side->n_descriptors)
    return fail (r, error, json_object_get_member (object, "n_judged"),
                 _("%s: %u descriptors judged of %u"), what, side->n_judged, side->n_descriptors), NULL;

  if (overall == NULL)
    return fail (r, error, object, _("%s: missing \"%s\""), what, "overall"), NULL;
  if (!read_score (r, overall, what, "overall", &side->overall, error))
    return NULL;

  if (elements == NULL)
    return fail (r, error, object, _("%s: missing \"%s\""), what, "elements"), NULL;
  if (!JSON_NODE_HOLDS_OBJECT (elements))
    return fail (r, error, elements, _("%s: \"elements\" must be an object of element ids and scores"),
                 what), NULL;

  /* An element missing from a snapshot has no score there: an older version may lack it. */
  members = json_object_get_members (json_node_get_object (elements));
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (json_node_get_object (elements), l->data);
      int index = element_index (framework, l->data);

      if (index < 0)
        return fail (r, error, node, _("%s: \"%s\" is not one of the framework’s elements"),
                     what, (const char *) l->data), NULL;
      if (!read_score (r, node, what, l->data, &side->scores[index], error))
        return NULL;
    }
  return g_steal_pointer (&side);
}

static gboolean
read_elements (Reading            *r,
               JsonObject         *object,
               WmBundleFramework  *framework,
               const char         *what,
               GError            **error)
{
  JsonArray *elements = wm_json_reader_objects (r->reader, object, what, "elements", 1, error);

  if (elements == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (elements); i++)
    {
      JsonObject *element = json_array_get_object_element (elements, i);
      g_autofree char *element_what = g_strdup_printf (_("%s, element %u"), what, i + 1);
      WmBundleElement *parsed = g_new0 (WmBundleElement, 1);

      g_ptr_array_add (framework->elements, parsed);
      if (!wm_json_reader_string (r->reader, element, element_what, "id", TRUE, &parsed->id, error) ||
          !wm_json_reader_string (r->reader, element, element_what, "title", TRUE, &parsed->title, error))
        return FALSE;
      if (element_index (framework, parsed->id) != (int) i)
        return fail (r, error, element, _("%s: element \"%s\" is listed twice"), what, parsed->id);
    }
  return TRUE;
}

static gboolean
read_levels (Reading            *r,
             JsonObject         *object,
             WmBundleFramework  *framework,
             const char         *what,
             GError            **error)
{
  JsonNode *node = json_object_get_member (object, "levels");
  g_autoptr(GStrvBuilder) levels = g_strv_builder_new ();
  JsonArray *array;

  if (node == NULL)
    return fail (r, error, object, _("%s: missing \"%s\""), what, "levels");
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (r, error, node, _("%s: \"levels\" must be a list of names"), what);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *level = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (level) || json_node_get_value_type (level) != G_TYPE_STRING)
        return fail (r, error, node, _("%s: \"levels\" must be a list of names"), what);
      g_strv_builder_add (levels, json_node_get_string (level));
    }
  framework->levels = g_strv_builder_end (levels);
  return TRUE;
}

static WmBundleFramework *
read_framework (Reading     *r,
                JsonObject  *object,
                guint        position,
                GError     **error)
{
  g_autoptr(WmBundleFramework) framework = wm_bundle_framework_new ();
  g_autofree char *what = g_strdup_printf (_("framework %u"), position);
  g_autofree char *scoring = NULL;
  JsonNode *max = json_object_get_member (object, "max");
  JsonNode *now = json_object_get_member (object, "now");
  JsonArray *snapshots;

  if (!wm_json_reader_string (r->reader, object, what, "id", TRUE, &framework->id, error))
    return NULL;
  g_free (what);
  what = g_strdup_printf (_("framework \"%s\""), framework->id);

  if (!wm_json_reader_string (r->reader, object, what, "version", TRUE, &framework->version, error) ||
      !wm_json_reader_string (r->reader, object, what, "title", TRUE, &framework->title, error) ||
      !wm_json_reader_string (r->reader, object, what, "scoring", TRUE, &scoring, error))
    return NULL;
  if (!wm_scoring_rule_from_name (scoring, &framework->rule))
    return fail (r, error, json_object_get_member (object, "scoring"),
                 _("%s: \"scoring\" is \"%s\", not one of ladder, reached or mean"), what, scoring), NULL;

  r->max = HIGHEST_MAX;
  if (max == NULL)
    return fail (r, error, object, _("%s: missing \"%s\""), what, "max"), NULL;
  if (!read_score (r, max, what, "max", &framework->max, error))
    return NULL;
  if (!(framework->max > 0))
    return fail (r, error, max, _("%s: \"max\" must be a number above 0"), what), NULL;
  r->max = framework->max;

  if (!read_levels (r, object, framework, what, error) ||
      !read_elements (r, object, framework, what, error) ||
      !read_count (r, object, what, "n_evidence", &framework->n_evidence, error))
    return NULL;

  if (now == NULL)
    return fail (r, error, object, _("%s: missing \"%s\""), what, "now"), NULL;
  if (!JSON_NODE_HOLDS_OBJECT (now))
    return fail (r, error, now, _("%s: \"now\" must be an object"), what), NULL;
  {
    g_autofree char *now_what = g_strdup_printf (_("%s, now"), what);

    if (!(framework->now = read_side (r, json_node_get_object (now), framework, now_what, FALSE, error)))
      return NULL;
  }

  if (!(snapshots = wm_json_reader_objects (r->reader, object, what, "snapshots", 0, error)))
    {
      if (error != NULL && *error != NULL)
        return NULL;
      return fail (r, error, object, _("%s: missing \"%s\""), what, "snapshots"), NULL;
    }
  for (guint i = 0; i < json_array_get_length (snapshots); i++)
    {
      g_autofree char *side_what = g_strdup_printf (_("%s, snapshot %u"), what, i + 1);
      JsonObject *side_object = json_array_get_object_element (snapshots, i);
      WmBundleSide *side = read_side (r, side_object, framework, side_what, TRUE, error);

      if (side == NULL)
        return NULL;
      g_ptr_array_add (framework->snapshots, side);
      for (guint j = 0; j < i; j++)
        if (g_str_equal (((WmBundleSide *) g_ptr_array_index (framework->snapshots, j))->name, side->name))
          return fail (r, error, side_object, _("%s: two snapshots are named \"%s\""), side_what, side->name), NULL;
    }
  return g_steal_pointer (&framework);
}

static gboolean
read_school (Reading     *r,
             JsonObject  *root,
             WmBundle    *bundle,
             GError     **error)
{
  JsonNode *node = json_object_get_member (root, "school");
  const char *what = _("\"school\"");
  JsonObject *school;

  if (node == NULL)
    return fail (r, error, root, _("the bundle: missing \"%s\""), "school");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (r, error, node, _("the bundle: \"school\" must be an object"));
  school = json_node_get_object (node);
  return wm_json_reader_string (r->reader, school, what, "name", TRUE, &bundle->school_name, error) &&
         wm_json_reader_string (r->reader, school, what, "id", TRUE, &bundle->school_id, error);
}

/**
 * wm_bundle_read_bytes:
 * @name: what messages call the file: its path
 *
 * Returns: (transfer full): the bundle, or %NULL with @error set: WM_STORE_ERROR_NEWER when a
 *   newer Waymark made it, WM_STORE_ERROR_FAILED ("NAME:LINE: what") when it is not a bundle
 */
WmBundle *
wm_bundle_read_bytes (GBytes      *bytes,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(WmJsonReader) reader = wm_json_reader_new (name, WM_STORE_ERROR, FAILED, FAILED);
  g_autoptr(WmBundle) bundle = wm_bundle_new ();
  g_autofree char *format = NULL;
  const char *what = _("the bundle");
  Reading r = { reader, 0 };
  JsonObject *root;
  JsonArray *frameworks;
  gint64 version;

  g_return_val_if_fail (bytes != NULL && name != NULL, NULL);

  if (!(root = wm_json_reader_parse (reader, bytes, _("a Waymark summary bundle"), error)) ||
      !wm_json_reader_string (reader, root, what, "format", TRUE, &format, error))
    return NULL;
  if (!g_str_equal (format, WM_BUNDLE_FORMAT))
    return fail (&r, error, json_object_get_member (root, "format"),
                 _("not a Waymark summary bundle: \"format\" is \"%s\", not \"%s\""), format, WM_BUNDLE_FORMAT), NULL;

  if (!wm_json_reader_int (reader, root, what, "format_version", &version, error))
    return NULL;
  if (version > WM_BUNDLE_FORMAT_VERSION)
    {
      wm_json_reader_fail (reader, error, WM_STORE_ERROR_NEWER, json_object_get_member (root, "format_version"),
                           _("made by a newer Waymark (summary format %lld; this Waymark reads format %d)"),
                           (long long) version, WM_BUNDLE_FORMAT_VERSION);
      return NULL;
    }
  if (version < 1)
    return fail (&r, error, json_object_get_member (root, "format_version"),
                 _("\"format_version\" must be %d"), WM_BUNDLE_FORMAT_VERSION), NULL;

  if (!wm_json_reader_string (reader, root, what, "made_at", TRUE, &bundle->made_at, error) ||
      !wm_json_reader_string (reader, root, what, "generator", FALSE, &bundle->generator, error) ||
      !read_school (&r, root, bundle, error))
    return NULL;

  if (!(frameworks = wm_json_reader_objects (reader, root, what, "frameworks", 0, error)))
    {
      if (error != NULL && *error != NULL)
        return NULL;
      return fail (&r, error, root, _("the bundle: missing \"%s\""), "frameworks"), NULL;
    }
  for (guint i = 0; i < json_array_get_length (frameworks); i++)
    {
      JsonObject *object = json_array_get_object_element (frameworks, i);
      WmBundleFramework *framework = read_framework (&r, object, i + 1, error);

      if (framework == NULL)
        return NULL;
      if (wm_bundle_find_framework (bundle, framework->id) != NULL)
        {
          fail (&r, error, object, _("framework \"%s\" is in the bundle twice"), framework->id);
          wm_bundle_framework_free (framework);
          return NULL;
        }
      g_ptr_array_add (bundle->frameworks, framework);
    }

  bundle->path = g_strdup (name);
  return g_steal_pointer (&bundle);
}

/**
 * wm_bundle_read:
 *
 * Reads the summary bundle at @path (see wm_bundle_read_bytes()).
 */
WmBundle *
wm_bundle_read (const char  *path,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, &size, &local_error))
    {
      g_set_error_literal (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED, local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&data), size);
  return wm_bundle_read_bytes (bytes, path, error);
}
