/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-report.h"

G_BEGIN_DECLS

#define WM_TYPE_REPORT_PRINT (wm_report_print_get_type ())
G_DECLARE_FINAL_TYPE (WmReportPrint, wm_report_print, WM, REPORT_PRINT, GtkPrintOperation)

WmReportPrint *wm_report_print_new (GPtrArray *reports);

G_END_DECLS
