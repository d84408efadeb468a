/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The large school file the benchmarks run on: BENCH_YEARS school years of judgements with
 * BENCH_SNAPSHOTS_PER_YEAR snapshots a year of every framework (the shipped ones and the
 * 2,000-descriptor import), BENCH_EVIDENCE evidence files, BENCH_ACTIONS actions and BENCH_STEPS
 * small steps, written through the core's own API, one transaction per user action as the app does.
 *
 * It is made once and kept (tests/bench/large.waymark in the build folder) with a note of how
 * it was made beside it (large.waymark.info); a later run reuses it while the note says it is
 * of the current schema and generator. WAYMARK_BENCH_REGENERATE=1 makes bench-generate (which
 * the suite runs first) make it again; the other benchmarks only make it when it is missing.
 */

#define BENCH_YEARS              10
#define BENCH_FIRST_YEAR         2016   /* the first school year starts in September 2016 */
#define BENCH_SNAPSHOTS_PER_YEAR 3
#define BENCH_EVIDENCE           5000
#define BENCH_ACTIONS            2000
#define BENCH_STEPS              500
#define BENCH_AUTHOR             "Benchmark"

typedef struct {
  gboolean generated;            /* made by this run rather than reused */
  double   seconds;              /* how long making it took, when it was made */
  double   seconds_frameworks;
  double   seconds_judging;      /* ratings and snapshots */
  double   seconds_evidence;
  double   seconds_actions;
  double   seconds_steps;
  guint    n_frameworks;
  guint    n_descriptors;
  guint    n_ratings;            /* rating changes written */
  guint    n_snapshots;
  guint    n_evidence;
  guint    n_attachments;
  guint    n_actions;
  guint    n_steps;
  guint    n_transactions;       /* calls that each wrote one transaction */
  guint64  size_frameworks;      /* the file with its frameworks, before any judging */
  guint64  size;                 /* the finished file */
  guint64  judging_growth[BENCH_YEARS];   /* bytes each year's judgements and snapshots added */
  guint64  evidence_growth[BENCH_YEARS];
  guint64  actions_growth[BENCH_YEARS];
  guint64  steps_growth[BENCH_YEARS];
} BenchSchoolInfo;

char     *bench_school_path     (int               argc,
                                 char            **argv);
gboolean  bench_school_ensure   (const char       *path,
                                 gboolean          may_regenerate,
                                 BenchSchoolInfo  *info,
                                 GError          **error);

/* bench-school-generate.c */
gboolean  bench_school_generate (const char       *path,
                                 BenchSchoolInfo  *info,
                                 GError          **error);

G_END_DECLS
