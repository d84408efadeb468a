/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-record"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-private.h"

/*
 * What a school records as the year goes: sections ticked done with their notes, the team
 * session's words, where each class or group stands on the habit's five phases, and which
 * actions of the judging plan belong to which month.
 */

static gboolean
check_section (guint    section,
               GError **error)
{
  if (section >= 1 && section <= WM_PLAN_N_SECTIONS)
    return TRUE;
  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
               _("There is no section %u: a session has sections 1 to 4"), section);
  return FALSE;
}

/* The session of @month, for a write on one of its sections. */
static gint64
section_session (WmStore     *store,
                 WmPlanYear  *year,
                 const char  *month,
                 guint        section,
                 GError     **error)
{
  if (!check_section (section, error))
    return 0;
  return wm_plan_require_session (store, year, month, error);
}

/**
 * wm_plan_tick_section:
 * @section: 1 to 4
 * @done_on: (nullable): when it was done, YYYY-MM-DD; %NULL for today (wm_plan_get_today())
 * @notes: (nullable): its notes; %NULL keeps them
 */
gboolean
wm_plan_tick_section (WmStore     *store,
                      gint64       year_id,
                      const char  *month,
                      guint        section,
                      const char  *done_on,
                      const char  *notes,
                      GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  g_autofree char *today = NULL;
  gint64 session_id;
  GDate date;

  if (year == NULL)
    return FALSE;
  if (done_on == NULL)
    {
      if (!wm_plan_get_today (&date, error))
        goto failed;
      done_on = today = wm_plan_date_string (&date);
    }
  if (!(session_id = section_session (store, year, month, section, error)) ||
      !wm_plan_check_date (done_on, &date, error) ||
      !wm_store_run (store,
                     "UPDATE plan_sections SET done_on = ?3, notes = coalesce (?4, notes) "
                     "WHERE session_id = ?1 AND section = ?2", error,
                     4, 'i', (int) session_id, 'i', (int) section, 's', done_on, 's', notes))
    goto failed;
  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}

/* The section is not done after all; its notes stay, and it falls due from the session's
 * dates as they are now. */
gboolean
wm_plan_untick_section (WmStore     *store,
                        gint64       year_id,
                        const char  *month,
                        guint        section,
                        GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  g_autoptr(WmPlanSession) session = NULL;
  GDate online, team;
  gint64 session_id;

  if (year == NULL)
    return FALSE;
  if (!(session_id = section_session (store, year, month, section, error)) ||
      !(session = wm_plan_get_session (store, session_id, error)))
    goto failed;
  if (!wm_plan_check_date (wm_plan_session_get_online_on (session), &online, error) ||
      !wm_plan_check_date (wm_plan_session_get_team_on (session), &team, error) ||
      !wm_store_run (store,
                     "UPDATE plan_sections SET done_on = NULL WHERE session_id = ?1 AND section = ?2",
                     error, 2, 'i', (int) session_id, 'i', (int) section) ||
      !wm_plan_reschedule (store, session_id, &online, &team, error))
    goto failed;
  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}

gboolean
wm_plan_set_section_notes (WmStore     *store,
                           gint64       year_id,
                           const char  *month,
                           guint        section,
                           const char  *notes,
                           GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  gint64 session_id;

  g_return_val_if_fail (notes != NULL, FALSE);

  if (year == NULL)
    return FALSE;
  if (!(session_id = section_session (store, year, month, section, error)) ||
      !wm_store_run (store,
                     "UPDATE plan_sections SET notes = ?3 WHERE session_id = ?1 AND section = ?2",
                     error, 3, 'i', (int) session_id, 'i', (int) section, 's', notes))
    {
      wm_store_rollback (store);
      return FALSE;
    }
  return wm_plan_commit (store, year, error);
}

/* Sets one of the team session's texts: attendees, enquiry question, notes, experiments
 * agreed, impact indicators. */
gboolean
wm_plan_set_team_field (WmStore          *store,
                        gint64            year_id,
                        const char       *month,
                        WmPlanTeamField   field,
                        const char       *text,
                        GError          **error)
{
  /* A column cannot be a parameter: one statement per field. */
  static const char * const updates[] = {
    [WM_PLAN_TEAM_ATTENDEES] = "UPDATE plan_team_sessions SET attendees = ?2 WHERE session_id = ?1",
    [WM_PLAN_TEAM_ENQUIRY] = "UPDATE plan_team_sessions SET enquiry = ?2 WHERE session_id = ?1",
    [WM_PLAN_TEAM_NOTES] = "UPDATE plan_team_sessions SET notes = ?2 WHERE session_id = ?1",
    [WM_PLAN_TEAM_EXPERIMENTS] = "UPDATE plan_team_sessions SET experiments = ?2 WHERE session_id = ?1",
    [WM_PLAN_TEAM_INDICATORS] = "UPDATE plan_team_sessions SET indicators = ?2 WHERE session_id = ?1",
  };
  g_autoptr(WmPlanYear) year = NULL;
  gint64 session_id;

  g_return_val_if_fail ((guint) field < G_N_ELEMENTS (updates), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!(year = wm_plan_begin (store, year_id, error)))
    return FALSE;
  if (!(session_id = wm_plan_require_session (store, year, month, error)) ||
      !wm_store_run (store, updates[field], error, 2, 'i', (int) session_id, 's', text))
    {
      wm_store_rollback (store);
      return FALSE;
    }
  return wm_plan_commit (store, year, error);
}

/**
 * wm_plan_set_phase_counts:
 * @group: the class or group ("Year 3 Oak")
 * @counts: (array fixed-size=5): how many of its pupils are at phases 1 to 5
 * @counted_on: (nullable): YYYY-MM-DD; %NULL for today (wm_plan_get_today())
 *
 * Records where a group's pupils stand on the habit of @month's session, replacing what was
 * recorded for that group there before.
 */
gboolean
wm_plan_set_phase_counts (WmStore     *store,
                          gint64       year_id,
                          const char  *month,
                          const char  *group,
                          const guint *counts,
                          const char  *counted_on,
                          GError     **error)
{
  g_autoptr(WmPlanYear) year = NULL;
  g_autofree char *name = g_strstrip (g_strdup (group ? group : ""));
  g_autofree char *today = NULL;
  gint64 session_id;
  guint64 total = 0;
  GDate date;

  g_return_val_if_fail (counts != NULL, FALSE);

  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    total += counts[i];
  if (*name == '\0')
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Phase counts need the name of a class or group"));
      return FALSE;
    }
  if (total == 0 || total > G_MAXINT)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The phase counts of %s add up to no pupils"), name);
      return FALSE;
    }

  if (!(year = wm_plan_begin (store, year_id, error)))
    return FALSE;
  if (counted_on == NULL)
    {
      if (!wm_plan_get_today (&date, error))
        goto failed;
      counted_on = today = wm_plan_date_string (&date);
    }
  if (!(session_id = wm_plan_require_session (store, year, month, error)) ||
      !wm_plan_check_date (counted_on, &date, error) ||
      !wm_store_run (store, "DELETE FROM plan_phase_counts WHERE session_id = ?1 AND group_name = ?2",
                     error, 2, 'i', (int) session_id, 's', name))
    goto failed;
  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    if (!wm_store_run (store,
                       "INSERT INTO plan_phase_counts (session_id, group_name, phase, pupils, counted_on) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)", error,
                       5, 'i', (int) session_id, 's', name, 'i', (int) i + 1, 'i', (int) counts[i],
                       's', counted_on))
      goto failed;
  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}

gboolean
wm_plan_remove_phase_counts (WmStore     *store,
                             gint64       year_id,
                             const char  *month,
                             const char  *group,
                             GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  gint64 session_id;

  if (year == NULL)
    return FALSE;
  if (!(session_id = wm_plan_require_session (store, year, month, error)) ||
      !wm_store_run (store, "DELETE FROM plan_phase_counts WHERE session_id = ?1 AND group_name = ?2",
                     error, 2, 'i', (int) session_id, 's', group))
    goto failed;
  if (sqlite3_changes (wm_store_get_db (store)) == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No phase counts for %s in %s"), group, month);
      goto failed;
    }
  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}

/* The year holding @month, if any. */
static WmPlanYear *
year_of_month (WmStore     *store,
               const char  *month,
               GError     **error)
{
  g_autoptr(GListModel) years = wm_plan_list_years (store, error);

  if (years == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (years); i++)
    {
      g_autoptr(WmPlanYear) year = g_list_model_get_item (years, i);

      if (wm_plan_year_has_month (year, month))
        return g_steal_pointer (&year);
    }
  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
               _("No plan year holds the month “%s”"), month);
  return NULL;
}

static gboolean
set_action_month (WmStore     *store,
                  gint64       action_id,
                  const char  *month,
                  GError     **error)
{
  g_autoptr(WmPlanYear) year = NULL;
  g_autofree char *was = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!wm_store_begin (store, error))
    return FALSE;

  stmt = wm_store_prepare (store, "SELECT plan_month FROM actions WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, action_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    was = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No action %lld in %s"), (long long) action_id, wm_store_get_path (store));
  else if (rc != SQLITE_ROW)
    wm_store_set_error (store, rc, error, _("Could not read the action"));
  if (rc != SQLITE_ROW)
    goto failed;

  if (g_strcmp0 (was, month) == 0)
    return wm_plan_unchanged (store);

  /* Said as the plan year of the month it goes to, or comes from (which a year since
   * removed may have held). */
  if (month != NULL)
    {
      if (!(year = year_of_month (store, month, error)))
        goto failed;
    }
  else
    {
      g_autoptr(GError) local_error = NULL;

      year = year_of_month (store, was, &local_error);
      if (year == NULL && !g_error_matches (local_error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto failed;
        }
    }
  if (!wm_store_run (store, "UPDATE actions SET plan_month = ?2 WHERE id = ?1", error,
                     2, 'i', (int) action_id, 's', month))
    goto failed;

  if (year != NULL)
    return wm_plan_commit (store, year, error);
  if (!wm_store_commit (store, error))
    return FALSE;
  wm_store_emit_changed (store, "plan", NULL);
  return TRUE;

failed:
  wm_store_rollback (store);
  return FALSE;
}

/**
 * wm_plan_place_action:
 * @month: YYYY-MM, a month of one of the plan's years
 *
 * Places an action of the judging plan in a month of the year plan, where the month view
 * shows it. An action sits in one month at most.
 */
gboolean
wm_plan_place_action (WmStore     *store,
                      gint64       action_id,
                      const char  *month,
                      GError     **error)
{
  guint y, m;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  if (!wm_plan_parse_month (month, &y, &m))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("“%s” is not a month (write it as YYYY-MM)"), month ? month : "");
      return FALSE;
    }
  return set_action_month (store, action_id, month, error);
}

/* The action belongs to no month of the plan any more. */
gboolean
wm_plan_unplace_action (WmStore  *store,
                        gint64    action_id,
                        GError  **error)
{
  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  return set_action_month (store, action_id, NULL, error);
}
