/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-window-report"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-report-export.h"
#include "wm-report-print.h"
#include "wm-window-private.h"

/*
 * The report for governors from the window: Print (Ctrl+P) opens the print dialog, with its
 * preview and page setup; Export writes a PDF, an ODF document, SVGs or PNGs. Both report on
 * the framework shown, compared with the snapshot the Chart page compares with. The report is
 * gathered from the school file here, and written to disk on a worker thread.
 */

static GPtrArray *
gather_reports (WmWindow  *self,
                GError   **error)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_report_free);
  const char *framework_id = wm_chart_page_get_framework_id (self->chart_page);
  WmReport *report;

  if (self->store == NULL || framework_id == NULL)
    {
      g_set_error_literal (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                           _("Choose a framework to report on first"));
      return NULL;
    }
  if (!(report = wm_report_new (self->store, framework_id, wm_chart_page_get_compare_id (self->chart_page),
                                error)))
    return NULL;
  g_ptr_array_add (reports, report);
  return g_steal_pointer (&reports);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               WmWindow                *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("Could not print the report: %s"),
                                 error != NULL ? error->message : _("the printer gave no reason"));
      wm_window_show_toast (self, message);
    }
  g_object_unref (operation);
}

static void
print_report_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  GPtrArray *reports;
  WmReportPrint *operation;

  if (!(reports = gather_reports (self, &error)))
    {
      wm_window_show_toast (self, error->message);
      return;
    }
  operation = wm_report_print_new (reports);
  /* "done" comes however it ends, and says why when it failed; it also lets the operation go. */
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (self), NULL);
}

typedef struct {
  GPtrArray      *reports;
  char           *path;
  WmReportFormat  format;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_ptr_array_unref (job->reports);
  g_free (job->path);
  g_free (job);
}

/* On a worker: the report is plain data by now, and nothing here touches the school file. */
static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;
  GStrv written = wm_report_export ((WmReport * const *) job->reports->pdata, job->reports->len,
                                    job->path, job->format, &error);

  if (written == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, written, (GDestroyNotify) g_strfreev);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  WmWindow *self = WM_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) written = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *message = NULL;

  if (written == NULL)
    message = g_strdup (error->message);
  else
    {
      g_autofree char *name = g_path_get_basename (written[0]);
      guint n = g_strv_length (written);

      message = n == 1 ? g_strdup_printf (_("Saved the report as %s"), name)
                       : g_strdup_printf (g_dngettext (NULL, "Saved the report as %s and %u more page",
                                                       "Saved the report as %s and %u more pages", n - 1),
                                          name, n - 1);
    }
  wm_window_show_toast (self, message);
}

/* The name chosen, with the extension of the format chosen when it has none. */
static char *
export_path (GFile          *file,
             const char     *choice,
             WmReportFormat *format)
{
  g_autofree char *path = g_file_get_path (file);

  if (wm_report_format_from_path (path, format))
    return g_steal_pointer (&path);
  if (choice == NULL || !wm_report_format_from_name (choice, format))
    *format = WM_REPORT_FORMAT_PDF;
  return g_strconcat (path, ".", choice != NULL ? choice : "pdf", NULL);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    WmWindow        *self)
{
  g_autoptr(GError) error = NULL;
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
  job->path = export_path (file, gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format"),
                           &job->format);
  g_object_unref (chooser);

  if (!(job->reports = gather_reports (self, &error)))
    {
      wm_window_show_toast (self, error->message);
      g_free (job->path);
      g_free (job);
      return;
    }
  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_source_tag (task, export_response_cb);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  const char *ids[] = { "pdf", "odt", "svg", "png", NULL };
  const char *labels[] = { N_("PDF, for printing and sending"), N_("Editable document (ODF, .odt)"),
                           N_("SVG, a picture per page"), N_("PNG at 300 dpi, a picture per page"), NULL };
  const char *translated[G_N_ELEMENTS (labels)];
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    translated[i] = labels[i] ? _(labels[i]) : NULL;

  chooser = gtk_file_chooser_native_new (_("Export Report for Governors"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), ids, translated);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "pdf");
  /* Translators: the file name offered for the report; %s is the framework's id */
  name = g_strdup_printf (_("governors-report-%s.pdf"), wm_chart_page_get_framework_id (self->chart_page));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* win.show-element ("ID"): from the chart to that element's row in the grid. */
static void
show_element_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  const char *element_id = g_variant_get_string (parameter, NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, "grid");
  if (!wm_grid_view_show_element (self->grid_view, element_id))
    wm_window_show_toast (self, _("That element is not in the grid shown: clear the search if it hides it"));
}

void
wm_window_report_update_actions (WmWindow *self)
{
  gboolean ready = self->store != NULL && wm_chart_page_get_framework_id (self->chart_page) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-report", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", ready);
}

void
wm_window_report_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, print_report_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "win.show-element", "s", show_element_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-report", NULL);
}
