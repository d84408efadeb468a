/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-judging-ui"

#include "config.h"

#include "wm-actions.h"
#include "wm-compare-window.h"
#include "wm-filter-bar.h"
#include "wm-grid-keys.h"
#include "wm-grid-view.h"
#include "wm-judgements.h"
#include "wm-plan-window.h"
#include "wm-scores-window.h"
#include "wm-snapshots.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"

/* Judging with the keyboard alone, search, undo and what moved: a real window under Xvfb. */

typedef struct {
  WmTestSchool  school;
  WmWindow     *window;
  GtkWidget    *grid;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  wm_test_school_set_up (&f->school, data);
  f->window = wm_test_ui_open_window (f->school.path);
  f->grid = wm_test_ui_find_widget (GTK_WIDGET (f->window), WM_TYPE_GRID_VIEW);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  wm_test_ui_wait_for_idle ();
  wm_test_school_tear_down (&f->school, data);
}

static const char *
focused_id (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
  GtkWidget *cell = focus ? gtk_widget_get_ancestor (focus, WM_TYPE_DESCRIPTOR_CELL) : NULL;

  return cell ? wm_descriptor_get_id (wm_descriptor_cell_get_descriptor (WM_DESCRIPTOR_CELL (cell))) : NULL;
}

/* Moves the focus and waits until it has landed on another cell (scrolling takes a frame or two). */
static gboolean
move (Fixture          *f,
      GtkListView      *list_view,
      GtkDirectionType  direction)
{
  const char *before = focused_id (f);
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  if (!wm_grid_keys_move (list_view, direction))
    return FALSE;
  while ((focused_id (f) == NULL || focused_id (f) == before) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_test_message ("moved %d from %s to %s", direction, before, focused_id (f));
  g_assert_nonnull (focused_id (f));
  g_assert_true (focused_id (f) != before);
  return TRUE;
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; !handled && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  return handled;
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkListView *list_view = GTK_LIST_VIEW (wm_test_ui_find_widget (f->grid, GTK_TYPE_LIST_VIEW));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *rating = NULL;
  WmDescriptorCell *first = wm_test_ui_find_cell (f->grid, "1.1b");

  /* Into the grid, then down the Bronze column, up Silver, down Gold: every descriptor. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (first), GTK_DIR_TAB_FORWARD));
  g_assert_cmpstr (focused_id (f), ==, "1.1b");
  for (guint column = 0; column < 3; column++)
    {
      do
        g_hash_table_add (seen, (gpointer) focused_id (f));
      while (move (f, list_view, column == 1 ? GTK_DIR_UP : GTK_DIR_DOWN));

      if (column < 2)
        g_assert_true (move (f, list_view, GTK_DIR_RIGHT));
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 96);
  g_assert_cmpstr (focused_id (f), ==, "12.2g");

  /* One key rates the focused descriptor: 3 is the fourth rating, Secure. */
  g_assert_true (press_key (GTK_WIDGET (wm_test_ui_find_cell (f->grid, "12.2g")), GDK_KEY_3));
  wm_test_ui_wait_for_idle ();
  rating = wm_test_ui_stored_rating (f->school.path, "12.2g");
  g_assert_cmpstr (rating, ==, "secure");

  /* Left from the first column goes nowhere; the focus stays. */
  g_assert_true (move (f, list_view, GTK_DIR_LEFT));
  g_assert_true (move (f, list_view, GTK_DIR_LEFT));
  g_assert_cmpstr (focused_id (f), ==, "12.2b");
  g_assert_false (wm_grid_keys_move (list_view, GTK_DIR_LEFT));
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  WmFilterBar *bar = WM_FILTER_BAR (wm_test_ui_find_widget (GTK_WIDGET (f->window), WM_TYPE_FILTER_BAR));
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *count;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.find", NULL));
  wm_filter_bar_set_text (bar, "reflective learners");
  wm_test_ui_wait_for_idle ();
  g_usleep (300000);  /* the search entry waits a moment after typing */
  wm_test_ui_wait_for_idle ();

  wm_test_ui_collect_cells (f->grid, shown, NULL);
  g_assert_true (g_hash_table_contains (shown, "8.3g"));
  g_assert_cmpuint (g_hash_table_size (shown), ==, 3);   /* the strand 8.3 and nothing else */
  count = wm_test_ui_find_with_class (GTK_WIDGET (bar), "numeric");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (count)), ==, "1 of 96 descriptors");

  /* Closing the search shows the whole grid again. */
  gtk_search_bar_set_search_mode (wm_filter_bar_get_search_bar (bar), FALSE);
  wm_test_ui_wait_for_idle ();
  g_hash_table_remove_all (shown);
  wm_test_ui_collect_cells (f->grid, shown, NULL);
  g_assert_cmpuint (g_hash_table_size (shown), >, 3);
}

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *rating = NULL;

  g_assert_true (gtk_widget_activate_action (f->grid, "grid.rate", "(ss)", "8.3g", "partial"));
  g_assert_true (gtk_widget_activate_action (f->grid, "grid.rate", "(ss)", "8.3g", "secure"));
  wm_test_ui_wait_for_idle ();

  /* Ctrl+Z, as the window's action: back one change, then one more. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  rating = wm_test_ui_stored_rating (f->school.path, "8.3g");
  g_assert_cmpstr (rating, ==, "partial");
  g_clear_pointer (&rating, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  rating = wm_test_ui_stored_rating (f->school.path, "8.3g");
  g_assert_cmpstr (rating, ==, "not-started");

  /* Nothing left to undo: the judgement stays where it is. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_clear_pointer (&rating, g_free);
  rating = wm_test_ui_stored_rating (f->school.path, "8.3g");
  g_assert_cmpstr (rating, ==, "not-started");
  g_assert_cmpint (wm_test_sqlite_int (f->school.path,
                                       "SELECT count(*) FROM judgement_changes WHERE descriptor_id = '8.3g'"),
                   ==, 4);
}

static void
test_what_moved (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WmStore *store = wm_window_get_store (f->window);
  WmGridModel *model = wm_grid_view_get_model (WM_GRID_VIEW (f->grid));
  WmCompareWindow *compare;

  /* No snapshot yet: said plainly. */
  g_assert_null (wm_compare_window_new (GTK_WINDOW (f->window), store, model, &error));
  g_assert_nonnull (strstr (error->message, "has no snapshot yet"));
  g_clear_error (&error);

  g_assert_true (wm_judgements_rate (store, "lqf", "1.1b", "developing", NULL, "Head", &error));
  g_assert_true (wm_snapshots_create (store, "lqf", "Baseline", "2026-09-01", "Head", &error) > 0);
  g_assert_true (wm_judgements_rate (store, "lqf", "1.1b", "secure", NULL, "Head", &error));
  g_assert_true (wm_judgements_rate (store, "lqf", "2.1s", "partial", NULL, "Head", &error));

  compare = wm_compare_window_new (GTK_WINDOW (f->window), store, model, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (compare));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpuint (wm_compare_window_get_n_moves (compare), ==, 2);
  gtk_window_destroy (GTK_WINDOW (compare));
}

static void
test_plan_and_scores (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WmStore *store = wm_window_get_store (f->window);
  WmGridModel *model = wm_grid_view_get_model (WM_GRID_VIEW (f->grid));
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  WmPlanWindow *plan;
  WmScoresWindow *scores;

  g_assert_true (wm_actions_add (store, "lqf", (const char *[]) { "8.3g", NULL }, "Learning walk",
                                 "Ms Khan", "2020-01-31", NULL, "Head", &error) > 0);
  g_assert_true (wm_actions_add (store, "lqf", (const char *[]) { "8.4g", NULL }, "Pupil voice survey",
                                 "Mr Jones", "2999-01-31", NULL, "Head", &error) > 0);
  g_assert_no_error (error);

  /* The plan says which action is overdue, in words. */
  plan = wm_plan_window_new (GTK_WINDOW (f->window), store);
  gtk_window_present (GTK_WINDOW (plan));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpuint (wm_plan_window_get_n_overdue (plan), ==, 1);
  g_assert_nonnull (wm_test_ui_find_with_class (GTK_WIDGET (plan), "error"));
  gtk_window_destroy (GTK_WINDOW (plan));

  /* Scores: one row per element, each saying how it was reached. */
  g_assert_true (wm_judgements_rate (store, "lqf", "1.1b", "secure", NULL, "Head", &error));
  scores = wm_scores_window_new (GTK_WINDOW (f->window), store, model, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (scores));
  wm_test_ui_wait_for_idle ();
  wm_test_ui_collect_widgets (GTK_WIDGET (scores), ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 12);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                   "Vision for Learning: 0.50 of 3");
  gtk_window_destroy (GTK_WINDOW (scores));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/judging-ui/keyboard", Fixture, NULL, set_up, test_keyboard, tear_down);
  g_test_add ("/judging-ui/search", Fixture, NULL, set_up, test_search, tear_down);
  g_test_add ("/judging-ui/undo", Fixture, NULL, set_up, test_undo, tear_down);
  g_test_add ("/judging-ui/what-moved", Fixture, NULL, set_up, test_what_moved, tear_down);
  g_test_add ("/judging-ui/plan-and-scores", Fixture, NULL, set_up, test_plan_and_scores, tear_down);

  return g_test_run ();
}
