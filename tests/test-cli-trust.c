/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-trust"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/* waymark-cli share summary, export copy and trust summary, driven for real: three schools made
 * through the command line, their summaries shared and compared. */

static char *
run_ok_va (const char *file,
           va_list     ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *err = NULL;
  const char *arg;
  char *out = NULL;

  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  g_ptr_array_add (args, NULL);

  if (wm_test_run_cli_argv (NULL, file, (const char * const *) args->pdata, &out, &err) != 0)
    g_error ("%s failed: %s", (const char *) args->pdata[0], err);
  g_assert_cmpstr (err, ==, "");
  return out;
}

/* Runs a command that must succeed, quietly on stderr; returns its stdout. */
G_GNUC_NULL_TERMINATED static char *
run_ok (const char *file,
        ...)
{
  char *out;
  va_list ap;

  va_start (ap, file);
  out = run_ok_va (file, ap);
  va_end (ap);
  return out;
}

/* The same, its output unread. */
G_GNUC_NULL_TERMINATED static void
run_done (const char *file,
          ...)
{
  va_list ap;

  va_start (ap, file);
  g_free (run_ok_va (file, ap));
  va_end (ap);
}

/* A command that must fail with status 2, @message on stderr and nothing on stdout. */
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
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (wm_test_run_cli_argv (NULL, file, args, &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "");
  if (strstr (err, message) == NULL)
    g_error ("expected “%s” in: %s", message, err);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* School @k: named, Bronze of element 1 secure (with a note), a snapshot, Silver too, another. */
static char *
make_school (const char *dir,
             guint       k)
{
  g_autofree char *file = g_strdup_printf ("%s/school-%u.waymark", dir, k);
  g_autofree char *name = g_strdup_printf ("School %u", k);

  run_done (file, "school", "name", name, NULL);
  run_done (file, "rate", "lqf:1.1b", "secure", "--note", "NOTE-PRIVATE-ZEBRA", NULL);
  run_done (file, "snapshot", "create", "lqf", "Autumn", "--date", "2025-10-01", NULL);
  if (k > 0)
    run_done (file, "rate", "lqf:1.1s", "secure", NULL);
  run_done (file, "snapshot", "create", "lqf", "Summer", "--date", "2026-07-01", NULL);
  return g_steal_pointer (&file);
}

static void
test_share (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autofree char *file = make_school (f->dir, 1);
  g_autofree char *wal = g_strconcat (file, "-wal", NULL);
  g_autofree char *bundle = g_build_filename (f->dir, "school-1.json", NULL);
  g_autoptr(GBytes) before = wm_test_read_bytes (file);
  g_autoptr(GBytes) wal_before = wm_test_read_bytes (wal);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) wal_after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;

  /* Refused, it writes nothing: no summary, and nothing in the school file. */
  assert_refused (file, "No snapshot named “Nope”", "share", "summary", "--out", bundle, "--snapshot=Nope");
  g_assert_false (g_file_test (bundle, G_FILE_TEST_EXISTS));
  after = wm_test_read_bytes (file);
  wal_after = wm_test_read_bytes (wal);
  wm_test_assert_same_bytes (before, after);
  wm_test_assert_same_bytes (wal_before, wal_after);

  out = run_ok (file, "share", "summary", "--out", bundle, "--snapshot", "Autumn", "--snapshot", "Summer", NULL);
  g_assert_true (g_str_has_prefix (out, "Wrote the summary of School 1 to "));
  g_assert_nonnull (strstr (out, "Learning Quality Framework (lqf, version 1): now and 2 snapshots"));
  g_assert_nonnull (strstr (out, "no notes, no evidence, no names of staff"));
  g_assert_true (g_file_get_contents (bundle, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"waymark-summary\",\n  \"format_version\": 1,"));
  g_assert_null (strstr (text, "ZEBRA"));

  g_clear_pointer (&out, g_free);
  out = run_ok (file, "share", "summary", "--out", bundle, "--snapshot", "Summer", NULL);
  g_assert_nonnull (strstr (out, "now and 1 snapshot\n"));

  assert_refused (file, "share summary needs --out PATH", "share", "summary", NULL, NULL, NULL);
  assert_refused (file, "--snapshot is given once with score", "score", "lqf", "--snapshot=Autumn",
                  "--snapshot=Summer", NULL);
}

static void
test_copy (WmTestSchool  *f,
           gconstpointer  data)
{
  g_autofree char *file = make_school (f->dir, 1);
  g_autofree char *copy = g_build_filename (f->dir, "handover.waymark", NULL);
  g_autofree char *out = run_ok (file, "export", "copy", "--out", copy, NULL);
  g_autofree char *frameworks = NULL;

  g_assert_true (g_str_has_prefix (out, "Wrote a full copy of the school file to "));
  g_assert_nonnull (strstr (out, "  2 judged descriptors, with their history and notes\n"));
  g_assert_nonnull (strstr (out, "  2 snapshots\n"));
  g_assert_nonnull (strstr (out, "This is a full copy: it holds everything, pupil codes and notes included. "
                                 "Hand it only to the school’s next head.\n"));
  frameworks = run_ok (copy, "frameworks", NULL);
  g_assert_nonnull (strstr (frameworks, "lqf"));
  assert_refused (file, "export copy needs --out PATH", "export", "copy", NULL, NULL, NULL);
  assert_refused (file, "the school file itself", "export", "copy", "--out", file, NULL);
}

static void
test_trust (WmTestSchool  *f,
            gconstpointer  data)
{
  g_autofree char *trust = g_build_filename (f->dir, "trust", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "trust.pdf", NULL);
  g_autofree char *broken = g_build_filename (trust, "broken.json", NULL);
  g_autofree char *data_home = g_build_filename (f->dir, "data", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autofree char *written = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *quiet[] = { "trust", "summary", trust, NULL };

  g_assert_cmpint (g_mkdir (trust, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (empty, 0700), ==, 0);
  for (guint k = 0; k < 3; k++)
    {
      g_autofree char *file = make_school (f->dir, k);
      g_autofree char *bundle = g_strdup_printf ("%s/school-%u.json", trust, k);

      run_done (file, "share", "summary", "--out", bundle, NULL);
    }

  /* CSV by default: a row per school and element. */
  csv = run_ok (NULL, "trust", "summary", trust, NULL);
  g_assert_true (g_str_has_prefix (csv, "school,framework,framework_version,element_id,element_title,"
                                        "score,previous,change\r\n"));
  g_assert_cmpuint (count_lines (csv), ==, 1 + 3 * 12);
  g_assert_nonnull (strstr (csv, "School 1,lqf,1,1,Vision for Learning,1,0.5,0.5\r\n"));
  g_assert_nonnull (strstr (csv, "School 0,lqf,1,1,Vision for Learning,0.5,0.5,0\r\n"));

  json = run_ok (NULL, "trust", "summary", trust, "--format", "json", NULL);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_node_get_object (json_parser_get_root (parser)), "schools")), ==, 3);

  written = run_ok (NULL, "trust", "summary", trust, "--out", pdf, NULL);
  g_assert_true (g_str_has_prefix (written, "Wrote the trust summary of 3 schools to "));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  /* A bundle that cannot be read is named on stderr, and the rest compared. */
  g_assert_true (g_file_set_contents (broken, "{ \"format\": \"waymark-summary\",", -1, &error));
  g_assert_cmpint (wm_test_run_cli (NULL, &out, &err, "trust", "summary", trust, NULL), ==, 0);
  g_assert_cmpuint (count_lines (out), ==, 1 + 3 * 12);
  g_assert_true (g_str_has_prefix (err, "waymark-cli: left out: "));
  g_assert_nonnull (strstr (err, "broken.json:1:"));

  assert_refused (NULL, "No school’s summary could be read in", "trust", "summary", empty, NULL, NULL);
  assert_refused (NULL, "unknown format “xls” (use csv, json or pdf)", "trust", "summary", trust, "--format",
                  "xls");
  assert_refused (NULL, "trust summary --format pdf needs --out PATH", "trust", "summary", trust, "--format",
                  "pdf");
  assert_refused (NULL, "trust summary writes .csv, .json or .pdf", "trust", "summary", trust, "--out",
                  "trust.xls");

  /* It needs no school file, and makes none. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (wm_test_run_cli_argv (data_home, NULL, quiet, &out, &err), ==, 0);
  g_assert_false (g_file_test (data_home, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/cli-trust/share", test_share);
  ADD ("/cli-trust/copy", test_copy);
  ADD ("/cli-trust/trust", test_trust);
#undef ADD

  return g_test_run ();
}
