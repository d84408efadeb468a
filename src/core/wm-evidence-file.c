/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-evidence"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-evidence-private.h"

/*
 * Copying a file into the school file as evidence, so that the school file
 * alone carries everything. Each file's bytes are kept once, in
 * evidence_blobs, under their SHA-256: the same document attached to ten
 * descriptors, or added ten times, takes the room of one.
 *
 * Memory stays flat whatever the size: the file is read twice in pieces of
 * WM_EVIDENCE_CHUNK, once to hash it (outside any transaction, so the write
 * lock is not held while hashing) and once, only when those bytes are new, to
 * write it through SQLite's incremental blob I/O into a row made with
 * zeroblob(). The second pass hashes again: a file that changed in between is
 * refused rather than kept under the wrong name. The blob and the evidence row
 * are one transaction, so a full disk or a cancel leaves the file as it was.
 */

typedef struct {
  WmEvidenceProgress callback;
  gpointer           user_data;
  double             last;
} Progress;

/* Reports at most once per hundredth, and always the end. */
static void
progress_report (Progress *progress,
                 double    fraction)
{
  if (progress->callback == NULL)
    return;
  if (fraction < 1.0 && fraction - progress->last < 0.01)
    return;

  progress->last = fraction;
  progress->callback (MIN (fraction, 1.0), progress->user_data);
}

/* Turns a GIO error about @file into one that names it; cancelling stays a cancel. */
static gboolean
set_read_error (GError    **error,
                GFile      *file,
                GError     *io_error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, io_error);
  else
    {
      if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                     _("Could not add %s: there is no such file"), name);
      else
        g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                     _("Could not read %s: %s"), name, io_error->message);
      g_error_free (io_error);
    }
  return FALSE;
}

static gboolean
set_changed_error (GError **error,
                   GFile   *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
               _("%s changed while it was being added, so it was not kept; "
                 "try again once it is saved"), name);
  return FALSE;
}

/* SQLite keeps no value longer than SQLITE_LIMIT_LENGTH (a billion bytes unless built otherwise). */
static gboolean
check_size (WmStore    *store,
            GFile      *file,
            goffset     size,
            GError    **error)
{
  goffset most = sqlite3_limit (wm_store_get_db (store), SQLITE_LIMIT_LENGTH, -1);
  g_autofree char *name = NULL;
  g_autofree char *most_text = NULL;

  if (size <= most)
    return TRUE;

  name = g_file_get_parse_name (file);
  most_text = g_format_size ((guint64) most);
  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
               _("%s is too large to keep in the school file (the most is %s)"),
               name, most_text);
  return FALSE;
}

/* Pass 1: the file's size, SHA-256 and MIME type, read in pieces. */
static gboolean
hash_file (GFile         *file,
           const char    *display_name,
           goffset        expected,
           GCancellable  *cancellable,
           Progress      *progress,
           goffset       *size,
           char         **sha256,
           char         **mime_type,
           GError       **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (WM_EVIDENCE_CHUNK);
  g_autoptr(GFileInputStream) in = NULL;
  GError *local_error = NULL;
  goffset done = 0;

  if (!(in = g_file_read (file, cancellable, &local_error)))
    return set_read_error (error, file, local_error);

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (in), buffer, WM_EVIDENCE_CHUNK,
                                      cancellable, &local_error);
      if (n < 0)
        return set_read_error (error, file, local_error);

      if (*mime_type == NULL)
        {
          g_autofree char *type = g_content_type_guess (display_name, buffer, (gsize) n, NULL);

          *mime_type = g_content_type_get_mime_type (type);
          if (*mime_type == NULL)
            *mime_type = g_strdup ("application/octet-stream");
        }
      if (n == 0)
        break;

      g_checksum_update (checksum, buffer, n);
      done += n;
      progress_report (progress, 0.5 * (double) done / (double) MAX (expected, done));
    }

  if (!g_input_stream_close (G_INPUT_STREAM (in), cancellable, &local_error))
    return set_read_error (error, file, local_error);

  *size = done;
  *sha256 = g_strdup (g_checksum_get_string (checksum));
  return TRUE;
}

/* Pass 2, inside the caller's transaction: a zeroblob row of @size bytes, filled in pieces. */
static gboolean
copy_into_blob (WmStore       *store,
                GFile         *file,
                const char    *sha256,
                goffset        size,
                GCancellable  *cancellable,
                Progress      *progress,
                GError       **error)
{
  sqlite3 *db = wm_store_get_db (store);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (WM_EVIDENCE_CHUNK);
  g_autoptr(GFileInputStream) in = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *what = g_strdup_printf (_("Could not copy %s into the school file"), name);
  GError *local_error = NULL;
  sqlite3_blob *blob = NULL;
  sqlite3_stmt *stmt;
  goffset done = 0;
  int rc;

  stmt = wm_store_prepare (store,
    "INSERT INTO evidence_blobs (sha256, size, data) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, size);
  rc = sqlite3_bind_zeroblob64 (stmt, 3, (sqlite3_uint64) size);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, what);

  if (size > 0)
    {
      rc = sqlite3_blob_open (db, "main", "evidence_blobs", "data",
                              sqlite3_last_insert_rowid (db), 1, &blob);
      if (rc != SQLITE_OK)
        return wm_store_set_error (store, rc, error, what);
    }

  if (!(in = g_file_read (file, cancellable, &local_error)))
    {
      set_read_error (error, file, local_error);
      goto failed;
    }

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (in), buffer, WM_EVIDENCE_CHUNK,
                                      cancellable, &local_error);
      if (n < 0)
        {
          set_read_error (error, file, local_error);
          goto failed;
        }
      if (n == 0)
        break;
      if (n > size - done)
        {
          set_changed_error (error, file);
          goto failed;
        }

      rc = sqlite3_blob_write (blob, buffer, (int) n, (int) done);
      if (rc != SQLITE_OK)
        {
          wm_store_set_error (store, rc, error, what);
          goto failed;
        }
      g_checksum_update (checksum, buffer, n);
      done += n;
      progress_report (progress, 0.5 + 0.5 * (double) done / (double) size);
    }

  if (done != size || !g_str_equal (g_checksum_get_string (checksum), sha256))
    {
      set_changed_error (error, file);
      goto failed;
    }

  rc = blob ? sqlite3_blob_close (blob) : SQLITE_OK;
  blob = NULL;
  if (rc != SQLITE_OK)
    return wm_store_set_error (store, rc, error, what);
  return TRUE;

failed:
  if (blob != NULL)
    sqlite3_blob_close (blob);
  return FALSE;
}

/* Whether the school file holds these bytes already; the caller holds the transaction. */
static gboolean
find_blob (WmStore     *store,
           const char  *sha256,
           goffset      size,
           gboolean    *found,
           GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT size FROM evidence_blobs WHERE sha256 = ?1", error);
  goffset stored = -1;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    stored = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the evidence"));

  /* Same SHA-256, another size: the stored copy is not what its name says. */
  if (rc == SQLITE_ROW && stored != size)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_CORRUPT,
                   _("%s: the stored copy of a file with the same content is damaged"),
                   wm_store_get_path (store));
      return FALSE;
    }

  *found = rc == SQLITE_ROW;
  return TRUE;
}

/**
 * wm_evidence_add_file:
 * @file: the file to copy into the school file
 * @label: (nullable): what to show for it; %NULL or blank for the file's name
 * @progress: (nullable): told how far the copy has come, in this thread
 *
 * Copies @file into the school file as new evidence, attached to nothing yet
 * (see wm_evidence_attach()). Blocks while it copies: the UI uses
 * wm_evidence_add_file_async(). Cancelling gives G_IO_ERROR_CANCELLED and
 * writes nothing.
 *
 * Returns: the new evidence's id, or 0 with @error set
 */
gint64
wm_evidence_add_file (WmStore             *store,
                      GFile               *file,
                      const char          *label,
                      const char          *author,
                      GCancellable        *cancellable,
                      WmEvidenceProgress   progress_cb,
                      gpointer             user_data,
                      GError             **error)
{
  Progress progress = { progress_cb, user_data, 0.0 };
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *mime_type = NULL;
  g_autofree char *trimmed = label ? g_strstrip (g_strdup (label)) : NULL;
  GError *local_error = NULL;
  const char *display_name;
  goffset size = 0;
  gboolean found = FALSE;
  gint64 id;

  g_return_val_if_fail (WM_IS_STORE (store), 0);
  g_return_val_if_fail (G_IS_FILE (file), 0);
  g_return_val_if_fail (author != NULL, 0);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    return set_read_error (error, file, local_error);

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Could not add %s: only a file can be evidence, not a folder or device"),
                   name);
      return 0;
    }

  display_name = g_file_info_get_display_name (info);
  label = trimmed && *trimmed ? trimmed : display_name;

  if (!check_size (store, file, g_file_info_get_size (info), error) ||
      !hash_file (file, display_name, g_file_info_get_size (info), cancellable, &progress,
                  &size, &sha256, &mime_type, error) ||
      !check_size (store, file, size, error))
    return 0;

  if (!wm_store_begin (store, error))
    return 0;

  if (!find_blob (store, sha256, size, &found, error) ||
      (!found && !copy_into_blob (store, file, sha256, size, cancellable, &progress, error)))
    goto failed;

  id = wm_evidence_insert (store, WM_EVIDENCE_KIND_FILE, label, display_name, mime_type,
                           sha256, NULL, NULL, author, error);
  if (id == 0 || !wm_store_commit (store, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_prefix_error (error, _("Could not add %s: "), name);
      goto failed;
    }

  progress_report (&progress, 1.0);
  wm_store_emit_changed (store, "evidence", NULL);
  return id;

failed:
  wm_store_rollback (store);
  return 0;
}
