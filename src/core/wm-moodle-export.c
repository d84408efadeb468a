/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-moodle-export"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-csv.h"
#include "wm-framework-loader.h"
#include "wm-moodle-private.h"

/*
 * Writing a framework as a Moodle competency framework CSV. A def of the
 * shape wm_moodle_import() makes is written back as it was read; any other
 * is written as headings > elements > strands > descriptors, with ID numbers
 * made unique across the file.
 */

typedef struct {
  GString    *out;
  const char *scale_values;
  const char *scale_config;
} Export;

static void
append_row (Export     *export,
            const char *parent,
            const char *idnumber,
            const char *shortname,
            const char *description,
            gboolean    framework,
            const char *taxonomy)
{
  const char *fields[N_COLUMNS + 1] = {
    [COL_PARENT] = parent,
    [COL_IDNUMBER] = idnumber,
    [COL_SHORTNAME] = shortname,
    [COL_DESCRIPTION] = description ? description : "",
    [COL_FORMAT] = FORMAT_PLAIN,
    [COL_SCALE_VALUES] = framework ? export->scale_values : "",
    [COL_SCALE_CONFIG] = framework ? export->scale_config : "",
    [COL_RULE_TYPE] = "",
    [COL_RULE_OUTCOME] = "",
    [COL_RULE_CONFIG] = "",
    [COL_RELATED] = "",
    [COL_EXPORT_ID] = "",
    [COL_IS_FRAMEWORK] = framework ? "1" : "",
    [COL_TAXONOMY] = taxonomy ? taxonomy : "",
    [N_COLUMNS] = NULL,
  };

  wm_csv_append_row (export->out, fields);
}

/* Moodle splits scale values at commas and trims them. */
static void
write_scale (const WmFrameworkDef *def,
             GString              *values,
             GString              *config)
{
  g_string_append (config, "[{\"scaleid\":\"0\"}");
  for (guint i = 0; i < def->ratings->len; i++)
    {
      const WmRatingDef *rating = g_ptr_array_index (def->ratings, i);
      g_autofree char *name = g_strdelimit (wm_moodle_tidy (rating->name), ",", ';');

      if (name[0] == '\0')
        {
          g_free (name);
          name = g_strdelimit (wm_moodle_tidy (rating->id), ",", ';');
        }
      if (name[0] == '\0')
        {
          g_free (name);
          name = g_strdup_printf ("Rating %u", i + 1);
        }
      g_string_append_printf (values, "%s%s", i ? "," : "", name);
      g_string_append_printf (config, ",{\"id\":%u,\"scaledefault\":%d,\"proficient\":%d}",
                              i + 1, i == 0, i + 1 == def->ratings->len);
    }
  g_string_append_c (config, ']');
}

static const char *
field_text (const WmDescriptorDef *descriptor,
            const char            *id)
{
  for (guint f = 0; f < descriptor->fields->len; f++)
    {
      const WmFieldDef *field = g_ptr_array_index (descriptor->fields, f);

      if (g_strcmp0 (field->id, id) == 0)
        return field->text;
    }
  return NULL;
}

static gboolean
is_id (const char *id)
{
  g_autofree char *tidied = id ? wm_moodle_tidy (id) : NULL;

  return tidied != NULL && tidied[0] != '\0' && g_str_equal (tidied, id);
}

/* TRUE for a def wm_moodle_import could have made: one heading, one level
 * "competency", strands of one descriptor each with the strand's id, and ID
 * numbers unique across elements and strands (a childless element's strand
 * is itself). */
static gboolean
is_moodle_shaped (const WmFrameworkDef *def)
{
  const WmHeadingDef *heading;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (def->levels->len != 1 || def->headings->len != 1 ||
      g_strcmp0 (((WmLevelDef *) g_ptr_array_index (def->levels, 0))->id, "competency") != 0)
    return FALSE;

  heading = g_ptr_array_index (def->headings, 0);
  if (!is_id (heading->id) || heading->elements->len == 0)
    return FALSE;

  for (guint e = 0; e < heading->elements->len; e++)
    {
      const WmElementDef *element = g_ptr_array_index (heading->elements, e);
      const WmStrandDef *first;
      gboolean leaf;

      if (!is_id (element->id) || element->strands->len == 0 ||
          !g_hash_table_add (ids, element->id))
        return FALSE;

      first = g_ptr_array_index (element->strands, 0);
      leaf = element->strands->len == 1 && g_str_equal (first->id, element->id);
      for (guint s = 0; s < element->strands->len; s++)
        {
          const WmStrandDef *strand = g_ptr_array_index (element->strands, s);
          const WmDescriptorDef *descriptor;

          if (strand->descriptors->len != 1)
            return FALSE;
          descriptor = g_ptr_array_index (strand->descriptors, 0);
          if (g_strcmp0 (descriptor->id, strand->id) != 0 || !is_id (strand->id) ||
              (!leaf && !g_hash_table_add (ids, strand->id)))
            return FALSE;
        }
    }

  return TRUE;
}

static char *
shortname_or (const char *text,
              const char *fallback)
{
  char *name = text ? wm_moodle_tidy (text) : g_strdup ("");

  if (name[0] == '\0')
    {
      g_free (name);
      name = wm_moodle_tidy (fallback);
    }
  return name;
}

/* The inverse of wm_moodle_import. */
static void
export_moodle_shaped (const WmFrameworkDef *def,
                      Export               *export)
{
  const WmHeadingDef *heading = g_ptr_array_index (def->headings, 0);
  g_autoptr(GString) taxonomy = g_string_new ("competency");
  g_autofree char *title = shortname_or (def->title, heading->id);
  guint max_depth = 1;

  /* Taxonomy: one term per depth of the tree, counted as the rows below
   * place each competency (under an unknown parent: under the element). */
  for (guint e = 0; e < heading->elements->len; e++)
    {
      const WmElementDef *element = g_ptr_array_index (heading->elements, e);
      g_autoptr(GHashTable) depths = g_hash_table_new (g_str_hash, g_str_equal);

      g_hash_table_insert (depths, element->id, GUINT_TO_POINTER (1));
      for (guint s = 0; s < element->strands->len; s++)
        {
          const WmStrandDef *strand = g_ptr_array_index (element->strands, s);
          const char *parent = field_text (g_ptr_array_index (strand->descriptors, 0), "parent");
          guint depth = GPOINTER_TO_UINT (g_hash_table_lookup (depths, parent ? parent : element->id));

          if (g_str_equal (strand->id, element->id))
            continue;
          depth = MAX (depth, 1) + 1;
          g_hash_table_insert (depths, strand->id, GUINT_TO_POINTER (depth));
          max_depth = MAX (max_depth, depth);
        }
    }
  for (guint d = 1; d < max_depth; d++)
    g_string_append (taxonomy, ",competency");

  append_row (export, "", heading->id, title, def->description, TRUE, taxonomy->str);

  for (guint e = 0; e < heading->elements->len; e++)
    {
      const WmElementDef *element = g_ptr_array_index (heading->elements, e);
      const WmStrandDef *first = g_ptr_array_index (element->strands, 0);
      const WmDescriptorDef *self_descriptor = g_ptr_array_index (first->descriptors, 0);
      gboolean leaf = element->strands->len == 1 && g_str_equal (first->id, element->id);
      g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *name = shortname_or (element->title, element->id);
      const char *description = leaf ? field_text (self_descriptor, "description") : NULL;

      append_row (export, "", element->id, name,
                  description ? description : element->summary, FALSE, NULL);
      if (leaf)
        continue;

      /* A "parent" that is not an earlier competency of this element could
       * only make a file that does not read back: such a strand goes to the top. */
      g_hash_table_add (known, element->id);
      for (guint s = 0; s < element->strands->len; s++)
        {
          const WmStrandDef *strand = g_ptr_array_index (element->strands, s);
          const WmDescriptorDef *descriptor = g_ptr_array_index (strand->descriptors, 0);
          const char *parent = field_text (descriptor, "parent");
          g_autofree char *text = shortname_or (descriptor->text, descriptor->id);

          if (parent == NULL || !g_hash_table_contains (known, parent))
            parent = element->id;
          append_row (export, parent, descriptor->id, text,
                      field_text (descriptor, "description"), FALSE, NULL);
          g_hash_table_add (known, descriptor->id);
        }
    }
}

/* An ID number unused so far in the file: @id, else "KIND-ID", else numbered. */
static const char *
unique_idnumber (GHashTable *used,
                 const char *kind,
                 const char *id)
{
  g_autofree char *tidied = id ? wm_moodle_tidy (id) : g_strdup ("");
  char *candidate = tidied[0] != '\0' ? g_strdup (tidied) : g_strdup (kind);

  if (g_hash_table_contains (used, candidate))
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s-%s", kind, tidied);
    }
  for (guint n = 2; g_hash_table_contains (used, candidate); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s-%s-%u", kind, tidied, n);
    }
  g_hash_table_add (used, candidate);
  return candidate;
}

static const char *
level_name (const WmFrameworkDef *def,
            const char           *id)
{
  for (guint l = 0; l < def->levels->len; l++)
    {
      const WmLevelDef *level = g_ptr_array_index (def->levels, l);

      if (g_strcmp0 (level->id, id) == 0 && level->name != NULL)
        return level->name;
    }
  return id ? id : "";
}

/* Any other framework: headings at the top, then elements, strands, and each
 * descriptor a leaf named "<id> <level name>" with its text as description. */
static void
export_tree (const WmFrameworkDef *def,
             Export               *export)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *framework_id = shortname_or (def->id, "framework");
  g_autofree char *title = shortname_or (def->title, framework_id);

  append_row (export, "", framework_id, title, def->description, TRUE,
              "domain,competency,skill,indicator");

  for (guint h = 0; h < def->headings->len; h++)
    {
      const WmHeadingDef *heading = g_ptr_array_index (def->headings, h);
      const char *hid = unique_idnumber (used, "heading", heading->id);
      g_autofree char *hname = shortname_or (heading->title, hid);

      append_row (export, "", hid, hname, heading->summary, FALSE, NULL);
      for (guint e = 0; e < heading->elements->len; e++)
        {
          const WmElementDef *element = g_ptr_array_index (heading->elements, e);
          const char *eid = unique_idnumber (used, "element", element->id);
          g_autofree char *ename = shortname_or (element->title, eid);

          append_row (export, hid, eid, ename, element->summary, FALSE, NULL);
          for (guint s = 0; s < element->strands->len; s++)
            {
              const WmStrandDef *strand = g_ptr_array_index (element->strands, s);
              const char *sid = unique_idnumber (used, "strand", strand->id);
              const char *label = def->label_strand ? def->label_strand : "Strand";
              g_autofree char *fallback = g_strdup_printf ("%s %s", label, sid);
              g_autofree char *sname = shortname_or (strand->title, fallback);

              append_row (export, eid, sid, sname, strand->summary, FALSE, NULL);
              for (guint d = 0; d < strand->descriptors->len; d++)
                {
                  const WmDescriptorDef *descriptor = g_ptr_array_index (strand->descriptors, d);
                  const char *did = unique_idnumber (used, "descriptor", descriptor->id);
                  g_autofree char *dname = g_strdup_printf ("%s %s", did,
                                                            level_name (def, descriptor->level));

                  append_row (export, sid, did, g_strstrip (dname), descriptor->text, FALSE, NULL);
                }
            }
        }
    }
}

/**
 * wm_moodle_export:
 * @def: a framework
 *
 * Writes @def as a Moodle competency framework CSV (CRLF line ends, no byte
 * order mark). A def wm_moodle_import made is written back as it was read;
 * any other is written as headings > elements > strands > descriptors.
 *
 * Returns: (transfer full): the file's content, or %NULL with @error set
 */
GBytes *
wm_moodle_export (const WmFrameworkDef  *def,
                  GError               **error)
{
  g_autoptr(GString) values = g_string_new (NULL);
  g_autoptr(GString) config = g_string_new (NULL);
  GString *out;
  Export export;
  const char *header[N_COLUMNS + 1] = { NULL };

  g_return_val_if_fail (def != NULL, NULL);

  if (def->ratings->len == 0)
    {
      g_set_error (error, WM_FRAMEWORK_ERROR, WM_FRAMEWORK_ERROR_INVALID,
                   _("framework \"%s\" cannot be written for Moodle: it has no ratings"),
                   def->id ? def->id : "");
      return NULL;
    }
  if (def->headings->len == 0)
    {
      g_set_error (error, WM_FRAMEWORK_ERROR, WM_FRAMEWORK_ERROR_INVALID,
                   _("framework \"%s\" cannot be written for Moodle: it has no headings"),
                   def->id ? def->id : "");
      return NULL;
    }

  out = g_string_new (NULL);
  for (int c = 0; c < N_COLUMNS; c++)
    header[c] = wm_moodle_columns[c].title;
  wm_csv_append_row (out, header);

  write_scale (def, values, config);
  export = (Export) { out, values->str, config->str };
  if (is_moodle_shaped (def))
    export_moodle_shaped (def, &export);
  else
    export_tree (def, &export);

  return g_string_free_to_bytes (out);
}
