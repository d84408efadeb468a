/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-report-print"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "wm-report-layout.h"
#include "wm-report-print.h"

/*
 * Printing the governors' pack: the print dialog (with its page setup and preview) and the
 * same pages as the PDF export, laid out for the paper and margins chosen. The settings and
 * the page setup are kept in the user's config folder and offered again next time.
 */

struct _WmReportPrint
{
  GtkPrintOperation  parent_instance;

  GPtrArray         *reports;   /* WmReport */
  WmReportLayout    *layout;
};

G_DEFINE_FINAL_TYPE (WmReportPrint, wm_report_print, GTK_TYPE_PRINT_OPERATION)

#define SETTINGS_GROUP   "Print Settings"
#define PAGE_SETUP_GROUP "Page Setup"

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "waymark", "print.ini", NULL);
}

/* What was chosen last time; A4 portrait the first time. */
static void
load_settings (GtkPrintOperation *operation)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = settings_path ();
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;

  if (g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    {
      settings = gtk_print_settings_new_from_key_file (file, SETTINGS_GROUP, NULL);
      page_setup = gtk_page_setup_new_from_key_file (file, PAGE_SETUP_GROUP, NULL);
    }
  if (settings == NULL)
    settings = gtk_print_settings_new ();
  if (page_setup == NULL)
    {
      g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
      gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
    }
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
}

static void
save_settings (GtkPrintOperation *operation)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  GtkPageSetup *page_setup = gtk_print_operation_get_default_page_setup (operation);

  if (settings != NULL)
    gtk_print_settings_to_key_file (settings, file, SETTINGS_GROUP);
  if (page_setup != NULL)
    gtk_page_setup_to_key_file (page_setup, file, PAGE_SETUP_GROUP);
  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_key_file_save_to_file (file, path, &error))
    g_warning ("Could not keep the print settings in %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
}

static void
wm_report_print_begin_print (GtkPrintOperation *operation,
                             GtkPrintContext   *context)
{
  WmReportPrint *self = WM_REPORT_PRINT (operation);

  g_clear_pointer (&self->layout, wm_report_layout_free);
  self->layout = wm_report_layout_new ((WmReport * const *) self->reports->pdata, self->reports->len,
                                       gtk_print_context_get_width (context),
                                       gtk_print_context_get_height (context),
                                       gtk_print_context_get_cairo_context (context));
  gtk_print_operation_set_n_pages (operation, wm_report_layout_get_n_pages (self->layout));
}

static void
wm_report_print_draw_page (GtkPrintOperation *operation,
                           GtkPrintContext   *context,
                           int                page_nr)
{
  WmReportPrint *self = WM_REPORT_PRINT (operation);

  wm_report_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
wm_report_print_end_print (GtkPrintOperation *operation,
                           GtkPrintContext   *context)
{
  WmReportPrint *self = WM_REPORT_PRINT (operation);

  g_clear_pointer (&self->layout, wm_report_layout_free);
}

static void
wm_report_print_done (GtkPrintOperation       *operation,
                      GtkPrintOperationResult  result)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save_settings (operation);
}

static void
wm_report_print_finalize (GObject *object)
{
  WmReportPrint *self = WM_REPORT_PRINT (object);

  g_clear_pointer (&self->layout, wm_report_layout_free);
  g_clear_pointer (&self->reports, g_ptr_array_unref);
  G_OBJECT_CLASS (wm_report_print_parent_class)->finalize (object);
}

static void
wm_report_print_class_init (WmReportPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = wm_report_print_finalize;
  print_class->begin_print = wm_report_print_begin_print;
  print_class->draw_page = wm_report_print_draw_page;
  print_class->end_print = wm_report_print_end_print;
  print_class->done = wm_report_print_done;
}

static void
wm_report_print_init (WmReportPrint *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  load_settings (operation);
}

/**
 * wm_report_print_new:
 * @reports: (transfer full): the WmReports to print, each from a new page
 */
WmReportPrint *
wm_report_print_new (GPtrArray *reports)
{
  WmReportPrint *self;
  const WmReport *first;
  g_autofree char *job = NULL;

  g_return_val_if_fail (reports != NULL && reports->len > 0, NULL);

  self = g_object_new (WM_TYPE_REPORT_PRINT, NULL);
  self->reports = reports;
  first = g_ptr_array_index (reports, 0);
  /* Translators: the print job's name: "Report for governors: Learning Quality Framework" */
  job = g_strdup_printf (_("Report for governors: %s"), first->framework_title);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job);
  return self;
}
