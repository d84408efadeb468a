/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-plan"

#include "config.h"

#include <math.h>

#include "wm-actions.h"
#include "wm-catalog.h"
#include "wm-plan.h"
#include "wm-test-util.h"

/* The Stepping Stones year plan: the draft, scheduling with skipped months, moving and swapping,
 * what is due, phase counts and their chart, actions in a month, and one signal per write. */

/* The file as a new school file is, without whatever draft opening it may add: each test
 * makes its own draft, on the day it chooses. */
static WmStore *
open_school (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (wm_catalog_install_bundled (store, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

static GDate
day (const char *text)
{
  GDate date;

  g_assert_true (wm_action_parse_date (text, &date));
  return date;
}

/* Drafts the plan as on @today; returns the draft year's id. */
static gint64
draft (WmStore    *store,
       const char *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  GDate date = day (today);

  g_assert_true (wm_plan_create_draft (store, &date, &error));
  g_assert_no_error (error);
  year = wm_plan_get_current_year (store, &date, &error);
  g_assert_no_error (error);
  return wm_plan_year_get_id (year);
}

/* The year view in one line: "09=absorption 10=managing-distractions 11= 12=(skipped) …". */
static char *
describe_year (WmStore *store,
               gint64   year_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) months = wm_plan_list_months (store, year_id, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (months); i++)
    {
      g_autoptr(WmPlanMonth) month = g_list_model_get_item (months, i);
      WmPlanSession *session = wm_plan_month_get_session (month);

      g_string_append_printf (text, "%s%s=%s", i ? " " : "", wm_plan_month_get_month (month) + 5,
                              wm_plan_month_is_skipped (month) ? "(skipped)"
                              : session ? wm_plan_session_get_habit_id (session) : "");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static WmPlanMonth *
get_month (WmStore    *store,
           gint64      year_id,
           const char *month)
{
  g_autoptr(GError) error = NULL;
  WmPlanMonth *item = wm_plan_get_month (store, year_id, month, &error);

  g_assert_no_error (error);
  return item;
}

static WmPlanSection *
get_section (WmPlanMonth *month,
             guint        number)
{
  return g_list_model_get_item (wm_plan_month_get_sections (month), number - 1);
}

/* Section @number's due date and done date ("-" when not done), as "2026-09-07/-". */
static char *
section_dates (WmPlanMonth *month,
               guint        number)
{
  g_autoptr(WmPlanSection) section = get_section (month, number);
  const char *done = wm_plan_section_get_done_on (section);

  return g_strdup_printf ("%s/%s", wm_plan_section_get_due_on (section), done ? done : "-");
}

static void
assert_session (WmStore    *store,
                gint64      year_id,
                const char *month,
                const char *habit_id,
                const char *online_on,
                const char *team_on)
{
  g_autoptr(WmPlanMonth) item = get_month (store, year_id, month);
  WmPlanSession *session = wm_plan_month_get_session (item);

  g_assert_nonnull (session);
  g_assert_cmpstr (wm_plan_session_get_habit_id (session), ==, habit_id);
  g_assert_cmpstr (wm_plan_session_get_month (session), ==, month);
  g_assert_cmpstr (wm_plan_session_get_online_on (session), ==, online_on);
  g_assert_cmpstr (wm_plan_session_get_team_on (session), ==, team_on);
}

static void
test_draft (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f->path);
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(GListModel) years = NULL;
  g_autoptr(WmPlanMonth) september = NULL;
  g_autofree char *described = NULL;
  g_autofree char *again = NULL;
  GDate today = day ("2026-08-20");
  gint64 year_id;

  /* In August, the coming school year: 2026-27, nine habits in library order from September. */
  year_id = draft (store, "2026-08-20");
  year = wm_plan_get_year (store, year_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_plan_year_get_name (year), ==, "2026-27");
  g_assert_cmpstr (wm_plan_year_get_start_month (year), ==, "2026-09");
  g_assert_cmpstr (wm_plan_year_get_end_month (year), ==, "2027-07");
  g_assert_cmpuint (wm_plan_year_get_n_months (year), ==, 11);
  g_assert_cmpstr (wm_plan_year_get_framework_id (year), ==, "habits");
  described = describe_year (store, year_id);
  g_assert_cmpstr (described, ==,
                   "09=absorption 10=managing-distractions 11=noticing 12=perseverance "
                   "01=questioning 02=making-links 03=imagining 04=reasoning 05=capitalising 06= 07=");

  /* Online on the first Tuesday, the team a week later at 15:45 for 75 minutes. */
  assert_session (store, year_id, "2026-09", "absorption", "2026-09-01", "2026-09-08");
  assert_session (store, year_id, "2026-10", "managing-distractions", "2026-10-06", "2026-10-13");
  assert_session (store, year_id, "2027-05", "capitalising", "2027-05-04", "2027-05-11");
  september = get_month (store, year_id, "2026-09");
  g_assert_cmpstr (wm_plan_session_get_habit_title (wm_plan_month_get_session (september)), ==, "Absorption");
  g_assert_cmpstr (wm_plan_session_get_team_starts_at (wm_plan_month_get_session (september)), ==, "15:45");
  g_assert_cmpuint (wm_plan_session_get_team_minutes (wm_plan_month_get_session (september)), ==, 75);
  g_assert_cmpuint (wm_plan_session_get_n_done (wm_plan_month_get_session (september)), ==, 0);

  /* Sections 1-3 due the day before the team session, section 4 on its day; 20/10/30/75 minutes. */
  g_assert_cmpuint (g_list_model_get_n_items (wm_plan_month_get_sections (september)), ==, 4);
  for (guint n = 1; n <= 4; n++)
    {
      g_autoptr(WmPlanSection) section = get_section (september, n);
      static const guint minutes[] = { 20, 10, 30, 75 };

      g_assert_cmpuint (wm_plan_section_get_number (section), ==, n);
      g_assert_cmpuint (wm_plan_section_get_minutes (section), ==, minutes[n - 1]);
      g_assert_cmpstr (wm_plan_section_get_due_on (section), ==, n < 4 ? "2026-09-07" : "2026-09-08");
      g_assert_false (wm_plan_section_is_done (section));
      g_assert_cmpstr (wm_plan_section_get_title (section), ==, wm_plan_section_title (n));
    }

  /* Never a second draft, whatever the day. */
  today = day ("2027-01-10");
  g_assert_true (wm_plan_create_draft (store, &today, &error));
  g_assert_no_error (error);
  years = wm_plan_list_years (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 1);
  again = describe_year (store, year_id);
  g_assert_cmpstr (again, ==, described);
}

/* The draft's months, drafted as on @today in a new file in @dir. */
static char *
draft_on (const char *dir,
          const char *today,
          char      **name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.waymark", dir, today);
  g_autoptr(WmStore) store = open_school (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  gint64 year_id = draft (store, today);

  year = wm_plan_get_year (store, year_id, &error);
  g_assert_no_error (error);
  *name = g_strdup (wm_plan_year_get_name (year));
  return describe_year (store, year_id);
}

static void
test_draft_year (WmTestSchool  *f,
                 gconstpointer  data)
{
  struct {
    const char *today, *name, *months;
  } cases[] = {
    /* The first Tuesday of September is still ahead: this year, all of it. */
    { "2026-09-01", "2026-27", "09=absorption 10=managing-distractions 11=noticing 12=perseverance "
                               "01=questioning 02=making-links 03=imagining 04=reasoning 05=capitalising 06= 07=" },
    /* A head starting in late November: December to July of this year, eight habits. */
    { "2026-11-22", "2026-27", "09= 10= 11= 12=absorption 01=managing-distractions 02=noticing "
                               "03=perseverance 04=questioning 05=making-links 06=imagining 07=reasoning" },
    /* Four sessions still ahead in April (the 6th is a Tuesday): this year still. */
    { "2027-04-01", "2026-27", "09= 10= 11= 12= 01= 02= 03= 04=absorption 05=managing-distractions "
                               "06=noticing 07=perseverance" },
    /* In May only June and July are ahead: next school year. */
    { "2027-05-05", "2027-28", "09=absorption 10=managing-distractions 11=noticing 12=perseverance "
                               "01=questioning 02=making-links 03=imagining 04=reasoning 05=capitalising 06= 07=" },
    /* January belongs to the year that began in September. */
    { "2027-01-04", "2026-27", "09= 10= 11= 12= 01=absorption 02=managing-distractions 03=noticing "
                               "04=perseverance 05=questioning 06=making-links 07=imagining" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *months = draft_on (f->dir, cases[i].today, &name);

      g_test_message ("drafted on %s", cases[i].today);
      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_cmpstr (months, ==, cases[i].months);
    }
}

static void
test_skip (WmTestSchool  *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f->path);
  gint64 year_id = draft (store, "2026-08-20");
  g_autofree char *after_december = NULL;
  g_autofree char *after_april = NULL;
  g_autofree char *unchanged = NULL;
  g_autofree char *after_february = NULL;

  /* Skipping December moves its habit, and the ones after, on a month. */
  g_assert_true (wm_plan_skip_month (store, year_id, "2026-12", &error));
  g_assert_no_error (error);
  after_december = describe_year (store, year_id);
  g_assert_cmpstr (after_december, ==,
                   "09=absorption 10=managing-distractions 11=noticing 12=(skipped) "
                   "01=perseverance 02=questioning 03=making-links 04=imagining 05=reasoning "
                   "06=capitalising 07=");
  assert_session (store, year_id, "2027-01", "perseverance", "2027-01-05", "2027-01-12");
  assert_session (store, year_id, "2027-06", "capitalising", "2027-06-01", "2027-06-08");

  /* And April: the year is full. */
  g_assert_true (wm_plan_skip_month (store, year_id, "2027-04", &error));
  g_assert_no_error (error);
  after_april = describe_year (store, year_id);
  g_assert_cmpstr (after_april, ==,
                   "09=absorption 10=managing-distractions 11=noticing 12=(skipped) "
                   "01=perseverance 02=questioning 03=making-links 04=(skipped) 05=imagining "
                   "06=reasoning 07=capitalising");

  /* Too few free months: refused, clearly, and nothing moved. */
  g_assert_false (wm_plan_skip_month (store, year_id, "2027-02", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "no free month after it"));
  g_assert_nonnull (strstr (error->message, "Questioning"));
  g_clear_error (&error);
  unchanged = describe_year (store, year_id);
  g_assert_cmpstr (unchanged, ==, after_april);

  /* A skipped month holds no session. */
  g_assert_false (wm_plan_set_habit (store, year_id, "2026-12", "imitation", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "2026-12 is skipped"));
  g_clear_error (&error);
  g_assert_false (wm_plan_move_habit (store, year_id, "absorption", "2027-04", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (wm_plan_swap_months (store, year_id, "2026-09", "2026-12", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* Unskipping frees April; nothing comes back to it by itself, and February can go now. */
  g_assert_true (wm_plan_unskip_month (store, year_id, "2027-04", &error));
  g_assert_no_error (error);
  g_assert_true (wm_plan_skip_month (store, year_id, "2027-02", &error));
  g_assert_no_error (error);
  after_february = describe_year (store, year_id);
  g_assert_cmpstr (after_february, ==,
                   "09=absorption 10=managing-distractions 11=noticing 12=(skipped) "
                   "01=perseverance 02=(skipped) 03=questioning 04=making-links 05=imagining "
                   "06=reasoning 07=capitalising");

  /* A month outside the year is named as such. */
  g_assert_false (wm_plan_skip_month (store, year_id, "2027-08", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "not a month of plan year 2026-27"));
}

static void
test_move_keeps_work (WmTestSchool  *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f->path);
  gint64 year_id = draft (store, "2026-08-20");
  const guint counts[] = { 2, 5, 10, 3, 0 };
  g_autoptr(WmPlanMonth) june = NULL;
  g_autoptr(WmPlanMonth) september = NULL;
  g_autoptr(WmPlanSection) first = NULL;
  g_autofree char *s1 = NULL, *s2 = NULL, *s4 = NULL;
  g_autofree char *swapped = NULL;
  double mean = 0;

  g_assert_true (wm_plan_tick_section (store, year_id, "2026-09", 1, "2026-09-03", "Plotted 3 classes", &error));
  g_assert_true (wm_plan_set_phase_counts (store, year_id, "2026-09", "3B", counts, "2026-09-03", &error));
  g_assert_true (wm_plan_set_team_field (store, year_id, "2026-09", WM_PLAN_TEAM_ENQUIRY,
                                         "How do we hold attention after lunch?", &error));
  g_assert_no_error (error);

  /* Absorption moves to June, its work with it; what is not done falls due in June. */
  g_assert_true (wm_plan_move_habit (store, year_id, "Absorption", "2027-06", &error));
  g_assert_no_error (error);
  assert_session (store, year_id, "2027-06", "absorption", "2027-06-01", "2027-06-08");
  june = get_month (store, year_id, "2027-06");
  g_assert_cmpuint (wm_plan_session_get_n_done (wm_plan_month_get_session (june)), ==, 1);
  g_assert_cmpstr (wm_plan_session_get_enquiry (wm_plan_month_get_session (june)), ==,
                   "How do we hold attention after lunch?");
  s1 = section_dates (june, 1);
  s2 = section_dates (june, 2);
  s4 = section_dates (june, 4);
  g_assert_cmpstr (s1, ==, "2026-09-07/2026-09-03");
  g_assert_cmpstr (s2, ==, "2027-06-07/-");
  g_assert_cmpstr (s4, ==, "2027-06-08/-");
  first = get_section (june, 1);
  g_assert_cmpstr (wm_plan_section_get_notes (first), ==, "Plotted 3 classes");
  g_assert_cmpuint (g_list_model_get_n_items (wm_plan_month_get_groups (june)), ==, 1);
  g_assert_true (wm_plan_phase_mean (store, year_id, "absorption", &mean, &error));
  g_assert_cmpfloat_with_epsilon (mean, 2.7, 1e-9);
  september = get_month (store, year_id, "2026-09");
  g_assert_null (wm_plan_month_get_session (september));
  g_assert_cmpuint (g_list_model_get_n_items (wm_plan_month_get_sections (september)), ==, 0);

  /* Onto an occupied month: the two change places. */
  g_assert_true (wm_plan_move_habit (store, year_id, "absorption", "2026-10", &error));
  g_assert_no_error (error);
  swapped = describe_year (store, year_id);
  g_assert_cmpstr (swapped, ==,
                   "09= 10=absorption 11=noticing 12=perseverance 01=questioning 02=making-links "
                   "03=imagining 04=reasoning 05=capitalising 06=managing-distractions 07=");

  /* A habit not in the plan cannot be moved. */
  g_assert_false (wm_plan_move_habit (store, year_id, "imitation", "2026-09", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (wm_plan_move_habit (store, year_id, "juggling", "2026-09", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "No habit “juggling”"));
}

static void
test_set_and_swap (WmTestSchool  *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f->path);
  gint64 year_id = draft (store, "2026-08-20");
  g_autofree char *swapped = NULL;
  g_autofree char *set = NULL;
  g_autofree char *replaced = NULL;
  g_autofree char *removed = NULL;

  /* Drag September onto October. */
  g_assert_true (wm_plan_swap_months (store, year_id, "2026-09", "2026-10", &error));
  g_assert_no_error (error);
  swapped = describe_year (store, year_id);
  g_assert_true (g_str_has_prefix (swapped, "09=managing-distractions 10=absorption 11=noticing "));
  assert_session (store, year_id, "2026-09", "managing-distractions", "2026-09-01", "2026-09-08");
  assert_session (store, year_id, "2026-10", "absorption", "2026-10-06", "2026-10-13");

  /* Setting a planned habit in another month swaps it with that month's. */
  g_assert_true (wm_plan_set_habit (store, year_id, "2026-09", "NOTICING", &error));
  g_assert_no_error (error);
  set = describe_year (store, year_id);
  g_assert_true (g_str_has_prefix (set, "09=noticing 10=absorption 11=managing-distractions "));

  /* Setting a habit not yet planned replaces the month's, which leaves the plan... */
  g_assert_true (wm_plan_set_habit (store, year_id, "2027-05", "imitation", &error));
  g_assert_no_error (error);
  replaced = describe_year (store, year_id);
  g_assert_true (g_str_has_suffix (replaced, "04=reasoning 05=imitation 06= 07="));

  /* ...unless that one has work recorded. */
  g_assert_true (wm_plan_tick_section (store, year_id, "2027-04", 2, "2027-04-07", NULL, &error));
  g_assert_false (wm_plan_set_habit (store, year_id, "2027-04", "capitalising", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "Reasoning in 2027-04 has work recorded"));
  g_clear_error (&error);

  /* Nine habits is the programme: a tenth is refused. */
  g_assert_false (wm_plan_set_habit (store, year_id, "2027-06", "capitalising", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "already holds nine habit sessions"));
  g_clear_error (&error);

  /* After removing one there is room again. */
  g_assert_true (wm_plan_remove_habit (store, year_id, "Making links", &error));
  g_assert_true (wm_plan_set_habit (store, year_id, "2027-06", "capitalising", &error));
  g_assert_no_error (error);
  removed = describe_year (store, year_id);
  g_assert_cmpstr (removed, ==,
                   "09=noticing 10=absorption 11=managing-distractions 12=perseverance "
                   "01=questioning 02= 03=imagining 04=reasoning 05=imitation 06=capitalising 07=");
  g_assert_false (wm_plan_remove_habit (store, year_id, "making-links", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static void
test_dates (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f->path);
  gint64 year_id = draft (store, "2026-08-20");
  g_autoptr(WmPlanMonth) september = NULL;
  g_autofree char *s1 = NULL, *s4 = NULL;
  g_autofree char *held_on = NULL, *senior = NULL, *leaders = NULL, *staff = NULL;

  /* The online day moves within its month; the team keeps its week's gap. */
  g_assert_true (wm_plan_set_online_date (store, year_id, "2026-09", "2026-09-03", &error));
  g_assert_no_error (error);
  assert_session (store, year_id, "2026-09", "absorption", "2026-09-03", "2026-09-10");
  g_assert_false (wm_plan_set_online_date (store, year_id, "2026-09", "2026-10-01", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (wm_plan_set_online_date (store, year_id, "2026-06", "2026-06-03", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The team session: its day, time and length; the sections fall due from it. */
  g_assert_true (wm_plan_set_team_time (store, year_id, "2026-09", "2026-09-15", "16:00", 90, &error));
  g_assert_no_error (error);
  september = get_month (store, year_id, "2026-09");
  g_assert_cmpstr (wm_plan_session_get_team_on (wm_plan_month_get_session (september)), ==, "2026-09-15");
  g_assert_cmpstr (wm_plan_session_get_team_starts_at (wm_plan_month_get_session (september)), ==, "16:00");
  g_assert_cmpuint (wm_plan_session_get_team_minutes (wm_plan_month_get_session (september)), ==, 90);
  s1 = section_dates (september, 1);
  s4 = section_dates (september, 4);
  g_assert_cmpstr (s1, ==, "2026-09-14/-");
  g_assert_cmpstr (s4, ==, "2026-09-15/-");
  g_assert_false (wm_plan_set_team_time (store, year_id, "2026-09", "2026-09-02", NULL, 0, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "before its online session"));
  g_clear_error (&error);
  g_assert_false (wm_plan_set_team_time (store, year_id, "2026-09", "2027-08-02", NULL, 0, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "outside plan year 2026-27"));
  g_clear_error (&error);
  g_assert_false (wm_plan_set_team_time (store, year_id, "2026-09", NULL, "25:00", 0, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* The Review and Renew day, its three parts, and clearing it. */
  g_assert_true (wm_plan_set_review_day (store, year_id, "2026-07-14", "Observations", NULL, NULL, &error));
  g_assert_true (wm_plan_set_review_day (store, year_id, "2026-07-15", NULL, "PLT leaders", "Twilight", &error));
  g_assert_true (wm_plan_get_review_day (store, year_id, &held_on, &senior, &leaders, &staff, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (held_on, ==, "2026-07-15");
  g_assert_cmpstr (senior, ==, "Observations");
  g_assert_cmpstr (leaders, ==, "PLT leaders");
  g_assert_cmpstr (staff, ==, "Twilight");
  g_clear_pointer (&held_on, g_free);
  g_assert_true (wm_plan_clear_review_day (store, year_id, &error));
  g_assert_true (wm_plan_get_review_day (store, year_id, &held_on, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (held_on);
}

/* The due list as "2026-09-07 Absorption: section 1, how the habit develops [OVERDUE]" lines. */
static char *
describe_due (WmStore    *store,
              gint64      year_id,
              const char *today)
{
  g_autoptr(GError) error = NULL;
  GDate date = day (today);
  g_autoptr(GListModel) due = wm_plan_list_due (store, year_id, &date, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (due); i++)
    {
      g_autoptr(WmPlanDue) item = g_list_model_get_item (due, i);

      g_string_append_printf (text, "%s %s%s\n", wm_plan_due_get_due_on (item),
                              wm_plan_due_get_title (item),
                              wm_plan_due_is_overdue (item) ? " OVERDUE" : "");
      g_assert_cmpint (wm_plan_due_get_kind (item), ==,
                       wm_plan_due_get_section (item) == 4 ? WM_PLAN_DUE_TEAM : WM_PLAN_DUE_SECTION);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_due (WmTestSchool  *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f->path);
  gint64 year_id = draft (store, "2026-08-20");
  g_autofree char *wednesday = NULL;
  g_autofree char *monday = NULL;
  g_autofree char *thursday = NULL;
  g_autofree char *october = NULL;
  g_autofree char *all_years = NULL;

  /* The week of the first online session: nothing falls due until next Monday. */
  wednesday = describe_due (store, year_id, "2026-09-02");
  g_assert_cmpstr (wednesday, ==, "");

  /* Monday of the next week: sections 1-3 today, the team tomorrow; nothing late yet. */
  monday = describe_due (store, year_id, "2026-09-07");
  g_assert_cmpstr (monday, ==,
                   "2026-09-07 Absorption: section 1, how the habit develops\n"
                   "2026-09-07 Absorption: section 2, taking the habit into classroom culture\n"
                   "2026-09-07 Absorption: section 3, teaching for learning\n"
                   "2026-09-08 Absorption: Professional Learning Team session at 15:45\n");

  /* Ticked sections leave the list; the rest are overdue by Thursday. */
  g_assert_true (wm_plan_tick_section (store, year_id, "2026-09", 2, "2026-09-05", NULL, &error));
  g_assert_no_error (error);
  thursday = describe_due (store, year_id, "2026-09-10");
  g_assert_cmpstr (thursday, ==,
                   "2026-09-07 Absorption: section 1, how the habit develops OVERDUE\n"
                   "2026-09-07 Absorption: section 3, teaching for learning OVERDUE\n"
                   "2026-09-08 Absorption: Professional Learning Team session at 15:45 OVERDUE\n");

  /* A month on: September's still overdue, October's due this week, its team today. */
  october = describe_due (store, year_id, "2026-10-13");
  g_assert_cmpstr (october, ==,
                   "2026-09-07 Absorption: section 1, how the habit develops OVERDUE\n"
                   "2026-09-07 Absorption: section 3, teaching for learning OVERDUE\n"
                   "2026-09-08 Absorption: Professional Learning Team session at 15:45 OVERDUE\n"
                   "2026-10-12 Managing distractions: section 1, how the habit develops OVERDUE\n"
                   "2026-10-12 Managing distractions: section 2, taking the habit into classroom culture OVERDUE\n"
                   "2026-10-12 Managing distractions: section 3, teaching for learning OVERDUE\n"
                   "2026-10-13 Managing distractions: Professional Learning Team session at 15:45\n");
  all_years = describe_due (store, 0, "2026-10-13");
  g_assert_cmpstr (all_years, ==, october);

  /* Unticking brings a section back. */
  g_assert_true (wm_plan_untick_section (store, year_id, "2026-09", 2, &error));
  g_assert_true (wm_plan_tick_section (store, year_id, "2026-09", 4, "2026-09-08", "Good turnout", &error));
  g_assert_no_error (error);
  g_clear_pointer (&thursday, g_free);
  thursday = describe_due (store, year_id, "2026-09-10");
  g_assert_cmpstr (thursday, ==,
                   "2026-09-07 Absorption: section 1, how the habit develops OVERDUE\n"
                   "2026-09-07 Absorption: section 2, taking the habit into classroom culture OVERDUE\n"
                   "2026-09-07 Absorption: section 3, teaching for learning OVERDUE\n");

  g_assert_false (wm_plan_tick_section (store, year_id, "2026-09", 5, NULL, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (wm_plan_tick_section (store, year_id, "2026-09", 1, "yesterday", NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
}

static void
test_phase_counts (WmTestSchool  *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f->path);
  gint64 year_id = draft (store, "2026-08-20");
  const guint class_3b[] = { 2, 5, 10, 3, 0 };
  const guint class_4a[] = { 0, 0, 5, 5, 0 };
  const guint recount[] = { 0, 0, 0, 0, 4 };
  const guint nobody[] = { 0, 0, 0, 0, 0 };
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(WmPlanGroup) first = NULL;
  double mean = 0;

  g_assert_true (wm_plan_set_phase_counts (store, year_id, "2026-09", "3B", class_3b, "2026-09-03", &error));
  g_assert_true (wm_plan_phase_mean (store, year_id, "absorption", &mean, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (mean, 54.0 / 20, 1e-9);

  /* Every group's pupils together. */
  g_assert_true (wm_plan_set_phase_counts (store, year_id, "2026-09", " 4A ", class_4a, NULL, &error));
  g_assert_true (wm_plan_phase_mean (store, year_id, "Absorption", &mean, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (mean, 89.0 / 30, 1e-9);

  /* Read back, by group, five counts each. */
  groups = wm_plan_list_phase_counts (store, year_id, "2026-09", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 2);
  first = g_list_model_get_item (groups, 0);
  g_assert_cmpstr (wm_plan_group_get_name (first), ==, "3B");
  for (guint phase = 1; phase <= 5; phase++)
    g_assert_cmpuint (wm_plan_group_get_count (first, phase), ==, class_3b[phase - 1]);
  g_assert_cmpuint (wm_plan_group_get_total (first), ==, 20);
  g_assert_cmpstr (wm_plan_group_get_counted_on (first), ==, "2026-09-03");
  g_assert_cmpfloat_with_epsilon (wm_plan_group_get_mean (first), 2.7, 1e-9);

  /* A new count of a group replaces its last. */
  g_assert_true (wm_plan_set_phase_counts (store, year_id, "2026-09", "3B", recount, "2026-10-01", &error));
  g_assert_true (wm_plan_phase_mean (store, year_id, "absorption", &mean, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (mean, 55.0 / 14, 1e-9);

  /* No counts yet: no mean. */
  g_assert_true (wm_plan_phase_mean (store, year_id, "noticing", &mean, &error));
  g_assert_no_error (error);
  g_assert_true (isnan (mean));

  /* Refused: a habit not planned, no pupils, no group, a month without a session. */
  g_assert_false (wm_plan_phase_mean (store, year_id, "imitation", &mean, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (wm_plan_set_phase_counts (store, year_id, "2026-09", "5C", nobody, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (wm_plan_set_phase_counts (store, year_id, "2026-09", "  ", class_3b, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (wm_plan_set_phase_counts (store, year_id, "2027-06", "3B", class_3b, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2027-06 holds no habit session"));
  g_clear_error (&error);

  g_assert_true (wm_plan_remove_phase_counts (store, year_id, "2026-09", "4A", &error));
  g_assert_true (wm_plan_phase_mean (store, year_id, "absorption", &mean, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (mean, 5.0, 1e-9);
  g_assert_false (wm_plan_remove_phase_counts (store, year_id, "2026-09", "4A", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static void
test_phase_chart (WmTestSchool  *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f->path);
  gint64 year_id = draft (store, "2026-08-20");
  const guint class_3b[] = { 2, 5, 10, 3, 0 };
  const guint class_4a[] = { 0, 0, 5, 5, 0 };
  g_autoptr(WmRadarData) chart = NULL;
  g_autoptr(WmRadarData) refused = NULL;
  gint64 small;

  g_assert_true (wm_plan_set_phase_counts (store, year_id, "2026-09", "3B", class_3b, NULL, &error));
  g_assert_true (wm_plan_set_phase_counts (store, year_id, "2026-10", "4A", class_4a, NULL, &error));
  g_assert_no_error (error);

  chart = wm_plan_phase_chart (store, year_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chart->n_axes, ==, 9);
  g_assert_cmpstr (chart->labels[0], ==, "Absorption");
  g_assert_cmpstr (chart->labels[1], ==, "Managing distractions");
  g_assert_cmpstr (chart->labels[8], ==, "Capitalising");
  g_assert_cmpfloat (chart->max, ==, 5);
  g_assert_cmpuint (chart->n_rings, ==, 5);
  g_assert_cmpstr (chart->ring_names[0], ==, "Phase 1");
  g_assert_cmpstr (chart->ring_names[4], ==, "Phase 5");
  g_assert_cmpuint (chart->n_series, ==, 1);
  g_assert_cmpstr (chart->series[0].name, ==, "Pupils now");
  g_assert_cmpfloat_with_epsilon (chart->series[0].values[0], 2.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (chart->series[0].values[1], 3.5, 1e-9);
  for (guint i = 2; i < 9; i++)
    g_assert_true (isnan (chart->series[0].values[i]));

  /* A radar needs three axes. */
  small = wm_plan_create_year (store, NULL, "2028-09", 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (wm_plan_set_habit (store, small, "2028-09", "absorption", &error));
  g_assert_true (wm_plan_set_habit (store, small, "2028-10", "noticing", &error));
  g_assert_no_error (error);
  refused = wm_plan_phase_chart (store, small, &error);
  g_assert_null (refused);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "at least three habits in plan year 2028-29; it has 2"));
}

static void
test_actions_in_month (WmTestSchool  *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f->path);
  gint64 year_id = draft (store, "2026-08-20");
  const char *descriptors[] = { "8.3g", NULL };
  g_autoptr(WmPlanMonth) october = NULL;
  g_autoptr(WmPlanMonth) september = NULL;
  g_autoptr(WmPlanMonth) again = NULL;
  g_autoptr(WmAction) placed = NULL;
  gint64 action;

  action = wm_actions_add (store, "lqf", descriptors, "Review the marking policy", "Ms Khan",
                           "2026-10-30", NULL, "Ms Khan", &error);
  g_assert_no_error (error);

  g_assert_true (wm_plan_place_action (store, action, "2026-10", &error));
  g_assert_no_error (error);
  october = get_month (store, year_id, "2026-10");
  g_assert_cmpuint (g_list_model_get_n_items (wm_plan_month_get_actions (october)), ==, 1);
  placed = g_list_model_get_item (wm_plan_month_get_actions (october), 0);
  g_assert_cmpstr (wm_action_get_title (placed), ==, "Review the marking policy");
  september = get_month (store, year_id, "2026-09");
  g_assert_cmpuint (g_list_model_get_n_items (wm_plan_month_get_actions (september)), ==, 0);

  /* Unplaced, it is in no month; a month of no plan year, or no such action, is refused. */
  g_assert_true (wm_plan_unplace_action (store, action, &error));
  g_assert_no_error (error);
  again = get_month (store, year_id, "2026-10");
  g_assert_cmpuint (g_list_model_get_n_items (wm_plan_month_get_actions (again)), ==, 0);
  g_assert_false (wm_plan_place_action (store, action, "2031-01", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (wm_plan_place_action (store, action, "October", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (wm_plan_place_action (store, action + 100, "2026-10", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static void
test_years (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f->path);
  g_autoptr(WmPlanYear) year = NULL;
  g_autofree char *month = NULL;
  g_autofree char *habit = NULL;
  gint64 first, second;
  struct { const char *today, *name; } current[] = {
    { "2027-03-01", "2026-27" },   /* its months include today */
    { "2027-08-15", "2028-29" },   /* else the next to start */
    { "2030-01-01", "2028-29" },   /* else the latest */
    { "2025-01-01", "2026-27" },
  };
  const char *octobers[] = { "2026-10", "October", "oct", "OCT", "10" };
  GDate today;

  today = day ("2026-01-01");
  year = wm_plan_get_current_year (store, &today, &error);
  g_assert_null (year);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "has no year plan yet"));
  g_clear_error (&error);

  first = wm_plan_create_year (store, NULL, "2026-09", 0, NULL, &error);
  g_assert_no_error (error);
  second = wm_plan_create_year (store, "Second year", "2028-09", 11, "habits", &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (second, >, first);

  /* Years do not overlap, nor share names; a year needs its library. */
  g_assert_cmpint (wm_plan_create_year (store, "Overlap", "2027-07", 3, NULL, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "Plan year 2026-27 already covers 2026-09 to 2027-07"));
  g_clear_error (&error);
  g_assert_cmpint (wm_plan_create_year (store, "2026-27", "2030-09", 0, NULL, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (wm_plan_create_year (store, NULL, "2032-09", 0, "nope", &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (wm_plan_create_year (store, NULL, "2032-13", 0, NULL, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* Second year was named; check current year choice. */
  for (guint i = 0; i < G_N_ELEMENTS (current); i++)
    {
      g_autoptr(WmPlanYear) found = NULL;
      const char *expected = g_str_equal (current[i].name, "2028-29") ? "Second year" : current[i].name;

      today = day (current[i].today);
      found = wm_plan_get_current_year (store, &today, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (wm_plan_year_get_name (found), ==, expected);
    }

  /* Months and habits as people type them. */
  g_clear_object (&year);
  year = wm_plan_get_year (store, first, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (octobers); i++)
    {
      g_autofree char *resolved = wm_plan_resolve_month (year, octobers[i], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (resolved, ==, "2026-10");
    }
  month = wm_plan_resolve_month (year, "2027-09", &error);
  g_assert_null (month);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "not a month of plan year 2026-27 (2026-09 to 2027-07)"));
  g_clear_error (&error);
  month = wm_plan_resolve_month (year, "August", &error);
  g_assert_null (month);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  habit = wm_plan_resolve_habit (store, year, "making LINKS", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (habit, ==, "making-links");

  g_assert_null (wm_plan_get_year (store, 999, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static void
count_cb (WmStore    *store,
          const char *framework_id,
          gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_signals (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = open_school (f->path);
  const guint counts[] = { 1, 2, 3, 4, 5 };
  const char *descriptors[] = { "8.3g", NULL };
  g_autoptr(WmPlanYear) year = NULL;
  guint plan = 0, any = 0, expected = 0;
  gint64 year_id, action;
  GDate today = day ("2026-08-20");

  action = wm_actions_add (store, "lqf", descriptors, "Walk", NULL, NULL, NULL, "Ms Khan", &error);
  g_assert_no_error (error);
  g_signal_connect (store, "changed::plan", G_CALLBACK (count_cb), &plan);
  g_signal_connect (store, "changed", G_CALLBACK (count_cb), &any);

#define ONCE(call) G_STMT_START {                                 \
    g_assert_true (call);                                         \
    g_assert_no_error (error);                                    \
    expected++;                                                   \
    g_assert_cmpuint (plan, ==, expected);                        \
    g_assert_cmpuint (any, ==, expected);                         \
  } G_STMT_END
#define NEVER(call) G_STMT_START {                                \
    (void) (call);                                                \
    g_clear_error (&error);                                       \
    g_assert_cmpuint (plan, ==, expected);                        \
    g_assert_cmpuint (any, ==, expected);                         \
  } G_STMT_END

  ONCE (wm_plan_create_draft (store, &today, &error));
  year = wm_plan_get_current_year (store, &today, &error);
  g_assert_no_error (error);
  year_id = wm_plan_year_get_id (year);
  NEVER (wm_plan_create_draft (store, &today, &error));
  ONCE (wm_plan_create_year (store, NULL, "2028-09", 0, NULL, &error) > 0);
  ONCE (wm_plan_set_habit (store, year_id, "2027-06", "making-links", &error));
  NEVER (wm_plan_set_habit (store, year_id, "2027-06", "making-links", &error));
  ONCE (wm_plan_move_habit (store, year_id, "making-links", "2027-02", &error));
  ONCE (wm_plan_swap_months (store, year_id, "2026-09", "2026-10", &error));
  ONCE (wm_plan_skip_month (store, year_id, "2026-12", &error));
  NEVER (wm_plan_skip_month (store, year_id, "2026-12", &error));
  ONCE (wm_plan_unskip_month (store, year_id, "2026-12", &error));
  NEVER (wm_plan_unskip_month (store, year_id, "2026-12", &error));
  ONCE (wm_plan_set_online_date (store, year_id, "2026-09", "2026-09-02", &error));
  ONCE (wm_plan_set_team_time (store, year_id, "2026-09", "2026-09-10", "15:30", 60, &error));
  ONCE (wm_plan_tick_section (store, year_id, "2026-09", 1, "2026-09-02", "Done", &error));
  ONCE (wm_plan_untick_section (store, year_id, "2026-09", 1, &error));
  ONCE (wm_plan_set_section_notes (store, year_id, "2026-09", 3, "Starters", &error));
  ONCE (wm_plan_set_team_field (store, year_id, "2026-09", WM_PLAN_TEAM_ATTENDEES, "AB, CD", &error));
  ONCE (wm_plan_set_team_field (store, year_id, "2026-09", WM_PLAN_TEAM_EXPERIMENTS, "Quiet starts", &error));
  ONCE (wm_plan_set_team_field (store, year_id, "2026-09", WM_PLAN_TEAM_INDICATORS, "Fewer prompts", &error));
  ONCE (wm_plan_set_team_field (store, year_id, "2026-09", WM_PLAN_TEAM_NOTES, "Lively", &error));
  ONCE (wm_plan_set_phase_counts (store, year_id, "2026-09", "3B", counts, NULL, &error));
  ONCE (wm_plan_remove_phase_counts (store, year_id, "2026-09", "3B", &error));
  ONCE (wm_plan_set_review_day (store, year_id, "2026-07-15", NULL, NULL, NULL, &error));
  ONCE (wm_plan_clear_review_day (store, year_id, &error));
  NEVER (wm_plan_clear_review_day (store, year_id, &error));
  ONCE (wm_plan_place_action (store, action, "2026-10", &error));
  NEVER (wm_plan_place_action (store, action, "2026-10", &error));
  ONCE (wm_plan_unplace_action (store, action, &error));
  ONCE (wm_plan_remove_habit (store, year_id, "imagining", &error));

  /* What fails says nothing. */
  NEVER (wm_plan_set_habit (store, year_id, "2031-01", "imagining", &error));
  NEVER (wm_plan_tick_section (store, year_id, "2027-07", 1, NULL, NULL, &error));
  NEVER (wm_plan_set_online_date (store, year_id, "2026-09", "2026-10-02", &error));
#undef ONCE
#undef NEVER

  /* The team's texts came through. */
  {
    g_autoptr(WmPlanMonth) month = get_month (store, year_id, "2026-09");
    WmPlanSession *session = wm_plan_month_get_session (month);
    g_autoptr(WmPlanSection) third = get_section (month, 3);

    g_assert_cmpstr (wm_plan_session_get_attendees (session), ==, "AB, CD");
    g_assert_cmpstr (wm_plan_session_get_experiments (session), ==, "Quiet starts");
    g_assert_cmpstr (wm_plan_session_get_indicators (session), ==, "Fewer prompts");
    g_assert_cmpstr (wm_plan_session_get_team_notes (session), ==, "Lively");
    g_assert_cmpstr (wm_plan_section_get_notes (third), ==, "Starters");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/plan/draft", test_draft);
  ADD ("/plan/draft-year", test_draft_year);
  ADD ("/plan/skip", test_skip);
  ADD ("/plan/move-keeps-work", test_move_keeps_work);
  ADD ("/plan/set-and-swap", test_set_and_swap);
  ADD ("/plan/dates", test_dates);
  ADD ("/plan/due", test_due);
  ADD ("/plan/phase-counts", test_phase_counts);
  ADD ("/plan/phase-chart", test_phase_chart);
  ADD ("/plan/actions-in-month", test_actions_in_month);
  ADD ("/plan/years", test_years);
  ADD ("/plan/signals", test_signals);
#undef ADD

  return g_test_run ();
}
