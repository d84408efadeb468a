/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-surveys"

#include "config.h"

#include <math.h>

#include "wm-catalog.h"
#include "wm-surveys.h"
#include "wm-test-util.h"

/* Confidence surveys: rounds, recording and replacing answers, the statistics (checked against
 * figures worked out by hand), the change between rounds, and the radar chart. */

#define EPSILON 0.0005

static WmStore *
open_school (WmTestSchool *f)
{
  g_autoptr(GError) error = NULL;
  WmStore *store = wm_catalog_open_school (f->path, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
add_round (WmStore    *store,
           const char *name,
           const char *held_on)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_surveys_add_round (store, name, held_on, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Records @respondent's answers given as "metacognition-identify", 3, …, NULL. */
G_GNUC_NULL_TERMINATED static void
record (WmStore    *store,
        gint64      round_id,
        const char *respondent,
        ...)
{
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (WmSurveyAnswer));
  g_autoptr(GError) error = NULL;
  const char *id;
  va_list args;

  va_start (args, respondent);
  while ((id = va_arg (args, const char *)) != NULL)
    {
      WmSurveyAnswer answer = { id, va_arg (args, int) };
      g_array_append_val (answers, answer);
    }
  va_end (args);

  g_assert_true (wm_surveys_record (store, round_id, respondent,
                                    (const WmSurveyAnswer *) answers->data, answers->len, &error));
  g_assert_no_error (error);
}

static char *
respondents (WmStore *store,
             gint64   round_id)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = wm_surveys_respondents (store, round_id, &error);

  g_assert_no_error (error);
  return g_strjoinv (",", names);
}

static void
count_cb (WmStore    *store,
          const char *framework_id,
          gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
assert_stat (const WmSurveyStat *stat,
             guint               n,
             double              mean,
             double              sd,
             int                 min,
             int                 max)
{
  g_assert_cmpuint (stat->n, ==, n);
  if (n == 0)
    {
      g_assert_true (isnan (stat->mean));
      g_assert_true (isnan (stat->sd));
    }
  else
    {
      g_assert_cmpfloat_with_epsilon (stat->mean, mean, EPSILON);
      g_assert_cmpfloat_with_epsilon (stat->sd, sd, EPSILON);
    }
  g_assert_cmpint (stat->min, ==, min);
  g_assert_cmpint (stat->max, ==, max);
}

static void
test_stats (void)
{
  const int three[] = { 2, 3, 5 };
  const int one[] = { 4 };
  const int two[] = { 1, 5 };
  const int same[] = { 3, 3, 3, 3 };
  WmSurveyStat stat;

  /* Mean 10/3; squares 16/9 + 1/9 + 25/9 = 42/9, over n − 1 = 2: sd √(7/3). */
  wm_survey_stat_compute (three, G_N_ELEMENTS (three), &stat);
  assert_stat (&stat, 3, 3.333, 1.528, 2, 5);
  wm_survey_stat_compute (one, 1, &stat);
  assert_stat (&stat, 1, 4.0, 0.0, 4, 4);
  wm_survey_stat_compute (two, 2, &stat);
  assert_stat (&stat, 2, 3.0, 2.828, 1, 5);
  wm_survey_stat_compute (same, G_N_ELEMENTS (same), &stat);
  assert_stat (&stat, 4, 3.0, 0.0, 3, 3);
  wm_survey_stat_compute (NULL, 0, &stat);
  assert_stat (&stat, 0, NAN, NAN, 0, 0);
}

static void
test_rounds (WmTestSchool  *f,
             gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(WmSurveyRound) round = NULL;
  g_autofree char *label = NULL;
  guint n_changed = 0;
  gint64 repeat, baseline, end, habits;

  g_signal_connect (store, "changed::surveys", G_CALLBACK (count_cb), &n_changed);

  repeat = add_round (store, "Repeat December", "2026-12-08");
  baseline = add_round (store, " Baseline ", "2026-09-15");
  end = add_round (store, "End of year", "2027-07-10");
  g_assert_cmpuint (n_changed, ==, 3);

  round = wm_surveys_get_round (store, baseline, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_survey_round_get_name (round), ==, "Baseline");
  g_assert_cmpstr (wm_survey_round_get_held_on (round), ==, "2026-09-15");
  g_assert_cmpstr (wm_survey_round_get_framework_id (round), ==, "eef-pillars");
  g_assert_cmpuint (wm_survey_round_get_n_respondents (round), ==, 0);
  label = wm_survey_round_dup_label (round);
  g_assert_cmpstr (label, ==, "Baseline (2026-09-15)");
  g_clear_object (&round);

  /* Oldest first. */
  rounds = wm_surveys_list_rounds (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 3);
  round = g_list_model_get_item (rounds, 0);
  g_assert_cmpint (wm_survey_round_get_id (round), ==, baseline);
  g_clear_object (&round);
  round = g_list_model_get_item (rounds, 1);
  g_assert_cmpint (wm_survey_round_get_id (round), ==, repeat);
  g_clear_object (&round);

  /* Found by name, in any case. */
  g_assert_cmpint (wm_surveys_find_round (store, "baseline", &error), ==, baseline);
  g_assert_cmpint (wm_surveys_find_round (store, "Repeat December", &error), ==, repeat);
  g_assert_no_error (error);
  g_assert_cmpint (wm_surveys_find_round (store, "Spring", &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Refused. */
  g_assert_cmpint (wm_surveys_add_round (store, "BASELINE", "2027-09-15", NULL, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (wm_surveys_add_round (store, "  ", NULL, NULL, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (wm_surveys_add_round (store, "Spring", "2027-02-30", NULL, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "“2027-02-30” is not a date"));
  g_clear_error (&error);
  g_assert_cmpint (wm_surveys_add_round (store, "Spring", NULL, "nosuch", &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (n_changed, ==, 3);

  /* Another framework may be surveyed too; the day defaults to today. */
  habits = wm_surveys_add_round (store, "Habits check", NULL, "habits", &error);
  g_assert_no_error (error);
  round = wm_surveys_get_round (store, habits, &error);
  g_assert_cmpstr (wm_survey_round_get_held_on (round), ==, today);
  g_assert_cmpstr (wm_survey_round_get_framework_id (round), ==, "habits");
  g_clear_object (&round);

  /* Deleting a round takes its answers with it. */
  record (store, end, "JS", "sel-support", 4, NULL);
  g_assert_true (wm_surveys_delete_round (store, end, &error));
  g_assert_no_error (error);
  g_assert_null (wm_surveys_get_round (store, end, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (wm_surveys_delete_round (store, end, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_object (&store);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM survey_responses"), ==, 0);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM survey_rounds"), ==, 3);
}

static void
test_questions (WmTestSchool  *f,
                gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) questions = wm_surveys_questions (store, "eef-pillars", &error);
  g_autoptr(GPtrArray) none = NULL;
  WmSurveyQuestion *q;

  g_assert_no_error (error);
  g_assert_cmpuint (questions->len, ==, 10);
  q = questions->pdata[0];
  g_assert_cmpstr (q->descriptor_id, ==, "metacognition-identify");
  g_assert_cmpstr (q->pillar_id, ==, "metacognition");
  g_assert_cmpstr (q->pillar_title, ==, "Metacognition and self-regulated learning");
  g_assert_cmpstr (q->judgement_id, ==, "identify");
  g_assert_cmpstr (q->judgement_name, ==, "Identifying needs");
  g_assert_true (g_str_has_prefix (q->text, "I am confident in identifying"));
  q = questions->pdata[1];
  g_assert_cmpstr (q->descriptor_id, ==, "metacognition-support");
  q = questions->pdata[9];
  g_assert_cmpstr (q->descriptor_id, ==, "send-support");

  none = wm_surveys_questions (store, "nosuch", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
assert_record_refused (WmStore              *store,
                       gint64                round_id,
                       const char           *respondent,
                       const WmSurveyAnswer *answers,
                       guint                 n_answers,
                       int                   code,
                       const char           *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (wm_surveys_record (store, round_id, respondent, answers, n_answers, &error));
  g_assert_error (error, WM_STORE_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in: %s", message, error->message);
}

static void
test_record (WmTestSchool  *f,
             gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmSurveyRound) round = NULL;
  gint64 baseline = add_round (store, "Baseline", "2026-09-15");
  const WmSurveyAnswer good[] = { { "sel-identify", 3 } };
  const WmSurveyAnswer zero[] = { { "sel-identify", 0 } };
  const WmSurveyAnswer six[] = { { "sel-identify", 6 } };
  const WmSurveyAnswer other[] = { { "8.3g", 3 } };
  const WmSurveyAnswer twice[] = { { "sel-identify", 3 }, { "sel-identify", 4 } };
  g_autofree char *names = NULL;
  guint n_changed = 0;

  g_signal_connect (store, "changed::surveys", G_CALLBACK (count_cb), &n_changed);

  /* A partial set is fine. */
  record (store, baseline, "JS", "metacognition-identify", 2, "metacognition-support", 4, NULL);
  record (store, baseline, "Y4 teacher", "behaviour-support", 5, NULL);
  /* Exactly 40 characters: allowed. */
  record (store, baseline, "Teaching assistant, Year 3, morning only", "sel-identify", 1, NULL);
  g_assert_cmpuint (n_changed, ==, 3);
  names = respondents (store, baseline);
  g_assert_cmpstr (names, ==, "JS,Teaching assistant, Year 3, morning only,Y4 teacher");
  g_clear_pointer (&names, g_free);
  round = wm_surveys_get_round (store, baseline, &error);
  g_assert_cmpuint (wm_survey_round_get_n_respondents (round), ==, 3);

  /* Re-recording replaces everything the respondent said, whatever the case of the label. */
  record (store, baseline, "js", "send-identify", 3, NULL);
  names = respondents (store, baseline);
  g_assert_cmpstr (names, ==, "js,Teaching assistant, Year 3, morning only,Y4 teacher");
  g_clear_pointer (&names, g_free);
  g_assert_cmpint (wm_test_sqlite_int (f->path,
                   "SELECT count(*) FROM survey_responses WHERE respondent IN ('js', 'JS')"), ==, 1);

  /* Refused, and nothing changes. */
  assert_record_refused (store, baseline, "Teaching assistant, Year 3, mornings only", good, 1,
                         WM_STORE_ERROR_FAILED, "in at most 40 characters");
  assert_record_refused (store, baseline, " ", good, 1, WM_STORE_ERROR_FAILED, "role or initials");
  assert_record_refused (store, baseline, "AB", zero, 1, WM_STORE_ERROR_FAILED,
                         "Scores run from 1 to 5: 0 is not one");
  assert_record_refused (store, baseline, "AB", six, 1, WM_STORE_ERROR_FAILED, "6 is not one");
  assert_record_refused (store, baseline, "AB", other, 1, WM_STORE_ERROR_NOT_FOUND,
                         "“8.3g” is not a question of survey round “Baseline” (framework eef-pillars)");
  assert_record_refused (store, baseline, "AB", twice, 2, WM_STORE_ERROR_FAILED,
                         "AB answered “sel-identify” twice");
  assert_record_refused (store, baseline, "AB", NULL, 0, WM_STORE_ERROR_FAILED,
                         "No answers to record for AB");
  assert_record_refused (store, 99, "AB", good, 1, WM_STORE_ERROR_NOT_FOUND, "No survey round 99");
  /* A refused re-recording leaves the earlier answers in place. */
  assert_record_refused (store, baseline, "JS", twice, 2, WM_STORE_ERROR_FAILED, "twice");
  g_assert_cmpuint (n_changed, ==, 4);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM survey_responses"), ==, 3);

  /* Forgetting a respondent. */
  g_assert_true (wm_surveys_remove_respondent (store, baseline, "Y4 TEACHER", &error));
  g_assert_no_error (error);
  names = respondents (store, baseline);
  g_assert_cmpstr (names, ==, "js,Teaching assistant, Year 3, morning only");
  g_assert_false (wm_surveys_remove_respondent (store, baseline, "Y4 teacher", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (n_changed, ==, 5);
}

/* Baseline: identifying needs in metacognition 2, 3, 5; supporting 4 (one answer); nobody
 * answered about behaviour. Repeat: identifying 4, 4; supporting none; behaviour support 3. */
static void
fill_two_rounds (WmStore *store,
                 gint64  *baseline,
                 gint64  *repeat)
{
  *baseline = add_round (store, "Baseline", "2026-09-15");
  *repeat = add_round (store, "Repeat", "2026-12-08");

  record (store, *baseline, "JS", "metacognition-identify", 2, "metacognition-support", 4,
          "sel-identify", 1, "sel-support", 2, NULL);
  record (store, *baseline, "AB", "metacognition-identify", 3, "sel-identify", 3, NULL);
  record (store, *baseline, "Y4", "metacognition-identify", 5, "sel-support", 4, NULL);

  record (store, *repeat, "JS", "metacognition-identify", 4, "behaviour-support", 3,
          "sel-identify", 3, NULL);
  record (store, *repeat, "AB", "metacognition-identify", 4, NULL);
}

static void
test_summary (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmSurveySummary) summary = NULL;
  gint64 baseline, repeat;

  fill_two_rounds (store, &baseline, &repeat);
  summary = wm_surveys_summary (store, baseline, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (summary->round_name, ==, "Baseline");
  g_assert_cmpstr (summary->held_on, ==, "2026-09-15");
  g_assert_cmpstr (summary->framework_id, ==, "eef-pillars");
  g_assert_cmpstr (summary->framework_title, ==, "Learning behaviour pillars");
  g_assert_cmpuint (summary->n_respondents, ==, 3);
  g_assert_cmpuint (summary->n_pillars, ==, 5);
  g_assert_cmpstr (summary->pillar_ids[0], ==, "metacognition");
  g_assert_cmpstr (summary->pillar_ids[1], ==, "behaviour");
  g_assert_cmpstr (summary->pillar_ids[2], ==, "sel");
  g_assert_cmpstr (summary->pillar_ids[4], ==, "send");
  g_assert_null (summary->pillar_ids[5]);
  g_assert_cmpstr (summary->pillar_titles[2], ==, "Social and emotional learning");
  g_assert_cmpuint (summary->n_judgements, ==, 2);
  g_assert_cmpstr (summary->judgement_ids[0], ==, "identify");
  g_assert_cmpstr (summary->judgement_ids[1], ==, "support");
  g_assert_cmpstr (summary->judgement_names[1], ==, "Supporting needs");
  g_assert_cmpint (wm_survey_summary_find_judgement (summary, "SUPPORT"), ==, 1);
  g_assert_cmpint (wm_survey_summary_find_judgement (summary, "identifying needs"), ==, 0);
  g_assert_cmpint (wm_survey_summary_find_judgement (summary, "both"), ==, -1);

  /* Metacognition: identify 2, 3, 5; support 4 alone; both pooled 2, 3, 4, 5:
   * mean 3.5, squares 2.25 + 0.25 + 0.25 + 2.25 = 5, over 3: sd √(5/3) = 1.291. */
  assert_stat (&summary->stats[0], 3, 3.333, 1.528, 2, 5);
  assert_stat (&summary->stats[1], 1, 4.0, 0.0, 4, 4);
  assert_stat (&summary->pillar_stats[0], 4, 3.5, 1.291, 2, 5);
  /* Behaviour: nobody answered. */
  assert_stat (&summary->stats[2], 0, NAN, NAN, 0, 0);
  assert_stat (&summary->stats[3], 0, NAN, NAN, 0, 0);
  assert_stat (&summary->pillar_stats[1], 0, NAN, NAN, 0, 0);
  /* SEL: identify 1, 3 (sd √2); support 2, 4. */
  assert_stat (&summary->stats[4], 2, 2.0, 1.414, 1, 3);
  assert_stat (&summary->stats[5], 2, 3.0, 1.414, 2, 4);
  assert_stat (&summary->pillar_stats[2], 4, 2.5, 1.291, 1, 4);

  g_assert_null (wm_surveys_summary (store, 99, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static void
test_compare (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmSurveyComparison) comparison = NULL;
  gint64 baseline, repeat, habits;

  fill_two_rounds (store, &baseline, &repeat);
  comparison = wm_surveys_compare (store, baseline, repeat, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (comparison->from->round_name, ==, "Baseline");
  g_assert_cmpstr (comparison->to->round_name, ==, "Repeat");

  /* Metacognition identify: 10/3 → 4. Support: 4 → nobody. Both: 3.5 → 4. */
  g_assert_cmpfloat_with_epsilon (comparison->change[0], 0.667, EPSILON);
  g_assert_true (isnan (comparison->change[1]));
  g_assert_cmpfloat_with_epsilon (comparison->pillar_change[0], 0.5, EPSILON);
  /* Behaviour support: nobody → 3. */
  g_assert_true (isnan (comparison->change[3]));
  g_assert_true (isnan (comparison->pillar_change[1]));
  /* SEL identify: 2 → 3; both: 2.5 → 3. */
  g_assert_cmpfloat_with_epsilon (comparison->change[4], 1.0, EPSILON);
  g_assert_true (isnan (comparison->change[5]));
  g_assert_cmpfloat_with_epsilon (comparison->pillar_change[2], 0.5, EPSILON);
  /* Backwards, the change turns round. */
  g_clear_pointer (&comparison, wm_survey_comparison_free);
  comparison = wm_surveys_compare (store, repeat, baseline, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (comparison->change[0], -0.667, EPSILON);

  habits = wm_surveys_add_round (store, "Habits", "2026-10-01", "habits", &error);
  g_assert_no_error (error);
  g_assert_null (wm_surveys_compare (store, baseline, habits, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "different frameworks"));
}

static void
assert_value (double value,
              double expected)
{
  if (isnan (expected))
    g_assert_true (isnan (value));
  else
    g_assert_cmpfloat_with_epsilon (value, expected, EPSILON);
}

static void
test_chart (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmRadarData) chart = NULL;
  gint64 ids[WM_RADAR_MAX_SERIES + 1];
  gint64 baseline, repeat, habits;

  fill_two_rounds (store, &baseline, &repeat);
  ids[0] = baseline;
  ids[1] = repeat;

  chart = wm_surveys_chart (store, ids, 2, "identify", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (chart->title, ==, "Learning behaviour pillars: Identifying needs");
  g_assert_cmpuint (chart->n_axes, ==, 5);
  g_assert_cmpstr (chart->labels[0], ==, "Metacognition and self-regulated learning");
  g_assert_cmpstr (chart->labels[4], ==, "Special educational needs in mainstream schools");
  g_assert_cmpfloat (chart->max, ==, 5.0);
  g_assert_cmpuint (chart->n_rings, ==, 5);
  g_assert_cmpstr (chart->ring_names[0], ==, "1");
  g_assert_cmpstr (chart->ring_names[4], ==, "5");
  g_assert_cmpuint (chart->n_series, ==, 2);
  g_assert_cmpstr (chart->series[0].name, ==, "Baseline (2026-09-15)");
  g_assert_cmpstr (chart->series[1].name, ==, "Repeat (2026-12-08)");
  assert_value (chart->series[0].values[0], 3.333);
  assert_value (chart->series[0].values[1], NAN);
  assert_value (chart->series[0].values[2], 2.0);
  assert_value (chart->series[0].values[3], NAN);
  assert_value (chart->series[1].values[0], 4.0);
  assert_value (chart->series[1].values[1], NAN);
  assert_value (chart->series[1].values[2], 3.0);
  g_clear_pointer (&chart, wm_radar_data_free);

  /* By the judgement's name; and both judgements pooled. */
  chart = wm_surveys_chart (store, ids, 2, "Supporting needs", &error);
  g_assert_no_error (error);
  assert_value (chart->series[0].values[0], 4.0);
  assert_value (chart->series[1].values[1], 3.0);
  g_clear_pointer (&chart, wm_radar_data_free);
  chart = wm_surveys_chart (store, ids + 1, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (chart->title, ==, "Learning behaviour pillars");
  g_assert_cmpuint (chart->n_series, ==, 1);
  assert_value (chart->series[0].values[0], 4.0);
  assert_value (chart->series[0].values[1], 3.0);
  assert_value (chart->series[0].values[2], 3.0);
  assert_value (chart->series[0].values[3], NAN);
  g_clear_pointer (&chart, wm_radar_data_free);

  /* Refused. */
  g_assert_null (wm_surveys_chart (store, ids, 2, "both", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "use one of: identify, support"));
  g_clear_error (&error);
  g_assert_null (wm_surveys_chart (store, ids, 0, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    ids[i] = baseline;
  g_assert_null (wm_surveys_chart (store, ids, G_N_ELEMENTS (ids), NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  habits = wm_surveys_add_round (store, "Habits", "2026-10-01", "habits", &error);
  g_assert_no_error (error);
  ids[1] = habits;
  g_assert_null (wm_surveys_chart (store, ids, 2, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  ids[1] = 99;
  g_assert_null (wm_surveys_chart (store, ids, 2, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/surveys/stats", test_stats);
#define ADD(path, func) \
  g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/surveys/rounds", test_rounds);
  ADD ("/surveys/questions", test_questions);
  ADD ("/surveys/record", test_record);
  ADD ("/surveys/summary", test_summary);
  ADD ("/surveys/compare", test_compare);
  ADD ("/surveys/chart", test_chart);
#undef ADD

  return g_test_run ();
}
