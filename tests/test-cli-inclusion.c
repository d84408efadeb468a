/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-inclusion"

#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/* waymark-cli inclusion …, driven for real: codes, not names; the budget's warnings; the summary
 * with no codes in it; erasure only with --yes. */

typedef struct {
  char *dir;
  char *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = wm_test_make_dir ("test-cli-inclusion-XXXXXX");
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

/* Runs a command that must succeed with a warning: returns stdout, puts stderr in @err. */
G_GNUC_NULL_TERMINATED static char *
run_warned (const char  *file,
            char       **err,
            ...)
{
  g_autoptr(GPtrArray) args = NULL;
  char *out = NULL;
  va_list ap;

  va_start (ap, err);
  args = wm_test_cli_collect_args (va_arg (ap, const char *), ap);
  va_end (ap);

  g_assert_cmpint (wm_test_run_cli_argv (NULL, file, (const char * const *) args->pdata, &out, err), ==, 0);
  g_assert_true (g_str_has_prefix (*err, "waymark-cli: warning: "));
  return out;
}

static gboolean
file_has (const char *path,
          const char *needle)
{
  g_autoptr(GBytes) bytes = wm_test_read_bytes (path);
  gsize length = 0;
  const char *data;
  gsize n = strlen (needle);

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_cohorts_pupils (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *none = wm_test_cli_run_ok (f->file, "inclusion", "cohort", "list", NULL);
  g_autofree char *added = wm_test_cli_run_ok (f->file, "inclusion", "cohort", "add", "2025-26", "--date", "2027-08-31", NULL);
  g_autofree char *small = wm_test_cli_run_ok (f->file, "inclusion", "cohort", "add", "Nurture", "£1,250.50", NULL);
  g_autofree char *first = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "add", "2025-26", "ab", NULL);
  g_autofree char *second = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "add", "2025-26", "AB", NULL);
  g_autofree char *own = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "add", "nurture", "y5-12", NULL);
  g_autofree char *set = NULL;
  g_autofree char *list = NULL;
  g_autofree char *pupils = NULL;
  g_autofree char *nurture = NULL;

  g_assert_cmpstr (none, ==, "No inclusion cohorts yet\n");
  g_assert_cmpstr (added, ==, "2025-26\t0 pupils\tgrant £5,000.00\tkeep until 2027-08-31\n");
  g_assert_cmpstr (small, ==, "Nurture\t0 pupils\tgrant £1,250.50\tkeep until -\n");
  g_assert_cmpstr (first, ==, "AB01\n");
  g_assert_cmpstr (second, ==, "AB02\n");
  g_assert_cmpstr (own, ==, "Y5-12\n");

  /* Past its date (today is 2026-03-10), a cohort is offered for erasure. */
  set = wm_test_cli_run_ok (f->file, "inclusion", "cohort", "set", "nurture", "keep-until", "2026-03-09", NULL);
  g_assert_cmpstr (set, ==, "Nurture\t1 pupil\tgrant £1,250.50\tkeep until 2026-03-09\tPAST RETENTION\n");
  list = wm_test_cli_run_ok (f->file, "inclusion", "cohort", "list", NULL);
  g_assert_cmpstr (list, ==, "2025-26\t2 pupils\tgrant £5,000.00\tkeep until 2027-08-31\n"
                             "Nurture\t1 pupil\tgrant £1,250.50\tkeep until 2026-03-09\tPAST RETENTION\n");
  g_clear_pointer (&set, g_free);
  set = wm_test_cli_run_ok (f->file, "inclusion", "cohort", "set", "Nurture", "grant", "900", NULL);
  g_assert_cmpstr (set, ==, "Nurture\t1 pupil\tgrant £900.00\tkeep until 2026-03-09\tPAST RETENTION\n");

  pupils = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "list", NULL);
  g_assert_cmpstr (pupils, ==, "AB01\t2025-26\tneeds: -\t0 interventions\n"
                               "AB02\t2025-26\tneeds: -\t0 interventions\n"
                               "Y5-12\tNurture\tneeds: -\t0 interventions\n");
  nurture = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "list", "Nurture", NULL);
  g_assert_cmpstr (nurture, ==, "Y5-12\tNurture\tneeds: -\t0 interventions\n");

  /* Codes, never names. */
  wm_test_cli_assert_refused (f->file, "Use a code such as AB07, not a name: Waymark never keeps pupils' names",
                              "inclusion", "pupil", "add", "2025-26", "Amy Brown", NULL);
  wm_test_cli_assert_refused (f->file, "“Amelia” has no number in it", "inclusion", "pupil", "add", "2025-26", "Amelia", NULL);
  wm_test_cli_assert_refused (f->file, "Cohort “2025-26” already has a pupil AB01",
                              "inclusion", "pupil", "add", "2025-26", "ab01", NULL);
  wm_test_cli_assert_refused (f->file, "No inclusion cohort named “Summer”", "inclusion", "pupil", "add", "Summer", "AB", NULL);
  wm_test_cli_assert_refused (f->file, "There is already an inclusion cohort named “nurture”",
                              "inclusion", "cohort", "add", "nurture", NULL);
  wm_test_cli_assert_refused (f->file, "“five thousand” is not an amount of money",
                              "inclusion", "cohort", "add", "Later", "five thousand", NULL);
  wm_test_cli_assert_refused (f->file, "“2027-13-01” is not a date", "inclusion", "cohort", "add", "Later", "--date", "2027-13-01", NULL);
  wm_test_cli_assert_refused (f->file, "“colour” is not a field of a cohort", "inclusion", "cohort", "set", "Nurture", "colour", "red", NULL);
  wm_test_cli_assert_refused (f->file, "wrong number of arguments", "inclusion", "pupil", "add", "2025-26", NULL);
}

static void
test_interventions (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *c = wm_test_cli_run_ok (f->file, "inclusion", "cohort", "add", "2025-26", "1000", NULL);
  g_autofree char *p1 = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "add", "2025-26", "AB", NULL);
  g_autofree char *p2 = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "add", "2025-26", "CD", NULL);
  g_autofree char *need = wm_test_cli_run_ok (f->file, "inclusion", "need", "set", "AB01", "behaviour", "--note", "Lunchtimes", NULL);
  g_autofree char *need2 = wm_test_cli_run_ok (f->file, "inclusion", "need", "set", "ab01", "send", NULL);
  g_autofree char *lego = wm_test_cli_run_ok (f->file, "inclusion", "intervention", "add", "AB01", "sel", "Lego therapy", "450",
                                              "--owner", "TA", "--provider", "Bricks for Good",
                                              "--date", "2026-01-12", "--due", "2026-03-09", NULL);
  g_autofree char *club = wm_test_cli_run_ok (f->file, "inclusion", "intervention", "add", "CD01", "-", "Breakfast club", "500",
                                              "--due", "2026-03-10", NULL);
  g_autofree char *err = NULL;
  g_autofree char *over = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *spent = NULL;
  g_autofree char *list = NULL;
  g_autofree char *show = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *removed_need = NULL;

  g_assert_cmpstr (need, ==, "AB01\tneed\tbehaviour\tLunchtimes\n");
  g_assert_cmpstr (need2, ==, "AB01\tneed\tsend\t-\n");
  g_assert_cmpstr (lego, ==, "1\tAB01\tsel\tLego therapy\tTA\texternal: Bricks for Good\t2026-01-12\t2026-03-09\t"
                             "cost £450.00\tspent £0.00\t-\tREVIEW OVERDUE\n");
  g_assert_cmpstr (club, ==, "2\tCD01\t-\tBreakfast club\t-\tinternal\t-\t2026-03-10\t"
                             "cost £500.00\tspent £0.00\t-\tREVIEW DUE\n");

  /* Over the grant: done, with a warning. */
  over = run_warned (f->file, &err, "inclusion", "intervention", "add", "CD01", "parents", "Family workshop", "50.01", NULL);
  g_assert_cmpstr (over, ==, "3\tCD01\tparents\tFamily workshop\t-\tinternal\t-\t-\tcost £50.01\tspent £0.00\t-\n");
  g_assert_cmpstr (err, ==, "waymark-cli: warning: cohort “2025-26” has £0.01 more committed than its grant of £1,000.00\n");

  outcome = wm_test_cli_run_ok (f->file, "inclusion", "intervention", "set", "1", "outcome", "Joins in at playtimes", NULL);
  g_assert_true (g_str_has_suffix (outcome, "\tspent £0.00\tJoins in at playtimes\n"));
  g_clear_pointer (&err, g_free);
  spent = run_warned (f->file, &err, "inclusion", "intervention", "set", "2", "spent", "£1,000.02", NULL);
  g_assert_true (g_str_has_suffix (spent, "\tcost £500.00\tspent £1,000.02\t-\tREVIEW DUE\n"));
  g_assert_cmpstr (err, ==,
    "waymark-cli: warning: cohort “2025-26” has £0.01 more committed than its grant of £1,000.00\n"
    "waymark-cli: warning: cohort “2025-26” has spent £0.02 more than its grant of £1,000.00\n");

  removed = wm_test_cli_run_ok (f->file, "inclusion", "intervention", "remove", "3", NULL);
  g_assert_cmpstr (removed, ==, "Removed intervention 3\n");
  list = wm_test_cli_run_ok (f->file, "inclusion", "intervention", "list", "2025-26", NULL);
  g_assert_cmpstr (list, ==,
    "1\tAB01\tsel\tLego therapy\tTA\texternal: Bricks for Good\t2026-01-12\t2026-03-09\t"
    "cost £450.00\tspent £0.00\tJoins in at playtimes\n"
    "2\tCD01\t-\tBreakfast club\t-\tinternal\t-\t2026-03-10\tcost £500.00\tspent £1,000.02\t-\tREVIEW DUE\n");

  show = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "show", "AB01", NULL);
  g_assert_cmpstr (show, ==,
    "AB01\t2025-26\tneeds: behaviour, send\t1 intervention\n"
    "need\tbehaviour\tLunchtimes\n"
    "need\tsend\t-\n"
    "1\tAB01\tsel\tLego therapy\tTA\texternal: Bricks for Good\t2026-01-12\t2026-03-09\t"
    "cost £450.00\tspent £0.00\tJoins in at playtimes\n");
  removed_need = wm_test_cli_run_ok (f->file, "inclusion", "need", "remove", "AB01", "send", NULL);
  g_assert_cmpstr (removed_need, ==, "AB01\t2025-26\tneeds: behaviour\t1 intervention\n");

  wm_test_cli_assert_refused (f->file, "“reading” is not an EEF pillar (use one of metacognition, behaviour, sel, parents, send)",
                              "inclusion", "intervention", "add", "AB01", "reading", "Phonics", NULL);
  wm_test_cli_assert_refused (f->file, "The review date 2026-01-01 is before the start date 2026-02-01",
                              "inclusion", "intervention", "add", "AB01", "sel", "Group", "--date", "2026-02-01",
                              "--due", "2026-01-01", NULL);
  wm_test_cli_assert_refused (f->file, "“12.345” is not an amount of money",
                              "inclusion", "intervention", "add", "AB01", "sel", "Group", "12.345", NULL);
  wm_test_cli_assert_refused (f->file, "No pupil with the code ZZ01", "inclusion", "intervention", "add", "ZZ01", "sel", "x", NULL);
  wm_test_cli_assert_refused (f->file, "“colour” is not a field of an intervention",
                              "inclusion", "intervention", "set", "1", "colour", "red", NULL);
  wm_test_cli_assert_refused (f->file, "“one” is not an intervention number", "inclusion", "intervention", "set", "one", "what", "x", NULL);
  wm_test_cli_assert_refused (f->file, "No intervention 9", "inclusion", "intervention", "remove", "9", NULL);
  wm_test_cli_assert_refused (f->file, "Pupil AB01 has no need recorded in “send”", "inclusion", "need", "remove", "AB01", "send", NULL);
  wm_test_cli_assert_refused (f->file, "--provider is only for inclusion intervention add",
                              "inclusion", "intervention", "set", "1", "what", "x", "--provider", "Y", NULL);
}

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *c = wm_test_cli_run_ok (f->file, "inclusion", "cohort", "add", "2025-26", NULL);
  g_autofree char *summary = NULL;
  const char *codes[] = { "QX17", "QX18", "QX19" };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autofree char *p = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "add", "2025-26", codes[i], NULL);
    }
  /* 13 interventions, 3 of them external through 2 providers: 23.1%. */
  for (guint i = 0; i < 13; i++)
    {
      g_autofree char *what = g_strdup_printf ("SECRET-WHAT %u", i);
      g_autofree char *out = i < 3 ? wm_test_cli_run_ok (f->file, "inclusion", "intervention", "add", codes[i], "sel", what, "100",
                                                         "--provider", i == 2 ? "SECRET-PROVIDER B" : "SECRET-PROVIDER A", NULL)
                                   : wm_test_cli_run_ok (f->file, "inclusion", "intervention", "add", codes[i % 3], "behaviour",
                                                         what, "100", NULL);
    }

  summary = wm_test_cli_run_ok (f->file, "inclusion", "summary", "2025-26", NULL);
  g_assert_true (g_str_has_prefix (summary,
    "Inclusion action plan, cohort “2025-26”: 3 pupils, 13 interventions\n"
    "23.1% of interventions are through an external provider (3 of 13; 2 different providers)\n"));
  g_assert_true (g_str_has_suffix (summary,
    "Budget: grant £5,000.00, committed £1,300.00, spent £0.00; £3,700.00 left to commit\n"));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_assert_null (strstr (summary, codes[i]));
  g_assert_null (strstr (summary, "SECRET"));

  g_clear_pointer (&summary, g_free);
  summary = wm_test_cli_run_ok (f->file, "inclusion", "summary", NULL);
  g_assert_true (g_str_has_prefix (summary, "Inclusion action plan: 1 cohort, 3 pupils, 13 interventions\n"));
  wm_test_cli_assert_refused (f->file, "No inclusion cohort named “Summer”", "inclusion", "summary", "Summer", NULL);
}

static void
test_erase (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->file, "-wal", NULL);
  g_autofree char *c = wm_test_cli_run_ok (f->file, "inclusion", "cohort", "add", "2025-26", NULL);
  g_autofree char *old = wm_test_cli_run_ok (f->file, "inclusion", "cohort", "add", "2019-20", "--date", "2025-08-31", NULL);
  g_autofree char *zz = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "add", "2025-26", "ZZ99", NULL);
  g_autofree char *kp = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "add", "2025-26", "KP01", NULL);
  g_autofree char *oc = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "add", "2019-20", "OC55", NULL);
  g_autofree char *need = wm_test_cli_run_ok (f->file, "inclusion", "need", "set", "ZZ99", "send", "--note", "ERASE-ME-NOTE", NULL);
  g_autofree char *keep = wm_test_cli_run_ok (f->file, "inclusion", "need", "set", "KP01", "send", "--note", "KEEP-ME-NOTE", NULL);
  g_autofree char *act = wm_test_cli_run_ok (f->file, "inclusion", "intervention", "add", "ZZ99", "send", "ERASE-ME-WHAT", NULL);
  g_autofree char *erased = NULL;
  g_autofree char *erased_cohort = NULL;
  g_autofree char *pupils = NULL;

  /* Without --yes: what would go, and nothing written. */
  wm_test_cli_assert_refused (f->file, "This would erase pupil ZZ99 of cohort “2025-26”, with 1 need and 1 intervention, "
                                       "for good. To erase them, run this again with --yes",
                              "inclusion", "erase", "ZZ99", NULL);
  wm_test_cli_assert_refused (f->file, "This would erase cohort “2019-20” for good: 1 pupil, with their needs and interventions",
                              "inclusion", "cohort", "erase", "2019-20", NULL);
  wm_test_cli_assert_refused (f->file, "No pupil with the code ZZ98", "inclusion", "erase", "ZZ98", "--yes", NULL);
  wm_test_cli_assert_refused (f->file, "--yes is only for",
                              "inclusion", "pupil", "list", "--yes", NULL);

  erased = wm_test_cli_run_ok (f->file, "inclusion", "erase", "zz99", "--yes", NULL);
  g_assert_cmpstr (erased, ==, "Erased pupil ZZ99 of cohort “2025-26”, with 1 need and 1 intervention. The daily "
                               "backups still hold them until they are rotated out, in about five weeks.\n");
  erased_cohort = wm_test_cli_run_ok (f->file, "inclusion", "cohort", "erase", "2019-20", "--yes", NULL);
  g_assert_true (g_str_has_prefix (erased_cohort, "Erased cohort “2019-20”: 1 pupil, with their needs and interventions."));

  pupils = wm_test_cli_run_ok (f->file, "inclusion", "pupil", "list", NULL);
  g_assert_cmpstr (pupils, ==, "KP01\t2025-26\tneeds: send\t0 interventions\n");

  /* Not a byte left in the file or its -wal. */
  g_assert_true (file_has (f->file, "KEEP-ME-NOTE"));
  g_assert_false (file_has (f->file, "ZZ99") || file_has (wal, "ZZ99"));
  g_assert_false (file_has (f->file, "ERASE-ME-NOTE") || file_has (wal, "ERASE-ME-NOTE"));
  g_assert_false (file_has (f->file, "ERASE-ME-WHAT") || file_has (wal, "ERASE-ME-WHAT"));
  g_assert_false (file_has (f->file, "OC55") || file_has (wal, "OC55"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("WAYMARK_TODAY", "2026-03-10", TRUE);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/inclusion/cohorts-pupils", test_cohorts_pupils);
  ADD ("/cli/inclusion/interventions", test_interventions);
  ADD ("/cli/inclusion/summary", test_summary);
  ADD ("/cli/inclusion/erase", test_erase);
#undef ADD

  return g_test_run ();
}
