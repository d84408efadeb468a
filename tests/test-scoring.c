/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-scoring"

#include "config.h"

#include "wm-catalog.h"
#include "wm-judgements.h"
#include "wm-scoring.h"
#include "wm-snapshots.h"
#include "wm-test-util.h"

/* The scoring rules of docs/scoring.md: its worked examples, exactly. */

typedef struct {
  char    *dir;
  char    *path;
  WmStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = wm_test_make_dir ("waymark-scoring-XXXXXX");
  f->path = g_build_filename (f->dir, "school.waymark", NULL);
  f->store = wm_catalog_open_school (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  wm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Rates each "DESCRIPTOR=RATING" of @ratings; "not-applicable" with a reason. */
static void
rate_all (Fixture            *f,
          const char         *framework_id,
          const char * const *ratings)
{
  for (guint i = 0; ratings[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) pair = g_strsplit (ratings[i], "=", 2);
      const char *note = g_str_equal (pair[1], WM_RATING_NOT_APPLICABLE) ? "Not our setting" : NULL;

      g_assert_true (wm_judgements_rate (f->store, framework_id, pair[0], pair[1], note, "Head", &error));
      g_assert_no_error (error);
    }
}

static WmScores *
compute (Fixture    *f,
         const char *framework_id,
         gint64      snapshot_id)
{
  g_autoptr(GError) error = NULL;
  WmScores *scores = wm_scoring_compute (f->store, framework_id, snapshot_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scores);
  g_assert_cmpstr (scores->framework_id, ==, framework_id);
  return scores;
}

static const WmElementScore *
element_of (WmScores   *scores,
            const char *id)
{
  for (guint i = 0; i < scores->elements->len; i++)
    {
      const WmElementScore *element = g_ptr_array_index (scores->elements, i);

      if (g_str_equal (element->id, id))
        return element;
    }
  g_error ("no element %s in the scores", id);
}

static void
assert_element (WmScores   *scores,
                const char *id,
                double      score,
                double      max,
                const char *explanation)
{
  const WmElementScore *element = element_of (scores, id);

  g_assert_true (element->has_score);
  g_assert_cmpfloat_with_epsilon (element->score, score, 1e-9);
  g_assert_cmpfloat (element->max, ==, max);
  g_assert_cmpstr (element->explanation, ==, explanation);
}

static void
assert_framework (WmScores   *scores,
                  double      score,
                  double      max,
                  const char *explanation)
{
  g_assert_true (scores->has_score);
  g_assert_cmpfloat_with_epsilon (scores->score, score, 1e-9);
  g_assert_cmpfloat (scores->max, ==, max);
  g_assert_cmpstr (scores->explanation, ==, explanation);
}

static const char * const lqf_example[] = {
  "1.1b=secure", "1.1s=partial", "1.1g=developing", "1.2b=partial",
  "12.1b=developing", "12.2b=secure", "12.2s=secure", "12.2g=not-applicable",
  NULL
};

static void
test_ladder (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(WmScores) scores = NULL;
  g_autoptr(WmScores) all_na = NULL;
  const WmElementScore *element;

  rate_all (f, "lqf", lqf_example);
  scores = compute (f, "lqf", WM_SNAPSHOT_NOW);
  g_assert_cmpint (scores->rule, ==, WM_SCORING_LADDER);
  g_assert_cmpuint (scores->elements->len, ==, 12);

  assert_element (scores, "1", 7.0 / 6.0, 3,
                  "1.1: Bronze “Secure” (1.00) + Silver “Partial” (0.67) = 1.67 of 3 "
                  "(Gold “Developing” (0.33) not counted until Silver is “Secure”); "
                  "1.2: Bronze “Partial” (0.67) = 0.67 of 3; mean of 2 strands = 1.17 of 3");
  assert_element (scores, "12", 5.0 / 3.0, 3,
                  "12.1: Bronze “Developing” (0.33) = 0.33 of 3; "
                  "12.2: Bronze “Secure” (1.00) + Silver “Secure” (1.00) = 2.00 of 2 that apply, "
                  "3.00 of 3 (Gold not applicable); mean of 2 strands = 1.67 of 3");
  /* Not yet started is information: it counts, at the bottom of the scale. */
  assert_element (scores, "2", 0.0, 3,
                  "2.1: Bronze “Not yet started” (0.00) = 0.00 of 3; "
                  "2.2: Bronze “Not yet started” (0.00) = 0.00 of 3; mean of 2 strands = 0.00 of 3");
  element = element_of (scores, "1");
  g_assert_cmpstr (element->title, ==, "Vision for Learning");
  assert_framework (scores, 17.0 / 72.0, 3, "mean of 12 elements = 0.24 of 3");

  /* An element where nothing applies has no score, and the framework leaves it out. */
  rate_all (f, "lqf", (const char * const[]) { "3.1b=not-applicable", "3.1s=not-applicable",
                                                "3.1g=not-applicable", "3.2b=not-applicable",
                                                "3.2s=not-applicable", "3.2g=not-applicable", NULL });
  all_na = compute (f, "lqf", WM_SNAPSHOT_NOW);
  element = element_of (all_na, "3");
  g_assert_false (element->has_score);
  g_assert_cmpstr (element->explanation, ==,
                   "3.1: not applicable throughout, left out; 3.2: not applicable throughout, "
                   "left out; no score");
  assert_framework (all_na, 17.0 / 66.0, 3,
                    "mean of 11 elements = 0.26 of 3 (1 with no score, left out)");
}

static void
test_reached_steps (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(WmScores) scores = NULL;

  rate_all (f, "becta-steps", (const char * const[]) {
    "learning-aware=reached", "learning-develop=reached", "learning-adopt=working-towards",
    "learning-integrate=reached",
    "showcasing-aware=reached", "showcasing-develop=not-applicable", "showcasing-adopt=reached",
    "showcasing-integrate=working-towards",
    NULL });
  scores = compute (f, "becta-steps", WM_SNAPSHOT_NOW);
  g_assert_cmpint (scores->rule, ==, WM_SCORING_REACHED);

  assert_element (scores, "learning", 2, 5,
                  "Step 1: Aware reached, Step 2: Develop reached, Step 3: Adopt “Working towards” "
                  "= 2 of 5 (Step 4: Integrate “Reached” not counted until Step 3: Adopt is reached)");
  assert_element (scores, "showcasing", 2.5, 5,
                  "Step 1: Aware reached, Step 3: Adopt reached, Step 4: Integrate “Working towards” "
                  "= 2 of 4 that apply, 2.50 of 5 (Step 2: Develop not applicable)");
  assert_element (scores, "organisation", 0, 5, "Step 1: Aware “Not yet” = 0 of 5");
  assert_framework (scores, 0.9, 5, "mean of 5 elements = 0.90 of 5");
}

static void
test_reached_habits (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(WmScores) scores = NULL;

  rate_all (f, "habits", (const char * const[]) {
    "absorption-1=all", "absorption-2=all", "absorption-3=most",
    "noticing-1=all", "noticing-2=all", "noticing-3=all", "noticing-4=all", "noticing-5=all",
    NULL });
  scores = compute (f, "habits", WM_SNAPSHOT_NOW);

  assert_element (scores, "absorption", 2, 5,
                  "Phase 1 reached, Phase 2 reached, Phase 3 “Seen in most pupils” = 2 of 5");
  assert_element (scores, "noticing", 5, 5,
                  "Phase 1 reached, Phase 2 reached, Phase 3 reached, Phase 4 reached, "
                  "Phase 5 reached = 5 of 5");
  assert_framework (scores, 7.0 / 17.0, 5, "mean of 17 elements = 0.41 of 5");
}

static void
test_mean (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(WmScores) scores = NULL;
  const WmElementScore *send;

  rate_all (f, "eef-pillars", (const char * const[]) {
    "metacognition-identify=4", "metacognition-support=3",
    "behaviour-identify=5", "behaviour-support=not-applicable",
    "sel-support=2",
    "parents-identify=1",
    "send-identify=not-applicable", "send-support=not-applicable",
    NULL });
  scores = compute (f, "eef-pillars", WM_SNAPSHOT_NOW);
  g_assert_cmpint (scores->rule, ==, WM_SCORING_MEAN);

  assert_element (scores, "metacognition", 3.5, 5, "(4 + 3) / 2 = 3.50 of 5");
  assert_element (scores, "behaviour", 5, 5, "5 / 1 = 5.00 of 5 (1 not applicable)");
  assert_element (scores, "sel", 1, 5, "(0 + 2) / 2 = 1.00 of 5");
  assert_element (scores, "parents", 0.5, 5, "(1 + 0) / 2 = 0.50 of 5");
  send = element_of (scores, "send");
  g_assert_false (send->has_score);
  g_assert_cmpstr (send->explanation, ==, "Not applicable throughout: no score");
  assert_framework (scores, 2.5, 5, "mean of 4 elements = 2.50 of 5 (1 with no score, left out)");
}

static void
assert_same_scores (WmScores *a,
                    WmScores *b)
{
  g_assert_cmpuint (a->elements->len, ==, b->elements->len);
  for (guint i = 0; i < a->elements->len; i++)
    {
      const WmElementScore *x = g_ptr_array_index (a->elements, i);
      const WmElementScore *y = g_ptr_array_index (b->elements, i);

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpint (x->has_score, ==, y->has_score);
      g_assert_cmpfloat (x->score, ==, y->score);
      g_assert_cmpstr (x->explanation, ==, y->explanation);
    }
  g_assert_cmpfloat (a->score, ==, b->score);
  g_assert_cmpstr (a->explanation, ==, b->explanation);
}

static void
test_snapshot (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmScores) before = NULL;
  g_autoptr(WmScores) frozen = NULL;
  g_autoptr(WmScores) after = NULL;
  g_autoptr(WmScores) frozen_later = NULL;
  gint64 baseline;
  gint64 habits;

  rate_all (f, "lqf", lqf_example);
  before = compute (f, "lqf", WM_SNAPSHOT_NOW);
  baseline = wm_snapshots_create (f->store, "lqf", "Baseline", "2026-09-01", "Head", &error);
  g_assert_no_error (error);

  /* The same pairs, read from the snapshot: the same scores. */
  frozen = compute (f, "lqf", baseline);
  assert_same_scores (before, frozen);

  /* Later judgements move now, never the snapshot. */
  rate_all (f, "lqf", (const char * const[]) { "1.2b=secure", "1.2s=developing", NULL });
  after = compute (f, "lqf", WM_SNAPSHOT_NOW);
  g_assert_cmpfloat (after->score, >, before->score);
  frozen_later = compute (f, "lqf", baseline);
  assert_same_scores (before, frozen_later);

  /* A snapshot scores its own framework only. */
  habits = wm_snapshots_create (f->store, "habits", "Baseline", NULL, "Head", &error);
  g_assert_no_error (error);
  g_assert_null (wm_scoring_compute (f->store, "lqf", habits, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (wm_scoring_compute (f->store, "nope", WM_SNAPSHOT_NOW, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

/* The rules on their own, without a school file: a strand with two descriptors at one
 * level and none at another, and a scale that starts above 0. */
static void
test_pure (void)
{
  const char * const levels[] = { "One", "Two", "Three" };
  const WmScoringRating ratings[] = {
    { "low", "Low", 1, FALSE }, { "mid", "Mid", 2, FALSE }, { "high", "High", 3, FALSE },
    { "na", "Not applicable", 0, TRUE },
  };
  const WmScoringItem items[] = {
    { "e", "E", "s", 0, "high" }, { "e", "E", "s", 0, "mid" }, { "e", "E", "s", 2, "high" },
    { "f", "F", "t", 0, "high" }, { "f", "F", "t", 1, "high" }, { "f", "F", "t", 2, "low" },
  };
  WmScoringInput input = { WM_SCORING_LADDER, levels, 3, ratings, 4, items, 6 };
  WmScoringItem unknown[] = { { "e", "E", "s", 0, "nope" } };
  g_autoptr(GError) error = NULL;
  g_autoptr(WmScores) ladder = NULL;
  g_autoptr(WmScores) reached = NULL;
  g_autoptr(WmScores) mean = NULL;

  ladder = wm_scoring_compute_input (&input, &error);
  g_assert_no_error (error);
  assert_element (ladder, "e", 1.125, 3,
                  "One, mean of 2 (0.75) = 0.75 of 2 that apply, 1.12 of 3 "
                  "(Three “High” (1.00) not counted until One is “High”)");
  assert_element (ladder, "f", 2, 3, "One “High” (1.00) + Two “High” (1.00) + Three “Low” (0.00) = 2.00 of 3");

  input.rule = WM_SCORING_REACHED;
  reached = wm_scoring_compute_input (&input, &error);
  g_assert_no_error (error);
  assert_element (reached, "e", 0, 3,
                  "One, not all 2 reached = 0 of 2 that apply, 0.00 of 3 "
                  "(Three “High” not counted until One is reached)");
  assert_element (reached, "f", 2, 3, "One reached, Two reached, Three “Low” = 2 of 3");

  input.rule = WM_SCORING_MEAN;
  mean = wm_scoring_compute_input (&input, &error);
  g_assert_no_error (error);
  assert_element (mean, "e", 8.0 / 3.0, 3, "(3 + 2 + 3) / 3 = 2.67 of 3");

  input.items = unknown;
  input.n_items = 1;
  g_assert_null (wm_scoring_compute_input (&input, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "Element e: “nope” is not a rating of the framework");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/scoring/ladder", test_ladder);
  ADD ("/scoring/reached-steps", test_reached_steps);
  ADD ("/scoring/reached-habits", test_reached_habits);
  ADD ("/scoring/mean", test_mean);
  ADD ("/scoring/snapshot", test_snapshot);
#undef ADD
  g_test_add_func ("/scoring/pure", test_pure);

  return g_test_run ();
}
