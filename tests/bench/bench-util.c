/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "wm-test-util.h"

gint64
bench_now_us (void)
{
  /* CLOCK_MONOTONIC: the same clock in every process, so a parent can time a child's start. */
  return g_get_monotonic_time ();
}

double
bench_ms (gint64 microseconds)
{
  return microseconds / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static GArray *
sorted_copy (GArray *values)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (double), values->len);

  g_array_append_vals (copy, values->data, values->len);
  g_array_sort (copy, compare_doubles);
  return copy;
}

/* The nearest-rank percentile: the smallest value with @percent of them at or below it. */
double
bench_percentile (GArray *values,
                  double  percent)
{
  g_autoptr(GArray) sorted = NULL;
  guint rank;

  if (values->len == 0)
    return 0.0;
  sorted = sorted_copy (values);
  rank = (guint) MAX (1.0, ((percent / 100.0) * sorted->len) + 0.999999);
  return g_array_index (sorted, double, MIN (rank, sorted->len) - 1);
}

double
bench_median (GArray *values)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = values->len;

  if (n == 0)
    return 0.0;
  sorted = sorted_copy (values);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2.0;
}

double
bench_min (GArray *values)
{
  return bench_percentile (values, 0.0);
}

double
bench_max (GArray *values)
{
  return bench_percentile (values, 100.0);
}

/* VmRSS from /proc/self/status, in KiB; 0 where there is no /proc. */
guint64
bench_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "\nVmRSS:");
  if (line == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("\nVmRSS:"), NULL, 10);
}

static guint64
size_of (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? (guint64) buf.st_size : 0;
}

/* The school file and its write-ahead log, if one is left. */
guint64
bench_file_size (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  return size_of (path) + size_of (wal);
}

char *
bench_size_text (guint64 bytes)
{
  return g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS);
}

char *
bench_ratio_text (double value,
                  double floor)
{
  if (floor <= 0.0)
    return g_strdup ("no ratio");
  return g_strdup_printf ("ratio %.1f", value / floor);
}

void
bench_print (const char *format,
             ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  printf ("bench: %s\n", text);
  fflush (stdout);
}

void
bench_fail (const char   *what,
            const GError *error)
{
  fprintf (stderr, "bench: error: %s: %s\n", what, error ? error->message : "failed");
  exit (1);
}

/* A folder beside @path, on the same disk: a copy in /tmp (often memory) would not time the disk. */
char *
bench_make_dir (const char *path)
{
  g_autofree char *parent = g_path_get_dirname (path);
  char *dir = g_build_filename (parent, "bench-XXXXXX", NULL);

  if (g_mkdtemp (dir) == NULL)
    {
      g_autoptr(GError) error = g_error_new (G_FILE_ERROR, g_file_error_from_errno (errno),
                                             "%s", g_strerror (errno));
      bench_fail (dir, error);
    }
  return dir;
}

void
bench_remove_tree (const char *path)
{
  wm_test_remove_tree (path);
}

/* Copies the school file @path into @dir; returns the copy's path. */
char *
bench_copy_school (const char *path,
                   const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  char *copy = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) from = g_file_new_for_path (path);
  g_autoptr(GFile) to = g_file_new_for_path (copy);

  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    bench_fail (path, error);
  return copy;
}
