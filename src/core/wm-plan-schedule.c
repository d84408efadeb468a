/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-schedule"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-private.h"

/*
 * Which habit in which month. A session that moves to another month keeps its sections'
 * ticks and notes, its phase counts and its team session's notes; its online session goes to
 * the first Tuesday of the new month, its team session a week later (at the same time), and
 * the sections not yet done fall due again from those dates.
 *
 * Due dates: sections 1 to 3 are worked through in the online session and the days after it,
 * so they fall due the day before the team session (or on the online day itself, when the
 * team meets that day); section 4 is the team session, due the day it meets.
 */

static void
sections_due (const GDate *online_on,
              const GDate *team_on,
              GDate       *due)
{
  *due = *team_on;
  g_date_subtract_days (due, 1);
  if (g_date_compare (due, online_on) < 0)
    *due = *online_on;
}

/* Moves a session to new dates; the due dates of its sections not yet done follow. */
gboolean
wm_plan_reschedule (WmStore      *store,
                    gint64        session_id,
                    const GDate  *online_on,
                    const GDate  *team_on,
                    GError      **error)
{
  g_autofree char *online = wm_plan_date_string (online_on);
  g_autofree char *team = wm_plan_date_string (team_on);
  g_autofree char *due = NULL;
  GDate due_date;

  sections_due (online_on, team_on, &due_date);
  due = wm_plan_date_string (&due_date);

  return wm_store_run (store, "UPDATE plan_sessions SET online_on = ?2 WHERE id = ?1", error,
                       2, 'i', (int) session_id, 's', online) &&
         wm_store_run (store, "UPDATE plan_team_sessions SET meets_on = ?2 WHERE session_id = ?1",
                       error, 2, 'i', (int) session_id, 's', team) &&
         wm_store_run (store,
                       "UPDATE plan_sections SET due_on = CASE section WHEN 4 THEN ?2 ELSE ?3 END "
                       "WHERE session_id = ?1 AND done_on IS NULL", error,
                       3, 'i', (int) session_id, 's', team, 's', due);
}

/* Puts a session in @month (free, not skipped) at the default dates. */
gboolean
wm_plan_place_session (WmStore     *store,
                       gint64       session_id,
                       const char  *month,
                       GError     **error)
{
  GDate online_on, team_on;

  wm_plan_first_tuesday (month, &online_on);
  team_on = online_on;
  g_date_add_days (&team_on, WM_PLAN_TEAM_DAYS_AFTER);

  return wm_store_run (store, "UPDATE plan_sessions SET month = ?2 WHERE id = ?1", error,
                       2, 'i', (int) session_id, 's', month) &&
         wm_plan_reschedule (store, session_id, &online_on, &team_on, error);
}

/* Swaps the sessions of two months (either may be empty) of one year. */
static gboolean
swap (WmStore     *store,
      WmPlanYear  *year,
      const char  *month_a,
      const char  *month_b,
      GError     **error)
{
  gint64 year_id = wm_plan_year_get_id (year);
  gint64 a = 0, b = 0;

  if (!wm_plan_find_session (store, year_id, month_a, &a, error) ||
      !wm_plan_find_session (store, year_id, month_b, &b, error))
    return FALSE;

  /* A month holds one session: park one aside while the other moves. */
  if (a != 0 && !wm_store_run (store, "UPDATE plan_sessions SET month = '' WHERE id = ?1",
                               error, 1, 'i', (int) a))
    return FALSE;
  return (b == 0 || wm_plan_place_session (store, b, month_a, error)) &&
         (a == 0 || wm_plan_place_session (store, a, month_b, error));
}

static gboolean
count_sessions (WmStore     *store,
                gint64       year_id,
                guint       *n,
                GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT count (*) FROM plan_sessions WHERE year_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, year_id);
  rc = sqlite3_step (stmt);
  *n = rc == SQLITE_ROW ? (guint) sqlite3_column_int (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the plan’s sessions"));
  return TRUE;
}

/* A new session of @habit_id in @month (free, not skipped): its four sections and its team
 * session at the default dates and times. The tenth habit of a year is refused. */
gint64
wm_plan_insert_session (WmStore     *store,
                        WmPlanYear  *year,
                        const char  *habit_id,
                        const char  *month,
                        GError     **error)
{
  g_autofree char *online = NULL;
  g_autofree char *team = NULL;
  g_autofree char *due = NULL;
  GDate online_on, team_on, due_on;
  gint64 id;
  guint n = 0;

  if (!count_sessions (store, wm_plan_year_get_id (year), &n, error))
    return 0;
  if (n >= WM_PLAN_MAX_SESSIONS)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Plan year %s already holds nine habit sessions, the whole programme: "
                     "remove one before adding %s"), wm_plan_year_get_name (year), habit_id);
      return 0;
    }

  wm_plan_first_tuesday (month, &online_on);
  team_on = online_on;
  g_date_add_days (&team_on, WM_PLAN_TEAM_DAYS_AFTER);
  sections_due (&online_on, &team_on, &due_on);
  online = wm_plan_date_string (&online_on);
  team = wm_plan_date_string (&team_on);
  due = wm_plan_date_string (&due_on);

  if (!wm_store_run (store,
                     "INSERT INTO plan_sessions (year_id, framework_id, habit_id, month, online_on) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)", error,
                     5, 'i', (int) wm_plan_year_get_id (year),
                     's', wm_plan_year_get_framework_id (year), 's', habit_id, 's', month,
                     's', online))
    return 0;
  id = sqlite3_last_insert_rowid (wm_store_get_db (store));

  if (!wm_store_run (store,
                     "INSERT INTO plan_team_sessions (session_id, meets_on, starts_at, minutes) "
                     "VALUES (?1, ?2, ?3, ?4)", error,
                     4, 'i', (int) id, 's', team, 's', WM_PLAN_TEAM_STARTS_AT,
                     'i', WM_PLAN_TEAM_MINUTES))
    return 0;
  for (guint section = 1; section <= WM_PLAN_N_SECTIONS; section++)
    if (!wm_store_run (store,
                       "INSERT INTO plan_sections (session_id, section, minutes, due_on) "
                       "VALUES (?1, ?2, ?3, ?4)", error,
                       4, 'i', (int) id, 'i', (int) section,
                       'i', (int) wm_plan_section_default_minutes (section),
                       's', section == WM_PLAN_N_SECTIONS ? team : due))
      return 0;
  return id;
}

/* Whether anything has been recorded in a session: ticks, notes, counts, the team's words. */
static gboolean
has_work (WmStore   *store,
          gint64     session_id,
          gboolean  *work,
          GError   **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT EXISTS (SELECT 1 FROM plan_sections WHERE session_id = ?1"
    "               AND (done_on IS NOT NULL OR notes != '')) "
    "    OR EXISTS (SELECT 1 FROM plan_phase_counts WHERE session_id = ?1) "
    "    OR EXISTS (SELECT 1 FROM plan_team_sessions WHERE session_id = ?1"
    "               AND attendees || enquiry || notes || experiments || indicators != '')", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  *work = rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the plan’s sessions"));
  return TRUE;
}

/**
 * wm_plan_set_habit:
 * @month: YYYY-MM, a month of the year that is not skipped
 * @habit_id: the habit's id or title in the year's library
 *
 * Puts a habit in a month. A habit already planned in another month changes places with
 * whatever @month held (a swap: nothing leaves the plan). A habit not yet planned takes the
 * place of the habit @month held, which leaves the plan; that is refused when the habit
 * leaving has anything recorded (move it, or remove it, first). The tenth habit of a year is
 * refused.
 */
gboolean
wm_plan_set_habit (WmStore     *store,
                   gint64       year_id,
                   const char  *month,
                   const char  *habit_id,
                   GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  g_autofree char *habit = NULL;
  g_autofree char *from = NULL;
  gint64 current = 0, planned = 0;
  gboolean work = FALSE;

  if (year == NULL)
    return FALSE;
  if (!wm_plan_check_not_skipped (store, year, month, error) ||
      !(habit = wm_plan_resolve_habit (store, year, habit_id, error)) ||
      !wm_plan_find_session (store, year_id, month, &current, error) ||
      !wm_plan_find_habit (store, year_id, habit, &planned, &from, error))
    goto failed;

  if (planned != 0 && planned == current)
    return wm_plan_unchanged (store);

  if (planned != 0)
    {
      if (!swap (store, year, from, month, error))
        goto failed;
    }
  else
    {
      if (current != 0)
        {
          g_autoptr(WmPlanSession) leaving = wm_plan_get_session (store, current, error);

          if (leaving == NULL || !has_work (store, current, &work, error))
            goto failed;
          if (work)
            {
              g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                           _("%s in %s has work recorded (sections done, notes or phase counts): "
                             "move it to another month, or remove it from the plan, first"),
                           wm_plan_session_get_habit_title (leaving), month);
              goto failed;
            }
          if (!wm_store_run (store, "DELETE FROM plan_sessions WHERE id = ?1", error,
                             1, 'i', (int) current))
            goto failed;
        }
      if (wm_plan_insert_session (store, year, habit, month, error) == 0)
        goto failed;
    }

  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}

/**
 * wm_plan_move_habit:
 * @habit_id: a habit planned in the year, by id or title
 * @month: where it goes; a habit already there changes places with it
 */
gboolean
wm_plan_move_habit (WmStore     *store,
                    gint64       year_id,
                    const char  *habit_id,
                    const char  *month,
                    GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  g_autofree char *habit = NULL;
  g_autofree char *from = NULL;
  gint64 planned = 0;

  if (year == NULL)
    return FALSE;
  if (!(habit = wm_plan_resolve_habit (store, year, habit_id, error)) ||
      !wm_plan_find_habit (store, year_id, habit, &planned, &from, error))
    goto failed;
  if (planned == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("%s is not in plan year %s: set it in a month first"), habit,
                   wm_plan_year_get_name (year));
      goto failed;
    }
  if (!wm_plan_check_not_skipped (store, year, month, error))
    goto failed;
  if (g_str_equal (from, month))
    return wm_plan_unchanged (store);
  if (!swap (store, year, from, month, error))
    goto failed;
  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}

/**
 * wm_plan_swap_months:
 *
 * Swaps the habits of two months (either may be empty): what dragging a month onto another
 * does. Neither month may be skipped.
 */
gboolean
wm_plan_swap_months (WmStore     *store,
                     gint64       year_id,
                     const char  *month_a,
                     const char  *month_b,
                     GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);

  if (year == NULL)
    return FALSE;
  if (!wm_plan_check_not_skipped (store, year, month_a, error) ||
      !wm_plan_check_not_skipped (store, year, month_b, error))
    goto failed;
  if (g_str_equal (month_a, month_b))
    return wm_plan_unchanged (store);
  if (!swap (store, year, month_a, month_b, error))
    goto failed;
  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}

/**
 * wm_plan_remove_habit:
 *
 * Takes a habit out of the plan with everything recorded in its session (the UI asks first).
 */
gboolean
wm_plan_remove_habit (WmStore     *store,
                      gint64       year_id,
                      const char  *habit_id,
                      GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  g_autofree char *habit = NULL;
  gint64 planned = 0;

  if (year == NULL)
    return FALSE;
  if (!(habit = wm_plan_resolve_habit (store, year, habit_id, error)) ||
      !wm_plan_find_habit (store, year_id, habit, &planned, NULL, error))
    goto failed;
  if (planned == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("%s is not in plan year %s"), habit, wm_plan_year_get_name (year));
      goto failed;
    }
  if (!wm_store_run (store, "DELETE FROM plan_sessions WHERE id = ?1", error, 1, 'i', (int) planned))
    goto failed;
  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}
