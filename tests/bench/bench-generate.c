/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <locale.h>

#include "bench-school.h"
#include "bench-util.h"

/*
 * bench-generate [SCHOOL]: makes the large school file (or finds it made), says what is in it,
 * how long making it took and how the file grows with each year of judgements.
 */

static void
print_growth (const BenchSchoolInfo *info)
{
  guint64 judging = 0, evidence = 0, actions = 0, steps = 0;
  g_autofree char *year_text = NULL;
  g_autofree char *judging_text = NULL;
  g_autofree char *evidence_text = NULL;
  g_autofree char *actions_text = NULL;
  g_autofree char *steps_text = NULL;
  g_autofree char *frameworks_text = bench_size_text (info->size_frameworks);
  g_autofree char *size_text = bench_size_text (info->size);
  g_autoptr(GString) years = g_string_new (NULL);

  for (guint y = 0; y < BENCH_YEARS; y++)
    {
      g_autofree char *one = bench_size_text (info->judging_growth[y]);

      judging += info->judging_growth[y];
      evidence += info->evidence_growth[y];
      actions += info->actions_growth[y];
      steps += info->steps_growth[y];
      g_string_append_printf (years, "%s%s", y ? ", " : "", one);
    }
  year_text = bench_size_text ((info->size - info->size_frameworks) / BENCH_YEARS);
  judging_text = bench_size_text (judging / BENCH_YEARS);
  evidence_text = bench_size_text (evidence / BENCH_YEARS);
  actions_text = bench_size_text (actions / BENCH_YEARS);
  steps_text = bench_size_text (steps / BENCH_YEARS);

  bench_print ("school file size %s (%s of it the frameworks before any judging)",
               size_text, frameworks_text);
  bench_print ("school file size per year of judgements %s (ratings and %u snapshots a year "
               "of %u frameworks; ratio to the frameworks alone %.2f)",
               judging_text, BENCH_SNAPSHOTS_PER_YEAR, info->n_frameworks,
               (double) judging / BENCH_YEARS / MAX (info->size_frameworks, 1));
  bench_print ("school file size per year of judgements, year by year: %s", years->str);
  bench_print ("school file size per year, everything %s (judgements %s, evidence %s, actions %s, "
               "small steps %s)", year_text, judging_text, evidence_text, actions_text, steps_text);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bench_school_path (argc, argv);
  BenchSchoolInfo info;

  setlocale (LC_ALL, "");
  if (!bench_school_ensure (path, TRUE, &info, &error))
    bench_fail (path, error);

  bench_print ("large school file %s", path);
  bench_print ("large school file: %u frameworks, %u descriptors, %u rating changes, "
               "%u snapshots, %u evidence files (%u attachments), %u actions, %u small steps",
               info.n_frameworks, info.n_descriptors, info.n_ratings, info.n_snapshots,
               info.n_evidence, info.n_attachments, info.n_actions, info.n_steps);
  bench_print ("generating the large school file %.1f s%s: %u transactions, %.2f ms each "
               "(frameworks %.1f s, judging %.1f s, evidence %.1f s, actions %.1f s, steps %.1f s)",
               info.seconds, info.generated ? "" : " (when it was made; reused now)",
               info.n_transactions, info.seconds * 1000.0 / MAX (info.n_transactions, 1),
               info.seconds_frameworks, info.seconds_judging, info.seconds_evidence,
               info.seconds_actions, info.seconds_steps);
  print_growth (&info);
  return 0;
}
