/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-demo"

#include "config.h"

#include <sqlite3.h>

#include "wm-actions.h"
#include "wm-catalog.h"
#include "wm-demo.h"
#include "wm-inclusion.h"
#include "wm-plan.h"
#include "wm-report.h"
#include "wm-school.h"
#include "wm-scoring.h"
#include "wm-snapshots.h"
#include "wm-steps.h"
#include "wm-surveys.h"
#include "wm-test-util.h"

/*
 * The demo school: a year of everything, written through the core's API, the same every time
 * for the same day, and never dated after that day.
 */

static void
set_today (GDate      *date,
           const char *text)
{
  g_date_clear (date, 1);
  g_date_set_parse (date, text);
  g_assert_true (g_date_valid (date));
}

static WmStore *
fill (const char *path,
      const char *today_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = NULL;
  gint64 start = g_get_monotonic_time ();
  GDate today;

  /* The draft plan a new file starts with is made as of this day too. */
  g_setenv ("WAYMARK_TODAY", today_text, TRUE);
  store = wm_catalog_open_school (path, &error);
  g_assert_no_error (error);
  set_today (&today, today_text);
  g_assert_true (wm_demo_fill (store, &today, &error));
  g_assert_no_error (error);
  g_test_message ("demo school as of %s made in %.0f ms", today_text,
                  (g_get_monotonic_time () - start) / 1000.0);
  return g_steal_pointer (&store);
}

static guint
n_items (GListModel *list)
{
  g_assert_nonnull (list);
  return g_list_model_get_n_items (list);
}

/* Nothing is dated after @today: steps, snapshots, survey rounds, ticked sections, counts. */
static void
assert_nothing_after (const char *path,
                      const char *today)
{
  const struct { const char *table, *column, *after; } dated[] = {
    { "small_steps", "taken_on", ">=" },   /* a step is taken before today, never later */
    { "snapshots", "taken_on", ">" },
    { "survey_rounds", "held_on", ">" },
    { "plan_sections", "done_on", ">" },
    { "plan_phase_counts", "counted_on", ">" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dated); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s %s '%s'", dated[i].table,
                                              dated[i].column, dated[i].after, today);

      g_assert_cmpint (wm_test_sqlite_int (path, sql), ==, 0);
    }
}

static void
test_fill (WmTestSchool  *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = fill (f->path, "2026-11-22");
  g_autoptr(GListModel) snapshots = wm_snapshots_list (store, "lqf", &error);
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) steps = NULL;
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(GListModel) pupils = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(WmInclusionCohort) cohort = NULL;
  g_autoptr(WmSnapshot) baseline = NULL;
  g_autoptr(WmSurveyComparison) surveys = NULL;
  g_autoptr(WmReport) report = NULL;
  g_autofree char *name = wm_school_get_name (store, &error);
  WmActionQuery everything = { 0 };
  double previous = -1.0;
  guint n_open = 0, n_done = 0, n_external = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, WM_DEMO_SCHOOL_NAME);

  /* Judgements in every framework, and the LQF rising snapshot by snapshot, and since. */
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM judgements"), >, 60);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(DISTINCT framework_id) FROM judgements"), ==, 4);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM judgements WHERE note != ''"), >, 5);
  g_assert_cmpuint (n_items (snapshots), ==, 3);
  for (guint i = 0; i <= 3; i++)
    {
      g_autoptr(WmSnapshot) snapshot = i < 3 ? g_list_model_get_item (snapshots, i) : NULL;
      g_autoptr(WmScores) scores = wm_scoring_compute (store, "lqf", snapshot ? wm_snapshot_get_id (snapshot)
                                                                            : WM_SNAPSHOT_NOW, &error);

      g_assert_no_error (error);
      g_assert_true (scores->has_score);
      g_test_message ("%s: %.2f", snapshot ? wm_snapshot_get_name (snapshot) : "now", scores->score);
      if (i < 3)
        g_assert_cmpfloat (scores->score, >, previous + 0.1);
      else
        g_assert_cmpfloat (scores->score, >=, previous);
      previous = scores->score;
    }
  baseline = g_list_model_get_item (snapshots, 0);
  g_assert_cmpstr (wm_snapshot_get_name (baseline), ==, "Baseline, September 2025");
  g_assert_cmpstr (wm_snapshot_get_taken_on (baseline), ==, "2025-09-19");

  /* Evidence notes, attached; actions owned by roles, some finished, some open. */
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM evidence"), >=, 6);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM evidence WHERE reviewed = 0"), >, 0);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM descriptor_evidence"), >=, 8);
  actions = wm_actions_list (store, &everything, &error);
  g_assert_cmpuint (n_items (actions), >=, 6);
  g_assert_cmpuint (n_items (actions), <=, 8);
  for (guint i = 0; i < n_items (actions); i++)
    {
      g_autoptr(WmAction) action = g_list_model_get_item (actions, i);

      g_assert_cmpstr (wm_action_get_owner (action), !=, "");
      g_assert_cmpstr (wm_action_get_due_on (action), !=, "");
      n_open += wm_action_status_is_open (wm_action_get_status (action));
      n_done += g_str_equal (wm_action_get_status (action), "done");
    }
  g_assert_cmpuint (n_open, >=, 1);
  g_assert_cmpuint (n_done, >=, 3);

  /* Small steps most weeks; two survey rounds, more confident the second time. */
  steps = wm_steps_list (store, NULL, &error);
  g_assert_cmpuint (n_items (steps), >, 40);
  rounds = wm_surveys_list_rounds (store, &error);
  g_assert_cmpuint (n_items (rounds), ==, 2);
  surveys = wm_surveys_compare (store,
                                wm_surveys_find_round (store, "Baseline, September 2025", &error),
                                wm_surveys_find_round (store, "Repeat, March 2026", &error), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (surveys->from->n_respondents, ==, 8);
  g_assert_cmpuint (surveys->to->n_respondents, ==, 8);
  for (guint p = 0; p < surveys->from->n_pillars; p++)
    g_assert_cmpfloat (surveys->pillar_change[p], >, 0.0);

  /* The year plan: 2025–26 done month by month, two classes counted each month. */
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM plan_sections s "
                                       "JOIN plan_sessions p ON p.id = s.session_id "
                                       "WHERE s.done_on IS NOT NULL AND p.month < '2026-08'"), ==, 9 * 4);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(DISTINCT group_name) FROM plan_phase_counts"), ==, 2);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(DISTINCT session_id) FROM plan_phase_counts c "
                                       "JOIN plan_sessions p ON p.id = c.session_id WHERE p.month < '2026-08'"), ==, 9);
  /* This school year, the programme's second, planned from September and done until today. */
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM plan_years"), ==, 2);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM plan_sessions WHERE month > '2026-08'"), ==, 8);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM plan_sections s "
                                       "JOIN plan_sessions p ON p.id = s.session_id "
                                       "WHERE s.done_on IS NOT NULL AND p.month > '2026-08'"), ==, 3 * 4);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM actions WHERE plan_month IS NOT NULL"), ==, 3);

  /* Six pupils by code, interventions in school and outside. */
  cohorts = wm_inclusion_list_cohorts (store, &error);
  g_assert_cmpuint (n_items (cohorts), ==, 1);
  cohort = g_list_model_get_item (cohorts, 0);
  pupils = wm_inclusion_list_pupils (store, wm_inclusion_cohort_get_id (cohort), &error);
  g_assert_cmpuint (n_items (pupils), ==, 6);
  interventions = wm_inclusion_list_interventions (store, wm_inclusion_cohort_get_id (cohort), 0, &error);
  g_assert_cmpuint (n_items (interventions), >=, 6);
  for (guint i = 0; i < n_items (interventions); i++)
    {
      g_autoptr(WmIntervention) intervention = g_list_model_get_item (interventions, i);

      n_external += wm_intervention_is_external (intervention);
    }
  g_assert_cmpuint (n_external, >, 0);
  g_assert_cmpuint (n_external, <, n_items (interventions));

  /* The report for governors: the LQF now against the baseline, moved up. */
  report = wm_report_new (store, "lqf", wm_snapshot_get_id (baseline), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (report->school_name, ==, WM_DEMO_SCHOOL_NAME);
  g_assert_cmpstr (report->compare_name, ==, "Baseline, September 2025");
  g_assert_true (report->has_now && report->has_then);
  g_assert_cmpfloat (report->now, >, report->then);
  g_assert_cmpuint (report->n_steps, >, 0);

  assert_nothing_after (f->path, "2026-11-22");
}

/* The rows of every table the demo writes, in one string; ids and times of writing left out. */
static char *
dump (const char *path)
{
  const char *sql =
    "SELECT (SELECT group_concat (framework_id || descriptor_id || rating_id || note, '|') FROM "
    "        (SELECT * FROM judgements ORDER BY framework_id, descriptor_id)) || "
    "       (SELECT group_concat (who || taken_on || what, '|') FROM small_steps) || "
    "       (SELECT group_concat (score, '') FROM survey_responses) || "
    "       (SELECT group_concat (pupils, '') FROM plan_phase_counts) || "
    "       (SELECT group_concat (title || owner || due_on || status, '|') FROM actions)";
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_nonnull (text);
  return text;
}

static void
test_same_every_time (WmTestSchool  *f,
                      gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.waymark", NULL);
  g_autoptr(WmStore) first = fill (f->path, "2026-11-22");
  g_autoptr(WmStore) second = fill (other, "2026-11-22");
  g_autofree char *a = dump (f->path);
  g_autofree char *b = dump (other);

  g_assert_cmpstr (a, ==, b);
}

/* In April the school year of the demo is this one: the draft plan is that year, sessions from
 * May; the demo adds the months before it, and ticks only those past. */
static void
test_spring (WmTestSchool  *f,
             gconstpointer  data)
{
  g_autoptr(WmStore) store = fill (f->path, "2027-04-10");

  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM plan_years"), ==, 1);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM plan_sessions"), ==, 9);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM plan_sessions WHERE month = '2026-09'"), ==, 1);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM plan_sections WHERE done_on IS NOT NULL"), >, 0);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM snapshots WHERE taken_on = '2027-03-20'"), ==, 1);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM actions WHERE status IN ('planned', 'under-way')"), >=, 2);
  assert_nothing_after (f->path, "2027-04-10");
}

/* In January the last spring review was the March before last: nothing is in the future. */
static void
test_january (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(WmStore) store = fill (f->path, "2027-01-15");

  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM snapshots WHERE taken_on = '2026-03-20'"), ==, 1);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM plan_years"), ==, 2);
  assert_nothing_after (f->path, "2027-01-15");
}

static void
test_create (WmTestSchool  *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "new", "demo.waymark", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(WmStore) store = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GDir) listing = NULL;
  GDate today;

  set_today (&today, "2026-11-22");
  g_assert_true (wm_demo_create (path, &today, &error));
  g_assert_no_error (error);

  /* Only the finished file is left, and it opens as an existing school file. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "demo.waymark");
  g_assert_null (g_dir_read_name (listing));
  store = wm_catalog_open_school (path, &error);
  g_assert_no_error (error);
  g_assert_false (wm_store_was_created (store));
  name = wm_school_get_name (store, &error);
  g_assert_cmpstr (name, ==, WM_DEMO_SCHOOL_NAME);

  /* Never over a file that is there. */
  g_assert_false (wm_demo_create (path, &today, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/demo/fill", test_fill);
  ADD ("/demo/same-every-time", test_same_every_time);
  ADD ("/demo/spring", test_spring);
  ADD ("/demo/january", test_january);
  ADD ("/demo/create", test_create);
#undef ADD

  return g_test_run ();
}
