/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <adwaita.h>

#include "wm-action-section.h"
#include "wm-actions.h"
#include "wm-catalog.h"
#include "wm-descriptor-cell.h"
#include "wm-detail-pane.h"
#include "wm-evidence.h"
#include "wm-evidence-section.h"
#include "wm-grid-view.h"
#include "wm-judgements.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"
#include "wm-window.h"

/*
 * The first window, for real, under Xvfb: it opens a school file, shows the
 * LQF grid, and a rating set through the grid's action lands in the file.
 */

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

  window = wm_test_ui_open_window (path);

  grid = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);
  g_assert_nonnull (grid);
  model = wm_grid_view_get_model (WM_GRID_VIEW (grid));
  g_assert_nonnull (model);
  g_assert_cmpstr (wm_grid_model_get_framework_id (model), ==, "lqf");

  /* Scroll the whole grid through and count the descriptors actually shown. */
  scroller = GTK_SCROLLED_WINDOW (wm_test_ui_find_widget (grid, GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  for (double value = 0;; value += gtk_adjustment_get_page_size (adjustment) / 2)
    {
      gtk_adjustment_set_value (adjustment, value);
      wm_test_ui_wait_for_idle ();
      wm_test_ui_collect_cells (grid, seen, NULL);
      if (value >= gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
        break;
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 96);
  g_assert_true (g_hash_table_contains (seen, "1.1b"));
  g_assert_true (g_hash_table_contains (seen, "12.2g"));

  /* A rating through the grid's action is written to the file at once. */
  g_assert_true (gtk_widget_activate_action (grid, "grid.rate", "(ss)", "8.3g", "partial"));
  rating = wm_test_ui_stored_rating (path, "8.3g");
  g_assert_cmpstr (rating, ==, "partial");
  g_assert_cmpstr (wm_descriptor_get_rating_name (wm_grid_model_lookup (model, "8.3g")), ==, "Partial");
  g_clear_pointer (&rating, g_free);

  /* And through a cell's own action, as its rating menu does. */
  gtk_adjustment_set_value (adjustment, 0);
  wm_test_ui_wait_for_idle ();
  cell = wm_test_ui_find_cell (grid, "1.1b");
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cell), "cell.rate", "s", "secure"));
  wm_test_ui_wait_for_idle ();
  rating = wm_test_ui_stored_rating (path, "1.1b");
  g_assert_cmpstr (rating, ==, "secure");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "rating-high"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (wm_test_ui_find_widget (wm_test_ui_find_widget (GTK_WIDGET (cell), GTK_TYPE_MENU_BUTTON),
                                                                  GTK_TYPE_LABEL))),
                   ==, "Secure");
  g_clear_pointer (&rating, g_free);

  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();

  /* Closed and opened again, the ratings are there. */
  window = wm_test_ui_open_window (path);
  grid = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);
  model = wm_grid_view_get_model (WM_GRID_VIEW (grid));
  g_assert_cmpstr (wm_descriptor_get_rating_id (wm_grid_model_lookup (model, "8.3g")), ==, "partial");
  g_assert_cmpstr (wm_descriptor_get_rating_id (wm_grid_model_lookup (model, "1.1b")), ==, "secure");
  cell = wm_test_ui_find_cell (grid, "1.1b");
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "rating-high"));
  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();

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

  window = wm_test_ui_open_window (path);
  grid = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);

  /* Cancelled, nothing is written. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-file", "s", small));
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import “A small framework”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "1 elements, 1 strands and 2 descriptors"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wm_test_ui_wait_for_idle ();
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
  wm_test_ui_wait_for_idle ();

  g_assert_cmpstr (wm_grid_model_get_framework_id (wm_grid_view_get_model (WM_GRID_VIEW (grid))), ==, "small");
  check = wm_store_open (path, &error);
  g_assert_true (wm_catalog_has (check, "small", &has, &error));
  g_assert_true (has);

  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
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

/* The history list, not the list boxes of the evidence and action sections. */
static GtkListBox *
find_history (GtkWidget *pane)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  wm_test_ui_collect_widgets (pane, GTK_TYPE_LIST_BOX, found);
  for (guint i = 0; i < found->len; i++)
    if (gtk_widget_get_ancestor (g_ptr_array_index (found, i), WM_TYPE_EVIDENCE_SECTION) == NULL &&
        gtk_widget_get_ancestor (g_ptr_array_index (found, i), WM_TYPE_ACTION_SECTION) == NULL)
      return g_ptr_array_index (found, i);
  return NULL;
}

static void
test_detail_pane (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-window-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "school.waymark", NULL);
  g_autofree char *rating = NULL;
  g_autofree char *note = NULL;
  WmWindow *window = wm_test_ui_open_window (path);
  GtkWidget *grid = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);
  GtkWidget *pane = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_DETAIL_PANE);
  GtkDropDown *dropdown;
  GtkTextView *note_view;
  GtkListBox *history;
  guint partial = G_MAXUINT;
  GListModel *names;

  g_assert_nonnull (pane);
  g_assert_null (wm_detail_pane_get_descriptor (WM_DETAIL_PANE (pane)));

  /* Choosing a descriptor in the grid shows it in the pane. */
  g_assert_true (gtk_widget_activate_action (grid, "grid.select", "s", "8.3g"));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (wm_descriptor_get_id (wm_detail_pane_get_descriptor (WM_DETAIL_PANE (pane))), ==, "8.3g");

  /* The note is written as typed (here: at once, as leaving the field does). */
  note_view = GTK_TEXT_VIEW (wm_test_ui_find_widget (pane, GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note_view), "Learning walk, 3 November", -1);
  wm_detail_pane_save_note (WM_DETAIL_PANE (pane));
  note = stored_note (path, "8.3g");
  g_assert_cmpstr (note, ==, "Learning walk, 3 November");

  /* The rating chosen in the pane is written, with the note kept. */
  dropdown = GTK_DROP_DOWN (wm_test_ui_find_widget (pane, GTK_TYPE_DROP_DOWN));
  names = gtk_drop_down_get_model (dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Partial"))
      partial = i;
  g_assert_cmpuint (partial, !=, G_MAXUINT);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names),
                                               g_list_model_get_n_items (names) - 1), ==, "Not applicable");
  gtk_drop_down_set_selected (dropdown, partial);
  wm_test_ui_wait_for_idle ();
  rating = wm_test_ui_stored_rating (path, "8.3g");
  g_assert_cmpstr (rating, ==, "partial");

  /* Both changes are in the history, newest first. */
  history = find_history (pane);
  g_assert_nonnull (gtk_list_box_get_row_at_index (history, 1));
  g_assert_null (gtk_list_box_get_row_at_index (history, 2));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (history, 0))),
                   ==, "Not yet started → Partial");

  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  wm_test_remove_tree (dir);
}

static void
test_error_page (void)
{
  /* A school file that could not be opened gives a window that says why, not a crash. */
  WmWindow *window = wm_window_new (NULL, NULL, "school.waymark is not a Waymark school file");
  GtkWidget *page;

  gtk_window_present (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();

  page = wm_test_ui_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), ==,
                   "school.waymark is not a Waymark school file");
  g_assert_null (wm_window_get_store (window));

  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
}

/* Runs the main loop until @busy is FALSE on @section; 20 s at most. */
static void
wait_until_not_busy (WmEvidenceSection *section)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (wm_evidence_section_get_busy (section))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  wm_test_ui_wait_for_idle ();
}

/* Drops @file on @widget as a file manager would, through its drop target's "drop" signal. */
static void
drop_file (GtkWidget *widget,
           GFile     *file)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target = NULL;
  GSList files = { file, NULL };
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (&files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &handled);
  g_assert_true (handled);
}

static const char *
heading_of (GtkWidget *section)
{
  return gtk_label_get_label (GTK_LABEL (wm_test_ui_find_widget (section, GTK_TYPE_LABEL)));
}

static guint
evidence_count (WmStore    *store,
                const char *descriptor_id)
{
  g_autoptr(GError) error = NULL;
  guint n = wm_evidence_count (store, "lqf", descriptor_id, &error);

  g_assert_no_error (error);
  return n;
}

static GFile *
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
test_evidence (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-window-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "school.waymark", NULL);
  g_autofree char *big_path = g_build_filename (dir, "assembly.mp4", NULL);
  g_autoptr(GFile) file = write_file (dir, "learning-walk.txt", "Learning walk, 3 November: questioning\n");
  g_autoptr(GFile) big = g_file_new_for_path (big_path);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GListModel) attached = NULL;
  g_autoptr(WmEvidenceItem) item = NULL;
  g_autoptr(GError) error = NULL;
  WmWindow *window = wm_test_ui_open_window (path);
  WmStore *store = wm_window_get_store (window);
  GtkWidget *grid = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);
  GtkWidget *section = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_EVIDENCE_SECTION);
  AdwMessageDialog *dialog;
  WmDescriptorCell *cell;
  GtkWidget *count;
  gint64 id;

  g_assert_nonnull (section);
  g_assert_true (gtk_widget_activate_action (grid, "grid.select", "s", "1.1b"));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (heading_of (section), ==, "Evidence (0)");
  cell = wm_test_ui_find_cell (grid, "1.1b");
  g_assert_false (gtk_widget_is_visible (wm_test_ui_find_with_class (GTK_WIDGET (cell), "wm-evidence-count")));

  /* A file dropped on the section is copied in, off the main loop, and attached. */
  drop_file (section, file);
  g_assert_true (wm_evidence_section_get_busy (WM_EVIDENCE_SECTION (section)));
  wait_until_not_busy (WM_EVIDENCE_SECTION (section));
  g_assert_cmpuint (evidence_count (store, "1.1b"), ==, 1);
  g_assert_cmpstr (heading_of (section), ==, "Evidence (1)");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     gtk_list_box_get_row_at_index (GTK_LIST_BOX (wm_test_ui_find_widget (section, GTK_TYPE_LIST_BOX)), 0))),
                   ==, "learning-walk.txt");

  /* The grid cell counts it, with an icon and words for the screen reader. */
  count = wm_test_ui_find_with_class (GTK_WIDGET (cell), "wm-evidence-count");
  g_assert_true (gtk_widget_is_visible (count));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (count)), ==, "1");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (gtk_widget_get_parent (count)), ==, "1 evidence item");

  /* The same file dropped on another descriptor's cell: attached there, stored once. */
  cell = wm_test_ui_find_cell (grid, "1.2b");
  g_assert_nonnull (cell);
  drop_file (GTK_WIDGET (cell), file);
  for (gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC; evidence_count (store, "1.2b") == 0;)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (wm_test_ui_find_with_class (GTK_WIDGET (cell), "wm-evidence-count"))), ==, "1");
  g_assert_cmpint (wm_test_sqlite_int (path, "SELECT count(*) FROM evidence_blobs"), ==, 1);
  g_assert_cmpint (wm_test_sqlite_int (path, "SELECT count(*) FROM evidence"), ==, 2);

  attached = wm_evidence_list (store, "lqf", "1.1b", WM_EVIDENCE_FILTER_ALL, &error);
  g_assert_no_error (error);
  item = g_list_model_get_item (attached, 0);
  id = wm_evidence_item_get_id (item);
  g_clear_object (&item);

  /* Removed, then brought back by the toast's Undo. */
  g_assert_true (gtk_widget_activate_action (section, "evidence.remove", "x", id));
  g_assert_cmpuint (evidence_count (store, "1.1b"), ==, 0);
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (heading_of (section), ==, "Evidence (0)");
  g_assert_true (gtk_widget_activate_action (section, "evidence.undo-remove", "(ssx)", "lqf", "1.1b", id));
  g_assert_cmpuint (evidence_count (store, "1.1b"), ==, 1);
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (heading_of (section), ==, "Evidence (1)");

  /* Renamed through its dialog, and marked reviewed. */
  g_assert_true (gtk_widget_activate_action (section, "evidence.rename", "x", id));
  dialog = wait_for_message_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (wm_test_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_TEXT)), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));
  gtk_editable_set_text (GTK_EDITABLE (wm_test_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_TEXT)), "Learning walk notes");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "rename"));
  adw_message_dialog_response (dialog, "rename");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_activate_action (section, "evidence.reviewed", "(xb)", id, TRUE));
  item = wm_evidence_lookup (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_evidence_item_get_label (item), ==, "Learning walk notes");
  g_assert_true (wm_evidence_item_get_reviewed (item));
  g_clear_object (&item);

  /* A web link, once the address is one. */
  g_assert_true (gtk_widget_activate_action (section, "evidence.add-link", NULL));
  dialog = wait_for_message_dialog ();
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (GTK_EDITABLE (wm_test_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_TEXT)), "https://example.org/policy");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  adw_message_dialog_response (dialog, "add");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (evidence_count (store, "1.1b"), ==, 2);

  /* The cell shows that there is a note once there is one. */
  g_assert_false (gtk_widget_is_visible (wm_test_ui_find_with_class (GTK_WIDGET (wm_test_ui_find_cell (grid, "1.1b")), "wm-note-icon")));
  g_assert_true (wm_judgements_rate (store, "lqf", "1.1b", "developing", "Seen in a learning walk", "test", &error));
  g_assert_no_error (error);
  wm_test_ui_wait_for_idle ();
  g_assert_true (gtk_widget_is_visible (wm_test_ui_find_with_class (GTK_WIDGET (wm_test_ui_find_cell (grid, "1.1b")), "wm-note-icon")));

  /* Evidence already in the school file, reused on another descriptor: nothing new is stored. */
  g_assert_true (gtk_widget_activate_action (grid, "grid.select", "s", "1.1s"));
  wm_test_ui_wait_for_idle ();
  g_assert_true (gtk_widget_activate_action (section, "evidence.use-existing", NULL));
  dialog = wait_for_message_dialog ();
  gtk_list_box_select_row (GTK_LIST_BOX (wm_test_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX)),
                           gtk_list_box_get_row_at_index (GTK_LIST_BOX (wm_test_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX)), 0));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "attach"));
  adw_message_dialog_response (dialog, "attach");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (evidence_count (store, "1.1s"), ==, 1);
  g_assert_cmpint (wm_test_sqlite_int (path, "SELECT count(*) FROM evidence"), ==, 3);
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (heading_of (section), ==, "Evidence (1)");

  /* A file over 100 MB (sparse here) asks first; cancelled, nothing is copied. */
  out = g_file_replace (big, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_seekable_truncate (G_SEEKABLE (out), WM_EVIDENCE_LARGE_FILE + 1, NULL, &error));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error));
  drop_file (section, big);
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Attach a Large File?");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_until_not_busy (WM_EVIDENCE_SECTION (section));
  g_assert_cmpuint (evidence_count (store, "1.1b"), ==, 2);
  g_assert_cmpint (wm_test_sqlite_int (path, "SELECT count(*) FROM evidence_blobs"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  wm_test_remove_tree (dir);
}

static void
test_actions (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-window-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "school.waymark", NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
  g_autoptr(WmAction) action = NULL;
  g_autoptr(GError) error = NULL;
  WmWindow *window = wm_test_ui_open_window (path);
  WmStore *store = wm_window_get_store (window);
  GtkWidget *grid = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);
  GtkWidget *section = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_ACTION_SECTION);
  GtkWidget *overdue;
  AdwMessageDialog *dialog;
  gint64 first, second;

  g_assert_nonnull (section);
  g_assert_true (gtk_widget_activate_action (grid, "grid.select", "s", "8.3g"));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (heading_of (section), ==, "Actions (0)");

  /* Added through the section, due long ago: listed, and overdue in words and style. */
  first = wm_action_section_add_action (WM_ACTION_SECTION (section), "Peer observation of questioning",
                                        "Mr Okafor", "2000-01-01", "secure", "Twice a term", &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (heading_of (section), ==, "Actions (1)");
  overdue = wm_test_ui_find_with_class (section, "wm-overdue");
  g_assert_nonnull (overdue);
  g_assert_true (gtk_widget_has_css_class (overdue, "error"));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (wm_test_ui_find_widget (overdue, GTK_TYPE_LABEL))),
                                   "Overdue"));
  action = wm_actions_get (store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_action_get_notes (action), ==, "Twice a term");
  g_assert_cmpstr (wm_action_get_target_rating_id (action), ==, "secure");
  g_clear_object (&action);

  /* Done, it is no longer overdue. */
  g_assert_true (gtk_widget_activate_action (section, "actions.set-status", "(xs)", first, "done"));
  wm_test_ui_wait_for_idle ();
  g_assert_null (wm_test_ui_find_with_class (section, "wm-overdue"));

  /* Through the dialog: "Add" waits for a title and a real date. */
  g_assert_true (gtk_widget_activate_action (section, "actions.add", NULL));
  dialog = wait_for_message_dialog ();
  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_TEXT, entries);
  g_assert_cmpuint (entries->len, >=, 3);  /* title, owner, due date; then the dropdown's search */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "Book club for staff");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 2)), "2025-13-45");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 2)), "2999-03-31");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  adw_message_dialog_response (dialog, "add");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (heading_of (section), ==, "Actions (2)");
  g_assert_null (wm_test_ui_find_with_class (section, "wm-overdue"));

  /* Its status, from the row's dropdown (soonest first: the new one is second). */
  wm_test_ui_collect_widgets (section, GTK_TYPE_DROP_DOWN, dropdowns);
  g_assert_cmpuint (dropdowns->len, ==, 2);
  gtk_drop_down_set_selected (g_ptr_array_index (dropdowns, 1), 1);
  wm_test_ui_wait_for_idle ();
  second = first + 1;
  action = wm_actions_get (store, second, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_action_get_title (action), ==, "Book club for staff");
  g_assert_cmpstr (wm_action_get_status (action), ==, WM_ACTION_STATUS_UNDER_WAY);

  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  wm_test_remove_tree (dir);
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
  g_test_add_func ("/window/evidence", test_evidence);
  g_test_add_func ("/window/actions", test_actions);
  g_test_add_func ("/window/error-page", test_error_page);

  return g_test_run ();
}
