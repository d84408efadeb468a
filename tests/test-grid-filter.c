/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-grid-filter"

#include "config.h"

#include "wm-actions.h"
#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-evidence-item.h"
#include "wm-grid-filter.h"
#include "wm-judgements.h"
#include "wm-snapshots.h"
#include "wm-test-util.h"

/* Search and filters over a framework's grid, worked out in the core. */

typedef struct {
  WmTestSchool  school;
  WmStore      *store;
  WmGridModel  *grid;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 note_id;

  wm_test_school_set_up (&f->school, data);
  f->store = wm_catalog_open_school (f->school.path, &error);
  g_assert_no_error (error);

  /* 1.1b secure before the baseline; 8.3g partial with a note and evidence after it;
   * 4.2s has an open action. */
  g_assert_true (wm_judgements_rate (f->store, "lqf", "1.1b", "secure", NULL, "Head", &error));
  g_assert_true (wm_snapshots_create (f->store, "lqf", "Baseline", "2026-09-01", "Head", &error) > 0);
  g_assert_true (wm_judgements_rate (f->store, "lqf", "8.3g", "partial", "Seen on the walk round Year 5",
                                     "Head", &error));
  note_id = wm_evidence_add_note (f->store, "Year 5 pupils chose their own challenge level.",
                                  "Lesson observation, Year 5", "Head", &error);
  g_assert_true (note_id > 0);
  g_assert_true (wm_evidence_attach (f->store, "lqf", "8.3g", note_id, "Head", &error));
  g_assert_true (wm_actions_add (f->store, "lqf", (const char *[]) { "4.2s", NULL },
                                 "Run a staff session on experimenting", "Ms Khan", NULL, NULL,
                                 "Head", &error) > 0);
  g_assert_no_error (error);

  f->grid = wm_grid_model_new (f->store, "lqf", &error);
  g_assert_no_error (error);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->grid);
  g_clear_object (&f->store);
  wm_test_school_tear_down (&f->school, data);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The matching descriptor ids, sorted and joined. */
static char *
matches (Fixture           *f,
         const WmGridQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) match = wm_grid_filter_match (f->store, f->grid, query, &error);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GHashTableIter iter;
  const char *key;

  g_assert_no_error (error);
  g_hash_table_iter_init (&iter, match);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (g_str_has_prefix (key, "d:"))
      g_ptr_array_add (ids, (gpointer) (key + 2));
  g_ptr_array_sort (ids, compare_ids);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (" ", (char **) ids->pdata);
}

static void
test_text (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *in_text = matches (f, &(WmGridQuery) { .text = "REFLECTIVE learners" });
  g_autofree char *in_note = matches (f, &(WmGridQuery) { .text = "walk round" });
  g_autofree char *in_evidence = matches (f, &(WmGridQuery) { .text = "observation, year 5" });
  g_autofree char *by_id = matches (f, &(WmGridQuery) { .text = "12.2" });
  g_autofree char *nothing = matches (f, &(WmGridQuery) { .text = "quidditch" });

  g_assert_cmpstr (in_text, ==, "8.3g");
  g_assert_cmpstr (in_note, ==, "8.3g");
  g_assert_cmpstr (in_evidence, ==, "8.3g");
  g_assert_cmpstr (by_id, ==, "12.2b 12.2g 12.2s");
  g_assert_cmpstr (nothing, ==, "");
}

static void
test_conditions (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *secure = matches (f, &(WmGridQuery) { .rating_id = "secure" });
  g_autofree char *with = matches (f, &(WmGridQuery) { .evidence = WM_EVIDENCE_WITH });
  g_autofree char *actions = matches (f, &(WmGridQuery) { .open_actions = TRUE });
  g_autofree char *to_review = matches (f, &(WmGridQuery) { .evidence = WM_EVIDENCE_UNREVIEWED });
  g_autofree char *changed = NULL;
  g_autofree char *both = NULL;
  g_autoptr(GHashTable) without = NULL;
  gint64 baseline = 0;

  g_assert_cmpstr (secure, ==, "1.1b");
  g_assert_cmpstr (with, ==, "8.3g");
  g_assert_cmpstr (to_review, ==, "8.3g");
  g_assert_cmpstr (actions, ==, "4.2s");

  g_assert_true (wm_snapshots_find (f->store, "lqf:Baseline", NULL, &baseline, NULL, &error));
  changed = matches (f, &(WmGridQuery) { .changed_since = baseline });
  g_assert_cmpstr (changed, ==, "8.3g");

  /* Every condition must hold. */
  both = matches (f, &(WmGridQuery) { .changed_since = baseline, .rating_id = "secure" });
  g_assert_cmpstr (both, ==, "");

  without = wm_grid_filter_match (f->store, f->grid, &(WmGridQuery) { .evidence = WM_EVIDENCE_WITHOUT }, &error);
  g_assert_no_error (error);
  g_assert_false (g_hash_table_contains (without, "d:8.3g"));
  g_assert_true (g_hash_table_contains (without, "d:8.3b"));
}

static void
test_reviewed (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = wm_evidence_list (f->store, "lqf", "8.3g", WM_EVIDENCE_FILTER_ALL, &error);
  g_autoptr(WmEvidenceItem) item = g_list_model_get_item (items, 0);
  g_autofree char *to_review = NULL;

  /* Once its evidence is reviewed, 8.3g has nothing left to review. */
  g_assert_true (wm_evidence_set_reviewed (f->store, wm_evidence_item_get_id (item), TRUE, &error));
  to_review = matches (f, &(WmGridQuery) { .evidence = WM_EVIDENCE_UNREVIEWED });
  g_assert_cmpstr (to_review, ==, "");
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) match = wm_grid_filter_match (f->store, f->grid,
                                                      &(WmGridQuery) { .text = "reflective learners" },
                                                      &error);
  guint kept[3] = { 0 };

  g_assert_no_error (error);
  g_assert_true (wm_grid_query_is_empty (&(WmGridQuery) { .text = "" }));
  g_assert_false (wm_grid_query_is_empty (&(WmGridQuery) { .open_actions = TRUE }));

  /* The strand of 8.3g stays, with its element and heading above it, and nothing else. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->grid)); i++)
    {
      g_autoptr(WmGridRow) row = g_list_model_get_item (G_LIST_MODEL (f->grid), i);

      if (wm_grid_filter_keeps (match, row))
        {
          kept[wm_grid_row_get_kind (row)]++;
          g_assert_true (g_str_equal (wm_grid_row_get_id (row), "action") ||
                         g_str_equal (wm_grid_row_get_id (row), "8") ||
                         g_str_equal (wm_grid_row_get_id (row), "8.3"));
        }
    }
  g_assert_cmpuint (kept[WM_GRID_ROW_HEADING], ==, 1);
  g_assert_cmpuint (kept[WM_GRID_ROW_ELEMENT], ==, 1);
  g_assert_cmpuint (kept[WM_GRID_ROW_STRAND], ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/grid-filter/text", Fixture, NULL, set_up, test_text, tear_down);
  g_test_add ("/grid-filter/conditions", Fixture, NULL, set_up, test_conditions, tear_down);
  g_test_add ("/grid-filter/rows", Fixture, NULL, set_up, test_rows, tear_down);
  g_test_add ("/grid-filter/reviewed", Fixture, NULL, set_up, test_reviewed, tear_down);

  return g_test_run ();
}
