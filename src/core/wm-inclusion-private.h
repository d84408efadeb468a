/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the wm-inclusion*.c files share. */

#include "wm-inclusion.h"
#include "wm-store-private.h"

G_BEGIN_DECLS

/* A write to pupil-level data: the transaction, with secure_delete on for its length. */
typedef struct {
  int secure_delete;   /* the connection's value before: restored at the end */
} WmInclusionWrite;

gboolean  wm_inclusion_write_begin     (WmStore           *store,
                                        WmInclusionWrite  *write,
                                        GError           **error);
gboolean  wm_inclusion_write_commit    (WmStore           *store,
                                        WmInclusionWrite  *write,
                                        GError           **error);
void      wm_inclusion_write_rollback  (WmStore           *store,
                                        WmInclusionWrite  *write);
gint64    wm_inclusion_write_insert    (WmStore           *store,
                                        WmInclusionWrite  *write,
                                        sqlite3_stmt      *stmt,
                                        GError           **error);

char     *wm_inclusion_now_stamp       (void);
void      wm_inclusion_format_date     (const GDate       *date,
                                        char               text[11]);
gboolean  wm_inclusion_check_date      (const char        *text,
                                        const char        *what,
                                        GError           **error);
gboolean  wm_inclusion_check_cohort    (WmStore           *store,
                                        gint64             cohort_id,
                                        GError           **error);
gboolean  wm_inclusion_check_pupil     (WmStore           *store,
                                        gint64             pupil_id,
                                        GError           **error);
gboolean  wm_inclusion_check_pillar    (WmStore           *store,
                                        const char        *pillar_id,
                                        GError           **error);

G_END_DECLS
