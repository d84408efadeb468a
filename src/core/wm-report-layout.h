/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "wm-report.h"

G_BEGIN_DECLS

/*
 * The governors' pack laid out on pages: everything is placed once, for one page size, and
 * wm_report_layout_draw_page() only draws what was placed, onto any cairo_t (the print
 * operation's pages, PDF, SVG and PNG). Units are points; (0, 0) is the top left corner of the
 * area inside the margins.
 */

typedef struct _WmReportLayout WmReportLayout;

/* A4 portrait, and the margin the exports leave (the print dialog's page setup sets its own). */
#define WM_REPORT_A4_WIDTH  595.276
#define WM_REPORT_A4_HEIGHT 841.89
#define WM_REPORT_MARGIN    48.0

WmReportLayout *wm_report_layout_new         (WmReport * const     *reports,
                                              guint                 n_reports,
                                              double                width,
                                              double                height,
                                              cairo_t              *measure_cr);
guint           wm_report_layout_get_n_pages (const WmReportLayout *layout);
void            wm_report_layout_draw_page   (const WmReportLayout *layout,
                                              cairo_t              *cr,
                                              guint                 page);
void            wm_report_layout_free        (WmReportLayout       *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmReportLayout, wm_report_layout_free)

G_END_DECLS
