/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-phase"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "wm-plan-private.h"

/*
 * Where pupils stand on each planned habit: the phase counts plotted in section 1 of each
 * session, summed over every class or group, give the mean phase (1 to 5) of the pupils
 * counted; the radar chart has an axis per habit of the year.
 */

/* The mean phase of the pupils counted in a session, NAN when none were. */
static gboolean
session_mean (WmStore  *store,
              gint64    session_id,
              double   *mean,
              GError  **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT total (phase * pupils), total (pupils) FROM plan_phase_counts WHERE session_id = ?1",
    error);
  double weighted = 0, pupils = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      weighted = sqlite3_column_double (stmt, 0);
      pupils = sqlite3_column_double (stmt, 1);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the phase counts"));
  *mean = pupils > 0 ? weighted / pupils : NAN;
  return TRUE;
}

/**
 * wm_plan_phase_mean:
 * @habit_id: a habit planned in the year, by id or title
 * @mean: (out): the pupils' mean phase, 1 to 5, over every group counted; NAN when no group
 *   has been counted yet
 */
gboolean
wm_plan_phase_mean (WmStore     *store,
                    gint64       year_id,
                    const char  *habit_id,
                    double      *mean,
                    GError     **error)
{
  g_autoptr(WmPlanYear) year = NULL;
  g_autofree char *habit = NULL;
  gint64 session_id = 0;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (mean != NULL, FALSE);

  *mean = NAN;
  if (!(year = wm_plan_get_year (store, year_id, error)) ||
      !(habit = wm_plan_resolve_habit (store, year, habit_id, error)) ||
      !wm_plan_find_habit (store, year_id, habit, &session_id, NULL, error))
    return FALSE;
  if (session_id == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("%s is not in plan year %s"), habit, wm_plan_year_get_name (year));
      return FALSE;
    }
  return session_mean (store, session_id, mean, error);
}

/**
 * wm_plan_phase_chart:
 *
 * The radar chart of where pupils are now: one axis per habit of the year (in month order),
 * rings "Phase 1" to "Phase 5", one series "Pupils now" with each habit's mean phase (no
 * point where none was counted). A radar needs three axes: a year of fewer habits is refused.
 *
 * Returns: (transfer full): the chart's data, or %NULL
 */
WmRadarData *
wm_plan_phase_chart (WmStore  *store,
                     gint64    year_id,
                     GError  **error)
{
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(WmRadarData) data = NULL;
  g_autofree double *values = NULL;
  g_autofree char *title = NULL;
  g_auto(GStrv) rings = g_new0 (char *, WM_PLAN_N_PHASES + 1);
  guint n;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!(year = wm_plan_get_year (store, year_id, error)) ||
      !(sessions = wm_plan_list_sessions (store, year_id, error)))
    return NULL;

  n = g_list_model_get_n_items (sessions);
  if (n < WM_RADAR_MIN_AXES)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The phase chart needs at least three habits in plan year %s; it has %u"),
                   wm_plan_year_get_name (year), n);
      return NULL;
    }

  /* Translators: the chart's title; %s is the plan year, "2026-27" */
  title = g_strdup_printf (_("Where pupils are on each habit, %s"), wm_plan_year_get_name (year));
  data = wm_radar_data_new (title, n, WM_PLAN_N_PHASES);
  values = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmPlanSession) session = g_list_model_get_item (sessions, i);

      wm_radar_data_set_axis (data, i, wm_plan_session_get_habit_title (session), NULL);
      if (!session_mean (store, wm_plan_session_get_id (session), &values[i], error))
        return NULL;
    }

  for (guint r = 0; r < WM_PLAN_N_PHASES; r++)
    rings[r] = g_strdup_printf (_("Phase %u"), r + 1);
  wm_radar_data_set_rings (data, (const char * const *) rings, WM_PLAN_N_PHASES);
  wm_radar_data_add_series (data, _("Pupils now"), values);
  return g_steal_pointer (&data);
}
