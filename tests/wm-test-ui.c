/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-test-ui"

#include "config.h"

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
