/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-survey"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/* waymark-cli survey add-round, record, summary and chart, driven for real. */

typedef struct {
  char *dir;
  char *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = wm_test_make_dir ("test-cli-survey-XXXXXX");
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

/* The rounds of test-surveys.c: Baseline, identifying needs in metacognition 2, 3, 5 and
 * supporting 4; SEL 1, 3 and 2, 4. Repeat: metacognition 4, 4; behaviour support 3; SEL 3. */
static void
fill_two_rounds (const char *file)
{
  g_autofree char *baseline = wm_test_cli_run_ok (file, "survey", "add-round", "Baseline", "--date",
                                                  "2026-09-15", NULL);
  g_autofree char *repeat = wm_test_cli_run_ok (file, "survey", "add-round", "Repeat", "eef-pillars",
                                                "--date", "2026-12-08", NULL);
  g_autofree char *js = NULL;
  g_autofree char *ab = NULL;

  g_assert_cmpstr (baseline, ==, "survey round 1: Baseline (2026-09-15), about eef-pillars\n");
  g_assert_cmpstr (repeat, ==, "survey round 2: Repeat (2026-12-08), about eef-pillars\n");

  js = wm_test_cli_run_ok (file, "survey", "record", "Baseline", "JS", "metacognition=2/4", "sel=1/2", NULL);
  g_assert_cmpstr (js, ==, "Recorded 4 answers from JS in Baseline (2026-09-15)\n");
  ab = wm_test_cli_run_ok (file, "survey", "record", "baseline", "AB", "Metacognition=3/-", "sel=3/", NULL);
  g_assert_cmpstr (ab, ==, "Recorded 2 answers from AB in Baseline (2026-09-15)\n");
  g_free (wm_test_cli_run_ok (file, "survey", "record", "Baseline", "Y4", "metacognition=5/",
                              "Social and emotional learning=/4", NULL));

  g_free (wm_test_cli_run_ok (file, "survey", "record", "Repeat", "JS", "metacognition=4/-", "behaviour=-/3",
                              "sel-identify=3", NULL));
  g_free (wm_test_cli_run_ok (file, "survey", "record", "Repeat", "AB", "metacognition=4/-", NULL));
}

#define BASELINE \
  "Baseline (2026-09-15): 3 respondents\n" \
  "pillar\tidentify\tsupport\n" \
  "metacognition\t3.33 ± 1.53 (n 3)\t4.00 ± 0.00 (n 1)\n" \
  "behaviour\t– (n 0)\t– (n 0)\n" \
  "sel\t2.00 ± 1.41 (n 2)\t3.00 ± 1.41 (n 2)\n" \
  "parents\t– (n 0)\t– (n 0)\n" \
  "send\t– (n 0)\t– (n 0)\n"

#define REPEAT \
  "Repeat (2026-12-08): 2 respondents\n" \
  "pillar\tidentify\tsupport\n" \
  "metacognition\t4.00 ± 0.00 (n 2)\t– (n 0)\n" \
  "behaviour\t– (n 0)\t3.00 ± 0.00 (n 1)\n" \
  "sel\t3.00 ± 0.00 (n 1)\t– (n 0)\n" \
  "parents\t– (n 0)\t– (n 0)\n" \
  "send\t– (n 0)\t– (n 0)\n"

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *none = wm_test_cli_run_ok (f->file, "survey", "summary", NULL);
  g_autofree char *baseline = NULL;
  g_autofree char *all = NULL;
  g_autofree char *change = NULL;
  g_autofree char *again = NULL;
  g_autofree char *replaced = NULL;

  g_assert_cmpstr (none, ==, "No survey rounds yet\n");
  fill_two_rounds (f->file);

  baseline = wm_test_cli_run_ok (f->file, "survey", "summary", "Baseline", NULL);
  g_assert_cmpstr (baseline, ==, BASELINE);
  all = wm_test_cli_run_ok (f->file, "survey", "summary", NULL);
  g_assert_cmpstr (all, ==, BASELINE "\n" REPEAT);

  change = wm_test_cli_run_ok (f->file, "survey", "summary", "Baseline", "Repeat", NULL);
  g_assert_cmpstr (change, ==,
                   BASELINE "\n" REPEAT "\n"
                   "Change from Baseline (2026-09-15) to Repeat (2026-12-08)\n"
                   "pillar\tidentify\tsupport\n"
                   "metacognition\t3.33 → 4.00 (+0.67)\t4.00 → –\n"
                   "behaviour\t– → –\t– → 3.00\n"
                   "sel\t2.00 → 3.00 (+1.00)\t3.00 → –\n"
                   "parents\t– → –\t– → –\n"
                   "send\t– → –\t– → –\n");

  /* Recording a respondent again replaces what they said. */
  again = wm_test_cli_run_ok (f->file, "survey", "record", "Repeat", "ab", "metacognition=2/2", NULL);
  g_assert_cmpstr (again, ==, "Recorded 2 answers from ab in Repeat (2026-12-08)\n");
  replaced = wm_test_cli_run_ok (f->file, "survey", "summary", "Repeat", NULL);
  g_assert_nonnull (strstr (replaced, "metacognition\t3.00 ± 1.41 (n 2)\t2.00 ± 0.00 (n 1)\n"));
  g_assert_true (g_str_has_prefix (replaced, "Repeat (2026-12-08): 2 respondents\n"));
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  fill_two_rounds (f->file);

  wm_test_cli_assert_refused (f->file, "No survey round named “Spring”", "survey", "record", "Spring", "JS",
                              "metacognition=3/4", NULL);
  wm_test_cli_assert_refused (f->file, "“metacognition” is not an answer: write PILLAR=I/S", "survey",
                              "record", "Baseline", "JS", "metacognition", NULL);
  wm_test_cli_assert_refused (f->file, "“juggling” is not a pillar of this survey (use one of: metacognition, "
                              "behaviour, sel, parents, send)", "survey", "record", "Baseline", "JS",
                              "juggling=3/4", NULL);
  wm_test_cli_assert_refused (f->file, "“send=3” needs 2 scores, as send=identify/support", "survey",
                              "record", "Baseline", "JS", "send=3", NULL);
  wm_test_cli_assert_refused (f->file, "“6” is not a score from 1 to 5", "survey", "record", "Baseline",
                              "JS", "send=3/6", NULL);
  wm_test_cli_assert_refused (f->file, "No answers to record for JS", "survey", "record", "Baseline", "JS",
                              "send=-/-", NULL);
  wm_test_cli_assert_refused (f->file, "JS answered “send-support” twice", "survey", "record", "Baseline",
                              "JS", "send=3/4", "send-support=2", NULL);
  wm_test_cli_assert_refused (f->file, "in at most 40 characters", "survey", "record", "Baseline",
                              "Teaching assistant, Year 3, mornings only", "send=3/4", NULL);
  wm_test_cli_assert_refused (f->file, "There is already a survey round named", "survey", "add-round",
                              "BASELINE", NULL);
  wm_test_cli_assert_refused (f->file, "“2027-02-30” is not a date", "survey", "add-round", "Spring",
                              "--date", "2027-02-30", NULL);
  wm_test_cli_assert_refused (f->file, "No framework “nosuch”", "survey", "add-round", "Spring", "nosuch",
                              NULL);
  wm_test_cli_assert_refused (f->file, "No survey round named “Spring”", "survey", "summary", "Baseline",
                              "Spring", NULL);
  wm_test_cli_assert_refused (f->file, "wrong number of arguments", "survey", "summary", "Baseline",
                              "Repeat", "Baseline", NULL);
}

static void
test_chart (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "confidence.pdf", NULL);
  g_autofree char *png = g_build_filename (f->dir, "repeat.png", NULL);
  g_autofree char *odd = g_build_filename (f->dir, "chart.txt", NULL);
  g_autofree char *unwritten = g_build_filename (f->dir, "unwritten.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GBytes) bytes = NULL;

  fill_two_rounds (f->file);

  out = wm_test_cli_run_ok (f->file, "survey", "chart", "identify", "Baseline", "Repeat", "--out", pdf, NULL);
  expected = g_strdup_printf ("Wrote the chart of 2 survey rounds to %s\n", pdf);
  g_assert_cmpstr (out, ==, expected);
  bytes = wm_test_read_bytes (pdf);
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&expected, g_free);

  out = wm_test_cli_run_ok (f->file, "survey", "chart", "both", "Repeat", "--out", png, NULL);
  expected = g_strdup_printf ("Wrote the chart of 1 survey round to %s\n", png);
  g_assert_cmpstr (out, ==, expected);
  bytes = wm_test_read_bytes (png);
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 8, "\x89PNG\r\n\x1a\n", 8);

  wm_test_cli_assert_refused (f->file, "needs --out", "survey", "chart", "identify", "Baseline", NULL);
  wm_test_cli_assert_refused (f->file, ".pdf, .svg or .png", "survey", "chart", "identify", "Baseline",
                              "--out", odd, NULL);
  wm_test_cli_assert_refused (f->file, "“confidence” is not a judgement of framework eef-pillars", "survey",
                              "chart", "confidence", "Baseline", "--out", unwritten, NULL);
  wm_test_cli_assert_refused (f->file, "No survey round named “Spring”", "survey", "chart", "support",
                              "Spring", "--out", unwritten, NULL);
  g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (unwritten, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/survey/summary", test_summary);
  ADD ("/cli/survey/refused", test_refused);
  ADD ("/cli/survey/chart", test_chart);
#undef ADD

  return g_test_run ();
}
