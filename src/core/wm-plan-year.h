/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_TYPE_PLAN_YEAR (wm_plan_year_get_type ())
G_DECLARE_FINAL_TYPE (WmPlanYear, wm_plan_year, WM, PLAN_YEAR, GObject)

WmPlanYear *wm_plan_year_new                (gint64       id,
                                             const char  *name,
                                             const char  *start_month,
                                             guint        n_months,
                                             const char  *framework_id);
gint64      wm_plan_year_get_id             (WmPlanYear  *self);
const char *wm_plan_year_get_name           (WmPlanYear  *self);
const char *wm_plan_year_get_start_month    (WmPlanYear  *self);
const char *wm_plan_year_get_end_month      (WmPlanYear  *self);
guint       wm_plan_year_get_n_months       (WmPlanYear  *self);
const char *wm_plan_year_get_framework_id   (WmPlanYear  *self);
const char *wm_plan_year_get_month          (WmPlanYear  *self,
                                             guint        index);
gboolean    wm_plan_year_has_month          (WmPlanYear  *self,
                                             const char  *month);
gboolean    wm_plan_year_has_date           (WmPlanYear  *self,
                                             const GDate *date);

G_END_DECLS
