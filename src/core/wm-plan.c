/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-private.h"

/*
 * The year plan's years. A programme year is a run of months (September to July by default)
 * that no other year of the file overlaps, so a month names at most one year. The rest of the
 * plan is in the other wm-plan-*.c files (src/DESIGN.md).
 */

static WmPlanYear *
year_from_stmt (sqlite3_stmt *stmt)
{
  return wm_plan_year_new (sqlite3_column_int64 (stmt, 0), wm_column_text (stmt, 1),
                           wm_column_text (stmt, 2), (guint) sqlite3_column_int (stmt, 3),
                           wm_column_text (stmt, 4));
}

/**
 * wm_plan_list_years:
 *
 * Returns: (transfer full): a #GListModel of #WmPlanYear, earliest first
 */
GListModel *
wm_plan_list_years (WmStore  *store,
                    GError  **error)
{
  g_autoptr(GListStore) years = g_list_store_new (WM_TYPE_PLAN_YEAR);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  stmt = wm_store_prepare (store,
    "SELECT id, name, start_month, n_months, framework_id FROM plan_years "
    "ORDER BY start_month, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WmPlanYear) year = year_from_stmt (stmt);

      g_list_store_append (years, year);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the plan’s years"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&years));
}

WmPlanYear *
wm_plan_get_year (WmStore  *store,
                  gint64    year_id,
                  GError  **error)
{
  sqlite3_stmt *stmt;
  WmPlanYear *year = NULL;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  stmt = wm_store_prepare (store,
    "SELECT id, name, start_month, n_months, framework_id FROM plan_years WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, year_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    year = year_from_stmt (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No plan year %lld in %s"), (long long) year_id, wm_store_get_path (store));
  else if (rc != SQLITE_ROW)
    wm_store_set_error (store, rc, error, _("Could not read the plan year"));
  return year;
}

/**
 * wm_plan_get_current_year:
 * @today: the date to judge by
 *
 * The year whose months include @today; else the next year to start; else the latest.
 *
 * Returns: (transfer full): the year, or %NULL with %WM_STORE_ERROR_NOT_FOUND when the file
 *   has no plan year
 */
WmPlanYear *
wm_plan_get_current_year (WmStore      *store,
                          const GDate  *today,
                          GError      **error)
{
  g_autoptr(GListModel) years = wm_plan_list_years (store, error);
  g_autofree char *date = NULL;
  guint n;

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (years == NULL)
    return NULL;
  n = g_list_model_get_n_items (years);
  if (n == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("%s has no year plan yet"), wm_store_get_path (store));
      return NULL;
    }

  date = wm_plan_date_string (today);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmPlanYear) year = g_list_model_get_item (years, i);

      if (wm_plan_year_has_date (year, today))
        return g_steal_pointer (&year);
    }
  /* Earliest first: the first to start after today is the next one. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmPlanYear) year = g_list_model_get_item (years, i);

      if (strncmp (wm_plan_year_get_start_month (year), date, 7) > 0)
        return g_steal_pointer (&year);
    }
  return g_list_model_get_item (years, n - 1);
}

/* Inserts a year, inside the caller's transaction; see wm_plan_create_year(). */
gint64
wm_plan_insert_year (WmStore     *store,
                     const char  *name,
                     const char  *start_month,
                     guint        n_months,
                     const char  *framework_id,
                     GError     **error)
{
  g_autoptr(GListModel) years = NULL;
  g_autofree char *end_month = NULL;
  g_autofree char *own_name = NULL;
  g_autofree char *stamp = wm_plan_now_stamp ();
  sqlite3_stmt *stmt;
  guint start_year, number;
  int rc;

  if (n_months == 0)
    n_months = WM_PLAN_DEFAULT_MONTHS;
  if (framework_id == NULL)
    framework_id = WM_PLAN_DEFAULT_FRAMEWORK;
  if (!wm_plan_parse_month (start_month, &start_year, &number))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("“%s” is not a month (write it as YYYY-MM)"), start_month ? start_month : "");
      return 0;
    }
  if (n_months > 24)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("A plan year holds 1 to 24 months, not %u"), n_months);
      return 0;
    }
  end_month = wm_plan_month_add (start_month, (int) n_months - 1);
  if (name == NULL)
    {
      guint end_year = (guint) g_ascii_strtoull (end_month, NULL, 10);

      own_name = end_year == start_year ? g_strdup_printf ("%u", start_year)
                                        : g_strdup_printf ("%u-%02u", start_year, end_year % 100);
      name = own_name;
    }

  stmt = wm_store_prepare (store, "SELECT 1 FROM frameworks WHERE id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No framework “%s” in %s: a plan year needs its habit library"),
                   framework_id, wm_store_get_path (store));
      return 0;
    }
  if (rc != SQLITE_ROW)
    {
      wm_store_set_error (store, rc, error, _("Could not look up the framework"));
      return 0;
    }

  if (!(years = wm_plan_list_years (store, error)))
    return 0;
  for (guint i = 0; i < g_list_model_get_n_items (years); i++)
    {
      g_autoptr(WmPlanYear) other = g_list_model_get_item (years, i);

      if (g_str_equal (wm_plan_year_get_name (other), name))
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS,
                       _("There is already a plan year named “%s”"), name);
          return 0;
        }
      if (strcmp (wm_plan_year_get_start_month (other), end_month) <= 0 &&
          strcmp (start_month, wm_plan_year_get_end_month (other)) <= 0)
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS,
                       _("Plan year %s already covers %s to %s"), wm_plan_year_get_name (other),
                       wm_plan_year_get_start_month (other), wm_plan_year_get_end_month (other));
          return 0;
        }
    }

  if (!wm_store_run (store,
                     "INSERT INTO plan_years (name, start_month, n_months, framework_id, created_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)", error,
                     5, 's', name, 's', start_month, 'i', (int) n_months, 's', framework_id,
                     's', stamp))
    return 0;
  return sqlite3_last_insert_rowid (wm_store_get_db (store));
}

/**
 * wm_plan_create_year:
 * @name: (nullable): "2026-27"; %NULL names it after its first and last months' years
 * @start_month: its first month, YYYY-MM (a school year starts in September)
 * @n_months: how many months, 1 to 24; 0 for WM_PLAN_DEFAULT_MONTHS (September to July)
 * @framework_id: (nullable): the habit library; %NULL for WM_PLAN_DEFAULT_FRAMEWORK
 *
 * Adds an empty year. It may not overlap another year of the file, nor share its name.
 *
 * Returns: the new year's id, or 0 on error
 */
gint64
wm_plan_create_year (WmStore     *store,
                     const char  *name,
                     const char  *start_month,
                     guint        n_months,
                     const char  *framework_id,
                     GError     **error)
{
  gint64 id;

  g_return_val_if_fail (WM_IS_STORE (store), 0);

  if (!wm_store_begin (store, error))
    return 0;
  if (!(id = wm_plan_insert_year (store, name, start_month, n_months, framework_id, error)))
    {
      wm_store_rollback (store);
      return 0;
    }
  if (!wm_store_commit (store, error))
    return 0;
  wm_store_emit_changed (store, "plan", framework_id ? framework_id : WM_PLAN_DEFAULT_FRAMEWORK);
  return id;
}
