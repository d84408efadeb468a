/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-plan-session.h"

G_BEGIN_DECLS

#define WM_TYPE_PLAN_MONTH (wm_plan_month_get_type ())
G_DECLARE_FINAL_TYPE (WmPlanMonth, wm_plan_month, WM, PLAN_MONTH, GObject)

WmPlanMonth   *wm_plan_month_new          (gint64         year_id,
                                           const char    *month,
                                           gboolean       skipped,
                                           WmPlanSession *session,
                                           GListModel    *sections,
                                           GListModel    *groups,
                                           GListModel    *actions);
gint64         wm_plan_month_get_year_id  (WmPlanMonth   *self);
const char    *wm_plan_month_get_month    (WmPlanMonth   *self);
gboolean       wm_plan_month_is_skipped   (WmPlanMonth   *self);
WmPlanSession *wm_plan_month_get_session  (WmPlanMonth   *self);
GListModel    *wm_plan_month_get_sections (WmPlanMonth   *self);
GListModel    *wm_plan_month_get_groups   (WmPlanMonth   *self);
GListModel    *wm_plan_month_get_actions  (WmPlanMonth   *self);

G_END_DECLS
