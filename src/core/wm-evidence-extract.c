/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-evidence"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-evidence-private.h"

/*
 * Reading a file's evidence back out of the school file: streamed in pieces
 * with sqlite3_blob_read(), its SHA-256 checked on the way, so a damaged copy
 * is refused rather than handed on.
 *
 * The bytes go to a hidden file beside the destination, renamed onto it only
 * once they are all written and checked: an interrupted or refused extract
 * never leaves half a file under the name. (g_file_replace() alone does not
 * promise that: it writes a destination that does not exist yet in place.)
 */

static gboolean
set_not_a_file (GError     **error,
                gint64       evidence_id,
                const char  *label,
                const char  *kind)
{
  if (g_str_equal (kind, "link"))
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                 _("Evidence %lld “%s” is a web link, not a file"), (long long) evidence_id, label);
  else
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                 _("Evidence %lld “%s” is a note, not a file"), (long long) evidence_id, label);
  return FALSE;
}

static gboolean
set_damaged (WmStore     *store,
             GError     **error,
             gint64       evidence_id,
             const char  *label)
{
  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_CORRUPT,
               _("Evidence %lld “%s” is damaged: its copy in %s no longer matches "
                 "the file that was added"),
               (long long) evidence_id, label, wm_store_get_path (store));
  return FALSE;
}

static gboolean
set_write_error (GError **error,
                 GFile   *dest,
                 GError  *io_error)
{
  g_autofree char *name = g_file_get_parse_name (dest);

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, io_error);
      return FALSE;
    }

  g_set_error (error, WM_STORE_ERROR,
               g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE) ?
                 WM_STORE_ERROR_FULL : WM_STORE_ERROR_FAILED,
               _("Could not write %s: %s"), name, io_error->message);
  g_error_free (io_error);
  return FALSE;
}

/* A new hidden file beside @dest, to be renamed onto it. */
static GFileOutputStream *
create_beside (GFile   *dest,
               GFile  **part,
               GError **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (dest);
  g_autofree char *base = g_file_get_basename (dest);
  GError *local_error = NULL;

  if (parent == NULL || base == NULL)
    {
      g_autofree char *where = g_file_get_parse_name (dest);

      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Could not write %s: it is not a file's name"), where);
      return NULL;
    }

  for (guint attempt = 0; ; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%08x.part", base, g_random_int ());
      g_autoptr(GFile) candidate = g_file_get_child (parent, name);
      GFileOutputStream *out = g_file_create (candidate, G_FILE_CREATE_NONE, NULL, &local_error);

      if (out != NULL)
        {
          *part = g_steal_pointer (&candidate);
          return out;
        }
      if (attempt > 8 || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          set_write_error (error, dest, local_error);
          return NULL;
        }
      g_clear_error (&local_error);
    }
}

/* Streams the blob at @rowid into @out, checking its size and SHA-256. */
static gboolean
copy_out (WmStore        *store,
          gint64          evidence_id,
          const char     *label,
          sqlite3_int64   rowid,
          const char     *sha256,
          gint64          size,
          GOutputStream  *out,
          GFile          *dest,
          GCancellable   *cancellable,
          GError        **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (WM_EVIDENCE_CHUNK);
  GError *local_error = NULL;
  sqlite3_blob *blob = NULL;
  gboolean ok = FALSE;
  int bytes;
  int rc;

  /* Open, the handle holds one read transaction: the blob cannot change under it. */
  rc = sqlite3_blob_open (wm_store_get_db (store), "main", "evidence_blobs", "data", rowid, 0, &blob);
  if (rc != SQLITE_OK)
    return wm_store_set_error (store, rc, error, _("Could not read the evidence"));

  bytes = sqlite3_blob_bytes (blob);
  if (bytes != size)
    {
      set_damaged (store, error, evidence_id, label);
      goto out;
    }

  for (int offset = 0; offset < bytes; )
    {
      int n = MIN (WM_EVIDENCE_CHUNK, bytes - offset);

      rc = sqlite3_blob_read (blob, buffer, n, offset);
      if (rc != SQLITE_OK)
        {
          wm_store_set_error (store, rc, error, _("Could not read the evidence"));
          goto out;
        }
      g_checksum_update (checksum, buffer, n);
      if (!g_output_stream_write_all (out, buffer, n, NULL, cancellable, &local_error))
        {
          set_write_error (error, dest, local_error);
          goto out;
        }
      offset += n;
    }

  if (!g_str_equal (g_checksum_get_string (checksum), sha256))
    set_damaged (store, error, evidence_id, label);
  else
    ok = TRUE;

out:
  sqlite3_blob_close (blob);
  return ok;
}

/**
 * wm_evidence_extract:
 * @dest: where to write the file; replaced if it exists
 *
 * Writes a file's evidence out as it was added. On any error, damage or
 * cancel, @dest is left as it was.
 */
gboolean
wm_evidence_extract (WmStore       *store,
                     gint64         evidence_id,
                     GFile         *dest,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GFile) part = NULL;
  g_autofree char *label = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *sha256 = NULL;
  GError *local_error = NULL;
  sqlite3_int64 rowid = 0;
  gboolean has_blob = FALSE;
  gint64 size = 0;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);

  stmt = wm_store_prepare (store,
    "SELECT e.kind, e.label, b.rowid, b.sha256, b.size "
    "FROM evidence e LEFT JOIN evidence_blobs b ON b.sha256 = e.blob_sha256 "
    "WHERE e.id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, evidence_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      kind = g_strdup (wm_column_text (stmt, 0));
      label = g_strdup (wm_column_text (stmt, 1));
      has_blob = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
      rowid = sqlite3_column_int64 (stmt, 2);
      sha256 = g_strdup (wm_column_text (stmt, 3));
      size = sqlite3_column_int64 (stmt, 4);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No evidence %lld in %s"), (long long) evidence_id, wm_store_get_path (store));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the evidence"));
  if (!g_str_equal (kind, "file"))
    return set_not_a_file (error, evidence_id, label, kind);
  if (!has_blob)
    return set_damaged (store, error, evidence_id, label);

  if (!(out = create_beside (dest, &part, error)))
    return FALSE;

  if (!copy_out (store, evidence_id, label, rowid, sha256, size, G_OUTPUT_STREAM (out),
                 dest, cancellable, error))
    goto failed;

  if (!g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, &local_error) ||
      !g_file_move (part, dest, G_FILE_COPY_OVERWRITE,
                    cancellable, NULL, NULL, &local_error))
    {
      set_write_error (error, dest, local_error);
      goto failed;
    }
  return TRUE;

failed:
  g_output_stream_close (G_OUTPUT_STREAM (out), NULL, NULL);
  g_file_delete (part, NULL, NULL);
  return FALSE;
}

/**
 * wm_evidence_open_temporary:
 *
 * Writes a file's evidence under its own name into a new private folder
 * (mode 0700) in the temporary directory, for the UI to open with the default
 * application. The folder is the caller's to remove; the system clears it
 * otherwise.
 *
 * Returns: (transfer full): the file written, or %NULL with @error set
 */
GFile *
wm_evidence_open_temporary (WmStore     *store,
                            gint64       evidence_id,
                            GError     **error)
{
  g_autoptr(WmEvidenceItem) item = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!(item = wm_evidence_lookup (store, evidence_id, error)))
    return NULL;
  if (wm_evidence_item_get_kind (item) != WM_EVIDENCE_KIND_FILE)
    {
      set_not_a_file (error, evidence_id, wm_evidence_item_get_label (item),
                      wm_evidence_item_get_kind_name (item));
      return NULL;
    }

  if (!(dir = g_dir_make_tmp ("waymark-evidence-XXXXXX", &local_error)))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Could not make a temporary folder: %s"), local_error->message);
      g_error_free (local_error);
      return NULL;
    }
  folder = g_file_new_for_path (dir);

  /* Only a plain name, whatever the school file says: never a path out of the folder. */
  name = g_strdelimit (g_strdup (wm_evidence_item_get_file_name (item)), "/\\", '_');
  if (name == NULL || *name == '\0' || g_str_equal (name, ".") || g_str_equal (name, ".."))
    {
      g_free (name);
      name = g_strdup ("evidence");
    }
  dest = g_file_get_child_for_display_name (folder, name, NULL);
  if (dest == NULL)
    dest = g_file_get_child (folder, "evidence");

  if (!wm_evidence_extract (store, evidence_id, dest, NULL, error))
    {
      g_file_delete (folder, NULL, NULL);
      return NULL;
    }
  return g_steal_pointer (&dest);
}
