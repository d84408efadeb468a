/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wm-trust-print.h"
#include "wm-trust-window-private.h"

/*
 * trust.print (Ctrl+P): the print dialog, with its preview and page setup, and the same pages as
 * the PDF (wm-trust-print.c); it reads the trust on this thread, when printing begins.
 * trust.export: the whole trust, every framework, as CSV (a row per school and element), JSON,
 * or that PDF, written on a worker. The task holds the window, which owns the trust; while it
 * runs the trust is not changed: Add Summaries is off, and files added meanwhile wait for it.
 */

typedef struct {
  char          *path;
  WmTrustFormat  format;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  const WmTrust *trust = WM_TRUST_WINDOW (source_object)->trust;
  GError *error = NULL;

  if (wm_trust_export (trust, job->path, job->format, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Export, print and add are on when they have something to work with. */
void
wm_trust_window_update_actions (WmTrustWindow *self)
{
  gboolean any = self->trust->schools->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trust.export", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trust.print", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trust.add-summaries", self->n_readers == 0);
}

static void
release_trust (WmTrustWindow *self)
{
  g_autoptr(GPtrArray) pending = NULL;

  g_return_if_fail (self->n_readers > 0);

  if (--self->n_readers > 0)
    return;
  wm_trust_window_update_actions (self);
  if ((pending = g_steal_pointer (&self->pending)) != NULL)
    {
      g_ptr_array_add (pending, NULL);
      wm_trust_window_add_files (self, (const char * const *) pending->pdata);
    }
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  WmTrustWindow *self = WM_TRUST_WINDOW (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    message = g_strdup (error->message);
  else
    {
      g_autofree char *name = g_filename_display_basename (job->path);

      message = g_strdup_printf (_("Saved the trust summary as %s"), name);
    }
  wm_trust_window_toast (self, message);
  /* Then the summaries chosen meanwhile go in, with a toast of their own. */
  release_trust (self);
}

/* The name chosen, with the extension of the format chosen when it has none of the three. */
static char *
export_path (GFile         *file,
             const char    *choice,
             WmTrustFormat *format)
{
  g_autofree char *path = g_file_get_path (file);
  const char *dot = strrchr (path, '.');

  if (dot != NULL && strchr (dot, G_DIR_SEPARATOR) == NULL && wm_trust_format_from_name (dot + 1, format))
    return g_steal_pointer (&path);
  if (choice == NULL || !wm_trust_format_from_name (choice, format))
    {
      choice = "pdf";
      *format = WM_TRUST_FORMAT_PDF;
    }
  return g_strconcat (path, ".", choice, NULL);
}

/**
 * wm_trust_window_export_to:
 *
 * Writes the whole trust to @path in @format on a worker, and says in a toast how it went, as
 * Export does with the file chosen.
 */
void
wm_trust_window_export_to (WmTrustWindow *self,
                           const char    *path,
                           WmTrustFormat  format)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (WM_IS_TRUST_WINDOW (self));
  g_return_if_fail (path != NULL);

  job = g_new0 (ExportJob, 1);
  job->path = g_strdup (path);
  job->format = format;
  self->n_readers++;
  wm_trust_window_update_actions (self);

  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_source_tag (task, wm_trust_window_export_to);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    WmTrustWindow   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  WmTrustFormat format;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = export_path (file, gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format"), &format);
  g_object_unref (chooser);
  wm_trust_window_export_to (self, path, format);
}

void
wm_trust_window_export_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  WmTrustWindow *self = WM_TRUST_WINDOW (widget);
  const char *ids[] = { "pdf", "csv", "json", NULL };
  const char *labels[] = { N_("PDF, to print and send"), N_("CSV, a row per school and element"),
                           N_("JSON, for other programs"), NULL };
  const char *translated[G_N_ELEMENTS (labels)];
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    translated[i] = labels[i] != NULL ? _(labels[i]) : NULL;

  chooser = gtk_file_chooser_native_new (_("Export the Trust Summary"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), ids, translated);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "pdf");
  if (self->dir != NULL)
    {
      g_autofree char *folder = g_path_get_basename (self->dir);

      /* Translators: the file name offered for the trust summary; %s is the trust folder's name */
      name = g_strdup_printf (_("%s-trust-summary.pdf"), folder);
    }
  else
    /* Translators: the file name offered for the trust summary of files chosen one by one */
    name = g_strdup (_("trust-summary.pdf"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * wm_trust_window_new_print:
 *
 * Returns: (transfer full): the print operation of the whole trust, as Print runs it with the
 *   print dialog; it keeps the window (and so the trust) alive until it is finalized
 */
GtkPrintOperation *
wm_trust_window_new_print (WmTrustWindow *self)
{
  g_autofree char *folder = NULL;

  g_return_val_if_fail (WM_IS_TRUST_WINDOW (self), NULL);

  if (self->dir != NULL)
    folder = g_filename_display_basename (self->dir);
  return GTK_PRINT_OPERATION (wm_trust_print_new (self->trust, folder, G_OBJECT (self)));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               WmTrustWindow           *self)
{
  g_autoptr(GError) error = NULL;
  const GError *layout_error = wm_trust_print_get_error (WM_TRUST_PRINT (operation));
  g_autofree char *message = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("Could not print the trust summary: %s"),
                                 error != NULL ? error->message : _("the printer gave no reason"));
    }
  else if (layout_error != NULL)
    message = g_strdup_printf (_("Could not print the trust summary: %s"), layout_error->message);
  if (message != NULL)
    wm_trust_window_toast (self, message);
  g_object_unref (operation);
}

void
wm_trust_window_print_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  WmTrustWindow *self = WM_TRUST_WINDOW (widget);
  GtkPrintOperation *operation = wm_trust_window_new_print (self);

  /* "done" comes however it ends, and says why when it failed; it also lets the operation go. */
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), self);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), NULL);
}
