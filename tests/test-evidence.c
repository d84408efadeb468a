/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-evidence"

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-store-private.h"
#include "wm-test-util.h"

/* Evidence: files kept once by SHA-256, links, notes, attaching and undoing, damage, size. */

#define AUTHOR "Ms Test"
#define BIG_FILE (200 * 1000 * 1000)

typedef struct {
  char    *dir;
  char    *path;
  WmStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = wm_test_make_dir ("waymark-evidence-XXXXXX");
  f->path = g_build_filename (f->dir, "school.waymark", NULL);
  f->store = wm_catalog_open_school (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  wm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* A file of @size bytes in the fixture's folder, different for each @seed. */
static GFile *
make_file (Fixture    *f,
           const char *name,
           gsize       size,
           guint32     seed,
           GBytes    **bytes)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree guchar *data = g_malloc (size);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < size; i++)
    data[i] = (guchar) g_rand_int (rand);
  g_file_set_contents (path, (const char *) data, (gssize) size, &error);
  g_assert_no_error (error);
  if (bytes != NULL)
    *bytes = g_bytes_new (data, size);
  return g_file_new_for_path (path);
}

static gint64
add_file (Fixture *f,
          GFile   *file,
          const char *label)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_evidence_add_file (f->store, file, label, AUTHOR, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
attach (Fixture    *f,
        const char *descriptor_id,
        gint64      id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wm_evidence_attach (f->store, "lqf", descriptor_id, id, AUTHOR, &error));
  g_assert_no_error (error);
}

static GListModel *
list (Fixture          *f,
      const char       *framework_id,
      const char       *descriptor_id,
      WmEvidenceFilter  filter)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = wm_evidence_list (f->store, framework_id, descriptor_id, filter, &error);

  g_assert_no_error (error);
  return model;
}

static guint
count (Fixture    *f,
       const char *descriptor_id)
{
  g_autoptr(GError) error = NULL;
  guint n = wm_evidence_count (f->store, "lqf", descriptor_id, &error);

  g_assert_no_error (error);
  return n;
}

static int
sql_int (Fixture    *f,
         const char *sql)
{
  return wm_test_sqlite_int (f->path, sql);
}

static void
assert_nothing_stored (Fixture *f)
{
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM evidence"), ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM evidence_blobs"), ==, 0);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM descriptor_evidence"), ==, 0);
}

static void
test_file_stored_once (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GFile) file = make_file (f, "Learning walk.pdf", 300 * 1000 + 7, 1, &original);
  g_autofree char *out_path = g_build_filename (f->dir, "out.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GBytes) extracted = NULL;
  g_autoptr(GListModel) attached = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(WmEvidenceItem) item = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, again;

  id = add_file (f, file, NULL);
  attach (f, "8.3g", id);
  attach (f, "1.1b", id);
  attach (f, "1.2s", id);
  attach (f, "1.2s", id);   /* already there: nothing changes */

  /* One blob, however many descriptors. */
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM evidence_blobs"), ==, 1);
  g_assert_cmpint (sql_int (f, "SELECT sum(size) FROM evidence_blobs"), ==, 300 * 1000 + 7);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM descriptor_evidence"), ==, 3);
  g_assert_cmpuint (count (f, "8.3g"), ==, 1);
  g_assert_cmpuint (count (f, "2.1b"), ==, 0);

  attached = list (f, "lqf", "1.1b", WM_EVIDENCE_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (attached), ==, 1);
  item = g_list_model_get_item (attached, 0);
  g_assert_cmpint (wm_evidence_item_get_id (item), ==, id);
  g_assert_cmpint (wm_evidence_item_get_kind (item), ==, WM_EVIDENCE_KIND_FILE);
  g_assert_cmpstr (wm_evidence_item_get_label (item), ==, "Learning walk.pdf");
  g_assert_cmpstr (wm_evidence_item_get_file_name (item), ==, "Learning walk.pdf");
  g_assert_cmpint (wm_evidence_item_get_size (item), ==, 300 * 1000 + 7);
  /* A MIME type; which one depends on the system's database, hidden from these tests. */
  g_assert_nonnull (strchr (wm_evidence_item_get_content_type (item), '/'));
  g_assert_null (wm_evidence_item_get_url (item));
  g_assert_false (wm_evidence_item_get_reviewed (item));
  g_assert_cmpstr (wm_evidence_item_get_added_by (item), ==, AUTHOR);
  g_assert_cmpuint (wm_evidence_item_get_n_descriptors (item), ==, 3);

  /* Out again, byte for byte. */
  g_assert_true (wm_evidence_extract (f->store, id, out, NULL, &error));
  g_assert_no_error (error);
  extracted = wm_test_read_bytes (out_path);
  wm_test_assert_same_bytes (original, extracted);

  /* The same bytes added again: a second piece of evidence, the same blob. */
  again = add_file (f, out, "Walk, second copy");
  g_assert_cmpint (again, !=, id);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM evidence"), ==, 2);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM evidence_blobs"), ==, 1);
  g_assert_cmpint (sql_int (f, "SELECT count(DISTINCT blob_sha256) FROM evidence"), ==, 1);

  /* Unattached evidence is still listed with every piece in the file, for reuse. */
  all = list (f, NULL, NULL, WM_EVIDENCE_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  g_clear_object (&item);
  item = g_list_model_get_item (all, 1);
  g_assert_cmpstr (wm_evidence_item_get_label (item), ==, "Walk, second copy");
  g_assert_cmpuint (wm_evidence_item_get_n_descriptors (item), ==, 0);
}

static void
test_link_and_note (Fixture       *f,
                    gconstpointer  data)
{
  const char *bad[] = { "ftp://example.org/x", "not a web address", "http://", "mailto:a@b.c", "" };
  g_autoptr(GListModel) attached = NULL;
  g_autoptr(WmEvidenceItem) link_item = NULL;
  g_autoptr(WmEvidenceItem) note_item = NULL;
  g_autoptr(GError) error = NULL;
  gint64 link, note, named;

  link = wm_evidence_add_link (f->store, " https://example.org/minutes?id=3 ", NULL, AUTHOR, &error);
  g_assert_no_error (error);
  note = wm_evidence_add_note (f->store,
                               "Governors visited the science department on 3 November and "
                               "saw the new marking policy in use.\nSecond line.",
                               NULL, AUTHOR, &error);
  g_assert_no_error (error);
  named = wm_evidence_add_note (f->store, "Short", "  Visit  ", AUTHOR, &error);
  g_assert_no_error (error);
  attach (f, "8.3g", link);
  attach (f, "8.3g", note);

  attached = list (f, "lqf", "8.3g", WM_EVIDENCE_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (attached), ==, 2);
  link_item = g_list_model_get_item (attached, 0);
  g_assert_cmpint (wm_evidence_item_get_kind (link_item), ==, WM_EVIDENCE_KIND_LINK);
  g_assert_cmpstr (wm_evidence_item_get_kind_name (link_item), ==, "link");
  g_assert_cmpstr (wm_evidence_item_get_url (link_item), ==, "https://example.org/minutes?id=3");
  g_assert_cmpstr (wm_evidence_item_get_label (link_item), ==, "https://example.org/minutes?id=3");
  g_assert_cmpint (wm_evidence_item_get_size (link_item), ==, 0);

  note_item = g_list_model_get_item (attached, 1);
  g_assert_cmpint (wm_evidence_item_get_kind (note_item), ==, WM_EVIDENCE_KIND_NOTE);
  g_assert_cmpstr (wm_evidence_item_get_label (note_item), ==,
                   "Governors visited the science department on 3 November and…");
  g_assert_true (g_str_has_suffix (wm_evidence_item_get_text (note_item), "Second line."));
  g_clear_object (&note_item);
  note_item = wm_evidence_lookup (f->store, named, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_evidence_item_get_label (note_item), ==, "Visit");

  /* Only web addresses are links; a note needs words. Nothing is written for either. */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_cmpint (wm_evidence_add_link (f->store, bad[i], NULL, AUTHOR, &error), ==, 0);
      g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "is not a web address"));
      g_clear_error (&error);
    }
  g_assert_cmpint (wm_evidence_add_note (f->store, " \n ", NULL, AUTHOR, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM evidence"), ==, 3);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM evidence_blobs"), ==, 0);

  /* Neither is a file to write out. */
  g_assert_null (wm_evidence_open_temporary (f->store, link, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "is a web link, not a file"));
}

static void
test_rename_and_review (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GFile) file = make_file (f, "plan.txt", 1000, 2, NULL);
  g_autoptr(GListModel) unreviewed = NULL;
  g_autoptr(WmEvidenceItem) item = NULL;
  g_autoptr(GError) error = NULL;
  gint64 a = add_file (f, file, "Plan");
  gint64 b = wm_evidence_add_note (f->store, "Observed", NULL, AUTHOR, &error);

  g_assert_no_error (error);
  attach (f, "8.3g", a);
  attach (f, "8.3g", b);

  g_assert_true (wm_evidence_rename (f->store, a, "  Development plan 2024 ", &error));
  g_assert_no_error (error);
  item = wm_evidence_lookup (f->store, a, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_evidence_item_get_label (item), ==, "Development plan 2024");
  g_assert_cmpstr (wm_evidence_item_get_file_name (item), ==, "plan.txt");

  g_assert_false (wm_evidence_rename (f->store, a, "   ", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (wm_evidence_rename (f->store, 999, "Ghost", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "No evidence 999"));
  g_clear_error (&error);

  /* Reviewing one leaves the other for the filter. */
  g_assert_true (wm_evidence_set_reviewed (f->store, a, TRUE, &error));
  g_assert_no_error (error);
  unreviewed = list (f, "lqf", "8.3g", WM_EVIDENCE_FILTER_UNREVIEWED);
  g_assert_cmpuint (g_list_model_get_n_items (unreviewed), ==, 1);
  g_clear_object (&item);
  item = g_list_model_get_item (unreviewed, 0);
  g_assert_cmpint (wm_evidence_item_get_id (item), ==, b);
  g_clear_object (&unreviewed);
  unreviewed = list (f, "lqf", NULL, WM_EVIDENCE_FILTER_UNREVIEWED);
  g_assert_cmpuint (g_list_model_get_n_items (unreviewed), ==, 1);

  g_assert_true (wm_evidence_set_reviewed (f->store, b, TRUE, &error));
  g_clear_object (&unreviewed);
  unreviewed = list (f, NULL, NULL, WM_EVIDENCE_FILTER_UNREVIEWED);
  g_assert_cmpuint (g_list_model_get_n_items (unreviewed), ==, 0);
  g_assert_true (wm_evidence_set_reviewed (f->store, b, FALSE, &error));
  g_clear_object (&unreviewed);
  unreviewed = list (f, NULL, NULL, WM_EVIDENCE_FILTER_UNREVIEWED);
  g_assert_cmpuint (g_list_model_get_n_items (unreviewed), ==, 1);
  g_assert_false (wm_evidence_set_reviewed (f->store, 999, TRUE, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static void
test_detach_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GListModel) attached = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = wm_evidence_add_note (f->store, "Book look", NULL, AUTHOR, &error);

  g_assert_no_error (error);
  attach (f, "8.3g", id);
  attach (f, "1.1b", id);

  g_assert_true (wm_evidence_detach (f->store, "lqf", "8.3g", id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, "8.3g"), ==, 0);
  g_assert_cmpuint (count (f, "1.1b"), ==, 1);
  attached = list (f, "lqf", "8.3g", WM_EVIDENCE_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (attached), ==, 0);
  /* Removed, not deleted: the row and the evidence stay. */
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM descriptor_evidence "
                               "WHERE descriptor_id = '8.3g' AND removed_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM evidence"), ==, 1);

  g_assert_false (wm_evidence_detach (f->store, "lqf", "8.3g", id, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "is not attached to lqf:8.3g"));
  g_clear_error (&error);

  /* Undo: the same row comes back. */
  attach (f, "8.3g", id);
  g_assert_cmpuint (count (f, "8.3g"), ==, 1);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM descriptor_evidence WHERE descriptor_id = '8.3g'"), ==, 1);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM descriptor_evidence WHERE removed_at IS NOT NULL"), ==, 0);

  /* Unknown descriptors and evidence are named. */
  g_assert_false (wm_evidence_attach (f->store, "lqf", "99.9z", id, AUTHOR, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "No descriptor “lqf:99.9z”"));
  g_clear_error (&error);
  g_assert_false (wm_evidence_attach (f->store, "lqf", "8.3g", 999, AUTHOR, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "No evidence 999"));
}

static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "no such report.pdf", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (wm_evidence_add_file (f->store, missing, NULL, AUTHOR, NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  g_assert_cmpint (wm_evidence_add_file (f->store, folder, NULL, AUTHOR, NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, f->dir));
  assert_nothing_stored (f);
}

typedef struct {
  char     *path;
  gboolean  changed;
} Change;

/* Rewrites the first byte of the file being added, once, as another program might mid-copy. */
static void
change_file_cb (double   fraction,
                gpointer user_data)
{
  Change *change = user_data;
  unsigned char byte;
  int fd;

  if (change->changed)
    return;
  change->changed = TRUE;
  g_assert_cmpfloat (fraction, <=, 0.5);   /* still hashing */

  fd = g_open (change->path, O_RDWR, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pread (fd, &byte, 1, 0), ==, 1);
  byte ^= 0xff;
  g_assert_cmpint (pwrite (fd, &byte, 1, 0), ==, 1);
  close (fd);
}

static void
test_changed_while_added (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GFile) file = make_file (f, "draft.docx", 1000 * 1000, 3, NULL);
  Change change = { g_file_get_path (file), FALSE };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (wm_evidence_add_file (f->store, file, NULL, AUTHOR, NULL,
                                         change_file_cb, &change, &error), ==, 0);
  g_free (change.path);
  g_assert_true (change.changed);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "draft.docx changed while it was being added"));
  assert_nothing_stored (f);
}

/* Flips one byte in the middle of every stored blob, straight through SQLite. */
static void
corrupt_blobs (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rowid, size FROM evidence_blobs", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      sqlite3_blob *blob = NULL;
      int middle = sqlite3_column_int (stmt, 1) / 2;
      unsigned char byte;

      g_assert_cmpint (sqlite3_blob_open (db, "main", "evidence_blobs", "data",
                                          sqlite3_column_int64 (stmt, 0), 1, &blob), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_blob_read (blob, &byte, 1, middle), ==, SQLITE_OK);
      byte ^= 0x5a;
      g_assert_cmpint (sqlite3_blob_write (blob, &byte, 1, middle), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_blob_close (blob), ==, SQLITE_OK);
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GFile) file = make_file (f, "minutes.odt", 200 * 1000, 4, NULL);
  g_autofree char *out_dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *new_path = g_build_filename (out_dir, "minutes.odt", NULL);
  g_autofree char *old_path = g_build_filename (out_dir, "kept.odt", NULL);
  g_autoptr(GFile) new_dest = g_file_new_for_path (new_path);
  g_autoptr(GFile) old_dest = g_file_new_for_path (old_path);
  g_autoptr(GBytes) old_bytes = g_bytes_new_static ("keep me", 7);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = add_file (f, file, "Minutes");

  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (old_path, "keep me", 7, NULL));
  corrupt_blobs (f->path);

  g_assert_false (wm_evidence_extract (f->store, id, new_dest, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "“Minutes” is damaged"));
  g_clear_error (&error);
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));

  /* A file already under the name stays as it was; nothing half-written is left beside it. */
  g_assert_false (wm_evidence_extract (f->store, id, old_dest, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  after = wm_test_read_bytes (old_path);
  wm_test_assert_same_bytes (old_bytes, after);
  g_assert_cmpuint (count_files (out_dir), ==, 1);

  g_assert_null (wm_evidence_open_temporary (f->store, id, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_CORRUPT);
}

static void
test_open_temporary (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GFile) file = make_file (f, "Pupil voice.xlsx", 70 * 1000, 5, &original);
  g_autoptr(GFile) temporary = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) source_folder = g_file_get_parent (file);
  g_autoptr(GBytes) opened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  gint64 id = add_file (f, file, "Survey");

  temporary = wm_evidence_open_temporary (f->store, id, &error);
  g_assert_no_error (error);
  base = g_file_get_basename (temporary);
  g_assert_cmpstr (base, ==, "Pupil voice.xlsx");
  path = g_file_get_path (temporary);
  opened = wm_test_read_bytes (path);
  wm_test_assert_same_bytes (original, opened);

  folder = g_file_get_parent (temporary);
  g_assert_false (g_file_equal (folder, source_folder));
  g_assert_true (g_file_delete (temporary, NULL, NULL));
  g_assert_true (g_file_delete (folder, NULL, NULL));
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = make_file (f, "video.mp4", 2 * 1000 * 1000, 6, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *limit = NULL;
  int pages = sql_int (f, "PRAGMA page_count");

  /* The school file may grow by a few pages only: SQLite answers SQLITE_FULL, as on a full disk. */
  limit = g_strdup_printf ("PRAGMA max_page_count = %d", pages + 20);
  g_assert_true (wm_store_exec (f->store, limit, &error));
  g_assert_no_error (error);

  g_assert_cmpint (wm_evidence_add_file (f->store, file, NULL, AUTHOR, NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "video.mp4"));
  g_clear_error (&error);
  assert_nothing_stored (f);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);

  /* With room again, the same file goes in. */
  g_assert_true (wm_store_exec (f->store, "PRAGMA max_page_count = 1073741823", &error));
  add_file (f, file, NULL);
}

/* Starts peak_memory() again from what the process holds now, where Linux allows it. */
static void
reset_peak_memory (void)
{
  if (!g_file_set_contents_full ("/proc/self/clear_refs", "5", 1, G_FILE_SET_CONTENTS_NONE, 0, NULL))
    g_test_message ("could not reset VmHWM: measuring from the peak so far");
}

/* The most memory this process has held so far, in bytes. */
static gsize
peak_memory (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmHWM:");
  g_assert_nonnull (line);
  return (gsize) g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10) * 1024;
}

static void
test_large_file_flat_memory (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "assembly.mov", NULL);
  g_autofree char *out_path = g_build_filename (f->dir, "assembly-out.mov", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(WmEvidenceItem) item = NULL;
  g_autoptr(GError) error = NULL;
  char marks[2][8] = { { 0 } };
  gsize before;
  gint64 id;
  int fd;

  /* 200 MB, sparse but for a mark at each end. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, BIG_FILE), ==, 0);
  g_assert_cmpint (pwrite (fd, "BEGIN!!!", 8, 0), ==, 8);
  g_assert_cmpint (pwrite (fd, "THE END.", 8, BIG_FILE - 8), ==, 8);
  g_assert_cmpint (close (fd), ==, 0);

  reset_peak_memory ();
  before = peak_memory ();
  id = add_file (f, file, NULL);
  g_assert_true (wm_evidence_extract (f->store, id, out, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("peak memory grew by %" G_GSIZE_FORMAT " kB", (peak_memory () - before) / 1024);
  g_assert_cmpuint (peak_memory () - before, <, 64 * 1024 * 1024);

  item = wm_evidence_lookup (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wm_evidence_item_get_size (item), ==, BIG_FILE);
  g_assert_cmpint (sql_int (f, "SELECT size FROM evidence_blobs"), ==, BIG_FILE);

  /* Extract checked the SHA-256 of every byte; the ends and the length say it is this file. */
  fd = g_open (out_path, O_RDONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (lseek (fd, 0, SEEK_END), ==, BIG_FILE);
  g_assert_cmpint (pread (fd, marks[0], 8, 0), ==, 8);
  g_assert_cmpint (pread (fd, marks[1], 8, BIG_FILE - 8), ==, 8);
  close (fd);
  g_assert_cmpmem (marks[0], 8, "BEGIN!!!", 8);
  g_assert_cmpmem (marks[1], 8, "THE END.", 8);
}

typedef struct {
  GMainLoop *loop;
  GPtrArray *fractions;   /* of double* */
  gint64     id;
  GError    *error;
  GThread   *main_thread;
  gpointer   task;        /* weak: NULL once the task is finalized */
} AsyncRun;

static void
async_progress_cb (double   fraction,
                   gpointer user_data)
{
  AsyncRun *run = user_data;

  g_assert_true (g_thread_self () == run->main_thread);
  g_ptr_array_add (run->fractions, g_memdup2 (&fraction, sizeof fraction));
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->id = wm_evidence_add_file_finish (WM_STORE (source), result, &run->error);
  run->task = result;
  g_object_add_weak_pointer (G_OBJECT (result), &run->task);
  g_main_loop_quit (run->loop);
}

static void
run_async (Fixture      *f,
           GFile        *file,
           GCancellable *cancellable,
           AsyncRun     *run)
{
  run->loop = g_main_loop_new (NULL, FALSE);
  run->fractions = g_ptr_array_new_with_free_func (g_free);
  run->main_thread = g_thread_self ();
  wm_evidence_add_file_async (f->store, file, "Async", AUTHOR, cancellable,
                              async_progress_cb, run, async_done_cb, run);
  g_main_loop_run (run->loop);
  g_main_loop_unref (run->loop);

  /* The worker drops its reference to the task, and so to the store, a moment later. */
  while (g_atomic_pointer_get (&run->task) != NULL)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GFile) file = make_file (f, "photos.zip", 3 * 1000 * 1000, 7, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GListModel) all = NULL;
  AsyncRun run = { 0 };
  AsyncRun cancelled = { 0 };
  double last = 0.0;

  run_async (f, file, NULL, &run);
  g_assert_no_error (run.error);
  g_assert_cmpint (run.id, >, 0);
  g_assert_cmpuint (run.fractions->len, >=, 1);
  for (guint i = 0; i < run.fractions->len; i++)
    {
      double fraction = *(double *) g_ptr_array_index (run.fractions, i);

      g_assert_cmpfloat (fraction, >=, last);
      last = fraction;
    }
  g_assert_cmpfloat (last, ==, 1.0);
  g_ptr_array_unref (run.fractions);

  /* The window's own connection sees it at once. */
  all = list (f, NULL, NULL, WM_EVIDENCE_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  attach (f, "8.3g", run.id);

  /* Cancelled: nothing written, and no report of an end. */
  g_cancellable_cancel (cancellable);
  run_async (f, file, cancellable, &cancelled);
  g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (cancelled.id, ==, 0);
  g_assert_cmpuint (cancelled.fractions->len, ==, 0);
  g_clear_error (&cancelled.error);
  g_ptr_array_unref (cancelled.fractions);
  g_assert_cmpint (sql_int (f, "SELECT count(*) FROM evidence"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/evidence/file-stored-once", test_file_stored_once);
  ADD ("/evidence/link-and-note", test_link_and_note);
  ADD ("/evidence/rename-and-review", test_rename_and_review);
  ADD ("/evidence/detach-and-undo", test_detach_and_undo);
  ADD ("/evidence/missing-file", test_missing_file);
  ADD ("/evidence/changed-while-added", test_changed_while_added);
  ADD ("/evidence/damaged", test_damaged);
  ADD ("/evidence/open-temporary", test_open_temporary);
  ADD ("/evidence/disk-full", test_disk_full);
  ADD ("/evidence/large-file-flat-memory", test_large_file_flat_memory);
  ADD ("/evidence/async", test_async);
#undef ADD

  return g_test_run ();
}
