/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-catalog-upgrade"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-catalog-private.h"
#include "wm-store-private.h"

/*
 * Bringing an installed framework to a new version. Descriptors are matched
 * by id: judgements, notes and history stay with every id the new version
 * keeps; a descriptor it drops is retired (kept, out of the grid), never
 * deleted; the changes are recorded for the school to review.
 */

void
wm_framework_changes_free (WmFrameworkChanges *changes)
{
  if (changes == NULL)
    return;

  g_free (changes->framework_id);
  g_free (changes->from_version);
  g_free (changes->to_version);
  g_ptr_array_unref (changes->added);
  g_ptr_array_unref (changes->removed);
  g_ptr_array_unref (changes->reworded);
  g_free (changes);
}

gboolean
wm_framework_changes_empty (const WmFrameworkChanges *changes)
{
  return changes->added->len == 0 && changes->removed->len == 0 && changes->reworded->len == 0;
}

static void
add_text_cb (WmHeadingDef    *heading,
             WmElementDef    *element,
             WmStrandDef     *strand,
             WmDescriptorDef *descriptor,
             gpointer         texts)
{
  g_hash_table_insert (texts, descriptor->id, descriptor->text);
}

typedef struct {
  GHashTable *current;
  GPtrArray  *added;
} AddedData;

static void
added_cb (WmHeadingDef    *heading,
          WmElementDef    *element,
          WmStrandDef     *strand,
          WmDescriptorDef *descriptor,
          gpointer         user_data)
{
  AddedData *data = user_data;

  if (!g_hash_table_contains (data->current, descriptor->id))
    g_ptr_array_add (data->added, g_strdup (descriptor->id));
}

/**
 * wm_catalog_compare:
 *
 * Says what installing @def over the framework of the same id would change,
 * without writing anything.
 *
 * Returns: (transfer full): the changes, in the framework's order
 */
WmFrameworkChanges *
wm_catalog_compare (WmStore               *store,
                    const WmFrameworkDef  *def,
                    GError               **error)
{
  g_autoptr(WmFrameworkChanges) changes = g_new0 (WmFrameworkChanges, 1);
  g_autoptr(GHashTable) incoming = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  wm_framework_def_foreach (def, add_text_cb, incoming);

  changes->framework_id = g_strdup (def->id);
  changes->to_version = g_strdup (def->version);
  changes->added = g_ptr_array_new_with_free_func (g_free);
  changes->removed = g_ptr_array_new_with_free_func (g_free);
  changes->reworded = g_ptr_array_new_with_free_func (g_free);

  stmt = wm_store_prepare (store, "SELECT version FROM frameworks WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, def->id, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    changes->from_version = g_strdup (wm_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No framework “%s” in %s"), def->id, wm_store_get_path (store));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      wm_store_set_error (store, rc, error, _("Could not read the framework"));
      return NULL;
    }

  stmt = wm_store_prepare (store,
    "SELECT d.id, d.text, EXISTS (SELECT 1 FROM judgements j"
    "                             WHERE j.framework_id = d.framework_id AND j.descriptor_id = d.id) "
    "FROM descriptors d WHERE d.framework_id = ?1 AND d.retired_in IS NULL "
    "ORDER BY d.position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, def->id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = wm_column_text (stmt, 0);
      const char *text;

      g_hash_table_add (current, g_strdup (id));
      if (!g_hash_table_lookup_extended (incoming, id, NULL, (gpointer *) &text))
        {
          g_ptr_array_add (changes->removed, g_strdup (id));
          changes->n_removed_judged += sqlite3_column_int (stmt, 2) != 0;
        }
      else if (!g_str_equal (text, wm_column_text (stmt, 1)))
        g_ptr_array_add (changes->reworded, g_strdup (id));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the framework"));
      return NULL;
    }

  /* Added: in the new version's order. */
  wm_framework_def_foreach (def, added_cb, &(AddedData) { current, changes->added });

  return g_steal_pointer (&changes);
}

static gboolean
def_has (GPtrArray  *items,
         const char *id)
{
  /* WmLevelDef and WmRatingDef both start with their id. */
  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (*(char **) g_ptr_array_index (items, i), id))
      return TRUE;
  return FALSE;
}

/* Runs @sql (framework id as ?1) and finds in @missing the first id it yields
 * that @allowed lacks, if any. */
static gboolean
find_dropped (WmStore               *store,
              const WmFrameworkDef  *def,
              const char            *sql,
              GPtrArray             *allowed,
              char                 **missing,
              GError               **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, sql, error);
  int rc = SQLITE_DONE;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, def->id, -1, SQLITE_TRANSIENT);
  while (*missing == NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!def_has (allowed, wm_column_text (stmt, 0)))
      *missing = g_strdup (wm_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the framework"));
  return TRUE;
}

/* A new version may not drop a rating that judgements use, nor a level that any
 * descriptor, current or retired, sits at. */
static gboolean
check_scales_kept (WmStore               *store,
                   const WmFrameworkDef  *def,
                   GError               **error)
{
  g_autofree char *rating = NULL;
  g_autofree char *level = NULL;

  if (!find_dropped (store, def,
                     "SELECT id FROM ratings WHERE framework_id = ?1 AND kind = 'scale' AND id IN ("
                     "  SELECT rating_id FROM judgements WHERE framework_id = ?1 "
                     "  UNION SELECT new_rating_id FROM judgement_changes WHERE framework_id = ?1 "
                     "  UNION SELECT old_rating_id FROM judgement_changes WHERE framework_id = ?1 "
                     "  UNION SELECT j.rating_id FROM snapshot_judgements j "
                     "    JOIN snapshots s ON s.id = j.snapshot_id WHERE s.framework_id = ?1 "
                     "  UNION SELECT target_rating_id FROM actions WHERE framework_id = ?1)",
                     def->ratings, &rating, error) ||
      !find_dropped (store, def, "SELECT DISTINCT level_id FROM descriptors WHERE framework_id = ?1",
                     def->levels, &level, error))
    return FALSE;

  if (rating != NULL)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                 _("Framework “%s” version %s drops the rating “%s”, which judgements use: "
                   "it cannot replace the version in %s"),
                 def->id, def->version, rating, wm_store_get_path (store));
  else if (level != NULL)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                 _("Framework “%s” version %s drops the level “%s”, which descriptors use: "
                   "it cannot replace the version in %s"),
                 def->id, def->version, level, wm_store_get_path (store));

  return rating == NULL && level == NULL;
}

static gboolean
record_changes (WmStore             *store,
                WmFrameworkChanges  *changes,
                char                *upgrade_id,
                gsize                upgrade_id_size,
                GError             **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  GPtrArray *lists[] = { changes->added, changes->removed, changes->reworded };
  const char *kinds[] = { "added", "removed", "reworded" };

  if (!wm_store_run (store,
                     "INSERT INTO framework_upgrades (framework_id, from_version, to_version, upgraded_at) "
                     "VALUES (?, ?, ?, ?)",
                     error, 4, 's', changes->framework_id, 's', changes->from_version,
                     's', changes->to_version, 's', stamp))
    return FALSE;

  g_snprintf (upgrade_id, upgrade_id_size, "%" G_GINT64_FORMAT,
              (gint64) sqlite3_last_insert_rowid (wm_store_get_db (store)));

  for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
    for (guint i = 0; i < lists[k]->len; i++)
      if (!wm_store_run (store,
                         "INSERT INTO framework_upgrade_changes (upgrade_id, descriptor_id, kind, old_text, new_text) "
                         "SELECT CAST (?1 AS INTEGER), ?2, ?3, "
                         "  (SELECT text FROM descriptors WHERE framework_id = ?4 AND id = ?2), NULL",
                         error, 4, 's', upgrade_id, 's', (const char *) g_ptr_array_index (lists[k], i),
                         's', kinds[k], 's', changes->framework_id))
        return FALSE;

  return TRUE;
}

static gboolean
apply (WmStore               *store,
       const WmFrameworkDef  *def,
       WmFrameworkChanges    *changes,
       GError               **error)
{
  const char *fw = def->id;
  char upgrade_id[32];

  /* The old texts go into the record before the tree is rewritten, the new ones after. */
  if (!record_changes (store, changes, upgrade_id, sizeof upgrade_id, error))
    return FALSE;

  if (!wm_store_run (store,
                     "UPDATE frameworks SET version = ?2, title = ?3, short_title = ?4, publisher = ?5,"
                     "  licence = ?6, attribution = ?7, source = ?8, description = ?9,"
                     "  label_heading = ?10, label_element = ?11, label_strand = ?12,"
                     "  label_level = ?13, label_descriptor = ?14, scoring = ?15 "
                     "WHERE id = ?1",
                     error, 15, 's', fw, 's', def->version, 's', def->title, 's', def->short_title,
                     's', def->publisher, 's', def->licence, 's', def->attribution, 's', def->source,
                     's', def->description, 's', def->label_heading, 's', def->label_element,
                     's', def->label_strand, 's', def->label_level, 's', def->label_descriptor,
                     's', def->scoring))
    return FALSE;

  /* Fields are rewritten whole; those of retired descriptors stay as they were. */
  if (!wm_store_run (store, "DELETE FROM level_fields WHERE framework_id = ?", error, 1, 's', fw) ||
      !wm_store_run (store,
                     "DELETE FROM descriptor_fields WHERE framework_id = ?1 AND descriptor_id IN "
                     "  (SELECT id FROM descriptors WHERE framework_id = ?1 AND retired_in IS NULL)",
                     error, 1, 's', fw))
    return FALSE;

  for (guint i = 0; i < changes->removed->len; i++)
    if (!wm_store_run (store, "UPDATE descriptors SET retired_in = ? WHERE framework_id = ? AND id = ?",
                       error, 3, 's', def->version, 's', fw,
                       's', (const char *) g_ptr_array_index (changes->removed, i)))
      return FALSE;

  if (!wm_catalog_write_tree (store, def, error) ||
      !wm_store_run (store,
                     "UPDATE framework_upgrade_changes SET new_text = "
                     "  (SELECT text FROM descriptors WHERE framework_id = ?2 AND id = descriptor_id) "
                     "WHERE upgrade_id = CAST (?1 AS INTEGER) AND kind IN ('added', 'reworded')",
                     error, 2, 's', upgrade_id, 's', fw))
    return FALSE;

  /* Scale entries the new version drops go, now that nothing uses them (checked before). */
  for (guint kind = 0; kind < 2; kind++)
    {
      GPtrArray *items = kind == 0 ? def->levels : def->ratings;
      sqlite3_stmt *stmt = wm_store_prepare (store, kind == 0 ?
                                             "SELECT id FROM levels WHERE framework_id = ?1" :
                                             "SELECT id FROM ratings WHERE framework_id = ?1 "
                                             "AND kind = 'scale'", error);
      g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_free);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, fw, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        if (!def_has (items, wm_column_text (stmt, 0)))
          g_ptr_array_add (gone, g_strdup (wm_column_text (stmt, 0)));
      sqlite3_reset (stmt);

      for (guint i = 0; i < gone->len; i++)
        if (!wm_store_run (store, kind == 0 ?
                           "DELETE FROM levels WHERE framework_id = ? AND id = ?" :
                           "DELETE FROM ratings WHERE framework_id = ? AND id = ?",
                           error, 2, 's', fw, 's', (const char *) g_ptr_array_index (gone, i)))
          return FALSE;
    }

  return TRUE;
}

/**
 * wm_catalog_upgrade:
 *
 * Brings the installed framework of @def's id to @def, in one transaction.
 * Refused, writing nothing, when @def is what is installed already, or when
 * it drops a rating or level that judgements or kept descriptors still use.
 *
 * Returns: (transfer full): what changed
 */
WmFrameworkChanges *
wm_catalog_upgrade (WmStore               *store,
                    const WmFrameworkDef  *def,
                    GError               **error)
{
  g_autoptr(WmFrameworkChanges) changes = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);
  g_return_val_if_fail (def != NULL, NULL);

  if (!wm_store_begin (store, error))
    return NULL;

  if (!(changes = wm_catalog_compare (store, def, error)))
    goto failed;

  if (wm_framework_changes_empty (changes) && g_str_equal (changes->from_version, def->version))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS,
                   _("Framework “%s” version %s is already in %s, unchanged"),
                   def->id, def->version, wm_store_get_path (store));
      goto failed;
    }

  if (!check_scales_kept (store, def, error) ||
      !apply (store, def, changes, error) ||
      !wm_store_commit (store, error))
    goto failed;

  wm_store_emit_frameworks_changed (store);
  return g_steal_pointer (&changes);

failed:
  wm_store_rollback (store);
  return NULL;
}
