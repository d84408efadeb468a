/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_TYPE_INCLUSION_PUPIL (wm_inclusion_pupil_get_type ())
G_DECLARE_FINAL_TYPE (WmInclusionPupil, wm_inclusion_pupil, WM, INCLUSION_PUPIL, GObject)

WmInclusionPupil   *wm_inclusion_pupil_new                (gint64              id,
                                                           gint64              cohort_id,
                                                           const char         *cohort_name,
                                                           const char         *code,
                                                           const char         *added_at,
                                                           const char * const *need_pillars,
                                                           const char * const *need_notes,
                                                           guint               n_interventions);
gint64              wm_inclusion_pupil_get_id             (WmInclusionPupil   *self);
gint64              wm_inclusion_pupil_get_cohort_id      (WmInclusionPupil   *self);
const char         *wm_inclusion_pupil_get_cohort_name    (WmInclusionPupil   *self);
const char         *wm_inclusion_pupil_get_code           (WmInclusionPupil   *self);
const char         *wm_inclusion_pupil_get_added_at       (WmInclusionPupil   *self);
const char * const *wm_inclusion_pupil_get_need_pillars   (WmInclusionPupil   *self);
const char         *wm_inclusion_pupil_get_need_note      (WmInclusionPupil   *self,
                                                           const char         *pillar_id);
guint               wm_inclusion_pupil_get_n_needs        (WmInclusionPupil   *self);
guint               wm_inclusion_pupil_get_n_interventions (WmInclusionPupil  *self);

G_END_DECLS
