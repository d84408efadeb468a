/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-grid-keys"

#include "config.h"

#include "wm-descriptor-cell.h"
#include "wm-grid-keys.h"
#include "wm-grid-row.h"
#include "wm-grid-view.h"

/*
 * Walking the whole grid with the arrow keys. The list view only makes
 * widgets for the rows in sight, so Tab alone stops at the edge of the
 * window: the arrows move from descriptor to descriptor (left and right along
 * the levels, up and down the strands), scrolling the next one into view first.
 */

typedef struct {
  GtkListView  *list_view;
  WmDescriptor *target;
  guint         tries;
} PendingFocus;

static WmDescriptorCell *
find_cell (GtkWidget    *root,
           WmDescriptor *descriptor)
{
  if (WM_IS_DESCRIPTOR_CELL (root) &&
      wm_descriptor_cell_get_descriptor (WM_DESCRIPTOR_CELL (root)) == descriptor)
    return WM_DESCRIPTOR_CELL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      WmDescriptorCell *found = find_cell (child, descriptor);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
focus_target_cb (gpointer data)
{
  PendingFocus *pending = data;
  WmDescriptorCell *cell = find_cell (GTK_WIDGET (pending->list_view), pending->target);

  /* The row may need a frame or two to be laid out and shown after scrolling:
   * until then there is no cell, or one that cannot take the focus yet. */
  if (cell != NULL && gtk_widget_child_focus (GTK_WIDGET (cell), GTK_DIR_TAB_FORWARD))
    return G_SOURCE_REMOVE;
  return ++pending->tries < 60 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
pending_free (gpointer data)
{
  PendingFocus *pending = data;

  g_object_unref (pending->list_view);
  g_object_unref (pending->target);
  g_free (pending);
}

/* The strand row and level of the focused cell; FALSE when the focus is not in one. */
static gboolean
find_focus (GtkListView  *list_view,
            GListModel   *rows,
            guint        *position,
            guint        *level)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (list_view));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *cell = focus ? gtk_widget_get_ancestor (focus, WM_TYPE_DESCRIPTOR_CELL) : NULL;
  WmDescriptor *descriptor;

  if (cell == NULL || !gtk_widget_is_ancestor (cell, GTK_WIDGET (list_view)))
    return FALSE;

  descriptor = wm_descriptor_cell_get_descriptor (WM_DESCRIPTOR_CELL (cell));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(WmGridRow) row = g_list_model_get_item (rows, i);

      for (guint l = 0; l < wm_grid_row_get_n_levels (row); l++)
        if (wm_grid_row_get_descriptor (row, l) == descriptor)
          {
            *position = i;
            *level = l;
            return TRUE;
          }
    }
  return FALSE;
}

/* The descriptor at @level of the next strand row from @position in @step's direction,
 * or the nearest level that strand has. */
static WmDescriptor *
next_in_column (GListModel *rows,
                guint       position,
                guint       level,
                int         step,
                guint      *found_position)
{
  for (int i = (int) position + step; i >= 0 && i < (int) g_list_model_get_n_items (rows); i += step)
    {
      g_autoptr(WmGridRow) row = g_list_model_get_item (rows, (guint) i);
      guint n = wm_grid_row_get_n_levels (row);

      for (guint d = 0; d < n; d++)
        {
          /* The same level first, then the nearest ones either side. */
          WmDescriptor *left = level >= d && level - d < n ? wm_grid_row_get_descriptor (row, level - d) : NULL;
          WmDescriptor *right = level + d < n ? wm_grid_row_get_descriptor (row, level + d) : NULL;

          if (left != NULL || right != NULL)
            {
              *found_position = (guint) i;
              return left ? left : right;
            }
        }
    }
  return NULL;
}

/**
 * wm_grid_keys_move:
 *
 * Moves the focus from the focused cell to the next one in @direction
 * (GTK_DIR_UP, _DOWN, _LEFT or _RIGHT), scrolling it into view.
 *
 * Returns: %TRUE when there was a cell to move to
 */
gboolean
wm_grid_keys_move (GtkListView      *list_view,
                   GtkDirectionType  direction)
{
  GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  WmDescriptor *target = NULL;
  guint position, level, target_position = 0;

  if (rows == NULL || !find_focus (list_view, rows, &position, &level))
    return FALSE;

  if (direction == GTK_DIR_LEFT || direction == GTK_DIR_RIGHT)
    {
      g_autoptr(WmGridRow) row = g_list_model_get_item (rows, position);
      int step = direction == GTK_DIR_LEFT ? -1 : 1;

      for (int l = (int) level + step; target == NULL && l >= 0 && l < (int) wm_grid_row_get_n_levels (row); l += step)
        target = wm_grid_row_get_descriptor (row, (guint) l);
      target_position = position;
    }
  else if (direction == GTK_DIR_UP || direction == GTK_DIR_DOWN)
    target = next_in_column (rows, position, level, direction == GTK_DIR_UP ? -1 : 1, &target_position);

  if (target == NULL)
    return FALSE;
  wm_grid_keys_focus (list_view, target_position, target);
  return TRUE;
}

/**
 * wm_grid_keys_focus:
 * @position: the row to scroll into view
 * @target: the descriptor whose cell takes the focus, once its row is shown
 */
void
wm_grid_keys_focus (GtkListView  *list_view,
                    guint         position,
                    WmDescriptor *target)
{
  GtkWidget *grid = gtk_widget_get_ancestor (GTK_WIDGET (list_view), WM_TYPE_GRID_VIEW);
  PendingFocus *pending;

  gtk_widget_activate_action (GTK_WIDGET (list_view), "list.scroll-to-item", "u", position);
  /* Its row is bound now, but filled only once in sight: fill it, and the focus moves at once. */
  if (grid != NULL)
    wm_grid_view_fill_row (WM_GRID_VIEW (grid), position);
  pending = g_new0 (PendingFocus, 1);
  pending->list_view = g_object_ref (list_view);
  pending->target = g_object_ref (target);
  if (focus_target_cb (pending) == G_SOURCE_CONTINUE)
    g_timeout_add_full (G_PRIORITY_DEFAULT, 16, focus_target_cb, pending, pending_free);
  else
    pending_free (pending);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkListView           *list_view)
{
  GtkDirectionType direction;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_KP_Up: direction = GTK_DIR_UP; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: direction = GTK_DIR_DOWN; break;
    case GDK_KEY_Left: case GDK_KEY_KP_Left: direction = GTK_DIR_LEFT; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: direction = GTK_DIR_RIGHT; break;
    default: return FALSE;
    }

  return wm_grid_keys_move (list_view, direction);
}

/* Lets the arrow keys walk @grid's cells; other keys go on as before. */
void
wm_grid_keys_attach (GtkWidget   *grid,
                     GtkListView *list_view)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Capture: before the list view's own arrow keys, which move between rows
   * that are only containers here. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), list_view, 0);
  gtk_widget_add_controller (grid, keys);
}
