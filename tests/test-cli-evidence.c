/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-evidence"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/* waymark-cli evidence add, list and extract, driven for real. */

/* g_format_size() keeps a number and its unit together with a no-break space. */
#define KB_1500 "1.5" "\xc2\xa0" "kB"

typedef struct {
  char *dir;
  char *file;
  char *pdf;     /* a 1500-byte file to add */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *bytes = g_malloc (1500);
  g_autoptr(GError) error = NULL;

  f->dir = wm_test_make_dir ("test-cli-evidence-XXXXXX");
  f->file = g_build_filename (f->dir, "school.waymark", NULL);
  f->pdf = g_build_filename (f->dir, "Learning walk.pdf", NULL);

  for (guint i = 0; i < 1500; i++)
    bytes[i] = (char) (i * 7 + 3);
  g_file_set_contents (f->pdf, bytes, 1500, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  wm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->file);
  g_free (f->pdf);
}

/* Runs a command that must succeed with nothing on stderr; returns its stdout. */
static char *
run_ok (const char *file,
        const char *a,
        const char *b,
        const char *c,
        const char *d,
        const char *e)
{
  const char *args[] = { a, b, c, d, e, NULL };
  g_autofree char *err = NULL;
  char *out = NULL;

  g_assert_cmpint (wm_test_run_cli_argv (NULL, file, args, &out, &err), ==, 0);
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
                const char *d)
{
  const char *args[] = { a, b, c, d, NULL };
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
test_add_list_extract (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *out_path = g_build_filename (f->dir, "copy.pdf", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "out", NULL);
  g_autofree char *in_folder = g_build_filename (folder, "Learning walk.pdf", NULL);
  g_autofree char *added = NULL;
  g_autofree char *linked = NULL;
  g_autofree char *named = NULL;
  g_autofree char *all = NULL;
  g_autofree char *one = NULL;
  g_autofree char *none = NULL;
  g_autofree char *extracted = NULL;
  g_autoptr(GBytes) original = wm_test_read_bytes (f->pdf);
  g_autoptr(GBytes) copy = NULL;
  g_autoptr(GBytes) copy_in_folder = NULL;

  added = run_ok (f->file, "evidence", "add", "lqf:8.3g", f->pdf, "--label=Learning walk");
  g_assert_cmpstr (added, ==, "evidence 1: Learning walk (" KB_1500 ") attached to lqf:8.3g\n");

  linked = run_ok (f->file, "evidence", "add", "8.3g", "https://example.org/minutes", NULL);
  g_assert_cmpstr (linked, ==, "evidence 2: https://example.org/minutes (web link) attached to lqf:8.3g\n");
  named = run_ok (f->file, "evidence", "add", "lqf:1.1b", "HTTPS://example.org/plan", "--label=Plan");
  g_assert_cmpstr (named, ==, "evidence 3: Plan (HTTPS://example.org/plan) attached to lqf:1.1b\n");

  all = run_ok (f->file, "evidence", "list", NULL, NULL, NULL);
  g_assert_cmpstr (all, ==,
                   "1\tfile\tLearning walk\t" KB_1500 "\tnot reviewed\tattached to 1 descriptor\n"
                   "2\tlink\thttps://example.org/minutes\thttps://example.org/minutes\tnot reviewed\t"
                   "attached to 1 descriptor\n"
                   "3\tlink\tPlan\tHTTPS://example.org/plan\tnot reviewed\tattached to 1 descriptor\n");
  one = run_ok (f->file, "evidence", "list", "1.1b", NULL, NULL);
  g_assert_cmpstr (one, ==, "3\tlink\tPlan\tHTTPS://example.org/plan\tnot reviewed\tattached to 1 descriptor\n");
  none = run_ok (f->file, "evidence", "list", "lqf:2.1b", NULL, NULL);
  g_assert_cmpstr (none, ==, "lqf:2.1b has no evidence yet\n");

  /* Out again, byte for byte: to a named file, and into a folder under its own name. */
  extracted = run_ok (f->file, "evidence", "extract", "1", out_path, NULL);
  g_assert_true (g_str_has_prefix (extracted, "evidence 1: Learning walk written to "));
  copy = wm_test_read_bytes (out_path);
  wm_test_assert_same_bytes (original, copy);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_free (run_ok (f->file, "evidence", "extract", "1", folder, NULL));
  copy_in_folder = wm_test_read_bytes (in_folder);
  wm_test_assert_same_bytes (original, copy_in_folder);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "no such file.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (f->dir, "no folder", "copy.pdf", NULL);
  g_autofree char *first = run_ok (f->file, "evidence", "add", "8.3g", "https://example.org/", NULL);
  g_autofree char *list_before = run_ok (f->file, "evidence", "list", NULL, NULL, NULL);
  g_autofree char *list_after = NULL;

  assert_refused (f->file, "No descriptor “lqf:99.9z”", "evidence", "add", "lqf:99.9z", f->pdf);
  assert_refused (f->file, missing, "evidence", "add", "8.3g", missing);
  assert_refused (f->file, "there is no such file", "evidence", "add", "8.3g", missing);
  assert_refused (f->file, "is not a web address", "evidence", "add", "8.3g", "http://");
  assert_refused (f->file, "only a file can be evidence", "evidence", "add", "8.3g", f->dir);
  assert_refused (f->file, "No descriptor “9.9z”", "evidence", "list", "9.9z", NULL);
  assert_refused (f->file, "No evidence 99", "evidence", "extract", "99", nowhere);
  assert_refused (f->file, "“abc” is not an evidence number", "evidence", "extract", "abc", nowhere);
  assert_refused (f->file, "is a web link, not a file", "evidence", "extract", "1", nowhere);
  assert_refused (f->file, "--label is only for evidence add", "evidence", "list", "--label=x", NULL);
  assert_refused (f->file, "wrong number of arguments", "evidence", "add", "8.3g", NULL);
  assert_refused (f->file, "wrong number of arguments", "evidence", "extract", "1", NULL);

  /* A file that cannot be written names where. */
  g_free (run_ok (f->file, "evidence", "add", "8.3g", f->pdf, NULL));
  assert_refused (f->file, "Could not write", "evidence", "extract", "2", nowhere);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

  list_after = run_ok (f->file, "evidence", "list", NULL, NULL, NULL);
  g_assert_true (g_str_has_prefix (list_after, list_before));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/evidence/add-list-extract", test_add_list_extract);
  ADD ("/cli/evidence/errors", test_errors);
#undef ADD

  return g_test_run ();
}
