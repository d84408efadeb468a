/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-test-util"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "wm-test-util.h"

/* A new empty folder under the temporary directory; remove it with wm_test_remove_tree(). */
char *
wm_test_make_dir (const char *template_name)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (template_name, &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_file_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);

  if (children != NULL)
    {
      GFile *child;

      while (g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child != NULL)
        remove_file_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

void
wm_test_remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  remove_file_tree (file);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

void
wm_test_school_set_up (WmTestSchool  *school,
                       gconstpointer  data)
{
  school->dir = wm_test_make_dir ("waymark-test-XXXXXX");
  school->path = g_build_filename (school->dir, "school.waymark", NULL);
}

void
wm_test_school_tear_down (WmTestSchool  *school,
                          gconstpointer  data)
{
  wm_test_remove_tree (school->dir);
  g_clear_pointer (&school->dir, g_free);
  g_clear_pointer (&school->path, g_free);
}

/* The bytes of @path, or %NULL when there is no such file. */
GBytes *
wm_test_read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  return g_bytes_new_take (contents, length);
}

void
wm_test_assert_same_bytes (GBytes *before,
                           GBytes *after)
{
  g_assert_true ((before == NULL) == (after == NULL));
  if (before != NULL)
    g_assert_true (g_bytes_equal (before, after));
}

/* Runs @sql on a connection of its own, as another program would. */
void
wm_test_sqlite_exec (const char *path,
                     const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* The first column of the first row of @sql, read without writing anything. */
int
wm_test_sqlite_int (const char *path,
                    const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* Whether every program of the %NULL-terminated @names is on the PATH. */
gboolean
wm_test_have_programs (const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_find_program_in_path (names[i]);

      if (path == NULL)
        return FALSE;
    }
  return TRUE;
}

/* Whether poppler's tools are there to read a PDF back; when not, the test is skipped, saying
 * why, and the caller returns. */
gboolean
wm_test_have_poppler (void)
{
  static const char * const names[] = { "pdfinfo", "pdftotext", "pdftoppm", NULL };

  if (wm_test_have_programs (names))
    return TRUE;
  g_test_skip ("pdfinfo, pdftotext or pdftoppm (poppler-utils) is not installed: the PDF cannot be "
               "read back");
  return FALSE;
}

/* Runs @argv (%NULL-terminated, looked for on the PATH), which must succeed; returns its
 * standard output. */
char *
wm_test_run_program (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return out;
}

/* A call that must have succeeded: TRUE, and no error. */
void
wm_test_done (gboolean   ok,
              GError   **error)
{
  g_assert_no_error (*error);
  g_assert_true (ok);
}

/* A call that must have made a row: its id, and no error. */
gint64
wm_test_made (gint64    id,
              GError  **error)
{
  g_assert_no_error (*error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Whether @word is anywhere in @bytes, byte for byte. */
gboolean
wm_test_bytes_contain (GBytes     *bytes,
                       const char *word)
{
  gsize size, length = strlen (word);
  const char *data = g_bytes_get_data (bytes, &size);

  for (gsize i = 0; i + length <= size; i++)
    if (memcmp (data + i, word, length) == 0)
      return TRUE;
  return FALSE;
}
