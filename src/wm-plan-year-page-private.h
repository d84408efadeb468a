/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-plan.h"
#include "wm-plan-edit.h"
#include "wm-plan-year-page.h"
#include "wm-radar-view.h"

G_BEGIN_DECLS

/* Shared by wm-plan-year-page.c, -actions.c and -review.c. */

/* The three parts of the Review and Renew day, in the order of the day. */
typedef enum {
  WM_PLAN_REVIEW_SENIOR,    /* senior leaders, in the morning */
  WM_PLAN_REVIEW_LEADERS,   /* team leaders, in the afternoon */
  WM_PLAN_REVIEW_STAFF,     /* all staff, at twilight */
  WM_PLAN_N_REVIEW_PARTS
} WmPlanReviewPart;

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

  char        *review_on;     /* the Review and Renew day as last read, or NULL */
  WmPlanEdit   review_edits[WM_PLAN_N_REVIEW_PARTS];
  AdwPreferencesGroup *review_group;
  GtkButton   *review_add_button;
  GtkBox      *review_box;
  AdwEntryRow *review_date_row;
  GtkTextView *senior_view;
  GtkTextView *leaders_view;
  GtkTextView *staff_view;
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

/* wm-plan-year-page-review.c */
void  wm_plan_year_page_class_init_review (GtkWidgetClass *widget_class);
void  wm_plan_year_page_init_review     (WmPlanYearPage *self);
void  wm_plan_year_page_show_review     (WmPlanYearPage *self);
void  wm_plan_year_page_flush_review    (WmPlanYearPage *self);
void  wm_plan_year_page_clear_review    (WmPlanYearPage *self);

G_END_DECLS
