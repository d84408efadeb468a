/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-catalog"

#include "config.h"

#include "wm-catalog.h"
#include "wm-change.h"
#include "wm-framework-info.h"
#include "wm-framework-loader.h"
#include "wm-framework-writer.h"
#include "wm-grid-model.h"
#include "wm-judgements.h"
#include "wm-test-util.h"

/* Frameworks in a school file: older files migrated, exports that round trip, new versions. */

static WmFrameworkDef *
load_lqf (void)
{
  g_autoptr(GError) error = NULL;
  WmFrameworkDef *def = wm_catalog_load_bundled ("lqf", &error);

  g_assert_no_error (error);
  return def;
}

static char *
rating_of (WmStore    *store,
           const char *descriptor_id,
           char      **note)
{
  g_autoptr(GError) error = NULL;
  char *rating = NULL;

  g_assert_true (wm_judgements_lookup (store, "lqf", descriptor_id, &rating, NULL, NULL, note, &error));
  g_assert_no_error (error);
  return rating;
}

static void
test_migrate_v1 (WmTestSchool   *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "school-v1.waymark", NULL);
  g_autoptr(GBytes) bytes = wm_test_read_bytes (fixture);
  g_autoptr(WmStore) store = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListModel) list = NULL;
  g_auto(GStrv) bundled = wm_catalog_bundled_ids ();
  g_autofree char *rating = NULL;
  g_autofree char *note = NULL;

  /* A school file written by the first Waymark, schema version 1. */
  g_assert_nonnull (bytes);
  g_file_set_contents (f->path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "PRAGMA user_version"), ==, 1);

  store = wm_catalog_open_school (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (wm_store_was_created (store));
  g_assert_cmpint (wm_store_get_schema_version (store), ==, WM_STORE_SCHEMA_VERSION);

  /* The LQF it had is scored as the LQF file now says. */
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT scoring = 'ladder' FROM frameworks WHERE id = 'lqf'"), ==, 1);

  /* Every judgement and its history came through. */
  rating = rating_of (store, "8.3g", &note);
  g_assert_cmpstr (rating, ==, "secure");
  g_assert_cmpstr (note, ==, "Learning walk, 3 November");
  history = wm_judgements_history (store, "lqf", "8.3g", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  g_clear_pointer (&rating, g_free);
  rating = rating_of (store, "1.1b", NULL);
  g_assert_cmpstr (rating, ==, "developing");

  /* The frameworks this Waymark ships and that file lacked were added, once. */
  list = wm_catalog_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, g_strv_length (bundled));
  g_clear_object (&store);

  g_assert_cmpint (wm_test_sqlite_int (f->path, "PRAGMA user_version"), ==, WM_STORE_SCHEMA_VERSION);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM pragma_integrity_check "
                                                "WHERE integrity_check = 'ok'"), ==, 1);
}

static void
test_round_trip (WmTestSchool   *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (f->path, &error);
  g_auto(GStrv) bundled = wm_catalog_bundled_ids ();

  g_assert_no_error (error);

  /* Each shipped file, in normal form, is what installing and exporting it gives, byte for byte. */
  for (guint i = 0; bundled[i]; i++)
    {
      g_autoptr(WmFrameworkDef) def = wm_catalog_load_bundled (bundled[i], &error);
      g_autoptr(WmFrameworkDef) read_back = NULL;
      g_autoptr(WmFrameworkDef) reloaded = NULL;
      g_autoptr(GBytes) normal = NULL;
      g_autoptr(GBytes) exported = NULL;
      g_autoptr(GBytes) rewritten = NULL;

      g_assert_no_error (error);
      normal = wm_framework_write_json (def);

      g_assert_true (wm_catalog_install (store, def, &error));
      g_assert_no_error (error);
      read_back = wm_catalog_read (store, bundled[i], &error);
      g_assert_no_error (error);
      exported = wm_framework_write_json (read_back);
      g_assert_cmpmem (g_bytes_get_data (exported, NULL), g_bytes_get_size (exported),
                       g_bytes_get_data (normal, NULL), g_bytes_get_size (normal));

      /* The normal form is a fixed point. */
      reloaded = wm_framework_load_bytes (exported, "exported.json", &error);
      g_assert_no_error (error);
      rewritten = wm_framework_write_json (reloaded);
      g_assert_true (g_bytes_equal (rewritten, exported));
    }

  g_assert_null (wm_catalog_read (store, "nope", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static WmStrandDef *
strand_of (WmFrameworkDef *def,
           const char     *strand_id)
{
  for (guint h = 0; h < def->headings->len; h++)
    {
      WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      for (guint e = 0; e < heading->elements->len; e++)
        {
          WmElementDef *element = g_ptr_array_index (heading->elements, e);

          for (guint s = 0; s < element->strands->len; s++)
            {
              WmStrandDef *strand = g_ptr_array_index (element->strands, s);

              if (g_str_equal (strand->id, strand_id))
                return strand;
            }
        }
    }
  g_assert_not_reached ();
}

/* The LQF as a made-up version 2: 1.1b reworded, 12.2g dropped, 12.3 with 12.3b added. */
static WmFrameworkDef *
lqf_version_2 (void)
{
  WmFrameworkDef *def = load_lqf ();
  WmStrandDef *strand;
  WmDescriptorDef *descriptor;
  WmHeadingDef *evaluation;
  WmElementDef *element_12;

  g_free (def->version);
  def->version = g_strdup ("2");

  descriptor = g_ptr_array_index (strand_of (def, "1.1")->descriptors, 0);
  g_free (descriptor->text);
  descriptor->text = g_strdup ("The school is reviewing the social, economic, moral and personal reasons for its vision.");

  g_ptr_array_remove_index (strand_of (def, "12.2")->descriptors, 2);

  evaluation = g_ptr_array_index (def->headings, def->headings->len - 1);
  element_12 = g_ptr_array_index (evaluation->elements, evaluation->elements->len - 1);
  strand = wm_strand_def_new ();
  strand->id = g_strdup ("12.3");
  strand->title = g_strdup ("");
  strand->summary = g_strdup ("");
  descriptor = wm_descriptor_def_new ();
  descriptor->id = g_strdup ("12.3b");
  descriptor->level = g_strdup ("b");
  descriptor->text = g_strdup ("The school shares what it learns as a learning organisation.");
  g_ptr_array_add (strand->descriptors, descriptor);
  g_ptr_array_add (element_12->strands, strand);

  return def;
}

static void
assert_ids (GPtrArray  *ids,
            const char *expected)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (joined, "%s%s", i ? " " : "", (const char *) g_ptr_array_index (ids, i));
  g_assert_cmpstr (joined->str, ==, expected);
}

static void
test_upgrade (WmTestSchool   *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (f->path, &error);
  g_autoptr(WmFrameworkDef) v1 = load_lqf ();
  g_autoptr(WmFrameworkDef) v2 = lqf_version_2 ();
  g_autoptr(WmFrameworkChanges) preview = NULL;
  g_autoptr(WmFrameworkChanges) changes = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(WmFrameworkInfo) info = NULL;
  g_autoptr(WmGridModel) grid = NULL;
  g_autofree char *rating = NULL;
  g_autofree char *note = NULL;

  g_assert_true (wm_catalog_install (store, v1, &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "partial", "Learning walk", "Head", &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "1.1b", "secure", NULL, "Head", &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "12.2g", "developing", "Indicators drafted", "Head", &error));
  g_assert_no_error (error);

  /* The preview writes nothing. */
  preview = wm_catalog_compare (store, v2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (preview->from_version, ==, "1");
  g_assert_cmpstr (preview->to_version, ==, "2");
  assert_ids (preview->added, "12.3b");
  assert_ids (preview->removed, "12.2g");
  assert_ids (preview->reworded, "1.1b");
  g_assert_cmpuint (preview->n_removed_judged, ==, 1);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM framework_upgrades"), ==, 0);

  changes = wm_catalog_upgrade (store, v2, &error);
  g_assert_no_error (error);
  assert_ids (changes->added, "12.3b");
  assert_ids (changes->removed, "12.2g");
  assert_ids (changes->reworded, "1.1b");

  /* Judgements stay with the ids the new version keeps, reworded or not. */
  rating = rating_of (store, "8.3g", &note);
  g_assert_cmpstr (rating, ==, "partial");
  g_assert_cmpstr (note, ==, "Learning walk");
  g_clear_pointer (&rating, g_free);
  rating = rating_of (store, "1.1b", NULL);
  g_assert_cmpstr (rating, ==, "secure");

  /* The dropped descriptor is retired: out of the grid, judged no more, its history kept. */
  g_assert_false (wm_judgements_rate (store, "lqf", "12.2g", "secure", NULL, "Head", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "dropped by version 2"));
  g_clear_error (&error);
  history = wm_judgements_history (store, "lqf", "12.2g", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);

  grid = wm_grid_model_new (store, "lqf", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wm_grid_model_get_n_descriptors (grid), ==, 96);
  g_assert_null (wm_grid_model_lookup (grid, "12.2g"));
  g_assert_cmpstr (wm_descriptor_get_text (wm_grid_model_lookup (grid, "1.1b")), ==,
                   "The school is reviewing the social, economic, moral and personal reasons for its vision.");
  g_assert_nonnull (wm_grid_model_lookup (grid, "12.3b"));

  list = wm_catalog_list (store, &error);
  info = g_list_model_get_item (list, 0);
  g_assert_cmpstr (wm_framework_info_get_version (info), ==, "2");
  g_assert_cmpuint (wm_framework_info_get_n_strands (info), ==, 33);
  g_assert_cmpuint (wm_framework_info_get_n_descriptors (info), ==, 96);
  g_assert_cmpuint (wm_framework_info_get_n_judged (info), ==, 2);

  /* The upgrade is on record with the old and new wording. */
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM framework_upgrade_changes"), ==, 3);
  g_assert_cmpint (wm_test_sqlite_int (f->path,
                     "SELECT count(*) FROM framework_upgrade_changes WHERE descriptor_id = '1.1b' "
                     "AND old_text LIKE 'The school is investigating%' "
                     "AND new_text LIKE 'The school is reviewing%'"), ==, 1);

  /* The export is the new version, without the retired descriptor. */
  {
    g_autoptr(WmFrameworkDef) read_back = wm_catalog_read (store, "lqf", &error);
    g_autoptr(GBytes) exported = NULL;
    g_autoptr(GBytes) expected = wm_framework_write_json (v2);

    g_assert_no_error (error);
    exported = wm_framework_write_json (read_back);
    g_assert_true (g_bytes_equal (exported, expected));
  }

  /* The same version again is nothing to do, and says so. */
  g_clear_pointer (&changes, wm_framework_changes_free);
  g_assert_null (wm_catalog_upgrade (store, v2, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  /* Version 3 brings 12.2g back, with the judgement it had. */
  g_free (v1->version);
  v1->version = g_strdup ("3");
  changes = wm_catalog_upgrade (store, v1, &error);
  g_assert_no_error (error);
  assert_ids (changes->added, "12.2g");
  assert_ids (changes->removed, "12.3b");
  g_clear_pointer (&rating, g_free);
  g_clear_pointer (&note, g_free);
  rating = rating_of (store, "12.2g", &note);
  g_assert_cmpstr (rating, ==, "developing");
  g_assert_cmpstr (note, ==, "Indicators drafted");
}

static void
test_upgrade_refused (WmTestSchool   *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (f->path, &error);
  g_autoptr(WmFrameworkDef) v1 = load_lqf ();
  g_autoptr(WmFrameworkDef) v2 = lqf_version_2 ();
  g_autoptr(WmFrameworkDef) other = load_lqf ();
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(WmFrameworkDef) v1_read = NULL;

  g_assert_true (wm_catalog_install (store, v1, &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "partial", NULL, "Head", &error));
  g_assert_no_error (error);
  v1_read = wm_catalog_read (store, "lqf", &error);
  before = wm_framework_write_json (v1_read);

  /* A version without the rating judgements use is refused whole. */
  for (guint i = 0; i < v2->ratings->len; i++)
    if (g_str_equal (((WmRatingDef *) g_ptr_array_index (v2->ratings, i))->id, "partial"))
      g_ptr_array_remove_index (v2->ratings, i);

  g_assert_null (wm_catalog_upgrade (store, v2, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "drops the rating “partial”"));
  g_clear_error (&error);

  g_clear_pointer (&v1_read, wm_framework_def_free);
  v1_read = wm_catalog_read (store, "lqf", &error);
  after = wm_framework_write_json (v1_read);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM framework_upgrades"), ==, 0);

  /* A framework the school file does not have is installed, not upgraded. */
  g_free (other->id);
  other->id = g_strdup ("not-here");
  g_assert_null (wm_catalog_upgrade (store, other, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/catalog/migrate-v1", test_migrate_v1);
  ADD ("/catalog/round-trip", test_round_trip);
  ADD ("/catalog/upgrade", test_upgrade);
  ADD ("/catalog/upgrade-refused", test_upgrade_refused);
#undef ADD

  return g_test_run ();
}
