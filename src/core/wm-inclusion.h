/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-inclusion-cohort.h"
#include "wm-inclusion-pupil.h"
#include "wm-intervention.h"
#include "wm-store.h"

G_BEGIN_DECLS

/*
 * The inclusion action plan: cohorts of the most vulnerable pupils, each pupil known only by a
 * pseudonymous code, their needs by EEF pillar, the interventions planned for them and a budget
 * against a grant. Pupil-level data is special-category data: only WmInclusionSummary (counts and
 * totals) may go into anything meant for sharing. Every write emits "changed::inclusion".
 */

/* The framework whose elements are the pillars needs and interventions are filed under. */
#define WM_INCLUSION_PILLARS_FRAMEWORK "eef-pillars"
/* The grant a new cohort has unless told otherwise: GBP 5000. */
#define WM_INCLUSION_DEFAULT_GRANT_PENCE G_GINT64_CONSTANT (500000)

/* wm-inclusion.c: cohorts and their retention dates */
gint64      wm_inclusion_add_cohort              (WmStore      *store,
                                                  const char   *name,
                                                  gint64        grant_pence,
                                                  const char   *retain_until,
                                                  GError      **error);
gint64      wm_inclusion_find_cohort             (WmStore      *store,
                                                  const char   *name,
                                                  GError      **error);
WmInclusionCohort *wm_inclusion_get_cohort       (WmStore      *store,
                                                  gint64        cohort_id,
                                                  GError      **error);
GListModel *wm_inclusion_list_cohorts            (WmStore      *store,
                                                  GError      **error);
gboolean    wm_inclusion_set_cohort_grant        (WmStore      *store,
                                                  gint64        cohort_id,
                                                  gint64        grant_pence,
                                                  GError      **error);
gboolean    wm_inclusion_set_cohort_retain_until (WmStore      *store,
                                                  gint64        cohort_id,
                                                  const char   *retain_until,
                                                  GError      **error);
GListModel *wm_inclusion_cohorts_past_retention  (WmStore      *store,
                                                  const GDate  *today,
                                                  GError      **error);

/* wm-inclusion-pupils.c: pseudonymous codes, pupils and their needs */
gboolean    wm_inclusion_check_code              (const char   *code,
                                                  GError      **error);
char       *wm_inclusion_suggest_code            (WmStore      *store,
                                                  gint64        cohort_id,
                                                  const char   *initials,
                                                  GError      **error);
gint64      wm_inclusion_add_pupil               (WmStore      *store,
                                                  gint64        cohort_id,
                                                  const char   *code,
                                                  GError      **error);
gint64      wm_inclusion_find_pupil              (WmStore      *store,
                                                  const char   *name,
                                                  GError      **error);
WmInclusionPupil *wm_inclusion_get_pupil         (WmStore      *store,
                                                  gint64        pupil_id,
                                                  GError      **error);
GListModel *wm_inclusion_list_pupils             (WmStore      *store,
                                                  gint64        cohort_id,
                                                  GError      **error);
gboolean    wm_inclusion_set_need                (WmStore      *store,
                                                  gint64        pupil_id,
                                                  const char   *pillar_id,
                                                  const char   *note,
                                                  GError      **error);
gboolean    wm_inclusion_remove_need             (WmStore      *store,
                                                  gint64        pupil_id,
                                                  const char   *pillar_id,
                                                  GError      **error);
GStrv       wm_inclusion_list_pillars            (WmStore      *store,
                                                  GStrv        *titles,
                                                  GError      **error);

/* wm-inclusion-interventions.c */
gint64      wm_inclusion_add_intervention        (WmStore                  *store,
                                                  gint64                    pupil_id,
                                                  const WmInterventionSpec *spec,
                                                  GError                  **error);
gboolean    wm_inclusion_update_intervention     (WmStore                  *store,
                                                  gint64                    intervention_id,
                                                  const WmInterventionSpec *spec,
                                                  GError                  **error);
gboolean    wm_inclusion_remove_intervention     (WmStore                  *store,
                                                  gint64                    intervention_id,
                                                  GError                  **error);
WmIntervention *wm_inclusion_get_intervention    (WmStore                  *store,
                                                  gint64                    intervention_id,
                                                  GError                  **error);
GListModel *wm_inclusion_list_interventions      (WmStore                  *store,
                                                  gint64                    cohort_id,
                                                  gint64                    pupil_id,
                                                  GError                  **error);

/* wm-inclusion-erase.c: erasure for good */
gboolean    wm_inclusion_erase_pupil             (WmStore      *store,
                                                  gint64        pupil_id,
                                                  GError      **error);
gboolean    wm_inclusion_erase_cohort            (WmStore      *store,
                                                  gint64        cohort_id,
                                                  GError      **error);

/* wm-inclusion-summary.c: the only figures that may be shared */
typedef struct {
  gint64   grant_pence;
  gint64   committed_pence;    /* the sum of the interventions' costs */
  gint64   spent_pence;
  gint64   remaining_pence;    /* grant less committed; negative when over */
  gboolean over_committed;     /* committed > grant */
  gboolean over_spent;         /* spent > grant */
} WmInclusionBudget;

typedef struct {
  char  *pillar_id;
  char  *title;                /* the pillar's title in the framework */
  guint  n_needs;              /* pupils with a need in it */
  guint  n_interventions;
} WmInclusionPillarCount;

typedef struct {
  char              *cohort_name;          /* NULL: every cohort */
  guint              n_cohorts;
  guint              n_pupils;
  guint              n_interventions;
  guint              n_external;           /* through an external provider */
  double             external_percent;     /* of the interventions, to one decimal */
  guint              n_external_providers; /* distinct named external providers */
  guint              n_no_pillar;          /* interventions under no pillar */
  guint              n_reviews_due;        /* review date today or before, no outcome yet */
  guint              n_reviews_overdue;    /* of those, review date before today */
  guint              n_outcomes;           /* interventions with an outcome recorded */
  GPtrArray         *pillars;              /* WmInclusionPillarCount, in the framework's order */
  WmInclusionBudget  budget;
} WmInclusionSummary;

gboolean    wm_inclusion_get_budget              (WmStore            *store,
                                                  gint64              cohort_id,
                                                  WmInclusionBudget  *budget,
                                                  GError            **error);
WmInclusionSummary *wm_inclusion_summary_new     (WmStore            *store,
                                                  gint64              cohort_id,
                                                  const GDate        *today,
                                                  GError            **error);
void        wm_inclusion_summary_free            (WmInclusionSummary *summary);
char      **wm_inclusion_summary_lines           (const WmInclusionSummary *summary);

char       *wm_inclusion_format_money            (gint64        pence);
gboolean    wm_inclusion_parse_money             (const char   *text,
                                                  gint64       *pence);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmInclusionSummary, wm_inclusion_summary_free)

G_END_DECLS
