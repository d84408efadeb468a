/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-plan-due.h"
#include "wm-plan-group.h"
#include "wm-plan-month.h"
#include "wm-plan-section.h"
#include "wm-plan-session.h"
#include "wm-plan-year.h"
#include "wm-radar.h"
#include "wm-store.h"

G_BEGIN_DECLS

/* The Stepping Stones year plan (docs/planner.md): nine learning-habit sessions a year, one a
 * month, each with four sections and a Professional Learning Team session. Dates are
 * YYYY-MM-DD, months YYYY-MM. Every write is one transaction and emits "changed::plan" once,
 * with the year's habit library as its framework. */

#define WM_PLAN_MAX_SESSIONS      9          /* the programme's nine habits */
#define WM_PLAN_DEFAULT_MONTHS    11         /* September to July */
#define WM_PLAN_DEFAULT_FRAMEWORK "habits"
#define WM_PLAN_TEAM_STARTS_AT    "15:45"
#define WM_PLAN_TEAM_MINUTES      75
#define WM_PLAN_TEAM_DAYS_AFTER   7          /* the team meets a week after the online session */

typedef enum {
  WM_PLAN_TEAM_ATTENDEES,
  WM_PLAN_TEAM_ENQUIRY,       /* the enquiry question */
  WM_PLAN_TEAM_NOTES,
  WM_PLAN_TEAM_EXPERIMENTS,   /* the experiments agreed */
  WM_PLAN_TEAM_INDICATORS,    /* impact indicators to look for */
} WmPlanTeamField;

/* wm-plan.c: the years */
gint64         wm_plan_create_year        (WmStore            *store,
                                           const char         *name,
                                           const char         *start_month,
                                           guint               n_months,
                                           const char         *framework_id,
                                           GError            **error);
WmPlanYear    *wm_plan_get_year           (WmStore            *store,
                                           gint64              year_id,
                                           GError            **error);
WmPlanYear    *wm_plan_get_current_year   (WmStore            *store,
                                           const GDate        *today,
                                           GError            **error);
GListModel    *wm_plan_list_years         (WmStore            *store,
                                           GError            **error);

/* wm-plan-months.c, wm-plan-lookup.c: today, and names as people type them */
gboolean       wm_plan_get_today          (GDate              *today,
                                           GError            **error);
char          *wm_plan_resolve_month      (WmPlanYear         *year,
                                           const char         *name,
                                           GError            **error);
char          *wm_plan_resolve_habit      (WmStore            *store,
                                           WmPlanYear         *year,
                                           const char         *name,
                                           GError            **error);

/* wm-plan-draft.c */
gboolean       wm_plan_create_draft       (WmStore            *store,
                                           const GDate        *today,
                                           GError            **error);

/* wm-plan-schedule.c, wm-plan-skip.c: which habit in which month */
gboolean       wm_plan_set_habit          (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           const char         *habit_id,
                                           GError            **error);
gboolean       wm_plan_move_habit         (WmStore            *store,
                                           gint64              year_id,
                                           const char         *habit_id,
                                           const char         *month,
                                           GError            **error);
gboolean       wm_plan_swap_months        (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month_a,
                                           const char         *month_b,
                                           GError            **error);
gboolean       wm_plan_remove_habit       (WmStore            *store,
                                           gint64              year_id,
                                           const char         *habit_id,
                                           GError            **error);
gboolean       wm_plan_skip_month         (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           GError            **error);
gboolean       wm_plan_unskip_month       (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           GError            **error);

/* wm-plan-dates.c: when */
gboolean       wm_plan_set_online_date    (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           const char         *online_on,
                                           GError            **error);
gboolean       wm_plan_set_team_time      (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           const char         *meets_on,
                                           const char         *starts_at,
                                           guint               minutes,
                                           GError            **error);
gboolean       wm_plan_set_review_day     (WmStore            *store,
                                           gint64              year_id,
                                           const char         *held_on,
                                           const char         *senior_notes,
                                           const char         *leaders_notes,
                                           const char         *staff_notes,
                                           GError            **error);
gboolean       wm_plan_clear_review_day   (WmStore            *store,
                                           gint64              year_id,
                                           GError            **error);
gboolean       wm_plan_get_review_day     (WmStore            *store,
                                           gint64              year_id,
                                           char              **held_on,
                                           char              **senior_notes,
                                           char              **leaders_notes,
                                           char              **staff_notes,
                                           GError            **error);

/* wm-plan-record.c: what was done */
gboolean       wm_plan_tick_section       (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           guint               section,
                                           const char         *done_on,
                                           const char         *notes,
                                           GError            **error);
gboolean       wm_plan_untick_section     (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           guint               section,
                                           GError            **error);
gboolean       wm_plan_set_section_notes  (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           guint               section,
                                           const char         *notes,
                                           GError            **error);
gboolean       wm_plan_set_team_field     (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           WmPlanTeamField     field,
                                           const char         *text,
                                           GError            **error);
gboolean       wm_plan_set_phase_counts   (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           const char         *group,
                                           const guint        *counts,
                                           const char         *counted_on,
                                           GError            **error);
gboolean       wm_plan_remove_phase_counts (WmStore           *store,
                                           gint64              year_id,
                                           const char         *month,
                                           const char         *group,
                                           GError            **error);
gboolean       wm_plan_place_action       (WmStore            *store,
                                           gint64              action_id,
                                           const char         *month,
                                           GError            **error);
gboolean       wm_plan_unplace_action     (WmStore            *store,
                                           gint64              action_id,
                                           GError            **error);

/* wm-plan-query.c: what the views show */
WmPlanMonth   *wm_plan_get_month          (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           GError            **error);
GListModel    *wm_plan_list_months        (WmStore            *store,
                                           gint64              year_id,
                                           GError            **error);
GListModel    *wm_plan_list_sessions      (WmStore            *store,
                                           gint64              year_id,
                                           GError            **error);
GListModel    *wm_plan_list_due           (WmStore            *store,
                                           gint64              year_id,
                                           const GDate        *today,
                                           GError            **error);
GListModel    *wm_plan_list_phase_counts  (WmStore            *store,
                                           gint64              year_id,
                                           const char         *month,
                                           GError            **error);

/* wm-plan-phase.c: the pupils' phases on the radar */
gboolean       wm_plan_phase_mean         (WmStore            *store,
                                           gint64              year_id,
                                           const char         *habit_id,
                                           double             *mean,
                                           GError            **error);
WmRadarData   *wm_plan_phase_chart        (WmStore            *store,
                                           gint64              year_id,
                                           GError            **error);

G_END_DECLS
