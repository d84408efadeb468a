/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-backup"

#include "config.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "wm-backup.h"
#include "wm-backup-item.h"
#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-judgements.h"
#include "wm-snapshots.h"
#include "wm-test-util.h"

/* Automatic backups: one a day, rotated, listed with what they hold, restored in place of
 * a damaged school file, and never at the cost of the school file or another backup. */

typedef struct {
  char    *dir;
  char    *path;
  char    *backups;
  WmStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = wm_test_make_dir ("waymark-backup-XXXXXX");
  f->path = g_build_filename (f->dir, "school.waymark", NULL);
  f->backups = g_build_filename (f->dir, "backups", NULL);
  f->store = wm_catalog_open_school (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    g_assert_finalize_object (f->store);
  g_chmod (f->backups, 0700);
  wm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->backups);
}

static void
close_store (Fixture *f)
{
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

static void
rate (Fixture    *f,
      const char *descriptor_id,
      const char *rating_id)
{
  g_autoptr(GError) error = NULL;

  gboolean ok = wm_judgements_rate (f->store, "lqf", descriptor_id, rating_id, NULL, "Head", &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static GDateTime *
day (int year,
     int month,
     int d)
{
  return g_date_time_new_utc (year, month, d, 8, 30, 0);
}

static void
backup_on (Fixture   *f,
           GDateTime *now)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wm_backup_ensure_daily (f->store, now, &error));
  g_assert_no_error (error);
}

static char *
backup_path (Fixture    *f,
             const char *date)
{
  g_autofree char *name = g_strdup_printf ("school-%s.waymark", date);

  return g_build_filename (f->backups, name, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, joined by spaces: easy to compare whole. */
static char *
names_in (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static char *
rating_in (const char *path,
           const char *descriptor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (path, &error);
  char *rating = NULL;

  g_assert_no_error (error);
  g_assert_true (wm_judgements_lookup (store, "lqf", descriptor_id, &rating, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return rating;
}

static void
test_daily (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDateTime) morning = day (2024, 3, 5);
  g_autoptr(GDateTime) evening = g_date_time_add_hours (morning, 12);
  g_autofree char *copy = backup_path (f, "2024-03-05");
  g_autofree char *rating = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  rate (f, "1.1b", "secure");
  rate (f, "1.2b", "partial");
  backup_on (f, morning);

  /* One whole copy, in backups/ beside the school file, with the same judgements. */
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (wm_test_sqlite_int (copy, "SELECT count(*) FROM pragma_integrity_check "
                                             "WHERE integrity_check = 'ok'"), ==, 1);
  g_assert_cmpint (wm_test_sqlite_int (copy, "PRAGMA application_id"), ==, 0x57594d4b);
  g_assert_cmpint (wm_test_sqlite_int (copy, "PRAGMA user_version"), ==, WM_STORE_SCHEMA_VERSION);
  g_assert_cmpint (wm_test_sqlite_int (copy, "SELECT count(*) FROM judgements"), ==, 2);
  g_assert_cmpint (wm_test_sqlite_int (copy, "SELECT count(*) FROM judgements"), ==,
                   wm_test_sqlite_int (f->path, "SELECT count(*) FROM judgements"));
  g_assert_cmpint (wm_test_sqlite_int (copy, "SELECT count(*) FROM descriptors"), ==,
                   wm_test_sqlite_int (f->path, "SELECT count(*) FROM descriptors"));
  rating = rating_in (copy, "1.2b");
  g_assert_cmpstr (rating, ==, "partial");

  /* Nothing else was left behind: no temporary file, no -wal or -journal. */
  names = names_in (f->backups);
  g_assert_cmpstr (names, ==, "school-2024-03-05.waymark");

  /* Again the same day: no second copy, and the first is left as it was. */
  before = wm_test_read_bytes (copy);
  rate (f, "2.1b", "secure");
  backup_on (f, evening);
  after = wm_test_read_bytes (copy);
  wm_test_assert_same_bytes (before, after);
  g_clear_pointer (&names, g_free);
  names = names_in (f->backups);
  g_assert_cmpstr (names, ==, "school-2024-03-05.waymark");
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_rotation (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) start = day (2024, 1, 1);   /* a Monday, the first of ISO week 1 */
  g_autofree char *nested = g_build_filename (f->backups, "school-2023-12-30.waymark", NULL);
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  const char *foreign[] = {
    "notes.txt",
    "school-2023-12-31.waymark.bak",
    "school-2023-13-01.waymark",
    "school-23-12-01.waymark",
    "other-2023-12-01.waymark",
    "School-2023-12-01.waymark",
  };

  /* Things in backups/ that are not backups: files, and a folder with a backup's name. */
  g_assert_cmpint (g_mkdir_with_parents (nested, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (foreign); i++)
    {
      g_autofree char *path = g_build_filename (f->backups, foreign[i], NULL);
      write_file (path, "not a backup");
    }

  /* Forty days running, 1 January to 9 February 2024. */
  for (int i = 0; i < 40; i++)
    {
      g_autoptr(GDateTime) now = g_date_time_add_days (start, i);
      backup_on (f, now);
    }

  /* The 7 newest (3–9 February, which stand for ISO weeks 5 and 6), then the newest of each
   * of the 4 weeks before: Sundays 28, 21, 14 and 7 January. The rest went; the foreign
   * things stayed. */
  names = names_in (f->backups);
  g_assert_cmpstr (names, ==,
                   "School-2023-12-01.waymark notes.txt other-2023-12-01.waymark "
                   "school-2023-12-30.waymark school-2023-12-31.waymark.bak "
                   "school-2023-13-01.waymark "
                   "school-2024-01-07.waymark school-2024-01-14.waymark "
                   "school-2024-01-21.waymark school-2024-01-28.waymark "
                   "school-2024-02-03.waymark school-2024-02-04.waymark "
                   "school-2024-02-05.waymark school-2024-02-06.waymark "
                   "school-2024-02-07.waymark school-2024-02-08.waymark "
                   "school-2024-02-09.waymark school-23-12-01.waymark");
  g_assert_true (g_file_test (nested, G_FILE_TEST_IS_DIR));

  /* The list has the backups only, newest first. */
  list = wm_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 11);
  {
    const char *expected[] = { "2024-02-09", "2024-02-08", "2024-02-07", "2024-02-06",
                               "2024-02-05", "2024-02-04", "2024-02-03", "2024-01-28",
                               "2024-01-21", "2024-01-14", "2024-01-07" };
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(WmBackupItem) item = g_list_model_get_item (list, i);
        g_assert_cmpstr (wm_backup_item_get_date (item), ==, expected[i]);
        g_assert_null (wm_backup_item_get_error (item));
      }
  }

  /* Weeks later, one more opening: 3 February, in a week the dailies stand for, goes. */
  {
    g_autoptr(GDateTime) later = day (2024, 3, 20);
    backup_on (f, later);
  }
  g_clear_pointer (&names, g_free);
  names = names_in (f->backups);
  g_assert_cmpstr (names, ==,
                   "School-2023-12-01.waymark notes.txt other-2023-12-01.waymark "
                   "school-2023-12-30.waymark school-2023-12-31.waymark.bak "
                   "school-2023-13-01.waymark "
                   "school-2024-01-07.waymark school-2024-01-14.waymark "
                   "school-2024-01-21.waymark school-2024-01-28.waymark "
                   "school-2024-02-04.waymark "
                   "school-2024-02-05.waymark school-2024-02-06.waymark "
                   "school-2024-02-07.waymark school-2024-02-08.waymark "
                   "school-2024-02-09.waymark school-2024-03-20.waymark "
                   "school-23-12-01.waymark");
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GDateTime) first = day (2024, 5, 1);
  g_autoptr(GDateTime) second = day (2024, 5, 2);
  g_autoptr(GDateTime) third = day (2024, 5, 3);
  g_autofree char *v1 = g_test_build_filename (G_TEST_DIST, "data", "school-v1.waymark", NULL);
  g_autoptr(GBytes) v1_bytes = wm_test_read_bytes (v1);
  g_autofree char *old = backup_path (f, "2020-01-31");
  g_autofree char *cut = backup_path (f, "2024-05-02");
  g_autofree char *garbage = backup_path (f, "2024-04-30");
  g_autoptr(GBytes) whole = NULL;
  WmBackupItem *item;

  rate (f, "1.1b", "secure");
  backup_on (f, first);

  rate (f, "1.2b", "partial");
  backup_on (f, second);

  rate (f, "2.1b", "secure");
  g_assert_cmpint (wm_snapshots_create (f->store, "lqf", "Autumn", "2024-05-03", "Head", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (wm_evidence_add_note (f->store, "Seen in lessons", "Walk", "Head", &error), >, 0);
  g_assert_no_error (error);
  backup_on (f, third);

  /* A copy made by the first Waymark, one cut short, and one that never was a database. */
  g_assert_nonnull (v1_bytes);
  g_file_set_contents (old, g_bytes_get_data (v1_bytes, NULL), (gssize) g_bytes_get_size (v1_bytes), &error);
  g_assert_no_error (error);
  whole = wm_test_read_bytes (cut);
  g_file_set_contents (cut, g_bytes_get_data (whole, NULL), (gssize) g_bytes_get_size (whole) / 2, &error);
  g_assert_no_error (error);
  write_file (garbage, "Dear parents, the school trip is on Friday.");

  list = wm_backup_list (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);

  item = g_list_model_get_item (list, 0);
  g_assert_cmpstr (wm_backup_item_get_date (item), ==, "2024-05-03");
  g_assert_null (wm_backup_item_get_error (item));
  g_assert_cmpuint (wm_backup_item_get_n_judgements (item), ==, 3);
  g_assert_cmpuint (wm_backup_item_get_n_snapshots (item), ==, 1);
  g_assert_cmpuint (wm_backup_item_get_n_evidence (item), ==, 1);
  g_assert_cmpint (wm_backup_item_get_schema_version (item), ==, WM_STORE_SCHEMA_VERSION);
  g_assert_cmpuint (wm_backup_item_get_size (item), >, 0);
  g_assert_true (wm_backup_item_check (item, NULL));
  g_object_unref (item);

  /* The cut copy is listed, never hidden, with its date and size and why it cannot be read. */
  item = g_list_model_get_item (list, 1);
  g_assert_cmpstr (wm_backup_item_get_date (item), ==, "2024-05-02");
  g_assert_nonnull (wm_backup_item_get_error (item));
  g_assert_cmpuint (wm_backup_item_get_size (item), ==, g_bytes_get_size (whole) / 2);
  g_assert_cmpuint (wm_backup_item_get_n_judgements (item), ==, 0);
  g_assert_false (wm_backup_item_check (item, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, cut));
  g_clear_error (&error);
  g_object_unref (item);

  item = g_list_model_get_item (list, 2);
  g_assert_cmpstr (wm_backup_item_get_date (item), ==, "2024-05-01");
  g_assert_cmpuint (wm_backup_item_get_n_judgements (item), ==, 1);
  g_assert_cmpuint (wm_backup_item_get_n_snapshots (item), ==, 0);
  g_object_unref (item);

  item = g_list_model_get_item (list, 3);
  g_assert_cmpstr (wm_backup_item_get_date (item), ==, "2024-04-30");
  g_assert_nonnull (strstr (wm_backup_item_get_error (item), "not an SQLite database"));
  g_assert_false (wm_backup_item_check (item, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_SCHOOL);
  g_clear_error (&error);
  g_object_unref (item);

  /* An old copy is read as it is: schema 1, no evidence or snapshot tables yet. */
  item = g_list_model_get_item (list, 4);
  g_assert_cmpstr (wm_backup_item_get_date (item), ==, "2020-01-31");
  g_assert_null (wm_backup_item_get_error (item));
  g_assert_cmpint (wm_backup_item_get_schema_version (item), ==, 1);
  g_assert_cmpuint (wm_backup_item_get_n_judgements (item), ==,
                    (guint) wm_test_sqlite_int (old, "SELECT count(*) FROM judgements"));
  g_assert_cmpuint (wm_backup_item_get_n_judgements (item), >, 0);
  g_assert_cmpuint (wm_backup_item_get_n_evidence (item), ==, 0);
  g_object_unref (item);

  /* Listing changed nothing: the v1 copy is byte for byte what was put there. */
  {
    g_autoptr(GBytes) after = wm_test_read_bytes (old);
    wm_test_assert_same_bytes (v1_bytes, after);
  }
}

static void
test_list_none (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = wm_backup_list (f->path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_false (g_file_test (f->backups, G_FILE_TEST_EXISTS));
}

/* The names in the school's folder that start with school.waymark.damaged-, sorted. */
static GPtrArray *
damaged_files (Fixture *f)
{
  g_autoptr(GDir) folder = g_dir_open (f->dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_prefix (name, "school.waymark.damaged-") &&
        !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      g_ptr_array_add (names, g_build_filename (f->dir, name, NULL));
  g_ptr_array_sort (names, compare_names);
  return names;
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = day (2024, 6, 10);
  g_autofree char *copy = backup_path (f, "2024-06-10");
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *damaged_wal = NULL;
  g_autofree char *rating = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GPtrArray) damaged = NULL;
  g_autoptr(GBytes) garbage = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(WmStore) store = NULL;
  GString *noise = g_string_new (NULL);

  rate (f, "1.1b", "secure");
  backup_on (f, now);
  rate (f, "1.1b", "partial");   /* after the backup: lost by restoring */
  close_store (f);

  /* The school file is overwritten with garbage, which Waymark refuses to open. */
  for (guint i = 0; i < 2000; i++)
    g_string_append (noise, "overwritten ");
  write_file (f->path, noise->str);
  g_string_free (noise, TRUE);
  garbage = wm_test_read_bytes (f->path);
  store = wm_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_SCHOOL);
  g_clear_error (&error);
  wm_test_assert_same_bytes (garbage, kept = wm_test_read_bytes (f->path));
  g_clear_pointer (&kept, g_bytes_unref);

  /* A -wal left beside it (after a crash) must not be replayed into the restored file. */
  write_file (wal, "a stray log");

  g_assert_true (wm_backup_restore (f->path, copy, &error));
  g_assert_no_error (error);

  /* The damaged file is kept, byte for byte, with its -wal; no -wal is left to replay. */
  damaged = damaged_files (f);
  g_assert_cmpuint (damaged->len, ==, 1);
  kept = wm_test_read_bytes (g_ptr_array_index (damaged, 0));
  wm_test_assert_same_bytes (garbage, kept);
  g_assert_true (g_regex_match_simple ("school\\.waymark\\.damaged-\\d{8}-\\d{6}$",
                                       g_ptr_array_index (damaged, 0), 0, 0));
  damaged_wal = g_strconcat (g_ptr_array_index (damaged, 0), "-wal", NULL);
  g_assert_true (g_file_test (damaged_wal, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* The school file opens, with the backup's judgements. */
  rating = rating_in (f->path, "1.1b");
  g_assert_cmpstr (rating, ==, "secure");

  /* A second restore at once keeps both earlier files under names of their own. */
  g_assert_true (wm_backup_restore (f->path, copy, &error));
  g_assert_no_error (error);
  g_clear_pointer (&damaged, g_ptr_array_unref);
  damaged = damaged_files (f);
  g_assert_cmpuint (damaged->len, ==, 2);
  g_clear_pointer (&kept, g_bytes_unref);
  kept = wm_test_read_bytes (g_ptr_array_index (damaged, 0));
  wm_test_assert_same_bytes (garbage, kept);

  /* No temporary file is left. */
  names = names_in (f->dir);
  g_assert_null (strstr (names, "restoring"));
}

static void
test_restore_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = day (2024, 6, 10);
  g_autofree char *copy = backup_path (f, "2024-06-10");
  g_autofree char *foreign = g_build_filename (f->backups, "other.sqlite", NULL);
  g_autofree char *newer = g_build_filename (f->backups, "newer.waymark", NULL);
  g_autofree char *school_names = NULL;
  g_autofree char *backup_names = NULL;
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GBytes) school = NULL;
  g_autoptr(GBytes) after = NULL;
  const char *refused[3];
  const int codes[3] = {
    WM_STORE_ERROR_CORRUPT, WM_STORE_ERROR_NOT_SCHOOL, WM_STORE_ERROR_NEWER
  };

  backup_on (f, now);
  close_store (f);
  write_file (f->path, "garbage where the school file was");

  /* A copy cut short, a database that is not a school file, and one from a newer Waymark. */
  whole = wm_test_read_bytes (copy);
  g_file_set_contents (newer, g_bytes_get_data (whole, NULL), (gssize) g_bytes_get_size (whole), &error);
  g_assert_no_error (error);
  wm_test_sqlite_exec (newer, "PRAGMA user_version = 99");
  g_file_set_contents (copy, g_bytes_get_data (whole, NULL), 4096, &error);
  g_assert_no_error (error);
  wm_test_sqlite_exec (foreign, "CREATE TABLE t (x)");

  refused[0] = copy;
  refused[1] = foreign;
  refused[2] = newer;
  school = wm_test_read_bytes (f->path);
  school_names = names_in (f->dir);
  backup_names = names_in (f->backups);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *names = NULL;
      g_autofree char *names_b = NULL;

      g_assert_false (wm_backup_restore (f->path, refused[i], &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "Nothing was restored"));
      g_assert_nonnull (strstr (error->message, refused[i]));
      g_assert_error (error, WM_STORE_ERROR, codes[i]);
      g_clear_error (&error);

      /* Nothing was touched: no damaged copy, no temporary file, the same bytes. */
      names = names_in (f->dir);
      g_assert_cmpstr (names, ==, school_names);
      names_b = names_in (f->backups);
      g_assert_cmpstr (names_b, ==, backup_names);
      g_clear_pointer (&after, g_bytes_unref);
      after = wm_test_read_bytes (f->path);
      wm_test_assert_same_bytes (school, after);
    }
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) first = day (2024, 9, 2);
  g_autoptr(GDateTime) next = day (2024, 9, 3);
  g_autofree char *copy = backup_path (f, "2024-09-02");
  g_autofree char *names = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root may write into a read-only folder");
      return;
    }

  backup_on (f, first);
  before = wm_test_read_bytes (copy);
  g_assert_cmpint (g_chmod (f->backups, 0500), ==, 0);

  g_assert_false (wm_backup_ensure_daily (f->store, next, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, f->backups));
  g_test_message ("%s", error->message);

  g_assert_cmpint (g_chmod (f->backups, 0700), ==, 0);
  after = wm_test_read_bytes (copy);
  wm_test_assert_same_bytes (before, after);
  names = names_in (f->backups);
  g_assert_cmpstr (names, ==, "school-2024-09-02.waymark");
}

static void
test_no_folder (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = day (2024, 9, 2);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  /* Something that is not a folder where the backups folder should be. */
  write_file (f->backups, "in the way");
  before = wm_test_read_bytes (f->backups);

  g_assert_false (wm_backup_ensure_daily (f->store, now, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == WM_STORE_ERROR);
  g_assert_nonnull (strstr (error->message, f->backups));
  g_test_message ("%s", error->message);

  after = wm_test_read_bytes (f->backups);
  wm_test_assert_same_bytes (before, after);
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) first = day (2024, 9, 2);
      g_autoptr(GDateTime) next = day (2024, 9, 3);
      g_autofree char *copy = backup_path (f, "2024-09-02");
      g_autofree char *names = NULL;
      g_autoptr(GBytes) backup = NULL;
      g_autoptr(GBytes) after = NULL;
      struct rlimit limit = { 64 * 1024, 64 * 1024 };

      backup_on (f, first);
      backup = wm_test_read_bytes (copy);
      g_assert_cmpuint (g_bytes_get_size (backup), >, limit.rlim_cur);

      /* No file may grow past 64 KiB from here: as good as a full disk. */
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (wm_backup_ensure_daily (f->store, next, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == WM_STORE_ERROR);
      g_assert_nonnull (strstr (error->message, f->path));
      g_test_message ("%s", error->message);

      /* Yesterday's copy is untouched and nothing half-made is left beside it. */
      after = wm_test_read_bytes (copy);
      wm_test_assert_same_bytes (backup, after);
      names = names_in (f->backups);
      g_assert_cmpstr (names, ==, "school-2024-09-02.waymark");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/backup/daily", test_daily);
  ADD ("/backup/rotation", test_rotation);
  ADD ("/backup/list", test_list);
  ADD ("/backup/list-none", test_list_none);
  ADD ("/backup/restore", test_restore);
  ADD ("/backup/restore-refused", test_restore_refused);
  ADD ("/backup/read-only", test_read_only);
  ADD ("/backup/no-folder", test_no_folder);
  ADD ("/backup/disk-full", test_disk_full);
#undef ADD

  return g_test_run ();
}
