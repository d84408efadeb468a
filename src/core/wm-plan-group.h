/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A habit develops through five phases. */
#define WM_PLAN_N_PHASES 5

#define WM_TYPE_PLAN_GROUP (wm_plan_group_get_type ())
G_DECLARE_FINAL_TYPE (WmPlanGroup, wm_plan_group, WM, PLAN_GROUP, GObject)

WmPlanGroup *wm_plan_group_new            (const char   *name,
                                           const guint  *counts,
                                           const char   *counted_on);
const char  *wm_plan_group_get_name       (WmPlanGroup  *self);
guint        wm_plan_group_get_count      (WmPlanGroup  *self,
                                           guint         phase);
guint        wm_plan_group_get_total      (WmPlanGroup  *self);
double       wm_plan_group_get_mean       (WmPlanGroup  *self);
const char  *wm_plan_group_get_counted_on (WmPlanGroup  *self);

G_END_DECLS
