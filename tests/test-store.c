/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "wm-catalog.h"
#include "wm-change.h"
#include "wm-framework-info.h"
#include "wm-grid-model.h"
#include "wm-judgements.h"
#include "wm-store.h"
#include "wm-test-util.h"

/* The school file: creation, migration, refusal, transactions and history. */

static WmFrameworkDef *
load_lqf (void)
{
  g_autoptr(GError) error = NULL;
  WmFrameworkDef *def = wm_catalog_load_bundled ("lqf", &error);

  g_assert_no_error (error);
  return def;
}

static void
test_create (WmTestSchool   *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (f->path, &error);

  g_assert_no_error (error);
  g_assert_true (wm_store_was_created (store));
  g_assert_cmpint (wm_store_get_schema_version (store), ==, WM_STORE_SCHEMA_VERSION);
  wm_store_close (store);

  g_assert_cmpint (wm_test_sqlite_int (f->path, "PRAGMA user_version"), ==, WM_STORE_SCHEMA_VERSION);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "PRAGMA application_id"), ==, 0x57594d4b);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                                     "('frameworks', 'levels', 'ratings', 'headings', 'elements', 'strands', "
                                     "'descriptors', 'descriptor_fields', 'judgements', 'judgement_changes', 'school')"),
                   ==, 11);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);
}

static void
test_create_folder (WmTestSchool   *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "deep", "er", "school.waymark", NULL);
  g_autoptr(WmStore) store = wm_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_migrate_empty (WmTestSchool   *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = NULL;

  /* An empty SQLite file (as `sqlite3 school.waymark` leaves one) is set up, not refused. */
  wm_test_sqlite_exec (f->path, "PRAGMA user_version = 0");
  store = wm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (wm_store_was_created (store));
  wm_store_close (store);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "PRAGMA user_version"), ==, WM_STORE_SCHEMA_VERSION);
}

static void
test_reopen (WmTestSchool   *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = NULL;
  g_autoptr(WmFrameworkDef) def = load_lqf ();
  g_autofree char *rating = NULL;
  g_autofree char *note = NULL;

  store = wm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (wm_catalog_install (store, def, &error));
  g_assert_no_error (error);
  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "partial", "Learning walk", "Head", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = wm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (wm_store_was_created (store));
  g_assert_true (wm_judgements_lookup (store, "lqf", "8.3g", &rating, NULL, NULL, &note, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rating, ==, "partial");
  g_assert_cmpstr (note, ==, "Learning walk");
}

static void
assert_refused (const char   *path,
                int           code,
                const char   *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = wm_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(WmStore) store = wm_store_open (path, &error);

  g_assert_null (store);
  g_assert_error (error, WM_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_nonnull (strstr (error->message, path));

  after = wm_test_read_bytes (path);
  wm_test_assert_same_bytes (before, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_newer (WmTestSchool   *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (f->path, &error);

  g_assert_no_error (error);
  g_clear_object (&store);

  /* Back to a rollback journal, so that the file alone holds everything. */
  wm_test_sqlite_exec (f->path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 7");
  assert_refused (f->path, WM_STORE_ERROR_NEWER, "newer version of Waymark");
}

static void
test_refuse_foreign (WmTestSchool   *f,
                     gconstpointer  data)
{
  wm_test_sqlite_exec (f->path, "CREATE TABLE recipes (name TEXT)");
  assert_refused (f->path, WM_STORE_ERROR_NOT_SCHOOL, "not a Waymark school file");
}

static void
test_refuse_not_sqlite (WmTestSchool   *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (f->path, "Minutes of the governors' meeting\n", -1, &error);
  g_assert_no_error (error);
  assert_refused (f->path, WM_STORE_ERROR_NOT_SCHOOL, "not an SQLite database");
}

/* Runs @sql as another program would, but leaves what it wrote in the -wal. */
static void
write_into_wal (const char *path,
                const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* A refused file and the -wal beside it are left byte for byte: closing the refused
 * connection neither checkpoints into the file nor deletes its -wal. */
static void
assert_refused_with_wal (const char *path,
                         int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GBytes) before = wm_test_read_bytes (path);
  g_autoptr(GBytes) wal_before = wm_test_read_bytes (wal);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) wal_after = NULL;
  g_autoptr(WmStore) store = NULL;

  g_assert_nonnull (wal_before);
  g_assert_cmpuint (g_bytes_get_size (wal_before), >, 0);

  store = wm_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, WM_STORE_ERROR, code);

  after = wm_test_read_bytes (path);
  wal_after = wm_test_read_bytes (wal);
  wm_test_assert_same_bytes (before, after);
  wm_test_assert_same_bytes (wal_before, wal_after);
}

static void
test_refuse_keeps_wal (WmTestSchool   *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (f->path, &error);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  g_autofree char *text = NULL;
  FILE *file;

  g_assert_no_error (error);
  g_clear_object (&store);

  /* Newer, and only the -wal says so. */
  write_into_wal (f->path, "PRAGMA user_version = 7");
  assert_refused_with_wal (f->path, WM_STORE_ERROR_NEWER);

  /* Overwritten at the start, with recent work in the -wal that did not touch page 1. */
  wm_test_sqlite_exec (f->path, "PRAGMA user_version = 3");
  write_into_wal (f->path, "UPDATE ratings SET name = name || '.'");
  g_unlink (shm);
  text = g_strnfill (4096, 'x');
  file = g_fopen (f->path, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpuint (fwrite (text, 1, 4096, file), ==, 4096);
  g_assert_cmpint (fclose (file), ==, 0);
  assert_refused_with_wal (f->path, WM_STORE_ERROR_NOT_SCHOOL);
}

static guint
count_rows (WmStore    *store,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  return (guint) wm_test_sqlite_int (wm_store_get_path (store), sql);
}

static void
test_rollback (WmTestSchool   *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (f->path, &error);
  g_autoptr(WmFrameworkDef) def = load_lqf ();
  g_autoptr(WmFrameworkDef) broken = load_lqf ();
  WmHeadingDef *heading;
  WmElementDef *element;
  WmStrandDef *strand;
  WmDescriptorDef *last;

  g_assert_no_error (error);
  g_assert_true (wm_catalog_install (store, def, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "descriptors"), ==, 96);

  /* The same framework again: refused whole. */
  g_assert_false (wm_catalog_install (store, def, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (store, "frameworks"), ==, 1);

  /* A framework whose very last descriptor names no level fails deep inside
   * the install: every row before it must go too. */
  g_free (broken->id);
  broken->id = g_strdup ("broken");
  heading = g_ptr_array_index (broken->headings, broken->headings->len - 1);
  element = g_ptr_array_index (heading->elements, heading->elements->len - 1);
  strand = g_ptr_array_index (element->strands, element->strands->len - 1);
  last = g_ptr_array_index (strand->descriptors, strand->descriptors->len - 1);
  g_free (last->level);
  last->level = g_strdup ("platinum");

  g_assert_false (wm_catalog_install (store, broken, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "FOREIGN KEY"));
  g_clear_error (&error);

  g_assert_cmpuint (count_rows (store, "frameworks"), ==, 1);
  g_assert_cmpuint (count_rows (store, "descriptors"), ==, 96);
  g_assert_cmpuint (count_rows (store, "strands"), ==, 32);

  /* An unknown rating is refused and writes nothing. */
  g_assert_false (wm_judgements_rate (store, "lqf", "1.1b", "outstanding", NULL, "Head", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (wm_judgements_rate (store, "lqf", "99.9z", "secure", NULL, "Head", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (store, "judgements"), ==, 0);
  g_assert_cmpuint (count_rows (store, "judgement_changes"), ==, 0);

  /* "Not applicable" needs a reason. */
  g_assert_false (wm_judgements_rate (store, "lqf", "1.1b", "not-applicable", NULL, "Head", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "needs a reason"));
  g_clear_error (&error);
  g_assert_false (wm_judgements_rate (store, "lqf", "1.1b", "not-applicable", "  ", "Head", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (store, "judgements"), ==, 0);

  /* The store is still usable after the failures. */
  g_assert_true (wm_judgements_rate (store, "lqf", "1.1b", "secure", NULL, "Head", &error));
  g_assert_no_error (error);
  g_assert_true (wm_judgements_rate (store, "lqf", "1.2b", "not-applicable",
                                     "We have no sixth form", "Head", &error));
  g_assert_no_error (error);
}

static void
assert_change (GListModel *history,
               guint       position,
               const char *old_rating,
               const char *new_rating,
               const char *new_note,
               const char *author)
{
  g_autoptr(WmChange) change = g_list_model_get_item (history, position);

  g_assert_nonnull (change);
  g_assert_cmpstr (wm_change_get_old_rating_name (change), ==, old_rating);
  g_assert_cmpstr (wm_change_get_new_rating_name (change), ==, new_rating);
  g_assert_cmpstr (wm_change_get_new_note (change), ==, new_note);
  g_assert_cmpstr (wm_change_get_author (change), ==, author);
  g_assert_true (g_str_has_suffix (wm_change_get_changed_at (change), "Z"));
}

static void
test_history (WmTestSchool   *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (f->path, &error);
  g_autoptr(WmFrameworkDef) def = load_lqf ();
  g_autoptr(GListModel) history = NULL;
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  g_assert_true (wm_catalog_install (store, def, &error));

  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "developing", "First look", "Ms Khan", &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "partial", NULL, "Mr Jones", &error));
  /* The same again is no change, and leaves no history. */
  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "partial", NULL, "Mr Jones", &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "partial", "After the learning walk", "Ms Khan", &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "not-started", NULL, "Ms Khan", &error));
  g_assert_no_error (error);

  history = wm_judgements_history (store, "lqf", "8.3g", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 4);
  assert_change (history, 0, NULL, "Developing", "First look", "Ms Khan");
  assert_change (history, 1, "Developing", "Partial", "First look", "Mr Jones");
  assert_change (history, 2, "Partial", "Partial", "After the learning walk", "Ms Khan");
  assert_change (history, 3, "Partial", "Not yet started", "After the learning walk", "Ms Khan");
  g_clear_object (&history);

  history = wm_judgements_history (store, "lqf", "1.1b", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 0);

  /* Nothing can erase a judgement or rewrite history, not even raw SQL. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM judgements", NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE judgement_changes SET new_note = ''", NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM judgement_changes", NULL, NULL, NULL), !=, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpuint (count_rows (store, "judgement_changes"), ==, 4);
}

static void
test_undo (WmTestSchool   *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (f->path, &error);
  g_autoptr(WmFrameworkDef) def = load_lqf ();
  g_autoptr(GListModel) history = NULL;
  g_autofree char *rating = NULL;
  g_autofree char *note = NULL;
  gint64 first = 0, second = 0, stale = 0;

  g_assert_true (wm_catalog_install (store, def, &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "partial", "Walk", "Head", &error));
  g_assert_true (wm_judgements_last_change (store, "lqf", "8.3g", &first, &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "secure", NULL, "Head", &error));
  g_assert_true (wm_judgements_last_change (store, "lqf", "8.3g", &second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (second, >, first);

  /* Undo writes the old judgement back as a new change. */
  g_assert_true (wm_judgements_undo (store, "lqf", "8.3g", second, "Head", &error));
  g_assert_no_error (error);
  g_assert_true (wm_judgements_lookup (store, "lqf", "8.3g", &rating, NULL, NULL, &note, &error));
  g_assert_cmpstr (rating, ==, "partial");
  g_assert_cmpstr (note, ==, "Walk");
  history = wm_judgements_history (store, "lqf", "8.3g", &error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 3);

  /* A change that the judgement no longer shows is not undone twice. */
  g_assert_false (wm_judgements_undo (store, "lqf", "8.3g", second, "Head", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* Newest first, the one before it: back to before the first judgement. */
  g_assert_true (wm_judgements_undo (store, "lqf", "8.3g", first, "Head", &error));
  g_assert_no_error (error);
  g_clear_pointer (&rating, g_free);
  g_clear_pointer (&note, g_free);
  g_assert_true (wm_judgements_lookup (store, "lqf", "8.3g", &rating, NULL, NULL, &note, &error));
  g_assert_cmpstr (rating, ==, "not-started");
  g_assert_cmpstr (note, ==, "");

  /* A change overtaken by a later one is refused: the later judgement stays. */
  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "developing", NULL, "Mr Jones", &error));
  g_assert_false (wm_judgements_undo (store, "lqf", "8.3g", first, "Head", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* Undoing a first judgement puts the descriptor back to "not yet started". */
  g_assert_true (wm_judgements_rate (store, "lqf", "1.1b", "developing", "x", "Head", &error));
  g_assert_true (wm_judgements_last_change (store, "lqf", "1.1b", &stale, &error));
  g_assert_true (wm_judgements_undo (store, "lqf", "1.1b", stale, "Head", &error));
  g_clear_pointer (&rating, g_free);
  g_clear_pointer (&note, g_free);
  g_assert_true (wm_judgements_lookup (store, "lqf", "1.1b", &rating, NULL, NULL, &note, &error));
  g_assert_cmpstr (rating, ==, "not-started");
  g_assert_cmpstr (note, ==, "");
}

static void
test_resolve (WmTestSchool   *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (f->path, &error);
  g_autoptr(WmFrameworkDef) def = load_lqf ();
  g_autoptr(WmFrameworkDef) copy = load_lqf ();
  g_autofree char *fw = NULL;
  g_autofree char *id = NULL;
  g_autofree char *rating = NULL;

  g_assert_true (wm_catalog_install (store, def, &error));
  g_assert_true (wm_judgements_resolve_descriptor (store, "8.3g", &fw, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (fw, ==, "lqf");
  g_assert_cmpstr (id, ==, "8.3g");

  rating = wm_judgements_resolve_rating (store, "lqf", "NOT YET STARTED", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rating, ==, "not-started");

  /* Once two frameworks share an id, a bare id is ambiguous. */
  g_free (copy->id);
  copy->id = g_strdup ("lqf-copy");
  g_assert_true (wm_catalog_install (store, copy, &error));
  g_clear_pointer (&fw, g_free);
  g_clear_pointer (&id, g_free);
  g_assert_false (wm_judgements_resolve_descriptor (store, "8.3g", &fw, &id, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_AMBIGUOUS);
  g_clear_error (&error);
  g_assert_true (wm_judgements_resolve_descriptor (store, "lqf-copy:8.3g", &fw, &id, &error));
  g_assert_cmpstr (fw, ==, "lqf-copy");
}

static void
test_grid_model (WmTestSchool   *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (f->path, &error);
  g_autoptr(WmGridModel) grid = NULL;
  guint counts[3] = { 0 };
  WmDescriptor *descriptor;

  g_assert_no_error (error);
  grid = wm_grid_model_new (store, "lqf", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (grid)); i++)
    {
      g_autoptr(WmGridRow) row = g_list_model_get_item (G_LIST_MODEL (grid), i);
      counts[wm_grid_row_get_kind (row)]++;
    }
  g_assert_cmpuint (counts[WM_GRID_ROW_HEADING], ==, 4);
  g_assert_cmpuint (counts[WM_GRID_ROW_ELEMENT], ==, 12);
  g_assert_cmpuint (counts[WM_GRID_ROW_STRAND], ==, 32);
  g_assert_cmpuint (wm_grid_model_get_n_descriptors (grid), ==, 96);
  g_assert_cmpuint (wm_grid_model_get_n_levels (grid), ==, 3);
  g_assert_cmpstr (wm_grid_model_get_level_name (grid, 2), ==, "Gold");

  /* A judgement written through the store reaches the model's descriptor. */
  descriptor = wm_grid_model_lookup (grid, "4.1s");
  g_assert_cmpstr (wm_descriptor_get_rating_id (descriptor), ==, "not-started");
  g_assert_true (wm_judgements_rate (store, "lqf", "4.1s", "secure", NULL, "Head", &error));
  g_assert_cmpstr (wm_descriptor_get_rating_id (descriptor), ==, "secure");
  g_assert_cmpstr (wm_descriptor_get_rating_name (descriptor), ==, "Secure");
  g_assert_cmpuint (wm_descriptor_get_rating_position (descriptor), ==, 3);

  g_assert_null (wm_grid_model_new (store, "nope", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static void
test_bundled (WmTestSchool   *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (f->path, &error);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(WmFrameworkInfo) info = NULL;
  g_auto(GStrv) bundled = wm_catalog_bundled_ids ();
  guint n_descriptors = 0;

  /* Every bundled framework is installed, whole. */
  for (guint i = 0; bundled[i]; i++)
    {
      g_autoptr(WmFrameworkDef) def = wm_catalog_load_bundled (bundled[i], &error);
      guint n;

      g_assert_no_error (error);
      wm_framework_def_count (def, NULL, NULL, &n);
      n_descriptors += n;
    }

  g_assert_no_error (error);
  list = wm_catalog_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, g_strv_length (bundled));
  info = g_list_model_get_item (list, 0);
  g_assert_cmpstr (wm_framework_info_get_id (info), ==, "lqf");
  g_assert_cmpuint (wm_framework_info_get_n_descriptors (info), ==, 96);
  g_assert_cmpuint (wm_framework_info_get_n_judged (info), ==, 0);

  g_assert_true (wm_judgements_rate (store, "lqf", "1.1b", "developing", NULL, "Head", &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "1.1s", "not-started", NULL, "Head", &error));
  g_assert_cmpuint (wm_catalog_count_judged (store, "lqf", &error), ==, 1);
  g_clear_object (&store);

  /* Opened again, nothing is installed twice. */
  store = wm_catalog_open_school (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "frameworks"), ==, g_strv_length (bundled));
  g_assert_cmpuint (count_rows (store, "descriptors"), ==, n_descriptors);
}

static void
test_bundled_once (WmTestSchool   *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (f->path, &error);

  /* A school file that has had its bundled frameworks does not get them back. */
  g_assert_true (wm_catalog_install_bundled (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  wm_test_sqlite_exec (f->path, "PRAGMA foreign_keys = OFF;"
                     "DROP TRIGGER judgements_keep; DELETE FROM descriptors; DELETE FROM strands;"
                     "DELETE FROM elements; DELETE FROM headings; DELETE FROM levels; DELETE FROM ratings;"
                     "DELETE FROM frameworks;");
  store = wm_catalog_open_school (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "frameworks"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/store/create", test_create);
  ADD ("/store/create-folder", test_create_folder);
  ADD ("/store/migrate-empty", test_migrate_empty);
  ADD ("/store/reopen", test_reopen);
  ADD ("/store/refuse-newer", test_refuse_newer);
  ADD ("/store/refuse-foreign", test_refuse_foreign);
  ADD ("/store/refuse-not-sqlite", test_refuse_not_sqlite);
  ADD ("/store/refuse-keeps-wal", test_refuse_keeps_wal);
  ADD ("/store/rollback", test_rollback);
  ADD ("/store/history", test_history);
  ADD ("/store/undo", test_undo);
  ADD ("/store/resolve", test_resolve);
  ADD ("/store/grid-model", test_grid_model);
  ADD ("/catalog/bundled", test_bundled);
  ADD ("/catalog/bundled-once", test_bundled_once);
#undef ADD

  return g_test_run ();
}
