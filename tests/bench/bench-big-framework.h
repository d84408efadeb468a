/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The imported framework of the large school file: BENCH_BIG_N_DESCRIPTORS descriptors in
 * Waymark's own format (docs/framework-format.md), made up but shaped like a real one:
 * 4 headings of 5 elements, each element 25 strands, each strand one descriptor per level.
 */

#define BENCH_BIG_ID            "bench-big"
#define BENCH_BIG_N_HEADINGS    4
#define BENCH_BIG_N_ELEMENTS    5     /* per heading: 20 elements, the radar's axes */
#define BENCH_BIG_N_STRANDS     25    /* per element */
#define BENCH_BIG_N_LEVELS      4
#define BENCH_BIG_N_DESCRIPTORS (BENCH_BIG_N_HEADINGS * BENCH_BIG_N_ELEMENTS * \
                                 BENCH_BIG_N_STRANDS * BENCH_BIG_N_LEVELS)

GBytes *bench_big_framework_json (void);

G_END_DECLS
