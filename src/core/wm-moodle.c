/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-moodle"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "wm-csv.h"
#include "wm-framework-loader.h"
#include "wm-moodle-private.h"
#include "wm-plain-text.h"

/*
 * The Moodle competency framework CSV, as tool_lpimportcsv writes and reads it:
 * a header, then one row for the framework ("Is framework" = 1) and one row per
 * competency, each naming its parent by ID number. docs/import-moodle.md is the
 * full rule; in short, on import:
 *
 *   framework row       -> the def (id from the short name, version "1",
 *                          ratings from the scale values, one level
 *                          "competency") and its one heading (id = ID number)
 *   top-level compet.   -> an element (summary = its description)
 *   its descendants     -> strands of that element, in tree order (parents
 *                          before children, siblings in file order), each with
 *                          one descriptor: text = short name, fields
 *                          "description" (when not empty) and "parent"
 *   a top-level competency without children -> an element with one strand and
 *                          descriptor of itself (same ID number, no "parent")
 *
 * A competency is top level when its parent ID number is empty, or names the
 * framework and no competency. Export is the inverse for a def of that shape;
 * any other def is written as headings > elements > strands > descriptors.
 */

/*
 * This file holds what import, export and sniffing share (the columns, how a
 * cell is read and an error placed), and reading the header and the
 * framework row with its scale. Reading the competencies and building the
 * tree is in wm-moodle-import.c, writing in wm-moodle-export.c.
 */

/* Titles are matched folded (lower-case letters and digits only, a trailing
 * "optional" dropped), so "Short name" and "Shortname" are one column. */
const ColumnInfo wm_moodle_columns[N_COLUMNS] = {
  { "parentidnumber", "Parent ID number", TRUE },
  { "idnumber", "ID number", TRUE },
  { "shortname", "Short name", TRUE },
  { "description", "Description", TRUE },
  { "descriptionformat", "Description format", TRUE },
  { "scalevalues", "Scale values", TRUE },
  { "scaleconfiguration", "Scale configuration", TRUE },
  { "ruletype", "Rule type (optional)", FALSE },
  { "ruleoutcome", "Rule outcome (optional)", FALSE },
  { "ruleconfig", "Rule config (optional)", FALSE },
  { "crossreferencedcompetencyidnumbers", "Cross-referenced competency ID numbers", FALSE },
  { "exportedid", "Exported ID (optional)", FALSE },
  { "isframework", "Is framework", TRUE },
  { "taxonomy", "Taxonomy", FALSE },
};

#define NOT_STARTED_ID "not-started"
#define NOT_STARTED_NAME "Not yet started"

/* Fails at @record's @column, or at its line when @column is -1 or absent. */
gboolean G_GNUC_PRINTF (5, 6)
wm_moodle_fail (Import             *self,
                GError            **error,
                const WmCsvRecord  *record,
                int                 column,
                const char         *format,
                ...)
{
  g_autofree char *message = NULL;
  int field = column >= 0 ? self->index[column] : -1;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (field >= 0 && (guint) field < record->n_fields)
    g_set_error (error, WM_FRAMEWORK_ERROR, WM_FRAMEWORK_ERROR_INVALID, "%s:%d:%d: %s",
                 self->name, record->lines[field], record->columns[field], message);
  else
    g_set_error (error, WM_FRAMEWORK_ERROR, WM_FRAMEWORK_ERROR_INVALID, "%s:%d: %s",
                 self->name, record ? record->line : 1, message);
  return FALSE;
}

/* Line breaks as "\n", surrounding white space dropped. */
char *
wm_moodle_tidy (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (out, *p);
    }
  g_strstrip (out->str);
  out->len = strlen (out->str);
  return g_string_free (out, FALSE);
}

static const char *
raw_cell (Import            *self,
          const WmCsvRecord *record,
          Column             column)
{
  int field = self->index[column];

  return field >= 0 && (guint) field < record->n_fields ? record->fields[field] : "";
}

char *
wm_moodle_cell (Import            *self,
                const WmCsvRecord *record,
                Column             column)
{
  return wm_moodle_tidy (raw_cell (self, record, column));
}

gboolean
wm_moodle_is_blank (const WmCsvRecord *record)
{
  return record->n_fields == 1 && record->fields[0][0] == '\0';
}

/* As PHP reads the column: empty and "0" are false; so are "false" and "no". */
gboolean
wm_moodle_is_framework_row (Import            *self,
                            const WmCsvRecord *record)
{
  g_autofree char *value = wm_moodle_cell (self, record, COL_IS_FRAMEWORK);

  return !(value[0] == '\0' || g_str_equal (value, "0") ||
           g_ascii_strcasecmp (value, "false") == 0 || g_ascii_strcasecmp (value, "no") == 0);
}

/* Moodle's formats: 0 auto, 1 HTML, 2 plain, 4 Markdown. Only HTML is converted. */
char *
wm_moodle_description_text (Import            *self,
                            const WmCsvRecord *record)
{
  g_autofree char *format = wm_moodle_cell (self, record, COL_FORMAT);

  if (g_str_equal (format, FORMAT_HTML))
    return wm_plain_text_from_html (raw_cell (self, record, COL_DESCRIPTION));
  return wm_moodle_cell (self, record, COL_DESCRIPTION);
}

/* ---- The header and the framework row --------------------------------- */

static char *
fold_title (const char *title)
{
  GString *key = g_string_new (NULL);

  for (const char *p = title; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (key, g_ascii_tolower (*p));
  if (g_str_has_suffix (key->str, "optional") && key->len > strlen ("optional"))
    g_string_truncate (key, key->len - strlen ("optional"));
  if (g_str_equal (key->str, "exportid"))
    g_string_assign (key, "exportedid");
  return g_string_free (key, FALSE);
}

static int
find_column (const char *title)
{
  g_autofree char *key = fold_title (title);

  for (int c = 0; c < N_COLUMNS; c++)
    if (g_str_equal (key, wm_moodle_columns[c].key))
      return c;
  return -1;
}

gboolean
wm_moodle_read_header (Import             *self,
                       const WmCsvRecord  *header,
                       GError            **error)
{
  for (int c = 0; c < N_COLUMNS; c++)
    self->index[c] = -1;
  self->n_fields = header->n_fields;

  for (guint f = 0; f < header->n_fields; f++)
    {
      int c = find_column (header->fields[f]);

      if (c < 0 && header->fields[f][0] == '\0')
        {
          g_set_error (error, WM_FRAMEWORK_ERROR, WM_FRAMEWORK_ERROR_INVALID,
                       _("%s:%d:%d: column %u of the header has no title"),
                       self->name, header->lines[f], header->columns[f], f + 1);
          return FALSE;
        }
      if (c < 0 || self->index[c] >= 0)
        {
          g_set_error (error, WM_FRAMEWORK_ERROR, WM_FRAMEWORK_ERROR_INVALID,
                       c < 0 ? _("%s:%d:%d: unknown column \"%s\" in the header")
                             : _("%s:%d:%d: column \"%s\" appears twice in the header"),
                       self->name, header->lines[f], header->columns[f], header->fields[f]);
          return FALSE;
        }
      self->index[c] = (int) f;
    }

  for (int c = 0; c < N_COLUMNS; c++)
    if (wm_moodle_columns[c].required && self->index[c] < 0)
      {
        wm_moodle_fail (self, error, header, -1, _("the header has no \"%s\" column"), wm_moodle_columns[c].title);
        return FALSE;
      }

  return TRUE;
}

/* json-glib 1.6 reads nested lists by recursion, without a limit: deep
 * nesting, which no scale configuration has, is refused before it is parsed. */
static gboolean
is_shallow_json (const char *text)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if ((*p == '[' || *p == '{') && ++depth > 8)
        return FALSE;
      else if ((*p == ']' || *p == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* Checks the JSON list Moodle keeps a scale's default and proficient values in. */
static gboolean
check_scale_config (Import             *self,
                    const WmCsvRecord  *record,
                    guint               n_values,
                    GError            **error)
{
  g_autofree char *text = wm_moodle_cell (self, record, COL_SCALE_CONFIG);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonArray *array;
  JsonNode *first;

  if (!is_shallow_json (text))
    {
      wm_moodle_fail (self, error, record, COL_SCALE_CONFIG,
                      _("the scale configuration must be a JSON list that starts with {\"scaleid\": ...}"));
      return FALSE;
    }
  if (!json_parser_load_from_data (parser, text, -1, &local_error))
    {
      /* json-glib names in-memory data "<data>"; its place is in the field. */
      const char *message = local_error->message;

      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      wm_moodle_fail (self, error, record, COL_SCALE_CONFIG,
                      _("the scale configuration is not JSON (%s)"), message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  array = root && JSON_NODE_HOLDS_ARRAY (root) ? json_node_get_array (root) : NULL;
  first = array && json_array_get_length (array) > 0 ? json_array_get_element (array, 0) : NULL;
  if (first == NULL || !JSON_NODE_HOLDS_OBJECT (first) ||
      !json_object_has_member (json_node_get_object (first), "scaleid"))
    {
      wm_moodle_fail (self, error, record, COL_SCALE_CONFIG,
                      _("the scale configuration must be a JSON list that starts with {\"scaleid\": ...}"));
      return FALSE;
    }

  for (guint i = 1; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonNode *id = JSON_NODE_HOLDS_OBJECT (node) ?
                     json_object_get_member (json_node_get_object (node), "id") : NULL;
      gint64 value = -1;

      if (id && JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_INT64)
        value = json_node_get_int (id);
      else if (id && JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_STRING)
        g_ascii_string_to_signed (json_node_get_string (id), 10, 1, G_MAXINT, &value, NULL);

      if (value < 1 || value > n_values)
        {
          wm_moodle_fail (self, error, record, COL_SCALE_CONFIG,
                          _("entry %u of the scale configuration must name one of the %u scale values "
                            "by its \"id\", 1 to %u"), i + 1, n_values, n_values);
          return FALSE;
        }
    }

  return TRUE;
}

/* A first scale value such as "Not yet competent" already is the state of a
 * descriptor nobody has judged. */
static gboolean
is_unjudged_name (const char *name)
{
  static const char * const words[] = {
    "not", "no", "none", "never", "unjudged", "unrated", "unassessed", NULL,
  };
  g_autofree char *ascii = g_ascii_strdown (name, -1);
  size_t len = strspn (ascii, "abcdefghijklmnopqrstuvwxyz");

  ascii[len] = '\0';
  return g_strv_contains (words, ascii);
}

/* Ids as wm_framework_id_from_name() makes them, but "rating" for a name
 * with nothing usable in it (stars, another script), not "framework". */
static char *
rating_id (const char *name)
{
  char *id = wm_framework_id_from_name (name);
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autofree char *folded = g_ascii_strdown (ascii, -1);

  if (g_str_equal (id, "framework") && strstr (folded, "framework") == NULL)
    {
      g_free (id);
      id = g_strdup ("rating");
    }
  return id;
}

static void
add_rating (WmFrameworkDef *def,
            GHashTable     *ids,
            const char     *base,
            const char     *name)
{
  WmRatingDef *rating = wm_rating_def_new ();
  char *id = g_strdup (base);

  for (guint n = 2; g_hash_table_contains (ids, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (ids, id);

  rating->id = g_strdup (id);
  rating->name = g_strdup (name);
  rating->score = (int) def->ratings->len;
  g_ptr_array_add (def->ratings, rating);
}

static gboolean
read_scale (Import             *self,
            const WmCsvRecord  *record,
            WmFrameworkDef     *def,
            GError            **error)
{
  g_autofree char *text = wm_moodle_cell (self, record, COL_SCALE_VALUES);
  g_auto(GStrv) values = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_values;

  if (text[0] == '\0')
    return wm_moodle_fail (self, error, record, COL_SCALE_VALUES,
                           _("the framework has no scale values: name at least one, lowest first"));

  values = g_strsplit (text, ",", -1);
  n_values = g_strv_length (values);
  for (guint i = 0; i < n_values; i++)
    if (g_strstrip (values[i])[0] == '\0')
      return wm_moodle_fail (self, error, record, COL_SCALE_VALUES, _("scale value %u is empty"), i + 1);

  if (!check_scale_config (self, record, n_values, error))
    return FALSE;

  if (!is_unjudged_name (values[0]))
    add_rating (def, ids, NOT_STARTED_ID, NOT_STARTED_NAME);
  else if (n_values == 1)
    return wm_moodle_fail (self, error, record, COL_SCALE_VALUES,
                           _("the scale has only \"%s\": add the values a competency can be judged at"),
                           values[0]);

  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *base = NULL;

      if (i == 0 && g_ascii_strcasecmp (values[0], NOT_STARTED_NAME) == 0)
        base = g_strdup (NOT_STARTED_ID);
      else
        base = rating_id (values[i]);
      add_rating (def, ids, base, values[i]);
    }

  return TRUE;
}

gboolean
wm_moodle_read_framework (Import             *self,
                          const WmCsvRecord  *record,
                          WmFrameworkDef     *def,
                          WmHeadingDef       *heading,
                          GError            **error)
{
  WmLevelDef *level;

  heading->id = wm_moodle_cell (self, record, COL_IDNUMBER);
  heading->title = wm_moodle_cell (self, record, COL_SHORTNAME);
  heading->summary = g_strdup ("");
  if (heading->id[0] == '\0')
    return wm_moodle_fail (self, error, record, COL_IDNUMBER, _("the framework has an empty ID number"));
  if (heading->title[0] == '\0')
    return wm_moodle_fail (self, error, record, COL_SHORTNAME,
                           _("the framework \"%s\" has an empty short name"), heading->id);

  def->id = wm_framework_id_from_name (heading->title);
  def->version = g_strdup ("1");
  def->title = g_strdup (heading->title);
  def->short_title = g_strdup ("");
  def->publisher = g_strdup ("");
  def->licence = g_strdup ("");
  def->attribution = g_strdup ("");
  def->source = g_strdup_printf ("Moodle competency framework %s", heading->id);
  def->description = wm_moodle_description_text (self, record);
  def->label_heading = g_strdup ("Framework");
  def->label_element = g_strdup ("Competency");
  def->label_strand = g_strdup ("Competency");
  def->label_level = g_strdup ("Level");
  def->label_descriptor = g_strdup ("Competency");

  level = wm_level_def_new ();
  level->id = g_strdup ("competency");
  level->name = g_strdup ("Competency");
  level->summary = g_strdup ("");
  g_ptr_array_add (def->levels, level);

  return read_scale (self, record, def, error);
}

/**
 * wm_moodle_sniff:
 * @bytes: a file's content
 *
 * Returns: %TRUE when the first line is the header of a Moodle competency framework CSV
 */
gboolean
wm_moodle_sniff (GBytes *bytes)
{
  static const Column needed[] = { COL_PARENT, COL_IDNUMBER, COL_SHORTNAME, COL_IS_FRAMEWORK };
  gsize size = 0;
  const char *data;
  const char *eol;
  g_autoptr(GBytes) line = NULL;
  g_autoptr(GPtrArray) records = NULL;
  gboolean found[N_COLUMNS] = { FALSE };
  const WmCsvRecord *header;

  g_return_val_if_fail (bytes != NULL, FALSE);

  /* Only the first line is read: the rest may be long, or broken. */
  data = g_bytes_get_data (bytes, &size);
  eol = size ? memchr (data, '\n', MIN (size, 65536)) : NULL;
  line = g_bytes_new_from_bytes (bytes, 0, eol ? (gsize) (eol - data) : MIN (size, 65536));
  records = wm_csv_parse (line, "", 1, WM_FRAMEWORK_ERROR, 0, NULL);
  if (records == NULL || records->len == 0)
    return FALSE;

  header = g_ptr_array_index (records, 0);
  for (guint f = 0; f < header->n_fields; f++)
    {
      int c = find_column (header->fields[f]);

      if (c >= 0)
        found[c] = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    if (!found[needed[i]])
      return FALSE;
  return TRUE;
}
