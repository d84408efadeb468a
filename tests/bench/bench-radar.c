/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <locale.h>

#include "bench-school.h"
#include "bench-util.h"
#include "wm-radar.h"
#include "wm-report.h"
#include "wm-snapshots.h"

/*
 * bench-radar [SCHOOL]: the LQF's radar chart (12 axes) with "Now" and 7 snapshots spread over
 * the ten years (8 series), drawn onto an image surface the size of the Chart page: gathering
 * its data from the school file, laying it out, and drawing it, each timed on its own; drawing
 * compared with the same chart of "Now" alone.
 */

#define FRAMEWORK "lqf"
#define WIDTH     800
#define HEIGHT    600
#define N_GATHER  10
#define N_LAYOUT  100
#define N_DRAW    300

typedef struct {
  GArray *gather;
  GArray *layout;
  GArray *draw;
  guint   n_axes;
  guint   n_series;
} Timing;

static void
timing_clear (Timing *timing)
{
  g_clear_pointer (&timing->gather, g_array_unref);
  g_clear_pointer (&timing->layout, g_array_unref);
  g_clear_pointer (&timing->draw, g_array_unref);
}

static void
add_time (GArray *times,
          gint64  start)
{
  double ms = bench_ms (bench_now_us () - start);

  g_array_append_val (times, ms);
}

/* @n_snapshots of the framework's snapshots, evenly spread from the first to the last. */
static GArray *
spread_snapshots (WmStore *store,
                  guint    n_snapshots)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = wm_snapshots_list (store, FRAMEWORK, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n;

  if (list == NULL)
    bench_fail (FRAMEWORK, error);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n_snapshots && n > 0; i++)
    {
      guint position = n_snapshots > 1 ? i * (n - 1) / (n_snapshots - 1) : n - 1;
      g_autoptr(WmSnapshot) snapshot = g_list_model_get_item (list, position);
      gint64 id = wm_snapshot_get_id (snapshot);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
time_chart (WmStore *store,
            guint    n_snapshots,
            Timing  *timing)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = spread_snapshots (store, n_snapshots);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(WmRadarData) data = NULL;
  g_autoptr(WmRadarLayout) layout = NULL;

  timing->gather = g_array_new (FALSE, FALSE, sizeof (double));
  timing->layout = g_array_new (FALSE, FALSE, sizeof (double));
  timing->draw = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < N_GATHER; i++)
    {
      gint64 start = bench_now_us ();

      g_clear_pointer (&data, wm_radar_data_free);
      data = wm_report_chart_new (store, FRAMEWORK, (const gint64 *) ids->data, ids->len, &error);
      if (data == NULL)
        bench_fail (FRAMEWORK, error);
      add_time (timing->gather, start);
    }
  timing->n_axes = data->n_axes;
  timing->n_series = data->n_series;

  for (guint i = 0; i < N_LAYOUT; i++)
    {
      gint64 start = bench_now_us ();

      g_clear_pointer (&layout, wm_radar_layout_free);
      layout = wm_radar_layout_new (data, WIDTH, HEIGHT, cr);
      add_time (timing->layout, start);
    }

  for (guint i = 0; i < N_DRAW; i++)
    {
      gint64 start = bench_now_us ();

      cairo_save (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_restore (cr);
      wm_radar_draw (cr, layout, data, wm_radar_style_print ());
      cairo_surface_flush (surface);
      add_time (timing->draw, start);
    }

  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    {
      g_autoptr(GError) cairo_error = g_error_new (G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s",
                                                   cairo_status_to_string (cairo_status (cr)));
      bench_fail ("drawing the radar chart", cairo_error);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bench_school_path (argc, argv);
  g_autoptr(WmStore) store = NULL;
  Timing full = { NULL }, one = { NULL };
  g_autofree char *draw_ratio = NULL;
  g_autofree char *layout_ratio = NULL;
  BenchSchoolInfo info;

  setlocale (LC_ALL, "");
  if (!bench_school_ensure (path, FALSE, &info, &error) ||
      !(store = wm_store_open (path, &error)))
    bench_fail (path, error);

  time_chart (store, 0, &one);
  time_chart (store, 7, &full);
  draw_ratio = bench_ratio_text (bench_median (full.draw), bench_median (one.draw));
  layout_ratio = bench_ratio_text (bench_median (full.layout), bench_median (one.layout));

  bench_print ("radar chart %u axes x %u snapshots, draw onto a %ux%u image surface: "
               "%.2f ms per draw (median of %u, p99 %.2f ms; %u axes x %u: %.2f ms, %s)",
               full.n_axes, full.n_series, WIDTH, HEIGHT, bench_median (full.draw), N_DRAW,
               bench_percentile (full.draw, 99.0), one.n_axes, one.n_series,
               bench_median (one.draw), draw_ratio);
  bench_print ("radar chart %u axes x %u snapshots, layout (labels placed once per size): "
               "%.2f ms (median of %u; %u axes x %u: %.2f ms, %s)",
               full.n_axes, full.n_series, bench_median (full.layout), N_LAYOUT,
               one.n_axes, one.n_series, bench_median (one.layout), layout_ratio);
  bench_print ("radar chart %u axes x %u snapshots, data from the large school file: "
               "%.2f ms (median of %u; \"Now\" alone %.2f ms)",
               full.n_axes, full.n_series, bench_median (full.gather), N_GATHER,
               bench_median (one.gather));
  timing_clear (&full);
  timing_clear (&one);
  return 0;
}
