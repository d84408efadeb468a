/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-bundle"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wm-backup-private.h"
#include "wm-bundle-copy.h"
#include "wm-store-private.h"

/*
 * The full copy: SQLite's online backup API copies the open school file, as one consistent
 * moment, into a private temporary file beside the chosen name (mode 0600: it holds pupil data).
 * The copy is checked (integrity_check, application_id), set to a plain rollback journal so that
 * it is one file, counted, synced and only then renamed into place. Nothing is left behind on
 * failure, and the school file itself is only read.
 */

#define WM_APPLICATION_ID 0x57594d4b   /* "WYMK", as in wm-store.c */

const char *
wm_bundle_copy_warning (void)
{
  return _("This is a full copy: it holds everything, pupil codes and notes included. "
           "Hand it only to the school’s next head.");
}

static gboolean
copy_failed (GError     **error,
             WmStoreError code,
             const char  *path,
             const char  *reason)
{
  g_set_error (error, WM_STORE_ERROR, code, _("Could not write the full copy %s: %s"), path, reason);
  return FALSE;
}

static WmStoreError
code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      return WM_STORE_ERROR_FULL;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      return WM_STORE_ERROR_READ_ONLY;
    default:
      return WM_STORE_ERROR_FAILED;
    }
}

static char *
first_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup (wm_column_text (stmt, 0));
  else
    text = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return text;
}

static gboolean
count_contents (sqlite3              *db,
                WmBundleCopyContents *contents)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db,
        "SELECT (SELECT count(*) FROM frameworks), (SELECT count(*) FROM judgements), "
        "  (SELECT count(*) FROM snapshots), (SELECT count(*) FROM evidence), "
        "  (SELECT coalesce (sum (size), 0) FROM evidence_blobs), (SELECT count(*) FROM actions), "
        "  (SELECT count(*) FROM plan_years), (SELECT count(*) FROM small_steps), "
        "  (SELECT count(*) FROM survey_rounds), (SELECT count(*) FROM inclusion_cohorts), "
        "  (SELECT count(*) FROM inclusion_pupils)", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      contents->n_frameworks = (guint) sqlite3_column_int64 (stmt, 0);
      contents->n_judgements = (guint) sqlite3_column_int64 (stmt, 1);
      contents->n_snapshots = (guint) sqlite3_column_int64 (stmt, 2);
      contents->n_evidence = (guint) sqlite3_column_int64 (stmt, 3);
      contents->evidence_bytes = (guint64) sqlite3_column_int64 (stmt, 4);
      contents->n_actions = (guint) sqlite3_column_int64 (stmt, 5);
      contents->n_plan_years = (guint) sqlite3_column_int64 (stmt, 6);
      contents->n_steps = (guint) sqlite3_column_int64 (stmt, 7);
      contents->n_survey_rounds = (guint) sqlite3_column_int64 (stmt, 8);
      contents->n_cohorts = (guint) sqlite3_column_int64 (stmt, 9);
      contents->n_pupils = (guint) sqlite3_column_int64 (stmt, 10);
      ok = TRUE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* Copies the school file into @dest, checks and counts the copy. */
static gboolean
copy_into (WmStore              *store,
           sqlite3              *dest,
           const char           *path,
           WmBundleCopyContents *contents,
           GError              **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", wm_store_get_db (store), "main");
  g_autofree char *mode = NULL;
  g_autofree char *check = NULL;
  g_autofree char *app_id = NULL;
  int rc;

  if (backup == NULL)
    rc = sqlite3_errcode (dest);
  else
    {
      int finished;

      /* The whole file in one step; another Waymark writing may hold it for a moment. */
      for (guint attempt = 0; ; attempt++)
        {
          rc = sqlite3_backup_step (backup, -1);
          if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || attempt == 50)
            break;
          sqlite3_sleep (100);
        }
      finished = sqlite3_backup_finish (backup);
      if (rc == SQLITE_DONE)
        rc = finished;
    }
  if (rc != SQLITE_OK)
    return copy_failed (error, code_for_sqlite (rc), path,
                        sqlite3_errcode (dest) != SQLITE_OK ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));

  mode = first_text (dest, "PRAGMA journal_mode = DELETE");
  check = first_text (dest, "PRAGMA integrity_check");
  app_id = first_text (dest, "PRAGMA application_id");
  if (!g_str_equal (mode, "delete"))
    return copy_failed (error, code_for_sqlite (sqlite3_errcode (dest)), path, mode);
  if (!g_str_equal (check, "ok"))
    return copy_failed (error, WM_STORE_ERROR_CORRUPT, path, check);
  if (g_ascii_strtoull (app_id, NULL, 10) != WM_APPLICATION_ID)
    return copy_failed (error, WM_STORE_ERROR_FAILED, path, _("it is not marked as a Waymark school file"));
  if (!count_contents (dest, contents))
    return copy_failed (error, code_for_sqlite (sqlite3_errcode (dest)), path, sqlite3_errmsg (dest));
  return TRUE;
}

static void
remove_temporary (const char *temp)
{
  for (guint i = 0; i < WM_BACKUP_N_SIDECARS; i++)
    {
      g_autofree char *name = g_strconcat (temp, wm_backup_sidecars[i], NULL);

      g_unlink (name);   /* our own temporary file; most of these do not exist */
    }
}

/* The school file itself, or a name whose SQLite journal beside it would be replayed into the
 * copy, is refused before anything is written. */
static gboolean
check_target (WmStore     *store,
              const char  *path,
              GError     **error)
{
  GStatBuf target, school;

  if (g_stat (path, &target) == 0 && g_stat (wm_store_get_path (store), &school) == 0 &&
      target.st_dev == school.st_dev && target.st_ino == school.st_ino)
    return copy_failed (error, WM_STORE_ERROR_FAILED, path, _("it is the school file itself"));
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return copy_failed (error, WM_STORE_ERROR_FAILED, path, _("it is a folder"));

  for (guint i = 1; i < WM_BACKUP_N_SIDECARS; i++)
    {
      g_autofree char *sidecar = g_strconcat (path, wm_backup_sidecars[i], NULL);

      if (!g_str_equal (wm_backup_sidecars[i], "-shm") && g_file_test (sidecar, G_FILE_TEST_EXISTS))
        {
          g_autofree char *reason = g_strdup_printf (_("%s is beside it, the journal of another SQLite "
                                                       "file, which would be mixed into the copy: "
                                                       "choose another name"), sidecar);
          return copy_failed (error, WM_STORE_ERROR_FAILED, path, reason);
        }
    }
  return TRUE;
}

/**
 * wm_bundle_export_copy:
 * @contents: (out caller-allocates) (optional): what the copy holds
 *
 * Writes a full copy of the open school file to @path (see the top of this file). The copy
 * opens in Waymark as the school file did, and holds everything it held.
 */
gboolean
wm_bundle_export_copy (WmStore               *store,
                       const char            *path,
                       WmBundleCopyContents  *contents,
                       GError               **error)
{
  g_autofree char *temp = NULL;
  g_autofree char *dir = NULL;
  WmBundleCopyContents counted = { 0 };
  sqlite3 *dest = NULL;
  GStatBuf st;
  gboolean ok;
  int fd, rc;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (wm_store_get_db (store) != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!check_target (store, path, error))
    return FALSE;

  temp = g_strconcat (path, ".part-XXXXXX", NULL);
  if ((fd = g_mkstemp_full (temp, O_RDWR, 0600)) < 0)
    {
      int errsv = errno;
      return copy_failed (error, wm_backup_code_for_errno (errsv), path, g_strerror (errsv));
    }
  close (fd);

  rc = sqlite3_open_v2 (temp, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (dest, TRUE);
      rc = sqlite3_exec (dest, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
    }
  ok = rc == SQLITE_OK ? copy_into (store, dest, path, &counted, error)
                       : copy_failed (error, code_for_sqlite (rc), path, sqlite3_errstr (rc));
  sqlite3_close (dest);

  if (ok && g_stat (temp, &st) == 0)
    counted.size = (guint64) st.st_size;
  if (ok && g_rename (temp, path) != 0)
    {
      int errsv = errno;
      ok = copy_failed (error, wm_backup_code_for_errno (errsv), path, g_strerror (errsv));
    }
  if (!ok)
    {
      remove_temporary (temp);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  wm_backup_sync_folder (dir);
  if (contents != NULL)
    *contents = counted;
  return TRUE;
}

/**
 * wm_bundle_copy_contents_lines:
 *
 * Returns: (transfer full): what a copy holds, a line for each kind of thing
 */
GStrv
wm_bundle_copy_contents_lines (const WmBundleCopyContents *c)
{
  g_autofree char *bytes = g_format_size (c->evidence_bytes);
  char **lines = g_new0 (char *, 11);
  guint n = 0;

  lines[n++] = g_strdup_printf (ngettext ("%u framework", "%u frameworks", c->n_frameworks), c->n_frameworks);
  lines[n++] = g_strdup_printf (ngettext ("%u judged descriptor, with its history and notes",
                                          "%u judged descriptors, with their history and notes",
                                          c->n_judgements), c->n_judgements);
  lines[n++] = g_strdup_printf (ngettext ("%u snapshot", "%u snapshots", c->n_snapshots), c->n_snapshots);
  /* Notes and links are evidence too: the size is said only when there are files. */
  if (c->evidence_bytes > 0)
    lines[n++] = g_strdup_printf (ngettext ("%u piece of evidence (%s of files)",
                                            "%u pieces of evidence (%s of files)", c->n_evidence),
                                  c->n_evidence, bytes);
  else
    lines[n++] = g_strdup_printf (ngettext ("%u piece of evidence", "%u pieces of evidence", c->n_evidence),
                                  c->n_evidence);
  lines[n++] = g_strdup_printf (ngettext ("%u action", "%u actions", c->n_actions), c->n_actions);
  lines[n++] = g_strdup_printf (ngettext ("%u plan year", "%u plan years", c->n_plan_years), c->n_plan_years);
  lines[n++] = g_strdup_printf (ngettext ("%u small step", "%u small steps", c->n_steps), c->n_steps);
  lines[n++] = g_strdup_printf (ngettext ("%u survey round", "%u survey rounds", c->n_survey_rounds),
                                c->n_survey_rounds);
  lines[n++] = g_strdup_printf (ngettext ("%u inclusion cohort", "%u inclusion cohorts", c->n_cohorts),
                                c->n_cohorts);
  lines[n++] = g_strdup_printf (ngettext ("%u pupil in the inclusion plan", "%u pupils in the inclusion plan",
                                          c->n_pupils), c->n_pupils);
  g_assert (n < 11);
  return lines;
}
