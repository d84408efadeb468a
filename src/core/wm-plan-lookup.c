/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-lookup"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-private.h"

/*
 * What the plan's writes and views look up: a habit by id or title, a month of a year, the
 * session a month holds; and how every write begins and ends (one transaction, then one
 * "changed::plan").
 */

/**
 * wm_plan_resolve_habit:
 * @name: a habit's element id ("making-links") or its title ("Making links"), in any case
 *
 * Returns: (transfer full): the habit's element id in @year's library, or %NULL
 */
char *
wm_plan_resolve_habit (WmStore     *store,
                       WmPlanYear  *year,
                       const char  *name,
                       GError     **error)
{
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  sqlite3_stmt *stmt;
  char *found = NULL;
  int rc = SQLITE_DONE;

  stmt = wm_store_prepare (store,
    "SELECT e.id, e.title FROM elements e "
    "JOIN headings h ON h.framework_id = e.framework_id AND h.id = e.heading_id "
    "WHERE e.framework_id = ?1 ORDER BY h.position, e.position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, wm_plan_year_get_framework_id (year), -1, SQLITE_TRANSIENT);
  while (found == NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *id = g_utf8_casefold (wm_column_text (stmt, 0), -1);
      g_autofree char *title = g_utf8_casefold (wm_column_text (stmt, 1), -1);

      if (g_str_equal (id, wanted) || g_str_equal (title, wanted))
        found = g_strdup (wm_column_text (stmt, 0));
    }
  if (found == NULL && rc != SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      wm_store_set_error (store, rc, error, _("Could not read the habit library"));
      return NULL;
    }
  sqlite3_reset (stmt);

  if (found == NULL)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No habit “%s” in the habit library %s (name it by its id, such as "
                   "making-links, or by its title)"), name, wm_plan_year_get_framework_id (year));
  return found;
}

gboolean
wm_plan_check_month (WmPlanYear  *year,
                     const char  *month,
                     GError     **error)
{
  if (wm_plan_year_has_month (year, month))
    return TRUE;
  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
               _("“%s” is not a month of plan year %s (%s to %s)"), month ? month : "",
               wm_plan_year_get_name (year), wm_plan_year_get_start_month (year),
               wm_plan_year_get_end_month (year));
  return FALSE;
}

gboolean
wm_plan_is_skipped (WmStore     *store,
                    gint64       year_id,
                    const char  *month,
                    gboolean    *skipped,
                    GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT 1 FROM plan_skipped_months WHERE year_id = ?1 AND month = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, year_id);
  sqlite3_bind_text (stmt, 2, month, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  *skipped = rc == SQLITE_ROW;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the plan’s skipped months"));
  return TRUE;
}

/* A month of @year that may hold a session: in the year, and not skipped. */
gboolean
wm_plan_check_not_skipped (WmStore     *store,
                           WmPlanYear  *year,
                           const char  *month,
                           GError     **error)
{
  gboolean skipped = FALSE;

  if (!wm_plan_check_month (year, month, error) ||
      !wm_plan_is_skipped (store, wm_plan_year_get_id (year), month, &skipped, error))
    return FALSE;
  if (skipped)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("%s is skipped in plan year %s: a skipped month holds no session "
                     "(unskip it first)"), month, wm_plan_year_get_name (year));
      return FALSE;
    }
  return TRUE;
}

/* @session_id: (out): the session in @month, 0 when the month holds none */
gboolean
wm_plan_find_session (WmStore     *store,
                      gint64       year_id,
                      const char  *month,
                      gint64      *session_id,
                      GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT id FROM plan_sessions WHERE year_id = ?1 AND month = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, year_id);
  sqlite3_bind_text (stmt, 2, month, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  *session_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the plan’s sessions"));
  return TRUE;
}

/* The session in @month of @year; 0 and an error naming the month when it holds none. */
gint64
wm_plan_require_session (WmStore     *store,
                         WmPlanYear  *year,
                         const char  *month,
                         GError     **error)
{
  gint64 session_id = 0;

  if (!wm_plan_check_month (year, month, error) ||
      !wm_plan_find_session (store, wm_plan_year_get_id (year), month, &session_id, error))
    return 0;
  if (session_id == 0)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("%s holds no habit session in plan year %s"), month,
                 wm_plan_year_get_name (year));
  return session_id;
}

/* @session_id: (out): @habit_id's session in the year, 0 when it is not planned */
gboolean
wm_plan_find_habit (WmStore     *store,
                    gint64       year_id,
                    const char  *habit_id,
                    gint64      *session_id,
                    char       **month,
                    GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT id, month FROM plan_sessions WHERE year_id = ?1 AND habit_id = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, year_id);
  sqlite3_bind_text (stmt, 2, habit_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  *session_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  if (month != NULL)
    *month = rc == SQLITE_ROW ? g_strdup (wm_column_text (stmt, 1)) : NULL;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the plan’s sessions"));
  return TRUE;
}

WmPlanSession *
wm_plan_get_session (WmStore  *store,
                     gint64    session_id,
                     GError  **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, WM_PLAN_SESSION_SELECT "WHERE s.id = ?1", error);
  WmPlanSession *session = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    session = wm_plan_session_new_from_stmt (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No plan session %lld in %s"), (long long) session_id,
                 wm_store_get_path (store));
  else if (rc != SQLITE_ROW)
    wm_store_set_error (store, rc, error, _("Could not read the plan’s sessions"));
  return session;
}

/* Opens a write on @year_id: the transaction, then the year. */
WmPlanYear *
wm_plan_begin (WmStore  *store,
               gint64    year_id,
               GError  **error)
{
  WmPlanYear *year;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!wm_store_begin (store, error))
    return NULL;
  if (!(year = wm_plan_get_year (store, year_id, error)))
    wm_store_rollback (store);
  return year;
}

/* Ends a write that turned out to change nothing: no transaction, no signal. */
gboolean
wm_plan_unchanged (WmStore *store)
{
  wm_store_rollback (store);
  return TRUE;
}

/* Ends a write: commits, then says the plan changed. A failed commit has rolled back. */
gboolean
wm_plan_commit (WmStore     *store,
                WmPlanYear  *year,
                GError     **error)
{
  if (!wm_store_commit (store, error))
    return FALSE;
  wm_store_emit_changed (store, "plan", wm_plan_year_get_framework_id (year));
  return TRUE;
}
