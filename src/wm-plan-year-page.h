/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_PLAN_YEAR_PAGE (wm_plan_year_page_get_type ())
G_DECLARE_FINAL_TYPE (WmPlanYearPage, wm_plan_year_page, WM, PLAN_YEAR_PAGE, GtkWidget)

void     wm_plan_year_page_set_store     (WmPlanYearPage *self,
                                          WmStore        *store);
gboolean wm_plan_year_page_drop_for_test (WmPlanYearPage *self,
                                          const char     *from_month,
                                          const char     *to_month);

G_END_DECLS
