/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-plan.h"
#include "wm-plan-year-page.h"
#include "wm-radar-view.h"

G_BEGIN_DECLS

/* Shared by wm-plan-year-page.c and wm-plan-year-page-actions.c. */

struct _WmPlanYearPage
{
  GtkWidget    parent_instance;

  WmStore     *store;
  WmPlanYear  *year;
  GListModel  *months;        /* WmPlanMonth, first to last */
  guint        reload_id;

  GtkStack    *stack;
  AdwStatusPage *none_page;
  GtkLabel    *title_label;
  GtkLabel    *subtitle_label;
  GtkListBox  *months_list;
  WmRadarView *radar_view;
  GtkLabel    *chart_hint;
};

/* wm-plan-year-page.c */
void  wm_plan_year_page_toast           (WmPlanYearPage *self,
                                         const char     *message);
char *wm_plan_year_page_month_name      (const char     *month);

/* wm-plan-year-page-actions.c */
void  wm_plan_year_page_class_init_actions (GtkWidgetClass *widget_class);
void  wm_plan_year_page_add_row_dnd     (WmPlanYearPage *self,
                                         GtkWidget      *row,
                                         const char     *month);
GMenuModel *wm_plan_year_page_row_menu  (WmPlanYearPage *self,
                                         guint           index);

G_END_DECLS
