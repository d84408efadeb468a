/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <locale.h>
#include <sqlite3.h>

#include "bench-school.h"
#include "bench-util.h"
#include "wm-catalog.h"
#include "wm-judgements.h"

/*
 * bench-rate [SCHOOL]: one rating change through the core, durable when it returns (WAL,
 * synchronous = FULL), 1,000 times on a copy of the large school file; the same on a new school
 * file, and the floor: a one-row SQLite transaction with the same settings on the same disk.
 * The window's own figure, to the next frame drawn, is bench-ui's.
 */

#define N_CHANGES 1000
#define N_WARM_UP 20
#define FLOOR_WARM_UP 1200   /* more than the 1,000 pages after which SQLite folds its log in */
#define FRAMEWORK "lqf"

static void
print_times (const char *what,
             GArray     *times,
             GArray     *floor)
{
  g_autofree char *ratio = bench_ratio_text (bench_median (times), bench_median (floor));

  bench_print ("%s: median %.2f ms, p99 %.2f ms, max %.2f ms over %u (floor median %.2f ms, %s)",
               what, bench_median (times), bench_percentile (times, 99.0), bench_max (times),
               times->len, bench_median (floor), ratio);
}

/* Times N_CHANGES ratings of the LQF's descriptors in turn, each to a rating it does not have. */
static GArray *
time_ratings (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (path, &error);
  g_autoptr(WmFrameworkDef) def = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));

  if (store == NULL || !(def = wm_catalog_read (store, FRAMEWORK, &error)))
    bench_fail (path, error);
  for (guint h = 0; h < def->headings->len; h++)
    {
      WmHeadingDef *heading = def->headings->pdata[h];

      for (guint e = 0; e < heading->elements->len; e++)
        {
          WmElementDef *element = heading->elements->pdata[e];

          for (guint s = 0; s < element->strands->len; s++)
            {
              WmStrandDef *strand = element->strands->pdata[s];

              for (guint d = 0; d < strand->descriptors->len; d++)
                g_ptr_array_add (ids, ((WmDescriptorDef *) strand->descriptors->pdata[d])->id);
            }
        }
    }

  for (guint k = 0; k < N_WARM_UP + N_CHANGES; k++)
    {
      const char *id = ids->pdata[k % ids->len];
      g_autofree char *current = NULL;
      const WmRatingDef *rating;
      gint64 start;

      if (!wm_judgements_lookup (store, FRAMEWORK, id, &current, NULL, NULL, NULL, &error))
        bench_fail (id, error);
      /* The next rating of the scale after the current one (Not applicable counts as none). */
      rating = def->ratings->pdata[(k / ids->len + 1) % def->ratings->len];
      if (g_strcmp0 (current, rating->id) == 0)
        rating = def->ratings->pdata[(k / ids->len + 2) % def->ratings->len];

      start = bench_now_us ();
      if (!wm_judgements_rate (store, FRAMEWORK, id, rating->id, NULL, BENCH_AUTHOR, &error))
        bench_fail (id, error);
      if (k >= N_WARM_UP)
        {
          double ms = bench_ms (bench_now_us () - start);
          g_array_append_val (times, ms);
        }
    }
  return times;
}

static void
check (sqlite3    *db,
       int         rc,
       const char *what)
{
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      g_autoptr(GError) error = g_error_new (G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s",
                                             sqlite3_errmsg (db));
      bench_fail (what, error);
    }
}

/* The least a durable change can cost here: BEGIN, one upsert, COMMIT. Warmed up until its
 * write-ahead log has wrapped round once, as the app's has after a few changes: a log still
 * growing costs each commit a change of file size as well. */
static GArray *
time_floor (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "floor.sqlite", NULL);
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  check (db, sqlite3_open (path, &db), path);
  check (db, sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                               "CREATE TABLE j (id TEXT PRIMARY KEY, rating TEXT, changed_at TEXT)",
                           NULL, NULL, NULL), path);
  check (db, sqlite3_prepare_v2 (db, "INSERT INTO j VALUES (?1, ?2, ?3) ON CONFLICT (id) DO UPDATE "
                                     "SET rating = excluded.rating, changed_at = excluded.changed_at",
                                 -1, &stmt, NULL), path);
  for (guint k = 0; k < FLOOR_WARM_UP + N_CHANGES; k++)
    {
      g_autofree char *id = g_strdup_printf ("%u", k % 96);
      g_autofree char *stamp = g_strdup_printf ("2026-01-01T00:00:00.%06uZ", k);
      gint64 start = bench_now_us ();

      check (db, sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), path);
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, (k / 96) % 2 ? "secure" : "partial", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_TRANSIENT);
      check (db, sqlite3_step (stmt), path);
      sqlite3_reset (stmt);
      check (db, sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), path);
      if (k >= FLOOR_WARM_UP)
        {
          double ms = bench_ms (bench_now_us () - start);
          g_array_append_val (times, ms);
        }
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return times;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bench_school_path (argc, argv);
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *fresh = NULL;
  g_autoptr(GArray) large = NULL;
  g_autoptr(GArray) small = NULL;
  g_autoptr(GArray) floor = NULL;
  BenchSchoolInfo info;

  setlocale (LC_ALL, "");
  if (!bench_school_ensure (path, FALSE, &info, &error))
    bench_fail (path, error);

  dir = bench_make_dir (path);
  copy = bench_copy_school (path, dir);
  fresh = g_build_filename (dir, "new.waymark", NULL);

  large = time_ratings (copy);
  small = time_ratings (fresh);
  floor = time_floor (dir);

  print_times ("one rating change, core, durable, large school file", large, floor);
  print_times ("one rating change, core, durable, new school file", small, floor);
  bench_print ("one rating change, large school file against a new one: ratio %.1f at the median, "
               "%.1f at p99", bench_median (large) / bench_median (small),
               bench_percentile (large, 99.0) / bench_percentile (small, 99.0));
  bench_print ("floor: one-row SQLite transaction, WAL, synchronous = FULL, same disk: "
               "median %.2f ms, p99 %.2f ms", bench_median (floor), bench_percentile (floor, 99.0));
  bench_remove_tree (dir);
  return 0;
}
