/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-moodle-import"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-csv.h"
#include "wm-framework-loader.h"
#include "wm-moodle-private.h"

/*
 * Reading a Moodle competency framework CSV: wm_moodle_import() and the rows
 * after the header. Each competency is read, linked to its parent by ID
 * number and checked for cycles; the top-level ones become elements and
 * their descendants strands. The header and the framework row are read in
 * wm-moodle.c.
 */

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
  competency->idnumber = wm_moodle_cell (self, record, COL_IDNUMBER);
  competency->shortname = wm_moodle_cell (self, record, COL_SHORTNAME);
  competency->description = wm_moodle_description_text (self, record);
  competency->parent_idnumber = wm_moodle_cell (self, record, COL_PARENT);
  competency->children = g_ptr_array_new ();
  g_ptr_array_add (self->competencies, competency);

  if (competency->idnumber[0] == '\0')
    return wm_moodle_fail (self, error, record, COL_IDNUMBER, _("the competency has an empty ID number"));
  if (competency->shortname[0] == '\0')
    return wm_moodle_fail (self, error, record, COL_SHORTNAME,
                           _("the competency \"%s\" has an empty short name"), competency->idnumber);

  first = g_hash_table_lookup (self->by_idnumber, competency->idnumber);
  if (first != NULL)
    return wm_moodle_fail (self, error, record, COL_IDNUMBER,
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
        return wm_moodle_fail (self, error, competency->record, COL_PARENT,
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

      return wm_moodle_fail (self, error, first->record, COL_PARENT,
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

      if (wm_moodle_is_blank (record))
        continue;
      if (record->n_fields != self->n_fields)
        return wm_moodle_fail (self, error, record, -1, _("the row has %u fields; the header has %u"),
                               record->n_fields, self->n_fields);

      if (framework == NULL && !wm_moodle_is_framework_row (self, record))
        {
          for (guint later = r + 1; later < records->len; later++)
            {
              const WmCsvRecord *other = g_ptr_array_index (records, later);

              if (!wm_moodle_is_blank (other) && other->n_fields == self->n_fields &&
                  wm_moodle_is_framework_row (self, other))
                return wm_moodle_fail (self, error, other, COL_IS_FRAMEWORK,
                                       _("the framework row must come first, right after the header"));
            }
          return wm_moodle_fail (self, error, record, -1,
                                 _("no framework row: the first row after the header must have "
                                   "\"Is framework\" set to 1"));
        }

      if (framework == NULL)
        {
          framework = record;
          if (!wm_moodle_read_framework (self, record, def, heading, error))
            return FALSE;
        }
      else if (wm_moodle_is_framework_row (self, record))
        {
          return wm_moodle_fail (self, error, record, COL_IS_FRAMEWORK,
                                 _("a second framework row (the first is on line %d); a file holds one framework"),
                                 framework->line);
        }
      else if (!read_competency (self, record, error))
        {
          return FALSE;
        }
    }

  if (framework == NULL)
    return wm_moodle_fail (self, error, g_ptr_array_index (records, 0), -1,
                           _("no framework row: the first row after the header must have "
                             "\"Is framework\" set to 1"));
  if (self->competencies->len == 0)
    return wm_moodle_fail (self, error, framework, -1, _("the framework \"%s\" has no competencies"), heading->id);

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
  while (skip < records->len && wm_moodle_is_blank (g_ptr_array_index (records, skip)))
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

  if (!wm_moodle_read_header (&self, header, error) ||
      !read_rows (&self, records, def, heading, error) ||
      !link_parents (&self, heading->id, roots, error) ||
      !check_cycles (&self, error))
    return NULL;

  build_elements (roots, heading);
  return g_steal_pointer (&def);
}
