/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-ics"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-action.h"
#include "wm-export-file.h"
#include "wm-plan-ics-private.h"
#include "wm-store-private.h"

/*
 * The year plan's calendar written to a file, whole, and which year "now" means.
 */

/* "YYYY-MM" as months since year 0, or -1. */
static int
parse_month (const char *text)
{
  g_autofree char *first = g_strconcat (text, "-01", NULL);
  GDate date;

  if (strlen (text) != 7 || !wm_action_parse_date (first, &date))
    return -1;
  return (int) g_date_get_year (&date) * 12 + (int) g_date_get_month (&date) - 1;
}

/**
 * wm_plan_ics_find_year:
 * @today: the date that decides
 * @name: (out) (optional): the year's name
 *
 * The year plan that holds @today's month; else the next to start; else the last to start.
 *
 * Returns: its id, or 0 with @error set (%WM_STORE_ERROR_NOT_FOUND when there is none)
 */
gint64
wm_plan_ics_find_year (WmStore      *store,
                       const GDate  *today,
                       char        **name,
                       GError      **error)
{
  sqlite3_stmt *stmt;
  int now = (int) g_date_get_year (today) * 12 + (int) g_date_get_month (today) - 1;
  gint64 current = 0, next = 0, latest = 0;
  int next_start = G_MAXINT, latest_start = G_MININT;
  gint64 chosen;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  if (!(stmt = wm_store_prepare (store, "SELECT id, name, start_month, n_months FROM plan_years "
                                        "ORDER BY start_month, id", error)))
    return 0;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int start = parse_month (wm_column_text (stmt, 2));

      if (start < 0)
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                       _("The year plan %s starts in “%s” in the school file, which is not a month"),
                       wm_column_text (stmt, 1), wm_column_text (stmt, 2));
          sqlite3_reset (stmt);
          return 0;
        }
      if (current == 0 && start <= now && now < start + sqlite3_column_int (stmt, 3))
        current = id;
      if (start > now && start < next_start)
        next = id, next_start = start;
      if (start >= latest_start)
        latest = id, latest_start = start;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the year plans"));
      return 0;
    }

  chosen = current ? current : next ? next : latest;
  if (chosen == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND, _("The school file has no year plan yet"));
      return 0;
    }
  if (name != NULL && !(*name = wm_plan_ics_year_name (store, chosen, error)))
    return 0;
  return chosen;
}

/**
 * wm_plan_ics_export:
 *
 * Writes the year plan's calendar (see wm_plan_ics_build()) to @path, replacing it only once
 * the new file is complete. A path that cannot be written is refused before anything is read.
 */
gboolean
wm_plan_ics_export (WmStore     *store,
                    gint64       year_id,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *temp = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(temp = wm_export_file_begin (path, error)))
    return FALSE;
  if (!(bytes = wm_plan_ics_build (store, year_id, error)))
    {
      wm_export_file_abandon (temp);
      return FALSE;
    }
  return wm_export_file_write (temp, path, bytes, error) && wm_export_file_commit (temp, path, error);
}
