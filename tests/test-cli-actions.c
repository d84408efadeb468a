/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-actions"

#include "config.h"

#include <gio/gio.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/*
 * waymark-cli action add, list and set, driven for real. "Today" is fixed at
 * 2025-03-10 through WAYMARK_TODAY, which the spawned waymark-cli inherits.
 */

#define TODAY "2025-03-10"

static void
test_add_and_list (WmTestSchool  *f,
                   gconstpointer  data)
{
  g_autofree char *out = NULL;

  out = wm_test_cli_run_ok (f->path, "action", "list", NULL);
  g_assert_cmpstr (out, ==, "No actions yet\n");
  g_clear_pointer (&out, g_free);

  out = wm_test_cli_run_ok (f->path, "action", "add", "Peer observation of questioning", "8.3g", "lqf:8.4g",
                            "--owner", "Mr Okafor", "--due", "2025-03-01", "--target", "Secure", NULL);
  g_assert_cmpstr (out, ==, "action 1: Peer observation of questioning (lqf: 8.3g, 8.4g)\n");
  g_clear_pointer (&out, g_free);

  out = wm_test_cli_run_ok (f->path, "action", "add", "Reading corners", "habits:absorption-1", NULL);
  g_assert_cmpstr (out, ==, "action 2: Reading corners (habits: absorption-1)\n");
  g_clear_pointer (&out, g_free);

  out = wm_test_cli_run_ok (f->path, "action", "add", "Staff survey", "1.1b", "--owner=Ms Khan",
                            "--due=" TODAY, NULL);
  g_assert_cmpstr (out, ==, "action 3: Staff survey (lqf: 1.1b)\n");
  g_clear_pointer (&out, g_free);

  /* By due date, undated last; only the open one due before today is overdue. */
  out = wm_test_cli_run_ok (f->path, "action", "list", NULL);
  g_assert_cmpstr (out, ==,
                   "1\t2025-03-01\tplanned\tMr Okafor\tPeer observation of questioning\t"
                   "lqf: 8.3g, 8.4g\tOVERDUE\n"
                   "3\t" TODAY "\tplanned\tMs Khan\tStaff survey\tlqf: 1.1b\n"
                   "2\t-\tplanned\t-\tReading corners\thabits: absorption-1\n");
  g_clear_pointer (&out, g_free);

  out = wm_test_cli_run_ok (f->path, "action", "list", "--owner", "ms khan", NULL);
  g_assert_cmpstr (out, ==, "3\t" TODAY "\tplanned\tMs Khan\tStaff survey\tlqf: 1.1b\n");
  g_clear_pointer (&out, g_free);

  out = wm_test_cli_run_ok (f->path, "action", "list", "--owner", "Mr Nobody", NULL);
  g_assert_cmpstr (out, ==, "No actions owned by Mr Nobody\n");
}

static void
test_set (WmTestSchool  *f,
          gconstpointer  data)
{
  g_autofree char *out = NULL;

  g_free (wm_test_cli_run_ok (f->path, "action", "add", "Peer observation", "8.3g", "--due", "2025-03-01", NULL));
  g_free (wm_test_cli_run_ok (f->path, "action", "add", "Reading corners", "habits:absorption-1", NULL));

  /* Done is no longer overdue. */
  out = wm_test_cli_run_ok (f->path, "action", "set", "1", "status", "done", NULL);
  g_assert_cmpstr (out, ==, "1\t2025-03-01\tdone\t-\tPeer observation\tlqf: 8.3g\n");
  g_clear_pointer (&out, g_free);

  out = wm_test_cli_run_ok (f->path, "action", "set", "2", "status", "Under way", NULL);
  g_assert_cmpstr (out, ==, "2\t-\tunder-way\t-\tReading corners\thabits: absorption-1\n");
  g_clear_pointer (&out, g_free);

  out = wm_test_cli_run_ok (f->path, "action", "set", "2", "due", "2025-03-09", NULL);
  g_assert_cmpstr (out, ==,
                   "2\t2025-03-09\tunder-way\t-\tReading corners\thabits: absorption-1\tOVERDUE\n");
  g_clear_pointer (&out, g_free);

  out = wm_test_cli_run_ok (f->path, "action", "set", "2", "owner", "Ms Khan", NULL);
  g_clear_pointer (&out, g_free);
  out = wm_test_cli_run_ok (f->path, "action", "set", "2", "title", "Reading corners in every room", NULL);
  g_clear_pointer (&out, g_free);
  out = wm_test_cli_run_ok (f->path, "action", "set", "2", "notes", "Books from the PTA", NULL);
  g_clear_pointer (&out, g_free);
  out = wm_test_cli_run_ok (f->path, "action", "set", "2", "target", "most", NULL);
  g_clear_pointer (&out, g_free);

  /* "-" takes the due date away, as `action list` shows it. */
  out = wm_test_cli_run_ok (f->path, "action", "set", "2", "due", "-", NULL);
  g_assert_cmpstr (out, ==,
                   "2\t-\tunder-way\tMs Khan\tReading corners in every room\thabits: absorption-1\n");
  g_clear_pointer (&out, g_free);

  out = wm_test_cli_run_ok (f->path, "action", "list", NULL);
  g_assert_cmpstr (out, ==,
                   "1\t2025-03-01\tdone\t-\tPeer observation\tlqf: 8.3g\n"
                   "2\t-\tunder-way\tMs Khan\tReading corners in every room\thabits: absorption-1\n");

  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM actions WHERE id = 2 AND "
                                                "notes = 'Books from the PTA' AND "
                                                "target_rating_id = 'most'"), ==, 1);
}

static void
test_refused (WmTestSchool  *f,
              gconstpointer  data)
{
  /* A failed first command leaves no school file behind. */
  wm_test_cli_assert_refused (f->path, "an action belongs to one framework",
                              "action", "add", "Plan", "lqf:8.3g", "habits:absorption-1", NULL);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  g_free (wm_test_cli_run_ok (f->path, "action", "add", "Plan", "8.3g", NULL));

  wm_test_cli_assert_refused (f->path, "an action belongs to one framework",
                              "action", "add", "Plan", "lqf:8.3g", "habits:absorption-1", NULL);
  wm_test_cli_assert_refused (f->path, "No descriptor “lqf:99z”", "action", "add", "Plan", "lqf:99z", NULL);
  wm_test_cli_assert_refused (f->path, "“2025-02-30” is not a date",
                              "action", "add", "Plan", "8.3g", "--due", "2025-02-30", NULL);
  wm_test_cli_assert_refused (f->path, "“brilliant” is not a rating of framework lqf",
                              "action", "add", "Plan", "8.3g", "--target", "brilliant", NULL);
  wm_test_cli_assert_refused (f->path, "needs a title", "action", "add", " ", "8.3g", NULL);
  wm_test_cli_assert_refused (f->path, "wrong number of arguments", "action", "add", "Plan", NULL);
  wm_test_cli_assert_refused (f->path, "--due is only for inclusion intervention add and action add",
                              "action", "list", "--due", TODAY, NULL);
  wm_test_cli_assert_refused (f->path, "--target is only for action add",
                              "action", "set", "1", "status", "done", "--target", "secure", NULL);

  wm_test_cli_assert_refused (f->path, "“finished” is not an action status",
                              "action", "set", "1", "status", "finished", NULL);
  wm_test_cli_assert_refused (f->path, "“colour” is not a field of an action",
                              "action", "set", "1", "colour", "blue", NULL);
  wm_test_cli_assert_refused (f->path, "“one” is not an action number", "action", "set", "one", "status",
                              "done", NULL);
  wm_test_cli_assert_refused (f->path, "No action 99", "action", "set", "99", "status", "done", NULL);
  wm_test_cli_assert_refused (f->path, "“2025-13-01” is not a date",
                              "action", "set", "1", "due", "2025-13-01", NULL);
  wm_test_cli_assert_refused (f->path, "wrong number of arguments", "action", "set", "1", "status", NULL);

  /* A WAYMARK_TODAY that is not a date is said to be wrong, not taken for today. */
  g_setenv ("WAYMARK_TODAY", "10/03/2025", TRUE);
  wm_test_cli_assert_refused (f->path, "WAYMARK_TODAY is “10/03/2025”", "action", "list", NULL);
  g_setenv ("WAYMARK_TODAY", TODAY, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* Inherited by every waymark-cli the tests spawn. */
  g_setenv ("WAYMARK_TODAY", TODAY, TRUE);

#define ADD(path, func) \
  g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/cli-actions/add-and-list", test_add_and_list);
  ADD ("/cli-actions/set", test_set);
  ADD ("/cli-actions/refused", test_refused);
#undef ADD

  return g_test_run ();
}
