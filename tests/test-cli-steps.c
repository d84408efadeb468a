/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-steps"

#include "config.h"

#include <gio/gio.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/* waymark-cli steps add, list and delete, driven for real. */

typedef struct {
  char *dir;
  char *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = wm_test_make_dir ("test-cli-steps-XXXXXX");
  f->file = g_build_filename (f->dir, "school.waymark", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  wm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->file);
}

static void
test_add_list (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *empty = wm_test_cli_run_ok (f->file, "steps", "list", NULL);
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autofree char *three = NULL;
  g_autofree char *four = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *five = NULL;
  g_autofree char *six = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *all = NULL;
  g_autofree char *talk = NULL;
  g_autofree char *words = NULL;
  g_autofree char *none = NULL;

  g_assert_cmpstr (empty, ==, "No small steps yet\n");

  /* A descriptor, a habit by title, nothing, and "-" before a piece of evidence. */
  one = wm_test_cli_run_ok (f->file, "steps", "add", "Ms Khan", "Started a noticing wall", "lqf:8.3g",
                            "--date", "2026-09-14", NULL);
  g_assert_cmpstr (one, ==, "1\t2026-09-14\tMs Khan\tStarted a noticing wall\tserves 8.3g\n");
  two = wm_test_cli_run_ok (f->file, "steps", "add", "JS", "Talk partners", "Absorption",
                            "--date", "2026-09-16", NULL);
  g_assert_cmpstr (two, ==, "2\t2026-09-16\tJS\tTalk partners\tserves Absorption\n");
  three = wm_test_cli_run_ok (f->file, "steps", "add", "JS", "Reading buddies", "--date=2026-12-29", NULL);
  g_assert_cmpstr (three, ==, "3\t2026-12-29\tJS\tReading buddies\n");
  four = wm_test_cli_run_ok (f->file, "steps", "add", "AB", "New year display", "-", "--date", "2027-01-02",
                             NULL);
  g_assert_cmpstr (four, ==, "4\t2027-01-02\tAB\tNew year display\n");
  evidence = wm_test_cli_run_ok (f->file, "evidence", "add", "8.3g", "https://example.org/wall", "--label",
                                 "Wall photo", NULL);
  five = wm_test_cli_run_ok (f->file, "steps", "add", "AB", "Linked two topics", "habits:making-links", "1",
                             "--date", "2027-01-05", NULL);
  g_assert_cmpstr (five, ==, "5\t2027-01-05\tAB\tLinked two topics\tserves Making links\t"
                             "evidence: Wall photo\n");

  /* Today by default. */
  six = wm_test_cli_run_ok (f->file, "steps", "add", "CD", "Assembly", NULL);
  expected = g_strdup_printf ("6\t%s\tCD\tAssembly\n", today);
  g_assert_cmpstr (six, ==, expected);
  g_free (wm_test_cli_run_ok (f->file, "steps", "delete", "6", NULL));

  /* Newest first under each ISO week: 2026-12-29 and 2027-01-02 share the week of 28 December. */
  all = wm_test_cli_run_ok (f->file, "steps", "list", NULL);
  g_assert_cmpstr (all, ==,
                   "Week of 2027-01-04: 1 step\n"
                   "  5\t2027-01-05\tAB\tLinked two topics\tserves Making links\tevidence: Wall photo\n"
                   "Week of 2026-12-28: 2 steps\n"
                   "  4\t2027-01-02\tAB\tNew year display\n"
                   "  3\t2026-12-29\tJS\tReading buddies\n"
                   "Week of 2026-09-14: 2 steps\n"
                   "  2\t2026-09-16\tJS\tTalk partners\tserves Absorption\n"
                   "  1\t2026-09-14\tMs Khan\tStarted a noticing wall\tserves 8.3g\n");

  /* Words, in any case, in who, what and what a step serves. */
  talk = wm_test_cli_run_ok (f->file, "steps", "list", "TALK", NULL);
  g_assert_cmpstr (talk, ==,
                   "Week of 2026-09-14: 1 step\n"
                   "  2\t2026-09-16\tJS\tTalk partners\tserves Absorption\n");
  words = wm_test_cli_run_ok (f->file, "steps", "list", "ab", "links", NULL);
  g_assert_cmpstr (words, ==,
                   "Week of 2027-01-04: 1 step\n"
                   "  5\t2027-01-05\tAB\tLinked two topics\tserves Making links\tevidence: Wall photo\n");
  none = wm_test_cli_run_ok (f->file, "steps", "list", "juggling", "clubs", NULL);
  g_assert_cmpstr (none, ==, "No small steps match “juggling clubs”\n");
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *first = wm_test_cli_run_ok (f->file, "steps", "add", "JS", "Talk partners", "--date",
                                               "2026-09-16", NULL);

  wm_test_cli_assert_refused (f->file, "“2026-02-30” is not a date", "steps", "add", "JS", "x",
                              "--date", "2026-02-30", NULL);
  wm_test_cli_assert_refused (f->file, "No descriptor or habit “Juggling”", "steps", "add", "JS", "x",
                              "Juggling", NULL);
  wm_test_cli_assert_refused (f->file, "framework lqf has no “99.9z”", "steps", "add", "JS", "x",
                              "lqf:99.9z", NULL);
  wm_test_cli_assert_refused (f->file, "“one” is not an evidence number", "steps", "add", "JS", "x", "-",
                              "one", NULL);
  wm_test_cli_assert_refused (f->file, "No evidence 99", "steps", "add", "JS", "x", "-", "99", NULL);
  wm_test_cli_assert_refused (f->file, "who took it", "steps", "add", " ", "x", NULL);
  wm_test_cli_assert_refused (f->file, "what was done", "steps", "add", "JS", "", NULL);
  wm_test_cli_assert_refused (f->file, "wrong number of arguments", "steps", "add", "JS", NULL);
  wm_test_cli_assert_refused (f->file, "--out is only for", "steps", "list", "--out", "x.pdf", NULL);
  wm_test_cli_assert_refused (f->file, "“two” is not a step number", "steps", "delete", "two", NULL);
  wm_test_cli_assert_refused (f->file, "No small step 2", "steps", "delete", "2", NULL);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *first = wm_test_cli_run_ok (f->file, "steps", "add", "JS", "Talk partners", "--date",
                                               "2026-09-16", NULL);
  g_autofree char *second = wm_test_cli_run_ok (f->file, "steps", "add", "AB", "Reading buddies", "--date",
                                                "2026-09-17", NULL);
  g_autofree char *deleted = wm_test_cli_run_ok (f->file, "steps", "delete", "1", NULL);
  g_autofree char *left = wm_test_cli_run_ok (f->file, "steps", "list", NULL);

  g_assert_cmpstr (deleted, ==, "Deleted step 1: Talk partners\n");
  g_assert_cmpstr (left, ==,
                   "Week of 2026-09-14: 1 step\n"
                   "  2\t2026-09-17\tAB\tReading buddies\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/steps/add-list", test_add_list);
  ADD ("/cli/steps/refused", test_refused);
  ADD ("/cli/steps/delete", test_delete);
#undef ADD

  return g_test_run ();
}
