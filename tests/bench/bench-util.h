/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Helpers shared by the benchmarks: clocks, medians, resident memory and the one way every
 * figure is printed ("bench: WHAT FIGURE (COMPARISON)"). No benchmark asserts a time; each
 * fails only on an error, through bench_fail().
 */

gint64   bench_now_us        (void);
double   bench_ms            (gint64        microseconds);
double   bench_median        (GArray       *values);
double   bench_percentile    (GArray       *values,
                              double        percent);
double   bench_min           (GArray       *values);
double   bench_max           (GArray       *values);
guint64  bench_rss_kb        (void);
guint64  bench_file_size     (const char   *path);
char    *bench_size_text     (guint64       bytes);
char    *bench_ratio_text    (double        value,
                              double        floor);
void     bench_print         (const char   *format,
                              ...) G_GNUC_PRINTF (1, 2);
G_NORETURN
void     bench_fail          (const char   *what,
                              const GError *error);
char    *bench_make_dir      (const char   *path);
void     bench_remove_tree   (const char   *path);
char    *bench_copy_school   (const char   *path,
                              const char   *dir);

G_END_DECLS
