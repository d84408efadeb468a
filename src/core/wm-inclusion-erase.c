/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-private.h"

/*
 * Erasing for good. Every write to the inclusion plan runs with secure_delete on (whatever
 * SQLite's own default is), so that a row that is deleted, or a note that is changed, is
 * overwritten with zeros rather than left readable in the file's free space. Erasing a pupil is
 * one such write: their row goes in one transaction, and their needs and interventions with it
 * (ON DELETE CASCADE). A TRUNCATE checkpoint then copies the zeroed pages into the school file
 * and empties its -wal, where the old pages would otherwise linger until the next checkpoint.
 *
 * What this cannot reach: the daily backups (src/core/wm-backup*) are whole copies of the
 * school file, and still hold an erased pupil until they rotate out (7 daily copies, then
 * 4 weekly ones: about five weeks). Whoever erases should be told so.
 */

static const char *
secure_delete_pragma (int value)
{
  switch (value)
    {
    case 0: return "PRAGMA secure_delete = OFF";
    case 2: return "PRAGMA secure_delete = FAST";
    default: return "PRAGMA secure_delete = ON";
    }
}

static gboolean
read_secure_delete (WmStore  *store,
                    int      *value,
                    GError  **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, "PRAGMA secure_delete", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the school file's settings"));
  return TRUE;
}

static void
restore_secure_delete (WmStore          *store,
                       WmInclusionWrite *write)
{
  g_autoptr(GError) error = NULL;

  /* Leaving it on is safe, only slower: nothing is lost if this fails. */
  if (write->secure_delete != 1 &&
      !wm_store_exec (store, secure_delete_pragma (write->secure_delete), &error))
    g_debug ("Could not restore secure_delete: %s", error->message);
}

gboolean
wm_inclusion_write_begin (WmStore           *store,
                          WmInclusionWrite  *write,
                          GError           **error)
{
  write->secure_delete = 1;
  if (!read_secure_delete (store, &write->secure_delete, error) ||
      !wm_store_exec (store, secure_delete_pragma (1), error))
    return FALSE;

  if (!wm_store_begin (store, error))
    {
      restore_secure_delete (store, write);
      return FALSE;
    }
  return TRUE;
}

gboolean
wm_inclusion_write_commit (WmStore           *store,
                           WmInclusionWrite  *write,
                           GError           **error)
{
  gboolean ok = wm_store_commit (store, error);

  restore_secure_delete (store, write);
  return ok;
}

void
wm_inclusion_write_rollback (WmStore          *store,
                             WmInclusionWrite *write)
{
  wm_store_rollback (store);
  restore_secure_delete (store, write);
}

/* Steps @stmt, the write's one INSERT, and commits: the new row's id, the change announced; or
 * 0 with @error set and the write rolled back. */
gint64
wm_inclusion_write_insert (WmStore           *store,
                           WmInclusionWrite  *write,
                           sqlite3_stmt      *stmt,
                           GError           **error)
{
  gint64 id;

  if (!wm_store_step_done (store, stmt, error))
    {
      wm_inclusion_write_rollback (store, write);
      return 0;
    }
  id = sqlite3_last_insert_rowid (wm_store_get_db (store));
  if (!wm_inclusion_write_commit (store, write, error))
    return 0;
  wm_store_emit_changed (store, "inclusion", NULL);
  return id;
}

/* Empties the -wal into the file. The erasure has been committed by now: a checkpoint that
 * cannot finish (another program is reading the file) is reported, not treated as a failure;
 * the pages are cleared at the next checkpoint, at the latest when the file is closed. */
static void
checkpoint (WmStore *store)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = wm_store_prepare (store, "PRAGMA wal_checkpoint(TRUNCATE)", &error);
  int busy = 0;
  int rc;

  if (stmt == NULL)
    {
      g_message ("Erased, but the write-ahead log was not emptied: %s", error->message);
      return;
    }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    busy = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      wm_store_set_error (store, rc, &error, "wal_checkpoint");
      g_message ("Erased, but the write-ahead log was not emptied: %s", error->message);
    }
  else if (busy)
    g_message ("Erased; the write-ahead log of %s is in use by another program and will be "
               "emptied at the next checkpoint", wm_store_get_path (store));
}

/* Deletes the row of @sql (?1 = @id) for good, once @check has found it. */
static gboolean
erase_row (WmStore     *store,
           const char  *sql,
           gint64       id,
           gboolean   (*check) (WmStore *, gint64, GError **),
           GError     **error)
{
  WmInclusionWrite write;
  sqlite3_stmt *stmt;

  if (!wm_inclusion_write_begin (store, &write, error))
    return FALSE;
  if (!check (store, id, error) || (stmt = wm_store_prepare (store, sql, error)) == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!wm_store_step_done (store, stmt, error))
    goto failed;
  if (!wm_inclusion_write_commit (store, &write, error))
    return FALSE;

  checkpoint (store);
  wm_store_emit_changed (store, "inclusion", NULL);
  return TRUE;

failed:
  wm_inclusion_write_rollback (store, &write);
  return FALSE;
}

/**
 * wm_inclusion_erase_pupil:
 *
 * Erases a pupil, their needs and their interventions from the school file for good. Ask for
 * a confirmation first; the daily backups keep the pupil until they rotate out (see above).
 */
gboolean
wm_inclusion_erase_pupil (WmStore  *store,
                          gint64    pupil_id,
                          GError  **error)
{
  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  return erase_row (store, "DELETE FROM inclusion_pupils WHERE id = ?1", pupil_id,
                    wm_inclusion_check_pupil, error);
}

/**
 * wm_inclusion_erase_cohort:
 *
 * Erases a cohort and every pupil in it, with their needs and interventions, for good: what a
 * cohort past its retention date is offered. The daily backups keep it until they rotate out.
 */
gboolean
wm_inclusion_erase_cohort (WmStore  *store,
                           gint64    cohort_id,
                           GError  **error)
{
  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  return erase_row (store, "DELETE FROM inclusion_cohorts WHERE id = ?1", cohort_id,
                    wm_inclusion_check_cohort, error);
}
