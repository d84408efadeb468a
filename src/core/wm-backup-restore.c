/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wm-backup.h"
#include "wm-backup-item.h"
#include "wm-backup-private.h"

/* Restoring a backup in place of a school file that is not open (see wm-backup.c). */

#define COPY_BUFFER_SIZE (256 * 1024)

static gboolean
exists_with_sidecars (const char *base)
{
  for (guint i = 0; i < WM_BACKUP_N_SIDECARS; i++)
    {
      g_autofree char *path = g_strconcat (base, wm_backup_sidecars[i], NULL);
      GStatBuf st;

      if (g_lstat (path, &st) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Renames @from and whichever of its -wal, -shm and -journal exist to @to, none of
 * which may exist. On failure, what was moved is put back. */
static gboolean
move_with_sidecars (const char  *from,
                    const char  *to,
                    GError     **error)
{
  for (guint i = 0; i < WM_BACKUP_N_SIDECARS; i++)
    {
      g_autofree char *source = g_strconcat (from, wm_backup_sidecars[i], NULL);
      g_autofree char *dest = g_strconcat (to, wm_backup_sidecars[i], NULL);
      GStatBuf st;
      int errsv;

      if (g_lstat (source, &st) != 0 || g_rename (source, dest) == 0)
        continue;

      errsv = errno;
      g_set_error (error, WM_STORE_ERROR, wm_backup_code_for_errno (errsv),
                   _("Could not rename %s to %s: %s"), source, dest, g_strerror (errsv));
      while (i-- > 0)
        {
          g_autofree char *back = g_strconcat (from, wm_backup_sidecars[i], NULL);
          g_autofree char *moved = g_strconcat (to, wm_backup_sidecars[i], NULL);

          if (g_lstat (moved, &st) == 0 && g_rename (moved, back) != 0)
            g_debug ("Could not put %s back: %s", moved, g_strerror (errno));
        }
      return FALSE;
    }
  return TRUE;
}

/* school.waymark.damaged-YYYYMMDD-HHMMSS, with a number added if that is taken. */
static char *
damaged_name (const char *school_path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *name = g_strdup_printf ("%s.damaged-%s", school_path, stamp);

  for (guint n = 2; exists_with_sidecars (name); n++)
    {
      g_free (name);
      name = g_strdup_printf ("%s.damaged-%s-%u", school_path, stamp, n);
    }
  return name;
}

/* Copies @source into @fd and syncs it to the disk. */
static gboolean
copy_synced (const char  *source,
             int          fd,
             const char  *dest,
             GError     **error)
{
  g_autofree char *buffer = g_malloc (COPY_BUFFER_SIZE);
  const char *failed = NULL;
  int in = g_open (source, O_RDONLY, 0);
  int errsv = errno;

  if (in < 0)
    failed = source;
  while (failed == NULL)
    {
      gssize n = read (in, buffer, COPY_BUFFER_SIZE);

      if (n == 0)
        break;
      if (n < 0 && errno != EINTR)
        {
          errsv = errno;
          failed = source;
        }
      for (gssize done = 0; done < n && failed == NULL; )
        {
          gssize written = write (fd, buffer + done, n - done);

          if (written >= 0)
            done += written;
          else if (errno != EINTR)
            {
              errsv = errno;
              failed = dest;
            }
        }
    }
  if (failed == NULL && fsync (fd) != 0)
    {
      errsv = errno;
      failed = dest;
    }
  if (in >= 0)
    close (in);

  if (failed != NULL)
    g_set_error (error, WM_STORE_ERROR, wm_backup_code_for_errno (errsv),
                 _("Nothing was restored: could not copy %s: %s"), failed, g_strerror (errsv));
  return failed == NULL;
}

/**
 * wm_backup_restore:
 * @school_path: the school file, which must not be open
 * @backup_path: a backup, as listed by wm_backup_list()
 *
 * Puts @backup_path in place of @school_path. The file that was there is kept, never
 * overwritten, as @school_path.damaged-YYYYMMDD-HHMMSS. A backup that is not a readable
 * Waymark school file is refused and nothing is touched.
 */
gboolean
wm_backup_restore (const char  *school_path,
                   const char  *backup_path,
                   GError     **error)
{
  g_autoptr(WmBackupItem) item = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *damaged = NULL;
  gboolean ok;
  int errsv;
  int fd;

  g_return_val_if_fail (school_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  item = wm_backup_item_read (backup_path, NULL);
  if (!wm_backup_item_check (item, error))
    {
      g_prefix_error (error, _("Nothing was restored: "));
      return FALSE;
    }

  /* First the copy, beside the school file and on the disk, so that a full disk
   * stops us before anything has moved. */
  dir = g_path_get_dirname (school_path);
  tmp = g_strconcat (school_path, ".restoring-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_RDWR, 0600);
  if (fd < 0)
    {
      errsv = errno;
      g_set_error (error, WM_STORE_ERROR, wm_backup_code_for_errno (errsv),
                   _("Nothing was restored: could not write in %s: %s"), dir, g_strerror (errsv));
      return FALSE;
    }
  ok = copy_synced (backup_path, fd, tmp, error);
  close (fd);
  if (!ok)
    {
      g_unlink (tmp);
      return FALSE;
    }

  damaged = damaged_name (school_path);
  if (!move_with_sidecars (school_path, damaged, error))
    {
      g_prefix_error (error, _("Nothing was restored: "));
      g_unlink (tmp);
      return FALSE;
    }

  if (g_rename (tmp, school_path) != 0)
    {
      errsv = errno;
      g_unlink (tmp);
      if (move_with_sidecars (damaged, school_path, NULL))
        g_set_error (error, WM_STORE_ERROR, wm_backup_code_for_errno (errsv),
                     _("Nothing was restored: could not write %s: %s"),
                     school_path, g_strerror (errsv));
      else
        g_set_error (error, WM_STORE_ERROR, wm_backup_code_for_errno (errsv),
                     _("Could not restore %s: %s. The file that was there is kept as %s."),
                     school_path, g_strerror (errsv), damaged);
      return FALSE;
    }

  wm_backup_sync_folder (dir);
  return TRUE;
}
