/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wm-trust-window-private.h"

/*
 * trust.export: the whole trust, every framework, as CSV (a row per school and element), JSON,
 * or a PDF. Printing is the PDF for now: there is no GtkPrintOperation for the trust yet, so the
 * trust lead prints the PDF. The file is written on a worker; the trust is never changed once
 * read, and the task holds the window, which owns it.
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
  const WmTrust *trust = wm_trust_window_get_trust (WM_TRUST_WINDOW (source_object));
  GError *error = NULL;

  if (wm_trust_export (trust, job->path, job->format, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
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

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    WmTrustWindow   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  job = g_new0 (ExportJob, 1);
  job->path = export_path (file, gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format"), &job->format);
  g_object_unref (chooser);

  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_source_tag (task, export_response_cb);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
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
  g_autofree char *folder = g_path_get_basename (wm_trust_window_get_dir (self));
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    translated[i] = labels[i] != NULL ? _(labels[i]) : NULL;

  chooser = gtk_file_chooser_native_new (_("Export the Trust Summary"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), ids, translated);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "pdf");
  /* Translators: the file name offered for the trust summary; %s is the trust folder's name */
  name = g_strdup_printf (_("%s-trust-summary.pdf"), folder);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
