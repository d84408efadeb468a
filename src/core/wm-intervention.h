/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What an intervention is, as given to wm_inclusion_add_intervention() and as read back. */
typedef struct {
  const char *pillar_id;       /* an EEF pillar ("behaviour"); NULL or "": none */
  const char *what;
  const char *who;             /* the member of staff, by role: "TA", "LBL" */
  gboolean    external;        /* through an external provider */
  const char *provider_name;   /* "Young Minds Matter"; may be "" */
  const char *starts_on;       /* YYYY-MM-DD; NULL or "": not set */
  const char *review_on;       /* YYYY-MM-DD; NULL or "": not set */
  gint64      cost_pence;      /* committed */
  gint64      spent_pence;
  const char *outcome;         /* at review; "" until then */
} WmInterventionSpec;

#define WM_TYPE_INTERVENTION (wm_intervention_get_type ())
G_DECLARE_FINAL_TYPE (WmIntervention, wm_intervention, WM, INTERVENTION, GObject)

WmIntervention *wm_intervention_new               (gint64                    id,
                                                   gint64                    pupil_id,
                                                   const char               *pupil_code,
                                                   const WmInterventionSpec *spec);
void            wm_intervention_get_spec          (WmIntervention           *self,
                                                   WmInterventionSpec       *spec);
gint64          wm_intervention_get_id            (WmIntervention           *self);
gint64          wm_intervention_get_pupil_id      (WmIntervention           *self);
const char     *wm_intervention_get_pupil_code    (WmIntervention           *self);
const char     *wm_intervention_get_pillar_id     (WmIntervention           *self);
const char     *wm_intervention_get_what          (WmIntervention           *self);
const char     *wm_intervention_get_who           (WmIntervention           *self);
gboolean        wm_intervention_is_external       (WmIntervention           *self);
const char     *wm_intervention_get_provider_name (WmIntervention           *self);
const char     *wm_intervention_get_starts_on     (WmIntervention           *self);
const char     *wm_intervention_get_review_on     (WmIntervention           *self);
gint64          wm_intervention_get_cost_pence    (WmIntervention           *self);
gint64          wm_intervention_get_spent_pence   (WmIntervention           *self);
const char     *wm_intervention_get_outcome       (WmIntervention           *self);
gboolean        wm_intervention_is_review_due     (WmIntervention           *self,
                                                   const GDate              *today);
gboolean        wm_intervention_is_review_overdue (WmIntervention           *self,
                                                   const GDate              *today);

G_END_DECLS
