/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-grid-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-grid-filter.h"
#include "wm-grid-keys.h"
#include "wm-grid-view-private.h"
#include "wm-judgements.h"

/*
 * A framework's grid: headings, elements and strands down the page, one
 * column per level. Rows come from a WmGridModel through a GtkListView; a
 * rating is written through the "grid.rate" action, and the cells follow
 * the store's change signal, never the other way round.
 */

G_DEFINE_FINAL_TYPE (WmGridView, wm_grid_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MODEL,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A new menu for each framework: the cells of the one before keep theirs until they go, and
 * no open popover rebuilds itself item by item as the old menu is emptied. */
static void
rebuild_menu (WmGridView *self)
{
  g_clear_object (&self->rating_menu);
  self->rating_menu = g_menu_new ();

  if (self->model == NULL)
    return;

  for (guint r = 0; r < wm_grid_model_get_n_ratings (self->model); r++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (wm_grid_model_get_rating_name (self->model, r), NULL);

      g_menu_item_set_action_and_target_value (item, "cell.rate",
                                               g_variant_new_string (wm_grid_model_get_rating_id (self->model, r)));
      g_menu_append_item (self->rating_menu, item);
    }
}

static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmGridView *self = WM_GRID_VIEW (widget);
  g_autoptr(GError) error = NULL;
  const char *descriptor_id;
  const char *rating_id;

  if (self->store == NULL || self->model == NULL)
    return;

  g_variant_get (parameter, "(&s&s)", &descriptor_id, &rating_id);

  if (!wm_judgements_rate (self->store, wm_grid_model_get_framework_id (self->model),
                           descriptor_id, rating_id, NULL, self->author, &error))
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

      g_warning ("Could not save the rating of %s: %s", descriptor_id, error->message);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
    }
}

static void
set_selected (WmGridView   *self,
              WmDescriptor *descriptor)
{
  if (g_set_object (&self->selected, descriptor))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/* grid.select ("DESCRIPTOR-ID"): a cell was clicked or took the focus. */
static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WmGridView *self = WM_GRID_VIEW (widget);

  if (self->model != NULL)
    set_selected (self, wm_grid_model_lookup (self->model, g_variant_get_string (parameter, NULL)));
}

WmDescriptor *
wm_grid_view_get_selected (WmGridView *self)
{
  g_return_val_if_fail (WM_IS_GRID_VIEW (self), NULL);
  return self->selected;
}

static void
wm_grid_view_dispose (GObject *object)
{
  WmGridView *self = (WmGridView *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_GRID_VIEW);
  /* The template's root box is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->filled, g_hash_table_unref);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->match, g_hash_table_unref);
  g_clear_object (&self->filter);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_object (&self->rating_menu);

  G_OBJECT_CLASS (wm_grid_view_parent_class)->dispose (object);
}

static void
wm_grid_view_finalize (GObject *object)
{
  WmGridView *self = (WmGridView *) object;

  g_free (self->author);

  G_OBJECT_CLASS (wm_grid_view_parent_class)->finalize (object);
}

static void
wm_grid_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WmGridView *self = WM_GRID_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_MODEL: g_value_set_object (value, self->model); break;
    case PROP_SELECTED: g_value_set_object (value, self->selected); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_grid_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WmGridView *self = WM_GRID_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE: wm_grid_view_set_store (self, g_value_get_object (value)); break;
    case PROP_MODEL: wm_grid_view_set_model (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_grid_view_class_init (WmGridViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_grid_view_dispose;
  object_class->finalize = wm_grid_view_finalize;
  object_class->get_property = wm_grid_view_get_property;
  object_class->set_property = wm_grid_view_set_property;
  /* Its measure and size_allocate, which fill the rows in sight: wm-grid-view-rows.c. */
  wm_grid_view_rows_class_init (widget_class);

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, WM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, WM_TYPE_GRID_MODEL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The descriptor last clicked or focused, for the detail pane. */
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, WM_TYPE_DESCRIPTOR,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-grid-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WmGridView, column_header);
  gtk_widget_class_bind_template_child (widget_class, WmGridView, list_view);
  gtk_widget_class_set_css_name (widget_class, "wm-grid-view");

  /* grid.rate ("DESCRIPTOR-ID", "RATING-ID"): judge a descriptor of the shown framework. */
  gtk_widget_class_install_action (widget_class, "grid.rate", "(ss)", rate_action);
  gtk_widget_class_install_action (widget_class, "grid.select", "s", select_action);
}

static gboolean
filter_row_cb (gpointer item,
               gpointer user_data)
{
  WmGridView *self = user_data;

  return self->match == NULL || wm_grid_filter_keeps (self->match, item);
}

static void
wm_grid_view_init (WmGridView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_row_cb, self, NULL);
  self->author = wm_judgements_default_author ();
  wm_grid_view_rows_init (self);
  wm_grid_keys_attach (GTK_WIDGET (self), self->list_view);
}

WmGridModel *
wm_grid_view_get_model (WmGridView *self)
{
  g_return_val_if_fail (WM_IS_GRID_VIEW (self), NULL);
  return self->model;
}

void
wm_grid_view_set_model (WmGridView  *self,
                        WmGridModel *model)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (WM_IS_GRID_VIEW (self));
  g_return_if_fail (!model || WM_IS_GRID_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;

  set_selected (self, NULL);
  rebuild_menu (self);
  wm_grid_view_rebuild_header (self);
  wm_grid_view_reset_heights (self);

  /* A new framework starts unfiltered. */
  g_clear_pointer (&self->match, g_hash_table_unref);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);

  if (model != NULL)
    selection = gtk_no_selection_new (G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (model)),
                                                                               g_object_ref (GTK_FILTER (self->filter)))));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * wm_grid_view_set_query:
 * @query: (nullable): what to narrow the grid to; %NULL or an empty query shows it all
 *
 * Returns: the number of descriptors that match, or all of them
 */
guint
wm_grid_view_set_query (WmGridView         *self,
                        const WmGridQuery  *query,
                        GError            **error)
{
  g_autoptr(GHashTable) match = NULL;
  GHashTableIter iter;
  const char *key;
  guint n = 0;

  g_return_val_if_fail (WM_IS_GRID_VIEW (self), 0);

  if (self->model == NULL || self->store == NULL)
    return 0;

  if (query != NULL && !wm_grid_query_is_empty (query) &&
      !(match = wm_grid_filter_match (self->store, self->model, query, error)))
    return 0;

  g_clear_pointer (&self->match, g_hash_table_unref);
  self->match = g_steal_pointer (&match);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  if (self->match == NULL)
    return wm_grid_model_get_n_descriptors (self->model);

  g_hash_table_iter_init (&iter, self->match);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    n += g_str_has_prefix (key, "d:");
  return n;
}

WmStore *
wm_grid_view_get_store (WmGridView *self)
{
  g_return_val_if_fail (WM_IS_GRID_VIEW (self), NULL);
  return self->store;
}

void
wm_grid_view_set_store (WmGridView *self,
                        WmStore    *store)
{
  g_return_if_fail (WM_IS_GRID_VIEW (self));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * wm_grid_view_show_element:
 *
 * Scrolls to the element's row and puts the focus on its first descriptor.
 *
 * Returns: %FALSE when the element is not among the rows shown (a filter hides it)
 */
gboolean
wm_grid_view_show_element (WmGridView *self,
                           const char *element_id)
{
  GListModel *rows;
  guint n;

  g_return_val_if_fail (WM_IS_GRID_VIEW (self), FALSE);

  rows = G_LIST_MODEL (gtk_list_view_get_model (self->list_view));
  n = rows != NULL ? g_list_model_get_n_items (rows) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmGridRow) row = g_list_model_get_item (rows, i);

      if (wm_grid_row_get_kind (row) != WM_GRID_ROW_ELEMENT ||
          g_strcmp0 (wm_grid_row_get_id (row), element_id) != 0)
        continue;

      /* Its first descriptor, in the strand rows that follow it. */
      for (guint j = i + 1; j < n; j++)
        {
          g_autoptr(WmGridRow) strand = g_list_model_get_item (rows, j);

          if (wm_grid_row_get_kind (strand) != WM_GRID_ROW_STRAND)
            break;
          for (guint l = 0; l < wm_grid_row_get_n_levels (strand); l++)
            if (wm_grid_row_get_descriptor (strand, l) != NULL)
              {
                gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
                wm_grid_keys_focus (self->list_view, j, wm_grid_row_get_descriptor (strand, l));
                return TRUE;
              }
        }
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
      return TRUE;
    }
  return FALSE;
}
