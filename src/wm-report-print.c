/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-report-print"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-print-settings.h"
#include "wm-report-layout.h"
#include "wm-report-print.h"

/*
 * Printing the governors' pack: the print dialog (with its page setup and preview) and the
 * same pages as the PDF export, laid out for the paper and margins chosen. The settings and
 * the page setup are kept in the user's config folder (wm-print-settings.c) and offered again
 * next time.
 */

struct _WmReportPrint
{
  GtkPrintOperation  parent_instance;

  GPtrArray         *reports;   /* WmReport */
  WmReportLayout    *layout;
};

G_DEFINE_FINAL_TYPE (WmReportPrint, wm_report_print, GTK_TYPE_PRINT_OPERATION)

/* What the pack's print dialog was last given; A4 portrait the first time. */
static const WmPrintSettingsKind print_kind = {
  "Print Settings", "Page Setup", GTK_PAGE_ORIENTATION_PORTRAIT, 0
};

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
    wm_print_settings_save (operation, &print_kind);
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
  wm_print_settings_load (operation, &print_kind);
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
