/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wm-grid-model.h"
#include "wm-report.h"
#include "wm-scoring.h"
#include "wm-snapshots.h"

/*
 * The radar chart of a framework as the school file holds it: "Now" and then each chosen
 * snapshot, one axis per element and one ring per level. The window's chart, the governors'
 * pack and `waymark-cli chart` all draw what this gathers.
 */

/**
 * wm_report_ring_names:
 * @level_names: the framework's levels, in order
 *
 * The rings of the chart: the level names when the score climbs the levels (ladder, reached,
 * up to as many as there are levels), or else the scale's whole numbers ("1" … "5").
 */
GStrv
wm_report_ring_names (const WmScores     *now,
                      const char * const *level_names,
                      guint               n_levels)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  if (now->rule != WM_SCORING_MEAN && n_levels > 0 && fabs (now->max - n_levels) < 1e-9)
    for (guint i = 0; i < n_levels; i++)
      g_strv_builder_add (names, level_names[i]);
  else if (now->max >= 1 && now->max <= 10 && floor (now->max) == now->max)
    for (guint i = 1; i <= (guint) now->max; i++)
      {
        g_autofree char *name = g_strdup_printf ("%u", i);

        g_strv_builder_add (names, name);
      }
  return g_strv_builder_end (names);
}

/* "Autumn review (2025-10-01)" */
char *
wm_report_snapshot_label (WmSnapshot *snapshot)
{
  return g_strdup_printf ("%s (%s)", wm_snapshot_get_name (snapshot), wm_snapshot_get_taken_on (snapshot));
}

static void
clear_scores (gpointer scores)
{
  wm_scores_free (scores);
}

/**
 * wm_report_chart_new:
 * @snapshot_ids: the snapshots to draw beside "Now", at most WM_RADAR_MAX_SERIES − 1
 *
 * Returns: (transfer full): the chart's data, or %NULL with @error set, for instance when the
 *   framework has fewer than WM_RADAR_MIN_AXES or more than WM_RADAR_MAX_AXES elements
 */
WmRadarData *
wm_report_chart_new (WmStore       *store,
                     const char    *framework_id,
                     const gint64  *snapshot_ids,
                     guint          n_snapshots,
                     GError       **error)
{
  g_autoptr(WmGridModel) model = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func (clear_scores);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) rings = NULL;
  g_autofree const char **levels = NULL;
  WmScores *now;

  g_return_val_if_fail (n_snapshots < WM_RADAR_MAX_SERIES, NULL);

  if (!(model = wm_grid_model_new (store, framework_id, error)) ||
      !(now = wm_scoring_compute (store, framework_id, WM_SNAPSHOT_NOW, error)))
    return NULL;
  g_ptr_array_add (scores, now);
  g_ptr_array_add (names, g_strdup (_("Now")));

  if (now->elements->len < WM_RADAR_MIN_AXES || now->elements->len > WM_RADAR_MAX_AXES)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Framework %s has %u elements: a radar chart needs %u to %u"),
                   framework_id, now->elements->len, WM_RADAR_MIN_AXES, WM_RADAR_MAX_AXES);
      return NULL;
    }

  for (guint i = 0; i < n_snapshots; i++)
    {
      g_autoptr(WmSnapshot) snapshot = NULL;
      WmScores *then;

      if (!(snapshot = wm_snapshots_get (store, snapshot_ids[i], error)))
        return NULL;
      if (!g_str_equal (wm_snapshot_get_framework_id (snapshot), framework_id))
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                       _("Snapshot “%s” is of framework %s, not %s"), wm_snapshot_get_name (snapshot),
                       wm_snapshot_get_framework_id (snapshot), framework_id);
          return NULL;
        }
      if (!(then = wm_scoring_compute (store, framework_id, snapshot_ids[i], error)))
        return NULL;
      g_ptr_array_add (scores, then);
      g_ptr_array_add (names, wm_report_snapshot_label (snapshot));
    }

  levels = g_new0 (const char *, wm_grid_model_get_n_levels (model) + 1);
  for (guint i = 0; i < wm_grid_model_get_n_levels (model); i++)
    levels[i] = wm_grid_model_get_level_name (model, i);
  rings = wm_report_ring_names (now, levels, wm_grid_model_get_n_levels (model));
  return wm_radar_data_from_scores (wm_grid_model_get_title (model), (WmScores **) scores->pdata,
                                    (const char **) names->pdata, scores->len,
                                    (const char * const *) rings, g_strv_length (rings));
}
