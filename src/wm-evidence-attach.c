/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-evidence-attach"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-evidence.h"
#include "wm-evidence-attach.h"
#include "wm-judgements.h"

/*
 * Files into the school file and onto a descriptor, the same way from the file
 * chooser, a drop on the detail pane and a drop on a grid cell: one file after
 * another, each copied in a thread of its own (wm_evidence_add_file_async), a
 * file over WM_EVIDENCE_LARGE_FILE only once the user says so, then attached on
 * the window's own connection, which tells every view through "changed::evidence".
 * Progress goes to the caller's progress bar; errors and the outcome to a toast.
 */

typedef struct {
  WmStore         *store;
  char            *framework_id;
  char            *descriptor_id;
  char            *author;
  GQueue           files;         /* GFile, still to copy */
  guint            n_files;       /* in all, for the progress bar */
  guint            n_done;
  guint            n_attached;
  char            *attached_name; /* the one attached, for the toast */
  GFile           *current;
  char            *current_name;
  GtkProgressBar  *progress;
  AdwToastOverlay *overlay;
  GtkWindow       *parent;
} Job;

static void next_file (GTask *task);

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->store);
  g_free (job->framework_id);
  g_free (job->descriptor_id);
  g_free (job->author);
  g_queue_clear_full (&job->files, g_object_unref);
  g_free (job->attached_name);
  g_clear_object (&job->current);
  g_free (job->current_name);
  g_clear_object (&job->progress);
  g_clear_object (&job->overlay);
  g_clear_object (&job->parent);
  g_free (job);
}

static void
toast (AdwToastOverlay *overlay,
       const char      *message)
{
  if (overlay == NULL)
    {
      g_message ("%s", message);
      return;
    }
  adw_toast_overlay_add_toast (overlay, adw_toast_new (message));
}

/* Shows @message in the toast overlay around @widget. */
void
wm_evidence_attach_toast (GtkWidget  *widget,
                          const char *message)
{
  toast ((AdwToastOverlay *) gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY), message);
}

static void
show_progress (Job    *job,
               double  fraction)
{
  if (job->progress == NULL)
    return;
  gtk_progress_bar_set_fraction (job->progress, (job->n_done + CLAMP (fraction, 0.0, 1.0)) / job->n_files);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  show_progress (user_data, fraction);
}

static void
add_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Job *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gint64 id = wm_evidence_add_file_finish (WM_STORE (object), result, &error);

  job->n_done++;
  if (id == 0 && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (id == 0 || !wm_evidence_attach (job->store, job->framework_id, job->descriptor_id,
                                      id, job->author, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not attach “%s”: %s"),
                                                  job->current_name, error->message);
      toast (job->overlay, message);
    }
  else
    {
      job->n_attached++;
      g_free (job->attached_name);
      job->attached_name = g_strdup (job->current_name);
    }
  next_file (g_steal_pointer (&task));
}

static void
copy_current (GTask *task)
{
  Job *job = g_task_get_task_data (task);

  if (job->progress != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Copying “%s”…"), job->current_name);

      gtk_progress_bar_set_text (job->progress, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (job->progress), text);
      show_progress (job, 0.0);
      gtk_widget_set_visible (GTK_WIDGET (job->progress), TRUE);
    }
  wm_evidence_add_file_async (job->store, job->current, NULL, job->author,
                              g_task_get_cancellable (task), progress_cb, job,
                              add_done_cb, task);
}

static void
large_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  GTask *task = user_data;
  Job *job = g_task_get_task_data (task);

  if (g_str_equal (response, "attach"))
    {
      copy_current (task);
      return;
    }
  job->n_done++;
  next_file (task);
}

/* A file over WM_EVIDENCE_LARGE_FILE makes every copy of the school file that much larger. */
static void
ask_large (GTask  *task,
           goffset size)
{
  Job *job = g_task_get_task_data (task);
  g_autofree char *formatted = g_format_size (size);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf (_("“%s” is %s. It will be copied into the school file, which grows by "
                            "that much and takes longer to back up or to copy to another computer."),
                          job->current_name, formatted);
  dialog = adw_message_dialog_new (job->parent, _("Attach a Large File?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "attach", _("_Attach"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "attach",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (large_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
query_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  Job *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (object), result, &error);
  g_autofree char *message = NULL;

  if (info == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  if (info == NULL)
    message = g_strdup_printf (_("Could not attach “%s”: %s"), job->current_name, error->message);
  else if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    message = g_strdup_printf (_("“%s” is a folder: attach the files in it instead"),
                               g_file_info_get_display_name (info));
  if (message != NULL)
    {
      toast (job->overlay, message);
      job->n_done++;
      next_file (task);
      return;
    }

  g_free (job->current_name);
  job->current_name = g_strdup (g_file_info_get_display_name (info));
  if (g_file_info_get_size (info) > WM_EVIDENCE_LARGE_FILE)
    ask_large (task, g_file_info_get_size (info));
  else
    copy_current (task);
}

static void
finish (GTask *task)
{
  Job *job = g_task_get_task_data (task);
  g_autofree char *message = NULL;

  if (job->n_attached == 1)
    message = g_strdup_printf (_("“%s” attached to %s"), job->attached_name, job->descriptor_id);
  else if (job->n_attached > 1)
    message = g_strdup_printf (ngettext ("%u file attached to %s", "%u files attached to %s",
                                         job->n_attached),
                               job->n_attached, job->descriptor_id);
  if (message != NULL)
    toast (job->overlay, message);

  g_task_return_int (task, job->n_attached);
}

/* Takes the caller's reference on @task. */
static void
next_file (GTask *task)
{
  Job *job = g_task_get_task_data (task);

  g_clear_object (&job->current);
  job->current = g_queue_pop_head (&job->files);
  if (job->current == NULL)
    {
      finish (task);
      g_object_unref (task);
      return;
    }

  g_free (job->current_name);
  job->current_name = g_file_get_basename (job->current);
  g_file_query_info_async (job->current,
                           G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                           G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                           G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT,
                           g_task_get_cancellable (task), query_done_cb, task);
}

static void
completed_cb (GTask      *task,
              GParamSpec *pspec,
              gpointer    user_data)
{
  Job *job = g_task_get_task_data (task);

  if (job->progress != NULL)
    gtk_widget_set_visible (GTK_WIDGET (job->progress), FALSE);
}

/**
 * wm_evidence_attach_files_async:
 * @widget: where the files were given: its window parents the question about
 *   large files, its toast overlay says how it went
 * @files: (element-type GFile): the files, copied and attached in this order
 * @progress: (nullable): shown while a file is copied, with its name
 *
 * Copies @files into @store's school file, one after another, and attaches each
 * to the descriptor. A file that cannot be read is reported and skipped; a
 * cancel stops at once, and the file being copied is not kept.
 */
void
wm_evidence_attach_files_async (GtkWidget           *widget,
                                WmStore             *store,
                                const char          *framework_id,
                                const char          *descriptor_id,
                                GSList              *files,
                                GtkProgressBar      *progress,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;
  GtkRoot *root;
  GtkWidget *overlay;
  Job *job;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (WM_IS_STORE (store));
  g_return_if_fail (framework_id != NULL && descriptor_id != NULL);
  g_return_if_fail (!progress || GTK_IS_PROGRESS_BAR (progress));

  job = g_new0 (Job, 1);
  job->store = g_object_ref (store);
  job->framework_id = g_strdup (framework_id);
  job->descriptor_id = g_strdup (descriptor_id);
  job->author = wm_judgements_default_author ();
  for (GSList *l = files; l != NULL; l = l->next)
    g_queue_push_tail (&job->files, g_object_ref (l->data));
  job->n_files = MAX (1, g_queue_get_length (&job->files));
  job->progress = progress ? g_object_ref (progress) : NULL;
  /* Taken now: a grid cell may be unbound, and out of the window, before the copy ends. */
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  job->overlay = overlay ? g_object_ref (ADW_TOAST_OVERLAY (overlay)) : NULL;
  root = gtk_widget_get_root (widget);
  job->parent = GTK_IS_WINDOW (root) ? g_object_ref (GTK_WINDOW (root)) : NULL;

  task = g_task_new (widget, cancellable, callback, user_data);
  g_task_set_source_tag (task, wm_evidence_attach_files_async);
  g_task_set_task_data (task, job, job_free);
  g_signal_connect (task, "notify::completed", G_CALLBACK (completed_cb), NULL);
  next_file (task);
}

/**
 * wm_evidence_attach_files_finish:
 *
 * Returns: how many files were attached; 0 with @error set when cancelled
 */
guint
wm_evidence_attach_files_finish (GtkWidget     *widget,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, widget), 0);

  n = g_task_propagate_int (G_TASK (result), error);
  return n < 0 ? 0 : (guint) n;
}
