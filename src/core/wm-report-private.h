/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-report.h"

G_BEGIN_DECLS

/* Scores closer than this are the same score. */
#define WM_REPORT_TOLERANCE 1e-9

/* wm-report-summary.c; @next_level maps an element id to 1 + the index of its next level. */
char *wm_report_summarise (WmReport   *report,
                           GPtrArray  *level_names,
                           const char *top_name,
                           GHashTable *next_level,
                           guint       n_open);

G_END_DECLS
