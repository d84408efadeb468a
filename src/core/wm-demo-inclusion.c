/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-demo"

#include "config.h"

#include "wm-demo-private.h"
#include "wm-inclusion.h"

/*
 * The demo school's inclusion action plan: one cohort of six pupils, each known by a made-up
 * code only (as the app insists), their needs by EEF pillar, and interventions in school and
 * through outside providers (invented ones), within the grant. One review is left without an
 * outcome, so that the plan has something due.
 */

static const struct {
  const char *code;
  const char *pillars[2];
  const char *notes[2];
} pupils[] = {
  { "Y3-04", { "sel", "behaviour" }, { "Finds it hard to settle after lunch", NULL } },
  { "Y3-11", { "send", NULL }, { "Speech and language: referred for assessment", NULL } },
  { "Y4-02", { "metacognition", NULL }, { "Gives up quickly when stuck in maths", NULL } },
  { "Y5-09", { "parents", "sel" }, { "Family new to the area", NULL } },
  { "Y5-15", { "behaviour", NULL }, { "Struggles with the move between lessons", NULL } },
  { "Y6-03", { "send", "metacognition" }, { "Screening suggests dyslexia", NULL } },
};

static const struct {
  guint       pupil;          /* in pupils[] */
  const char *pillar;
  const char *what;
  const char *who;
  const char *provider;       /* NULL: in school */
  guint       start_month, start_day, review_month, review_day;
  gint64      cost_pence, spent_pence;
  const char *outcome;        /* NULL: none recorded yet */
} interventions[] = {
  { 0, "sel", "Nurture group, two afternoons a week", "TA", NULL,
    10, 6, 12, 12, 60000, 60000, "Settles sooner after lunch; carry on until Easter." },
  { 1, "send", "Speech and language assessment and six sessions", "SENCo",
    "Riverside Speech and Language Service", 11, 10, 2, 27, 90000, 90000,
    "Targets set; the TA carries on the exercises in class." },
  { 2, "metacognition", "Small group: strategies for when you are stuck in maths", "Year 4 teacher", NULL,
    1, 12, 3, 27, 15000, 10000, "Tries two strategies before asking for help." },
  { 3, "parents", "Family learning course, six evenings", "Family support worker",
    "Riverside Community Learning", 1, 19, 3, 6, 45000, 45000,
    "The parent came to four of the six; they read together most evenings." },
  { 4, "behaviour", "Daily check-in with the learning mentor", "Learning mentor", NULL,
    9, 15, 12, 5, 80000, 75000, "Fewer incidents at lunchtime; keep going." },
  { 5, "send", "Specialist literacy assessment", "SENCo", "Open Door Educational Psychology",
    2, 2, 5, 15, 120000, 60000, "Assessment done; a reading programme starts in the summer term." },
  { 0, "behaviour", "Play therapy, ten sessions", "SENCo", "Open Door Play Therapy",
    4, 20, 7, 10, 70000, 35000, NULL },
};

gboolean
wm_demo_fill_inclusion (WmDemo  *demo,
                        GError **error)
{
  g_autofree char *name = g_strdup_printf ("%u–%02u", demo->year, (demo->year + 1) % 100);
  g_autofree char *retain_until = g_strdup_printf ("%04u-08-31", demo->year + 3);
  gint64 pupil_ids[G_N_ELEMENTS (pupils)];
  gint64 cohort;

  if (!(cohort = wm_inclusion_add_cohort (demo->store, name, WM_INCLUSION_DEFAULT_GRANT_PENCE,
                                          retain_until, error)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (pupils); i++)
    {
      if (!(pupil_ids[i] = wm_inclusion_add_pupil (demo->store, cohort, pupils[i].code, error)))
        return FALSE;
      for (guint p = 0; p < G_N_ELEMENTS (pupils[i].pillars) && pupils[i].pillars[p]; p++)
        if (!wm_inclusion_set_need (demo->store, pupil_ids[i], pupils[i].pillars[p], pupils[i].notes[p], error))
          return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (interventions); i++)
    {
      g_autofree char *starts_on = wm_demo_date (demo, interventions[i].start_month, interventions[i].start_day);
      g_autofree char *review_on = wm_demo_date (demo, interventions[i].review_month, interventions[i].review_day);
      gboolean started = wm_demo_is_past (demo, starts_on);
      WmInterventionSpec spec = {
        .pillar_id = interventions[i].pillar,
        .what = interventions[i].what,
        .who = interventions[i].who,
        .external = interventions[i].provider != NULL,
        .provider_name = interventions[i].provider ? interventions[i].provider : "",
        .starts_on = starts_on,
        .review_on = review_on,
        .cost_pence = interventions[i].cost_pence,
        .spent_pence = started ? interventions[i].spent_pence : 0,
        .outcome = interventions[i].outcome && wm_demo_is_past (demo, review_on) ? interventions[i].outcome : "",
      };

      if (!wm_inclusion_add_intervention (demo->store, pupil_ids[interventions[i].pupil], &spec, error))
        return FALSE;
    }
  return TRUE;
}
