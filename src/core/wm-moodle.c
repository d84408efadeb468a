/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-moodle"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "wm-csv.h"
#include "wm-framework-loader.h"
#include "wm-moodle.h"
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

typedef enum {
  COL_PARENT,
  COL_IDNUMBER,
  COL_SHORTNAME,
  COL_DESCRIPTION,
  COL_FORMAT,
  COL_SCALE_VALUES,
  COL_SCALE_CONFIG,
  COL_RULE_TYPE,
  COL_RULE_OUTCOME,
  COL_RULE_CONFIG,
  COL_RELATED,
  COL_EXPORT_ID,
  COL_IS_FRAMEWORK,
  COL_TAXONOMY,
  N_COLUMNS
} Column;

/* Titles are matched folded (lower-case letters and digits only, a trailing
 * "optional" dropped), so "Short name" and "Shortname" are one column. */
static const struct {
  const char *key;
  const char *title;  /* as Moodle's English export writes it */
  gboolean    required;
} columns[N_COLUMNS] = {
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

#define FORMAT_HTML "1"
#define FORMAT_PLAIN "2"
#define NOT_STARTED_ID "not-started"
#define NOT_STARTED_NAME "Not yet started"

typedef struct _Competency Competency;
struct _Competency {
  const WmCsvRecord *record;
  guint              index;        /* in file order */
  char              *idnumber;
  char              *shortname;
  char              *description;  /* plain text */
  char              *parent_idnumber;
  Competency        *parent;       /* NULL at the top */
  GPtrArray         *children;     /* Competency, borrowed, in file order */
  guint              state;        /* cycle search: 0 unseen, 1 reaches the top, else a walk's mark */
};

typedef struct {
  const char *name;
  int         index[N_COLUMNS];  /* the field of each column, -1 when absent */
  guint       n_fields;
  GPtrArray  *competencies;      /* Competency, in file order */
  GHashTable *by_idnumber;       /* idnumber -> Competency */
} Import;

static void
competency_free (gpointer data)
{
  Competency *competency = data;

  g_free (competency->idnumber);
  g_free (competency->shortname);
  g_free (competency->description);
  g_free (competency->parent_idnumber);
  g_ptr_array_unref (competency->children);
  g_free (competency);
}

/* Fails at @record's @column, or at its line when @column is -1 or absent. */
static gboolean G_GNUC_PRINTF (5, 6)
fail (Import             *self,
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
static char *
tidy (const char *text)
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

static char *
cell (Import            *self,
      const WmCsvRecord *record,
      Column             column)
{
  return tidy (raw_cell (self, record, column));
}

static gboolean
is_blank (const WmCsvRecord *record)
{
  return record->n_fields == 1 && record->fields[0][0] == '\0';
}

/* As PHP reads the column: empty and "0" are false; so are "false" and "no". */
static gboolean
is_framework_row (Import            *self,
                  const WmCsvRecord *record)
{
  g_autofree char *value = cell (self, record, COL_IS_FRAMEWORK);

  return !(value[0] == '\0' || g_str_equal (value, "0") ||
           g_ascii_strcasecmp (value, "false") == 0 || g_ascii_strcasecmp (value, "no") == 0);
}

/* Moodle's formats: 0 auto, 1 HTML, 2 plain, 4 Markdown. Only HTML is converted. */
static char *
description_text (Import            *self,
                  const WmCsvRecord *record)
{
  g_autofree char *format = cell (self, record, COL_FORMAT);

  if (g_str_equal (format, FORMAT_HTML))
    return wm_plain_text_from_html (raw_cell (self, record, COL_DESCRIPTION));
  return cell (self, record, COL_DESCRIPTION);
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
    if (g_str_equal (key, columns[c].key))
      return c;
  return -1;
}

static gboolean
read_header (Import             *self,
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
    if (columns[c].required && self->index[c] < 0)
      {
        fail (self, error, header, -1, _("the header has no \"%s\" column"), columns[c].title);
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
  g_autofree char *text = cell (self, record, COL_SCALE_CONFIG);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonArray *array;
  JsonNode *first;

  if (!is_shallow_json (text))
    {
      fail (self, error, record, COL_SCALE_CONFIG,
            _("the scale configuration must be a JSON list that starts with {\"scaleid\": ...}"));
      return FALSE;
    }
  if (!json_parser_load_from_data (parser, text, -1, &local_error))
    {
      /* json-glib names in-memory data "<data>"; its place is in the field. */
      const char *message = local_error->message;

      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      fail (self, error, record, COL_SCALE_CONFIG,
            _("the scale configuration is not JSON (%s)"), message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  array = root && JSON_NODE_HOLDS_ARRAY (root) ? json_node_get_array (root) : NULL;
  first = array && json_array_get_length (array) > 0 ? json_array_get_element (array, 0) : NULL;
  if (first == NULL || !JSON_NODE_HOLDS_OBJECT (first) ||
      !json_object_has_member (json_node_get_object (first), "scaleid"))
    {
      fail (self, error, record, COL_SCALE_CONFIG,
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
          fail (self, error, record, COL_SCALE_CONFIG,
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
  g_autofree char *text = cell (self, record, COL_SCALE_VALUES);
  g_auto(GStrv) values = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_values;

  if (text[0] == '\0')
    return fail (self, error, record, COL_SCALE_VALUES,
                 _("the framework has no scale values: name at least one, lowest first"));

  values = g_strsplit (text, ",", -1);
  n_values = g_strv_length (values);
  for (guint i = 0; i < n_values; i++)
    if (g_strstrip (values[i])[0] == '\0')
      return fail (self, error, record, COL_SCALE_VALUES, _("scale value %u is empty"), i + 1);

  if (!check_scale_config (self, record, n_values, error))
    return FALSE;

  if (!is_unjudged_name (values[0]))
    add_rating (def, ids, NOT_STARTED_ID, NOT_STARTED_NAME);
  else if (n_values == 1)
    return fail (self, error, record, COL_SCALE_VALUES,
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

static gboolean
read_framework (Import             *self,
                const WmCsvRecord  *record,
                WmFrameworkDef     *def,
                WmHeadingDef       *heading,
                GError            **error)
{
  WmLevelDef *level;

  heading->id = cell (self, record, COL_IDNUMBER);
  heading->title = cell (self, record, COL_SHORTNAME);
  heading->summary = g_strdup ("");
  if (heading->id[0] == '\0')
    return fail (self, error, record, COL_IDNUMBER, _("the framework has an empty ID number"));
  if (heading->title[0] == '\0')
    return fail (self, error, record, COL_SHORTNAME,
                 _("the framework \"%s\" has an empty short name"), heading->id);

  def->id = wm_framework_id_from_name (heading->title);
  def->version = g_strdup ("1");
  def->title = g_strdup (heading->title);
  def->short_title = g_strdup ("");
  def->publisher = g_strdup ("");
  def->licence = g_strdup ("");
  def->attribution = g_strdup ("");
  def->source = g_strdup_printf ("Moodle competency framework %s", heading->id);
  def->description = description_text (self, record);
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

/* ---- Competencies ------------------------------------------------------ */

static gboolean
read_competency (Import             *self,
                 const WmCsvRecord  *record,
                 GError            **error)
{
  Competency *competency = g_new0 (Competency, 1);
  Competency *first;

  competency->record = record;
  competency->index = self->competencies->len;
  competency->idnumber = cell (self, record, COL_IDNUMBER);
  competency->shortname = cell (self, record, COL_SHORTNAME);
  competency->description = description_text (self, record);
  competency->parent_idnumber = cell (self, record, COL_PARENT);
  competency->children = g_ptr_array_new ();
  g_ptr_array_add (self->competencies, competency);

  if (competency->idnumber[0] == '\0')
    return fail (self, error, record, COL_IDNUMBER, _("the competency has an empty ID number"));
  if (competency->shortname[0] == '\0')
    return fail (self, error, record, COL_SHORTNAME,
                 _("the competency \"%s\" has an empty short name"), competency->idnumber);

  first = g_hash_table_lookup (self->by_idnumber, competency->idnumber);
  if (first != NULL)
    return fail (self, error, record, COL_IDNUMBER,
                 _("ID number \"%s\" appears more than once (first on line %d)"),
                 competency->idnumber, first->record->line);
  g_hash_table_insert (self->by_idnumber, competency->idnumber, competency);

  return TRUE;
}

static gboolean
link_parents (Import      *self,
              const char  *framework_idnumber,
              GPtrArray   *roots,
              GError     **error)
{
  for (guint i = 0; i < self->competencies->len; i++)
    {
      Competency *competency = g_ptr_array_index (self->competencies, i);
      const char *parent = competency->parent_idnumber;

      if (parent[0] == '\0')
        continue;
      /* A competency that shares the framework's ID number and names it as
       * its parent is at the top, not its own parent. */
      competency->parent = g_hash_table_lookup (self->by_idnumber, parent);
      if (competency->parent == competency && g_str_equal (parent, framework_idnumber))
        competency->parent = NULL;
      else if (competency->parent == NULL && !g_str_equal (parent, framework_idnumber))
        return fail (self, error, competency->record, COL_PARENT,
                     _("competency \"%s\": parent ID number \"%s\" is neither the framework's "
                       "nor any competency's"), competency->idnumber, parent);
    }

  for (guint i = 0; i < self->competencies->len; i++)
    {
      Competency *competency = g_ptr_array_index (self->competencies, i);

      g_ptr_array_add (competency->parent ? competency->parent->children : roots, competency);
    }

  return TRUE;
}

/* Every competency must reach the top by its parents; names the first cycle found. */
static gboolean
check_cycles (Import  *self,
              GError **error)
{
  for (guint i = 0; i < self->competencies->len; i++)
    {
      Competency *start = g_ptr_array_index (self->competencies, i);
      guint mark = i + 2;
      Competency *c, *first;
      g_autoptr(GString) path = NULL;
      guint shown = 0;

      for (c = start; c != NULL && c->state == 0; c = c->parent)
        c->state = mark;
      if (c == NULL || c->state == 1)
        {
          for (c = start; c != NULL && c->state == mark; c = c->parent)
            c->state = 1;
          continue;
        }

      /* c is on a cycle: name it from the member that comes first in the file. */
      first = c;
      for (Competency *m = c->parent; m != c; m = m->parent)
        if (m->index < first->index)
          first = m;

      path = g_string_new (first->idnumber);
      for (Competency *m = first->parent; shown < 8; m = m->parent, shown++)
        {
          g_string_append_printf (path, " > %s", m->idnumber);
          if (m == first)
            break;
        }
      if (shown == 8)
        g_string_append (path, " > ...");

      return fail (self, error, first->record, COL_PARENT,
                   _("competency \"%s\": its parent ID numbers form a cycle (%s)"),
                   first->idnumber, path->str);
    }

  return TRUE;
}

static WmDescriptorDef *
competency_descriptor (Competency *competency,
                       gboolean    with_parent)
{
  WmDescriptorDef *descriptor = wm_descriptor_def_new ();

  descriptor->id = g_strdup (competency->idnumber);
  descriptor->level = g_strdup ("competency");
  descriptor->text = g_strdup (competency->shortname);
  if (competency->description[0] != '\0')
    {
      WmFieldDef *field = wm_field_def_new ();

      field->id = g_strdup ("description");
      field->label = g_strdup ("Description");
      field->text = g_strdup (competency->description);
      g_ptr_array_add (descriptor->fields, field);
    }
  if (with_parent)
    {
      WmFieldDef *field = wm_field_def_new ();

      field->id = g_strdup ("parent");
      field->label = g_strdup ("Parent id number");
      field->text = g_strdup (competency->parent->idnumber);
      g_ptr_array_add (descriptor->fields, field);
    }
  return descriptor;
}

static WmStrandDef *
competency_strand (Competency *competency,
                   gboolean    with_parent)
{
  WmStrandDef *strand = wm_strand_def_new ();

  strand->id = g_strdup (competency->idnumber);
  strand->title = g_strdup (competency->shortname);
  strand->summary = g_strdup ("");
  g_ptr_array_add (strand->descriptors, competency_descriptor (competency, with_parent));
  return strand;
}

/* One element per top-level competency; its descendants, in tree order, its strands. */
static void
build_elements (GPtrArray    *roots,
                WmHeadingDef *heading)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  for (guint r = 0; r < roots->len; r++)
    {
      Competency *root = g_ptr_array_index (roots, r);
      WmElementDef *element = wm_element_def_new ();

      element->id = g_strdup (root->idnumber);
      element->title = g_strdup (root->shortname);
      element->summary = g_strdup (root->description);
      g_ptr_array_add (heading->elements, element);

      if (root->children->len == 0)
        {
          g_ptr_array_add (element->strands, competency_strand (root, FALSE));
          continue;
        }

      for (guint c = root->children->len; c > 0; c--)
        g_ptr_array_add (stack, g_ptr_array_index (root->children, c - 1));
      while (stack->len > 0)
        {
          Competency *competency = g_ptr_array_steal_index (stack, stack->len - 1);

          g_ptr_array_add (element->strands, competency_strand (competency, TRUE));
          for (guint c = competency->children->len; c > 0; c--)
            g_ptr_array_add (stack, g_ptr_array_index (competency->children, c - 1));
        }
    }
}

/* Finds the framework row, which must be the first data row, and reads it. */
static gboolean
read_rows (Import          *self,
           GPtrArray       *records,
           WmFrameworkDef  *def,
           WmHeadingDef    *heading,
           GError         **error)
{
  const WmCsvRecord *framework = NULL;

  for (guint r = 1; r < records->len; r++)
    {
      const WmCsvRecord *record = g_ptr_array_index (records, r);

      if (is_blank (record))
        continue;
      if (record->n_fields != self->n_fields)
        return fail (self, error, record, -1, _("the row has %u fields; the header has %u"),
                     record->n_fields, self->n_fields);

      if (framework == NULL && !is_framework_row (self, record))
        {
          for (guint later = r + 1; later < records->len; later++)
            {
              const WmCsvRecord *other = g_ptr_array_index (records, later);

              if (!is_blank (other) && other->n_fields == self->n_fields && is_framework_row (self, other))
                return fail (self, error, other, COL_IS_FRAMEWORK,
                             _("the framework row must come first, right after the header"));
            }
          return fail (self, error, record, -1,
                       _("no framework row: the first row after the header must have "
                         "\"Is framework\" set to 1"));
        }

      if (framework == NULL)
        {
          framework = record;
          if (!read_framework (self, record, def, heading, error))
            return FALSE;
        }
      else if (is_framework_row (self, record))
        {
          return fail (self, error, record, COL_IS_FRAMEWORK,
                       _("a second framework row (the first is on line %d); a file holds one framework"),
                       framework->line);
        }
      else if (!read_competency (self, record, error))
        {
          return FALSE;
        }
    }

  if (framework == NULL)
    return fail (self, error, g_ptr_array_index (records, 0), -1,
                 _("no framework row: the first row after the header must have "
                   "\"Is framework\" set to 1"));
  if (self->competencies->len == 0)
    return fail (self, error, framework, -1, _("the framework \"%s\" has no competencies"), heading->id);

  return TRUE;
}

/**
 * wm_moodle_import:
 * @bytes: a Moodle competency framework CSV file
 * @name: the file's name, to begin every message with
 *
 * Reads a Moodle competency framework CSV into a framework def. Bad content
 * is refused with "NAME:LINE[:COLUMN]: what is wrong" in WM_FRAMEWORK_ERROR.
 *
 * Returns: (transfer full): the def, or %NULL with @error set
 */
WmFrameworkDef *
wm_moodle_import (GBytes      *bytes,
                  const char  *name,
                  GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) competencies = NULL;
  g_autoptr(GHashTable) by_idnumber = NULL;
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  g_autoptr(WmFrameworkDef) def = NULL;
  WmHeadingDef *heading;
  const WmCsvRecord *header = NULL;
  Import self = { 0 };
  guint skip = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  records = wm_csv_parse (bytes, name, 0, WM_FRAMEWORK_ERROR, WM_FRAMEWORK_ERROR_PARSE, error);
  if (records == NULL)
    return NULL;

  /* Blank lines are skipped; the first other line is the header. */
  while (skip < records->len && is_blank (g_ptr_array_index (records, skip)))
    skip++;
  g_ptr_array_remove_range (records, 0, skip);
  if (records->len == 0)
    {
      g_set_error (error, WM_FRAMEWORK_ERROR, WM_FRAMEWORK_ERROR_PARSE,
                   _("%s:1: the file is empty"), name);
      return NULL;
    }
  header = g_ptr_array_index (records, 0);

  competencies = g_ptr_array_new_with_free_func (competency_free);
  by_idnumber = g_hash_table_new (g_str_hash, g_str_equal);
  self.name = name;
  self.competencies = competencies;
  self.by_idnumber = by_idnumber;

  def = wm_framework_def_new ();
  heading = wm_heading_def_new ();
  g_ptr_array_add (def->headings, heading);

  if (!read_header (&self, header, error) ||
      !read_rows (&self, records, def, heading, error) ||
      !link_parents (&self, heading->id, roots, error) ||
      !check_cycles (&self, error))
    return NULL;

  build_elements (roots, heading);
  return g_steal_pointer (&def);
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

/* ---- Export ------------------------------------------------------------- */

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
      g_autofree char *name = g_strdelimit (tidy (rating->name), ",", ';');

      if (name[0] == '\0')
        {
          g_free (name);
          name = g_strdelimit (tidy (rating->id), ",", ';');
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
  g_autofree char *tidied = id ? tidy (id) : NULL;

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
  char *name = text ? tidy (text) : g_strdup ("");

  if (name[0] == '\0')
    {
      g_free (name);
      name = tidy (fallback);
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
  g_autofree char *tidied = id ? tidy (id) : g_strdup ("");
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
    header[c] = columns[c].title;
  wm_csv_append_row (out, header);

  write_scale (def, values, config);
  export = (Export) { out, values->str, config->str };
  if (is_moodle_shaped (def))
    export_moodle_shaped (def, &export);
  else
    export_tree (def, &export);

  return g_string_free_to_bytes (out);
}
