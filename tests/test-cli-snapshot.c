/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-snapshot"

#include "config.h"

#include <gio/gio.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/* waymark-cli snapshot create, list and diff, and score, driven for real. */

typedef struct {
  char *dir;
  char *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = wm_test_make_dir ("test-cli-snapshot-XXXXXX");
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

/* Runs waymark-cli with the NULL-terminated arguments; it must succeed, silent on stderr. */
G_GNUC_NULL_TERMINATED static char *
run_ok (const char *file,
        ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *arg;
  va_list ap;

  va_start (ap, file);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_assert_cmpint (wm_test_run_cli_argv (NULL, file, (const char * const *) args->pdata, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  return out;
}

/* Runs a command that must fail with status 2, a message containing @message,
 * nothing on stdout, and the school file exactly as it was. */
static void
assert_refused (const char *file,
                const char *message,
                const char *a,
                const char *b,
                const char *c,
                const char *d,
                const char *e)
{
  const char *args[] = { a, b, c, d, e, NULL };
  g_autofree char *wal = g_strconcat (file, "-wal", NULL);
  g_autoptr(GBytes) before = wm_test_read_bytes (file);
  g_autoptr(GBytes) wal_before = wm_test_read_bytes (wal);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) wal_after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (wm_test_run_cli_argv (NULL, file, args, &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "");
  if (strstr (err, message) == NULL)
    g_error ("expected “%s” in: %s", message, err);

  after = wm_test_read_bytes (file);
  wal_after = wm_test_read_bytes (wal);
  wm_test_assert_same_bytes (before, after);
  wm_test_assert_same_bytes (wal_before, wal_after);
}

static void
rate (const char *file,
      const char *descriptor,
      const char *rating,
      const char *note)
{
  g_autofree char *out = note ? run_ok (file, "rate", descriptor, rating, "--note", note, NULL)
                              : run_ok (file, "rate", descriptor, rating, NULL);
}

static void
assert_has_line (const char *out,
                 const char *line)
{
  g_autofree char *alone = g_strconcat (line, "\n", NULL);
  g_autofree char *after_another = g_strconcat ("\n", line, "\n", NULL);

  if (!g_str_has_prefix (out, alone) && strstr (out, after_another) == NULL)
    g_error ("expected the line “%s” in:\n%s", line, out);
}

static void
test_create_list (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *none = run_ok (f->file, "snapshot", "list", NULL);
  g_autofree char *created = NULL;
  g_autofree char *autumn = NULL;
  g_autofree char *all = NULL;
  g_autofree char *lqf = NULL;
  g_autofree char *habits = NULL;
  g_autofree char *expected = NULL;

  g_assert_cmpstr (none, ==, "No snapshots yet\n");

  rate (f->file, "1.1b", "secure", NULL);
  rate (f->file, "2.1b", "not-applicable", "No separate view of learning");
  created = run_ok (f->file, "snapshot", "create", "lqf", "Baseline, September 2026",
                    "--date", "2026-09-01", NULL);
  g_assert_true (g_str_has_prefix (created, "lqf\tBaseline, September 2026\t2026-09-01\t"
                                            "2 of 96 judged\tversion 1\t"));

  autumn = run_ok (f->file, "snapshot", "create", "lqf", "Autumn review", NULL);
  expected = g_strdup_printf ("lqf\tAutumn review\t%s\t2 of 96 judged\tversion 1\t", today);
  g_assert_true (g_str_has_prefix (autumn, expected));

  /* Oldest first, each as it was printed when taken. */
  all = run_ok (f->file, "snapshot", "list", NULL);
  lqf = run_ok (f->file, "snapshot", "list", "lqf", NULL);
  g_assert_cmpstr (all, ==, lqf);
  g_clear_pointer (&expected, g_free);
  expected = g_strconcat (created, autumn, NULL);
  g_assert_cmpstr (lqf, ==, expected);
  habits = run_ok (f->file, "snapshot", "list", "habits", NULL);
  g_assert_cmpstr (habits, ==, "Framework habits has no snapshots yet\n");

  assert_refused (f->file, "Framework lqf already has a snapshot named “Autumn review”",
                  "snapshot", "create", "lqf", "autumn review", NULL);
  assert_refused (f->file, "“2026-13-01” is not a date: write it as YYYY-MM-DD",
                  "snapshot", "create", "lqf", "Spring", "--date=2026-13-01");
  assert_refused (f->file, "A snapshot needs a name", "snapshot", "create", "lqf", " ", NULL);
  assert_refused (f->file, "No framework “nope”", "snapshot", "create", "nope", "Spring", NULL);
  assert_refused (f->file, "No framework “nope”", "snapshot", "list", "nope", NULL, NULL);
  assert_refused (f->file, "wrong number of arguments", "snapshot", "create", "lqf", NULL, NULL);
  assert_refused (f->file, "--date is only for snapshot create", "score", "lqf", "--date=2026-09-01", NULL, NULL);
  assert_refused (f->file, "--snapshot is only for score", "snapshot", "list", "--snapshot=x", NULL, NULL);
}

static void
test_diff (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *created = NULL;
  g_autofree char *a_to_b = NULL;
  g_autofree char *qualified = NULL;
  g_autofree char *b_to_now = NULL;
  g_autofree char *now_to_a = NULL;
  g_autofree char *habits = NULL;

  rate (f->file, "1.1b", "developing", NULL);
  rate (f->file, "1.2b", "partial", NULL);
  rate (f->file, "3.1b", "not-applicable", "Covered by the trust's policy");
  created = run_ok (f->file, "snapshot", "create", "lqf", "Baseline", "--date", "2026-09-01", NULL);
  g_clear_pointer (&created, g_free);

  rate (f->file, "1.1b", "secure", NULL);
  rate (f->file, "1.2b", "developing", NULL);
  rate (f->file, "2.1b", "not-applicable", "Not in our setting");
  rate (f->file, "3.1b", "partial", NULL);
  created = run_ok (f->file, "snapshot", "create", "lqf", "Autumn review", "--date", "2026-10-20", NULL);

  a_to_b = run_ok (f->file, "snapshot", "diff", "Baseline", "Autumn review", NULL);
  g_assert_cmpstr (a_to_b, ==,
                   "1.1b\tDeveloping\t↑\tSecure\n"
                   "1.2b\tPartial\t↓\tDeveloping\n"
                   "2.1b\tNot yet started\t→\tNot applicable\n"
                   "3.1b\tNot applicable\t→\tPartial\n"
                   "1 up, 1 down, 2 changed\n");
  qualified = run_ok (f->file, "snapshot", "diff", "lqf:baseline", "AUTUMN REVIEW", NULL);
  g_assert_cmpstr (qualified, ==, a_to_b);

  /* Now is either side. */
  rate (f->file, "12.2g", "developing", NULL);
  b_to_now = run_ok (f->file, "snapshot", "diff", "Autumn review", "now", NULL);
  g_assert_cmpstr (b_to_now, ==, "12.2g\tNot yet started\t↑\tDeveloping\n1 up, 0 down, 0 changed\n");
  now_to_a = run_ok (f->file, "snapshot", "diff", "now", "Baseline", NULL);
  g_assert_true (g_str_has_prefix (now_to_a, "1.1b\tSecure\t↓\tDeveloping\n"));
  assert_has_line (now_to_a, "12.2g\tDeveloping\t↓\tNot yet started");
  assert_has_line (now_to_a, "1 up, 2 down, 2 changed");

  /* A bare name two frameworks share must say which. */
  habits = run_ok (f->file, "snapshot", "create", "habits", "Baseline", NULL);
  assert_refused (f->file, "Several frameworks have a snapshot named “Baseline”: name it as habits:Baseline",
                  "snapshot", "diff", "Baseline", "now", NULL);
  assert_refused (f->file, "“habits:Baseline” is a snapshot of habits, not of lqf",
                  "snapshot", "diff", "Autumn review", "habits:Baseline", NULL);
  assert_refused (f->file, "Framework lqf has no snapshot named “Summer”",
                  "snapshot", "diff", "Autumn review", "Summer", NULL);
  assert_refused (f->file, "snapshot diff compares a snapshot", "snapshot", "diff", "now", "now", NULL);
  assert_refused (f->file, "wrong number of arguments", "snapshot", "diff", "Baseline", NULL, NULL);
}

static void
test_score (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *created = NULL;
  g_autofree char *then = NULL;
  g_autofree char *frozen = NULL;
  g_autofree char *later = NULL;
  g_autofree char *steps = NULL;

  rate (f->file, "1.1b", "secure", NULL);
  rate (f->file, "1.1s", "partial", NULL);
  rate (f->file, "1.1g", "developing", NULL);
  rate (f->file, "1.2b", "partial", NULL);
  rate (f->file, "12.1b", "developing", NULL);
  rate (f->file, "12.2b", "secure", NULL);
  rate (f->file, "12.2s", "secure", NULL);
  rate (f->file, "12.2g", "not-applicable", "Not our setting");

  then = run_ok (f->file, "score", "lqf", NULL);
  g_assert_true (g_str_has_prefix (then,
                   "1\tVision for Learning\t1.17 / 3\t"
                   "1.1: Bronze “Secure” (1.00) + Silver “Partial” (0.67) = 1.67 of 3 "
                   "(Gold “Developing” (0.33) not counted until Silver is “Secure”); "
                   "1.2: Bronze “Partial” (0.67) = 0.67 of 3; mean of 2 strands = 1.17 of 3\n"));
  assert_has_line (then, "12\tEvaluating the learning organisation\t1.67 / 3\t"
                         "12.1: Bronze “Developing” (0.33) = 0.33 of 3; "
                         "12.2: Bronze “Secure” (1.00) + Silver “Secure” (1.00) = 2.00 of 2 that apply, "
                         "3.00 of 3 (Gold not applicable); mean of 2 strands = 1.67 of 3");
  g_assert_true (g_str_has_suffix (then, "\nOverall\t0.24 / 3\tmean of 12 elements = 0.24 of 3\n"));

  /* A snapshot scores as now did when it was taken, whatever comes after. */
  created = run_ok (f->file, "snapshot", "create", "lqf", "Baseline", NULL);
  rate (f->file, "1.2b", "secure", NULL);
  frozen = run_ok (f->file, "score", "lqf", "--snapshot", "Baseline", NULL);
  g_assert_cmpstr (frozen, ==, then);
  later = run_ok (f->file, "score", "lqf", "--snapshot=now", NULL);
  g_assert_cmpstr (later, !=, then);

  steps = run_ok (f->file, "score", "becta-steps", NULL);
  g_assert_true (g_str_has_prefix (steps, "organisation\tSchool organisation and development\t0.00 / 5\t"
                                          "Step 1: Aware “Not yet” = 0 of 5\n"));

  assert_refused (f->file, "Framework habits has no snapshot named “Baseline”",
                  "score", "habits", "--snapshot", "Baseline", NULL);
  assert_refused (f->file, "“lqf:Baseline” is a snapshot of lqf, not of habits",
                  "score", "habits", "--snapshot", "lqf:Baseline", NULL);
  assert_refused (f->file, "No framework “nope”", "score", "nope", NULL, NULL, NULL);
}

static void
test_chart (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "lqf.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "lqf.svg", NULL);
  g_autofree char *odd = g_build_filename (f->dir, "lqf.doc", NULL);
  g_autofree char *rated = run_ok (f->file, "rate", "1.1b", "secure", NULL);
  g_autofree char *taken = run_ok (f->file, "snapshot", "create", "lqf", "Baseline", "--date=2026-09-01", NULL);
  g_autofree char *wrote = run_ok (f->file, "chart", "lqf", "Baseline", "--out", png, NULL);
  g_autofree char *wrote_svg = run_ok (f->file, "chart", "lqf", "--out", svg, NULL);
  g_autoptr(GBytes) bytes = wm_test_read_bytes (png);
  g_autofree char *svg_text = NULL;

  /* A real PNG and a real SVG, written whole. */
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "<svg"));

  assert_refused (f->file, "needs --out", "chart", "lqf", NULL, NULL, NULL);
  assert_refused (f->file, ".pdf, .svg or .png", "chart", "lqf", "--out", odd, NULL);
  assert_refused (f->file, "Nosuch", "chart", "lqf", "Nosuch", "--out", png);
  g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/snapshot/create-list", test_create_list);
  ADD ("/cli/snapshot/diff", test_diff);
  ADD ("/cli/snapshot/score", test_score);
  ADD ("/cli/snapshot/chart", test_chart);
#undef ADD

  return g_test_run ();
}
