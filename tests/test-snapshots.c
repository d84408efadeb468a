/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-snapshots"

#include "config.h"

#include <sqlite3.h>

#include "wm-catalog.h"
#include "wm-judgements.h"
#include "wm-scoring.h"
#include "wm-snapshots.h"
#include "wm-test-util.h"

/* Snapshots: frozen for good, found by name, compared with each other and with now. */

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

  f->dir = wm_test_make_dir ("waymark-snapshots-XXXXXX");
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

static void
rate (Fixture    *f,
      const char *descriptor_id,
      const char *rating_id,
      const char *note)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wm_judgements_rate (f->store, "lqf", descriptor_id, rating_id, note, "Head", &error));
  g_assert_no_error (error);
}

static gint64
take (Fixture    *f,
      const char *framework_id,
      const char *name,
      const char *taken_on)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_snapshots_create (f->store, framework_id, name, taken_on, "Head", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static char *
frozen_rating (Fixture    *f,
               gint64      snapshot_id,
               const char *descriptor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) ratings = wm_snapshots_read_ratings (f->store, "lqf", snapshot_id, &error);

  g_assert_no_error (error);
  return g_strdup (g_hash_table_lookup (ratings, descriptor_id));
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lqf = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(WmSnapshot) baseline = NULL;
  g_autoptr(WmSnapshot) autumn = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  gint64 id;

  rate (f, "1.1b", "secure", NULL);
  rate (f, "1.2b", "partial", "Staff survey");
  rate (f, "2.1b", WM_RATING_NOT_APPLICABLE, "We have no separate view of learning");
  rate (f, "2.2b", "not-started", NULL);

  /* The name is kept as typed, without the spaces around it. */
  id = take (f, "lqf", "  Baseline, September 2026 ", "2026-09-01");
  baseline = wm_snapshots_get (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wm_snapshot_get_id (baseline), ==, id);
  g_assert_cmpstr (wm_snapshot_get_framework_id (baseline), ==, "lqf");
  g_assert_cmpstr (wm_snapshot_get_name (baseline), ==, "Baseline, September 2026");
  g_assert_cmpstr (wm_snapshot_get_taken_on (baseline), ==, "2026-09-01");
  g_assert_cmpstr (wm_snapshot_get_framework_version (baseline), ==, "1");
  g_assert_cmpstr (wm_snapshot_get_created_by (baseline), ==, "Head");
  g_assert_true (g_str_has_suffix (wm_snapshot_get_created_at (baseline), "Z"));
  /* Every current descriptor, judged or not; "not yet started" is not judged. */
  g_assert_cmpuint (wm_snapshot_get_n_descriptors (baseline), ==, 96);
  g_assert_cmpuint (wm_snapshot_get_n_judged (baseline), ==, 3);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM snapshot_judgements "
                                                "WHERE rating_id = 'not-started'"), ==, 93);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM snapshot_judgements "
                                                "WHERE descriptor_id = '1.2b' AND note = 'Staff survey'"), ==, 1);

  /* Without a date, it stands for today. */
  id = take (f, "lqf", "Autumn review", NULL);
  autumn = wm_snapshots_get (f->store, id, &error);
  g_assert_cmpstr (wm_snapshot_get_taken_on (autumn), ==, today);
  take (f, "habits", "Baseline, September 2026", "2026-09-02");

  lqf = wm_snapshots_list (f->store, "lqf", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (lqf), ==, 2);
  all = wm_snapshots_list (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  g_assert_cmpuint (g_list_model_get_item_type (all), ==, WM_TYPE_SNAPSHOT);

  g_assert_null (wm_snapshots_list (f->store, "nope", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (wm_snapshots_get (f->store, 999, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static void
assert_sql_refused (const char *path,
                    const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, &message), !=, SQLITE_OK);
  g_assert_cmpstr (message, ==, "snapshots cannot be changed");
  sqlite3_free (message);
  sqlite3_close (db);
}

static void
test_frozen (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *now = NULL;
  gint64 id;

  rate (f, "1.1b", "partial", NULL);
  id = take (f, "lqf", "Baseline", "2026-09-01");

  /* Judging goes on; the snapshot keeps what it froze. */
  before = frozen_rating (f, id, "1.1b");
  rate (f, "1.1b", "secure", "Learning walk");
  after = frozen_rating (f, id, "1.1b");
  now = frozen_rating (f, WM_SNAPSHOT_NOW, "1.1b");
  g_assert_cmpstr (before, ==, "partial");
  g_assert_cmpstr (after, ==, "partial");
  g_assert_cmpstr (now, ==, "secure");

  /* Not even SQL typed by hand changes it. */
  assert_sql_refused (f->path, "UPDATE snapshots SET name = 'Other'");
  assert_sql_refused (f->path, "DELETE FROM snapshots");
  assert_sql_refused (f->path, "UPDATE snapshot_judgements SET rating_id = 'secure'");
  assert_sql_refused (f->path, "DELETE FROM snapshot_judgements");
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM snapshot_judgements"), ==, 96);
}

static void
assert_create_refused (Fixture      *f,
                       const char   *framework_id,
                       const char   *name,
                       const char   *taken_on,
                       WmStoreError  code,
                       const char   *message)
{
  g_autoptr(GError) error = NULL;
  int n_before = wm_test_sqlite_int (f->path, "SELECT count(*) FROM snapshot_judgements");

  g_assert_cmpint (wm_snapshots_create (f->store, framework_id, name, taken_on, "Head", &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, (int) code);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in: %s", message, error->message);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM snapshot_judgements"), ==, n_before);
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM snapshots"), ==, 1);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  take (f, "lqf", "Autumn review", "2026-10-20");

  assert_create_refused (f, "lqf", "Autumn review", NULL, WM_STORE_ERROR_EXISTS,
                         "Framework lqf already has a snapshot named “Autumn review” (taken on 2026-10-20)");
  assert_create_refused (f, "lqf", " AUTUMN REVIEW", NULL, WM_STORE_ERROR_EXISTS, "already has");
  assert_create_refused (f, "lqf", "", NULL, WM_STORE_ERROR_FAILED, "A snapshot needs a name");
  assert_create_refused (f, "lqf", " \t ", NULL, WM_STORE_ERROR_FAILED, "A snapshot needs a name");
  assert_create_refused (f, "lqf", "Two\nlines", NULL, WM_STORE_ERROR_FAILED, "one line");
  assert_create_refused (f, "lqf", "Spring", "2026-02-30", WM_STORE_ERROR_FAILED,
                         "“2026-02-30” is not a date: write it as YYYY-MM-DD");
  assert_create_refused (f, "lqf", "Spring", "1/3/2026", WM_STORE_ERROR_FAILED, "is not a date");
  assert_create_refused (f, "lqf", "Spring", "2026-3-1", WM_STORE_ERROR_FAILED, "is not a date");
  assert_create_refused (f, "nope", "Spring", NULL, WM_STORE_ERROR_NOT_FOUND, "No framework “nope”");
}

static void
assert_found (Fixture    *f,
              const char *name,
              const char *hint,
              gint64      expected_id,
              const char *expected_framework)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *framework_id = NULL;
  gint64 id = 0;

  g_assert_true (wm_snapshots_find (f->store, name, hint, &id, &framework_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, expected_id);
  g_assert_cmpstr (framework_id, ==, expected_framework);
}

static void
assert_not_found (Fixture      *f,
                  const char   *name,
                  const char   *hint,
                  WmStoreError  code,
                  const char   *message)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_false (wm_snapshots_find (f->store, name, hint, &id, NULL, &error));
  g_assert_error (error, WM_STORE_ERROR, (int) code);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in: %s", message, error->message);
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  gint64 lqf_baseline = take (f, "lqf", "Baseline", "2026-09-01");
  gint64 habits_baseline = take (f, "habits", "Baseline", "2026-09-01");
  gint64 autumn = take (f, "lqf", "Autumn review", "2026-10-20");
  gint64 colon = take (f, "lqf", "Review: spring", "2027-03-01");

  assert_found (f, "Autumn review", NULL, autumn, "lqf");
  assert_found (f, "autumn REVIEW", NULL, autumn, "lqf");
  assert_found (f, "lqf:Baseline", NULL, lqf_baseline, "lqf");
  assert_found (f, "habits:baseline", NULL, habits_baseline, "habits");
  assert_found (f, "Baseline", "habits", habits_baseline, "habits");
  assert_found (f, "Review: spring", NULL, colon, "lqf");
  assert_found (f, "lqf:Review: spring", NULL, colon, "lqf");

  assert_not_found (f, "Baseline", NULL, WM_STORE_ERROR_AMBIGUOUS,
                    "Several frameworks have a snapshot named “Baseline”: name it as habits:Baseline");
  assert_not_found (f, "Summer", NULL, WM_STORE_ERROR_NOT_FOUND, "No snapshot named “Summer”");
  assert_not_found (f, "Autumn review", "habits", WM_STORE_ERROR_NOT_FOUND,
                    "Framework habits has no snapshot named “Autumn review”");
  assert_not_found (f, "nope:Baseline", NULL, WM_STORE_ERROR_NOT_FOUND, "No snapshot named “nope:Baseline”");
}

/* The moves as "ID FROM>TO DIRECTION" lines, to compare in one go. */
static char *
describe (GListModel *moves)
{
  const char *directions[] = { "up", "down", "changed", "added", "removed" };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (moves); i++)
    {
      g_autoptr(WmMove) move = g_list_model_get_item (moves, i);

      g_string_append_printf (text, "%s %s>%s %s\n", wm_move_get_descriptor_id (move),
                              wm_move_get_from_rating_id (move) ? wm_move_get_from_rating_id (move) : "-",
                              wm_move_get_to_rating_id (move) ? wm_move_get_to_rating_id (move) : "-",
                              directions[wm_move_get_direction (move)]);
    }
  return g_string_free (text, FALSE);
}

static char *
compare (Fixture    *f,
         const char *framework_id,
         gint64      from,
         gint64      to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) moves = wm_snapshots_compare (f->store, framework_id, from, to, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_item_type (moves), ==, WM_TYPE_MOVE);
  return describe (moves);
}

static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) moves = NULL;
  g_autoptr(WmMove) first = NULL;
  g_autofree char *a_to_b = NULL;
  g_autofree char *b_to_a = NULL;
  g_autofree char *b_to_now = NULL;
  g_autofree char *now_to_now = NULL;
  gint64 a, b, habits;

  rate (f, "1.1b", "developing", NULL);
  rate (f, "1.2b", "partial", NULL);
  rate (f, "3.1b", WM_RATING_NOT_APPLICABLE, "Covered by the trust's policy");
  a = take (f, "lqf", "Baseline", "2026-09-01");

  rate (f, "1.1b", "secure", NULL);                                    /* up two */
  rate (f, "1.2b", "developing", NULL);                                /* down */
  rate (f, "2.1b", WM_RATING_NOT_APPLICABLE, "Not in our setting");    /* into N/A */
  rate (f, "3.1b", "partial", NULL);                                   /* out of N/A */
  rate (f, "8.3g", "not-started", "Planned for the spring");           /* a note alone */
  b = take (f, "lqf", "Autumn review", "2026-10-20");

  a_to_b = compare (f, "lqf", a, b);
  g_assert_cmpstr (a_to_b, ==,
                   "1.1b developing>secure up\n"
                   "1.2b partial>developing down\n"
                   "2.1b not-started>not-applicable changed\n"
                   "3.1b not-applicable>partial changed\n");
  b_to_a = compare (f, "lqf", b, a);
  g_assert_cmpstr (b_to_a, ==,
                   "1.1b secure>developing down\n"
                   "1.2b developing>partial up\n"
                   "2.1b not-applicable>not-started changed\n"
                   "3.1b partial>not-applicable changed\n");

  /* A snapshot with now, and the names and positions the grid shows. */
  rate (f, "12.2g", "developing", NULL);
  b_to_now = compare (f, "lqf", b, WM_SNAPSHOT_NOW);
  g_assert_cmpstr (b_to_now, ==, "12.2g not-started>developing up\n");
  moves = wm_snapshots_compare (f->store, "lqf", a, WM_SNAPSHOT_NOW, &error);
  first = g_list_model_get_item (moves, 0);
  g_assert_cmpstr (wm_move_get_from_rating_name (first), ==, "Developing");
  g_assert_cmpint (wm_move_get_from_position (first), ==, 1);
  g_assert_cmpstr (wm_move_get_to_rating_name (first), ==, "Secure");
  g_assert_cmpint (wm_move_get_to_position (first), ==, 3);
  now_to_now = compare (f, "lqf", WM_SNAPSHOT_NOW, WM_SNAPSHOT_NOW);
  g_assert_cmpstr (now_to_now, ==, "");

  /* Only snapshots of the framework compared. */
  habits = take (f, "habits", "Baseline", "2026-09-01");
  g_assert_null (wm_snapshots_compare (f->store, "lqf", a, habits, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "Snapshot “Baseline” is of framework habits, not lqf");
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

/* The LQF as a made-up version 2: 12.2g dropped, 12.2h added beside it. */
static WmFrameworkDef *
lqf_version_2 (void)
{
  g_autoptr(GError) error = NULL;
  WmFrameworkDef *def = wm_catalog_load_bundled ("lqf", &error);
  WmStrandDef *strand;
  WmDescriptorDef *descriptor;

  g_assert_no_error (error);
  g_free (def->version);
  def->version = g_strdup ("2");

  strand = strand_of (def, "12.2");
  g_ptr_array_remove_index (strand->descriptors, 2);
  descriptor = wm_descriptor_def_new ();
  descriptor->id = g_strdup ("12.2h");
  descriptor->level = g_strdup ("g");
  descriptor->text = g_strdup ("The school evaluates itself as a learning organisation.");
  g_ptr_array_add (strand->descriptors, descriptor);
  return def;
}

static void
test_upgraded (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) v2 = lqf_version_2 ();
  g_autoptr(WmFrameworkChanges) changes = NULL;
  g_autoptr(WmSnapshot) after = NULL;
  g_autofree char *a_to_now = NULL;
  g_autofree char *a_to_b = NULL;
  g_autofree char *b_to_a = NULL;
  g_autoptr(WmScores) scored_before = NULL;
  g_autoptr(WmScores) scored_after = NULL;
  gint64 a, b;

  rate (f, "12.2g", "partial", NULL);
  rate (f, "1.1b", "developing", NULL);
  a = take (f, "lqf", "Version 1", "2026-09-01");
  scored_before = wm_scoring_compute (f->store, "lqf", a, &error);
  g_assert_no_error (error);

  changes = wm_catalog_upgrade (f->store, v2, &error);
  g_assert_no_error (error);

  /* The snapshot still scores as it did, retired descriptor and all. */
  scored_after = wm_scoring_compute (f->store, "lqf", a, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (scored_after->score, ==, scored_before->score);
  g_assert_cmpstr (scored_after->explanation, ==, scored_before->explanation);
  g_assert_cmpstr (((WmElementScore *) g_ptr_array_index (scored_after->elements, 11))->explanation, ==,
                   ((WmElementScore *) g_ptr_array_index (scored_before->elements, 11))->explanation);
  rate (f, "1.1b", "partial", NULL);

  /* What one side has and the other lacks is added or removed, whatever its rating. */
  a_to_now = compare (f, "lqf", a, WM_SNAPSHOT_NOW);
  g_assert_cmpstr (a_to_now, ==,
                   "1.1b developing>partial up\n"
                   "12.2g partial>- removed\n"
                   "12.2h ->not-started added\n");

  b = take (f, "lqf", "Version 2", "2026-10-01");
  after = wm_snapshots_get (f->store, b, &error);
  g_assert_cmpstr (wm_snapshot_get_framework_version (after), ==, "2");
  g_assert_cmpuint (wm_snapshot_get_n_descriptors (after), ==, 96);
  a_to_b = compare (f, "lqf", a, b);
  g_assert_cmpstr (a_to_b, ==, a_to_now);
  b_to_a = compare (f, "lqf", b, a);
  g_assert_cmpstr (b_to_a, ==,
                   "1.1b partial>developing down\n"
                   "12.2g ->partial added\n"
                   "12.2h not-started>- removed\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/snapshots/create", test_create);
  ADD ("/snapshots/frozen", test_frozen);
  ADD ("/snapshots/refused", test_refused);
  ADD ("/snapshots/find", test_find);
  ADD ("/snapshots/compare", test_compare);
  ADD ("/snapshots/upgraded", test_upgraded);
#undef ADD

  return g_test_run ();
}
