/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>

#include "bench-school.h"
#include "bench-util.h"
#include "wm-catalog.h"
#include "wm-trust.h"

/*
 * bench-trust [SCHOOL]: a trust of BENCH_TRUST_SCHOOLS schools, each sharing a summary of the four
 * shipped frameworks with BENCH_YEARS school years of BENCH_SNAPSHOTS_PER_YEAR snapshots (as the
 * large school file has), written as bundles beside SCHOOL. Timed: opening the trust folder (every
 * bundle read and checked) and building what the trust view shows (each framework's table,
 * medians, movement and charts), compared with json-glib parsing the same files and nothing more;
 * and, once, its PDF. The issue asks for under a second.
 */

#define BENCH_TRUST_SCHOOLS 50
#define N_RUNS              10

static const char * const terms[] = { "Autumn", "Spring", "Summer" };
static const char * const term_dates[] = { "10-15", "02-15", "07-01" };

static WmBundleFramework *
make_framework (const WmFrameworkDef *def,
                GRand                *rand,
                guint                 school)
{
  WmBundleFramework *framework = wm_bundle_framework_new ();
  g_autoptr(GStrvBuilder) levels = g_strv_builder_new ();
  double start = g_rand_double_range (rand, 0, 0.3);

  framework->id = g_strdup (def->id);
  framework->version = g_strdup (def->version);
  framework->title = g_strdup (def->title);
  if (!wm_scoring_rule_from_name (def->scoring, &framework->rule))
    framework->rule = WM_SCORING_MEAN;
  for (guint l = 0; l < def->levels->len; l++)
    g_strv_builder_add (levels, ((WmLevelDef *) g_ptr_array_index (def->levels, l))->name);
  framework->levels = g_strv_builder_end (levels);
  framework->max = framework->rule == WM_SCORING_MEAN
    ? (double) ((WmRatingDef *) g_ptr_array_index (def->ratings, def->ratings->len - 1))->score
    : (double) def->levels->len;
  for (guint h = 0; h < def->headings->len; h++)
    {
      WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      for (guint e = 0; e < heading->elements->len; e++)
        {
          WmElementDef *element_def = g_ptr_array_index (heading->elements, e);
          WmBundleElement *element = g_new0 (WmBundleElement, 1);

          element->id = g_strdup (element_def->id);
          element->title = g_strdup (element_def->title);
          g_ptr_array_add (framework->elements, element);
        }
    }

  /* Each school climbs a little most terms, from where it started. */
  for (guint s = 0; s <= BENCH_YEARS * BENCH_SNAPSHOTS_PER_YEAR; s++)
    {
      WmBundleSide *side = wm_bundle_side_new (framework->elements->len);
      guint year = BENCH_FIRST_YEAR + s / BENCH_SNAPSHOTS_PER_YEAR + (s % BENCH_SNAPSHOTS_PER_YEAR > 0);
      double reached = MIN (1.0, start + s * 0.025);
      double sum = 0;

      for (guint e = 0; e < framework->elements->len; e++)
        {
          double part = reached + g_rand_double_range (rand, -0.1, 0.1);

          side->scores[e] = wm_bundle_round (framework->max * CLAMP (part, 0, 1));
          sum += side->scores[e];
        }
      side->overall = wm_bundle_round (sum / framework->elements->len);
      side->framework_version = g_strdup (def->version);
      side->n_descriptors = 100;
      side->n_judged = (guint) (100 * reached);
      if (s == BENCH_YEARS * BENCH_SNAPSHOTS_PER_YEAR)
        {
          side->taken_on = g_strdup ("2026-11-22");
          framework->now = side;
          break;
        }
      side->name = g_strdup_printf ("%s %u", terms[s % BENCH_SNAPSHOTS_PER_YEAR], year);
      side->taken_on = g_strdup_printf ("%u-%s", year, term_dates[s % BENCH_SNAPSHOTS_PER_YEAR]);
      g_ptr_array_add (framework->snapshots, side);
    }
  framework->n_evidence = 50 + school;
  return framework;
}

/* The trust's bundles in @dir; returns their total size. */
static guint64
make_bundles (const char *dir)
{
  g_auto(GStrv) ids = wm_catalog_bundled_ids ();
  g_autoptr(GPtrArray) defs = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_framework_def_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  guint64 size = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      WmFrameworkDef *def = wm_catalog_load_bundled (ids[i], &error);

      if (def == NULL)
        bench_fail (ids[i], error);
      g_ptr_array_add (defs, def);
    }

  for (guint s = 0; s < BENCH_TRUST_SCHOOLS; s++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WmBundle) bundle = wm_bundle_new ();
      g_autofree char *path = g_strdup_printf ("%s/school-%02u.json", dir, s);

      bundle->made_at = g_strdup ("2026-11-22T10:00:00Z");
      bundle->generator = g_strdup ("Waymark bench");
      bundle->school_name = g_strdup_printf ("Bench School %02u", s);
      bundle->school_id = g_strdup_printf ("00000000-0000-4000-8000-%012u", s);
      for (guint f = 0; f < defs->len; f++)
        g_ptr_array_add (bundle->frameworks, make_framework (g_ptr_array_index (defs, f), rand, s));
      if (!wm_bundle_save (bundle, path, &error))
        bench_fail (path, error);
      size += bench_file_size (path);
    }
  return size;
}

/* Opening the trust folder and building every framework's table and charts. */
static void
open_trust (const char *dir,
            double     *load_ms,
            double     *build_ms,
            guint      *n_frameworks)
{
  g_autoptr(GError) error = NULL;
  gint64 start = bench_now_us ();
  g_autoptr(WmTrust) trust = wm_trust_load_dir (dir, &error);
  g_auto(GStrv) ids = NULL;

  if (trust == NULL)
    bench_fail (dir, error);
  if (trust->problems->len > 0)
    {
      g_autoptr(GError) problem = g_error_new_literal (WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                                                       ((WmTrustProblem *) g_ptr_array_index (trust->problems, 0))->reason);
      bench_fail ("the trust's bundles", problem);
    }
  *load_ms = bench_ms (bench_now_us () - start);

  start = bench_now_us ();
  ids = wm_trust_framework_ids (trust);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(WmTrustTable) table = wm_trust_table_new (trust, ids[i], &error);
      g_autoptr(GPtrArray) charts = NULL;

      if (table == NULL || !(charts = wm_trust_table_charts (table, &error)))
        bench_fail (ids[i], error);
    }
  *build_ms = bench_ms (bench_now_us () - start);
  *n_frameworks = g_strv_length (ids);
}

/* json-glib alone reading the same files: the floor for any reader of them. */
static double
parse_only (const char *dir)
{
  gint64 start = bench_now_us ();

  for (guint s = 0; s < BENCH_TRUST_SCHOOLS; s++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_strdup_printf ("%s/school-%02u.json", dir, s);
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();

      if (!json_parser_load_from_mapped_file (parser, path, &error))
        bench_fail (path, error);
    }
  return bench_ms (bench_now_us () - start);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *school = bench_school_path (argc, argv);
  g_autofree char *dir = bench_make_dir (school);
  g_autofree char *pdf = g_build_filename (dir, "trust.pdf", NULL);
  g_autofree char *size_text = NULL;
  g_autofree char *pdf_size = NULL;
  g_autofree char *ratio = NULL;
  g_autoptr(GArray) loads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) builds = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) parses = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(WmTrust) trust = NULL;
  double first = 0, pdf_ms;
  guint n_frameworks = 0;
  gint64 start;

  setlocale (LC_ALL, "");
  size_text = bench_size_text (make_bundles (dir));

  for (guint run = 0; run < N_RUNS; run++)
    {
      double load, build, total, parse;

      open_trust (dir, &load, &build, &n_frameworks);
      total = load + build;
      parse = parse_only (dir);
      if (run == 0)
        first = total;
      g_array_append_val (loads, load);
      g_array_append_val (builds, build);
      g_array_append_val (totals, total);
      g_array_append_val (parses, parse);
    }
  ratio = bench_ratio_text (bench_median (loads), bench_median (parses));

  start = bench_now_us ();
  if (!(trust = wm_trust_load_dir (dir, &error)) || !wm_trust_export_pdf (trust, pdf, &error))
    bench_fail (pdf, error);
  pdf_ms = bench_ms (bench_now_us () - start);

  bench_print ("trust of %u school summaries x %u frameworks x %u years of %u snapshots (%s of JSON): "
               "opened and its tables and charts built in %.1f ms (median of %u; first %.1f ms; the "
               "issue asks for under 1000 ms)",
               BENCH_TRUST_SCHOOLS, n_frameworks, BENCH_YEARS, BENCH_SNAPSHOTS_PER_YEAR, size_text,
               bench_median (totals), N_RUNS, first);
  bench_print ("trust of %u school summaries, reading and checking every bundle: %.1f ms (median of %u; "
               "json-glib parsing the same files alone %.1f ms, %s)",
               BENCH_TRUST_SCHOOLS, bench_median (loads), N_RUNS, bench_median (parses), ratio);
  bench_print ("trust of %u school summaries, %u tables with medians and movement, and their charts: "
               "%.1f ms (median of %u)",
               BENCH_TRUST_SCHOOLS, n_frameworks, bench_median (builds), N_RUNS);
  pdf_size = bench_size_text (bench_file_size (pdf));
  bench_print ("trust of %u school summaries, the PDF (a small chart per school, the tables): %.0f ms, %s",
               BENCH_TRUST_SCHOOLS, pdf_ms, pdf_size);

  bench_remove_tree (dir);
  return 0;
}
