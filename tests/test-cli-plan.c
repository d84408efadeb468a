/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-plan"

#include "config.h"

#include <gio/gio.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/* waymark-cli plan show, due, set, move, skip, unskip, done, counts, place, unplace and
 * review-day, driven for real.
 * A new school file holds the draft plan for the coming school year: with WAYMARK_TODAY at
 * 2026-08-20 (which the spawned waymark-cli inherits), 2026-27, nine habits from September. */

typedef struct {
  char *dir;
  char *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = wm_test_make_dir ("test-cli-plan-XXXXXX");
  f->file = g_build_filename (f->dir, "school.waymark", NULL);
  g_setenv ("WAYMARK_TODAY", "2026-08-20", TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  wm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->file);
}

static const char draft_year[] =
  "Plan year 2026-27 (2026-09 to 2027-07)\n"
  "2026-09  Absorption  online Tue 1 Sep, team Tue 8 Sep 15:45  0 of 4 done\n"
  "2026-10  Managing distractions  online Tue 6 Oct, team Tue 13 Oct 15:45  0 of 4 done\n"
  "2026-11  Noticing  online Tue 3 Nov, team Tue 10 Nov 15:45  0 of 4 done\n"
  "2026-12  Perseverance  online Tue 1 Dec, team Tue 8 Dec 15:45  0 of 4 done\n"
  "2027-01  Questioning  online Tue 5 Jan, team Tue 12 Jan 15:45  0 of 4 done\n"
  "2027-02  Making links  online Tue 2 Feb, team Tue 9 Feb 15:45  0 of 4 done\n"
  "2027-03  Imagining  online Tue 2 Mar, team Tue 9 Mar 15:45  0 of 4 done\n"
  "2027-04  Reasoning  online Tue 6 Apr, team Tue 13 Apr 15:45  0 of 4 done\n"
  "2027-05  Capitalising  online Tue 4 May, team Tue 11 May 15:45  0 of 4 done\n"
  "2027-06  no habit\n"
  "2027-07  no habit\n";

static void
test_show_year (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *year = wm_test_cli_run_ok (f->file, "plan", "show", "--year", NULL);
  g_autofree char *month = NULL;
  g_autofree char *due = NULL;

  /* The draft a new file holds. */
  g_assert_cmpstr (year, ==, draft_year);

  /* Before the year starts, "this month" is its first. */
  month = wm_test_cli_run_ok (f->file, "plan", "show", NULL);
  g_assert_cmpstr (month, ==,
                   "Plan year 2026-27 (2026-09 to 2027-07)\n"
                   "2026-09  Absorption  online Tue 1 Sep, team Tue 8 Sep 15:45  0 of 4 done\n"
                   "  1  How the habit develops (20 min)  due Mon 7 Sep\n"
                   "  2  Taking the habit into classroom culture (10 min)  due Mon 7 Sep\n"
                   "  3  Teaching for learning (30 min)  due Mon 7 Sep\n"
                   "  4  Professional Learning Team session (75 min)  due Tue 8 Sep\n"
                   "Due this week and overdue:\n"
                   "Nothing is due this week, and nothing is overdue\n");
  due = wm_test_cli_run_ok (f->file, "plan", "due", NULL);
  g_assert_cmpstr (due, ==, "Nothing is due this week, and nothing is overdue\n");

  wm_test_cli_assert_refused (f->file, "--year is only for plan show", "plan", "due", "--year", NULL);
  wm_test_cli_assert_refused (f->file, "wrong number of arguments", "plan", "show", "2026-09", NULL);
}

static void
test_schedule (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *year = wm_test_cli_run_ok (f->file, "plan", "show", "--year", NULL);
  g_autofree char *set = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *skipped = NULL;
  g_autofree char *again = NULL;
  g_autofree char *unskipped = NULL;
  g_autofree char *replaced = NULL;
  g_autofree char *after = NULL;

  /* A new file, with its draft. */
  g_assert_cmpstr (year, ==, draft_year);

  /* A planned habit set in another month changes places with that month's. */
  set = wm_test_cli_run_ok (f->file, "plan", "set", "2026-09", "Making links", NULL);
  g_assert_cmpstr (set, ==,
                   "2026-09  Making links  online Tue 1 Sep, team Tue 8 Sep 15:45  0 of 4 done\n"
                   "2027-02  Absorption  online Tue 2 Feb, team Tue 9 Feb 15:45  0 of 4 done\n");

  /* A habit moves by id or title to a month by name. */
  moved = wm_test_cli_run_ok (f->file, "plan", "move", "absorption", "June", NULL);
  g_assert_cmpstr (moved, ==,
                   "2027-02  no habit\n"
                   "2027-06  Absorption  online Tue 1 Jun, team Tue 8 Jun 15:45  0 of 4 done\n");

  /* Skipping December moves its habit, and the ones after, on to the free month. */
  skipped = wm_test_cli_run_ok (f->file, "plan", "skip", "dec", NULL);
  g_assert_cmpstr (skipped, ==,
                   "2026-12  skipped\n"
                   "2027-01  Perseverance  online Tue 5 Jan, team Tue 12 Jan 15:45  0 of 4 done\n"
                   "2027-02  Questioning  online Tue 2 Feb, team Tue 9 Feb 15:45  0 of 4 done\n");
  again = wm_test_cli_run_ok (f->file, "plan", "skip", "2026-12", NULL);
  g_assert_cmpstr (again, ==, "Nothing to change\n");
  unskipped = wm_test_cli_run_ok (f->file, "plan", "unskip", "2026-12", NULL);
  g_assert_cmpstr (unskipped, ==, "2026-12  no habit\n");

  /* A habit not yet planned replaces the month's (which has nothing recorded). */
  replaced = wm_test_cli_run_ok (f->file, "plan", "set", "Nov", "imitation", NULL);
  g_assert_cmpstr (replaced, ==,
                   "2026-11  Imitation  online Tue 3 Nov, team Tue 10 Nov 15:45  0 of 4 done\n");

  /* Refused, clearly, with the file untouched. */
  wm_test_cli_assert_refused (f->file, "already holds nine habit sessions", "plan", "set", "2026-12", "planning", NULL);
  wm_test_cli_assert_refused (f->file, "No habit “juggling”", "plan", "set", "2027-07", "juggling", NULL);
  wm_test_cli_assert_refused (f->file, "“2027-08” is not a month of plan year 2026-27", "plan", "move", "imagining", "2027-08", NULL);
  wm_test_cli_assert_refused (f->file, "“Smarch” is not a month of plan year 2026-27", "plan", "skip", "Smarch", NULL);
  wm_test_cli_assert_refused (f->file, "noticing is not in plan year 2026-27", "plan", "move", "Noticing", "2027-07", NULL);
  g_free (wm_test_cli_run_ok (f->file, "plan", "skip", "2027-07", NULL));
  wm_test_cli_assert_refused (f->file, "2027-07 is skipped", "plan", "move", "imagining", "July", NULL);
  wm_test_cli_assert_refused (f->file, "no free month after it", "plan", "skip", "2027-03", NULL);

  after = wm_test_cli_run_ok (f->file, "plan", "show", "--year", NULL);
  g_assert_cmpstr (after, ==,
                   "Plan year 2026-27 (2026-09 to 2027-07)\n"
                   "2026-09  Making links  online Tue 1 Sep, team Tue 8 Sep 15:45  0 of 4 done\n"
                   "2026-10  Managing distractions  online Tue 6 Oct, team Tue 13 Oct 15:45  0 of 4 done\n"
                   "2026-11  Imitation  online Tue 3 Nov, team Tue 10 Nov 15:45  0 of 4 done\n"
                   "2026-12  no habit\n"
                   "2027-01  Perseverance  online Tue 5 Jan, team Tue 12 Jan 15:45  0 of 4 done\n"
                   "2027-02  Questioning  online Tue 2 Feb, team Tue 9 Feb 15:45  0 of 4 done\n"
                   "2027-03  Imagining  online Tue 2 Mar, team Tue 9 Mar 15:45  0 of 4 done\n"
                   "2027-04  Reasoning  online Tue 6 Apr, team Tue 13 Apr 15:45  0 of 4 done\n"
                   "2027-05  Capitalising  online Tue 4 May, team Tue 11 May 15:45  0 of 4 done\n"
                   "2027-06  Absorption  online Tue 1 Jun, team Tue 8 Jun 15:45  0 of 4 done\n"
                   "2027-07  skipped\n");
}

static void
test_done_and_due (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *year = wm_test_cli_run_ok (f->file, "plan", "show", "--year", NULL);
  g_autofree char *done = NULL;
  g_autofree char *today = NULL;
  g_autofree char *due = NULL;
  g_autofree char *show = NULL;

  /* A new file, with its draft. */
  g_assert_cmpstr (year, ==, draft_year);

  g_setenv ("WAYMARK_TODAY", "2026-09-10", TRUE);
  done = wm_test_cli_run_ok (f->file, "plan", "done", "sep", "2", "--note", "Culture walk", "--date", "2026-09-05", NULL);
  g_assert_cmpstr (done, ==,
                   "2026-09  Absorption: section 2, taking the habit into classroom culture: done Sat 5 Sep\n");
  today = wm_test_cli_run_ok (f->file, "plan", "done", "2026-09", "1", NULL);
  g_assert_cmpstr (today, ==, "2026-09  Absorption: section 1, how the habit develops: done Thu 10 Sep\n");

  due = wm_test_cli_run_ok (f->file, "plan", "due", NULL);
  g_assert_cmpstr (due, ==,
                   "Mon 7 Sep  Absorption: section 3, teaching for learning  OVERDUE\n"
                   "Tue 8 Sep  Absorption: Professional Learning Team session at 15:45  OVERDUE\n");

  show = wm_test_cli_run_ok (f->file, "plan", "show", NULL);
  g_assert_cmpstr (show, ==,
                   "Plan year 2026-27 (2026-09 to 2027-07)\n"
                   "2026-09  Absorption  online Tue 1 Sep, team Tue 8 Sep 15:45  2 of 4 done\n"
                   "  1  How the habit develops (20 min)  done Thu 10 Sep\n"
                   "  2  Taking the habit into classroom culture (10 min)  done Sat 5 Sep: Culture walk\n"
                   "  3  Teaching for learning (30 min)  due Mon 7 Sep\n"
                   "  4  Professional Learning Team session (75 min)  due Tue 8 Sep\n"
                   "Due this week and overdue:\n"
                   "Mon 7 Sep  Absorption: section 3, teaching for learning  OVERDUE\n"
                   "Tue 8 Sep  Absorption: Professional Learning Team session at 15:45  OVERDUE\n");

  wm_test_cli_assert_refused (f->file, "“5” is not a section (1 to 4)", "plan", "done", "2026-09", "5", NULL);
  wm_test_cli_assert_refused (f->file, "“5 Sept” is not a date", "plan", "done", "2026-09", "3", "--date", "5 Sept", NULL);
  wm_test_cli_assert_refused (f->file, "2027-06 holds no habit session", "plan", "done", "2027-06", "1", NULL);
  wm_test_cli_assert_refused (f->file, "--owner is only for", "plan", "done", "2026-09", "3", "--owner", "Ms Khan", NULL);

  g_setenv ("WAYMARK_TODAY", "10/09/2026", TRUE);
  wm_test_cli_assert_refused (f->file, "WAYMARK_TODAY is “10/09/2026”", "plan", "due", NULL);
}

static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *year = wm_test_cli_run_ok (f->file, "plan", "show", "--year", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *show = NULL;

  /* A new file, with its draft. */
  g_assert_cmpstr (year, ==, draft_year);

  first = wm_test_cli_run_ok (f->file, "plan", "counts", "2026-09", "3B", "2", "5", "10", "3", "0", "--date", "2026-09-03", NULL);
  g_assert_cmpstr (first, ==,
                   "2026-09  Absorption  3B: 2 5 10 3 0 (20 pupils); every group counted: mean phase 2.7\n");
  second = wm_test_cli_run_ok (f->file, "plan", "counts", "September", "4A", "0", "0", "5", "5", "0", NULL);
  g_assert_cmpstr (second, ==,
                   "2026-09  Absorption  4A: 0 0 5 5 0 (10 pupils); every group counted: mean phase 3.0\n");

  show = wm_test_cli_run_ok (f->file, "plan", "show", NULL);
  g_assert_nonnull (strstr (show, "\n  Phases of 3B: 2 5 10 3 0 (mean 2.7)\n  Phases of 4A: 0 0 5 5 0 (mean 3.5)\n"));

  wm_test_cli_assert_refused (f->file, "add up to no pupils", "plan", "counts", "2026-09", "5C", "0", "0", "0", "0", "0", NULL);
  wm_test_cli_assert_refused (f->file, "“many” is not a number of pupils", "plan", "counts", "2026-09", "5C", "1", "2", "many", "0", "0", NULL);
  wm_test_cli_assert_refused (f->file, "2027-07 holds no habit session", "plan", "counts", "2027-07", "5C", "1", "2", "3", "0", "0", NULL);
  wm_test_cli_assert_refused (f->file, "wrong number of arguments", "plan", "counts", "2026-09", "5C", "1", "2", "3", NULL);
}

static void
test_place (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *marking = wm_test_cli_run_ok (f->file, "action", "add", "Review the marking policy", "lqf:8.3g",
                                                 "--owner", "Ms Khan", "--due", "2026-10-16", NULL);
  g_autofree char *parents = wm_test_cli_run_ok (f->file, "action", "add", "Plan the parents’ evening", "lqf:8.3g", NULL);
  g_autofree char *placed = NULL;
  g_autofree char *second = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *year = NULL;
  g_autofree char *month = NULL;
  g_autofree char *unplaced = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpstr (marking, ==, "action 1: Review the marking policy (lqf: 8.3g)\n");
  g_assert_cmpstr (parents, ==, "action 2: Plan the parents’ evening (lqf: 8.3g)\n");

  /* Placed in a month by name or as YYYY-MM; placed again elsewhere, it moves. */
  placed = wm_test_cli_run_ok (f->file, "plan", "place", "1", "oct", NULL);
  g_assert_cmpstr (placed, ==, "Action 1: Review the marking policy: placed in 2026-10\n");
  second = wm_test_cli_run_ok (f->file, "plan", "place", "2", "2026-11", NULL);
  g_assert_cmpstr (second, ==, "Action 2: Plan the parents’ evening: placed in 2026-11\n");
  moved = wm_test_cli_run_ok (f->file, "plan", "place", "2", "October", NULL);
  g_assert_cmpstr (moved, ==, "Action 2: Plan the parents’ evening: placed in 2026-10\n");

  /* The year shows each month's actions under it, soonest due first. */
  year = wm_test_cli_run_ok (f->file, "plan", "show", "--year", NULL);
  g_assert_nonnull (strstr (year,
                            "2026-10  Managing distractions  online Tue 6 Oct, team Tue 13 Oct 15:45  0 of 4 done\n"
                            "  Action 1: Review the marking policy (Ms Khan, due Fri 16 Oct)\n"
                            "  Action 2: Plan the parents’ evening (no owner)\n"
                            "2026-11  Noticing  online Tue 3 Nov, team Tue 10 Nov 15:45  0 of 4 done\n"));

  /* So does the month, on a day in October. */
  g_setenv ("WAYMARK_TODAY", "2026-10-01", TRUE);
  month = wm_test_cli_run_ok (f->file, "plan", "show", NULL);
  g_assert_nonnull (strstr (month, "  Action 1: Review the marking policy (Ms Khan, due Fri 16 Oct)\n"));

  /* Taken out: in no month, still in the action plan. */
  unplaced = wm_test_cli_run_ok (f->file, "plan", "unplace", "1", NULL);
  g_assert_cmpstr (unplaced, ==, "Action 1: Review the marking policy: in no month of the plan\n");
  after = wm_test_cli_run_ok (f->file, "plan", "show", "--year", NULL);
  g_assert_null (strstr (after, "Action 1:"));
  g_assert_nonnull (strstr (after, "  Action 2: Plan the parents’ evening (no owner)\n"));

  wm_test_cli_assert_refused (f->file, "No action 9", "plan", "place", "9", "2026-10", NULL);
  wm_test_cli_assert_refused (f->file, "“x” is not an action number", "plan", "place", "x", "2026-10", NULL);
  wm_test_cli_assert_refused (f->file, "“2027-08” is not a month of plan year 2026-27", "plan", "place", "2", "2027-08", NULL);
  wm_test_cli_assert_refused (f->file, "No action 9", "plan", "unplace", "9", NULL);
  wm_test_cli_assert_refused (f->file, "wrong number of arguments", "plan", "place", "2", NULL);
  wm_test_cli_assert_refused (f->file, "--note is only for", "plan", "place", "2", "2026-10", "--note", "x", NULL);
}

static void
test_review_day (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *year = wm_test_cli_run_ok (f->file, "plan", "show", "--year", NULL);
  g_autofree char *set = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *cleared = NULL;
  g_autofree char *again = NULL;
  g_autofree char *after = NULL;

  /* None in a new file's draft. */
  g_assert_cmpstr (year, ==, draft_year);

  /* --note is the senior leaders' morning. */
  set = wm_test_cli_run_ok (f->file, "plan", "review-day", "2027-07-02", "--note", "Walk the classrooms", NULL);
  g_assert_cmpstr (set, ==,
                   "Review and Renew day: Fri 2 Jul 2027\n"
                   "  Senior leaders, morning: Walk the classrooms\n");

  /* Moved without --note: the note is kept. */
  moved = wm_test_cli_run_ok (f->file, "plan", "review-day", "2027-07-05", NULL);
  g_assert_cmpstr (moved, ==,
                   "Review and Renew day: Mon 5 Jul 2027\n"
                   "  Senior leaders, morning: Walk the classrooms\n");
  shown = wm_test_cli_run_ok (f->file, "plan", "show", "--year", NULL);
  g_assert_true (g_str_has_suffix (shown,
                                   "2027-07  no habit\n"
                                   "Review and Renew day: Mon 5 Jul 2027\n"
                                   "  Senior leaders, morning: Walk the classrooms\n"));

  wm_test_cli_assert_refused (f->file, "“2027-07-32” is not a date", "plan", "review-day", "2027-07-32", NULL);
  wm_test_cli_assert_refused (f->file, "--note is not for plan review-day clear", "plan", "review-day", "clear", "--note", "x", NULL);
  wm_test_cli_assert_refused (f->file, "wrong number of arguments", "plan", "review-day", NULL);

  /* Cleared, notes and all; clearing again changes nothing. */
  cleared = wm_test_cli_run_ok (f->file, "plan", "review-day", "clear", NULL);
  g_assert_cmpstr (cleared, ==, "No Review and Renew day in plan year 2026-27\n");
  again = wm_test_cli_run_ok (f->file, "plan", "review-day", "clear", NULL);
  g_assert_cmpstr (again, ==, "No Review and Renew day in plan year 2026-27\n");
  after = wm_test_cli_run_ok (f->file, "plan", "show", "--year", NULL);
  g_assert_cmpstr (after, ==, draft_year);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/plan/show-year", test_show_year);
  ADD ("/cli/plan/schedule", test_schedule);
  ADD ("/cli/plan/done-and-due", test_done_and_due);
  ADD ("/cli/plan/counts", test_counts);
  ADD ("/cli/plan/place", test_place);
  ADD ("/cli/plan/review-day", test_review_day);
#undef ADD

  return g_test_run ();
}
