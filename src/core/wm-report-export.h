/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-report.h"

G_BEGIN_DECLS

typedef enum {
  WM_REPORT_FORMAT_PDF,
  WM_REPORT_FORMAT_SVG,
  WM_REPORT_FORMAT_PNG,
  WM_REPORT_FORMAT_ODT,   /* ".odt", or flat ODF when the name ends ".fodt" */
} WmReportFormat;

gboolean  wm_report_format_from_name (const char      *name,
                                      WmReportFormat  *format);
gboolean  wm_report_format_from_path (const char      *path,
                                      WmReportFormat  *format);
GStrv     wm_report_export           (WmReport * const *reports,
                                      guint             n_reports,
                                      const char       *path,
                                      WmReportFormat    format,
                                      GError          **error);

G_END_DECLS
