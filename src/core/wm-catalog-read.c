/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-catalog-read"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-catalog.h"
#include "wm-store-private.h"

/*
 * Reading an installed framework back out of the school file as a
 * WmFrameworkDef: what every export starts from. Retired descriptors (dropped
 * by a later version) are not part of the framework any more and are left out.
 */

static gboolean
step_failed (WmStore  *store,
             int       rc,
             GError  **error)
{
  if (rc == SQLITE_DONE)
    return FALSE;
  wm_store_set_error (store, rc, error, _("Could not read the framework"));
  return TRUE;
}

static sqlite3_stmt *
prepare_for (WmStore     *store,
             const char  *sql,
             const char  *framework_id,
             GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, sql, error);

  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  return stmt;
}

/* Fills the fields of every owner in @owners (id -> GPtrArray of WmFieldDef) from @sql,
 * which yields (owner id, field id, label, text) in order. */
static gboolean
read_fields (WmStore     *store,
             const char  *sql,
             const char  *framework_id,
             GHashTable  *owners,
             GError     **error)
{
  sqlite3_stmt *stmt = prepare_for (store, sql, framework_id, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *fields = g_hash_table_lookup (owners, wm_column_text (stmt, 0));
      WmFieldDef *field;

      if (fields == NULL)
        continue;
      field = wm_field_def_new ();
      field->id = g_strdup (wm_column_text (stmt, 1));
      field->label = g_strdup (wm_column_text (stmt, 2));
      field->text = g_strdup (wm_column_text (stmt, 3));
      g_ptr_array_add (fields, field);
    }
  sqlite3_reset (stmt);
  return !step_failed (store, rc, error);
}

static gboolean
read_header (WmStore         *store,
             WmFrameworkDef  *def,
             const char      *framework_id,
             GError         **error)
{
  sqlite3_stmt *stmt = prepare_for (store,
    "SELECT id, version, title, short_title, publisher, licence, attribution, source, description,"
    "  label_heading, label_element, label_strand, label_level, label_descriptor, scoring "
    "FROM frameworks WHERE id = ?1", framework_id, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      char **strings[] = { &def->id, &def->version, &def->title, &def->short_title, &def->publisher,
                           &def->licence, &def->attribution, &def->source, &def->description,
                           &def->label_heading, &def->label_element, &def->label_strand,
                           &def->label_level, &def->label_descriptor, &def->scoring };

      for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
        {
          g_free (*strings[i]);
          *strings[i] = g_strdup (wm_column_text (stmt, (int) i));
        }
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No framework “%s” in %s"), framework_id, wm_store_get_path (store));
      return FALSE;
    }
  return !step_failed (store, rc == SQLITE_ROW ? SQLITE_DONE : rc, error);
}

static gboolean
read_scales (WmStore         *store,
             WmFrameworkDef  *def,
             GError         **error)
{
  g_autoptr(GHashTable) level_fields = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare_for (store, "SELECT id, name, summary FROM levels WHERE framework_id = ?1 "
                             "ORDER BY position", def->id, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WmLevelDef *level = wm_level_def_new ();

      level->id = g_strdup (wm_column_text (stmt, 0));
      level->name = g_strdup (wm_column_text (stmt, 1));
      level->summary = g_strdup (wm_column_text (stmt, 2));
      g_ptr_array_add (def->levels, level);
      g_hash_table_insert (level_fields, level->id, level->fields);
    }
  sqlite3_reset (stmt);
  if (step_failed (store, rc, error))
    return FALSE;

  if (!read_fields (store, "SELECT level_id, id, label, text FROM level_fields "
                           "WHERE framework_id = ?1 ORDER BY level_id, position",
                    def->id, level_fields, error))
    return FALSE;

  /* The framework's own scale, without Waymark's "not applicable". */
  stmt = prepare_for (store, "SELECT id, name, score FROM ratings WHERE framework_id = ?1 "
                             "AND kind = 'scale' ORDER BY position", def->id, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WmRatingDef *rating = wm_rating_def_new ();

      rating->id = g_strdup (wm_column_text (stmt, 0));
      rating->name = g_strdup (wm_column_text (stmt, 1));
      rating->score = sqlite3_column_int (stmt, 2);
      g_ptr_array_add (def->ratings, rating);
    }
  sqlite3_reset (stmt);
  return !step_failed (store, rc, error);
}

static gboolean
read_tree (WmStore         *store,
           WmFrameworkDef  *def,
           GError         **error)
{
  g_autoptr(GHashTable) descriptor_fields = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;
  WmHeadingDef *heading = NULL;
  WmElementDef *element = NULL;
  WmStrandDef *strand = NULL;
  int rc;

  /* One row per current descriptor, in framework order; a new heading, element
   * or strand starts where its id changes. Structure left with no current
   * descriptor is not part of the framework any more. */
  stmt = prepare_for (store,
    "SELECT h.id, h.title, h.summary, e.id, e.title, e.summary, s.id, s.title, s.summary,"
    "       d.id, d.level_id, d.text "
    "FROM descriptors d "
    "JOIN strands s ON s.framework_id = d.framework_id AND s.id = d.strand_id "
    "JOIN elements e ON e.framework_id = s.framework_id AND e.id = s.element_id "
    "JOIN headings h ON h.framework_id = e.framework_id AND h.id = e.heading_id "
    "WHERE d.framework_id = ?1 AND d.retired_in IS NULL "
    "ORDER BY h.position, e.position, s.position, d.position", def->id, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WmDescriptorDef *descriptor;

      if (heading == NULL || !g_str_equal (heading->id, wm_column_text (stmt, 0)))
        {
          heading = wm_heading_def_new ();
          heading->id = g_strdup (wm_column_text (stmt, 0));
          heading->title = g_strdup (wm_column_text (stmt, 1));
          heading->summary = g_strdup (wm_column_text (stmt, 2));
          g_ptr_array_add (def->headings, heading);
          element = NULL;
        }
      if (element == NULL || !g_str_equal (element->id, wm_column_text (stmt, 3)))
        {
          element = wm_element_def_new ();
          element->id = g_strdup (wm_column_text (stmt, 3));
          element->title = g_strdup (wm_column_text (stmt, 4));
          element->summary = g_strdup (wm_column_text (stmt, 5));
          g_ptr_array_add (heading->elements, element);
          strand = NULL;
        }
      if (strand == NULL || !g_str_equal (strand->id, wm_column_text (stmt, 6)))
        {
          strand = wm_strand_def_new ();
          strand->id = g_strdup (wm_column_text (stmt, 6));
          strand->title = g_strdup (wm_column_text (stmt, 7));
          strand->summary = g_strdup (wm_column_text (stmt, 8));
          g_ptr_array_add (element->strands, strand);
        }

      descriptor = wm_descriptor_def_new ();
      descriptor->id = g_strdup (wm_column_text (stmt, 9));
      descriptor->level = g_strdup (wm_column_text (stmt, 10));
      descriptor->text = g_strdup (wm_column_text (stmt, 11));
      g_ptr_array_add (strand->descriptors, descriptor);
      g_hash_table_insert (descriptor_fields, descriptor->id, descriptor->fields);
    }
  sqlite3_reset (stmt);
  if (step_failed (store, rc, error))
    return FALSE;

  return read_fields (store, "SELECT descriptor_id, id, label, text FROM descriptor_fields "
                             "WHERE framework_id = ?1 ORDER BY descriptor_id, position",
                      def->id, descriptor_fields, error);
}

/**
 * wm_catalog_read:
 *
 * Reads the installed framework @framework_id back as a definition, as an
 * export writes it.
 *
 * Returns: (transfer full): the framework
 */
WmFrameworkDef *
wm_catalog_read (WmStore     *store,
                 const char  *framework_id,
                 GError     **error)
{
  g_autoptr(WmFrameworkDef) def = wm_framework_def_new ();

  g_return_val_if_fail (WM_IS_STORE (store), NULL);
  g_return_val_if_fail (framework_id != NULL, NULL);

  if (!read_header (store, def, framework_id, error) ||
      !read_scales (store, def, error) ||
      !read_tree (store, def, error))
    return NULL;

  return g_steal_pointer (&def);
}

/**
 * wm_catalog_read_fields:
 *
 * The named texts of one descriptor ("What will it look like? Staff" …), for
 * the detail pane.
 *
 * Returns: (transfer full) (element-type WmFieldDef): the fields, in order
 */
GPtrArray *
wm_catalog_read_fields (WmStore     *store,
                        const char  *framework_id,
                        const char  *descriptor_id,
                        GError     **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (wm_field_def_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  stmt = wm_store_prepare (store,
    "SELECT id, label, text FROM descriptor_fields "
    "WHERE framework_id = ?1 AND descriptor_id = ?2 ORDER BY position", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WmFieldDef *field = wm_field_def_new ();

      field->id = g_strdup (wm_column_text (stmt, 0));
      field->label = g_strdup (wm_column_text (stmt, 1));
      field->text = g_strdup (wm_column_text (stmt, 2));
      g_ptr_array_add (fields, field);
    }
  sqlite3_reset (stmt);
  if (step_failed (store, rc, error))
    return NULL;

  return g_steal_pointer (&fields);
}
