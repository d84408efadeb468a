/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-filter-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-accessible.h"
#include "wm-filter-bar.h"
#include "wm-snapshot.h"
#include "wm-snapshots.h"

/*
 * The search bar above the grid (Ctrl+F): words to find in descriptors, notes
 * and evidence names, and filters by rating, evidence, change since a snapshot
 * and open actions. It emits "changed"; the window hands the query to the grid.
 */

struct _WmFilterBar
{
  GtkWidget     parent_instance;

  WmStore      *store;
  WmGridModel  *model;
  GPtrArray    *rating_ids;     /* NULL first: any rating */
  GArray       *snapshot_ids;   /* gint64; 0 first: no condition */
  gboolean      loading;
  gboolean      snapshots_stale;  /* the list waits until the bar is shown */

  GtkSearchBar *search_bar;
  GtkSearchEntry *entry;
  GtkMenuButton *filters_button;
  GtkDropDown  *rating_dropdown;
  GtkDropDown  *evidence_dropdown;
  GtkDropDown  *snapshot_dropdown;
  GtkSwitch    *actions_switch;
  GtkLabel     *count_label;
};

G_DEFINE_FINAL_TYPE (WmFilterBar, wm_filter_bar, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
changed_cb (WmFilterBar *self)
{
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Fills in @query from the bar; its strings belong to the bar. */
void
wm_filter_bar_get_query (WmFilterBar *self,
                         WmGridQuery *query)
{
  guint rating = gtk_drop_down_get_selected (self->rating_dropdown);
  guint snapshot = gtk_drop_down_get_selected (self->snapshot_dropdown);

  g_return_if_fail (WM_IS_FILTER_BAR (self));

  *query = (WmGridQuery) { 0 };
  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      query->text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
      query->rating_id = rating < self->rating_ids->len ? g_ptr_array_index (self->rating_ids, rating) : NULL;
      query->evidence = (WmEvidenceCondition) gtk_drop_down_get_selected (self->evidence_dropdown);
      query->changed_since = snapshot < self->snapshot_ids->len ? g_array_index (self->snapshot_ids, gint64, snapshot) : 0;
      query->open_actions = gtk_switch_get_active (self->actions_switch);
    }
}

void
wm_filter_bar_show_count (WmFilterBar *self,
                          guint        n_matching)
{
  g_autofree char *text = NULL;
  WmGridQuery query;

  g_return_if_fail (WM_IS_FILTER_BAR (self));

  wm_filter_bar_get_query (self, &query);
  if (self->model != NULL && !wm_grid_query_is_empty (&query))
    text = g_strdup_printf (ngettext ("%u of %u descriptor", "%u of %u descriptors",
                                      wm_grid_model_get_n_descriptors (self->model)),
                            n_matching, wm_grid_model_get_n_descriptors (self->model));
  gtk_label_set_label (self->count_label, text ? text : "");
}

void
wm_filter_bar_set_text (WmFilterBar *self,
                        const char  *text)
{
  g_return_if_fail (WM_IS_FILTER_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}

GtkSearchBar *
wm_filter_bar_get_search_bar (WmFilterBar *self)
{
  g_return_val_if_fail (WM_IS_FILTER_BAR (self), NULL);
  return self->search_bar;
}

static void
reload_snapshots (WmFilterBar *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char *[]) { _("Any time"), NULL });
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) snapshots = NULL;
  gint64 none = 0;

  g_array_set_size (self->snapshot_ids, 0);
  g_array_append_val (self->snapshot_ids, none);

  if (self->store != NULL && self->model != NULL)
    snapshots = wm_snapshots_list (self->store, wm_grid_model_get_framework_id (self->model), &error);
  if (error != NULL)
    g_warning ("%s", error->message);

  for (guint i = 0; snapshots != NULL && i < g_list_model_get_n_items (snapshots); i++)
    {
      g_autoptr(WmSnapshot) snapshot = g_list_model_get_item (snapshots, i);
      g_autofree char *label = g_strdup_printf ("%s (%s)", wm_snapshot_get_name (snapshot),
                                                wm_snapshot_get_taken_on (snapshot));
      gint64 id = wm_snapshot_get_id (snapshot);

      g_array_append_val (self->snapshot_ids, id);
      gtk_string_list_append (names, label);
    }

  self->loading = TRUE;
  gtk_drop_down_set_model (self->snapshot_dropdown, G_LIST_MODEL (names));
  self->loading = FALSE;
  self->snapshots_stale = FALSE;
}

/* The snapshots are counted for the framework shown: work that waits until the bar is
 * shown, rather than hold up every framework's grid. */
static void
snapshots_need_reload (WmFilterBar *self)
{
  self->snapshots_stale = TRUE;
  if (gtk_search_bar_get_search_mode (self->search_bar))
    reload_snapshots (self);
}

static void
snapshots_changed_cb (WmFilterBar *self,
                      const char  *framework_id,
                      WmStore     *store)
{
  snapshots_need_reload (self);
}

static void
search_mode_cb (WmFilterBar *self)
{
  if (self->snapshots_stale && gtk_search_bar_get_search_mode (self->search_bar))
    reload_snapshots (self);
}

void
wm_filter_bar_set_store (WmFilterBar *self,
                         WmStore     *store)
{
  g_return_if_fail (WM_IS_FILTER_BAR (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed::snapshots", G_CALLBACK (snapshots_changed_cb),
                             self, G_CONNECT_SWAPPED);
  snapshots_need_reload (self);
}

void
wm_filter_bar_set_model (WmFilterBar *self,
                         WmGridModel *model)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char *[]) { _("Any rating"), NULL });

  g_return_if_fail (WM_IS_FILTER_BAR (self));

  g_set_object (&self->model, model);

  /* A new framework has its own scale and snapshots; the words searched for stay. */
  g_ptr_array_set_size (self->rating_ids, 0);
  g_ptr_array_add (self->rating_ids, NULL);
  for (guint r = 0; model != NULL && r < wm_grid_model_get_n_ratings (model); r++)
    {
      g_ptr_array_add (self->rating_ids, g_strdup (wm_grid_model_get_rating_id (model, r)));
      gtk_string_list_append (names, wm_grid_model_get_rating_name (model, r));
    }
  g_ptr_array_add (self->rating_ids, g_strdup ("not-applicable"));
  gtk_string_list_append (names, _("Not applicable"));

  self->loading = TRUE;
  gtk_drop_down_set_model (self->rating_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->evidence_dropdown, 0);
  gtk_switch_set_active (self->actions_switch, FALSE);
  self->loading = FALSE;

  snapshots_need_reload (self);
}

static void
wm_filter_bar_dispose (GObject *object)
{
  WmFilterBar *self = (WmFilterBar *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_FILTER_BAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (wm_filter_bar_parent_class)->dispose (object);
}

static void
wm_filter_bar_finalize (GObject *object)
{
  WmFilterBar *self = (WmFilterBar *) object;

  g_ptr_array_unref (self->rating_ids);
  g_array_unref (self->snapshot_ids);

  G_OBJECT_CLASS (wm_filter_bar_parent_class)->finalize (object);
}

static void
wm_filter_bar_class_init (WmFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_filter_bar_dispose;
  object_class->finalize = wm_filter_bar_finalize;

  /* The words or a filter changed: ask wm_filter_bar_get_query(). */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, WmFilterBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, WmFilterBar, entry);
  gtk_widget_class_bind_template_child (widget_class, WmFilterBar, filters_button);
  gtk_widget_class_bind_template_child (widget_class, WmFilterBar, rating_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmFilterBar, evidence_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmFilterBar, snapshot_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmFilterBar, actions_switch);
  gtk_widget_class_bind_template_child (widget_class, WmFilterBar, count_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
wm_filter_bar_init (WmFilterBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wm_accessible_name_drop_down (self->rating_dropdown);
  wm_accessible_name_drop_down (self->evidence_dropdown);
  wm_accessible_name_drop_down (self->snapshot_dropdown);

  self->rating_ids = g_ptr_array_new_with_free_func (g_free);
  self->snapshot_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));

  g_signal_connect_object (self->entry, "search-changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  /* First: the query read on "changed" needs the snapshots' list. */
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rating_dropdown, "notify::selected", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->evidence_dropdown, "notify::selected", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->snapshot_dropdown, "notify::selected", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actions_switch, "notify::active", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
}
