/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-store.h"

G_BEGIN_DECLS

/*
 * A full copy of the school file, for handing the school over to its next head: everything,
 * private data included, made with SQLite's backup API and written whole. Unlike the summary
 * bundle (wm-bundle.h) it is never meant for the trust.
 */

/* What a copy holds, counted in the copy itself. */
typedef struct {
  guint   n_frameworks;
  guint   n_judgements;      /* judged descriptors; their history comes with them */
  guint   n_snapshots;
  guint   n_evidence;        /* files, links and written notes */
  guint64 evidence_bytes;    /* the files' contents, each kept once */
  guint   n_actions;
  guint   n_plan_years;
  guint   n_steps;
  guint   n_survey_rounds;
  guint   n_cohorts;
  guint   n_pupils;
  guint64 size;              /* the copy, in bytes */
} WmBundleCopyContents;

gboolean    wm_bundle_export_copy         (WmStore                    *store,
                                           const char                 *path,
                                           WmBundleCopyContents       *contents,
                                           GError                    **error);
GStrv       wm_bundle_copy_contents_lines (const WmBundleCopyContents *contents);
const char *wm_bundle_copy_warning        (void);

G_END_DECLS
