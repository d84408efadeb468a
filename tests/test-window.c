/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <adwaita.h>

#include "wm-catalog.h"
#include "wm-descriptor-cell.h"
#include "wm-detail-pane.h"
#include "wm-grid-view.h"
#include "wm-judgements.h"
#include "wm-test-util.h"
#include "wm-window.h"

/*
 * The first window, for real, under Xvfb: it opens a school file, shows the
 * LQF grid, and a rating set through the grid's action lands in the file.
 */

static void
wait_for_idle (void)
{
  /* Let the list view lay out and bind its rows. */
  for (guint i = 0; i < 5; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
    }
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_cells (GtkWidget  *root,
               GHashTable *ids,
               GPtrArray  *cells)
{
  if (WM_IS_DESCRIPTOR_CELL (root) && gtk_widget_get_mapped (root))
    {
      WmDescriptor *descriptor = wm_descriptor_cell_get_descriptor (WM_DESCRIPTOR_CELL (root));

      if (ids != NULL)
        g_hash_table_add (ids, g_strdup (wm_descriptor_get_id (descriptor)));
      if (cells != NULL)
        g_ptr_array_add (cells, root);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_cells (child, ids, cells);
}

static WmDescriptorCell *
find_cell (GtkWidget  *root,
           const char *descriptor_id)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_cells (root, NULL, cells);
  for (guint i = 0; i < cells->len; i++)
    {
      WmDescriptorCell *cell = g_ptr_array_index (cells, i);

      if (g_str_equal (wm_descriptor_get_id (wm_descriptor_cell_get_descriptor (cell)), descriptor_id))
        return cell;
    }
  return NULL;
}

static char *
stored_rating (const char *path,
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

static WmWindow *
open_window (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (path, &error);
  WmWindow *window;

  g_assert_no_error (error);
  window = wm_window_new (NULL, store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_idle ();
  return window;
}

static void
test_grid (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-window-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "school.waymark", NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *rating = NULL;
  WmWindow *window;
  GtkWidget *grid;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  WmDescriptorCell *cell;
  WmGridModel *model;

  window = open_window (path);

  grid = find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);
  g_assert_nonnull (grid);
  model = wm_grid_view_get_model (WM_GRID_VIEW (grid));
  g_assert_nonnull (model);
  g_assert_cmpstr (wm_grid_model_get_framework_id (model), ==, "lqf");

  /* Scroll the whole grid through and count the descriptors actually shown. */
  scroller = GTK_SCROLLED_WINDOW (find_widget (grid, GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  for (double value = 0;; value += gtk_adjustment_get_page_size (adjustment) / 2)
    {
      gtk_adjustment_set_value (adjustment, value);
      wait_for_idle ();
      collect_cells (grid, seen, NULL);
      if (value >= gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
        break;
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 96);
  g_assert_true (g_hash_table_contains (seen, "1.1b"));
  g_assert_true (g_hash_table_contains (seen, "12.2g"));

  /* A rating through the grid's action is written to the file at once. */
  g_assert_true (gtk_widget_activate_action (grid, "grid.rate", "(ss)", "8.3g", "partial"));
  rating = stored_rating (path, "8.3g");
  g_assert_cmpstr (rating, ==, "partial");
  g_assert_cmpstr (wm_descriptor_get_rating_name (wm_grid_model_lookup (model, "8.3g")), ==, "Partial");
  g_clear_pointer (&rating, g_free);

  /* And through a cell's own action, as its rating menu does. */
  gtk_adjustment_set_value (adjustment, 0);
  wait_for_idle ();
  cell = find_cell (grid, "1.1b");
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cell), "cell.rate", "s", "secure"));
  wait_for_idle ();
  rating = stored_rating (path, "1.1b");
  g_assert_cmpstr (rating, ==, "secure");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "rating-high"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_widget (find_widget (GTK_WIDGET (cell), GTK_TYPE_MENU_BUTTON),
                                                                  GTK_TYPE_LABEL))),
                   ==, "Secure");
  g_clear_pointer (&rating, g_free);

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_idle ();

  /* Closed and opened again, the ratings are there. */
  window = open_window (path);
  grid = find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);
  model = wm_grid_view_get_model (WM_GRID_VIEW (grid));
  g_assert_cmpstr (wm_descriptor_get_rating_id (wm_grid_model_lookup (model, "8.3g")), ==, "partial");
  g_assert_cmpstr (wm_descriptor_get_rating_id (wm_grid_model_lookup (model, "1.1b")), ==, "secure");
  cell = find_cell (grid, "1.1b");
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "rating-high"));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_idle ();

  wm_test_remove_tree (dir);
}

/* Waits, running the main loop, for a message dialog to appear; 10 s at most. */
static AdwMessageDialog *
wait_for_message_dialog (void)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

      for (GList *l = toplevels; l != NULL; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
          return l->data;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_error ("no message dialog appeared");
}

static void
test_import (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-window-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "school.waymark", NULL);
  g_autofree char *small = g_test_build_filename (G_TEST_DIST, "data", "valid-small.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) check = NULL;
  gboolean has = TRUE;
  AdwMessageDialog *dialog;
  WmWindow *window;
  GtkWidget *grid;

  window = open_window (path);
  grid = find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);

  /* Cancelled, nothing is written. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-file", "s", small));
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import “A small framework”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "1 elements, 1 strands and 2 descriptors"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_idle ();
  check = wm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (wm_catalog_has (check, "small", &has, &error));
  g_assert_false (has);
  g_clear_object (&check);

  /* Confirmed, it is in the school file and on show. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-file", "s", small));
  dialog = wait_for_message_dialog ();
  adw_message_dialog_response (dialog, "import");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_idle ();

  g_assert_cmpstr (wm_grid_model_get_framework_id (wm_grid_view_get_model (WM_GRID_VIEW (grid))), ==, "small");
  check = wm_store_open (path, &error);
  g_assert_true (wm_catalog_has (check, "small", &has, &error));
  g_assert_true (has);

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_idle ();
  wm_test_remove_tree (dir);
}

static char *
stored_note (const char *path,
             const char *descriptor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (path, &error);
  char *note = NULL;

  g_assert_no_error (error);
  g_assert_true (wm_judgements_lookup (store, "lqf", descriptor_id, NULL, NULL, NULL, &note, &error));
  return note;
}

static void
test_detail_pane (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-window-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "school.waymark", NULL);
  g_autofree char *rating = NULL;
  g_autofree char *note = NULL;
  WmWindow *window = open_window (path);
  GtkWidget *grid = find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);
  GtkWidget *pane = find_widget (GTK_WIDGET (window), WM_TYPE_DETAIL_PANE);
  GtkDropDown *dropdown;
  GtkTextView *note_view;
  GtkListBox *history;
  guint partial = G_MAXUINT;
  GListModel *names;

  g_assert_nonnull (pane);
  g_assert_null (wm_detail_pane_get_descriptor (WM_DETAIL_PANE (pane)));

  /* Choosing a descriptor in the grid shows it in the pane. */
  g_assert_true (gtk_widget_activate_action (grid, "grid.select", "s", "8.3g"));
  wait_for_idle ();
  g_assert_cmpstr (wm_descriptor_get_id (wm_detail_pane_get_descriptor (WM_DETAIL_PANE (pane))), ==, "8.3g");

  /* The note is written as typed (here: at once, as leaving the field does). */
  note_view = GTK_TEXT_VIEW (find_widget (pane, GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note_view), "Learning walk, 3 November", -1);
  wm_detail_pane_save_note (WM_DETAIL_PANE (pane));
  note = stored_note (path, "8.3g");
  g_assert_cmpstr (note, ==, "Learning walk, 3 November");

  /* The rating chosen in the pane is written, with the note kept. */
  dropdown = GTK_DROP_DOWN (find_widget (pane, GTK_TYPE_DROP_DOWN));
  names = gtk_drop_down_get_model (dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Partial"))
      partial = i;
  g_assert_cmpuint (partial, !=, G_MAXUINT);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names),
                                               g_list_model_get_n_items (names) - 1), ==, "Not applicable");
  gtk_drop_down_set_selected (dropdown, partial);
  wait_for_idle ();
  rating = stored_rating (path, "8.3g");
  g_assert_cmpstr (rating, ==, "partial");

  /* Both changes are in the history, newest first. */
  history = GTK_LIST_BOX (find_widget (pane, GTK_TYPE_LIST_BOX));
  g_assert_nonnull (gtk_list_box_get_row_at_index (history, 1));
  g_assert_null (gtk_list_box_get_row_at_index (history, 2));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (history, 0))),
                   ==, "Not yet started → Partial");

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_idle ();
  wm_test_remove_tree (dir);
}

static void
test_error_page (void)
{
  /* A school file that could not be opened gives a window that says why, not a crash. */
  WmWindow *window = wm_window_new (NULL, NULL, "school.waymark is not a Waymark school file");
  GtkWidget *page;

  gtk_window_present (GTK_WINDOW (window));
  wait_for_idle ();

  page = find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), ==,
                   "school.waymark is not a Waymark school file");
  g_assert_null (wm_window_get_store (window));

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_idle ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/grid", test_grid);
  g_test_add_func ("/window/import", test_import);
  g_test_add_func ("/window/detail-pane", test_detail_pane);
  g_test_add_func ("/window/error-page", test_error_page);

  return g_test_run ();
}
