/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wm-backup.h"
#include "wm-backup-item.h"
#include "wm-backup-private.h"
#include "wm-store-private.h"

/*
 * Automatic backups of a school file.
 *
 * Where: the backups of /path/school.waymark live in /path/backups/, one copy per day,
 * named school-YYYY-MM-DD.waymark (the school file's name without ".waymark", then the
 * date). Only files named exactly so are backups; nothing else in that folder is ever
 * deleted, renamed or listed.
 *
 * When: wm_backup_ensure_daily() is called on opening a school file. If today has no copy
 * yet, it makes one with SQLite's online backup API from the open connection, into a
 * temporary file in backups/ which is checked (integrity_check, application_id) before it
 * is renamed into place, so a copy under a backup's name is always whole. Any failure
 * leaves the school file and the existing backups as they were.
 *
 * Rotation, after each new copy: the backups are taken newest first by the date in their
 * names. The WM_BACKUP_KEEP_DAILY (7) newest are kept: the daily copies. Of the older ones,
 * the newest copy of each ISO week is kept, for the WM_BACKUP_KEEP_WEEKLY (4) most recent
 * ISO weeks that no daily copy already stands for: the weekly copies. Every other backup
 * is deleted. The rule looks only at the copies, never at today's date, so a school that
 * opens Waymark once a month still keeps 11 copies; and the copy kept for a week is always
 * the one that has just stopped being a daily copy, so nothing kept is deleted later
 * except by growing too old.
 *
 * Restoring (wm_backup_restore()) is for a school file that is not open: the backup is
 * checked first, copied beside the school file and synced, the current file (perhaps
 * damaged) is kept under school.waymark.damaged-YYYYMMDD-HHMMSS with its -wal, -shm and
 * -journal files, and the copy takes its place.
 */

#define WM_APPLICATION_ID 0x57594d4b   /* "WYMK", as in wm-store.c */
#define BACKUP_SUFFIX ".waymark"
#define DATE_LENGTH 10                 /* YYYY-MM-DD */

/* A SQLite file and the files SQLite keeps beside it, which belong with it: a -wal or
 * -journal left beside another file would be replayed into it. */
const char * const wm_backup_sidecars[WM_BACKUP_N_SIDECARS] = { "", "-wal", "-shm", "-journal" };

WmStoreError
wm_backup_code_for_errno (int errsv)
{
  switch (errsv)
    {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      return WM_STORE_ERROR_FULL;
    case EACCES:
    case EPERM:
    case EROFS:
      return WM_STORE_ERROR_READ_ONLY;
    default:
      return WM_STORE_ERROR_FAILED;
    }
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
    case SQLITE_CORRUPT:
      return WM_STORE_ERROR_CORRUPT;
    default:
      return WM_STORE_ERROR_FAILED;
    }
}

/* Makes a rename durable. The data itself is already synced, so a failure here only
 * risks the rename on a power cut; it is noted, not fatal. */
void
wm_backup_sync_folder (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY, 0);

  if (fd < 0 || fsync (fd) != 0)
    g_debug ("Could not sync the folder %s: %s", dir, g_strerror (errno));
  if (fd >= 0)
    close (fd);
}

/* "school" for /path/school.waymark: what every backup's name starts with. */
static char *
backup_stem (const char *school_path)
{
  g_autofree char *base = g_path_get_basename (school_path);

  if (g_str_has_suffix (base, BACKUP_SUFFIX) && strlen (base) > strlen (BACKUP_SUFFIX))
    base[strlen (base) - strlen (BACKUP_SUFFIX)] = '\0';
  return g_steal_pointer (&base);
}

/* The date in @name when it is STEM-YYYY-MM-DD.waymark with a real date, else NULL. */
static char *
date_of_backup (const char *name,
                const char *stem)
{
  gsize stem_length = strlen (stem);
  const char *date = name + stem_length + 1;
  int year, month, day;

  if (strncmp (name, stem, stem_length) != 0 || name[stem_length] != '-' ||
      strlen (date) != DATE_LENGTH + strlen (BACKUP_SUFFIX) ||
      !g_str_equal (date + DATE_LENGTH, BACKUP_SUFFIX))
    return NULL;

  for (guint i = 0; i < DATE_LENGTH; i++)
    if ((i == 4 || i == 7) ? date[i] != '-' : !g_ascii_isdigit (date[i]))
      return NULL;

  year = atoi (date);
  month = atoi (date + 5);
  day = atoi (date + 8);
  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strndup (date, DATE_LENGTH);
}

/* ISO week-numbering year and week of @date (YYYY-MM-DD) as one number. */
static int
iso_week (const char *date)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (atoi (date), atoi (date + 5), atoi (date + 8),
                                                 12, 0, 0);

  return g_date_time_get_week_numbering_year (dt) * 100 + g_date_time_get_week_of_year (dt);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return -strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The dates of the backups in @dir, newest first; empty when there is no such folder. */
static GPtrArray *
list_dates (const char  *dir,
            const char  *stem,
            GError     **error)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) folder = g_dir_open (dir, 0, &local_error);
  const char *name;

  if (folder == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&dates);
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Could not read the backups folder %s: %s"), dir, local_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *date = date_of_backup (name, stem);
      g_autofree char *path = NULL;
      GStatBuf st;

      if (date == NULL)
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode))
        g_ptr_array_add (dates, g_steal_pointer (&date));
    }

  g_ptr_array_sort (dates, compare_newest_first);
  return g_steal_pointer (&dates);
}

static gboolean
rotate (const char  *dir,
        const char  *stem,
        GError     **error)
{
  g_autoptr(GPtrArray) dates = list_dates (dir, stem, error);
  g_autoptr(GHashTable) covered = g_hash_table_new (NULL, NULL);   /* ISO weeks kept */
  guint n_weekly = 0;

  if (dates == NULL)
    return FALSE;

  for (guint i = 0; i < dates->len; i++)
    {
      const char *date = g_ptr_array_index (dates, i);
      gpointer week = GINT_TO_POINTER (iso_week (date));
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;

      if (i < WM_BACKUP_KEEP_DAILY)
        {
          g_hash_table_add (covered, week);
          continue;
        }
      if (!g_hash_table_contains (covered, week) && n_weekly < WM_BACKUP_KEEP_WEEKLY)
        {
          g_hash_table_add (covered, week);
          n_weekly++;
          continue;
        }

      name = g_strdup_printf ("%s-%s%s", stem, date, BACKUP_SUFFIX);
      path = g_build_filename (dir, name, NULL);
      if (g_unlink (path) != 0)
        {
          int errsv = errno;
          g_set_error (error, WM_STORE_ERROR, wm_backup_code_for_errno (errsv),
                       _("Could not remove the old backup %s: %s"), path, g_strerror (errsv));
          return FALSE;
        }
    }
  return TRUE;
}

/* The first column of the first row of a pragma, as text. */
static char *
pragma_text (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup (wm_column_text (stmt, 0));
  else
    text = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return text;
}

static gboolean
copy_into (WmStore     *store,
           sqlite3     *dest,
           GError     **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", wm_store_get_db (store), "main");
  g_autofree char *mode = NULL;
  g_autofree char *check = NULL;
  g_autofree char *app_id = NULL;
  const char *problem = NULL;
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
    {
      g_set_error (error, WM_STORE_ERROR, code_for_sqlite (rc),
                   _("Could not make today's backup of %s: %s"), wm_store_get_path (store),
                   sqlite3_errcode (dest) != SQLITE_OK ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      return FALSE;
    }

  /* The copy carries the school file's WAL flag; a backup is one file, read read-only. */
  mode = pragma_text (dest, "PRAGMA journal_mode = DELETE");
  check = pragma_text (dest, "PRAGMA integrity_check");
  app_id = pragma_text (dest, "PRAGMA application_id");
  if (!g_str_equal (mode, "delete"))
    problem = mode;
  else if (!g_str_equal (check, "ok"))
    problem = check;
  else if (g_ascii_strtoull (app_id, NULL, 10) != WM_APPLICATION_ID)
    problem = _("it is not marked as a Waymark school file");

  if (problem != NULL)
    {
      g_set_error (error, WM_STORE_ERROR, code_for_sqlite (sqlite3_errcode (dest)),
                   _("Could not make today's backup of %s: the copy failed its check: %s"),
                   wm_store_get_path (store), problem);
      return FALSE;
    }
  return TRUE;
}

static void
remove_temporary (const char *tmp)
{
  for (guint i = 0; i < WM_BACKUP_N_SIDECARS; i++)
    {
      g_autofree char *path = g_strconcat (tmp, wm_backup_sidecars[i], NULL);
      g_unlink (path);   /* our own temporary file; most of these do not exist */
    }
}

static gboolean
make_copy (WmStore     *store,
           const char  *dir,
           const char  *target,
           GError     **error)
{
  g_autofree char *tmp = g_strconcat (target, ".part-XXXXXX", NULL);
  sqlite3 *dest = NULL;
  gboolean ok;
  int fd;
  int rc;

  fd = g_mkstemp_full (tmp, O_RDWR, 0600);
  if (fd < 0)
    {
      int errsv = errno;
      g_set_error (error, WM_STORE_ERROR, wm_backup_code_for_errno (errsv),
                   _("Could not make today's backup of %s in %s: %s"),
                   wm_store_get_path (store), dir, g_strerror (errsv));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (dest, TRUE);
      rc = sqlite3_exec (dest, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, WM_STORE_ERROR, code_for_sqlite (rc),
                   _("Could not make today's backup of %s in %s: %s"),
                   wm_store_get_path (store), dir, sqlite3_errstr (rc));
      ok = FALSE;
    }
  else
    ok = copy_into (store, dest, error);
  sqlite3_close (dest);

  if (ok && g_rename (tmp, target) != 0)
    {
      int errsv = errno;
      g_set_error (error, WM_STORE_ERROR, wm_backup_code_for_errno (errsv),
                   _("Could not make today's backup of %s: could not name it %s: %s"),
                   wm_store_get_path (store), target, g_strerror (errsv));
      ok = FALSE;
    }

  if (ok)
    wm_backup_sync_folder (dir);
  else
    remove_temporary (tmp);
  return ok;
}

/**
 * wm_backup_dir:
 *
 * Returns: (transfer full): the folder that holds the backups of @school_path
 */
char *
wm_backup_dir (const char *school_path)
{
  g_autofree char *dir = g_path_get_dirname (school_path);

  return g_build_filename (dir, "backups", NULL);
}

/**
 * wm_backup_ensure_daily:
 * @now: the time to take as now (its date names the copy)
 *
 * Makes today's backup of the open school file unless it already has one, then
 * rotates the backups (see the top of this file). On failure nothing that was
 * there is changed.
 */
gboolean
wm_backup_ensure_daily (WmStore    *store,
                        GDateTime  *now,
                        GError    **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  g_autofree char *target = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (wm_store_get_db (store) != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  dir = wm_backup_dir (wm_store_get_path (store));
  stem = backup_stem (wm_store_get_path (store));
  date = g_date_time_format (now, "%Y-%m-%d");
  name = g_strdup_printf ("%s-%s%s", stem, date, BACKUP_SUFFIX);
  target = g_build_filename (dir, name, NULL);

  if (g_file_test (target, G_FILE_TEST_EXISTS))
    return TRUE;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int errsv = errno;
      g_set_error (error, WM_STORE_ERROR, wm_backup_code_for_errno (errsv),
                   _("Could not create the backups folder %s: %s"), dir, g_strerror (errsv));
      return FALSE;
    }

  return make_copy (store, dir, target, error) && rotate (dir, stem, error);
}

/**
 * wm_backup_list:
 * @school_path: the school file (it need not exist, nor be readable)
 *
 * Reads every backup, which takes a while for large files: call it off the main loop.
 *
 * Returns: (transfer full): a #GListModel of #WmBackupItem, newest first; a copy
 *   that cannot be read is listed with its error
 */
GListModel *
wm_backup_list (const char  *school_path,
                GError     **error)
{
  g_autofree char *dir = wm_backup_dir (school_path);
  g_autofree char *stem = backup_stem (school_path);
  g_autoptr(GPtrArray) dates = list_dates (dir, stem, error);
  GListStore *store;

  if (dates == NULL)
    return NULL;

  store = g_list_store_new (WM_TYPE_BACKUP_ITEM);
  for (guint i = 0; i < dates->len; i++)
    {
      const char *date = g_ptr_array_index (dates, i);
      g_autofree char *name = g_strdup_printf ("%s-%s%s", stem, date, BACKUP_SUFFIX);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(WmBackupItem) item = wm_backup_item_read (path, date);

      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}
