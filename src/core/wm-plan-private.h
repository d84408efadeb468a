/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the files of the year plan share: months and dates, and steps that run inside a
 * write's transaction. */

#include "wm-plan.h"
#include "wm-store-private.h"

G_BEGIN_DECLS

/* The columns wm_plan_session_new_from_stmt() reads, in its order. */
#define WM_PLAN_SESSION_SELECT \
  "SELECT s.id, s.year_id, s.framework_id, s.habit_id, e.title, s.month, s.online_on, " \
  "  coalesce (t.meets_on, s.online_on), coalesce (t.starts_at, '15:45'), coalesce (t.minutes, 75), " \
  "  t.attendees, t.enquiry, t.notes, t.experiments, t.indicators, " \
  "  (SELECT count (*) FROM plan_sections x WHERE x.session_id = s.id AND x.done_on IS NOT NULL) " \
  "FROM plan_sessions s " \
  "JOIN elements e ON e.framework_id = s.framework_id AND e.id = s.habit_id " \
  "LEFT JOIN plan_team_sessions t ON t.session_id = s.id "

/* The columns wm_plan_section_new_from_stmt() reads, in its order. */
#define WM_PLAN_SECTION_SELECT \
  "SELECT session_id, section, minutes, due_on, done_on, notes FROM plan_sections "

WmPlanSession *wm_plan_session_new_from_stmt (sqlite3_stmt  *stmt);
WmPlanSection *wm_plan_section_new_from_stmt (sqlite3_stmt  *stmt);

/* Months and dates (wm-plan-months.c). */
gboolean       wm_plan_parse_month       (const char    *text,
                                          guint         *year,
                                          guint         *month);
char          *wm_plan_month_add         (const char    *month,
                                          int            n);
void           wm_plan_first_tuesday     (const char    *month,
                                          GDate         *date);
char          *wm_plan_date_string       (const GDate   *date);
gboolean       wm_plan_check_date        (const char    *text,
                                          GDate         *date,
                                          GError       **error);
char          *wm_plan_now_stamp         (void);

/* Inserts a year inside the caller's transaction (wm-plan.c). */
gint64         wm_plan_insert_year       (WmStore       *store,
                                          const char    *name,
                                          const char    *start_month,
                                          guint          n_months,
                                          const char    *framework_id,
                                          GError       **error);

/* Steps of a write, inside its transaction (wm-plan-lookup.c). */
gboolean       wm_plan_check_month       (WmPlanYear    *year,
                                          const char    *month,
                                          GError       **error);
gboolean       wm_plan_is_skipped        (WmStore       *store,
                                          gint64         year_id,
                                          const char    *month,
                                          gboolean      *skipped,
                                          GError       **error);
gboolean       wm_plan_check_not_skipped (WmStore       *store,
                                          WmPlanYear    *year,
                                          const char    *month,
                                          GError       **error);
gboolean       wm_plan_find_session      (WmStore       *store,
                                          gint64         year_id,
                                          const char    *month,
                                          gint64        *session_id,
                                          GError       **error);
gint64         wm_plan_require_session   (WmStore       *store,
                                          WmPlanYear    *year,
                                          const char    *month,
                                          GError       **error);
gboolean       wm_plan_find_habit        (WmStore       *store,
                                          gint64         year_id,
                                          const char    *habit_id,
                                          gint64        *session_id,
                                          char         **month,
                                          GError       **error);
WmPlanSession *wm_plan_get_session       (WmStore       *store,
                                          gint64         session_id,
                                          GError       **error);
WmPlanYear    *wm_plan_begin             (WmStore       *store,
                                          gint64         year_id,
                                          GError       **error);
gboolean       wm_plan_unchanged         (WmStore       *store);
gboolean       wm_plan_commit            (WmStore       *store,
                                          WmPlanYear    *year,
                                          GError       **error);

/* Scheduling steps (wm-plan-schedule.c). */
gint64         wm_plan_insert_session    (WmStore       *store,
                                          WmPlanYear    *year,
                                          const char    *habit_id,
                                          const char    *month,
                                          GError       **error);
gboolean       wm_plan_place_session     (WmStore       *store,
                                          gint64         session_id,
                                          const char    *month,
                                          GError       **error);
gboolean       wm_plan_reschedule        (WmStore       *store,
                                          gint64         session_id,
                                          const GDate   *online_on,
                                          const GDate   *team_on,
                                          GError       **error);

G_END_DECLS
