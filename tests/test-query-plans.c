/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-query-plans"

#include "config.h"

#include <string.h>

#include "wm-actions.h"
#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-framework-info.h"
#include "wm-grid-filter.h"
#include "wm-grid-model.h"
#include "wm-inclusion.h"
#include "wm-judgements.h"
#include "wm-plan.h"
#include "wm-plan-ics.h"
#include "wm-report.h"
#include "wm-school.h"
#include "wm-scoring.h"
#include "wm-snapshots.h"
#include "wm-steps.h"
#include "wm-store-private.h"
#include "wm-surveys.h"
#include "wm-test-util.h"

/*
 * Queries must use indexes. A school file is filled through the core's API as a school would
 * fill it over a term, every read the app makes is made once, and then SQLite is asked how it
 * would run each statement the store prepared (EXPLAIN QUERY PLAN). A full walk of a table that
 * grows with use (a bare "SCAN t", or an automatic index built for one query) fails, unless the
 * statement is on the allow-list below with its reason.
 *
 * The file is not ANALYZEd: Waymark never runs ANALYZE, so a school's planner has no statistics,
 * and the plans checked here are the plans the app gets. (With statistics, SQLite may rightly
 * prefer a scan of the test's small tables, which would hide a missing index rather than show it.)
 */

/* The school file is made before the year starts, so that its draft plan spans the whole year;
 * the checks are made half-way through the autumn term. */
#define MADE_ON "2026-08-20"
#define TODAY   "2026-11-16"

/* The tables that grow with every term of use; the framework tables, the school's settings and
 * the plan's years stay small and may be walked. */
static const char * const growing[] = {
  "judgements", "judgement_changes", "descriptor_evidence", "evidence", "snapshot_judgements",
  "snapshots", "actions", "action_descriptors", "small_steps", "survey_responses",
  "inclusion_interventions", "inclusion_pupils", "plan_sections", "plan_sessions",
};

/* Walks that are the answer. Each names its table, a piece of SQL only that statement has, and
 * why. Prefer an index, or a statement SQLite can take through one, to a line here. */
static const struct {
  const char *table;
  const char *sql;
  const char *reason;
} allowed[] = {
  { "evidence", "FROM evidence e LEFT JOIN evidence_blobs b ON b.sha256 = e.blob_sha256 "
                "WHERE (?3 = 0 OR e.reviewed = 0) ORDER BY e.id",
    "wm_evidence_list for no descriptor lists every piece of evidence, oldest first: each row is the answer" },
};

static const char * const people[] = { "Ms Shah", "Mr Jones", "Dr Okafor", "Mrs Byrne", "Mr Patel" };

typedef struct {
  WmStore   *store;
  GRand     *rand;
  GPtrArray *frameworks;   /* char *: ids */
  GPtrArray *descriptors;  /* GPtrArray of char *: each framework's descriptor ids */
  GPtrArray *ratings;      /* GPtrArray of char *: each framework's scale */
  GArray    *snapshots;    /* gint64: the last snapshot of each framework */
  GArray    *evidence;     /* gint64 */
  gint64     year_id;
} School;

/* A write or read that must succeed; the error, if any, says why it did not. */
#define CHECK(call) G_STMT_START {                 \
    gboolean ok_ = (call);                         \
    g_assert_no_error (error);                     \
    g_assert_true (ok_);                           \
  } G_STMT_END
#define CHECK_ID(call) G_STMT_START {              \
    gint64 id_ = (call);                           \
    g_assert_no_error (error);                     \
    g_assert_cmpint (id_, >, 0);                   \
  } G_STMT_END

static const char *
pick (School    *school,
      GPtrArray *array)
{
  return g_ptr_array_index (array, g_rand_int_range (school->rand, 0, (gint32) array->len));
}

static void
add_descriptor_cb (WmHeadingDef    *heading,
                   WmElementDef    *element,
                   WmStrandDef     *strand,
                   WmDescriptorDef *descriptor,
                   gpointer         user_data)
{
  g_ptr_array_add (user_data, g_strdup (descriptor->id));
}

static void
read_frameworks (School *school)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = wm_catalog_list (school->store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), >=, 4);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WmFrameworkInfo) info = g_list_model_get_item (list, i);
      g_autoptr(WmFrameworkDef) def = wm_catalog_read (school->store, wm_framework_info_get_id (info), &error);
      GPtrArray *descriptors = g_ptr_array_new_with_free_func (g_free);
      GPtrArray *ratings = g_ptr_array_new_with_free_func (g_free);

      g_assert_no_error (error);
      wm_framework_def_foreach (def, add_descriptor_cb, descriptors);
      for (guint r = 0; r < def->ratings->len; r++)
        g_ptr_array_add (ratings, g_strdup (((WmRatingDef *) def->ratings->pdata[r])->id));
      g_ptr_array_add (school->frameworks, g_strdup (def->id));
      g_ptr_array_add (school->descriptors, descriptors);
      g_ptr_array_add (school->ratings, ratings);
    }
}

/* Three terms: half of every framework judged (now and then "Not applicable"), then a snapshot. */
static void
fill_judging (School *school)
{
  static const char * const terms[][2] = {
    { "Autumn 2025", "2025-12-12" }, { "Spring 2026", "2026-03-27" }, { "Summer 2026", "2026-07-17" },
  };
  g_autoptr(GError) error = NULL;

  for (guint term = 0; term < G_N_ELEMENTS (terms); term++)
    for (guint f = 0; f < school->frameworks->len; f++)
      {
        const char *framework = school->frameworks->pdata[f];
        GPtrArray *descriptors = school->descriptors->pdata[f];
        GPtrArray *ratings = school->ratings->pdata[f];
        gint64 snapshot;

        for (guint i = 0; i < MAX (descriptors->len / 2, 1); i++)
          {
            gboolean not_applicable = g_rand_int_range (school->rand, 0, 40) == 0;

            CHECK (wm_judgements_rate (school->store, framework, pick (school, descriptors),
                                       not_applicable ? WM_RATING_NOT_APPLICABLE : pick (school, ratings),
                                       not_applicable ? "Not for our phase." : "Seen on a learning walk.",
                                       people[i % G_N_ELEMENTS (people)], &error));
          }
        snapshot = wm_snapshots_create (school->store, framework, terms[term][0], terms[term][1],
                                        "Ms Shah", &error);
        g_assert_no_error (error);
        if (term == 0)
          g_array_append_val (school->snapshots, snapshot);
        else
          g_array_index (school->snapshots, gint64, f) = snapshot;
      }
}

/* About 200 notes, some links and a few files, attached to one or two descriptors each. */
static void
fill_evidence (School      *school,
               const char  *dir)
{
  g_autoptr(GError) error = NULL;

  for (guint k = 0; k < 215; k++)
    {
      guint f = g_rand_int_range (school->rand, 0, (gint32) school->frameworks->len);
      GPtrArray *descriptors = school->descriptors->pdata[f];
      guint first = g_rand_int_range (school->rand, 0, (gint32) descriptors->len);
      g_autofree char *label = g_strdup_printf ("Lesson observation %u", k + 1);
      gint64 id;

      if (k % 70 == 0)
        {
          g_autofree char *path = g_build_filename (dir, "minutes.txt", NULL);
          g_autofree char *text = g_strdup_printf ("Minutes of meeting %u", k);
          g_autoptr(GFile) file = g_file_new_for_path (path);

          CHECK (g_file_set_contents (path, text, -1, &error));
          id = wm_evidence_add_file (school->store, file, label, "Ms Shah", NULL, NULL, NULL, &error);
        }
      else if (k % 15 == 0)
        {
          g_autofree char *url = g_strdup_printf ("https://school.example/evidence/%u", k);
          id = wm_evidence_add_link (school->store, url, label, "Mr Jones", &error);
        }
      else
        id = wm_evidence_add_note (school->store, "Pupils explained their reasoning to a partner.",
                                   label, people[k % G_N_ELEMENTS (people)], &error);
      g_assert_no_error (error);
      g_array_append_val (school->evidence, id);

      for (guint i = 0; i < (k % 4 == 0 ? 2u : 1u); i++)
        CHECK (wm_evidence_attach (school->store, school->frameworks->pdata[f],
                                   g_ptr_array_index (descriptors, (first + i) % descriptors->len),
                                   id, "Ms Shah", &error));
      if (k % 40 == 5)
        CHECK (wm_evidence_detach (school->store, school->frameworks->pdata[f],
                                   g_ptr_array_index (descriptors, first), id, &error));
      if (k % 3 == 0)
        CHECK (wm_evidence_set_reviewed (school->store, id, TRUE, &error));
      if (k % 50 == 0)
        CHECK (wm_evidence_rename (school->store, id, "Learning walk", &error));
    }
}

/* About 100 actions on one to three descriptors, some moved on, done or dropped. */
static void
fill_actions (School *school)
{
  static const char * const statuses[] = { "planned", "under-way", "done", "dropped" };
  g_autoptr(GError) error = NULL;

  for (guint k = 0; k < 100; k++)
    {
      guint f = g_rand_int_range (school->rand, 0, (gint32) school->frameworks->len);
      GPtrArray *descriptors = school->descriptors->pdata[f];
      const char *names[4] = { NULL };
      g_autofree char *title = g_strdup_printf ("Action %u: work on it with the team", k + 1);
      g_autofree char *due = g_strdup_printf ("2027-%02u-%02u", k % 7 + 1, k % 28 + 1);
      gint64 id;

      for (guint i = 0; i < k % 3 + 1; i++)
        names[i] = g_ptr_array_index (descriptors, (k + i) % descriptors->len);
      id = wm_actions_add (school->store, school->frameworks->pdata[f], names, title,
                           people[k % G_N_ELEMENTS (people)], k % 5 ? due : NULL,
                           pick (school, school->ratings->pdata[f]), "Ms Shah", &error);
      CHECK_ID (id);
      if (k % 4)
        CHECK (wm_actions_set_status (school->store, id, statuses[k % 4], &error));
      if (k % 10 == 0)
        {
          CHECK (wm_actions_set_title (school->store, id, "Renamed action", &error));
          CHECK (wm_actions_set_owner (school->store, id, "Mrs Byrne", &error));
          CHECK (wm_actions_set_due (school->store, id, "2027-03-01", &error));
          CHECK (wm_actions_set_target (school->store, id, pick (school, school->ratings->pdata[f]), &error));
          CHECK (wm_actions_set_notes (school->store, id, "Talked it over.", &error));
        }
      if (k % 12 == 0)
        CHECK (wm_plan_place_action (school->store, id, "2026-12", &error));
    }
}

/* A small step a day through the autumn term, each serving a descriptor or a habit. */
static void
fill_steps (School *school)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 9, 2, 0, 0, 0);
  gint64 first = 0;

  for (guint k = 0; k < 80; k++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (start, k);
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
      guint f = k % school->frameworks->len;
      g_autofree char *serves = g_strdup_printf ("%s:%s", (char *) school->frameworks->pdata[f],
                                                 pick (school, school->descriptors->pdata[f]));
      g_autofree char *what = g_strdup_printf ("Tried a five-minute retrieval quiz (%u)", k + 1);
      gint64 evidence = k % 6 ? 0 : g_array_index (school->evidence, gint64, k);
      gint64 id = wm_steps_add (school->store, people[k % G_N_ELEMENTS (people)], date, what, serves,
                                evidence, &error);

      CHECK_ID (id);
      if (first == 0)
        first = id;
    }
  CHECK_ID (wm_steps_add (school->store, "Mr Jones", "2026-11-12", "Wondered aloud", "Absorption", 0, &error));
  CHECK (wm_steps_update (school->store, first, "Ms Shah", "2026-09-03", "Talk partners", NULL, 0, &error));
  CHECK (wm_steps_delete (school->store, first + 1, &error));
}

/* Two confidence survey rounds of twelve respondents each. */
static void
fill_surveys (School *school)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) questions = wm_surveys_questions (school->store, WM_SURVEYS_DEFAULT_FRAMEWORK, &error);
  g_autofree WmSurveyAnswer *answers = NULL;
  gint64 rounds[2];

  g_assert_no_error (error);
  answers = g_new0 (WmSurveyAnswer, questions->len);
  rounds[0] = wm_surveys_add_round (school->store, "Baseline", "2026-09-15", NULL, &error);
  CHECK_ID (rounds[0]);
  rounds[1] = wm_surveys_add_round (school->store, "Repeat", "2026-11-10", NULL, &error);
  CHECK_ID (rounds[1]);
  for (guint r = 0; r < G_N_ELEMENTS (rounds); r++)
    for (guint k = 0; k < 12; k++)
      {
        g_autofree char *respondent = g_strdup_printf ("Y%u teacher", k + 1);

        for (guint q = 0; q < questions->len; q++)
          {
            answers[q].descriptor_id = ((WmSurveyQuestion *) questions->pdata[q])->descriptor_id;
            answers[q].score = g_rand_int_range (school->rand, WM_SURVEYS_MIN_SCORE, WM_SURVEYS_MAX_SCORE + 1);
          }
        CHECK (wm_surveys_record (school->store, rounds[r], respondent, answers, questions->len, &error));
      }
  CHECK (wm_surveys_remove_respondent (school->store, rounds[1], "Y12 teacher", &error));
  CHECK_ID (wm_surveys_add_round (school->store, "Spare", NULL, NULL, &error));
  CHECK (wm_surveys_delete_round (school->store, wm_surveys_find_round (school->store, "Spare", &error), &error));
}

/* The draft year as a team works through it: moved and swapped habits, sections ticked. */
static void
fill_plan (School *school)
{
  g_autoptr(GError) error = NULL;
  const guint counts[] = { 3, 8, 10, 5, 2 };
  const char *months[] = { "2026-09", "2026-10", "2026-11" };
  GDate today;
  g_autoptr(WmPlanYear) year = NULL;

  g_assert_true (wm_action_parse_date (TODAY, &today));
  year = wm_plan_get_current_year (school->store, &today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (year);
  school->year_id = wm_plan_year_get_id (year);

  CHECK (wm_plan_set_habit (school->store, school->year_id, "2027-06", "making-links", &error));
  CHECK (wm_plan_move_habit (school->store, school->year_id, "making-links", "2027-02", &error));
  CHECK (wm_plan_swap_months (school->store, school->year_id, "2026-09", "2026-10", &error));
  CHECK (wm_plan_skip_month (school->store, school->year_id, "2026-12", &error));
  CHECK (wm_plan_unskip_month (school->store, school->year_id, "2026-12", &error));
  CHECK (wm_plan_set_online_date (school->store, school->year_id, "2026-09", "2026-09-02", &error));
  CHECK (wm_plan_set_team_time (school->store, school->year_id, "2026-09", "2026-09-10", "15:30", 60, &error));
  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    {
      for (guint section = 1; section <= 3; section++)
        CHECK (wm_plan_tick_section (school->store, school->year_id, months[m], section, NULL, "Done", &error));
      CHECK (wm_plan_set_section_notes (school->store, school->year_id, months[m], 3, "Starters", &error));
      for (WmPlanTeamField field = WM_PLAN_TEAM_ATTENDEES; field <= WM_PLAN_TEAM_INDICATORS; field++)
        CHECK (wm_plan_set_team_field (school->store, school->year_id, months[m], field, "AB, CD", &error));
      CHECK (wm_plan_set_phase_counts (school->store, school->year_id, months[m], "3B", counts, NULL, &error));
      CHECK (wm_plan_set_phase_counts (school->store, school->year_id, months[m], "4K", counts, NULL, &error));
    }
  CHECK (wm_plan_untick_section (school->store, school->year_id, "2026-11", 3, &error));
  CHECK (wm_plan_remove_phase_counts (school->store, school->year_id, "2026-11", "4K", &error));
  CHECK (wm_plan_set_review_day (school->store, school->year_id, "2027-07-15", NULL, NULL, NULL, &error));
  CHECK (wm_plan_clear_review_day (school->store, school->year_id, &error));
  CHECK (wm_plan_set_review_day (school->store, school->year_id, "2027-07-16", "Vision", NULL, NULL, &error));
  CHECK (wm_plan_remove_habit (school->store, school->year_id, "imagining", &error));
  CHECK (wm_plan_set_habit (school->store, school->year_id, "2027-06", "imagining", &error));
  CHECK_ID (wm_plan_create_year (school->store, NULL, "2027-09", 0, NULL, &error));
}

/* A cohort of 30 pupils, their needs and two interventions each; one pupil erased. */
static void
fill_inclusion (School *school)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pillars = wm_inclusion_list_pillars (school->store, NULL, &error);
  gint64 cohort = wm_inclusion_add_cohort (school->store, "2026-27 autumn", 500000, "2028-07-31", &error);
  gint64 last_pupil = 0, last_intervention = 0;

  CHECK_ID (cohort);
  CHECK (wm_inclusion_set_cohort_grant (school->store, cohort, 480000, &error));
  for (guint k = 0; k < 30; k++)
    {
      g_autofree char *code = g_strdup_printf ("%c%c%02u", 'A' + k % 26, 'B' + k % 7, k + 1);
      guint n_pillars = g_strv_length (pillars);

      last_pupil = wm_inclusion_add_pupil (school->store, cohort, code, &error);
      CHECK_ID (last_pupil);
      CHECK (wm_inclusion_set_need (school->store, last_pupil, pillars[k % n_pillars], "Needs a quiet start.", &error));
      for (guint i = 0; i < 2; i++)
        {
          WmInterventionSpec spec = {
            .pillar_id = i ? pillars[(k + 1) % n_pillars] : NULL, .what = "Reading with a TA", .who = "TA",
            .external = k % 5 == 0, .provider_name = k % 5 ? "" : "Young Minds Matter",
            .starts_on = "2026-09-14", .review_on = k % 2 ? "2026-11-02" : "2026-12-14",
            .cost_pence = 4000, .spent_pence = k % 3 ? 1000 : 0, .outcome = k % 4 ? "" : "Reads aloud",
          };
          last_intervention = wm_inclusion_add_intervention (school->store, last_pupil, &spec, &error);
          CHECK_ID (last_intervention);
        }
    }
  {
    WmInterventionSpec spec = { .what = "Lunch club", .who = "LBL", .cost_pence = 2500 };
    CHECK (wm_inclusion_update_intervention (school->store, last_intervention, &spec, &error));
  }
  CHECK (wm_inclusion_remove_intervention (school->store, last_intervention, &error));
  CHECK (wm_inclusion_remove_need (school->store, last_pupil, pillars[29 % g_strv_length (pillars)], &error));
  CHECK (wm_inclusion_erase_pupil (school->store, last_pupil, &error));
}

/* A new version of the first framework: one descriptor reworded, one dropped (and retired). */
static void
upgrade_framework (School *school)
{
  g_autoptr(GError) error = NULL;
  const char *framework = school->frameworks->pdata[0];
  g_autoptr(WmFrameworkDef) def = wm_catalog_read (school->store, framework, &error);
  g_autoptr(WmFrameworkChanges) preview = NULL, changes = NULL;
  WmHeadingDef *heading;
  WmElementDef *element;
  WmStrandDef *strand;
  WmDescriptorDef *descriptor;

  g_assert_no_error (error);
  heading = g_ptr_array_index (def->headings, 0);
  element = g_ptr_array_index (heading->elements, 0);
  strand = g_ptr_array_index (element->strands, 0);
  g_assert_cmpuint (strand->descriptors->len, >=, 2);
  descriptor = g_ptr_array_index (strand->descriptors, 0);
  g_free (descriptor->text);
  descriptor->text = g_strdup ("Reworded in the new version.");
  g_ptr_array_remove_index (strand->descriptors, strand->descriptors->len - 1);
  g_free (def->version);
  def->version = g_strdup ("2099.1");

  preview = wm_catalog_compare (school->store, def, &error);
  g_assert_no_error (error);
  changes = wm_catalog_upgrade (school->store, def, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->removed->len, ==, 1);
}

/* What the window, the command line and the reports read, each at least once. */
static void
read_judging (School *school)
{
  g_autoptr(GError) error = NULL;

  for (guint f = 0; f < school->frameworks->len; f++)
    {
      const char *framework = school->frameworks->pdata[f];
      const char *descriptor = g_ptr_array_index ((GPtrArray *) school->descriptors->pdata[f], 0);
      gint64 snapshot = g_array_index (school->snapshots, gint64, f);
      g_autofree char *name = g_strdup_printf ("%s:%s", framework, descriptor);
      g_autofree char *found_framework = NULL, *found_descriptor = NULL, *rating = NULL;
      g_autofree char *rating_id = NULL, *rating_name = NULL, *note = NULL;
      g_autoptr(GListModel) history = NULL, snapshots = NULL, moves = NULL, since = NULL;
      g_autoptr(GListModel) evidence = NULL, unreviewed = NULL;
      g_autoptr(GHashTable) ratings = NULL, match = NULL;
      g_autoptr(WmGridModel) grid = NULL;
      g_autoptr(WmScores) now = NULL, then = NULL;
      g_autoptr(WmReport) report = NULL;
      g_autoptr(WmRadarData) chart = NULL;
      g_autoptr(WmSnapshot) got = NULL;
      g_autoptr(GPtrArray) fields = NULL;
      g_auto(GStrv) with_open = NULL;
      const WmGridQuery queries[] = {
        { .text = "reasoning" }, { .rating_id = pick (school, school->ratings->pdata[f]) },
        { .evidence = WM_EVIDENCE_WITH }, { .evidence = WM_EVIDENCE_WITHOUT },
        { .evidence = WM_EVIDENCE_UNREVIEWED }, { .changed_since = snapshot }, { .open_actions = TRUE },
      };
      gboolean has = FALSE;
      gint64 change = 0, found_snapshot = 0;
      guint position = 0;

      CHECK (wm_catalog_has (school->store, framework, &has, &error));
      (void) wm_catalog_count_judged (school->store, framework, &error);
      g_assert_no_error (error);
      fields = wm_catalog_read_fields (school->store, framework, descriptor, &error);
      g_assert_no_error (error);
      CHECK (wm_judgements_resolve_descriptor (school->store, name, &found_framework, &found_descriptor, &error));
      g_clear_pointer (&found_framework, g_free);
      g_clear_pointer (&found_descriptor, g_free);
      if (!wm_judgements_resolve_descriptor (school->store, descriptor, &found_framework, &found_descriptor, &error))
        {
          /* A bare id that several frameworks have is ambiguous: the lookup ran all the same. */
          g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_AMBIGUOUS);
          g_clear_error (&error);
        }
      rating = wm_judgements_resolve_rating (school->store, framework, pick (school, school->ratings->pdata[f]), &error);
      g_assert_no_error (error);
      CHECK (wm_judgements_lookup (school->store, framework, descriptor, &rating_id, &rating_name,
                                   &position, &note, &error));
      history = wm_judgements_history (school->store, framework, descriptor, &error);
      g_assert_no_error (error);
      CHECK (wm_judgements_last_change (school->store, framework, descriptor, &change, &error));
      if (change > 0)
        CHECK (wm_judgements_undo (school->store, framework, descriptor, change, "Ms Shah", &error));

      grid = wm_grid_model_new (school->store, framework, &error);
      g_assert_no_error (error);
      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          g_clear_pointer (&match, g_hash_table_unref);
          match = wm_grid_filter_match (school->store, grid, &queries[q], &error);
          g_assert_no_error (error);
        }

      snapshots = wm_snapshots_list (school->store, framework, &error);
      g_assert_no_error (error);
      got = wm_snapshots_get (school->store, snapshot, &error);
      g_assert_no_error (error);
      CHECK (wm_snapshots_find (school->store, "Autumn 2025", framework, &found_snapshot, NULL, &error));
      ratings = wm_snapshots_read_ratings (school->store, framework, snapshot, &error);
      g_assert_no_error (error);
      moves = wm_snapshots_compare (school->store, framework, found_snapshot, snapshot, &error);
      g_assert_no_error (error);
      since = wm_snapshots_compare (school->store, framework, snapshot, WM_SNAPSHOT_NOW, &error);
      g_assert_no_error (error);

      now = wm_scoring_compute (school->store, framework, WM_SNAPSHOT_NOW, &error);
      g_assert_no_error (error);
      then = wm_scoring_compute (school->store, framework, snapshot, &error);
      g_assert_no_error (error);
      report = wm_report_new (school->store, framework, snapshot, &error);
      g_assert_no_error (error);
      chart = wm_report_chart_new (school->store, framework, &snapshot, 1, &error);
      g_assert_no_error (error);

      evidence = wm_evidence_list (school->store, framework, descriptor, WM_EVIDENCE_FILTER_ALL, &error);
      g_assert_no_error (error);
      g_clear_object (&evidence);
      evidence = wm_evidence_list (school->store, framework, NULL, WM_EVIDENCE_FILTER_ALL, &error);
      g_assert_no_error (error);
      unreviewed = wm_evidence_list (school->store, NULL, NULL, WM_EVIDENCE_FILTER_UNREVIEWED, &error);
      g_assert_no_error (error);
      (void) wm_evidence_count (school->store, framework, descriptor, &error);
      g_assert_no_error (error);
      with_open = wm_actions_descriptors_with_open (school->store, framework, &error);
      g_assert_no_error (error);
    }
}

static void
read_evidence_and_actions (School      *school,
                           const char  *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *extracted = g_build_filename (dir, "extracted.txt", NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (extracted);
  g_autoptr(GFile) temporary = NULL;
  g_autoptr(WmEvidenceItem) item = NULL;
  g_autoptr(WmAction) action = NULL;
  gint64 file_id = g_array_index (school->evidence, gint64, 0);
  const WmActionQuery queries[] = {
    { 0 }, { .open_only = TRUE, .order = WM_ACTIONS_BY_OWNER }, { .owner = "ms shah" },
    { .framework_id = school->frameworks->pdata[0] },
    { .framework_id = school->frameworks->pdata[0],
      .descriptor_id = g_ptr_array_index ((GPtrArray *) school->descriptors->pdata[0], 0) },
  };

  item = wm_evidence_lookup (school->store, file_id, &error);
  g_assert_no_error (error);
  CHECK (wm_evidence_extract (school->store, file_id, dest, NULL, &error));
  temporary = wm_evidence_open_temporary (school->store, file_id, &error);
  g_assert_no_error (error);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GListModel) list = wm_actions_list (school->store, &queries[q], &error);

      g_assert_no_error (error);
      if (q == 0)
        {
          g_autoptr(WmAction) first = g_list_model_get_item (list, 0);

          action = wm_actions_get (school->store, wm_action_get_id (first), &error);
          g_assert_no_error (error);
        }
    }
}

static void
read_planner (School *school)
{
  g_autoptr(GError) error = NULL;
  const WmStepQuery step_queries[] = {
    { 0 }, { .search = "retrieval QUIZ" }, { .search = "talk" }, { .from = "2026-10-01", .to = "2026-10-31" },
  };
  g_autoptr(GListModel) years = NULL, months = NULL, sessions = NULL, due = NULL, groups = NULL;
  g_autoptr(GListModel) rounds = NULL, cohorts = NULL, pupils = NULL, interventions = NULL, past = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(WmStepsReport) steps_report = NULL;
  g_autoptr(WmPlanYear) year = NULL, current = NULL;
  g_autoptr(WmSurveySummary) summary = NULL;
  g_autoptr(WmSurveyComparison) comparison = NULL;
  g_autoptr(WmRadarData) survey_chart = NULL, pooled_chart = NULL, phase_chart = NULL;
  g_autoptr(WmSurveyRound) round = NULL;
  g_autoptr(WmInclusionSummary) cohort_summary = NULL, whole_summary = NULL;
  g_autoptr(WmInclusionCohort) cohort = NULL;
  g_autoptr(WmInclusionPupil) pupil = NULL;
  g_autoptr(WmIntervention) intervention = NULL;
  g_autoptr(WmIntervention) first_intervention = NULL;
  g_autoptr(GBytes) ics = NULL;
  g_auto(GStrv) respondents = NULL;
  g_autofree char *habit = NULL, *ics_year = NULL, *code = NULL, *school_name = NULL;
  WmInclusionBudget budget;
  gint64 baseline, repeat, cohort_id, pupil_id, spare;
  double mean = 0;
  GDate today;

  g_assert_true (wm_action_parse_date (TODAY, &today));
  for (guint q = 0; q < G_N_ELEMENTS (step_queries); q++)
    {
      g_autoptr(GListModel) steps = wm_steps_list (school->store, &step_queries[q], &error);
      g_autoptr(WmStep) first = NULL, got = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (steps), >, 0);
      first = g_list_model_get_item (steps, 0);
      got = wm_steps_get (school->store, wm_step_get_id (first), &error);
      g_assert_no_error (error);
    }
  weeks = wm_steps_count_by_week (school->store, "2026-09-01", "2026-12-18", &error);
  g_assert_no_error (error);
  steps_report = wm_steps_for_report (school->store, "2026-09-01", "2026-12-18", &error);
  g_assert_no_error (error);

  rounds = wm_surveys_list_rounds (school->store, &error);
  g_assert_no_error (error);
  baseline = wm_surveys_find_round (school->store, "baseline", &error);
  CHECK_ID (baseline);
  repeat = wm_surveys_find_round (school->store, "Repeat", &error);
  CHECK_ID (repeat);
  round = wm_surveys_get_round (school->store, repeat, &error);
  g_assert_no_error (error);
  respondents = wm_surveys_respondents (school->store, repeat, &error);
  g_assert_no_error (error);
  summary = wm_surveys_summary (school->store, repeat, &error);
  g_assert_no_error (error);
  comparison = wm_surveys_compare (school->store, baseline, repeat, &error);
  g_assert_no_error (error);
  survey_chart = wm_surveys_chart (school->store, (gint64[]) { baseline, repeat }, 2, "identify", &error);
  g_assert_no_error (error);
  pooled_chart = wm_surveys_chart (school->store, (gint64[]) { baseline, repeat }, 2, NULL, &error);
  g_assert_no_error (error);

  years = wm_plan_list_years (school->store, &error);
  g_assert_no_error (error);
  year = wm_plan_get_year (school->store, school->year_id, &error);
  g_assert_no_error (error);
  current = wm_plan_get_current_year (school->store, &today, &error);
  g_assert_no_error (error);
  habit = wm_plan_resolve_habit (school->store, year, "Absorption", &error);
  g_assert_no_error (error);
  months = wm_plan_list_months (school->store, school->year_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (months); i++)
    {
      g_autoptr(WmPlanMonth) item = g_list_model_get_item (months, i);
      g_autoptr(WmPlanMonth) month = wm_plan_get_month (school->store, school->year_id,
                                                        wm_plan_month_get_month (item), &error);
      g_assert_no_error (error);
    }
  sessions = wm_plan_list_sessions (school->store, school->year_id, &error);
  g_assert_no_error (error);
  due = wm_plan_list_due (school->store, school->year_id, &today, &error);
  g_assert_no_error (error);
  groups = wm_plan_list_phase_counts (school->store, school->year_id, "2026-09", &error);
  g_assert_no_error (error);
  CHECK (wm_plan_phase_mean (school->store, school->year_id, habit, &mean, &error));
  phase_chart = wm_plan_phase_chart (school->store, school->year_id, &error);
  g_assert_no_error (error);
  ics = wm_plan_ics_build (school->store, school->year_id, &error);
  g_assert_no_error (error);
  CHECK_ID (wm_plan_ics_find_year (school->store, &today, &ics_year, &error));

  cohorts = wm_inclusion_list_cohorts (school->store, &error);
  g_assert_no_error (error);
  cohort_id = wm_inclusion_find_cohort (school->store, "2026-27 autumn", &error);
  CHECK_ID (cohort_id);
  cohort = wm_inclusion_get_cohort (school->store, cohort_id, &error);
  g_assert_no_error (error);
  CHECK (wm_inclusion_set_cohort_retain_until (school->store, cohort_id, "2028-08-31", &error));
  code = wm_inclusion_suggest_code (school->store, cohort_id, "AB", &error);
  g_assert_no_error (error);
  pupils = wm_inclusion_list_pupils (school->store, cohort_id, &error);
  g_assert_no_error (error);
  pupil_id = wm_inclusion_find_pupil (school->store, "2026-27 autumn:AB01", &error);
  CHECK_ID (pupil_id);
  pupil = wm_inclusion_get_pupil (school->store, pupil_id, &error);
  g_assert_no_error (error);
  interventions = wm_inclusion_list_interventions (school->store, cohort_id, 0, &error);
  g_assert_no_error (error);
  g_clear_object (&interventions);
  interventions = wm_inclusion_list_interventions (school->store, 0, pupil_id, &error);
  g_assert_no_error (error);
  first_intervention = g_list_model_get_item (interventions, 0);
  g_clear_object (&interventions);
  interventions = wm_inclusion_list_interventions (school->store, 0, 0, &error);
  g_assert_no_error (error);
  intervention = wm_inclusion_get_intervention (school->store, wm_intervention_get_id (first_intervention), &error);
  g_assert_no_error (error);
  CHECK (wm_inclusion_get_budget (school->store, cohort_id, &budget, &error));
  CHECK (wm_inclusion_get_budget (school->store, 0, &budget, &error));
  cohort_summary = wm_inclusion_summary_new (school->store, cohort_id, &today, &error);
  g_assert_no_error (error);
  whole_summary = wm_inclusion_summary_new (school->store, 0, &today, &error);
  g_assert_no_error (error);
  past = wm_inclusion_cohorts_past_retention (school->store, &today, &error);
  g_assert_no_error (error);
  spare = wm_inclusion_add_cohort (school->store, "Spare", 0, NULL, &error);
  CHECK_ID (spare);
  CHECK_ID (wm_inclusion_add_pupil (school->store, spare, "ZZ01", &error));
  CHECK (wm_inclusion_erase_cohort (school->store, spare, &error));

  CHECK (wm_school_set_name (school->store, "Hillside Primary", &error));
  school_name = wm_school_get_name (school->store, &error);
  g_assert_no_error (error);
}

/* The growing tables that @name, as a query plan names what it reads, stands for in @sql:
 * the table of that name, or each table that @sql gives @name as an alias ("FROM actions a",
 * "JOIN judgements AS j"). SQLite's plans name a table by its alias when it has one. */
static GPtrArray *
growing_tables (const char *sql,
                const char *name)
{
  GPtrArray *tables = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (growing); i++)
    {
      g_autofree char *aliased = g_strdup_printf ("\\b%s\\s+(AS\\s+)?%s\\b", growing[i], name);

      if (g_str_equal (name, growing[i]) ||
          g_regex_match_simple (aliased, sql, G_REGEX_CASELESS, 0))
        g_ptr_array_add (tables, (gpointer) growing[i]);
    }
  return tables;
}

static const char *
allowed_reason (const char *table,
                const char *sql)
{
  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    if (g_str_equal (table, allowed[i].table) && strstr (sql, allowed[i].sql) != NULL)
      return allowed[i].reason;
  return NULL;
}

/* What a plan line walks in full (a table, or its alias), or NULL: "SCAN t" walks t row by row,
 * and an automatic index or a Bloom filter is built by walking t each time the statement runs.
 * "SCAN t USING [COVERING] INDEX i" walks an index in order, which is how a whole list is meant
 * to be read. SQLite before 3.36 wrote "SCAN TABLE t AS x". */
static char *
full_walk (const char *detail)
{
  g_auto(GStrv) words = g_strsplit (detail, " ", -1);
  const char *name = words[1] != NULL && g_str_equal (words[1], "TABLE") ? words[2] : words[1];

  if (name == NULL)
    return NULL;
  if (g_str_equal (words[0], "SCAN") && strstr (detail, " USING ") == NULL)
    return g_strdup (name);
  if (g_str_equal (words[0], "SEARCH") && strstr (detail, " AUTOMATIC ") != NULL)
    return g_strdup (name);
  if (g_str_has_prefix (detail, "BLOOM FILTER ON ") && words[3] != NULL)
    return g_strdup (words[3]);
  return NULL;
}

/* Asks SQLite how it would run @sql, with nothing bound; prints the plan, and appends to
 * @failures each growing table it walks in full without a reason on the allow-list. */
static void
check_plan (sqlite3    *db,
            const char *sql,
            GString    *failures,
            guint      *n_allowed)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(GString) plan = g_string_new (NULL);
  g_autoptr(GHashTable) depth = g_hash_table_new (NULL, NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int id = sqlite3_column_int (stmt, 0);
      int parent = sqlite3_column_int (stmt, 1);
      const char *detail = (const char *) sqlite3_column_text (stmt, 3);
      guint level = GPOINTER_TO_UINT (g_hash_table_lookup (depth, GINT_TO_POINTER (parent))) + 1;
      g_autofree char *walked = full_walk (detail);
      g_autoptr(GPtrArray) tables = walked ? growing_tables (sql, walked) : NULL;

      g_hash_table_insert (depth, GINT_TO_POINTER (id), GUINT_TO_POINTER (level));
      g_string_append_printf (plan, "\n  %*s%s", (int) (level - 1) * 2, "", detail);
      for (guint i = 0; tables != NULL && i < tables->len; i++)
        {
          const char *table = tables->pdata[i];
          const char *reason = allowed_reason (table, sql);

          if (reason != NULL)
            {
              g_string_append_printf (plan, "   [allowed: %s]", reason);
              (*n_allowed)++;
            }
          else
            {
              g_string_append_printf (plan, "   [FULL WALK OF %s]", table);
              g_string_append_printf (failures, "\n%s (%s): %s", detail, table, sql);
            }
        }
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_test_message ("%s%s", sql, plan->len ? plan->str : "\n  (no plan: not a query)");
}

static void
test_indexed (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) statements = NULL;
  g_autoptr(GString) failures = g_string_new (NULL);
  School school = {
    .rand = g_rand_new_with_seed (20260901),
    .frameworks = g_ptr_array_new_with_free_func (g_free),
    .descriptors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref),
    .ratings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref),
    .snapshots = g_array_new (FALSE, FALSE, sizeof (gint64)),
    .evidence = g_array_new (FALSE, FALSE, sizeof (gint64)),
  };
  guint n_allowed = 0;

  /* As the app opens it: the shipped frameworks and a draft year plan on the first opening. */
  school.store = wm_catalog_open_school (f->path, &error);
  g_assert_no_error (error);
  read_frameworks (&school);
  fill_plan (&school);
  fill_judging (&school);
  fill_evidence (&school, f->dir);
  fill_actions (&school);
  fill_steps (&school);
  fill_surveys (&school);
  fill_inclusion (&school);
  upgrade_framework (&school);
  read_judging (&school);
  read_evidence_and_actions (&school, f->dir);
  read_planner (&school);

  statements = wm_store_dup_statement_sql (school.store);
  g_test_message ("%u statements prepared", statements->len);
  for (guint i = 0; i < statements->len; i++)
    check_plan (wm_store_get_db (school.store), statements->pdata[i], failures, &n_allowed);
  g_test_message ("%u full walks allowed", n_allowed);
  if (failures->len > 0)
    g_test_fail_printf ("Statements that walk a growing table in full (add an index, or a reason "
                        "to the allow-list):%s", failures->str);

  wm_store_close (school.store);
  g_assert_finalize_object (school.store);
  g_rand_free (school.rand);
  g_ptr_array_unref (school.frameworks);
  g_ptr_array_unref (school.descriptors);
  g_ptr_array_unref (school.ratings);
  g_array_unref (school.snapshots);
  g_array_unref (school.evidence);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* The same school term on every run: the draft plan, what is due and the report's term. */
  g_setenv ("WAYMARK_TODAY", MADE_ON, TRUE);
  g_setenv ("WAYMARK_REPORT_DATE", TODAY, TRUE);

  g_test_add ("/query-plans/indexed", WmTestSchool, NULL,
              wm_test_school_set_up, test_indexed, wm_test_school_tear_down);

  return g_test_run ();
}
