/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_TYPE_INCLUSION_COHORT (wm_inclusion_cohort_get_type ())
G_DECLARE_FINAL_TYPE (WmInclusionCohort, wm_inclusion_cohort, WM, INCLUSION_COHORT, GObject)

WmInclusionCohort *wm_inclusion_cohort_new                 (gint64             id,
                                                            const char        *name,
                                                            gint64             grant_pence,
                                                            const char        *retain_until,
                                                            const char        *created_at,
                                                            guint              n_pupils);
gint64             wm_inclusion_cohort_get_id              (WmInclusionCohort *self);
const char        *wm_inclusion_cohort_get_name            (WmInclusionCohort *self);
gint64             wm_inclusion_cohort_get_grant_pence     (WmInclusionCohort *self);
const char        *wm_inclusion_cohort_get_retain_until    (WmInclusionCohort *self);
const char        *wm_inclusion_cohort_get_created_at      (WmInclusionCohort *self);
guint              wm_inclusion_cohort_get_n_pupils        (WmInclusionCohort *self);
gboolean           wm_inclusion_cohort_is_past_retention   (WmInclusionCohort *self,
                                                            const GDate       *today);

G_END_DECLS
