/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A session has four sections; the fourth is the Professional Learning Team session. */
#define WM_PLAN_N_SECTIONS 4

#define WM_TYPE_PLAN_SESSION (wm_plan_session_get_type ())
G_DECLARE_FINAL_TYPE (WmPlanSession, wm_plan_session, WM, PLAN_SESSION, GObject)

gint64      wm_plan_session_get_id              (WmPlanSession *self);
gint64      wm_plan_session_get_year_id         (WmPlanSession *self);
const char *wm_plan_session_get_framework_id    (WmPlanSession *self);
const char *wm_plan_session_get_habit_id        (WmPlanSession *self);
const char *wm_plan_session_get_habit_title     (WmPlanSession *self);
const char *wm_plan_session_get_month           (WmPlanSession *self);
const char *wm_plan_session_get_online_on       (WmPlanSession *self);
const char *wm_plan_session_get_team_on         (WmPlanSession *self);
const char *wm_plan_session_get_team_starts_at  (WmPlanSession *self);
guint       wm_plan_session_get_team_minutes    (WmPlanSession *self);
const char *wm_plan_session_get_attendees       (WmPlanSession *self);
const char *wm_plan_session_get_enquiry         (WmPlanSession *self);
const char *wm_plan_session_get_team_notes      (WmPlanSession *self);
const char *wm_plan_session_get_experiments     (WmPlanSession *self);
const char *wm_plan_session_get_indicators      (WmPlanSession *self);
guint       wm_plan_session_get_n_done          (WmPlanSession *self);
char       *wm_plan_session_dup_progress        (WmPlanSession *self);

G_END_DECLS
