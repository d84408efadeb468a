/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-inclusion"

#include "config.h"

#include <string.h>

#include "wm-action.h"
#include "wm-catalog.h"
#include "wm-inclusion.h"
#include "wm-report-export.h"
#include "wm-test-util.h"

/* The inclusion action plan: codes, needs, interventions, budget, summary, erasure that leaves
 * nothing behind in the file, retention, and the promise that no pupil's details reach the
 * governors' pack. */

static WmStore *
open_school (WmTestSchool *f)
{
  g_autoptr(GError) error = NULL;
  WmStore *store = wm_catalog_open_school (f->path, &error);

  g_assert_no_error (error);
  return store;
}

static void
set_date (GDate      *date,
          const char *text)
{
  g_assert_true (wm_action_parse_date (text, date));
}

static gint64
add_cohort (WmStore    *store,
            const char *name,
            gint64      grant,
            const char *retain_until)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_inclusion_add_cohort (store, name, grant, retain_until, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_pupil (WmStore    *store,
           gint64      cohort_id,
           const char *code)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_inclusion_add_pupil (store, cohort_id, code, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
set_need (WmStore    *store,
          gint64      pupil_id,
          const char *pillar_id,
          const char *note)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wm_inclusion_set_need (store, pupil_id, pillar_id, note, &error));
  g_assert_no_error (error);
}

static gint64
add_intervention (WmStore                  *store,
                  gint64                    pupil_id,
                  const WmInterventionSpec *spec)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_inclusion_add_intervention (store, pupil_id, spec, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A small intervention: @what under @pillar, costing @cost, internal unless @provider. */
static gint64
add_simple (WmStore    *store,
            gint64      pupil_id,
            const char *pillar,
            const char *what,
            const char *provider,
            gint64      cost)
{
  WmInterventionSpec spec = {
    .pillar_id = pillar, .what = what, .who = "LBL", .external = provider != NULL,
    .provider_name = provider, .cost_pence = cost,
  };

  return add_intervention (store, pupil_id, &spec);
}

static char *
suggest (WmStore    *store,
         gint64      cohort_id,
         const char *initials)
{
  g_autoptr(GError) error = NULL;
  char *code = wm_inclusion_suggest_code (store, cohort_id, initials, &error);

  g_assert_no_error (error);
  return code;
}

static int
n_rows (WmTestSchool *f)
{
  return wm_test_sqlite_int (f->path,
    "SELECT (SELECT count(*) FROM inclusion_cohorts) * 1000000 +"
    "       (SELECT count(*) FROM inclusion_pupils) * 10000 +"
    "       (SELECT count(*) FROM inclusion_needs) * 100 +"
    "       (SELECT count(*) FROM inclusion_interventions)");
}

static void
assert_error_has (GError     *error,
                  gint        code,
                  const char *message)
{
  g_assert_error (error, WM_STORE_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in: %s", message, error->message);
}

static void
test_cohorts (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(WmInclusionCohort) cohort = NULL;
  gint64 autumn, spring;
  int before;

  autumn = add_cohort (store, "  2025-26 Autumn  ", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL);
  spring = add_cohort (store, "2025-26 Spring", 250000, "2027-08-31");

  cohort = wm_inclusion_get_cohort (store, autumn, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_inclusion_cohort_get_name (cohort), ==, "2025-26 Autumn");
  g_assert_cmpint (wm_inclusion_cohort_get_grant_pence (cohort), ==, 500000);
  g_assert_null (wm_inclusion_cohort_get_retain_until (cohort));
  g_assert_cmpuint (wm_inclusion_cohort_get_n_pupils (cohort), ==, 0);

  g_assert_cmpint (wm_inclusion_find_cohort (store, "2025-26 SPRING", &error), ==, spring);
  g_assert_no_error (error);
  g_assert_cmpint (wm_inclusion_find_cohort (store, "Summer", &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No inclusion cohort named “Summer”");
  g_clear_error (&error);

  cohorts = wm_inclusion_list_cohorts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cohorts), ==, 2);

  /* Refusals write nothing. */
  before = n_rows (f);
  g_assert_cmpint (wm_inclusion_add_cohort (store, "2025-26 autumn", 0, NULL, &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_EXISTS, "already an inclusion cohort named “2025-26 autumn”");
  g_clear_error (&error);
  g_assert_cmpint (wm_inclusion_add_cohort (store, "  ", 0, NULL, &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_FAILED, "needs a name");
  g_clear_error (&error);
  g_assert_cmpint (wm_inclusion_add_cohort (store, "Later", 0, "2027-02-30", &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_FAILED, "“2027-02-30” is not a date");
  g_clear_error (&error);
  g_assert_cmpint (wm_inclusion_add_cohort (store, "Later", -1, NULL, &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_FAILED, "less than nothing");
  g_clear_error (&error);
  g_assert_cmpint (n_rows (f), ==, before);

  g_assert_true (wm_inclusion_set_cohort_grant (store, spring, 480000, &error));
  g_assert_true (wm_inclusion_set_cohort_retain_until (store, autumn, "2028-07-31", &error));
  g_assert_true (wm_inclusion_set_cohort_retain_until (store, spring, "", &error));
  g_assert_no_error (error);
  g_clear_object (&cohort);
  cohort = wm_inclusion_get_cohort (store, spring, &error);
  g_assert_cmpint (wm_inclusion_cohort_get_grant_pence (cohort), ==, 480000);
  g_assert_null (wm_inclusion_cohort_get_retain_until (cohort));
  g_clear_object (&cohort);
  cohort = wm_inclusion_get_cohort (store, autumn, &error);
  g_assert_cmpstr (wm_inclusion_cohort_get_retain_until (cohort), ==, "2028-07-31");

  g_assert_false (wm_inclusion_set_cohort_grant (store, spring + 100, 1, &error));
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No inclusion cohort");
}

static void
test_codes (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionPupil) pupil = NULL;
  gint64 cohort = add_cohort (store, "2025-26", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL);
  gint64 other = add_cohort (store, "2026-27", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL);
  g_autofree char *first = suggest (store, cohort, "ab");
  g_autofree char *second = NULL;
  g_autofree char *after_manual = NULL;
  g_autofree char *three = NULL;
  const struct { const char *code; const char *message; } refused[] = {
    { "Amy Brown", "Use a code such as AB07, not a name: Waymark never keeps pupils' names" },
    { "AB\t07", "not a name: Waymark never keeps pupils' names" },
    { "Amelia", "“Amelia” has no number in it. Use a code such as AB07, not a name" },
    { "A", "“A” is not a pupil code: a code has 2 to 12 letters, digits or hyphens" },
    { "AB1234567890X", "is not a pupil code" },
    { "AB_07", "is not a pupil code" },
    { "ÉB07", "is not a pupil code" },
    { "", "A pupil needs a code, such as AB07" },
  };
  gint64 id, again;
  int before;

  /* Suggested: the initials in capitals and the next number, across every cohort. */
  g_assert_cmpstr (first, ==, "AB01");
  id = add_pupil (store, cohort, first);
  second = suggest (store, other, "AB");
  g_assert_cmpstr (second, ==, "AB02");
  add_pupil (store, cohort, " ab07 ");
  after_manual = suggest (store, cohort, "Ab");
  g_assert_cmpstr (after_manual, ==, "AB08");
  three = suggest (store, cohort, "abc");
  g_assert_cmpstr (three, ==, "ABC01");

  g_assert_null (wm_inclusion_suggest_code (store, cohort, "ABCD", &error));
  assert_error_has (error, WM_STORE_ERROR_FAILED, "“ABCD” are not initials");
  g_clear_error (&error);
  g_assert_null (wm_inclusion_suggest_code (store, cohort, "A1", &error));
  assert_error_has (error, WM_STORE_ERROR_FAILED, "one to three letters");
  g_clear_error (&error);
  g_assert_null (wm_inclusion_suggest_code (store, other + 10, "AB", &error));
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No inclusion cohort");
  g_clear_error (&error);

  /* Validated: anything like a name is refused, and nothing is written. */
  before = n_rows (f);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (wm_inclusion_check_code (refused[i].code, &error));
      assert_error_has (error, WM_STORE_ERROR_FAILED, refused[i].message);
      g_clear_error (&error);
      g_assert_cmpint (wm_inclusion_add_pupil (store, cohort, refused[i].code, &error), ==, 0);
      assert_error_has (error, WM_STORE_ERROR_FAILED, refused[i].message);
      g_clear_error (&error);
    }
  g_assert_true (wm_inclusion_check_code ("Y5-12", NULL));
  g_assert_true (wm_inclusion_check_code ("abcdefghij12", NULL));

  /* Duplicates: refused in one cohort, allowed across two; then the cohort must be named. */
  g_assert_cmpint (wm_inclusion_add_pupil (store, cohort, "Ab01", &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_EXISTS, "Cohort “2025-26” already has a pupil AB01");
  g_clear_error (&error);
  g_assert_cmpint (n_rows (f), ==, before);

  g_assert_cmpint (wm_inclusion_find_pupil (store, "ab01", &error), ==, id);
  g_assert_no_error (error);
  again = add_pupil (store, other, "AB01");
  g_assert_cmpint (wm_inclusion_find_pupil (store, "AB01", &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_AMBIGUOUS, "Several cohorts have a pupil AB01: name it as COHORT:AB01");
  g_clear_error (&error);
  g_assert_cmpint (wm_inclusion_find_pupil (store, "2026-27:ab01", &error), ==, again);
  g_assert_cmpint (wm_inclusion_find_pupil (store, "2025-26:AB01", &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (wm_inclusion_find_pupil (store, "ZZ01", &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No pupil with the code ZZ01");
  g_clear_error (&error);
  g_assert_cmpint (wm_inclusion_find_pupil (store, "2026-27:AB07", &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No pupil AB07 in inclusion cohort “2026-27”");
  g_clear_error (&error);

  pupil = wm_inclusion_get_pupil (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_inclusion_pupil_get_code (pupil), ==, "AB01");
  g_assert_cmpstr (wm_inclusion_pupil_get_cohort_name (pupil), ==, "2025-26");
  g_assert_cmpint (wm_inclusion_pupil_get_cohort_id (pupil), ==, cohort);
}

static void
test_needs (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionPupil) pupil = NULL;
  g_autoptr(GListModel) pupils = NULL;
  g_auto(GStrv) titles = NULL;
  g_auto(GStrv) pillars = wm_inclusion_list_pillars (store, &titles, &error);
  const char * const expected[] = { "behaviour", "send", NULL };
  gint64 cohort = add_cohort (store, "2025-26", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL);
  gint64 id = add_pupil (store, cohort, "CD03");
  int before;

  g_assert_no_error (error);
  g_assert_cmpstrv (pillars, ((const char * const[]) { "metacognition", "behaviour", "sel",
                                                       "parents", "send", NULL }));
  g_assert_cmpstr (titles[1], ==, "Improving behaviour");

  /* Kept in the pillars' order, one per pillar; setting again changes the note. */
  set_need (store, id, "send", "Speech and language");
  set_need (store, id, "behaviour", "Unstructured times");
  set_need (store, id, "behaviour", "  Lunchtimes  ");
  pupil = wm_inclusion_get_pupil (store, id, &error);
  g_assert_cmpstrv (wm_inclusion_pupil_get_need_pillars (pupil), expected);
  g_assert_cmpstr (wm_inclusion_pupil_get_need_note (pupil, "behaviour"), ==, "Lunchtimes");
  g_assert_cmpstr (wm_inclusion_pupil_get_need_note (pupil, "send"), ==, "Speech and language");
  g_assert_null (wm_inclusion_pupil_get_need_note (pupil, "sel"));
  g_assert_cmpuint (wm_inclusion_pupil_get_n_needs (pupil), ==, 2);

  before = n_rows (f);
  g_assert_false (wm_inclusion_set_need (store, id, "maths", "x", &error));
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND,
                    "“maths” is not an EEF pillar (use one of metacognition, behaviour, sel, parents, send)");
  g_clear_error (&error);
  g_assert_false (wm_inclusion_set_need (store, id + 1, "sel", "x", &error));
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No pupil");
  g_clear_error (&error);
  g_assert_false (wm_inclusion_remove_need (store, id, "sel", &error));
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "Pupil CD03 has no need recorded in “sel”");
  g_clear_error (&error);
  g_assert_cmpint (n_rows (f), ==, before);

  g_assert_true (wm_inclusion_remove_need (store, id, "send", &error));
  g_assert_no_error (error);
  pupils = wm_inclusion_list_pupils (store, cohort, &error);
  g_assert_cmpuint (g_list_model_get_n_items (pupils), ==, 1);
  g_clear_object (&pupil);
  pupil = g_list_model_get_item (pupils, 0);
  g_assert_cmpuint (wm_inclusion_pupil_get_n_needs (pupil), ==, 1);
}

static void
test_interventions (WmTestSchool  *f,
                    gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmIntervention) got = NULL;
  g_autoptr(GListModel) list = NULL;
  gint64 cohort = add_cohort (store, "2025-26", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL);
  gint64 ab = add_pupil (store, cohort, "AB01");
  gint64 cd = add_pupil (store, cohort, "CD02");
  WmInterventionSpec spec = {
    .pillar_id = "sel", .what = "  Lego therapy, weekly  ", .who = " TA ", .external = TRUE,
    .provider_name = "Bricks for Good", .starts_on = "2026-01-12", .review_on = "2026-03-09",
    .cost_pence = 45000, .spent_pence = 15000,
  };
  WmInterventionSpec bad;
  WmInterventionSpec changed;
  GDate today;
  gint64 id, later, none;
  int before;

  id = add_intervention (store, ab, &spec);
  later = add_simple (store, ab, "behaviour", "Meet and greet", NULL, 0);
  none = add_simple (store, cd, NULL, "Breakfast club", NULL, 2500);

  got = wm_inclusion_get_intervention (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_intervention_get_pupil_code (got), ==, "AB01");
  g_assert_cmpint (wm_intervention_get_pupil_id (got), ==, ab);
  g_assert_cmpstr (wm_intervention_get_pillar_id (got), ==, "sel");
  g_assert_cmpstr (wm_intervention_get_what (got), ==, "Lego therapy, weekly");
  g_assert_cmpstr (wm_intervention_get_who (got), ==, "TA");
  g_assert_true (wm_intervention_is_external (got));
  g_assert_cmpstr (wm_intervention_get_provider_name (got), ==, "Bricks for Good");
  g_assert_cmpstr (wm_intervention_get_starts_on (got), ==, "2026-01-12");
  g_assert_cmpstr (wm_intervention_get_review_on (got), ==, "2026-03-09");
  g_assert_cmpint (wm_intervention_get_cost_pence (got), ==, 45000);
  g_assert_cmpint (wm_intervention_get_spent_pence (got), ==, 15000);
  g_assert_cmpstr (wm_intervention_get_outcome (got), ==, "");

  /* Due on the review date, overdue after it, neither once an outcome is recorded. */
  set_date (&today, "2026-03-08");
  g_assert_false (wm_intervention_is_review_due (got, &today));
  set_date (&today, "2026-03-09");
  g_assert_true (wm_intervention_is_review_due (got, &today));
  g_assert_false (wm_intervention_is_review_overdue (got, &today));
  set_date (&today, "2026-03-10");
  g_assert_true (wm_intervention_is_review_overdue (got, &today));

  /* Changed from what was read: the outcome at review and what was spent. */
  wm_intervention_get_spec (got, &changed);
  changed.outcome = "Joins in at playtimes";
  changed.spent_pence = 45000;
  g_assert_true (wm_inclusion_update_intervention (store, id, &changed, &error));
  g_assert_no_error (error);
  g_clear_object (&got);
  got = wm_inclusion_get_intervention (store, id, &error);
  g_assert_cmpstr (wm_intervention_get_outcome (got), ==, "Joins in at playtimes");
  g_assert_cmpint (wm_intervention_get_spent_pence (got), ==, 45000);
  g_assert_cmpstr (wm_intervention_get_what (got), ==, "Lego therapy, weekly");
  g_assert_false (wm_intervention_is_review_due (got, &today));

  /* By pupil, soonest review first, undated last. */
  list = wm_inclusion_list_interventions (store, cohort, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(WmIntervention) a = g_list_model_get_item (list, 0);
    g_autoptr(WmIntervention) b = g_list_model_get_item (list, 1);
    g_autoptr(WmIntervention) c = g_list_model_get_item (list, 2);

    g_assert_cmpint (wm_intervention_get_id (a), ==, id);
    g_assert_cmpint (wm_intervention_get_id (b), ==, later);
    g_assert_cmpint (wm_intervention_get_id (c), ==, none);
    g_assert_null (wm_intervention_get_pillar_id (c));
    g_assert_false (wm_intervention_is_external (c));
  }
  g_clear_object (&list);
  list = wm_inclusion_list_interventions (store, 0, cd, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  /* Refusals write nothing. */
  before = n_rows (f);
  bad = spec;
  bad.what = "  ";
  g_assert_cmpint (wm_inclusion_add_intervention (store, ab, &bad, &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_FAILED, "An intervention needs a description");
  g_clear_error (&error);
  bad = spec;
  bad.review_on = "2026-01-05";
  g_assert_cmpint (wm_inclusion_add_intervention (store, ab, &bad, &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_FAILED, "The review date 2026-01-05 is before the start date 2026-01-12");
  g_clear_error (&error);
  bad = spec;
  bad.starts_on = "12/01/2026";
  g_assert_cmpint (wm_inclusion_add_intervention (store, ab, &bad, &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_FAILED, "“12/01/2026” is not a date: write the start date as YYYY-MM-DD");
  g_clear_error (&error);
  bad = spec;
  bad.cost_pence = -1;
  g_assert_cmpint (wm_inclusion_add_intervention (store, ab, &bad, &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_FAILED, "less than nothing");
  g_clear_error (&error);
  bad = spec;
  bad.pillar_id = "reading";
  g_assert_cmpint (wm_inclusion_add_intervention (store, ab, &bad, &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "“reading” is not an EEF pillar");
  g_clear_error (&error);
  g_assert_cmpint (wm_inclusion_add_intervention (store, cd + 10, &spec, &error), ==, 0);
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No pupil");
  g_clear_error (&error);
  g_assert_false (wm_inclusion_update_intervention (store, none + 10, &spec, &error));
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No intervention");
  g_clear_error (&error);
  g_assert_cmpint (n_rows (f), ==, before);

  g_assert_true (wm_inclusion_remove_intervention (store, later, &error));
  g_assert_false (wm_inclusion_remove_intervention (store, later, &error));
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No intervention");
  g_assert_cmpint (n_rows (f), ==, before - 1);
}

static void
assert_budget (WmStore *store,
               gint64   cohort,
               gint64   grant,
               gint64   committed,
               gint64   spent,
               gboolean over_committed,
               gboolean over_spent)
{
  g_autoptr(GError) error = NULL;
  WmInclusionBudget budget;

  g_assert_true (wm_inclusion_get_budget (store, cohort, &budget, &error));
  g_assert_no_error (error);
  g_assert_cmpint (budget.grant_pence, ==, grant);
  g_assert_cmpint (budget.committed_pence, ==, committed);
  g_assert_cmpint (budget.spent_pence, ==, spent);
  g_assert_cmpint (budget.remaining_pence, ==, grant - committed);
  g_assert_cmpint (budget.over_committed, ==, over_committed);
  g_assert_cmpint (budget.over_spent, ==, over_spent);
}

static void
set_spent (WmStore *store,
           gint64   id,
           gint64   spent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmIntervention) intervention = wm_inclusion_get_intervention (store, id, &error);
  WmInterventionSpec spec;

  wm_intervention_get_spec (intervention, &spec);
  spec.spent_pence = spent;
  g_assert_true (wm_inclusion_update_intervention (store, id, &spec, &error));
  g_assert_no_error (error);
}

static void
test_budget (WmTestSchool  *f,
             gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  gint64 cohort = add_cohort (store, "2025-26", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL);
  gint64 small = add_cohort (store, "Nurture group", 100000, NULL);
  gint64 ab = add_pupil (store, cohort, "AB01");
  gint64 cd = add_pupil (store, cohort, "CD02");
  gint64 ef = add_pupil (store, small, "EF03");
  gint64 a, b, c;
  WmInclusionBudget budget;

  assert_budget (store, cohort, 500000, 0, 0, FALSE, FALSE);

  /* Sums in pence, with no rounding anywhere: exactly the grant is not over it. */
  a = add_simple (store, ab, "sel", "Counselling", "Place2Be", 125050);
  b = add_simple (store, ab, "behaviour", "Mentoring", NULL, 250000);
  c = add_simple (store, cd, "send", "Speech therapy", "NHS SaLT", 124950);
  add_simple (store, ef, "sel", "Nurture breakfast", NULL, 99999);
  assert_budget (store, cohort, 500000, 500000, 0, FALSE, FALSE);

  add_simple (store, cd, "parents", "Family workshop", NULL, 1);
  assert_budget (store, cohort, 500000, 500001, 0, TRUE, FALSE);

  set_spent (store, a, 125050);
  set_spent (store, b, 250000);
  set_spent (store, c, 124950);
  assert_budget (store, cohort, 500000, 500001, 500000, TRUE, FALSE);
  set_spent (store, c, 124951);
  assert_budget (store, cohort, 500000, 500001, 500001, TRUE, TRUE);

  /* Raising the grant clears the warning on commitments. */
  g_assert_true (wm_inclusion_set_cohort_grant (store, cohort, 600000, &error));
  assert_budget (store, cohort, 600000, 500001, 500001, FALSE, FALSE);

  /* Every cohort together, and one on its own. */
  assert_budget (store, small, 100000, 99999, 0, FALSE, FALSE);
  assert_budget (store, 0, 700000, 600000, 500001, FALSE, FALSE);

  g_assert_false (wm_inclusion_get_budget (store, small + 10, &budget, &error));
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No inclusion cohort");
}

static void
test_money (void)
{
  const struct { const char *text; gint64 pence; } good[] = {
    { "5000", 500000 }, { "£5,000", 500000 }, { " £1,250.50 ", 125050 }, { "12.5", 1250 },
    { "0.07", 7 }, { "0", 0 }, { "1,000,000.00", 100000000 },
  };
  const char *bad[] = { "", "£", "-5", "5.123", "5.", "five", "£5k", ",500", "12 000", "1.2.3" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 pence = -1;

      g_assert_true (wm_inclusion_parse_money (good[i].text, &pence));
      g_assert_cmpint (pence, ==, good[i].pence);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gint64 pence = -1;

      if (wm_inclusion_parse_money (bad[i], &pence))
        g_error ("“%s” read as %" G_GINT64_FORMAT " pence", bad[i], pence);
    }

#define ASSERT_MONEY(pence, text) \
  G_STMT_START { g_autofree char *m = wm_inclusion_format_money (pence); g_assert_cmpstr (m, ==, text); } G_STMT_END
  ASSERT_MONEY (500000, "£5,000.00");
  ASSERT_MONEY (7, "£0.07");
  ASSERT_MONEY (99999, "£999.99");
  ASSERT_MONEY (123456789, "£1,234,567.89");
  ASSERT_MONEY (-1250, "-£12.50");
#undef ASSERT_MONEY
}

/* A cohort of 4 pupils and 13 interventions, 3 of them external through 2 providers. */
static gint64
make_case_study (WmStore *store)
{
  gint64 cohort = add_cohort (store, "2025-26", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL);
  gint64 pupils[4];
  static const char * const pillars[] = { "metacognition", "behaviour", "sel", "parents", "send" };
  gint64 id;

  for (guint i = 0; i < G_N_ELEMENTS (pupils); i++)
    {
      g_autofree char *code = g_strdup_printf ("QX%u", 17 + i);

      pupils[i] = add_pupil (store, cohort, code);
      set_need (store, pupils[i], "behaviour", "SECRET-NEED behaviour");
    }
  set_need (store, pupils[0], "send", "SECRET-NEED send");

  add_simple (store, pupils[0], "sel", "SECRET-WHAT play therapy", "Young Minds", 60000);
  add_simple (store, pupils[1], "sel", "SECRET-WHAT play therapy", " young minds ", 60000);
  add_simple (store, pupils[2], "send", "SECRET-WHAT assessment", "SECRET-PROVIDER Ltd", 45000);
  for (guint i = 0; i < 9; i++)
    add_simple (store, pupils[i % 4], pillars[i % 5], "SECRET-WHAT in school", NULL, 10000);

  /* One reviewed, one due today, two overdue. */
  {
    WmInterventionSpec spec = { .pillar_id = "behaviour", .what = "SECRET-WHAT mentor", .who = "LBL",
                                .review_on = "2026-03-01", .outcome = "SECRET-OUTCOME settled" };

    add_intervention (store, pupils[3], &spec);
    spec.outcome = NULL;
    id = add_intervention (store, pupils[3], &spec);
    g_assert_cmpint (id, >, 0);
    spec.pillar_id = NULL;
    spec.review_on = "2026-03-09";
    add_intervention (store, pupils[3], &spec);
    spec.review_on = "2026-03-10";
    add_intervention (store, pupils[0], &spec);
    spec.review_on = "2026-03-11";
    add_intervention (store, pupils[1], &spec);
  }
  return cohort;
}

/* Whether @needle is anywhere in the @length bytes at @data. */
static gboolean
bytes_have (const char *data,
            gsize       length,
            const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; n > 0 && i + n <= length; i++)
    if (data[i] == needle[0] && memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static const char * const secrets[] = {
  "QX17", "QX18", "QX19", "QX20", "SECRET-NEED", "SECRET-WHAT", "SECRET-PROVIDER", "SECRET-OUTCOME",
  "Young Minds", "young minds",
};

static void
assert_no_secret (const char *what,
                  const char *text,
                  gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    if (bytes_have (text, length, secrets[i]))
      g_error ("“%s” found in %s", secrets[i], what);
}

static void
test_summary (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionSummary) summary = NULL;
  g_autoptr(WmInclusionSummary) all = NULL;
  g_autoptr(WmInclusionSummary) empty = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) empty_lines = NULL;
  g_autofree char *joined = NULL;
  gint64 cohort, nothing;
  GDate today;

  set_date (&today, "2026-03-10");
  cohort = make_case_study (store);
  nothing = add_cohort (store, "2026-27", 300000, NULL);

  summary = wm_inclusion_summary_new (store, cohort, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (summary->cohort_name, ==, "2025-26");
  g_assert_cmpuint (summary->n_pupils, ==, 4);
  g_assert_cmpuint (summary->n_interventions, ==, 17);
  g_assert_cmpuint (summary->n_external, ==, 3);
  g_assert_cmpuint (summary->n_external_providers, ==, 2);
  g_assert_cmpuint (summary->n_no_pillar, ==, 3);
  g_assert_cmpuint (summary->n_reviews_due, ==, 3);
  g_assert_cmpuint (summary->n_reviews_overdue, ==, 2);
  g_assert_cmpuint (summary->n_outcomes, ==, 1);
  g_assert_cmpuint (summary->pillars->len, ==, 5);
  {
    WmInclusionPillarCount *behaviour = g_ptr_array_index (summary->pillars, 1);
    WmInclusionPillarCount *send = g_ptr_array_index (summary->pillars, 4);

    g_assert_cmpstr (behaviour->pillar_id, ==, "behaviour");
    g_assert_cmpuint (behaviour->n_needs, ==, 4);
    g_assert_cmpuint (behaviour->n_interventions, ==, 4);
    g_assert_cmpuint (send->n_needs, ==, 1);
    g_assert_cmpuint (send->n_interventions, ==, 2);
  }
  g_assert_cmpint (summary->budget.committed_pence, ==, 255000);

  lines = wm_inclusion_summary_lines (summary);
  joined = g_strjoinv ("\n", lines);
  g_assert_cmpstr (joined, ==,
    "Inclusion action plan, cohort “2025-26”: 4 pupils, 17 interventions\n"
    "17.6% of interventions are through an external provider (3 of 17; 2 different providers)\n"
    "Interventions by pillar: Metacognition and self-regulated learning 2, Improving behaviour 4, "
    "Social and emotional learning 4, Working with parents to support children's learning 2, "
    "Special educational needs in mainstream schools 2; under no pillar 3\n"
    "Reviews: 3 due, 2 of them overdue; 1 outcome recorded\n"
    "Pupils with a need, by pillar: Metacognition and self-regulated learning 0, Improving behaviour 4, "
    "Social and emotional learning 0, Working with parents to support children's learning 0, "
    "Special educational needs in mainstream schools 1\n"
    "Budget: grant £5,000.00, committed £2,550.00, spent £0.00; £2,450.00 left to commit");
  assert_no_secret ("the summary lines", joined, strlen (joined));

  /* The case study's figure: 3 of 13 is 23.1%. */
  {
    g_autoptr(WmInclusionSummary) thirteen = NULL;
    g_autoptr(GListModel) list = wm_inclusion_list_interventions (store, cohort, 0, &error);
    guint removed = 0;

    for (guint i = 0; i < g_list_model_get_n_items (list) && removed < 4; i++)
      {
        g_autoptr(WmIntervention) item = g_list_model_get_item (list, i);

        if (!wm_intervention_is_external (item))
          {
            g_assert_true (wm_inclusion_remove_intervention (store, wm_intervention_get_id (item), &error));
            removed++;
          }
      }
    thirteen = wm_inclusion_summary_new (store, cohort, &today, &error);
    g_assert_cmpuint (thirteen->n_interventions, ==, 13);
    g_assert_cmpfloat (thirteen->external_percent, ==, 23.1);
  }

  /* Every cohort together; and a cohort with nothing yet. */
  all = wm_inclusion_summary_new (store, 0, &today, &error);
  g_assert_null (all->cohort_name);
  g_assert_cmpuint (all->n_cohorts, ==, 2);
  g_assert_cmpint (all->budget.grant_pence, ==, 800000);
  empty = wm_inclusion_summary_new (store, nothing, &today, &error);
  g_assert_no_error (error);
  empty_lines = wm_inclusion_summary_lines (empty);
  g_assert_cmpstrv (empty_lines, ((const char * const[]) {
    "Inclusion action plan, cohort “2026-27”: 0 pupils, 0 interventions",
    "No interventions are planned yet",
    "Budget: grant £3,000.00, committed £0.00, spent £0.00; £3,000.00 left to commit",
    NULL }));
  g_assert_null (wm_inclusion_summary_new (store, nothing + 10, &today, &error));
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No inclusion cohort");
}

static void
test_over_budget_lines (WmTestSchool  *f,
                        gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionSummary) summary = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 cohort = add_cohort (store, "Small", 10000, NULL);
  gint64 pupil = add_pupil (store, cohort, "GH04");
  WmInterventionSpec spec = { .what = "Sensory circuits kit", .cost_pence = 12500, .spent_pence = 11000 };
  GDate today;

  set_date (&today, "2026-03-10");
  add_intervention (store, pupil, &spec);
  summary = wm_inclusion_summary_new (store, cohort, &today, &error);
  g_assert_no_error (error);
  lines = wm_inclusion_summary_lines (summary);
  g_assert_cmpuint (g_strv_length (lines), ==, 8);
  g_assert_cmpstr (lines[5], ==, "Budget: grant £100.00, committed £125.00, spent £110.00; £25.00 over");
  g_assert_cmpstr (lines[6], ==, "Over budget: £25.00 more is committed than the grant");
  g_assert_cmpstr (lines[7], ==, "Over budget: £10.00 more has been spent than the grant");
}

/* Whether @needle is anywhere in the file at @path (a missing file holds nothing). */
static gboolean
file_has (const char *path,
          const char *needle)
{
  g_autoptr(GBytes) bytes = wm_test_read_bytes (path);
  gsize length = 0;
  const char *data;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  return bytes_have (data, length, needle);
}

/* Whether @needle is in the school file, its -wal or its -shm. */
static gboolean
school_has (WmTestSchool *f,
            const char   *needle)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (f->path, suffixes[i], NULL);

      if (file_has (path, needle))
        return TRUE;
    }
  return FALSE;
}

static void
test_erase (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  gint64 cohort = add_cohort (store, "2025-26", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL);
  gint64 keep = add_pupil (store, cohort, "KP01");
  gint64 gone = add_pupil (store, cohort, "ZZ99");
  gint64 other = add_cohort (store, "Old cohort", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL);
  gint64 old = add_pupil (store, other, "OC55");
  gint64 removed;

  set_need (store, keep, "behaviour", "REMOVED-NOTE");
  set_need (store, keep, "sel", "KEEP-ME-NOTE");
  removed = add_simple (store, keep, "sel", "REMOVED-WHAT", NULL, 0);
  add_simple (store, keep, "sel", "Kept intervention", NULL, 0);
  set_need (store, gone, "send", "ERASE-ME-NOTE");
  set_need (store, gone, "sel", "OLD-VERSION-NOTE");
  set_need (store, gone, "sel", "newer note");   /* the old version must not linger either */
  add_simple (store, gone, "send", "ERASE-ME-WHAT", "ERASE-ME-PROVIDER", 1000);
  set_need (store, old, "behaviour", "OLD-COHORT-NOTE");

  /* What is removed leaves no copy in the file: every write to the plan zeroes what it frees
   * (whether or not SQLite was built to do so anyway). */
  g_assert_true (wm_inclusion_remove_need (store, keep, "behaviour", &error));
  g_assert_true (wm_inclusion_remove_intervention (store, removed, &error));
  g_assert_no_error (error);
  wm_test_sqlite_exec (f->path, "PRAGMA wal_checkpoint(TRUNCATE)");
  g_assert_false (school_has (f, "REMOVED-NOTE"));
  g_assert_false (school_has (f, "REMOVED-WHAT"));
  g_assert_false (school_has (f, "OLD-VERSION-NOTE"));

  g_assert_true (school_has (f, "ZZ99"));
  g_assert_true (school_has (f, "ERASE-ME-NOTE"));

  g_assert_true (wm_inclusion_erase_pupil (store, gone, &error));
  g_assert_no_error (error);

  /* Gone from the file and from its -wal, which the checkpoint has emptied. */
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM inclusion_needs"), ==, 2);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM inclusion_interventions"), ==, 1);
  {
    g_autoptr(GBytes) wal_bytes = wm_test_read_bytes (wal);

    g_assert_true (wal_bytes == NULL || g_bytes_get_size (wal_bytes) == 0);
  }
  for (guint i = 0; i < 4; i++)
    {
      const char *needle = (const char *[]) { "ZZ99", "ERASE-ME-NOTE", "OLD-VERSION-NOTE",
                                              "ERASE-ME-WHAT" }[i];

      if (school_has (f, needle))
        g_error ("“%s” is still in the school file after erasure", needle);
    }
  g_assert_true (school_has (f, "KP01"));
  g_assert_true (school_has (f, "KEEP-ME-NOTE"));

  g_assert_false (wm_inclusion_erase_pupil (store, gone, &error));
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No pupil");
  g_clear_error (&error);

  /* A whole cohort, its pupils and their needs. */
  g_assert_true (wm_inclusion_erase_cohort (store, other, &error));
  g_assert_no_error (error);
  g_assert_false (wm_inclusion_erase_cohort (store, other, &error));
  assert_error_has (error, WM_STORE_ERROR_NOT_FOUND, "No inclusion cohort");

  wm_store_close (store);
  g_clear_object (&store);
  g_assert_false (school_has (f, "ZZ99"));
  g_assert_false (school_has (f, "ERASE-ME-NOTE"));
  g_assert_false (school_has (f, "ERASE-ME-PROVIDER"));
  g_assert_false (school_has (f, "OC55"));
  g_assert_false (school_has (f, "OLD-COHORT-NOTE"));
  g_assert_true (school_has (f, "KEEP-ME-NOTE"));
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM inclusion_pupils"), ==, 1);
}

static void
test_retention (WmTestSchool  *f,
                gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) past = NULL;
  g_autoptr(WmInclusionCohort) first = NULL;
  gint64 ended = add_cohort (store, "2022-23", WM_INCLUSION_DEFAULT_GRANT_PENCE, "2026-03-09");
  gint64 today_ends = add_cohort (store, "2023-24", WM_INCLUSION_DEFAULT_GRANT_PENCE, "2026-03-10");
  GDate today;

  add_cohort (store, "2025-26", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL);
  add_cohort (store, "2024-25", WM_INCLUSION_DEFAULT_GRANT_PENCE, "2027-08-31");
  add_pupil (store, ended, "RT01");

  /* Kept on its date, offered for erasure the day after. */
  set_date (&today, "2026-03-10");
  past = wm_inclusion_cohorts_past_retention (store, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (past), ==, 1);
  first = g_list_model_get_item (past, 0);
  g_assert_cmpint (wm_inclusion_cohort_get_id (first), ==, ended);
  g_assert_cmpuint (wm_inclusion_cohort_get_n_pupils (first), ==, 1);
  g_assert_true (wm_inclusion_cohort_is_past_retention (first, &today));

  g_clear_object (&past);
  set_date (&today, "2026-03-11");
  past = wm_inclusion_cohorts_past_retention (store, &today, &error);
  g_assert_cmpuint (g_list_model_get_n_items (past), ==, 2);

  /* Erasing it, as offered, takes it off the list. */
  g_assert_true (wm_inclusion_erase_cohort (store, ended, &error));
  g_clear_object (&past);
  past = wm_inclusion_cohorts_past_retention (store, &today, &error);
  g_assert_cmpuint (g_list_model_get_n_items (past), ==, 1);
  g_clear_object (&first);
  first = g_list_model_get_item (past, 0);
  g_assert_cmpint (wm_inclusion_cohort_get_id (first), ==, today_ends);
}

/* The text of a PDF as pdftotext reads it, or NULL without poppler. */
static char *
pdf_text (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    return NULL;
  g_spawn_sync (NULL, (char *[]) { program, (char *) path, (char *) "-", NULL }, NULL,
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_privacy (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionSummary) summary = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "pack.pdf", NULL);
  g_autofree char *odt = g_build_filename (f->dir, "pack.odt", NULL);
  g_autofree char *text = NULL;
  WmReport *reports[2];
  gint64 cohort;
  GDate today;

  set_date (&today, "2026-03-10");
  cohort = make_case_study (store);

  reports[0] = wm_report_new (store, "lqf", WM_SNAPSHOT_NOW, &error);
  g_assert_no_error (error);
  reports[1] = wm_report_new (store, WM_INCLUSION_PILLARS_FRAMEWORK, WM_SNAPSHOT_NOW, &error);
  g_assert_no_error (error);

  {
    g_auto(GStrv) written_pdf = wm_report_export (reports, 2, pdf, WM_REPORT_FORMAT_PDF, &error);
    g_auto(GStrv) written_odt = NULL;

    g_assert_no_error (error);
    written_odt = wm_report_export (reports, 2, odt, WM_REPORT_FORMAT_ODT, &error);
    g_assert_no_error (error);
    for (guint i = 0; written_pdf[i] != NULL; i++)
      for (guint s = 0; s < G_N_ELEMENTS (secrets); s++)
        g_assert_false (file_has (written_pdf[i], secrets[s]));
    /* The package's parts are stored uncompressed: a raw search reads content.xml. */
    for (guint i = 0; written_odt[i] != NULL; i++)
      {
        g_assert_true (file_has (written_odt[i], "office:document-content"));
        for (guint s = 0; s < G_N_ELEMENTS (secrets); s++)
          g_assert_false (file_has (written_odt[i], secrets[s]));
      }
  }
  wm_report_free (reports[0]);
  wm_report_free (reports[1]);

  /* The PDF's text is compressed: read it as poppler does, when it is here. */
  text = pdf_text (pdf);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Learning behaviour pillars"));
      assert_no_secret ("the governors' pack (PDF)", text, strlen (text));
    }
  else
    g_test_message ("pdftotext is not installed: the PDF was searched byte for byte only");

  summary = wm_inclusion_summary_new (store, cohort, &today, &error);
  g_assert_no_error (error);
  lines = wm_inclusion_summary_lines (summary);
  for (guint i = 0; lines[i] != NULL; i++)
    assert_no_secret ("the summary lines", lines[i], strlen (lines[i]));
}

static void
changed_cb (WmStore    *store,
            const char *framework_id,
            guint      *count)
{
  g_assert_null (framework_id);
  (*count)++;
}

static void
test_signals (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmIntervention) intervention = NULL;
  g_autofree char *code = NULL;
  WmInterventionSpec spec = { .what = "Check-in", .cost_pence = 100 };
  guint count = 0;
  gint64 cohort, pupil, id;

  g_signal_connect (store, "changed::inclusion", G_CALLBACK (changed_cb), &count);

#define ONE_MORE(call) G_STMT_START { guint was = count; call; g_assert_no_error (error); \
                                      g_assert_cmpuint (count, ==, was + 1); } G_STMT_END
  ONE_MORE (cohort = wm_inclusion_add_cohort (store, "2025-26", 500000, NULL, &error));
  ONE_MORE (wm_inclusion_set_cohort_grant (store, cohort, 400000, &error));
  ONE_MORE (wm_inclusion_set_cohort_retain_until (store, cohort, "2030-01-01", &error));
  ONE_MORE (pupil = wm_inclusion_add_pupil (store, cohort, "SG01", &error));
  ONE_MORE (wm_inclusion_set_need (store, pupil, "sel", "note", &error));
  ONE_MORE (wm_inclusion_remove_need (store, pupil, "sel", &error));
  ONE_MORE (id = wm_inclusion_add_intervention (store, pupil, &spec, &error));
  ONE_MORE (wm_inclusion_update_intervention (store, id, &spec, &error));
  ONE_MORE (wm_inclusion_remove_intervention (store, id, &error));
  ONE_MORE (wm_inclusion_erase_pupil (store, pupil, &error));
  ONE_MORE (wm_inclusion_erase_cohort (store, cohort, &error));
#undef ONE_MORE

  /* Reads and refusals say nothing. */
  cohort = add_cohort (store, "Again", 0, NULL);
  count = 0;
  code = suggest (store, cohort, "SG");
  g_assert_cmpint (wm_inclusion_add_pupil (store, cohort, "Sam Green", &error), ==, 0);
  g_clear_error (&error);
  g_assert_false (wm_inclusion_remove_intervention (store, 999, &error));
  g_clear_error (&error);
  intervention = wm_inclusion_get_intervention (store, 999, &error);
  g_assert_null (intervention);
  g_clear_error (&error);
  g_assert_cmpuint (count, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("WAYMARK_REPORT_DATE", "2026-03-10", TRUE);

#define ADD(path, func) \
  g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/inclusion/cohorts", test_cohorts);
  ADD ("/inclusion/codes", test_codes);
  ADD ("/inclusion/needs", test_needs);
  ADD ("/inclusion/interventions", test_interventions);
  ADD ("/inclusion/budget", test_budget);
  ADD ("/inclusion/summary", test_summary);
  ADD ("/inclusion/summary-over-budget", test_over_budget_lines);
  ADD ("/inclusion/erase", test_erase);
  ADD ("/inclusion/retention", test_retention);
  ADD ("/inclusion/privacy", test_privacy);
  ADD ("/inclusion/signals", test_signals);
#undef ADD
  g_test_add_func ("/inclusion/money", test_money);

  return g_test_run ();
}
