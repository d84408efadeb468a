/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wm-store-private.h"

/* "WYMK": marks a SQLite file as a Waymark school file (PRAGMA application_id). */
#define WM_APPLICATION_ID 0x57594d4b

struct _WmStore
{
  GObject     parent_instance;
  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text -> sqlite3_stmt* */
  int         schema_version;
  guint       created : 1;
};

G_DEFINE_FINAL_TYPE (WmStore, wm_store, G_TYPE_OBJECT)

enum {
  JUDGEMENT_CHANGED,
  FRAMEWORKS_CHANGED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (wm-store-error-quark, wm_store_error)

static void
wm_store_finalize (GObject *object)
{
  WmStore *self = (WmStore *) object;

  wm_store_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (wm_store_parent_class)->finalize (object);
}

static void
wm_store_class_init (WmStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wm_store_finalize;

  /* A judgement was written: (framework id, descriptor id). */
  signals[JUDGEMENT_CHANGED] =
    g_signal_new ("judgement-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  /* Something else was written, named by the detail ("changed::evidence",
   * "changed::snapshots", "changed::actions"), with the framework it concerns,
   * or NULL when it may concern several. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /* A framework was installed or removed. */
  signals[FRAMEWORKS_CHANGED] =
    g_signal_new ("frameworks-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
statement_free (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
wm_store_init (WmStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, statement_free);
}

char *
wm_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "waymark", "school.waymark", NULL);
}

static WmStoreError
error_code (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      return WM_STORE_ERROR_NOT_SCHOOL;
    case SQLITE_CORRUPT:
      return WM_STORE_ERROR_CORRUPT;
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

gboolean
wm_store_set_error (WmStore     *self,
                    int          rc,
                    GError     **error,
                    const char  *what)
{
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  g_set_error (error, WM_STORE_ERROR, error_code (rc), "%s: %s: %s", self->path, what, detail);
  return FALSE;
}

sqlite3 *
wm_store_get_db (WmStore *self)
{
  g_return_val_if_fail (WM_IS_STORE (self), NULL);

  return self->db;
}

sqlite3_stmt *
wm_store_prepare (WmStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (self), NULL);
  g_return_val_if_fail (self->db != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      wm_store_set_error (self, rc, error, _("Could not prepare a query"));
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
wm_store_dup_statement_sql (WmStore *self)
{
  GPtrArray *sql;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (WM_IS_STORE (self), NULL);

  sql = g_ptr_array_new_full (g_hash_table_size (self->statements), g_free);
  g_hash_table_iter_init (&iter, self->statements);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (sql, g_strdup (key));
  g_ptr_array_sort (sql, compare_strings);
  return sql;
}

gboolean
wm_store_step_done (WmStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  wm_store_set_error (self, rc, error, _("Could not write to the school file"));
  sqlite3_reset (stmt);
  return FALSE;
}

/**
 * wm_store_run:
 * @n_values: how many values follow
 * @...: the values to bind to ?1, ?2 …, each as a pair: 's' and a string
 *   (%NULL binds NULL), or 'i' and an int
 *
 * Runs one prepared statement that returns no rows.
 */
gboolean
wm_store_run (WmStore     *self,
              const char  *sql,
              GError     **error,
              int          n_values,
              ...)
{
  sqlite3_stmt *stmt = wm_store_prepare (self, sql, error);
  va_list args;

  if (stmt == NULL)
    return FALSE;

  va_start (args, n_values);
  for (int i = 1; i <= n_values; i++)
    {
      int kind = va_arg (args, int);

      if (kind == 's')
        sqlite3_bind_text (stmt, i, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, i, va_arg (args, int));
    }
  va_end (args);

  return wm_store_step_done (self, stmt, error);
}

gboolean
wm_store_exec (WmStore     *self,
               const char  *sql,
               GError     **error)
{
  char *message = NULL;
  int rc;

  rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, WM_STORE_ERROR, error_code (rc),
                   "%s: %s", self->path, message ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

gboolean
wm_store_begin (WmStore  *self,
                GError  **error)
{
  /* IMMEDIATE takes the write lock up front, so a second Waymark (the CLI beside
   * the app) waits for its turn rather than failing half-way through. */
  return wm_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
wm_store_commit (WmStore  *self,
                 GError  **error)
{
  if (!wm_store_exec (self, "COMMIT", error))
    {
      wm_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
wm_store_rollback (WmStore *self)
{
  if (self->db != NULL && !sqlite3_get_autocommit (self->db))
    {
      g_autoptr(GError) error = NULL;

      /* Nothing was written, so a failing rollback leaves nothing to lose;
       * SQLite has already undone the transaction when it reports one. */
      if (!wm_store_exec (self, "ROLLBACK", &error))
        g_debug ("Rollback: %s", error->message);
    }
}

static gboolean
read_pragma_int (WmStore     *self,
                 const char  *sql,
                 int         *value,
                 GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      wm_store_set_error (self, rc, error, _("Could not read the school file"));
      sqlite3_reset (stmt);
      return FALSE;
    }

  *value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Reads what the file says about itself before anything is written to it,
 * so that a foreign or newer file is refused untouched. */
static gboolean
check_identity (WmStore   *self,
                int       *version,
                GError   **error)
{
  int app_id = 0;
  int n_objects = 0;

  if (!read_pragma_int (self, "PRAGMA application_id", &app_id, error) ||
      !read_pragma_int (self, "PRAGMA user_version", version, error) ||
      !read_pragma_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    {
      if (error && g_error_matches (*error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_SCHOOL))
        {
          g_clear_error (error);
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_SCHOOL,
                       _("%s is not a Waymark school file (it is not an SQLite database)"),
                       self->path);
        }
      return FALSE;
    }

  if (app_id == 0 && *version == 0 && n_objects == 0)
    return TRUE;  /* an empty database: ours to set up */

  if ((guint32) app_id != WM_APPLICATION_ID)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_SCHOOL,
                   _("%s is an SQLite database but not a Waymark school file"),
                   self->path);
      return FALSE;
    }

  if (*version > WM_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NEWER,
                   _("%s was written by a newer version of Waymark (school file version %d; "
                     "this version reads up to %d). Update Waymark to open it; the file has not "
                     "been changed."),
                   self->path, *version, WM_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

/* With @keep, closing the connection neither checkpoints into the file nor removes
 * its -wal; without, SQLite tidies up as usual. */
static gboolean
set_keep_on_close (WmStore   *self,
                   gboolean   keep,
                   GError   **error)
{
  int value = keep ? 1 : 0;
  int rc;

  rc = sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, value, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_file_control (self->db, "main", SQLITE_FCNTL_PERSIST_WAL, &value);
  if (rc != SQLITE_OK)
    return wm_store_set_error (self, rc, error, _("Could not open the school file"));
  return TRUE;
}

static gboolean
open_database (WmStore   *self,
               GError   **error)
{
  gboolean exists = g_file_test (self->path, G_FILE_TEST_EXISTS);
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  int version = 0;
  int rc;

  if (!exists)
    {
      g_autofree char *dir = g_path_get_dirname (self->path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int errsv = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                       _("Could not create the folder %s: %s"), dir, g_strerror (errsv));
          return FALSE;
        }
      flags |= SQLITE_OPEN_CREATE;
    }

  rc = sqlite3_open_v2 (self->path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      wm_store_set_error (self, rc, error, _("Could not open the school file"));
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  /* Until the file has proved to be a good school file, closing must not touch it:
   * no checkpoint into it, and its -wal (which may hold the only good copy of
   * recent work) kept, byte for byte. */
  if (!set_keep_on_close (self, TRUE, error))
    return FALSE;

  if (!check_identity (self, &version, error))
    return FALSE;

  self->created = !exists || version == 0;

  if (!wm_store_exec (self,
                      "PRAGMA journal_mode = WAL;"
                      "PRAGMA synchronous = FULL;"
                      "PRAGMA foreign_keys = ON;",
                      error))
    return FALSE;

  if (version < WM_STORE_SCHEMA_VERSION && !wm_migrations_run (self, version, error))
    return FALSE;

  if (!set_keep_on_close (self, FALSE, error))
    return FALSE;

  self->schema_version = WM_STORE_SCHEMA_VERSION;
  return TRUE;
}

/**
 * wm_store_open:
 * @path: the school file; created (with its folder) when missing
 *
 * Opens a school file, bringing its schema up to date one numbered
 * migration at a time. A file that is not a school file, or comes from a
 * newer Waymark, is refused and left exactly as it was.
 */
WmStore *
wm_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(WmStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (WM_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_database (self, error))
    {
      wm_store_close (self);
      return NULL;
    }

  return g_steal_pointer (&self);
}

void
wm_store_close (WmStore *self)
{
  g_return_if_fail (WM_IS_STORE (self));

  g_hash_table_remove_all (self->statements);
  if (self->db != NULL)
    {
      wm_store_rollback (self);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
}

const char *
wm_store_get_path (WmStore *self)
{
  g_return_val_if_fail (WM_IS_STORE (self), NULL);

  return self->path;
}

gboolean
wm_store_was_created (WmStore *self)
{
  g_return_val_if_fail (WM_IS_STORE (self), FALSE);

  return self->created;
}

int
wm_store_get_schema_version (WmStore *self)
{
  g_return_val_if_fail (WM_IS_STORE (self), 0);

  return self->schema_version;
}

void
wm_store_emit_judgement_changed (WmStore    *self,
                                 const char *framework_id,
                                 const char *descriptor_id)
{
  g_signal_emit (self, signals[JUDGEMENT_CHANGED], 0, framework_id, descriptor_id);
}

void
wm_store_emit_frameworks_changed (WmStore *self)
{
  g_signal_emit (self, signals[FRAMEWORKS_CHANGED], 0);
}

void
wm_store_emit_changed (WmStore    *self,
                       const char *what,
                       const char *framework_id)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (what), framework_id);
}
