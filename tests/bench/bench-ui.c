/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <locale.h>

#include "bench-big-framework.h"
#include "bench-school.h"
#include "bench-util.h"
#include "wm-backup.h"

/*
 * bench-ui DRIVER SCHOOL: under the display tests/with-display.sh gives it, starts DRIVER
 * (bench-window) afresh N_RUNS times for each of: the floor (a bare libadwaita window), Waymark
 * on the large school file, and Waymark on it with the 2,000-descriptor framework remembered.
 * Start-up is timed from just before the process is spawned to its first frame drawn (both
 * stamps CLOCK_MONOTONIC), so it includes loading the program and its libraries. Then one run
 * rates RATE_CHANGES descriptors in the window, on a copy of the file. It fails when a grid
 * makes descriptor cells for rows out of sight (check_cells), never on a time.
 */

#define N_RUNS       5
#define RATE_CHANGES 1000

typedef struct {
  GArray *startup;      /* ms, spawn to first frame */
  GArray *before_main;  /* ms, spawn to main () */
  GArray *rss;          /* KiB at the first frame */
  GArray *rss_big;      /* KiB with the 2,000-descriptor grid shown */
  GArray *rss_after;    /* KiB after leaving it for a small grid */
  GArray *grid_big;     /* ms, choosing the framework to its first frame */
  GArray *grid_lqf;
  GArray *grid_leave;   /* ms, from the 2,000-descriptor grid to a small one */
  GArray *cells;        /* descriptor cells made for the first frame */
  GArray *cells_shown;  /* … of them in sight */
  GArray *cells_big;    /* … and for the 2,000-descriptor grid */
  GArray *cells_big_shown;
} Runs;

static const char *driver_path;
static char **child_env;

static void
runs_init (Runs *runs)
{
  runs->startup = g_array_new (FALSE, FALSE, sizeof (double));
  runs->before_main = g_array_new (FALSE, FALSE, sizeof (double));
  runs->rss = g_array_new (FALSE, FALSE, sizeof (double));
  runs->rss_big = g_array_new (FALSE, FALSE, sizeof (double));
  runs->rss_after = g_array_new (FALSE, FALSE, sizeof (double));
  runs->grid_big = g_array_new (FALSE, FALSE, sizeof (double));
  runs->grid_lqf = g_array_new (FALSE, FALSE, sizeof (double));
  runs->grid_leave = g_array_new (FALSE, FALSE, sizeof (double));
  runs->cells = g_array_new (FALSE, FALSE, sizeof (double));
  runs->cells_shown = g_array_new (FALSE, FALSE, sizeof (double));
  runs->cells_big = g_array_new (FALSE, FALSE, sizeof (double));
  runs->cells_big_shown = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
runs_clear (Runs *runs)
{
  g_array_unref (runs->startup);
  g_array_unref (runs->before_main);
  g_array_unref (runs->rss);
  g_array_unref (runs->rss_big);
  g_array_unref (runs->rss_after);
  g_array_unref (runs->grid_big);
  g_array_unref (runs->grid_lqf);
  g_array_unref (runs->grid_leave);
  g_array_unref (runs->cells);
  g_array_unref (runs->cells_shown);
  g_array_unref (runs->cells_big);
  g_array_unref (runs->cells_big_shown);
}

static void
add (GArray *values,
     double  value)
{
  g_array_append_val (values, value);
}

/* Runs the driver with @args once; returns its "driver: KEY VALUE" lines as KEY -> VALUE. */
static GHashTable *
run_driver (const char * const *args,
            gint64             *spawned)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) child = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_subprocess_launcher_set_environ (launcher, child_env);
  g_ptr_array_add (argv, (gpointer) driver_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  *spawned = bench_now_us ();
  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  if (child == NULL || !g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error))
    bench_fail (driver_path, error);
  if (!g_subprocess_get_if_exited (child) || g_subprocess_get_exit_status (child) != 0)
    {
      g_autofree char *command = g_strjoinv (" ", (char **) argv->pdata);
      bench_fail (command, NULL);
    }

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], " ", 3);

      if (g_strv_length (parts) == 3 && g_str_equal (parts[0], "driver:"))
        g_hash_table_replace (values, g_strdup (parts[1]), g_strdup (parts[2]));
    }
  if (!g_hash_table_contains (values, "done"))
    bench_fail ("the driver did not finish", NULL);
  return values;
}

static double
number (GHashTable *values,
        const char *key)
{
  const char *value = g_hash_table_lookup (values, key);

  if (value == NULL)
    {
      g_autofree char *what = g_strdup_printf ("the driver did not say %s", key);
      bench_fail (what, NULL);
    }
  return g_ascii_strtod (value, NULL);
}

/* Not a time, a count: a grid that fills rows out of sight (GTK 4.8's list view binds some
 * 200 around the one in view) has lost what makes it open fast. Rows filled at the edge of
 * the view, pushed out as the rows above took their height, are allowed for. */
static void
check_cells (GHashTable *values,
             const char *grid)
{
  g_autofree char *made_key = g_strdup_printf ("grid-%s-cells", grid);
  g_autofree char *shown_key = g_strdup_printf ("grid-%s-cells-shown", grid);
  double made = number (values, made_key);
  double shown = number (values, shown_key);

  if (made > 2 * shown)
    {
      g_autofree char *what = g_strdup_printf ("the grid of %s made %.0f descriptor cells for "
                                               "the %.0f in sight", grid, made, shown);
      bench_fail (what, NULL);
    }
}

static void
run_once (const char * const *args,
          Runs               *runs)
{
  gint64 spawned;
  g_autoptr(GHashTable) values = run_driver (args, &spawned);

  add (runs->startup, (number (values, "first-frame-us") - spawned) / 1000.0);
  add (runs->before_main, (number (values, "main-us") - spawned) / 1000.0);
  add (runs->rss, number (values, "rss-kb"));
  add (runs->cells, number (values, "cells"));
  add (runs->cells_shown, number (values, "cells-shown"));
  if (g_hash_table_contains (values, "rss-kb-after-grids"))
    add (runs->rss_after, number (values, "rss-kb-after-grids"));
  if (g_hash_table_contains (values, "grid-" BENCH_BIG_ID "-ms"))
    {
      check_cells (values, BENCH_BIG_ID);
      add (runs->grid_big, number (values, "grid-" BENCH_BIG_ID "-ms"));
      add (runs->cells_big, number (values, "grid-" BENCH_BIG_ID "-cells"));
      add (runs->cells_big_shown, number (values, "grid-" BENCH_BIG_ID "-cells-shown"));
      add (runs->rss_big, number (values, "grid-" BENCH_BIG_ID "-rss-kb"));
      /* The EEF's grid is shown twice: the value kept is the later, leaving the big grid. */
      add (runs->grid_leave, number (values, "grid-eef-pillars-ms"));
    }
  if (g_hash_table_contains (values, "grid-lqf-ms"))
    {
      check_cells (values, "lqf");
      add (runs->grid_lqf, number (values, "grid-lqf-ms"));
    }
}

static void
print_startup (const char *what,
               Runs       *runs,
               Runs       *floor)
{
  g_autofree char *ratio = bench_ratio_text (bench_median (runs->startup), bench_median (floor->startup));

  bench_print ("start-up %s %.0f ms (floor %.0f ms, %s; median of %u fresh processes, "
               "%.0f to %.0f ms; %.0f ms of it before main ())",
               what, bench_median (runs->startup), bench_median (floor->startup), ratio, N_RUNS,
               bench_min (runs->startup), bench_max (runs->startup), bench_median (runs->before_main));
}

static void
print_rating (const char *school)
{
  g_autofree char *count = g_strdup_printf ("%u", RATE_CHANGES);
  const char *args[] = { "app", school, "--grids", BENCH_BIG_ID, "--rate", count, NULL };
  gint64 spawned;
  g_autoptr(GHashTable) values = run_driver (args, &spawned);

  bench_print ("one rating change in the window, end to end, durable (grid.rate on the "
               "2,000-descriptor grid, written and committed, every view told): median %.2f ms, "
               "p99 %.2f ms, max %.2f ms over %.0f",
               number (values, "rate-return-median-ms"), number (values, "rate-return-p99-ms"),
               number (values, "rate-return-max-ms"), number (values, "rate-count"));
  bench_print ("one rating change in the window, to the next frame drawn: median %.2f ms, "
               "p99 %.2f ms over %.0f",
               number (values, "rate-frame-median-ms"), number (values, "rate-frame-p99-ms"),
               number (values, "rate-count"));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  const char *school;
  Runs floor, app, remembered;
  BenchSchoolInfo info;
  g_autofree char *memory_ratio = NULL;
  g_autofree char *grid_ratio = NULL;
  g_autofree char *backups = NULL;

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      g_printerr ("usage: bench-ui DRIVER SCHOOL\n");
      return 2;
    }
  driver_path = argv[1];
  school = argv[2];
  if (!bench_school_ensure (school, FALSE, &info, &error))
    bench_fail (school, error);
  backups = wm_backup_dir (school);

  /* The children keep their settings in memory (GSETTINGS_BACKEND) and files in here. */
  dir = bench_make_dir (school);
  child_env = g_get_environ ();
  for (guint i = 0; i < 4; i++)
    {
      static const char * const names[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                                             "XDG_STATE_HOME" };
      g_autofree char *sub = g_build_filename (dir, names[i], NULL);

      g_mkdir_with_parents (sub, 0700);
      child_env = g_environ_setenv (child_env, names[i], sub, TRUE);
    }

  runs_init (&floor);
  runs_init (&app);
  runs_init (&remembered);
  {
    const char *floor_args[] = { "floor", NULL };
    /* The LQF shows first; a small framework between makes opening it again a real change.
     * Last, back to the small one: what leaving the big grid costs. */
    const char *app_args[] = { "app", school,
                               "--grids", "eef-pillars,lqf," BENCH_BIG_ID ",eef-pillars", NULL };
    const char *remembered_args[] = { "app", school, "--remember", BENCH_BIG_ID, NULL };
    Runs warm_up, first_of_day;

    /* One of each first, not counted with the others: the programs and the file come into the
     * page cache, and the app makes the file's daily backup, as at the first start of a day. */
    runs_init (&warm_up);
    runs_init (&first_of_day);
    bench_remove_tree (backups);
    run_once (floor_args, &warm_up);
    run_once (app_args, &first_of_day);
    bench_print ("start-up large school file, first of the day %.0f ms (%s; one run)",
                 bench_median (first_of_day.startup),
                 g_file_test (backups, G_FILE_TEST_IS_DIR) ? "it makes the daily backup of the file"
                                                           : "no backup was made");
    runs_clear (&warm_up);
    runs_clear (&first_of_day);

    for (guint i = 0; i < N_RUNS; i++)
      {
        run_once (floor_args, &floor);
        run_once (app_args, &app);
        run_once (remembered_args, &remembered);
      }
  }

  print_startup ("large school file", &app, &floor);
  print_startup ("large school file, 2,000-descriptor grid remembered", &remembered, &floor);
  grid_ratio = bench_ratio_text (bench_median (app.grid_big), bench_median (app.grid_lqf));
  bench_print ("open the 2,000-descriptor grid %.0f ms to its first frame drawn (median of %u; "
               "the LQF grid %.0f ms, %s; descriptor cells made: %.0f for the %.0f in sight, "
               "against %.0f for %.0f for the LQF at start-up)",
               bench_median (app.grid_big), N_RUNS, bench_median (app.grid_lqf), grid_ratio,
               bench_median (app.cells_big), bench_median (app.cells_big_shown),
               bench_median (app.cells), bench_median (app.cells_shown));
  bench_print ("open the LQF grid %.0f ms to its first frame drawn (median of %u, from the "
               "EEF's grid of 10 descriptors)", bench_median (app.grid_lqf), N_RUNS);
  bench_print ("leave the 2,000-descriptor grid for the EEF's (10 descriptors) %.0f ms to the "
               "first frame drawn (median of %u)", bench_median (app.grid_leave), N_RUNS);
  memory_ratio = bench_ratio_text (bench_median (app.rss), bench_median (floor.rss));
  bench_print ("resident memory after opening the large school file %.1f MiB at its first frame "
               "(floor %.1f MiB, %s); %.1f MiB with the 2,000-descriptor grid open, %.1f MiB after "
               "leaving it", bench_median (app.rss) / 1024.0, bench_median (floor.rss) / 1024.0,
               memory_ratio, bench_median (app.rss_big) / 1024.0,
               bench_median (app.rss_after) / 1024.0);
  bench_print ("resident memory with the 2,000-descriptor grid remembered %.1f MiB at the first frame",
               bench_median (remembered.rss) / 1024.0);

  copy = bench_copy_school (school, dir);
  print_rating (copy);

  runs_clear (&floor);
  runs_clear (&app);
  runs_clear (&remembered);
  g_strfreev (child_env);
  bench_remove_tree (dir);
  return 0;
}
