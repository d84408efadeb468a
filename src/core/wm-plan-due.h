/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  WM_PLAN_DUE_SECTION,   /* one of sections 1 to 3, not done yet */
  WM_PLAN_DUE_TEAM,      /* section 4: the Professional Learning Team session */
} WmPlanDueKind;

#define WM_TYPE_PLAN_DUE (wm_plan_due_get_type ())
G_DECLARE_FINAL_TYPE (WmPlanDue, wm_plan_due, WM, PLAN_DUE, GObject)

WmPlanDue    *wm_plan_due_new             (WmPlanDueKind  kind,
                                           const char    *title,
                                           const char    *due_on,
                                           gboolean       overdue,
                                           const char    *month,
                                           const char    *habit_id,
                                           guint          section);
WmPlanDueKind wm_plan_due_get_kind        (WmPlanDue     *self);
const char   *wm_plan_due_get_title       (WmPlanDue     *self);
const char   *wm_plan_due_get_due_on      (WmPlanDue     *self);
gboolean      wm_plan_due_is_overdue      (WmPlanDue     *self);
const char   *wm_plan_due_get_month       (WmPlanDue     *self);
const char   *wm_plan_due_get_habit_id    (WmPlanDue     *self);
guint         wm_plan_due_get_section     (WmPlanDue     *self);

G_END_DECLS
