/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/*
 * Drives the real waymark-cli binary (its path in $WAYMARK_CLI), each test
 * against a school file in its own temporary folder.
 */

static guint
count_lines_containing (const char *text,
                        const char *needle)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], needle) != NULL)
      n++;
  return n;
}

/* A new school file holds every framework that ships, with its true counts. */
static const char frameworks_line[] =
  "lqf\tLearning Quality Framework\t12 elements\t32 strands\t96 descriptors\n"
  "becta-steps\tLearning Platform: Steps to Adoption\t5 elements\t5 strands\t25 descriptors\n"
  "habits\tLearning habits progression\t17 elements\t17 strands\t85 descriptors\n"
  "eef-pillars\tLearning behaviour pillars\t5 elements\t5 strands\t10 descriptors\n";

static void
test_frameworks (WmTestSchool   *fixture,
                 gconstpointer  data)
{
  g_autofree char *out = wm_test_cli_ok (fixture->path, "frameworks", NULL, NULL);

  g_assert_cmpstr (out, ==, frameworks_line);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));
}

static void
test_default_file (WmTestSchool   *fixture,
                   gconstpointer  data)
{
  const char *args[] = { "frameworks", NULL };
  g_autofree char *data_home = g_build_filename (fixture->dir, "data", NULL);
  g_autofree char *expected = g_build_filename (data_home, "waymark", "school.waymark", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (wm_test_run_cli_argv (data_home, NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, frameworks_line);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
}

static void
test_show (WmTestSchool   *fixture,
           gconstpointer  data)
{
  g_autofree char *before = wm_test_cli_ok (fixture->path, "show", "lqf", NULL);
  g_autofree char *rated = wm_test_cli_ok (fixture->path, "rate", "1.1b", "secure");
  g_autofree char *after = wm_test_cli_ok (fixture->path, "show", "lqf", NULL);

  g_assert_true (g_str_has_prefix (before, "Learning Quality Framework (lqf)\n"));
  for (guint i = 0; i < 4; i++)
    g_assert_nonnull (strstr (before, (const char *[]) { "Commitment", "Evaluation",
                                                         "1.1b", "12.2g" }[i]));
  g_assert_cmpuint (count_lines_containing (before, "[Not yet started]"), ==, 96);
  g_assert_cmpuint (count_lines_containing (before, "[Secure]"), ==, 0);

  g_assert_cmpstr (rated, ==, "lqf:1.1b\tSecure\n");
  g_assert_cmpuint (count_lines_containing (after, "[Not yet started]"), ==, 95);
  g_assert_cmpuint (count_lines_containing (after, "[Secure]"), ==, 1);
}

static void
test_rate (WmTestSchool   *fixture,
           gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (wm_test_run_cli (fixture->path, &out, &err, "rate", "lqf:8.3g", "partial",
                            "--note", "Learning walk, 3 Nov", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "lqf:8.3g\tPartial\n");
  g_assert_cmpstr (err, ==, "");

  /* Ratings by id or by name, in any case. */
  for (guint i = 0; i < 4; i++)
    {
      const char *rating = (const char *[]) { "SECURE", "Not yet started", "Partial", "not-started" }[i];
      const char *name = (const char *[]) { "Secure", "Not yet started", "Partial", "Not yet started" }[i];
      g_autofree char *rated = wm_test_cli_ok (fixture->path, "rate", "8.3g", rating);
      g_autofree char *expected = g_strdup_printf ("lqf:8.3g\t%s\n", name);

      g_assert_cmpstr (rated, ==, expected);
    }
}

static void
test_history (WmTestSchool   *fixture,
              gconstpointer  data)
{
  const char *note = "Learning walk, 3 Nov";
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *history = NULL;
  g_autofree char *again = NULL;
  g_autofree char *unjudged = wm_test_cli_ok (fixture->path, "history", "lqf:1.1b", NULL);
  g_auto(GStrv) lines = NULL;

  g_assert_cmpstr (unjudged, ==, "lqf:1.1b has not been judged yet\n");

  g_assert_cmpint (wm_test_run_cli (fixture->path, &out, &err, "--note", note,
                            "rate", "8.3g", "partial", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  out = wm_test_cli_ok (fixture->path, "rate", "8.3g", "secure");
  g_assert_cmpstr (out, ==, "lqf:8.3g\tSecure\n");

  history = wm_test_cli_ok (fixture->path, "history", "lqf:8.3g", NULL);
  g_assert_true (g_str_has_suffix (history, "\n"));
  lines = g_strsplit (history, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);   /* two lines, then "" */
  g_assert_nonnull (strstr (lines[0], "\t- -> Partial\t"));
  g_assert_nonnull (strstr (lines[1], "\tPartial -> Secure\t"));
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (g_str_has_suffix (lines[i], note));
      g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+Z\\t",
                                           lines[i], 0, 0));
    }

  /* Writing what is already recorded adds nothing. */
  g_clear_pointer (&out, g_free);
  out = wm_test_cli_ok (fixture->path, "rate", "lqf:8.3g", "Secure");
  again = wm_test_cli_ok (fixture->path, "history", "8.3g", NULL);
  g_assert_cmpstr (again, ==, history);
}

typedef struct
{
  const char *args[5];
  const char *message;
} BadCommand;

static const BadCommand bad_commands[] = {
  { { "rate", "99.9z", "secure" }, "No descriptor" },
  { { "rate", "nope:1.1b", "secure" }, "No descriptor" },
  { { "rate", "1.1b", "great" }, "not a rating" },
  { { "rate", "1.1b", "great" }, "secure" },
  { { "show", "nope" }, "No framework" },
  { { "history", "99.9z" }, "No descriptor" },
  { { "frobnicate" }, "unknown command" },
  { { "rate", "1.1b" }, "wrong number of arguments" },
  { { "--note", "x", "show", "lqf" }, "--note is only for rate" },
  { { NULL }, "no command given" },
};

static void
test_errors (WmTestSchool   *fixture,
             gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *first = wm_test_cli_ok (fixture->path, "frameworks", NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_commands); i++)
    {
      const BadCommand *bad = &bad_commands[i];
      g_autoptr(GBytes) file_before = wm_test_read_bytes (fixture->path);
      g_autoptr(GBytes) wal_before = wm_test_read_bytes (wal);
      g_autoptr(GBytes) file_after = NULL;
      g_autoptr(GBytes) wal_after = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_test_message ("Expecting “%s” from command %u", bad->message, i);
      g_assert_nonnull (file_before);
      g_assert_cmpint (wm_test_run_cli_argv (NULL, fixture->path, bad->args, &out, &err), ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, bad->message));

      file_after = wm_test_read_bytes (fixture->path);
      wal_after = wm_test_read_bytes (wal);
      wm_test_assert_same_bytes (file_before, file_after);
      wm_test_assert_same_bytes (wal_before, wal_after);
    }
}

static void
test_errors_new_file (WmTestSchool   *fixture,
                      gconstpointer  data)
{
  /* A command that fails on a school file it would have created leaves no file behind. */
  for (guint i = 0; i < G_N_ELEMENTS (bad_commands); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

      g_assert_cmpint (wm_test_run_cli_argv (NULL, fixture->path, bad_commands[i].args, &out, &err), ==, 2);
      g_assert_nonnull (strstr (err, bad_commands[i].message));
      g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
    }
}

/* Runs `frameworks` on @path, which must be refused with @message and left as it was. */
static void
assert_refused (const char *path,
                const char *message)
{
  g_autoptr(GBytes) before = wm_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_nonnull (before);
  g_assert_cmpint (wm_test_run_cli (path, &out, &err, "frameworks", NULL), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, message));

  after = wm_test_read_bytes (path);
  wm_test_assert_same_bytes (before, after);
}

static void
test_unreadable (WmTestSchool   *fixture,
                 gconstpointer  data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (text, "hello\n", -1, &error);
  g_assert_no_error (error);
  assert_refused (text, "is not a Waymark school file");
  g_file_get_contents (text, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "hello\n");

  wm_test_sqlite_exec (other, "CREATE TABLE t(x)");
  assert_refused (other, "not a Waymark school file");
}

static void
test_newer (WmTestSchool   *fixture,
            gconstpointer  data)
{
  g_autofree char *out = wm_test_cli_ok (fixture->path, "frameworks", NULL, NULL);

  wm_test_sqlite_exec (fixture->path, "PRAGMA user_version = 99");
  assert_refused (fixture->path, "newer version of Waymark");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);


#define ADD(path, func) \
  g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/cli/frameworks", test_frameworks);
  ADD ("/cli/default-file", test_default_file);
  ADD ("/cli/show", test_show);
  ADD ("/cli/rate", test_rate);
  ADD ("/cli/history", test_history);
  ADD ("/cli/errors", test_errors);
  ADD ("/cli/errors-new-file", test_errors_new_file);
  ADD ("/cli/unreadable", test_unreadable);
  ADD ("/cli/newer", test_newer);
#undef ADD

  return g_test_run ();
}
