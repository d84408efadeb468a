/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "wm-export-file.h"
#include "wm-store.h"

/* A full disk and a read-only folder get their own codes, so the window can say which. */
void
wm_export_file_set_error (GError     **error,
                          const char  *path,
                          int          saved_errno,
                          const char  *reason)
{
  int code = saved_errno == ENOSPC ? WM_STORE_ERROR_FULL :
             saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM
               ? WM_STORE_ERROR_READ_ONLY : WM_STORE_ERROR_FAILED;

  g_set_error (error, WM_STORE_ERROR, code, _("Could not write %s: %s"),
               path, reason != NULL ? reason : g_strerror (saved_errno));
}

/**
 * wm_export_file_begin:
 *
 * Makes (and so reserves) an empty temporary file beside @path, readable as any new file.
 *
 * Returns: (transfer full): its name, for whatever writes by name (cairo's surfaces)
 */
char *
wm_export_file_begin (const char  *path,
                      GError     **error)
{
  g_autofree char *temp = g_strconcat (path, ".XXXXXX", NULL);
  int fd;

  if ((fd = g_mkstemp_full (temp, O_RDWR, 0666)) < 0)
    {
      wm_export_file_set_error (error, path, errno, NULL);
      return NULL;
    }
  g_close (fd, NULL);
  return g_steal_pointer (&temp);
}

/* Renames the complete @temp over @path; on failure removes it. */
gboolean
wm_export_file_commit (const char  *temp,
                       const char  *path,
                       GError     **error)
{
  if (g_rename (temp, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      wm_export_file_set_error (error, path, saved_errno, NULL);
      return FALSE;
    }
  return TRUE;
}

void
wm_export_file_abandon (const char *temp)
{
  if (temp != NULL)
    g_unlink (temp);
}

/* Writes @bytes into @temp (made by wm_export_file_begin() for @path), synced; on failure removes it. */
gboolean
wm_export_file_write (const char  *temp,
                      const char  *path,
                      GBytes      *bytes,
                      GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  FILE *file = g_fopen (temp, "wb");
  int saved_errno;

  if (file == NULL)
    {
      saved_errno = errno;
      wm_export_file_abandon (temp);
      wm_export_file_set_error (error, path, saved_errno, NULL);
      return FALSE;
    }
  if (fwrite (data, 1, size, file) != size || fflush (file) != 0 || fsync (fileno (file)) != 0)
    {
      saved_errno = errno;
      fclose (file);
      wm_export_file_abandon (temp);
      wm_export_file_set_error (error, path, saved_errno, NULL);
      return FALSE;
    }
  if (fclose (file) != 0)
    {
      saved_errno = errno;
      wm_export_file_abandon (temp);
      wm_export_file_set_error (error, path, saved_errno, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Writes @bytes to @path whole: beside it first, synced, then renamed over it. */
gboolean
wm_export_file_write_bytes (const char  *path,
                            GBytes      *bytes,
                            GError     **error)
{
  g_autofree char *temp = wm_export_file_begin (path, error);

  return temp != NULL && wm_export_file_write (temp, path, bytes, error) &&
         wm_export_file_commit (temp, path, error);
}
