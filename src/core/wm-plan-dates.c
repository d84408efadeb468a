/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-dates"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-private.h"

/*
 * When things happen: a session's online day and its team session's day and time, and the
 * year's Review and Renew day. An online session stays in its own month; a team session stays
 * within the year, on or after its online session.
 */

static gboolean
parse_stored (const char *text,
              GDate      *date)
{
  return wm_plan_check_date (text, date, NULL);
}

/* Checks that the team of @session may meet on @team_on. */
static gboolean
check_team_day (WmPlanYear     *year,
                WmPlanSession  *session,
                const GDate    *online_on,
                const GDate    *team_on,
                GError        **error)
{
  g_autofree char *team = wm_plan_date_string (team_on);

  if (!wm_plan_year_has_date (year, team_on))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The team session of %s would be on %s, outside plan year %s (%s to %s)"),
                   wm_plan_session_get_habit_title (session), team, wm_plan_year_get_name (year),
                   wm_plan_year_get_start_month (year), wm_plan_year_get_end_month (year));
      return FALSE;
    }
  if (g_date_compare (team_on, online_on) < 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The team session of %s would be on %s, before its online session on %s"),
                   wm_plan_session_get_habit_title (session), team,
                   wm_plan_session_get_online_on (session));
      return FALSE;
    }
  return TRUE;
}

/**
 * wm_plan_set_online_date:
 * @online_on: YYYY-MM-DD, in @month
 *
 * Moves a session's online day within its month. The team session moves by as many days,
 * keeping the gap the school chose; the sections not done yet fall due again.
 */
gboolean
wm_plan_set_online_date (WmStore     *store,
                         gint64       year_id,
                         const char  *month,
                         const char  *online_on,
                         GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  g_autoptr(WmPlanSession) session = NULL;
  GDate online, old_online, team;
  gint64 session_id;
  int gap;

  if (year == NULL)
    return FALSE;
  if (!(session_id = wm_plan_require_session (store, year, month, error)) ||
      !(session = wm_plan_get_session (store, session_id, error)) ||
      !wm_plan_check_date (online_on, &online, error))
    goto failed;
  if (strncmp (online_on, month, 7) != 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The online session of %s belongs in %s, not on %s (move the habit to "
                     "another month instead)"),
                   wm_plan_session_get_habit_title (session), month, online_on);
      goto failed;
    }

  parse_stored (wm_plan_session_get_online_on (session), &old_online);
  parse_stored (wm_plan_session_get_team_on (session), &team);
  gap = g_date_days_between (&old_online, &team);
  team = online;
  g_date_add_days (&team, (guint) MAX (gap, 0));

  if (!check_team_day (year, session, &online, &team, error) ||
      !wm_plan_reschedule (store, session_id, &online, &team, error))
    goto failed;
  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}

static gboolean
check_time (const char  *text,
            GError     **error)
{
  if (text != NULL && strlen (text) == 5 && text[2] == ':' &&
      g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
      g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4]) &&
      (text[0] - '0') * 10 + (text[1] - '0') < 24 && text[3] < '6')
    return TRUE;
  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
               _("“%s” is not a time of day (write it as HH:MM, such as 15:45)"), text ? text : "");
  return FALSE;
}

/**
 * wm_plan_set_team_time:
 * @meets_on: (nullable): the team session's day, YYYY-MM-DD; %NULL keeps it
 * @starts_at: (nullable): its start, HH:MM; %NULL keeps it
 * @minutes: how long it lasts; 0 keeps it
 *
 * The team session's day stays within the year, on or after the online session; the
 * sections not done yet fall due again from it.
 */
gboolean
wm_plan_set_team_time (WmStore     *store,
                       gint64       year_id,
                       const char  *month,
                       const char  *meets_on,
                       const char  *starts_at,
                       guint        minutes,
                       GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  g_autoptr(WmPlanSession) session = NULL;
  gint64 session_id;
  GDate online, team;

  if (year == NULL)
    return FALSE;
  if (!(session_id = wm_plan_require_session (store, year, month, error)) ||
      !(session = wm_plan_get_session (store, session_id, error)))
    goto failed;

  if (meets_on != NULL)
    {
      parse_stored (wm_plan_session_get_online_on (session), &online);
      if (!wm_plan_check_date (meets_on, &team, error) ||
          !check_team_day (year, session, &online, &team, error) ||
          !wm_plan_reschedule (store, session_id, &online, &team, error))
        goto failed;
    }
  if (starts_at != NULL &&
      (!check_time (starts_at, error) ||
       !wm_store_run (store, "UPDATE plan_team_sessions SET starts_at = ?2 WHERE session_id = ?1",
                      error, 2, 'i', (int) session_id, 's', starts_at)))
    goto failed;
  if (minutes > 0 &&
      !wm_store_run (store, "UPDATE plan_team_sessions SET minutes = ?2 WHERE session_id = ?1",
                     error, 2, 'i', (int) session_id, 'i', (int) MIN (minutes, 24 * 60)))
    goto failed;
  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}

/**
 * wm_plan_set_review_day:
 * @held_on: YYYY-MM-DD
 * @senior_notes: (nullable): the morning with senior leaders; %NULL keeps what is there
 * @leaders_notes: (nullable): the afternoon with the team leaders; %NULL keeps it
 * @staff_notes: (nullable): the twilight session for all staff; %NULL keeps it
 *
 * Sets the year's optional Review and Renew day. It may fall outside the year: it often
 * comes just before it.
 */
gboolean
wm_plan_set_review_day (WmStore     *store,
                        gint64       year_id,
                        const char  *held_on,
                        const char  *senior_notes,
                        const char  *leaders_notes,
                        const char  *staff_notes,
                        GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  GDate date;

  if (year == NULL)
    return FALSE;
  if (!wm_plan_check_date (held_on, &date, error) ||
      !wm_store_run (store,
                     "INSERT INTO plan_review_days (year_id, held_on, senior_notes, leaders_notes,"
                     "                              staff_notes) "
                     "VALUES (?1, ?2, coalesce (?3, ''), coalesce (?4, ''), coalesce (?5, '')) "
                     "ON CONFLICT (year_id) DO UPDATE SET held_on = excluded.held_on, "
                     "  senior_notes = coalesce (?3, senior_notes), "
                     "  leaders_notes = coalesce (?4, leaders_notes), "
                     "  staff_notes = coalesce (?5, staff_notes)", error,
                     5, 'i', (int) year_id, 's', held_on, 's', senior_notes, 's', leaders_notes,
                     's', staff_notes))
    {
      wm_store_rollback (store);
      return FALSE;
    }
  return wm_plan_commit (store, year, error);
}

/* The year has no Review and Renew day any more, nor its notes. */
gboolean
wm_plan_clear_review_day (WmStore     *store,
                          gint64       year_id,
                          GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);

  if (year == NULL)
    return FALSE;
  if (!wm_store_run (store, "DELETE FROM plan_review_days WHERE year_id = ?1", error,
                     1, 'i', (int) year_id))
    {
      wm_store_rollback (store);
      return FALSE;
    }
  if (sqlite3_changes (wm_store_get_db (store)) == 0)
    return wm_plan_unchanged (store);
  return wm_plan_commit (store, year, error);
}

/**
 * wm_plan_get_review_day:
 * @held_on: (out) (nullable): its date, or %NULL when the year has none
 *
 * The notes are "" when the year has no review day.
 */
gboolean
wm_plan_get_review_day (WmStore     *store,
                        gint64       year_id,
                        char       **held_on,
                        char       **senior_notes,
                        char       **leaders_notes,
                        char       **staff_notes,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean found;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  stmt = wm_store_prepare (store,
    "SELECT held_on, senior_notes, leaders_notes, staff_notes FROM plan_review_days "
    "WHERE year_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, year_id);
  rc = sqlite3_step (stmt);
  found = rc == SQLITE_ROW;
  if (held_on != NULL)
    *held_on = found ? g_strdup (wm_column_text (stmt, 0)) : NULL;
  if (senior_notes != NULL)
    *senior_notes = g_strdup (found ? wm_column_text (stmt, 1) : "");
  if (leaders_notes != NULL)
    *leaders_notes = g_strdup (found ? wm_column_text (stmt, 2) : "");
  if (staff_notes != NULL)
    *staff_notes = g_strdup (found ? wm_column_text (stmt, 3) : "");
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the Review and Renew day"));
  return TRUE;
}
