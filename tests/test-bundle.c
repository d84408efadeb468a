/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-bundle"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "wm-actions.h"
#include "wm-bundle.h"
#include "wm-bundle-copy.h"
#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-inclusion.h"
#include "wm-judgements.h"
#include "wm-plan.h"
#include "wm-plan-session.h"
#include "wm-plan-year.h"
#include "wm-school.h"
#include "wm-snapshots.h"
#include "wm-steps.h"
#include "wm-surveys.h"
#include "wm-test-util.h"

/* The summary bundle: a round trip, nothing private in it, malformed and newer bundles refused
 * with FILE:LINE, and the full copy. */

/* Asserts that a call returning an id worked: @error is read once the call has returned. */
static WmStore *
open_school (const char *path,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  WmStore *store = wm_catalog_open_school (path, &error);

  g_assert_no_error (error);
  if (name != NULL)
    wm_test_done (wm_school_set_name (store, name, &error), &error);
  return store;
}

static void
rate (WmStore    *store,
      const char *descriptor,
      const char *rating,
      const char *note)
{
  g_autoptr(GError) error = NULL;

  wm_test_done (wm_judgements_rate (store, "lqf", descriptor, rating, note, "AUTHOR-Mr Puffin", &error), &error);
}

static void
snapshot (WmStore    *store,
          const char *name,
          const char *taken_on)
{
  g_autoptr(GError) error = NULL;

  wm_test_made (wm_snapshots_create (store, "lqf", name, taken_on, "AUTHOR-Mrs Heron", &error), &error);
}

static void
test_round_trip (WmTestSchool  *f,
                 gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f->path, "Oakfield Primary");
  g_autofree char *out = g_build_filename (f->dir, "oakfield.json", NULL);
  const char *spring_only[] = { "Spring", NULL };
  const char *unknown[] = { "lqf:Autumn", "Nope", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(WmBundle) bundle = NULL;
  g_autoptr(WmBundle) chosen = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(WmScores) now = NULL;
  g_autofree char *id = NULL;
  const WmBundleFramework *lqf;
  const WmBundleSide *spring;
  gint64 note_id;

  rate (store, "1.1b", "secure", "Seen in every class");
  rate (store, "1.2b", "partial", NULL);
  snapshot (store, "Autumn", "2025-10-01");
  rate (store, "1.1s", "secure", NULL);
  rate (store, "2.1b", "secure", NULL);
  snapshot (store, "Spring", "2026-03-01");
  rate (store, "3.1b", "developing", NULL);
  note_id = wm_test_made (wm_evidence_add_note (store, "Minutes", "Minutes", "Head", &error), &error);
  wm_test_done (wm_evidence_attach (store, "lqf", "1.1b", note_id, "Head", &error), &error);

  wm_test_done (wm_bundle_write (store, out, NULL, &error), &error);
  bundle = wm_bundle_read (out, &error);
  g_assert_no_error (error);

  id = wm_school_get_id (store, &error);
  g_assert_cmpstr (bundle->school_name, ==, "Oakfield Primary");
  g_assert_cmpstr (bundle->school_id, ==, id);
  g_assert_cmpuint (strlen (id), ==, 36);
  g_assert_cmpstr (bundle->path, ==, out);

  /* Only the framework the school uses. */
  g_assert_cmpuint (bundle->frameworks->len, ==, 1);
  lqf = wm_bundle_find_framework (bundle, "lqf");
  g_assert_nonnull (lqf);
  g_assert_cmpint (lqf->rule, ==, WM_SCORING_LADDER);
  g_assert_cmpfloat (lqf->max, ==, 3);
  g_assert_cmpuint (g_strv_length (lqf->levels), ==, 3);
  g_assert_cmpuint (lqf->elements->len, ==, 12);
  g_assert_cmpuint (lqf->n_evidence, ==, 1);
  g_assert_cmpuint (lqf->snapshots->len, ==, 2);
  spring = g_ptr_array_index (lqf->snapshots, 1);
  g_assert_cmpstr (spring->name, ==, "Spring");
  g_assert_cmpstr (spring->taken_on, ==, "2026-03-01");
  g_assert_cmpuint (spring->n_judged, ==, 4);
  g_assert_cmpuint (lqf->now->n_judged, ==, 5);
  /* 1.1: Bronze and Silver secure, 2; 1.2: Bronze partial, 0.67; the element, their mean. */
  g_assert_cmpfloat (spring->scores[0], ==, 1.33);
  g_assert_cmpfloat (spring->scores[1], ==, 0.5);

  /* The scores are the school file's, to two places. */
  now = wm_scoring_compute (store, "lqf", WM_SNAPSHOT_NOW, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < now->elements->len; i++)
    {
      const WmElementScore *score = g_ptr_array_index (now->elements, i);

      g_assert_cmpstr (((WmBundleElement *) g_ptr_array_index (lqf->elements, i))->id, ==, score->id);
      g_assert_cmpfloat_with_epsilon (lqf->now->scores[i], score->score, 0.005);
    }
  g_assert_cmpfloat_with_epsilon (lqf->now->overall, now->score, 0.005);

  /* Read and written again, the same bytes. */
  bytes = wm_test_read_bytes (out);
  again = wm_bundle_to_bytes (bundle);
  g_assert_true (g_bytes_equal (bytes, again));

  /* Chosen snapshots only; an unknown one writes nothing. */
  g_assert_true (g_remove (out) == 0);
  chosen = wm_bundle_new_from_store (store, spring_only, &error);
  g_assert_no_error (error);
  lqf = wm_bundle_find_framework (chosen, "lqf");
  g_assert_cmpuint (lqf->snapshots->len, ==, 1);
  g_assert_cmpstr (((WmBundleSide *) g_ptr_array_index (lqf->snapshots, 0))->name, ==, "Spring");
  g_assert_false (wm_bundle_write (store, out, unknown, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_needs_name (WmTestSchool  *f,
                 gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f->path, NULL);
  g_autofree char *out = g_build_filename (f->dir, "nameless.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (wm_bundle_write (store, out, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "no name"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* A refused bundle leaves the school file as it was: not even its identity is made. */
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM school WHERE key = 'uid'"), ==, 0);
}

/* Every kind of private thing a school file holds, each with a word found nowhere else. */
static const char * const private_words[] = {
  "ZEBRA", "WALRUS", "Puffin", "Heron", "QUOKKA", "NARWHAL", "AXOLOTL", "PANGOLIN", "OKAPI",
  "TAPIR", "IBIS", "Marmoset", "KINKAJOU", "Wombat", "CAPYBARA", "LEMUR", "GECKO", "QX97",
  "AARDVARK", "BONOBO", "Tamarin", "DINGO", "Ocelot", "MEERKAT", "Gnu",
};

static void
fill_private (WmStore    *store,
              const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file_path = g_build_filename (dir, "FILE-NAME-AXOLOTL.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  const char *action_descriptors[] = { "lqf:1.1s", NULL };
  const WmSurveyAnswer answers[] = { { "metacognition-identify", 3 } };
  WmInterventionSpec spec = {
    .pillar_id = "behaviour", .what = "INTERVENTION-WHAT-BONOBO", .who = "INTERVENTION-WHO-Mr Tamarin",
    .external = TRUE, .provider_name = "PROVIDER-DINGO", .cost_pence = 1000, .outcome = "OUTCOME-Gnu",
  };
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(WmPlanSession) first = NULL;
  GDate today;
  gint64 id, cohort, pupil;

  rate (store, "1.1b", "secure", "NOTE-ZEBRA");
  rate (store, "1.2g", WM_RATING_NOT_APPLICABLE, "NA-REASON-WALRUS");
  snapshot (store, "Autumn", "2026-10-01");

  id = wm_test_made (wm_evidence_add_note (store, "EVIDENCE-TEXT-QUOKKA", "EVIDENCE-LABEL-NARWHAL", "Head", &error), &error);
  wm_test_done (wm_evidence_attach (store, "lqf", "1.1b", id, "Head", &error), &error);
  wm_test_done (g_file_set_contents (file_path, "FILE-CONTENT-PANGOLIN", -1, &error), &error);
  id = wm_test_made (wm_evidence_add_file (store, file, "FILE-LABEL-OKAPI", "Head", NULL, NULL, NULL, &error), &error);
  wm_test_done (wm_evidence_attach (store, "lqf", "1.1b", id, "Head", &error), &error);
  id = wm_test_made (wm_evidence_add_link (store, "https://example.org/LINK-URL-TAPIR", "Link", "Head", &error), &error);
  wm_test_done (wm_evidence_attach (store, "lqf", "1.2b", id, "Head", &error), &error);

  id = wm_test_made (wm_actions_add (store, "lqf", action_descriptors, "ACTION-TITLE-IBIS", "OWNER-Ms Marmoset",
                                     "2026-12-01", "secure", "Head", &error), &error);
  wm_test_done (wm_actions_set_notes (store, id, "ACTION-NOTES-KINKAJOU", &error), &error);
  wm_test_made (wm_steps_add (store, "STEP-WHO-Mr Wombat", "2026-10-05", "STEP-WHAT-CAPYBARA", "lqf:1.1b", 0, &error), &error);

  id = wm_test_made (wm_surveys_add_round (store, "Baseline", "2026-09-15", NULL, &error), &error);
  wm_test_done (wm_surveys_record (store, id, "RESP-LEMUR", answers, G_N_ELEMENTS (answers), &error), &error);

  cohort = wm_test_made (wm_inclusion_add_cohort (store, "COHORT-GECKO", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL, &error), &error);
  pupil = wm_test_made (wm_inclusion_add_pupil (store, cohort, "QX97", &error), &error);
  wm_test_done (wm_inclusion_set_need (store, pupil, "behaviour", "NEED-NOTE-AARDVARK", &error), &error);
  wm_test_made (wm_inclusion_add_intervention (store, pupil, &spec, &error), &error);

  g_date_set_dmy (&today, 20, G_DATE_AUGUST, 2026);
  wm_test_done (wm_plan_create_draft (store, &today, &error), &error);
  year = wm_plan_get_current_year (store, &today, &error);
  g_assert_no_error (error);
  sessions = wm_plan_list_sessions (store, wm_plan_year_get_id (year), &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (sessions, 0);
  wm_test_done (wm_plan_set_team_field (store, wm_plan_year_get_id (year), wm_plan_session_get_month (first),
                                        WM_PLAN_TEAM_ATTENDEES, "ATTENDEES-Ms Ocelot", &error), &error);
  wm_test_done (wm_plan_set_section_notes (store, wm_plan_year_get_id (year), wm_plan_session_get_month (first), 1,
                                           "SECTION-NOTES-MEERKAT", &error), &error);
}

static void
test_privacy (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f->path, "Oakfield Primary");
  g_autofree char *out = g_build_filename (f->dir, "oakfield.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;

  fill_private (store, f->dir);
  wm_test_done (wm_bundle_write (store, out, NULL, &error), &error);
  bytes = wm_test_read_bytes (out);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  folded = g_ascii_strdown (text, -1);

  /* The bundle holds none of the words, in any case ... */
  for (guint i = 0; i < G_N_ELEMENTS (private_words); i++)
    {
      g_autofree char *word = g_ascii_strdown (private_words[i], -1);

      if (strstr (folded, word) != NULL)
        g_error ("the bundle holds “%s”:\n%s", private_words[i], text);
    }
  g_assert_nonnull (strstr (text, "\"name\": \"Oakfield Primary\""));
  g_assert_nonnull (strstr (text, "\"name\": \"Autumn\""));

  /* ... and the school file, closed (its journal folded in), holds every one. */
  wm_store_close (store);
  g_clear_object (&store);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = wm_test_read_bytes (f->path);
  for (guint i = 0; i < G_N_ELEMENTS (private_words); i++)
    if (!wm_test_bytes_contain (bytes, private_words[i]))
      g_error ("the school file lacks “%s”: the test did not write it", private_words[i]);
}

/* A small valid bundle; the malformed ones below change one thing in it. */
static const char valid_bundle[] =
  "{\n"                                                          /*  1 */
  "  \"format\": \"waymark-summary\",\n"
  "  \"format_version\": 1,\n"
  "  \"generator\": \"Waymark test\",\n"
  "  \"made_at\": \"2026-11-22T10:00:00Z\",\n"                  /*  5 */
  "  \"school\": {\n"
  "    \"name\": \"Oakfield\",\n"
  "    \"id\": \"0b5b1f0e-0000-4000-8000-000000000001\"\n"
  "  },\n"
  "  \"frameworks\": [\n"                                      /* 10 */
  "    {\n"
  "      \"id\": \"demo\",\n"
  "      \"version\": \"1\",\n"
  "      \"title\": \"Demo\",\n"
  "      \"scoring\": \"mean\",\n"                              /* 15 */
  "      \"max\": 5,\n"
  "      \"levels\": [\"One\"],\n"
  "      \"elements\": [\n"
  "        { \"id\": \"a\", \"title\": \"A\" },\n"
  "        { \"id\": \"b\", \"title\": \"B\" },\n"               /* 20 */
  "        { \"id\": \"c\", \"title\": \"C\" }\n"
  "      ],\n"
  "      \"n_evidence\": 0,\n"
  "      \"now\": {\n"
  "        \"taken_on\": \"2026-11-22\",\n"                     /* 25 */
  "        \"framework_version\": \"1\",\n"
  "        \"overall\": 2.5,\n"
  "        \"n_judged\": 2,\n"
  "        \"n_descriptors\": 3,\n"
  "        \"elements\": { \"a\": 2, \"b\": 3, \"c\": null }\n"  /* 30 */
  "      },\n"
  "      \"snapshots\": [\n"
  "        {\n"
  "          \"name\": \"Autumn\",\n"
  "          \"taken_on\": \"2025-10-01\",\n"                   /* 35 */
  "          \"framework_version\": \"1\",\n"
  "          \"overall\": 1.5,\n"
  "          \"n_judged\": 1,\n"
  "          \"n_descriptors\": 3,\n"
  "          \"elements\": { \"a\": 1.5, \"b\": null }\n"       /* 40 */
  "        }\n"
  "      ]\n"
  "    }\n"
  "  ]\n"
  "}\n";                                                        /* 45 */

typedef struct {
  const char *from;       /* replaced in the valid bundle … */
  const char *to;         /* … by this */
  int         line;       /* the line the message names; 0: none, -1: a parse error's */
  const char *message;
} Malformed;

static const Malformed malformed[] = {
  { "\"format_version\": 1", "\"format_version\": \"1\"", 3, "must be a whole number" },
  { "\"waymark-summary\"", "\"waymark-framework\"", 2, "not a Waymark summary bundle" },
  { "\"b\": 3", "\"b\": \"high\"", 30, "\"b\" must be a number or null" },
  { "\"b\": 3", "\"b\": 7", 30, "\"b\" is 7, outside 0 to 5" },
  { "\"a\": 1.5", "\"x\": 1.5", 40, "\"x\" is not one of the framework’s elements" },
  { "\"name\": \"Oakfield\",\n    \"id\": \"0b5b1f0e-0000-4000-8000-000000000001\"", "\"name\": \"Oakfield\"",
    6, "missing \"id\"" },
  { "\"max\": 5", "\"max\": 0", 16, "\"max\" must be a number above 0" },
  { "\"n_judged\": 2", "\"n_judged\": 4", 28, "4 descriptors judged of 3" },
  { "\"2025-10-01\"", "\"2025-13-01\"", 35, "must be a date" },
  { "\"levels\": [\"One\"]", "\"levels\": [\"One\", 2]", 17, "must be a list of names" },
  { "{ \"id\": \"b\"", "{ \"id\": \"a\"", 20, "element \"a\" is listed twice" },
  { "\"scoring\": \"mean\"", "\"scoring\": \"median\"", 15, "not one of ladder, reached or mean" },
  { "\"now\": {", "\"then\": {", 11, "missing \"now\"" },
  { "\"name\": \"Autumn\",", "", 33, "missing \"name\"" },
  { "\"overall\": 1.5,", "", 33, "missing \"overall\"" },
  { "\"elements\": { \"a\": 2", "\"elements\": [ 2", -1, NULL },
  { "\"made_at\": \"2026-11-22T10:00:00Z\"", "\"made_at\": 2026", 5, "\"made_at\" must be a string" },
};

static void
assert_refused (const char *path,
                const char *text,
                int         code,
                int         line,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmBundle) bundle = NULL;
  g_autofree char *prefix = line > 0 ? g_strdup_printf ("%s:%d: ", path, line) : g_strdup_printf ("%s:", path);

  wm_test_done (g_file_set_contents (path, text, -1, &error), &error);
  bundle = wm_bundle_read (path, &error);
  g_assert_null (bundle);
  g_assert_error (error, WM_STORE_ERROR, code);
  if (!g_str_has_prefix (error->message, prefix) || (message != NULL && strstr (error->message, message) == NULL))
    g_error ("expected “%s…%s”, got: %s", prefix, message ? message : "", error->message);
  /* A parse error names the line too: "FILE:LINE:COLUMN: …". */
  if (line < 0)
    g_assert_true (g_ascii_isdigit (error->message[strlen (prefix)]));
}

static void
test_malformed (WmTestSchool  *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "bundle.json", NULL);
  g_autofree char *truncated = g_strndup (valid_bundle, strstr (valid_bundle, "\"snapshots\"") - valid_bundle);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmBundle) bundle = NULL;

  /* The template itself is valid. */
  wm_test_done (g_file_set_contents (path, valid_bundle, -1, &error), &error);
  bundle = wm_bundle_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (((WmBundleFramework *) g_ptr_array_index (bundle->frameworks, 0))->now->scores[1], ==, 3);
  g_assert_true (isnan (((WmBundleFramework *) g_ptr_array_index (bundle->frameworks, 0))->now->scores[2]));

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autoptr(GString) text = g_string_new (valid_bundle);

      g_assert_cmpuint (g_string_replace (text, malformed[i].from, malformed[i].to, 1), ==, 1);
      assert_refused (path, text->str, WM_STORE_ERROR_FAILED, malformed[i].line, malformed[i].message);
    }

  assert_refused (path, truncated, WM_STORE_ERROR_FAILED, -1, NULL);
  assert_refused (path, "", WM_STORE_ERROR_FAILED, 0, "the file is empty");
  assert_refused (path, "[1, 2]", WM_STORE_ERROR_FAILED, 0, "must hold one JSON object");
}

static void
test_newer (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "bundle.json", NULL);
  g_autoptr(GString) text = g_string_new (valid_bundle);

  g_string_replace (text, "\"format_version\": 1", "\"format_version\": 2", 1);
  assert_refused (path, text->str, WM_STORE_ERROR_NEWER, 3, "made by a newer Waymark");
}

static void
test_copy (WmTestSchool  *f,
           gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f->path, "Oakfield Primary");
  g_autofree char *out = g_build_filename (f->dir, "handover.waymark", NULL);
  g_autofree char *wal = g_strconcat (out, "-wal", NULL);
  const char *tables[] = { "frameworks", "judgements", "judgement_changes", "snapshots", "evidence",
                           "evidence_blobs", "actions", "plan_years", "small_steps", "survey_responses",
                           "inclusion_cohorts", "inclusion_pupils", "inclusion_interventions" };
  WmBundleCopyContents contents = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) copy = NULL;
  g_auto(GStrv) lines = NULL;
  GStatBuf st;

  fill_private (store, f->dir);
  wm_test_done (wm_bundle_export_copy (store, out, &contents, &error), &error);

  g_assert_cmpuint (contents.n_frameworks, ==, 4);
  g_assert_cmpuint (contents.n_judgements, ==, 2);
  g_assert_cmpuint (contents.n_snapshots, ==, 1);
  g_assert_cmpuint (contents.n_evidence, ==, 3);
  g_assert_cmpuint (contents.evidence_bytes, ==, strlen ("FILE-CONTENT-PANGOLIN"));
  g_assert_cmpuint (contents.n_actions, ==, 1);
  g_assert_cmpuint (contents.n_plan_years, ==, 1);
  g_assert_cmpuint (contents.n_steps, ==, 1);
  g_assert_cmpuint (contents.n_survey_rounds, ==, 1);
  g_assert_cmpuint (contents.n_cohorts, ==, 1);
  g_assert_cmpuint (contents.n_pupils, ==, 1);
  g_assert_cmpuint (contents.size, >, 0);
  lines = wm_bundle_copy_contents_lines (&contents);
  g_assert_cmpstr (lines[0], ==, "4 frameworks");
  g_assert_cmpstr (lines[3], ==, "3 pieces of evidence (21 bytes of files)");
  g_assert_cmpstr (lines[9], ==, "1 pupil in the inclusion plan");
  g_clear_pointer (&lines, g_strfreev);
  /* Notes and links only: no size of files to speak of. */
  contents.evidence_bytes = 0;
  lines = wm_bundle_copy_contents_lines (&contents);
  g_assert_cmpstr (lines[3], ==, "3 pieces of evidence");

  /* Private to its owner, and whole: the same rows as the school file, which it opens as. */
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      g_assert_cmpint (wm_test_sqlite_int (out, sql), ==, wm_test_sqlite_int (f->path, sql));
    }
  copy = wm_store_open (out, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wm_store_get_schema_version (copy), ==, WM_STORE_SCHEMA_VERSION);
  g_clear_object (&copy);

  /* Never over the school file itself, nor beside another file's journal. */
  g_assert_false (wm_bundle_export_copy (store, f->path, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "the school file itself"));
  g_clear_error (&error);
  g_remove (out);
  wm_test_done (g_file_set_contents (wal, "x", -1, &error), &error);
  g_assert_false (wm_bundle_export_copy (store, out, NULL, &error));
  g_assert_nonnull (strstr (error->message, "choose another name"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/bundle/round-trip", test_round_trip);
  ADD ("/bundle/needs-name", test_needs_name);
  ADD ("/bundle/privacy", test_privacy);
  ADD ("/bundle/malformed", test_malformed);
  ADD ("/bundle/newer", test_newer);
  ADD ("/bundle/copy", test_copy);
#undef ADD

  return g_test_run ();
}
