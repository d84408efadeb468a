/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_CHART_PAGE (wm_chart_page_get_type ())
G_DECLARE_FINAL_TYPE (WmChartPage, wm_chart_page, WM, CHART_PAGE, GtkWidget)

void        wm_chart_page_set_store        (WmChartPage *self,
                                            WmStore     *store);
void        wm_chart_page_set_framework_id (WmChartPage *self,
                                            const char  *framework_id);
const char *wm_chart_page_get_framework_id (WmChartPage *self);
gint64      wm_chart_page_get_compare_id   (WmChartPage *self);

G_END_DECLS
