/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-steps"

#include "config.h"

#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-steps.h"
#include "wm-test-util.h"

/* The small-steps log: adding, refusing, searching, changing, deleting, counting per ISO
 * week, the school terms, and the governors' pack's lines (which never say who). */

static WmStore *
open_school (WmTestSchool *f)
{
  g_autoptr(GError) error = NULL;
  WmStore *store = wm_catalog_open_school (f->path, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
add (WmStore    *store,
     const char *who,
     const char *taken_on,
     const char *what,
     const char *serves)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_steps_add (store, who, taken_on, what, serves, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static WmStep *
get (WmStore *store,
     gint64   id)
{
  g_autoptr(GError) error = NULL;
  WmStep *step = wm_steps_get (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (step);
  return step;
}

/* The ids that @search finds between @from and @to, in order, as "3 1 2". */
static char *
find (WmStore    *store,
      const char *search,
      const char *from,
      const char *to)
{
  g_autoptr(GError) error = NULL;
  WmStepQuery query = { .search = search, .from = from, .to = to };
  g_autoptr(GListModel) list = wm_steps_list (store, &query, &error);
  g_autoptr(GString) ids = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WmStep) step = g_list_model_get_item (list, i);

      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i ? " " : "", wm_step_get_id (step));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
count_cb (WmStore    *store,
          const char *framework_id,
          gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_add (WmTestSchool  *f,
          gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(WmStep) step = NULL;
  guint n_changed = 0;
  gint64 note, id;

  g_signal_connect (store, "changed::steps", G_CALLBACK (count_cb), &n_changed);

  note = wm_evidence_add_note (store, "Photos of the noticing wall", "Noticing wall", "Ms Khan",
                               &error);
  g_assert_no_error (error);

  /* A descriptor named in full, with evidence; the texts are trimmed. */
  id = wm_steps_add (store, "  Ms Khan ", "2026-09-14", " Started a noticing wall ", "lqf:8.3g",
                     note, &error);
  g_assert_no_error (error);
  step = get (store, id);
  g_assert_cmpstr (wm_step_get_who (step), ==, "Ms Khan");
  g_assert_cmpstr (wm_step_get_what (step), ==, "Started a noticing wall");
  g_assert_cmpstr (wm_step_get_taken_on (step), ==, "2026-09-14");
  g_assert_cmpstr (wm_step_get_week_start (step), ==, "2026-09-14");
  g_assert_cmpstr (wm_step_get_framework_id (step), ==, "lqf");
  g_assert_cmpstr (wm_step_get_target_id (step), ==, "8.3g");
  g_assert_true (wm_step_get_serves_descriptor (step));
  g_assert_cmpstr (wm_step_get_serves_name (step), ==, "8.3g");
  g_assert_true (g_str_has_prefix (wm_step_get_serves_text (step), "Most students are reflective"));
  g_assert_cmpint (wm_step_get_evidence_id (step), ==, note);
  g_assert_cmpstr (wm_step_get_evidence_label (step), ==, "Noticing wall");
  g_assert_cmpuint (n_changed, ==, 1);
  g_clear_object (&step);

  /* A habit by title, by id, and by FRAMEWORK:ID; a bare descriptor id; nothing; today. */
  step = get (store, add (store, "JS", "2026-09-16", "Talk partners", "absorption"));
  g_assert_cmpstr (wm_step_get_framework_id (step), ==, "habits");
  g_assert_cmpstr (wm_step_get_target_id (step), ==, "absorption");
  g_assert_false (wm_step_get_serves_descriptor (step));
  g_assert_cmpstr (wm_step_get_serves_name (step), ==, "Absorption");
  g_assert_true (g_str_has_prefix (wm_step_get_serves_text (step), "Becoming so engaged"));
  g_assert_cmpstr (wm_step_get_week_start (step), ==, "2026-09-14");
  g_clear_object (&step);

  step = get (store, add (store, "JS", "2026-09-17", "Making links display", "MAKING LINKS"));
  g_assert_cmpstr (wm_step_get_target_id (step), ==, "making-links");
  g_clear_object (&step);
  step = get (store, add (store, "JS", "2026-09-17", "Noticing walk", "habits:noticing"));
  g_assert_cmpstr (wm_step_get_serves_name (step), ==, "Noticing");
  g_clear_object (&step);
  step = get (store, add (store, "JS", "2026-09-18", "Pillar audit", "eef-pillars:send"));
  g_assert_cmpstr (wm_step_get_framework_id (step), ==, "eef-pillars");
  g_assert_cmpstr (wm_step_get_serves_name (step), ==, "Special educational needs in mainstream schools");
  g_clear_object (&step);
  step = get (store, add (store, "JS", "2026-09-18", "Vision draft", "1.1b"));
  g_assert_cmpstr (wm_step_get_framework_id (step), ==, "lqf");
  g_assert_cmpstr (wm_step_get_serves_name (step), ==, "1.1b");
  g_clear_object (&step);

  step = get (store, add (store, "AB", NULL, "Assembly on effort", NULL));
  g_assert_cmpstr (wm_step_get_taken_on (step), ==, today);
  g_assert_null (wm_step_get_framework_id (step));
  g_assert_null (wm_step_get_target_id (step));
  g_assert_cmpstr (wm_step_get_serves_name (step), ==, "");
  g_assert_cmpint (wm_step_get_evidence_id (step), ==, 0);
  g_assert_cmpstr (wm_step_get_evidence_label (step), ==, "");
  g_clear_object (&step);
  step = get (store, add (store, "AB", "2026-09-19", "Blank serves is none", "  "));
  g_assert_null (wm_step_get_framework_id (step));
  g_assert_cmpuint (n_changed, ==, 8);
}

static void
assert_add_refused (WmStore    *store,
                    const char *who,
                    const char *taken_on,
                    const char *what,
                    const char *serves,
                    gint64      evidence_id,
                    int         code,
                    const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (wm_steps_add (store, who, taken_on, what, serves, evidence_id, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in: %s", message, error->message);
}

static void
test_add_refused (WmTestSchool  *f,
                  gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);

  assert_add_refused (store, " ", "2026-09-14", "x", NULL, 0, WM_STORE_ERROR_FAILED, "who took it");
  assert_add_refused (store, NULL, "2026-09-14", "x", NULL, 0, WM_STORE_ERROR_FAILED, "who took it");
  assert_add_refused (store, "JS", "2026-09-14", "\t", NULL, 0, WM_STORE_ERROR_FAILED, "what was done");
  assert_add_refused (store, "JS", "2026-02-30", "x", NULL, 0, WM_STORE_ERROR_FAILED,
                      "“2026-02-30” is not a date");
  assert_add_refused (store, "JS", "14/09/2026", "x", NULL, 0, WM_STORE_ERROR_FAILED, "YYYY-MM-DD");
  assert_add_refused (store, "JS", "2026-09-14", "x", "lqf:99.9z", 0, WM_STORE_ERROR_NOT_FOUND,
                      "framework lqf has no “99.9z”");
  assert_add_refused (store, "JS", "2026-09-14", "x", "nosuch:8.3g", 0, WM_STORE_ERROR_NOT_FOUND,
                      "framework nosuch has no “8.3g”");
  assert_add_refused (store, "JS", "2026-09-14", "x", "Juggling", 0, WM_STORE_ERROR_NOT_FOUND,
                      "No descriptor or habit “Juggling”");
  assert_add_refused (store, "JS", "2026-09-14", "x", NULL, 42, WM_STORE_ERROR_NOT_FOUND,
                      "No evidence 42");
  assert_add_refused (store, "JS", "2026-09-14", "x", NULL, -1, WM_STORE_ERROR_NOT_FOUND,
                      "No evidence -1");

  g_clear_object (&store);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM small_steps"), ==, 0);
}

static void
test_list_search (WmTestSchool  *f,
                  gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  WmStepQuery bad = { .from = "2026-9-1" };
  gint64 a = add (store, "Ms Khan", "2026-09-14", "Started a noticing wall", "lqf:8.3g");
  gint64 b = add (store, "JS", "2026-09-16", "Talk partners in Year 4", "absorption");
  gint64 c = add (store, "Mr Ölçer", "2026-09-14", "Café-style learning conversations", NULL);
  gint64 d = add (store, "JS", "2026-10-01", "100% of classes tried it", NULL);
  g_autofree char *all = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                                          " %" G_GINT64_FORMAT, d, b, c, a);
  GListModel *none;
#define ASSERT_FOUND(search, from, to, expected) \
  G_STMT_START { g_autofree char *found_ = find (store, search, from, to); \
                 g_assert_cmpstr (found_, ==, expected); } G_STMT_END

  /* Newest first; on the same day, the one added last first. */
  ASSERT_FOUND (NULL, NULL, NULL, all);
  ASSERT_FOUND ("", NULL, NULL, all);
  ASSERT_FOUND ("  ", NULL, NULL, all);

  /* Words in who, what, the descriptor's id and text, the habit's title and summary. */
  ASSERT_FOUND ("khan", NULL, NULL, "1");
  ASSERT_FOUND ("NOTICING", NULL, NULL, "1");
  ASSERT_FOUND ("8.3G", NULL, NULL, "1");
  ASSERT_FOUND ("reflective learners", NULL, NULL, "1");
  ASSERT_FOUND ("absorption", NULL, NULL, "2");
  ASSERT_FOUND ("distractions", NULL, NULL, "2");
  ASSERT_FOUND ("js", NULL, NULL, "4 2");
  ASSERT_FOUND ("js talk", NULL, NULL, "2");
  ASSERT_FOUND ("js wall", NULL, NULL, "");

  /* Case folded beyond ASCII; SQL wildcards are only characters. */
  ASSERT_FOUND ("ÖLÇER", NULL, NULL, "3");
  ASSERT_FOUND ("CAFÉ", NULL, NULL, "3");
  ASSERT_FOUND ("%", NULL, NULL, "4");
  ASSERT_FOUND ("_", NULL, NULL, "");

  /* Between two dates, both included. */
  ASSERT_FOUND (NULL, "2026-09-14", "2026-09-16", "2 3 1");
  ASSERT_FOUND (NULL, "2026-09-15", NULL, "4 2");
  ASSERT_FOUND (NULL, NULL, "2026-09-14", "3 1");
  ASSERT_FOUND ("js", "2026-09-01", "2026-09-30", "2");
#undef ASSERT_FOUND

  none = wm_steps_list (store, &bad, &error);
  g_assert_null (none);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_cmpint (a, ==, 1);
}

static void
test_update_delete (WmTestSchool  *f,
                    gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStep) step = NULL;
  gint64 id = add (store, "JS", "2026-09-16", "Talk partners", "absorption");
  gint64 other = add (store, "AB", "2026-09-17", "Other", NULL);
  guint n_changed = 0;

  g_signal_connect (store, "changed::steps", G_CALLBACK (count_cb), &n_changed);

  /* Every field replaced; a NULL date kept. */
  g_assert_true (wm_steps_update (store, id, "Ms Khan", NULL, "Talk partners, all of Year 4",
                                  "lqf:8.3g", 0, &error));
  g_assert_no_error (error);
  step = get (store, id);
  g_assert_cmpstr (wm_step_get_who (step), ==, "Ms Khan");
  g_assert_cmpstr (wm_step_get_taken_on (step), ==, "2026-09-16");
  g_assert_cmpstr (wm_step_get_what (step), ==, "Talk partners, all of Year 4");
  g_assert_cmpstr (wm_step_get_framework_id (step), ==, "lqf");
  g_clear_object (&step);

  g_assert_true (wm_steps_update (store, id, "Ms Khan", "2027-01-02", "Talk partners", NULL, 0,
                                  &error));
  g_assert_no_error (error);
  step = get (store, id);
  g_assert_cmpstr (wm_step_get_taken_on (step), ==, "2027-01-02");
  g_assert_cmpstr (wm_step_get_week_start (step), ==, "2026-12-28");
  g_assert_null (wm_step_get_framework_id (step));
  g_clear_object (&step);
  g_assert_cmpuint (n_changed, ==, 2);

  /* Refused: nothing changes. */
  g_assert_false (wm_steps_update (store, id, "Ms Khan", "2027-01-02", "Talk", "Juggling", 0,
                                   &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (wm_steps_update (store, 99, "Ms Khan", NULL, "Talk", NULL, 0, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "No small step 99");
  g_clear_error (&error);
  step = get (store, id);
  g_assert_cmpstr (wm_step_get_what (step), ==, "Talk partners");
  g_clear_object (&step);
  g_assert_cmpuint (n_changed, ==, 2);

  /* Deleted outright; the other step stays. */
  g_assert_true (wm_steps_delete (store, id, &error));
  g_assert_no_error (error);
  g_assert_null (wm_steps_get (store, id, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (wm_steps_delete (store, id, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (n_changed, ==, 3);
  step = get (store, other);
  g_assert_cmpstr (wm_step_get_what (step), ==, "Other");
}

static void
test_weeks (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autofree char *monday = NULL;
  const WmStepsWeek *w;

  /* 2026 has 53 ISO weeks: 1 January 2027, a Friday, is in 2026's 53rd. */
  add (store, "JS", "2026-12-20", "Before the period", NULL);
  add (store, "JS", "2026-12-29", "Tuesday", NULL);
  add (store, "JS", "2027-01-02", "Saturday", NULL);
  add (store, "JS", "2027-01-05", "Next Tuesday", NULL);
  add (store, "JS", "2027-01-17", "A Sunday", NULL);
  add (store, "JS", "2027-01-18", "After the period", NULL);

  weeks = wm_steps_count_by_week (store, "2026-12-21", "2027-01-17", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, 4);
  w = &g_array_index (weeks, WmStepsWeek, 0);
  g_assert_cmpstr (w->start, ==, "2026-12-21");
  g_assert_cmpuint (w->iso_year, ==, 2026);
  g_assert_cmpuint (w->iso_week, ==, 52);
  g_assert_cmpuint (w->n_steps, ==, 0);
  w = &g_array_index (weeks, WmStepsWeek, 1);
  g_assert_cmpstr (w->start, ==, "2026-12-28");
  g_assert_cmpuint (w->iso_year, ==, 2026);
  g_assert_cmpuint (w->iso_week, ==, 53);
  g_assert_cmpuint (w->n_steps, ==, 2);
  w = &g_array_index (weeks, WmStepsWeek, 2);
  g_assert_cmpstr (w->start, ==, "2027-01-04");
  g_assert_cmpuint (w->iso_year, ==, 2027);
  g_assert_cmpuint (w->iso_week, ==, 1);
  g_assert_cmpuint (w->n_steps, ==, 1);
  w = &g_array_index (weeks, WmStepsWeek, 3);
  g_assert_cmpstr (w->start, ==, "2027-01-11");
  g_assert_cmpuint (w->iso_week, ==, 2);
  g_assert_cmpuint (w->n_steps, ==, 1);
  g_clear_pointer (&weeks, g_array_unref);

  /* A period starting mid-week counts only its own days. */
  weeks = wm_steps_count_by_week (store, "2026-12-31", "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, 1);
  g_assert_cmpstr (g_array_index (weeks, WmStepsWeek, 0).start, ==, "2026-12-28");
  g_assert_cmpuint (g_array_index (weeks, WmStepsWeek, 0).n_steps, ==, 0);
  g_clear_pointer (&weeks, g_array_unref);

  g_assert_null (wm_steps_count_by_week (store, "2027-01-17", "2026-12-21", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_null (wm_steps_count_by_week (store, "2027-01-17", "soon", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);

  monday = wm_steps_week_start ("2027-01-03");
  g_assert_cmpstr (monday, ==, "2026-12-28");
  g_clear_pointer (&monday, g_free);
  monday = wm_steps_week_start ("2027-01-04");
  g_assert_cmpstr (monday, ==, "2027-01-04");
  g_assert_null (wm_steps_week_start ("2027-13-04"));
}

static void
assert_term (const char *today,
             const char *start,
             const char *end,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *s = NULL;
  g_autofree char *e = NULL;
  g_autofree char *n = NULL;

  g_assert_true (wm_steps_term_bounds (today, &s, &e, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (s, ==, start);
  g_assert_cmpstr (e, ==, end);
  g_assert_cmpstr (n, ==, name);
}

static void
test_terms (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *s = NULL;
  g_autofree char *e = NULL;

  assert_term ("2026-09-01", "2026-09-01", "2026-12-31", "Autumn term 2026");
  assert_term ("2026-12-31", "2026-09-01", "2026-12-31", "Autumn term 2026");
  assert_term ("2027-01-01", "2027-01-01", "2027-03-31", "Spring term 2027");
  assert_term ("2027-03-31", "2027-01-01", "2027-03-31", "Spring term 2027");
  assert_term ("2027-04-01", "2027-04-01", "2027-08-31", "Summer term 2027");
  assert_term ("2027-08-31", "2027-04-01", "2027-08-31", "Summer term 2027");

  /* Today by default; no name asked for. */
  g_assert_true (wm_steps_term_bounds (NULL, &s, &e, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (s, <, e);
  g_clear_pointer (&s, g_free);
  g_clear_pointer (&e, g_free);

  g_assert_false (wm_steps_term_bounds ("2027-02-29", &s, &e, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
}

static void
test_report (WmTestSchool  *f,
             gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStepsReport) report = NULL;
  g_autoptr(WmStepsReport) empty = NULL;

  add (store, "Ms Khan", "2026-09-14", "Started a noticing wall", "lqf:8.3g");
  add (store, "Jo Smith", "2026-09-02", "Talk partners in Year 4", "absorption");
  add (store, "Jo Smith", "2026-10-05", "Reading buddies", NULL);
  add (store, "Ms Khan", "2027-01-05", "Next term", NULL);

  report = wm_steps_for_report (store, "2026-09-01", "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (report->start, ==, "2026-09-01");
  g_assert_cmpstr (report->end, ==, "2026-12-31");
  g_assert_cmpuint (report->n_steps, ==, 3);
  /* 2026-08-31's week to 2026-12-28's: 18 weeks. */
  g_assert_cmpuint (report->n_weeks, ==, 18);
  g_assert_cmpuint (report->weeks->len, ==, 18);
  g_assert_cmpfloat_with_epsilon (report->per_week, 3.0 / 18.0, 1e-9);

  /* In date order, what and what it serves; never who. */
  g_assert_cmpuint (report->lines->len, ==, 3);
  g_assert_cmpstr (report->lines->pdata[0], ==, "Talk partners in Year 4 — serves Absorption");
  g_assert_cmpstr (report->lines->pdata[1], ==, "Started a noticing wall — serves 8.3g");
  g_assert_cmpstr (report->lines->pdata[2], ==, "Reading buddies");
  for (guint i = 0; i < report->lines->len; i++)
    {
      g_assert_null (strstr (report->lines->pdata[i], "Khan"));
      g_assert_null (strstr (report->lines->pdata[i], "Smith"));
    }

  empty = wm_steps_for_report (store, "2027-04-01", "2027-04-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (empty->n_steps, ==, 0);
  g_assert_cmpuint (empty->n_weeks, ==, 1);
  g_assert_cmpfloat (empty->per_week, ==, 0.0);
  g_assert_cmpuint (empty->lines->len, ==, 0);

  g_assert_null (wm_steps_for_report (store, "2026-12-31", "2026-09-01", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/steps/add", test_add);
  ADD ("/steps/add-refused", test_add_refused);
  ADD ("/steps/list-search", test_list_search);
  ADD ("/steps/update-delete", test_update_delete);
  ADD ("/steps/weeks", test_weeks);
  ADD ("/steps/report", test_report);
#undef ADD
  g_test_add_func ("/steps/terms", test_terms);

  return g_test_run ();
}
