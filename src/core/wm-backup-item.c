/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-backup-item"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wm-backup-item.h"
#include "wm-store-private.h"

/* "WYMK", as in wm-store.c. */
#define WM_APPLICATION_ID 0x57594d4b

/* One backup copy of a school file (a list item): its date, its size and what it holds,
 * read from the copy itself, read-only. A copy that cannot be read keeps its path, date
 * and size and says why in its error, so that the restore screen never hides it. */
struct _WmBackupItem
{
  GObject parent_instance;
  char   *path;
  char   *date;            /* YYYY-MM-DD, from the file's name */
  guint64 size;
  guint   n_judgements;
  guint   n_evidence;
  guint   n_snapshots;
  int     schema_version;
  GError *error;           /* why the copy cannot be read, or NULL */
};

G_DEFINE_FINAL_TYPE (WmBackupItem, wm_backup_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_DATE,
  PROP_SIZE,
  PROP_N_JUDGEMENTS,
  PROP_N_EVIDENCE,
  PROP_N_SNAPSHOTS,
  PROP_SCHEMA_VERSION,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_backup_item_finalize (GObject *object)
{
  WmBackupItem *self = (WmBackupItem *) object;

  g_free (self->path);
  g_free (self->date);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (wm_backup_item_parent_class)->finalize (object);
}

static void
wm_backup_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WmBackupItem *self = WM_BACKUP_ITEM (object);

  switch (prop_id)
    {
    case PROP_PATH: g_value_set_string (value, self->path); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_SIZE: g_value_set_uint64 (value, self->size); break;
    case PROP_N_JUDGEMENTS: g_value_set_uint (value, self->n_judgements); break;
    case PROP_N_EVIDENCE: g_value_set_uint (value, self->n_evidence); break;
    case PROP_N_SNAPSHOTS: g_value_set_uint (value, self->n_snapshots); break;
    case PROP_SCHEMA_VERSION: g_value_set_int (value, self->schema_version); break;
    case PROP_ERROR: g_value_set_string (value, wm_backup_item_get_error (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_backup_item_class_init (WmBackupItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wm_backup_item_finalize;
  object_class->get_property = wm_backup_item_get_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_SIZE] = g_param_spec_uint64 ("size", NULL, NULL, 0, G_MAXUINT64, 0, flags);
  properties[PROP_N_JUDGEMENTS] =
    g_param_spec_uint ("n-judgements", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_EVIDENCE] = g_param_spec_uint ("n-evidence", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_SNAPSHOTS] =
    g_param_spec_uint ("n-snapshots", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_SCHEMA_VERSION] =
    g_param_spec_int ("schema-version", NULL, NULL, 0, G_MAXINT, 0, flags);
  /* Why the copy cannot be read, in words; NULL when it reads whole. */
  properties[PROP_ERROR] = g_param_spec_string ("error", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_backup_item_init (WmBackupItem *self)
{
}

static gboolean
set_sqlite_error (sqlite3  *db,
                  int       rc,
                  GError  **error)
{
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_SCHOOL,
                   _("This copy cannot be read: it is not an SQLite database "
                     "(it may have been cut short or overwritten)"));
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_CORRUPT,
                   _("This copy is damaged: %s"), detail);
      break;
    default:
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("This copy cannot be read: %s"), detail);
    }
  return FALSE;
}

/* The first column of the first row of @sql, with @name bound to ?1 when given. */
static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           const char  *name,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK && name != NULL)
    sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int (stmt, 0);
  else
    set_sqlite_error (db, rc, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW;
}

/* Rows of @table, or 0 when a copy from an older schema has no such table. */
static gboolean
count_rows (sqlite3     *db,
            const char  *table,
            guint       *count,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  int exists = 0;
  int n = 0;

  if (!query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                  table, &exists, error))
    return FALSE;
  if (exists && !query_int (db, sql, NULL, &n, error))
    return FALSE;
  *count = (guint) n;
  return TRUE;
}

static gboolean
check_whole (sqlite3  *db,
             GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  gboolean ok = FALSE;

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *result = wm_column_text (stmt, 0);

      ok = g_str_equal (result, "ok");
      if (!ok)
        g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_CORRUPT,
                     _("This copy is damaged: %s"), result);
    }
  else
    set_sqlite_error (db, rc, error);
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
read_copy (WmBackupItem  *self,
           GError       **error)
{
  sqlite3 *db = NULL;
  int app_id = 0;
  int rc;
  gboolean ok;

  /* Plain SQLite, read-only: listing the backups must never change one. */
  rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (db, rc, error);
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_extended_result_codes (db, TRUE);

  ok = query_int (db, "PRAGMA application_id", NULL, &app_id, error) &&
       query_int (db, "PRAGMA user_version", NULL, &self->schema_version, error);
  if (ok && (guint32) app_id != WM_APPLICATION_ID)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_SCHOOL,
                   _("This copy is not a Waymark school file"));
      ok = FALSE;
    }
  if (ok && self->schema_version > WM_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NEWER,
                   _("This copy was written by a newer version of Waymark "
                     "(school file version %d; this version reads up to %d)"),
                   self->schema_version, WM_STORE_SCHEMA_VERSION);
      ok = FALSE;
    }
  ok = ok && check_whole (db, error) &&
       count_rows (db, "judgements", &self->n_judgements, error) &&
       count_rows (db, "evidence", &self->n_evidence, error) &&
       count_rows (db, "snapshots", &self->n_snapshots, error);

  sqlite3_close (db);
  return ok;
}

/**
 * wm_backup_item_read:
 * @path: a backup copy
 * @date: the day it was made, YYYY-MM-DD
 *
 * Reads what the copy holds. This reads the whole copy (SQLite's quick check),
 * so call it off the main loop for large files.
 *
 * Returns: (transfer full): the item, with its error set when the copy cannot be read
 */
WmBackupItem *
wm_backup_item_read (const char *path,
                     const char *date)
{
  WmBackupItem *self = g_object_new (WM_TYPE_BACKUP_ITEM, NULL);
  GStatBuf st;

  self->path = g_strdup (path);
  self->date = g_strdup (date);
  if (g_stat (path, &st) == 0)
    self->size = (guint64) st.st_size;

  if (!read_copy (self, &self->error))
    {
      self->n_judgements = self->n_evidence = self->n_snapshots = 0;
      g_debug ("%s: %s", path, self->error->message);
    }
  return self;
}

const char *
wm_backup_item_get_path (WmBackupItem *self)
{
  g_return_val_if_fail (WM_IS_BACKUP_ITEM (self), NULL);
  return self->path;
}

const char *
wm_backup_item_get_date (WmBackupItem *self)
{
  g_return_val_if_fail (WM_IS_BACKUP_ITEM (self), NULL);
  return self->date;
}

guint64
wm_backup_item_get_size (WmBackupItem *self)
{
  g_return_val_if_fail (WM_IS_BACKUP_ITEM (self), 0);
  return self->size;
}

guint
wm_backup_item_get_n_judgements (WmBackupItem *self)
{
  g_return_val_if_fail (WM_IS_BACKUP_ITEM (self), 0);
  return self->n_judgements;
}

guint
wm_backup_item_get_n_evidence (WmBackupItem *self)
{
  g_return_val_if_fail (WM_IS_BACKUP_ITEM (self), 0);
  return self->n_evidence;
}

guint
wm_backup_item_get_n_snapshots (WmBackupItem *self)
{
  g_return_val_if_fail (WM_IS_BACKUP_ITEM (self), 0);
  return self->n_snapshots;
}

int
wm_backup_item_get_schema_version (WmBackupItem *self)
{
  g_return_val_if_fail (WM_IS_BACKUP_ITEM (self), 0);
  return self->schema_version;
}

/* Why the copy cannot be read, or %NULL when it reads whole. */
const char *
wm_backup_item_get_error (WmBackupItem *self)
{
  g_return_val_if_fail (WM_IS_BACKUP_ITEM (self), NULL);
  return self->error ? self->error->message : NULL;
}

/**
 * wm_backup_item_check:
 *
 * Returns: %TRUE when the copy was read whole; otherwise sets @error
 *   (in %WM_STORE_ERROR) to why not, naming the file
 */
gboolean
wm_backup_item_check (WmBackupItem  *self,
                      GError       **error)
{
  g_return_val_if_fail (WM_IS_BACKUP_ITEM (self), FALSE);

  if (self->error == NULL)
    return TRUE;
  g_set_error (error, self->error->domain, self->error->code,
               "%s: %s", self->path, self->error->message);
  return FALSE;
}
