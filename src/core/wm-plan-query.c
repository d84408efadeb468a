/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-query"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-actions.h"
#include "wm-plan-private.h"

/*
 * What the plan's views show: the whole year month by month, one month in full, and what is
 * due this week or overdue.
 */

/**
 * wm_plan_list_sessions:
 *
 * Returns: (transfer full): a #GListModel of the year's #WmPlanSession, by month
 */
GListModel *
wm_plan_list_sessions (WmStore  *store,
                       gint64    year_id,
                       GError  **error)
{
  g_autoptr(GListStore) sessions = g_list_store_new (WM_TYPE_PLAN_SESSION);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  stmt = wm_store_prepare (store, WM_PLAN_SESSION_SELECT "WHERE s.year_id = ?1 ORDER BY s.month",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, year_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WmPlanSession) session = wm_plan_session_new_from_stmt (stmt);

      g_list_store_append (sessions, session);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the plan’s sessions"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&sessions));
}

/* The months of @year_id that are skipped, as a set of YYYY-MM. */
static GHashTable *
skipped_months (WmStore  *store,
                gint64    year_id,
                GError  **error)
{
  g_autoptr(GHashTable) skipped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = wm_store_prepare (store, "SELECT month FROM plan_skipped_months WHERE year_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, year_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (skipped, g_strdup (wm_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the plan’s skipped months"));
      return NULL;
    }
  return g_steal_pointer (&skipped);
}

/**
 * wm_plan_list_months:
 *
 * The year view: every month of the year, first to last, skipped, empty or holding its
 * session (with its progress). Its months carry no sections, counts or actions: ask
 * wm_plan_get_month() for those.
 *
 * Returns: (transfer full): a #GListModel of #WmPlanMonth
 */
GListModel *
wm_plan_list_months (WmStore  *store,
                     gint64    year_id,
                     GError  **error)
{
  g_autoptr(GListStore) months = g_list_store_new (WM_TYPE_PLAN_MONTH);
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GHashTable) skipped = NULL;
  guint next = 0;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!(year = wm_plan_get_year (store, year_id, error)) ||
      !(sessions = wm_plan_list_sessions (store, year_id, error)) ||
      !(skipped = skipped_months (store, year_id, error)))
    return NULL;

  for (guint i = 0; i < wm_plan_year_get_n_months (year); i++)
    {
      const char *month = wm_plan_year_get_month (year, i);
      g_autoptr(WmPlanSession) session = NULL;
      g_autoptr(WmPlanMonth) item = NULL;

      /* Both are in month order. */
      if (next < g_list_model_get_n_items (sessions))
        {
          session = g_list_model_get_item (sessions, next);
          if (g_str_equal (wm_plan_session_get_month (session), month))
            next++;
          else
            g_clear_object (&session);
        }
      item = wm_plan_month_new (year_id, month, g_hash_table_contains (skipped, month), session,
                                NULL, NULL, NULL);
      g_list_store_append (months, item);
    }
  return G_LIST_MODEL (g_steal_pointer (&months));
}

static GListModel *
read_sections (WmStore  *store,
               gint64    session_id,
               GError  **error)
{
  g_autoptr(GListStore) sections = g_list_store_new (WM_TYPE_PLAN_SECTION);
  sqlite3_stmt *stmt;
  int rc;

  stmt = wm_store_prepare (store, WM_PLAN_SECTION_SELECT "WHERE session_id = ?1 ORDER BY section",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, session_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WmPlanSection) section = wm_plan_section_new_from_stmt (stmt);

      g_list_store_append (sections, section);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the session’s sections"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&sections));
}

static GListModel *
read_groups (WmStore  *store,
             gint64    session_id,
             GError  **error)
{
  g_autoptr(GListStore) groups = g_list_store_new (WM_TYPE_PLAN_GROUP);
  g_autofree char *name = NULL;
  g_autofree char *counted_on = NULL;
  guint counts[WM_PLAN_N_PHASES] = { 0 };
  sqlite3_stmt *stmt;
  int rc;

  stmt = wm_store_prepare (store,
    "SELECT group_name, phase, pupils, counted_on FROM plan_phase_counts WHERE session_id = ?1 "
    "ORDER BY group_name, phase", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, session_id);
  for (;;)
    {
      rc = sqlite3_step (stmt);

      /* A group's rows are together: one item when the next group starts, or at the end. */
      if (name != NULL && (rc != SQLITE_ROW || !g_str_equal (name, wm_column_text (stmt, 0))))
        {
          g_autoptr(WmPlanGroup) group = wm_plan_group_new (name, counts, counted_on);

          g_list_store_append (groups, group);
          g_clear_pointer (&name, g_free);
          g_clear_pointer (&counted_on, g_free);
          memset (counts, 0, sizeof counts);
        }
      if (rc != SQLITE_ROW)
        break;

      if (name == NULL)
        name = g_strdup (wm_column_text (stmt, 0));
      g_free (counted_on);
      counted_on = g_strdup (wm_column_text (stmt, 3));
      counts[CLAMP (sqlite3_column_int (stmt, 1), 1, WM_PLAN_N_PHASES) - 1] =
        (guint) sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the phase counts"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&groups));
}

static GListModel *
read_actions (WmStore     *store,
              const char  *month,
              GError     **error)
{
  g_autoptr(GListStore) actions = g_list_store_new (WM_TYPE_ACTION);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = wm_store_prepare (store,
    "SELECT id FROM actions WHERE plan_month = ?1 ORDER BY due_on IS NULL, due_on, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, month, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the actions placed in the plan"));
      return NULL;
    }

  /* Each read as the action plan reads it, once the list above is done with. */
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(WmAction) action = wm_actions_get (store, g_array_index (ids, gint64, i), error);

      if (action == NULL)
        return NULL;
      g_list_store_append (actions, action);
    }
  return G_LIST_MODEL (g_steal_pointer (&actions));
}

/**
 * wm_plan_get_month:
 * @month: YYYY-MM, a month of the year
 *
 * The month view: whether the month is skipped, its session with its four sections, its
 * team session and its phase counts, and the actions placed in the month.
 *
 * Returns: (transfer full): the month, or %NULL
 */
WmPlanMonth *
wm_plan_get_month (WmStore     *store,
                   gint64       year_id,
                   const char  *month,
                   GError     **error)
{
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(WmPlanSession) session = NULL;
  g_autoptr(GListModel) sections = NULL;
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GListModel) actions = NULL;
  gboolean skipped = FALSE;
  gint64 session_id = 0;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!(year = wm_plan_get_year (store, year_id, error)) ||
      !wm_plan_check_month (year, month, error) ||
      !wm_plan_is_skipped (store, year_id, month, &skipped, error) ||
      !wm_plan_find_session (store, year_id, month, &session_id, error))
    return NULL;

  if (session_id != 0 &&
      (!(session = wm_plan_get_session (store, session_id, error)) ||
       !(sections = read_sections (store, session_id, error)) ||
       !(groups = read_groups (store, session_id, error))))
    return NULL;
  if (!(actions = read_actions (store, month, error)))
    return NULL;

  return wm_plan_month_new (year_id, month, skipped, session, sections, groups, actions);
}

/**
 * wm_plan_list_phase_counts:
 *
 * Returns: (transfer full): a #GListModel of the #WmPlanGroup counted for @month's session,
 *   by name
 */
GListModel *
wm_plan_list_phase_counts (WmStore     *store,
                           gint64       year_id,
                           const char  *month,
                           GError     **error)
{
  g_autoptr(WmPlanYear) year = NULL;
  gint64 session_id;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!(year = wm_plan_get_year (store, year_id, error)) ||
      !(session_id = wm_plan_require_session (store, year, month, error)))
    return NULL;
  return read_groups (store, session_id, error);
}

/**
 * wm_plan_list_due:
 * @year_id: the year, or 0 for every year
 * @today: the day to judge by
 *
 * What is due this week (Monday to Sunday of @today's week) and what is overdue (due before
 * @today, whenever that was): sections not done yet, and team sessions (section 4) not yet
 * ticked. Soonest first.
 *
 * Returns: (transfer full): a #GListModel of #WmPlanDue
 */
GListModel *
wm_plan_list_due (WmStore      *store,
                  gint64        year_id,
                  const GDate  *today,
                  GError      **error)
{
  g_autoptr(GListStore) due = g_list_store_new (WM_TYPE_PLAN_DUE);
  g_autofree char *today_text = NULL;
  g_autofree char *sunday_text = NULL;
  sqlite3_stmt *stmt;
  GDate sunday;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  sunday = *today;
  g_date_add_days (&sunday, G_DATE_SUNDAY - g_date_get_weekday (today));
  today_text = wm_plan_date_string (today);
  sunday_text = wm_plan_date_string (&sunday);

  stmt = wm_store_prepare (store,
    "SELECT s.month, s.habit_id, e.title, x.section, x.due_on, coalesce (t.starts_at, '') "
    "FROM plan_sections x "
    "JOIN plan_sessions s ON s.id = x.session_id "
    "JOIN elements e ON e.framework_id = s.framework_id AND e.id = s.habit_id "
    "LEFT JOIN plan_team_sessions t ON t.session_id = s.id "
    "WHERE x.done_on IS NULL AND x.due_on <= ?1 AND (?2 = 0 OR s.year_id = ?2) "
    "ORDER BY x.due_on, s.month, x.section", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, sunday_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, year_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *habit = wm_column_text (stmt, 2);
      guint section = (guint) sqlite3_column_int (stmt, 3);
      const char *due_on = wm_column_text (stmt, 4);
      gboolean team = section == WM_PLAN_N_SECTIONS;
      g_autofree char *title = NULL;
      g_autoptr(WmPlanDue) item = NULL;

      if (team)
        /* Translators: "Making links: Professional Learning Team session at 15:45" */
        title = g_strdup_printf (_("%s: Professional Learning Team session at %s"), habit,
                                 wm_column_text (stmt, 5));
      else
        /* Translators: "Making links: section 2, taking the habit into classroom culture" */
        title = g_strdup_printf (_("%s: section %u, %s"), habit, section,
                                 wm_plan_section_phrase (section));
      item = wm_plan_due_new (team ? WM_PLAN_DUE_TEAM : WM_PLAN_DUE_SECTION, title, due_on,
                              strcmp (due_on, today_text) < 0, wm_column_text (stmt, 0),
                              wm_column_text (stmt, 1), section);
      g_list_store_append (due, item);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read what is due"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&due));
}
