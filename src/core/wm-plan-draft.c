/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-draft"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-private.h"

/*
 * The draft plan a new school file starts with, which the school then edits: the coming
 * school year (September to July), the first nine habits of the library in its own order,
 * one a month from September with no month skipped, each online session on the first Tuesday
 * of its month and its team session a week later at 15:45 for 75 minutes.
 *
 * Which year is "coming": a school year runs from September to July, so a date from
 * September to December belongs to the year starting that September, and a date from January
 * to August to the year that started the September before. When at least three of that
 * year's sessions are still ahead (their first Tuesday is today or later), the draft is that
 * year, with the habits from the first month still ahead: a head who starts in November plans
 * December to July now (eight habits) rather than waiting for next September. Otherwise (from
 * May onwards, and all August) the draft is the next school year, starting in September.
 */

#define MIN_MONTHS_AHEAD 3

/* How many months of the school year starting in September @year are still ahead of
 * @today; @first is the first of them. */
static guint
months_ahead (guint        year,
              const GDate *today,
              char       **first)
{
  g_autofree char *september = g_strdup_printf ("%04u-09", year);
  guint n = 0;

  *first = NULL;
  for (int i = 0; i < WM_PLAN_DEFAULT_MONTHS; i++)
    {
      g_autofree char *month = wm_plan_month_add (september, i);
      GDate online_on;

      wm_plan_first_tuesday (month, &online_on);
      if (g_date_compare (&online_on, today) < 0)
        continue;
      if (n++ == 0)
        *first = g_steal_pointer (&month);
    }
  return n;
}

/* The first @n habits of @year's library, in its order (headings, then elements). */
static GPtrArray *
library_habits (WmStore     *store,
                WmPlanYear  *year,
                guint        n,
                GError     **error)
{
  g_autoptr(GPtrArray) habits = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = wm_store_prepare (store,
    "SELECT e.id FROM elements e "
    "JOIN headings h ON h.framework_id = e.framework_id AND h.id = e.heading_id "
    "WHERE e.framework_id = ?1 ORDER BY h.position, e.position LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, wm_plan_year_get_framework_id (year), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) n);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (habits, g_strdup (wm_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the habit library"));
      return NULL;
    }
  return g_steal_pointer (&habits);
}

/**
 * wm_plan_create_draft:
 * @today: the date to plan from
 *
 * Gives a school file with no plan year its draft plan (see above). A file that has a plan
 * year already is left as it is: there is never a second draft.
 *
 * Returns: %FALSE on error (such as a file without the habit library)
 */
gboolean
wm_plan_create_draft (WmStore      *store,
                      const GDate  *today,
                      GError      **error)
{
  g_autoptr(GListModel) years = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(GPtrArray) habits = NULL;
  g_autofree char *first = NULL;
  g_autofree char *start = NULL;
  guint school_year, n_ahead;
  gint64 year_id;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (!wm_store_begin (store, error))
    return FALSE;
  if (!(years = wm_plan_list_years (store, error)))
    goto failed;
  if (g_list_model_get_n_items (years) > 0)
    return wm_plan_unchanged (store);

  school_year = g_date_get_year (today) - (g_date_get_month (today) < G_DATE_SEPTEMBER ? 1 : 0);
  n_ahead = months_ahead (school_year, today, &first);
  if (n_ahead < MIN_MONTHS_AHEAD)
    {
      school_year++;
      g_clear_pointer (&first, g_free);
      n_ahead = months_ahead (school_year, today, &first);
    }
  start = g_strdup_printf ("%04u-09", school_year);

  if (!(year_id = wm_plan_insert_year (store, NULL, start, WM_PLAN_DEFAULT_MONTHS,
                                       WM_PLAN_DEFAULT_FRAMEWORK, error)) ||
      !(year = wm_plan_get_year (store, year_id, error)) ||
      !(habits = library_habits (store, year, MIN (n_ahead, WM_PLAN_MAX_SESSIONS), error)))
    goto failed;

  for (guint i = 0; i < habits->len; i++)
    {
      g_autofree char *month = wm_plan_month_add (first, (int) i);

      if (!wm_plan_insert_session (store, year, g_ptr_array_index (habits, i), month, error))
        goto failed;
    }

  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}
