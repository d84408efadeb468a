/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-grid-model.h"

G_BEGIN_DECLS

typedef enum {
  WM_EVIDENCE_ANY,
  WM_EVIDENCE_WITH,
  WM_EVIDENCE_WITHOUT,
  WM_EVIDENCE_UNREVIEWED,   /* with evidence not yet marked reviewed */
} WmEvidenceCondition;

/* What the grid is narrowed to; every condition must hold. */
typedef struct {
  const char          *text;           /* in the descriptor's text, note or evidence names */
  const char          *rating_id;      /* NULL: any rating */
  WmEvidenceCondition  evidence;
  gint64               changed_since;  /* a snapshot id; 0: no such condition */
  gboolean             open_actions;   /* only descriptors with planned or under-way actions */
} WmGridQuery;

gboolean    wm_grid_query_is_empty  (const WmGridQuery *query);
GHashTable *wm_grid_filter_match    (WmStore           *store,
                                     WmGridModel       *model,
                                     const WmGridQuery *query,
                                     GError           **error);
gboolean    wm_grid_filter_keeps    (GHashTable        *match,
                                     WmGridRow         *row);

G_END_DECLS
