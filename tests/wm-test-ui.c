/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-test-ui"

#include "config.h"

#include <string.h>

#include "wm-catalog.h"
#include "wm-descriptor-cell.h"
#include "wm-judgements.h"
#include "wm-test-ui.h"

/* Helpers for the tests that drive a real window under Xvfb. */

void
wm_test_ui_wait_for_idle (void)
{
  /* Let the list view lay out and bind its rows. */
  for (guint i = 0; i < 5; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
    }
}

GtkWidget *
wm_test_ui_find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = wm_test_ui_find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

void
wm_test_ui_collect_widgets (GtkWidget *root,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    wm_test_ui_collect_widgets (child, type, found);
}

GtkWidget *
wm_test_ui_find_with_class (GtkWidget  *root,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = wm_test_ui_find_with_class (child, css_class);
      if (found != NULL)
        return found;
    }
  return NULL;
}

void
wm_test_ui_collect_cells (GtkWidget  *root,
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
    wm_test_ui_collect_cells (child, ids, cells);
}

WmDescriptorCell *
wm_test_ui_find_cell (GtkWidget  *root,
           const char *descriptor_id)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  wm_test_ui_collect_cells (root, NULL, cells);
  for (guint i = 0; i < cells->len; i++)
    {
      WmDescriptorCell *cell = g_ptr_array_index (cells, i);

      if (g_str_equal (wm_descriptor_get_id (wm_descriptor_cell_get_descriptor (cell)), descriptor_id))
        return cell;
    }
  return NULL;
}

char *
wm_test_ui_stored_rating (const char *path,
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

WmWindow *
wm_test_ui_open_window (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (path, &error);
  WmWindow *window;

  g_assert_no_error (error);
  window = wm_window_new (NULL, store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  return window;
}

/* The toast shown in @root (its widget, CSS name "toast"), or NULL. */
GtkWidget *
wm_test_ui_find_toast (GtkWidget *root)
{
  if (g_str_equal (gtk_widget_get_css_name (root), "toast"))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = wm_test_ui_find_toast (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The text of the toast shown in @root, or NULL. */
const char *
wm_test_ui_toast_text (GtkWidget *root)
{
  GtkWidget *toast = wm_test_ui_find_toast (root);
  GtkWidget *label = toast != NULL ? wm_test_ui_find_widget (toast, GTK_TYPE_LABEL) : NULL;

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* Waits for a toast, and returns its text. */
char *
wm_test_ui_wait_for_toast (GtkWidget *root)
{
  gint64 deadline = g_get_monotonic_time () + WM_TEST_UI_DEADLINE;

  while (wm_test_ui_toast_text (root) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return g_strdup (wm_test_ui_toast_text (root));
}

/* Waits for the toast to be @text, which it must be (not markup), and dismisses it with its own
 * close button, as the user would. */
void
wm_test_ui_assert_toast_then_dismiss (GtkWidget  *root,
                                      const char *text)
{
  gint64 deadline = g_get_monotonic_time () + WM_TEST_UI_DEADLINE;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *close = NULL;
  GtkWidget *toast;

  while (g_strcmp0 (wm_test_ui_toast_text (root), text) != 0)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("expected the toast “%s”, got “%s”", text, wm_test_ui_toast_text (root));
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  toast = wm_test_ui_find_toast (root);
  wm_test_ui_collect_widgets (toast, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)), "window-close-symbolic") == 0)
      close = g_ptr_array_index (buttons, i);
  g_assert_nonnull (close);
  gtk_widget_activate (close);
  while (wm_test_ui_find_toast (root) == toast)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* The visible message dialog whose heading is @heading, or NULL. */
AdwMessageDialog *
wm_test_ui_find_dialog (const char *heading)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      return l->data;
  return NULL;
}

/* Waits for the message dialog headed @heading, which must come, laid out. */
AdwMessageDialog *
wm_test_ui_wait_for_dialog (const char *heading)
{
  gint64 deadline = g_get_monotonic_time () + WM_TEST_UI_DEADLINE;
  AdwMessageDialog *dialog;

  while ((dialog = wm_test_ui_find_dialog (heading)) == NULL)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("no dialog “%s” appeared", heading);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  wm_test_ui_wait_for_idle ();
  return dialog;
}

/* Answers @dialog as the user does, by its button labelled @label (which closes it too, where
 * adw_message_dialog_response() would only emit the response). */
void
wm_test_ui_click_response (AdwMessageDialog *dialog,
                           const char       *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  gint64 deadline = g_get_monotonic_time () + WM_TEST_UI_DEADLINE;
  GtkWidget *button = NULL;

  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0 &&
        gtk_widget_get_mapped (g_ptr_array_index (buttons, i)))
      button = g_ptr_array_index (buttons, i);
  if (button == NULL)
    g_error ("“%s” has no button “%s”", adw_message_dialog_get_heading (dialog), label);

  /* A button activated shows itself pressed for a moment before it is clicked. */
  g_object_ref (dialog);
  gtk_widget_activate (button);
  while (gtk_widget_get_visible (GTK_WIDGET (dialog)))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_object_unref (dialog);
  wm_test_ui_wait_for_idle ();
}

/* Any file chooser open: outside a sandbox GtkFileChooserNative shows GTK's own dialog, a
 * toplevel. (No test should open that one: GTK's chooser leaves allocations of its own behind,
 * which the sanitized run would report; a stand-in for the desktop's file chooser portal answers
 * instead, as in test-share-snapshots.c.) */
GtkWindow *
wm_test_ui_find_chooser (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, as one string: "a b c"; "" when it is empty or missing. */
char *
wm_test_ui_names_in (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (folder && (name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Runs the main loop until @done holds, for 2 s at most: whether it came to hold. */
gboolean
wm_test_ui_wait_until (WmTestUiCondition done,
                       gpointer          data)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
  return TRUE;
}
