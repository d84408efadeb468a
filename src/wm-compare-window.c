/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-compare-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-accessible.h"
#include "wm-compare-window.h"
#include "wm-move.h"
#include "wm-snapshot.h"
#include "wm-snapshots.h"

/*
 * What moved between two snapshots of a framework, or between a snapshot
 * and now: each moved descriptor with its old and new rating, up or down said
 * in words and arrows, never by colour alone.
 */

struct _WmCompareWindow
{
  AdwWindow       parent_instance;

  WmStore        *store;
  WmGridModel    *model;
  GArray         *snapshot_ids;   /* gint64, WM_SNAPSHOT_NOW last */
  guint           n_moves;

  AdwWindowTitle *window_title;
  GtkDropDown    *from_dropdown;
  GtkDropDown    *to_dropdown;
  GtkLabel       *summary_label;
  GtkListBox     *moves_list;
};

G_DEFINE_FINAL_TYPE (WmCompareWindow, wm_compare_window, ADW_TYPE_WINDOW)

static GtkWidget *
create_move_row (gpointer item,
                 gpointer user_data)
{
  WmCompareWindow *self = user_data;
  WmMove *move = item;
  const char *id = wm_move_get_descriptor_id (move);
  WmDescriptor *descriptor = wm_grid_model_lookup (self->model, id);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  const char *arrow;
  const char *word;

  switch (wm_move_get_direction (move))
    {
    case WM_MOVE_UP: arrow = "↑"; word = _("up"); break;
    case WM_MOVE_DOWN: arrow = "↓"; word = _("down"); break;
    case WM_MOVE_ADDED: arrow = "+"; word = _("new in this version"); break;
    case WM_MOVE_REMOVED: arrow = "−"; word = _("dropped by this version"); break;
    case WM_MOVE_CHANGED:
    default: arrow = "→"; word = _("changed"); break;
    }

  /* "↑ 8.3g  Partial → Secure (up)" */
  title = g_strdup_printf ("%s %s  %s → %s (%s)", arrow, id,
                           wm_move_get_from_rating_name (move) ? wm_move_get_from_rating_name (move) : "–",
                           wm_move_get_to_rating_name (move) ? wm_move_get_to_rating_name (move) : "–",
                           word);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (descriptor != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), wm_descriptor_get_text (descriptor));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
    }
  return row;
}

static void
update (WmCompareWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) moves = NULL;
  guint from = gtk_drop_down_get_selected (self->from_dropdown);
  guint to = gtk_drop_down_get_selected (self->to_dropdown);
  guint up = 0, down = 0;
  g_autofree char *summary = NULL;

  if (from >= self->snapshot_ids->len || to >= self->snapshot_ids->len)
    return;

  moves = wm_snapshots_compare (self->store, wm_grid_model_get_framework_id (self->model),
                                g_array_index (self->snapshot_ids, gint64, from),
                                g_array_index (self->snapshot_ids, gint64, to), &error);
  if (moves == NULL)
    {
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (moves); i++)
    {
      g_autoptr(WmMove) move = g_list_model_get_item (moves, i);

      up += wm_move_get_direction (move) == WM_MOVE_UP;
      down += wm_move_get_direction (move) == WM_MOVE_DOWN;
    }

  self->n_moves = g_list_model_get_n_items (moves);
  if (self->n_moves == 0)
    summary = g_strdup (_("Nothing moved."));
  else
    summary = g_strdup_printf (_("%u moved: %u up, %u down, %u otherwise."),
                               self->n_moves, up, down, self->n_moves - up - down);
  gtk_label_set_label (self->summary_label, summary);
  gtk_list_box_bind_model (self->moves_list, moves, create_move_row, self, NULL);
}

static void
wm_compare_window_dispose (GObject *object)
{
  WmCompareWindow *self = (WmCompareWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_COMPARE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->model);
  g_clear_pointer (&self->snapshot_ids, g_array_unref);

  G_OBJECT_CLASS (wm_compare_window_parent_class)->dispose (object);
}

static void
wm_compare_window_class_init (WmCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_compare_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WmCompareWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, WmCompareWindow, from_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmCompareWindow, to_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmCompareWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, WmCompareWindow, moves_list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wm_compare_window_init (WmCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wm_accessible_name_drop_down (self->from_dropdown);
  wm_accessible_name_drop_down (self->to_dropdown);
  self->snapshot_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * wm_compare_window_new:
 *
 * Compares the framework's latest snapshot with now, at first; either side can
 * then be any snapshot or now. Fails when the framework has no snapshot yet.
 */
WmCompareWindow *
wm_compare_window_new (GtkWindow    *parent,
                       WmStore      *store,
                       WmGridModel  *model,
                       GError      **error)
{
  g_autoptr(GListModel) snapshots = wm_snapshots_list (store, wm_grid_model_get_framework_id (model), error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  WmCompareWindow *self;
  gint64 now = WM_SNAPSHOT_NOW;
  guint n;

  if (snapshots == NULL)
    return NULL;
  if ((n = g_list_model_get_n_items (snapshots)) == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("“%s” has no snapshot yet: take one to compare with it later"),
                   wm_grid_model_get_title (model));
      return NULL;
    }

  self = g_object_new (WM_TYPE_COMPARE_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->model = g_object_ref (model);
  adw_window_title_set_subtitle (self->window_title, wm_grid_model_get_title (model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmSnapshot) snapshot = g_list_model_get_item (snapshots, i);
      g_autofree char *label = g_strdup_printf ("%s (%s)", wm_snapshot_get_name (snapshot),
                                                wm_snapshot_get_taken_on (snapshot));
      gint64 id = wm_snapshot_get_id (snapshot);

      g_array_append_val (self->snapshot_ids, id);
      gtk_string_list_append (names, label);
    }
  g_array_append_val (self->snapshot_ids, now);
  gtk_string_list_append (names, _("Now"));

  gtk_drop_down_set_model (self->from_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_model (self->to_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->from_dropdown, n - 1);
  gtk_drop_down_set_selected (self->to_dropdown, n);
  update (self);

  g_signal_connect_object (self->from_dropdown, "notify::selected", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_dropdown, "notify::selected", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  return self;
}

guint
wm_compare_window_get_n_moves (WmCompareWindow *self)
{
  g_return_val_if_fail (WM_IS_COMPARE_WINDOW (self), 0);
  return self->n_moves;
}
