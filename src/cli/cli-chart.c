/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cli.h"
#include "wm-grid-model.h"
#include "wm-radar-export.h"
#include "wm-scoring.h"
#include "wm-snapshots.h"

/*
 * waymark-cli chart FRAMEWORK [SNAPSHOT...] --out PATH: the radar chart of today's scores and
 * each named snapshot's, as PDF, SVG or PNG by PATH's extension. Up to 7 snapshots: with
 * "Now" that is WM_RADAR_MAX_SERIES series.
 */

/* A4 landscape, in points. */
#define CHART_WIDTH  842.0
#define CHART_HEIGHT 595.0

/* The framework's levels name the rings when the scale climbs them (ladder, reached);
 * otherwise the rings are the scale's whole numbers. */
static GStrv
ring_names_for (WmGridModel *model,
                double       max)
{
  guint n_levels = wm_grid_model_get_n_levels (model);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  if (n_levels > 0 && fabs (max - n_levels) < 1e-9)
    for (guint i = 0; i < n_levels; i++)
      g_strv_builder_add (names, wm_grid_model_get_level_name (model, i));
  else if (max >= 1 && max <= 10 && floor (max) == max)
    for (guint i = 1; i <= (guint) max; i++)
      {
        g_autofree char *name = g_strdup_printf ("%u", i);

        g_strv_builder_add (names, name);
      }
  return g_strv_builder_end (names);
}

static void
clear_scores (gpointer scores)
{
  wm_scores_free (scores);
}

int
cli_chart (WmStore          *store,
           char            **args,
           guint             n_args,
           const CliOptions *options)
{
  const char *framework_id = args[0];
  g_autoptr(GError) error = NULL;
  g_autoptr(WmGridModel) model = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func (clear_scores);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(WmRadarData) data = NULL;
  g_auto(GStrv) rings = NULL;
  WmRadarFormat format;
  WmScores *now;

  if (options->out == NULL)
    return cli_usage (_("chart needs --out PATH, ending .pdf, .svg or .png"));
  if (!wm_radar_format_from_path (options->out, &format))
    return cli_usage (_("chart writes .pdf, .svg or .png: name the --out file so"));
  if (n_args > WM_RADAR_MAX_SERIES)
    return cli_usage (_("chart draws at most 7 snapshots beside Now"));

  if (!(model = wm_grid_model_new (store, framework_id, &error)) ||
      !(now = wm_scoring_compute (store, framework_id, WM_SNAPSHOT_NOW, &error)))
    return cli_fail (error);
  g_ptr_array_add (scores, now);
  g_ptr_array_add (names, g_strdup (_("Now")));

  for (guint i = 1; i < n_args; i++)
    {
      g_autoptr(WmSnapshot) snapshot = NULL;
      g_autofree char *found_in = NULL;
      WmScores *then;
      gint64 id;

      if (!wm_snapshots_find (store, args[i], framework_id, &id, &found_in, &error) ||
          !(snapshot = wm_snapshots_get (store, id, &error)) ||
          !(then = wm_scoring_compute (store, framework_id, id, &error)))
        return cli_fail (error);
      g_ptr_array_add (scores, then);
      g_ptr_array_add (names, g_strdup_printf ("%s (%s)", wm_snapshot_get_name (snapshot),
                                               wm_snapshot_get_taken_on (snapshot)));
    }

  if (now->elements->len < WM_RADAR_MIN_AXES || now->elements->len > WM_RADAR_MAX_AXES)
    {
      g_set_error (&error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Framework %s has %u elements: a radar chart needs %u to %u"),
                   framework_id, now->elements->len, WM_RADAR_MIN_AXES, WM_RADAR_MAX_AXES);
      return cli_fail (error);
    }

  rings = ring_names_for (model, now->max);
  data = wm_radar_data_from_scores (wm_grid_model_get_title (model),
                                    (WmScores **) scores->pdata, (const char **) names->pdata,
                                    scores->len, (const char * const *) rings, g_strv_length (rings));
  if (!wm_radar_export (data, options->out, format, CHART_WIDTH, CHART_HEIGHT, &error))
    return cli_fail (error);

  g_print (_("Wrote the chart of %s to %s\n"), framework_id, options->out);
  return 0;
}
