/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-report"

#include "config.h"

#include "wm-actions.h"
#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-judgements.h"
#include "wm-report.h"
#include "wm-school.h"
#include "wm-snapshots.h"
#include "wm-steps.h"
#include "wm-test-util.h"

/* The governors' pack: what it gathers from a school file, and what it must never gather. */

#define SECRET "PUPIL-SECRET-NAME"

static WmStore *
open_school (WmTestSchool *f)
{
  g_autoptr(GError) error = NULL;
  WmStore *store = wm_catalog_open_school (f->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* Rates each "DESCRIPTOR=RATING" of lqf. */
static void
rate_all (WmStore            *store,
          const char * const *ratings)
{
  for (guint i = 0; ratings[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) pair = g_strsplit (ratings[i], "=", 2);

      g_assert_true (wm_judgements_rate (store, "lqf", pair[0], pair[1], NULL, "Head", &error));
      g_assert_no_error (error);
    }
}

static gint64
snapshot (WmStore    *store,
          const char *framework_id,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_snapshots_create (store, framework_id, name, "2025-10-01", "Head", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_note (WmStore    *store,
          const char *text,
          const char *label)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_evidence_add_note (store, text, label, "Head", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
attach (WmStore    *store,
        const char *descriptor_id,
        gint64      evidence_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wm_evidence_attach (store, "lqf", descriptor_id, evidence_id, "Head", &error));
  g_assert_no_error (error);
}

static gint64
add_action (WmStore    *store,
            const char *descriptor_id,
            const char *title,
            const char *owner,
            const char *due_on)
{
  g_autoptr(GError) error = NULL;
  const char *names[] = { descriptor_id, NULL };
  gint64 id = wm_actions_add (store, "lqf", names, title, owner, due_on, NULL, "Head", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static WmReport *
report_of (WmStore    *store,
           const char *framework_id,
           gint64      compare)
{
  g_autoptr(GError) error = NULL;
  WmReport *report = wm_report_new (store, framework_id, compare, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_nonnull (report->school_name);
  g_assert_nonnull (report->summary);
  g_assert_cmpstr (report->date, ==, "2026-03-14");
  return report;
}

static const WmReportElement *
element_of (WmReport   *report,
            const char *id)
{
  for (guint i = 0; i < report->elements->len; i++)
    {
      const WmReportElement *element = g_ptr_array_index (report->elements, i);

      if (g_str_equal (element->id, id))
        return element;
    }
  g_assert_not_reached ();
}

/* The lines of @lines about @element_title (NULL: the framework-wide ones). */
static guint
count_lines (GPtrArray  *lines,
             const char *element_title)
{
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    if (g_strcmp0 (((WmReportLine *) g_ptr_array_index (lines, i))->element_title, element_title) == 0)
      n++;
  return n;
}

static const WmReportLine *
line_starting (GPtrArray  *lines,
               const char *prefix)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const WmReportLine *line = g_ptr_array_index (lines, i);

      if (g_str_has_prefix (line->text, prefix))
        return line;
    }
  return NULL;
}

static void
test_school_name (WmTestSchool  *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f);
  g_autofree char *name = NULL;
  g_autoptr(GString) longest = g_string_new (NULL);

  name = wm_school_get_name (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "");
  g_clear_pointer (&name, g_free);

  g_assert_true (wm_school_set_name (store, "  Hill Primary School \n", &error));
  g_assert_no_error (error);
  name = wm_school_get_name (store, &error);
  g_assert_cmpstr (name, ==, "Hill Primary School");
  g_clear_pointer (&name, g_free);

  /* 200 characters, each two bytes, is not too long; 201 is, and changes nothing. */
  for (guint i = 0; i < WM_SCHOOL_NAME_MAX; i++)
    g_string_append (longest, "é");
  g_assert_true (wm_school_set_name (store, longest->str, &error));
  g_assert_no_error (error);
  g_string_append (longest, "e");
  g_assert_false (wm_school_set_name (store, longest->str, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "200"));
  g_clear_error (&error);
  g_assert_false (wm_school_set_name (store, "Hill\nPrimary", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  name = wm_school_get_name (store, &error);
  g_assert_cmpuint (g_utf8_strlen (name, -1), ==, WM_SCHOOL_NAME_MAX);
  g_clear_pointer (&name, g_free);

  /* A blank name clears it. */
  g_assert_true (wm_school_set_name (store, "Hill Primary School", &error));
  g_assert_true (wm_school_set_name (store, "   ", &error));
  g_assert_no_error (error);
  name = wm_school_get_name (store, &error);
  g_assert_cmpstr (name, ==, "");
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM school WHERE key = 'name'"), ==, 0);
  g_clear_pointer (&name, g_free);

  /* It is kept in the file. */
  g_assert_true (wm_school_set_name (store, "Hill Primary School", &error));
  g_assert_finalize_object (g_steal_pointer (&store));
  store = open_school (f);
  name = wm_school_get_name (store, &error);
  g_assert_cmpstr (name, ==, "Hill Primary School");
}

static void
test_lqf (WmTestSchool  *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(WmReport) report = NULL;
  g_autoptr(WmReport) alone = NULL;
  const WmReportElement *element;
  const WmReportLine *line;
  gint64 autumn, shared, own, gone, done;

  g_assert_true (wm_school_set_name (store, "Hill Primary School", &error));
  rate_all (store, (const char *[]) { "1.1b=secure", "1.2b=partial", "9.1b=developing", NULL });
  autumn = snapshot (store, "lqf", "Autumn review");
  rate_all (store, (const char *[]) { "1.2b=secure", "1.1s=secure", "1.2s=partial",
                                      "9.1b=not-started",
                                      "5.1b=secure", "5.2b=secure", "5.3b=secure", "5.4b=secure",
                                      NULL });

  /* One piece of evidence on two descriptors of element 1 counts once; a detached one not at all. */
  shared = add_note (store, "Minutes of the vision day", "Vision day");
  own = add_note (store, "Staff survey", "Survey");
  gone = add_note (store, "Old plan", "Old plan");
  attach (store, "1.1b", shared);
  attach (store, "1.2b", shared);
  attach (store, "1.1s", own);
  attach (store, "8.1b", gone);
  g_assert_true (wm_evidence_detach (store, "lqf", "8.1b", gone, &error));
  g_assert_no_error (error);

  add_action (store, "1.2s", "Plan the Silver review", "Ms Shah", "2026-12-01");
  add_action (store, "3.1b", "Agree a language for learning", NULL, NULL);
  done = add_action (store, "2.1b", "Already done", "Mr Lee", "2026-01-01");
  g_assert_true (wm_actions_set_status (store, done, WM_ACTION_STATUS_DONE, &error));
  g_assert_no_error (error);

  report = report_of (store, "lqf", autumn);
  g_assert_cmpstr (report->school_name, ==, "Hill Primary School");
  g_assert_cmpstr (report->framework_id, ==, "lqf");
  g_assert_cmpstr (report->framework_title, ==, "Learning Quality Framework");
  g_assert_cmpstr (report->scale_name, ==, "Bronze, Silver, Gold");
  g_assert_cmpstr (report->compare_name, ==, "Autumn review");
  g_assert_cmpstr (report->compare_date, ==, "2025-10-01");
  g_assert_true (report->has_now && report->has_then);
  g_assert_cmpfloat (report->now, >, report->then);
  g_assert_cmpfloat (report->max, ==, 3.0);

  /* Every element, in framework order, with the way it moved. */
  g_assert_cmpuint (report->elements->len, ==, 12);
  element = g_ptr_array_index (report->elements, 0);
  g_assert_cmpstr (element->title, ==, "1 Vision for Learning");
  g_assert_cmpint (element->direction, ==, WM_REPORT_UP);
  g_assert_cmpstr (wm_report_direction_arrow (element->direction), ==, "↑");
  g_assert_cmpuint (element->n_descriptors, ==, 6);
  g_assert_cmpuint (element->n_judged, ==, 4);
  g_assert_cmpuint (element->n_evidence, ==, 2);
  element = element_of (report, "2");
  g_assert_cmpint (element->direction, ==, WM_REPORT_LEVEL);
  g_assert_cmpstr (wm_report_direction_arrow (element->direction), ==, "→");
  g_assert_cmpuint (element->n_judged, ==, 0);
  element = element_of (report, "9");
  g_assert_cmpint (element->direction, ==, WM_REPORT_DOWN);
  g_assert_cmpstr (wm_report_direction_arrow (element->direction), ==, "↓");
  g_assert_cmpuint (element->n_judged, ==, 0);
  g_assert_cmpuint (element_of (report, "8")->n_evidence, ==, 0);
  g_assert_cmpuint (element_of (report, "5")->n_judged, ==, 4);

  /* Strengths: the Secure descriptors, at most three an element. */
  line = line_starting (report->strengths, "1.1b: ");
  g_assert (line != NULL);
  g_assert_cmpstr (line->element_title, ==, "1 Vision for Learning");
  g_assert_cmpstr (line->detail, ==, "Secure");
  g_assert_null (line_starting (report->strengths, "1.2s: "));
  g_assert_cmpuint (count_lines (report->strengths, "1 Vision for Learning"), ==, 3);
  g_assert_cmpuint (count_lines (report->strengths, "5 Professional Learning"), ==, 3);
  g_assert_cmpuint (report->n_strengths_left_out, ==, 1);
  for (guint i = 0; i < report->elements->len; i++)
    {
      element = g_ptr_array_index (report->elements, i);
      g_assert_cmpuint (count_lines (report->strengths, element->title), <=, WM_REPORT_LINES_PER_ELEMENT);
      g_assert_cmpuint (count_lines (report->next_steps, element->title), <=, WM_REPORT_LINES_PER_ELEMENT);
    }

  /* Next steps: the open actions first, soonest first, then each element's next level. */
  g_assert_cmpuint (report->next_steps->len, >, 2);
  line = g_ptr_array_index (report->next_steps, 0);
  g_assert_null (line->element_title);
  g_assert_cmpstr (line->text, ==, "Plan the Silver review");
  g_assert_cmpstr (line->detail, ==, "Ms Shah, due 2026-12-01");
  line = g_ptr_array_index (report->next_steps, 1);
  g_assert_null (line->element_title);
  g_assert_cmpstr (line->text, ==, "Agree a language for learning");
  g_assert_null (line->detail);
  g_assert_null (line_starting (report->next_steps, "Already done"));
  g_assert_cmpuint (count_lines (report->next_steps, NULL), ==, 2);
  /* Element 1 is Secure at Bronze; its one Silver descriptor short of Secure has its action. */
  g_assert_cmpuint (count_lines (report->next_steps, "1 Vision for Learning"), ==, 0);
  line = line_starting (report->next_steps, "2.1b: ");
  g_assert (line != NULL);
  g_assert_cmpstr (line->element_title, ==, "2 A Framework for Learning");
  g_assert_cmpstr (line->detail, ==, "Not yet started → Secure");
  g_assert_null (line_starting (report->next_steps, "2.1s: "));
  g_assert_null (line_starting (report->next_steps, "3.1b: "));
  g_assert_nonnull (line_starting (report->next_steps, "3.2b: "));
  /* Element 5 has four strands, each Secure at Bronze: three of its Silver descriptors are shown. */
  g_assert_nonnull (line_starting (report->next_steps, "5.1s: "));
  g_assert_null (line_starting (report->next_steps, "5.4s: "));
  g_assert_cmpuint (report->n_next_steps_left_out, >=, 1);

  /* The summary says where the school stands against the snapshot, and what to do next. */
  g_test_message ("%s", report->summary);
  g_assert_nonnull (strstr (report->summary, "Autumn review"));
  g_assert_nonnull (strstr (report->summary, "up from"));
  g_assert_nonnull (strstr (report->summary, "Next: see through the 2 open actions"));

  /* The chart: now and the snapshot, ringed by the levels. */
  g_assert_nonnull (report->chart);
  g_assert_cmpuint (report->chart->n_axes, ==, 12);
  g_assert_cmpuint (report->chart->n_series, ==, 2);
  g_assert_cmpstr (report->chart->series[0].name, ==, "Now");
  g_assert_cmpstr (report->chart->series[1].name, ==, "Autumn review (2025-10-01)");
  g_assert_cmpuint (report->chart->n_rings, ==, 3);
  g_assert_cmpstr (report->chart->ring_names[2], ==, "Gold");

  /* Without a comparison every element is "same", with no arrow. */
  alone = report_of (store, "lqf", WM_SNAPSHOT_NOW);
  g_assert_null (alone->compare_name);
  g_assert_null (alone->compare_date);
  g_assert_false (alone->has_then);
  g_assert_cmpuint (alone->chart->n_series, ==, 1);
  for (guint i = 0; i < alone->elements->len; i++)
    {
      element = g_ptr_array_index (alone->elements, i);
      g_assert_false (element->has_then);
      g_assert_cmpint (element->direction, ==, WM_REPORT_SAME);
    }
  g_assert_cmpstr (wm_report_direction_arrow (WM_REPORT_SAME), ==, "");
  g_assert_nonnull (strstr (alone->summary, "Overall "));
}

static void
test_wrong_snapshot (WmTestSchool  *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f);
  gint64 becta = snapshot (store, "becta-steps", "Becta baseline");
  WmReport *report;

  report = wm_report_new (store, "lqf", becta, &error);
  g_assert_null (report);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Becta baseline"));
  g_assert_nonnull (strstr (error->message, "becta-steps"));
  g_clear_error (&error);

  report = wm_report_new (store, "lqf", becta + 100, &error);
  g_assert_null (report);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  report = wm_report_new (store, "no-such-framework", WM_SNAPSHOT_NOW, &error);
  g_assert_null (report);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static void
add_string (GPtrArray  *all,
            const char *text)
{
  if (text != NULL)
    g_ptr_array_add (all, (gpointer) text);
}

static void
add_lines (GPtrArray *all,
           GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const WmReportLine *line = g_ptr_array_index (lines, i);

      add_string (all, line->element_title);
      add_string (all, line->text);
      add_string (all, line->detail);
    }
}

/* Every string the report holds, borrowed. */
static GPtrArray *
every_string (WmReport *report)
{
  GPtrArray *all = g_ptr_array_new ();
  const WmRadarData *chart = report->chart;

  add_string (all, report->school_name);
  add_string (all, report->date);
  add_string (all, report->framework_id);
  add_string (all, report->framework_title);
  add_string (all, report->scale_name);
  add_string (all, report->compare_name);
  add_string (all, report->compare_date);
  add_string (all, report->summary);
  for (guint i = 0; i < report->elements->len; i++)
    {
      const WmReportElement *element = g_ptr_array_index (report->elements, i);

      add_string (all, element->id);
      add_string (all, element->title);
    }
  add_lines (all, report->strengths);
  add_lines (all, report->next_steps);
  add_string (all, report->term_name);
  for (guint i = 0; i < report->steps->len; i++)
    add_string (all, g_ptr_array_index (report->steps, i));

  g_assert_nonnull (chart);
  add_string (all, chart->title);
  for (guint i = 0; i < chart->n_axes; i++)
    {
      add_string (all, chart->labels[i]);
      add_string (all, chart->short_labels[i]);
    }
  for (guint i = 0; chart->ring_names != NULL && i < chart->n_rings; i++)
    add_string (all, chart->ring_names[i]);
  for (guint i = 0; i < chart->n_series; i++)
    add_string (all, chart->series[i].name);
  return all;
}

static void
test_privacy (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(WmReport) report = NULL;
  g_autoptr(GPtrArray) all = NULL;
  gint64 evidence, action, taken;

  /* Where a teacher might write a pupil's name: notes, reasons, evidence, an action's notes. */
  g_assert_true (wm_judgements_rate (store, "lqf", "1.1b", "secure", "Seen with " SECRET " in Y4",
                                     "Head", &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "1.1s", "partial", SECRET " again", "Head", &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "2.1b", WM_RATING_NOT_APPLICABLE,
                                     "Only " SECRET " would be affected", "Head", &error));
  g_assert_no_error (error);
  taken = snapshot (store, "lqf", "Spring review");
  evidence = add_note (store, "Observation of " SECRET, SECRET " observation");
  attach (store, "1.1b", evidence);
  attach (store, "1.1s", evidence);
  action = add_action (store, "1.1s", "Secure the Silver vision", "Ms Shah", "2026-06-30");
  g_assert_true (wm_actions_set_notes (store, action, "Talk to " SECRET "'s parents", &error));
  g_assert_no_error (error);
  g_assert_true (wm_school_set_name (store, "Hill Primary School", &error));

  report = report_of (store, "lqf", taken);
  all = every_string (report);
  g_assert_cmpuint (all->len, >, 50);
  for (guint i = 0; i < all->len; i++)
    {
      const char *text = g_ptr_array_index (all, i);

      if (strstr (text, SECRET) != NULL)
        g_error ("The report holds “%s”", text);
    }
  /* It did read the things around them. */
  g_assert_nonnull (line_starting (report->strengths, "1.1b: "));
  g_assert_nonnull (line_starting (report->next_steps, "Secure the Silver vision"));
  g_assert_cmpuint (element_of (report, "1")->n_evidence, ==, 1);
}

/* What changed this term: the term's small steps, the latest twelve, and never who took them. */
static void
test_steps (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(WmReport) report = NULL;
  g_autoptr(GPtrArray) all = NULL;

  /* The report is made on 2026-03-14: the spring term. A step before it does not count. */
  g_assert_cmpint (wm_steps_add (store, "Mrs " SECRET, "2025-12-10", "Autumn step", NULL, 0, &error), >, 0);
  for (guint i = 0; i < 14; i++)
    {
      g_autofree char *day = g_strdup_printf ("2026-01-%02u", 5 + i);
      g_autofree char *what = g_strdup_printf ("Step %u: tried talk partners in Y4", i + 1);

      g_assert_cmpint (wm_steps_add (store, "Mrs " SECRET, day, what, "lqf:1.1b", 0, &error), >, 0);
      g_assert_no_error (error);
    }

  report = report_of (store, "lqf", WM_SNAPSHOT_NOW);
  g_assert_nonnull (strstr (report->term_name, "Spring"));
  g_assert_cmpuint (report->n_steps, ==, 14);
  g_assert_cmpuint (report->steps->len, ==, WM_REPORT_MAX_STEPS);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (report->steps, report->steps->len - 1), "Step 14:"));
  g_assert_nonnull (strstr (g_ptr_array_index (report->steps, 0), "1.1b"));

  /* Who took a step stays out. */
  all = every_string (report);
  for (guint i = 0; i < all->len; i++)
    g_assert_null (strstr (g_ptr_array_index (all, i), SECRET));
}

static void
test_other_frameworks (WmTestSchool  *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(WmReport) becta = NULL;
  g_autoptr(WmReport) eef = NULL;
  gint64 baseline;

  baseline = snapshot (store, "becta-steps", "Baseline");
  becta = report_of (store, "becta-steps", baseline);
  g_assert_cmpstr (becta->scale_name, ==,
                   "Step 1: Aware, Step 2: Develop, Step 3: Adopt, Step 4: Integrate, Step 5: Transform");
  g_assert_nonnull (becta->chart);
  g_assert_cmpuint (becta->elements->len, ==, becta->chart->n_axes);
  g_assert_cmpuint (becta->strengths->len, ==, 0);
  g_assert_cmpuint (becta->next_steps->len, >, 0);
  g_test_message ("%s", becta->summary);
  g_assert_nonnull (strstr (becta->summary, "Baseline"));

  eef = report_of (store, "eef-pillars", WM_SNAPSHOT_NOW);
  g_assert_cmpstr (eef->scale_name, ==, "1 to 5");
  g_assert_nonnull (eef->chart);
  g_assert_cmpuint (eef->chart->n_rings, ==, 5);
  g_assert_cmpstr (eef->chart->ring_names[0], ==, "1");
  g_test_message ("%s", eef->summary);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* Reports say the day they were made: fixed here, so that every run reads the same. */
  g_setenv ("WAYMARK_REPORT_DATE", "2026-03-14", TRUE);

#define ADD(path, func) g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/report/school-name", test_school_name);
  ADD ("/report/lqf", test_lqf);
  ADD ("/report/wrong-snapshot", test_wrong_snapshot);
  ADD ("/report/privacy", test_privacy);
  ADD ("/report/other-frameworks", test_other_frameworks);
  ADD ("/report/steps", test_steps);
#undef ADD

  return g_test_run ();
}
