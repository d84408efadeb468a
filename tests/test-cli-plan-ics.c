/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-plan-ics"

#include "config.h"

#include <gio/gio.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/* waymark-cli plan export-ics, driven for real. "Today" is fixed through WAYMARK_TODAY, which the
 * spawned waymark-cli inherits. */

static const char two_years_sql[] =
  "PRAGMA foreign_keys = ON;"
  "DELETE FROM plan_years;"
  "INSERT INTO plan_years (id, name, start_month, n_months, framework_id, created_at) VALUES "
  "  (1, '2026-27', '2026-09', 11, 'habits', '2026-07-01T09:00:00Z'),"
  "  (2, '2027-28', '2027-09', 11, 'habits', '2027-07-01T09:00:00Z');"
  "INSERT INTO plan_sessions (id, year_id, framework_id, habit_id, month, online_on) VALUES "
  "  (1, 1, 'habits', 'making-links', '2026-09', '2026-09-17'),"
  "  (2, 2, 'habits', 'absorption', '2027-09', '2027-09-16');"
  "INSERT INTO plan_sections (session_id, section, minutes, due_on) VALUES "
  "  (1, 1, 20, '2026-09-17'), (2, 1, 20, '2027-09-16');"
  "INSERT INTO plan_team_sessions (session_id, meets_on) VALUES (1, '2026-09-24'), (2, '2027-09-23');";

/* Runs waymark-cli plan export-ics @path: it must succeed, silent on stderr. */
static char *
export_ok (const char *file,
           const char *path)
{
  const char *args[] = { "plan", "export-ics", path, NULL };
  g_autofree char *err = NULL;
  char *out = NULL;

  g_assert_cmpint (wm_test_run_cli_argv (NULL, file, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  return out;
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_export (WmTestSchool  *f,
             gconstpointer  data)
{
  g_autofree char *made = wm_test_cli_ok (f->path, "frameworks", NULL, NULL);
  g_autofree char *path = g_build_filename (f->dir, "plan.ics", NULL);
  g_autofree char *expected = g_strdup_printf ("Wrote the 2026-27 year plan to %s\n", path);
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first_uid = NULL;

  wm_test_sqlite_exec (f->path, two_years_sql);

  /* October 2026 is in the first year. */
  out = export_ok (f->path, path);
  g_assert_cmpstr (out, ==, expected);
  text = read_text (path);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "X-WR-CALNAME:Stepping Stones 2026-27\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:Professional Learning Team: Making links\r\n"));
  g_assert_nonnull (strstr (text, "DTSTART;TZID=Europe/London:20260924T154500\r\n"));
  g_assert_null (strstr (text, "Absorption"));
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM school WHERE key = 'uid'"), ==, 1);

  /* August 2027 is between the years: the next one. */
  g_setenv ("WAYMARK_TODAY", "2027-08-20", TRUE);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&text, g_free);
  out = export_ok (f->path, path);
  g_assert_true (g_str_has_prefix (out, "Wrote the 2027-28 year plan to "));
  text = read_text (path);
  g_assert_nonnull (strstr (text, "X-WR-CALNAME:Stepping Stones 2027-28\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:Professional Learning Team: Absorption\r\n"));
  g_setenv ("WAYMARK_TODAY", "2026-10-05", TRUE);
}

static void
test_refused (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autofree char *made = wm_test_cli_ok (f->path, "frameworks", NULL, NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing", "plan.ics", NULL);
  g_autofree char *expected = g_strdup_printf ("Could not write %s", missing);

  /* Opening the file gives it a draft year plan, so "no year plan yet" is the core's to test
   * (test-plan-ics); here the draft makes way for two known years. */
  wm_test_sqlite_exec (f->path, "PRAGMA foreign_keys = ON; DELETE FROM plan_years");

  /* A folder that is not there is refused before the school file gets its calendar identity. */
  wm_test_sqlite_exec (f->path, two_years_sql);
  wm_test_cli_assert_refused (f->path, expected, "plan", "export-ics", missing, NULL);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  wm_test_cli_assert_refused (f->path, "wrong number of arguments", "plan", "export-ics", NULL);

  g_setenv ("WAYMARK_TODAY", "5 October", TRUE);
  wm_test_cli_assert_refused (f->path, "WAYMARK_TODAY is “5 October”", "plan", "export-ics", missing, NULL);
  g_setenv ("WAYMARK_TODAY", "2026-10-05", TRUE);

  /* Read last: a read-only look leaves the WAL file behind, which the checks above compare. */
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM school WHERE key = 'uid'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* Inherited by every waymark-cli the tests spawn. */
  g_setenv ("WAYMARK_TODAY", "2026-10-05", TRUE);

#define ADD(path, func) \
  g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/cli-plan-ics/export", test_export);
  ADD ("/cli-plan-ics/refused", test_refused);
#undef ADD

  return g_test_run ();
}
