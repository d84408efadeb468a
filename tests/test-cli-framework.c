/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-framework"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/* waymark-cli framework import and export, driven for real. */

static char *
data_path (const char *first,
           ...)
{
  g_autofree char *relative = NULL;
  va_list args;

  va_start (args, first);
  relative = g_build_filename_valist (first, &args);
  va_end (args);
  return g_test_build_filename (G_TEST_DIST, relative, NULL);
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
test_export (WmTestSchool   *f,
             gconstpointer  data)
{
  g_autofree char *out_path = g_build_filename (f->dir, "lqf.json", NULL);
  g_autofree char *to_stdout = wm_test_cli_ok (f->path, "framework", "export", "lqf");
  g_autofree char *to_file = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *err = NULL;

  g_assert_true (g_str_has_prefix (to_stdout, "{\n  \"format\" : \"waymark-framework\""));
  g_assert_nonnull (strstr (to_stdout, "\"id\" : \"8.3g\""));

  /* --out writes the same bytes to a file. */
  g_assert_cmpint (wm_test_run_cli (f->path, &empty, &err, "framework", "export", "lqf",
                                    "--out", out_path, NULL), ==, 0);
  g_assert_cmpstr (empty, ==, "");
  g_assert_true (g_file_get_contents (out_path, &to_file, NULL, NULL));
  g_assert_cmpstr (to_file, ==, to_stdout);

  assert_refused (f->path, "No framework “nope”", "framework", "export", "nope", NULL);
  assert_refused (f->path, "unknown format “excel”", "framework", "export", "lqf", "--format=excel");
  assert_refused (f->path, "--out is only for framework export", "show", "lqf", "--out=x", NULL);
  assert_refused (f->path, "wrong number of arguments", "framework", "export", NULL, NULL);
  assert_refused (f->path, "wrong number of arguments", "framework", "frobnicate", "x", NULL);
}

static void
test_import_new (WmTestSchool   *f,
                 gconstpointer  data)
{
  g_autofree char *small = data_path ("data", "valid-small.json", NULL);
  g_autofree char *before = wm_test_cli_ok (f->path, "frameworks", NULL, NULL);
  g_autofree char *preview = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;

  /* A dry run says what would happen and writes nothing. */
  g_assert_cmpint (wm_test_run_cli (f->path, &preview, &err, "framework", "import", small,
                                    "--dry-run", NULL), ==, 0);
  g_assert_nonnull (strstr (preview, "New framework small “A small framework”, version 1: "
                                     "1 elements, 1 strands, 2 descriptors"));
  g_assert_nonnull (strstr (preview, "Nothing was written"));
  g_clear_pointer (&after, g_free);
  after = wm_test_cli_ok (f->path, "frameworks", NULL, NULL);
  g_assert_cmpstr (after, ==, before);

  imported = wm_test_cli_ok (f->path, "framework", "import", small);
  g_assert_nonnull (strstr (imported, "Imported."));
  g_clear_pointer (&after, g_free);
  after = wm_test_cli_ok (f->path, "frameworks", NULL, NULL);
  g_assert_true (g_str_has_prefix (after, before));
  g_assert_cmpstr (after + strlen (before), ==, "small\tA small framework\t1 elements\t1 strands\t2 descriptors\n");

  /* The same again is nothing to do, and says so. */
  assert_refused (f->path, "already in", "framework", "import", small, NULL);
}

static void
test_import_broken (WmTestSchool   *f,
                    gconstpointer  data)
{
  g_autofree char *first = wm_test_cli_ok (f->path, "frameworks", NULL, NULL);
  g_autofree char *unknown_level = data_path ("data", "broken", "unknown-level.json", NULL);
  g_autofree char *expected = g_strconcat (unknown_level, ":28: descriptor \"1.1s\": level \"x\"", NULL);
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);

  assert_refused (f->path, expected, "framework", "import", unknown_level, NULL);
  assert_refused (f->path, "No such file", "framework", "import", "/nonexistent/framework.json", NULL);

  g_assert_true (g_file_set_contents (text, "Minutes of the meeting\n", -1, NULL));
  assert_refused (f->path, "not a framework file Waymark knows", "framework", "import", text, NULL);
  assert_refused (f->path, "--dry-run is only for framework import", "frameworks", "--dry-run", NULL, NULL);
}

static void
test_import_version (WmTestSchool   *f,
                     gconstpointer  data)
{
  g_autofree char *exported = wm_test_cli_ok (f->path, "framework", "export", "lqf");
  g_autofree char *path = g_build_filename (f->dir, "lqf-2.json", NULL);
  g_autofree char *rated = wm_test_cli_ok (f->path, "rate", "1.1b", "secure");
  g_autoptr(GString) v2 = g_string_new (exported);
  g_autofree char *out = NULL;
  g_autofree char *shown = NULL;

  /* Version 2 rewords 1.1b. */
  g_assert_cmpuint (g_string_replace (v2, "\"version\" : \"1\"", "\"version\" : \"2\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (v2, "The school is investigating social",
                                      "The school is reviewing social", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, v2->str, -1, NULL));

  out = wm_test_cli_ok (f->path, "framework", "import", path);
  g_assert_nonnull (strstr (out, "Framework lqf, version 1 to 2: 0 added, 0 removed, 1 reworded"));
  g_assert_nonnull (strstr (out, "reworded\t1.1b"));

  /* The judgement stayed with the reworded descriptor. */
  shown = wm_test_cli_ok (f->path, "show", "lqf", NULL);
  g_assert_nonnull (strstr (shown, "1.1b    [Secure] The school is reviewing social"));
}

/* A foreign file imports with its true counts, exports back in its own format,
 * and that export imports into another school file as the same framework. */
static void
assert_foreign_round_trip (WmTestSchool    *f,
                           const char *sample,
                           const char *format,
                           const char *id,
                           const char *frameworks_line)
{
  g_autofree char *other = g_build_filename (f->dir, "other.waymark", NULL);
  g_autofree char *exported = g_build_filename (f->dir, "exported", NULL);
  g_autofree char *imported = wm_test_cli_ok (f->path, "framework", "import", sample);
  g_autofree char *listed = wm_test_cli_ok (f->path, "frameworks", NULL, NULL);
  g_autofree char *shown = wm_test_cli_ok (f->path, "show", id, NULL);
  g_autofree char *shown_again = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_nonnull (strstr (imported, "Imported."));
  g_assert_nonnull (strstr (listed, frameworks_line));

  g_assert_cmpint (wm_test_run_cli (f->path, &out, &err, "framework", "export", id,
                                    "--format", format, "--out", exported, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Told the format, and left to tell it from the content. */
  g_assert_cmpint (wm_test_run_cli (other, &out, &err, "framework", "import", exported,
                                    "--format", format, NULL), ==, 0);
  shown_again = wm_test_cli_ok (other, "show", id, NULL);
  g_assert_cmpstr (shown_again, ==, shown);
  wm_test_remove_tree (other);
  g_remove (exported);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (wm_test_run_cli (other, &out, &err, "framework", "import", sample, NULL), ==, 0);
}

static void
test_mahara (WmTestSchool   *f,
             gconstpointer  data)
{
  g_autofree char *flat = data_path ("data", "mahara", "sample-flat.matrix", NULL);

  assert_foreign_round_trip (f, flat, "mahara", "digital-teaching-learning",
                             "digital-teaching-learning\tDigital Teaching & Learning\t"
                             "3 elements\t9 strands\t9 descriptors\n");
}

static void
test_moodle (WmTestSchool   *f,
             gconstpointer  data)
{
  g_autofree char *csv = data_path ("data", "moodle", "sample-framework.csv", NULL);

  assert_foreign_round_trip (f, csv, "moodle", "digital-skills-for-staff",
                             "digital-skills-for-staff\tDigital skills for staff\t"
                             "3 elements\t8 strands\t8 descriptors\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/cli/framework/export", test_export);
  ADD ("/cli/framework/import-new", test_import_new);
  ADD ("/cli/framework/import-broken", test_import_broken);
  ADD ("/cli/framework/import-version", test_import_version);
  ADD ("/cli/framework/mahara", test_mahara);
  ADD ("/cli/framework/moodle", test_moodle);
#undef ADD

  return g_test_run ();
}
