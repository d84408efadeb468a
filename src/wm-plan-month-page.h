/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_PLAN_MONTH_PAGE (wm_plan_month_page_get_type ())
G_DECLARE_FINAL_TYPE (WmPlanMonthPage, wm_plan_month_page, WM, PLAN_MONTH_PAGE, GtkWidget)

void        wm_plan_month_page_set_store (WmPlanMonthPage *self,
                                          WmStore         *store);
void        wm_plan_month_page_set_month (WmPlanMonthPage *self,
                                          const char      *month);
const char *wm_plan_month_page_get_month (WmPlanMonthPage *self);
void        wm_plan_month_page_flush     (WmPlanMonthPage *self);

G_END_DECLS
