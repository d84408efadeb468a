/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-backup.h"
#include "wm-backup-window.h"
#include "wm-window-private.h"

/*
 * The window's side of automatic backups: today's copy, made in a thread once the
 * school file has opened; Restore from Backup…, offered on the error page and in the
 * menu; and, after a restore, a new window on the restored file in place of this one.
 */

/* Today's backup while a thread makes it: the window waits for it before it lets go of
 * the school file, so no copy is ever half-made behind a restore or a removed folder. */
typedef struct _WmBackupJob
{
  GMutex    mutex;
  GCond     cond;
  gboolean  done;
  char     *path;
} WmBackupJob;

static void
backup_job_clear (gpointer data)
{
  WmBackupJob *job = data;

  g_mutex_clear (&job->mutex);
  g_cond_clear (&job->cond);
  g_free (job->path);
}

static void
backup_job_release (WmBackupJob *job)
{
  g_atomic_rc_box_release_full (job, backup_job_clear);
}

static void
backup_job_wait (WmBackupJob *job)
{
  g_mutex_lock (&job->mutex);
  while (!job->done)
    g_cond_wait (&job->cond, &job->mutex);
  g_mutex_unlock (&job->mutex);
}

static gboolean
make_backup (const char  *path,
             GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(WmStore) store = NULL;

  /* A connection of its own: the window's is opened without SQLite's mutex and keeps
   * a cache of statements, so it must never be used from two threads. */
  store = wm_store_open (path, error);
  if (store == NULL)
    {
      g_prefix_error (error, _("Could not make today's backup: "));
      return FALSE;
    }
  return wm_backup_ensure_daily (store, now, error);
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  WmBackupJob *job = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = make_backup (job->path, &error);

  /* The copy's connection is closed by now. */
  g_mutex_lock (&job->mutex);
  job->done = TRUE;
  g_cond_broadcast (&job->cond);
  g_mutex_unlock (&job->mutex);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  WmWindow *self = WM_WINDOW (source);
  g_autoptr(GError) error = NULL;

  /* Cancelled only when the window has gone, which has released the job itself. */
  if (g_task_propagate_boolean (G_TASK (result), &error) ||
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_clear_pointer (&self->backup_job, backup_job_release);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    wm_window_show_toast (self, error->message);
}

/* Makes today's backup of the open school file, unless it has one: off the main
 * thread, since it copies the whole file. A failure is a toast, never a stop. */
void
wm_window_backup_start (WmWindow *self)
{
  g_autoptr(GTask) task = NULL;
  WmBackupJob *job;

  g_return_if_fail (self->store != NULL && self->backup_job == NULL);

  job = g_atomic_rc_box_new0 (WmBackupJob);
  g_mutex_init (&job->mutex);
  g_cond_init (&job->cond);
  job->path = g_strdup (wm_store_get_path (self->store));
  self->backup_job = job;

  task = g_task_new (self, self->cancellable, backup_done_cb, NULL);
  g_task_set_source_tag (task, wm_window_backup_start);
  g_task_set_task_data (task, g_atomic_rc_box_acquire (job), (GDestroyNotify) backup_job_release);
  g_task_run_in_thread (task, backup_thread);
}

void
wm_window_backup_dispose (WmWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  if (self->backup_job != NULL)
    {
      backup_job_wait (self->backup_job);
      g_clear_pointer (&self->backup_job, backup_job_release);
    }
  g_clear_object (&self->cancellable);
}

static void
backups_listed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) backups = wm_backup_window_list_finish (result, &error);
  WmWindow *self = user_data;

  /* Cancelled only when the window has gone: then @self must not be touched. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (backups == NULL)
    {
      wm_window_show_toast (self, error->message);
      return;
    }

  if (g_list_model_get_n_items (backups) > 0)
    {
      g_autofree char *description =
        g_strdup_printf (_("%s\n\nThe file has been left as it is. One of the copies that "
                           "Waymark makes each day can take its place."),
                         adw_status_page_get_description (self->error_page));

      adw_status_page_set_description (self->error_page, description);
      gtk_widget_set_visible (self->restore_button, TRUE);
    }
}

/* The school file could not be opened: offer its backups, if it has any. */
void
wm_window_backup_offer_restore (WmWindow *self)
{
  gtk_widget_set_visible (self->restore_button, FALSE);
  if (self->school_path != NULL)
    wm_backup_window_list_async (self->school_path, self->cancellable, backups_listed_cb, self);
}

static void
restore_backup_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);

  if (self->school_path != NULL)
    gtk_window_present (GTK_WINDOW (wm_backup_window_new (self, self->school_path)));
}

void
wm_window_backup_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL, restore_backup_action);
}

/* Another window with the same school file open would go on writing to the file that
 * a restore moves aside. */
static gboolean
check_open_elsewhere (WmWindow  *self,
                      GError   **error)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      WmWindow *other = l->data;

      if (other != self && WM_IS_WINDOW (other) && other->store != NULL &&
          g_strcmp0 (other->school_path, self->school_path) == 0)
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                       _("Nothing was restored: %s is open in another window. Close that "
                         "window first."), self->school_path);
          return FALSE;
        }
    }
  return TRUE;
}

/* The windows this one opened (Restore from Backup, What Moved, the action plan…)
 * may hold the school file too: they go with it. Whoever still holds one of them
 * may do so after this window is gone, so they stop pointing at it first. */
static void
destroy_transients (WmWindow *self)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  g_autoptr(GPtrArray) transients = g_ptr_array_new_with_free_func (g_object_unref);

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_get_transient_for (l->data) == GTK_WINDOW (self))
      g_ptr_array_add (transients, g_object_ref (l->data));

  for (guint i = 0; i < transients->len; i++)
    {
      gtk_window_set_transient_for (g_ptr_array_index (transients, i), NULL);
      gtk_window_destroy (g_ptr_array_index (transients, i));
    }
}

/**
 * wm_window_restore_backup:
 * @backup_path: a backup of the window's school file, as wm_backup_list() gives it
 * @new_window: (out) (optional) (transfer none): the window that shows the school file
 *   afterwards, restored or not; %NULL when nothing was done
 *
 * Puts a backup in place of the window's school file (see wm_backup_restore()).
 * The window, and those it opened, close first, letting go of the file; a new window
 * then opens the file in their place. If the restore fails, the new window shows the
 * file as it was, with the error in a toast.
 */
gboolean
wm_window_restore_backup (WmWindow    *self,
                          const char  *backup_path,
                          WmWindow   **new_window,
                          GError     **error)
{
  g_autoptr(WmWindow) keep = NULL;
  g_autoptr(WmStore) store = NULL;
  g_autoptr(GApplication) app = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  WmWindow *window;
  gboolean ok;

  g_return_val_if_fail (WM_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->school_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (new_window != NULL)
    *new_window = NULL;
  if (!check_open_elsewhere (self, error))
    return FALSE;

  keep = g_object_ref (self);
  path = g_strdup (self->school_path);
  backup = g_strdup (backup_path);
  store = self->store ? g_object_ref (self->store) : NULL;
  if (gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    {
      app = g_object_ref (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
      g_application_hold (app);   /* no window for a moment: not a reason to quit */
    }

  /* Destroying saves what the widgets hold and waits for today's backup; only then is
   * the connection closed, whoever still holds the store. */
  destroy_transients (self);
  gtk_window_destroy (GTK_WINDOW (self));
  if (store != NULL)
    wm_store_close (store);

  ok = wm_backup_restore (path, backup, &local_error);

  window = wm_window_open (app ? GTK_APPLICATION (app) : NULL, path);
  gtk_window_present (GTK_WINDOW (window));
  if (ok)
    wm_window_show_toast (window, _("Backup restored. The file it replaced is kept in the same folder."));
  else
    wm_window_show_toast (window, local_error->message);

  if (app != NULL)
    g_application_release (app);
  if (new_window != NULL)
    *new_window = window;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}
