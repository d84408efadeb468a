/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "bench-school.h"
#include "bench-util.h"
#include "wm-catalog.h"
#include "wm-framework-info.h"
#include "wm-report-export.h"
#include "wm-snapshots.h"

/*
 * bench-report [SCHOOL]: the governors' pack of every framework in the large school file, each
 * compared with its snapshot of a year before the latest, written to one PDF: gathering the
 * reports from the file, then laying out and writing; compared with the pack of the LQF alone.
 */

#define N_RUNS 5

typedef struct {
  GString *each;     /* "lqf 8 ms, …": gathering each framework's report, in the last run */
  GArray  *gather;
  GArray  *write;
  GArray  *total;
  guint64  size;
} Timing;

/* The snapshot a year before the latest (BENCH_SNAPSHOTS_PER_YEAR back), or none. */
static gint64
year_before (WmStore    *store,
             const char *framework_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = wm_snapshots_list (store, framework_id, &error);
  g_autoptr(WmSnapshot) snapshot = NULL;
  guint n;

  if (list == NULL)
    bench_fail (framework_id, error);
  n = g_list_model_get_n_items (list);
  if (n <= BENCH_SNAPSHOTS_PER_YEAR)
    return WM_SNAPSHOT_NOW;
  snapshot = g_list_model_get_item (list, n - 1 - BENCH_SNAPSHOTS_PER_YEAR);
  return wm_snapshot_get_id (snapshot);
}

static void
add_time (GArray *times,
          gint64  start,
          gint64  end)
{
  double ms = bench_ms (end - start);

  g_array_append_val (times, ms);
}

static void
time_pack (WmStore            *store,
           const char * const *framework_ids,
           const char         *dir,
           Timing             *timing)
{
  g_autofree char *path = g_build_filename (dir, "governors-pack.pdf", NULL);
  guint n = 0;

  while (framework_ids[n] != NULL)
    n++;

  timing->each = g_string_new (NULL);
  timing->gather = g_array_new (FALSE, FALSE, sizeof (double));
  timing->write = g_array_new (FALSE, FALSE, sizeof (double));
  timing->total = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_report_free);
      g_auto(GStrv) written = NULL;
      gint64 start = bench_now_us ();
      gint64 gathered;

      g_string_truncate (timing->each, 0);
      for (guint i = 0; i < n; i++)
        {
          gint64 one = bench_now_us ();
          WmReport *report = wm_report_new (store, framework_ids[i],
                                            year_before (store, framework_ids[i]), &error);

          if (report == NULL)
            bench_fail (framework_ids[i], error);
          g_ptr_array_add (reports, report);
          g_string_append_printf (timing->each, "%s%s %.0f ms", i ? ", " : "", framework_ids[i],
                                  bench_ms (bench_now_us () - one));
        }
      gathered = bench_now_us ();
      written = wm_report_export ((WmReport * const *) reports->pdata, reports->len, path,
                                  WM_REPORT_FORMAT_PDF, &error);
      if (written == NULL)
        bench_fail (path, error);
      add_time (timing->gather, start, gathered);
      add_time (timing->write, gathered, bench_now_us ());
      add_time (timing->total, start, bench_now_us ());
      timing->size = bench_file_size (path);
      g_remove (path);
    }
}

static void
timing_clear (Timing *timing)
{
  g_string_free (timing->each, TRUE);
  g_clear_pointer (&timing->gather, g_array_unref);
  g_clear_pointer (&timing->write, g_array_unref);
  g_clear_pointer (&timing->total, g_array_unref);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bench_school_path (argc, argv);
  g_autofree char *dir = NULL;
  g_autoptr(WmStore) store = NULL;
  g_autoptr(GListModel) frameworks = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) all = NULL;
  const char * const lqf[] = { "lqf", NULL };
  Timing all_timing = { NULL }, lqf_timing = { NULL };
  g_autofree char *size_text = NULL;
  g_autofree char *ratio = NULL;
  BenchSchoolInfo info;

  setlocale (LC_ALL, "");
  if (!bench_school_ensure (path, FALSE, &info, &error) ||
      !(store = wm_store_open (path, &error)) ||
      !(frameworks = wm_catalog_list (store, &error)))
    bench_fail (path, error);

  for (guint i = 0; i < g_list_model_get_n_items (frameworks); i++)
    {
      g_autoptr(WmFrameworkInfo) item = g_list_model_get_item (frameworks, i);

      g_strv_builder_add (builder, wm_framework_info_get_id (item));
    }
  all = g_strv_builder_end (builder);

  dir = bench_make_dir (path);
  time_pack (store, lqf, dir, &lqf_timing);
  time_pack (store, (const char * const *) all, dir, &all_timing);
  bench_remove_tree (dir);

  size_text = bench_size_text (all_timing.size);
  ratio = bench_ratio_text (bench_median (all_timing.total), bench_median (lqf_timing.total));
  bench_print ("governors' pack to PDF for all %u frameworks: %.0f ms (median of %u: gathering "
               "%.0f ms, laying out and writing %.0f ms; %s; the LQF alone %.0f ms, %s)",
               g_strv_length (all), bench_median (all_timing.total), N_RUNS,
               bench_median (all_timing.gather), bench_median (all_timing.write), size_text,
               bench_median (lqf_timing.total), ratio);
  bench_print ("governors' pack, gathering each framework's report: %s", all_timing.each->str);
  timing_clear (&all_timing);
  timing_clear (&lqf_timing);
  return 0;
}
