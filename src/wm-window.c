/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-catalog.h"
#include "wm-framework-info.h"
#include "wm-grid-model.h"
#include "wm-scoring.h"
#include "wm-snapshot.h"
#include "wm-grid-view.h"
#include "wm-window-private.h"
#include "wm-window-welcome.h"

G_DEFINE_FINAL_TYPE (WmWindow, wm_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ERROR_MESSAGE,
  PROP_SCHOOL_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The search bar's words or filters changed: narrow the grid to them. */
static void
filter_changed_cb (WmWindow    *self,
                   WmFilterBar *bar)
{
  g_autoptr(GError) error = NULL;
  WmGridQuery query;
  guint n;

  wm_filter_bar_get_query (bar, &query);
  n = wm_grid_view_set_query (self->grid_view, &query, &error);
  if (error != NULL)
    wm_window_show_toast (self, error->message);
  wm_filter_bar_show_count (bar, n);
}

static void
show_framework (WmWindow        *self,
                WmFrameworkInfo *info)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmGridModel) model = NULL;
  g_autofree char *file_name = NULL;

  if (info == NULL)
    {
      wm_grid_view_set_model (self->grid_view, NULL);
      wm_detail_pane_set_model (self->detail_pane, NULL);
      wm_chart_page_set_framework_id (self->chart_page, NULL);
      adw_view_switcher_title_set_title (self->content_title, _("No Framework"));
      return;
    }

  model = wm_grid_model_new (self->store, wm_framework_info_get_id (info), &error);
  if (model == NULL)
    {
      wm_window_show_toast (self, error->message);
      return;
    }

  wm_grid_view_set_model (self->grid_view, model);
  wm_detail_pane_set_model (self->detail_pane, model);
  wm_chart_page_set_framework_id (self->chart_page, wm_framework_info_get_id (info));
  wm_filter_bar_set_model (self->filter_bar, model);
  filter_changed_cb (self, self->filter_bar);
  file_name = g_path_get_basename (wm_store_get_path (self->store));
  adw_view_switcher_title_set_title (self->content_title, wm_framework_info_get_title (info));
  adw_view_switcher_title_set_subtitle (self->content_title, file_name);

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-framework", wm_framework_info_get_id (info));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);

  gtk_search_bar_set_search_mode (wm_filter_bar_get_search_bar (self->filter_bar), TRUE);
}

static void
selection_changed_cb (WmWindow           *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  show_framework (self, gtk_single_selection_get_selected_item (selection));
  wm_window_io_update_actions (self);
  wm_window_report_update_actions (self);
}

static void
sidebar_activate_cb (WmWindow    *self,
                     guint        position,
                     GtkListView *list)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* The search, the filter and the details belong to the grid; the Chart page has none. */
static void
view_changed_cb (WmWindow     *self,
                 GParamSpec   *pspec,
                 AdwViewStack *view_stack)
{
  gboolean on_grid = g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack), "grid") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->search_button), on_grid);
  gtk_widget_set_visible (self->details_button, on_grid);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_bar), on_grid);
}

/* On a narrow window the details fold away; choosing a descriptor brings them over the grid. */
static void
selected_changed_cb (WmWindow   *self,
                     GParamSpec *pspec,
                     WmGridView *grid_view)
{
  if (wm_grid_view_get_selected (grid_view) != NULL && adw_flap_get_folded (self->detail_flap))
    adw_flap_set_reveal_flap (self->detail_flap, TRUE);
}

/* "Score 1.4 of 3" under the framework's name: where the school stands, at a glance. */
static void
update_summary (WmWindow        *self,
                WmFrameworkInfo *info)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmScores) scores = wm_scoring_compute (self->store, wm_framework_info_get_id (info),
                                                   WM_SNAPSHOT_NOW, &error);
  g_autofree char *summary = NULL;

  if (scores == NULL)
    g_warning ("%s", error->message);
  else if (!scores->has_score)
    summary = g_strdup (_("No score yet"));
  else
    summary = g_strdup_printf (_("Score %.1f of %.0f"), scores->score, scores->max);
  wm_framework_info_set_summary (info, summary);
}

static void
judgement_changed_cb (WmWindow   *self,
                      const char *framework_id,
                      const char *descriptor_id,
                      WmStore    *store)
{
  GListModel *list = gtk_single_selection_get_model (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WmFrameworkInfo) info = g_list_model_get_item (list, i);
      g_autoptr(GError) error = NULL;
      guint n;

      if (!g_str_equal (wm_framework_info_get_id (info), framework_id))
        continue;

      n = wm_catalog_count_judged (store, framework_id, &error);
      if (error != NULL)
        wm_window_show_toast (self, error->message);
      else
        wm_framework_info_set_n_judged (info, n);
      update_summary (self, info);
    }
}

/* Finds the installed schema, if any: a binary run from a build tree without
 * GSETTINGS_SCHEMA_DIR works on, only forgetting its window size. */
static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.waymark.Waymark", TRUE);
  if (schema == NULL)
    {
      g_message ("GSettings schema org.waymark.Waymark is not installed; settings are not kept");
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

/* Lists the school file's frameworks again, keeping the one shown if it is still there. */
static gboolean
reload_frameworks (WmWindow  *self,
                   GError   **error)
{
  g_autoptr(GListModel) frameworks = wm_catalog_list (self->store, error);
  WmFrameworkInfo *shown;
  g_autofree char *keep = NULL;

  if (frameworks == NULL)
    return FALSE;

  shown = gtk_single_selection_get_selected_item (self->selection);
  if (shown != NULL)
    keep = g_strdup (wm_framework_info_get_id (shown));
  else if (self->settings != NULL)
    keep = g_settings_get_string (self->settings, "last-framework");

  for (guint i = 0; i < g_list_model_get_n_items (frameworks); i++)
    {
      g_autoptr(WmFrameworkInfo) info = g_list_model_get_item (frameworks, i);
      update_summary (self, info);
    }
  gtk_single_selection_set_model (self->selection, frameworks);
  if (keep == NULL || !wm_window_select_framework (self, keep))
    show_framework (self, gtk_single_selection_get_selected_item (self->selection));
  wm_window_io_update_actions (self);
  return TRUE;
}

static void
frameworks_changed_cb (WmWindow *self,
                       WmStore  *store)
{
  g_autoptr(GError) error = NULL;

  if (!reload_frameworks (self, &error))
    wm_window_show_toast (self, error->message);
}

static void
load_school (WmWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (self->error_message ? self->error_message : "", -1);

      adw_status_page_set_description (self->error_page, markup);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      wm_window_backup_offer_restore (self);
      return;
    }

  wm_grid_view_set_store (self->grid_view, self->store);
  wm_detail_pane_set_store (self->detail_pane, self->store);
  wm_filter_bar_set_store (self->filter_bar, self->store);
  wm_chart_page_set_store (self->chart_page, self->store);
  if (!reload_frameworks (self, &error))
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, markup);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      wm_window_backup_offer_restore (self);
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, "school");
  g_signal_connect_object (self->store, "judgement-changed",
                           G_CALLBACK (judgement_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "frameworks-changed",
                           G_CALLBACK (frameworks_changed_cb), self, G_CONNECT_SWAPPED);
  wm_window_undo_watch (self);
  wm_window_backup_start (self);
  wm_window_planner_announce (self);
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
wm_window_constructed (GObject *object)
{
  WmWindow *self = (WmWindow *) object;

  G_OBJECT_CLASS (wm_window_parent_class)->constructed (object);

  if (self->school_path == NULL && self->store != NULL)
    self->school_path = g_strdup (wm_store_get_path (self->store));

  self->settings = settings_new ();
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }
}

static void
wm_window_dispose (GObject *object)
{
  WmWindow *self = (WmWindow *) object;

  wm_window_backup_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wm_window_parent_class)->dispose (object);
}

static void
wm_window_finalize (GObject *object)
{
  WmWindow *self = (WmWindow *) object;

  g_free (self->error_message);
  g_free (self->school_path);

  G_OBJECT_CLASS (wm_window_parent_class)->finalize (object);
}

static void
wm_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WmWindow *self = WM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_ERROR_MESSAGE: g_value_set_string (value, self->error_message); break;
    case PROP_SCHOOL_PATH: g_value_set_string (value, self->school_path); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  WmWindow *self = WM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE: self->store = g_value_dup_object (value); break;
    case PROP_ERROR_MESSAGE: self->error_message = g_value_dup_string (value); break;
    case PROP_SCHOOL_PATH: self->school_path = g_value_dup_string (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_window_class_init (WmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wm_window_constructed;
  object_class->dispose = wm_window_dispose;
  object_class->finalize = wm_window_finalize;
  object_class->get_property = wm_window_get_property;
  object_class->set_property = wm_window_set_property;

  /* The school file this window shows; NULL when it could not be opened. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, WM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Why the school file could not be opened, shown in place of the grid. */
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The school file's path, also when it could not be opened (the store's path if NULL). */
  properties[PROP_SCHOOL_PATH] =
    g_param_spec_string ("school-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WM_TYPE_FRAMEWORK_INFO);
  g_type_ensure (WM_TYPE_GRID_VIEW);
  g_type_ensure (WM_TYPE_DETAIL_PANE);
  g_type_ensure (WM_TYPE_FILTER_BAR);
  g_type_ensure (WM_TYPE_CHART_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, content);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, grid_view);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, chart_page);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, detail_flap);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, details_button);
  gtk_widget_class_bind_template_child (widget_class, WmWindow, detail_pane);

  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  wm_window_io_class_init (widget_class);
  wm_window_undo_class_init (widget_class);
  wm_window_snapshots_class_init (widget_class);
  wm_window_report_class_init (widget_class);
  wm_window_planner_class_init (widget_class);
  wm_window_backup_class_init (widget_class);
  wm_window_share_class_init (widget_class);
  wm_window_trust_class_init (widget_class);
  wm_window_welcome_class_init (widget_class);
  wm_window_toast_class_init (widget_class);
}

/* The application's resource path brings its icons; a window made without one (the tests,
 * the benchmarks) still finds them. */
static void
add_icons (GtkWidget *widget)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_auto(GStrv) paths = gtk_icon_theme_get_resource_path (theme);

  if (paths == NULL || !g_strv_contains ((const char * const *) paths, "/org/waymark/Waymark/icons"))
    gtk_icon_theme_add_resource_path (theme, "/org/waymark/Waymark/icons");
}

static void
wm_window_init (WmWindow *self)
{
  add_icons (GTK_WIDGET (self));
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->cancellable = g_cancellable_new ();
  self->selection = gtk_single_selection_new (NULL);
  gtk_list_view_set_model (self->sidebar_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar_list, "activate",
                           G_CALLBACK (sidebar_activate_cb), self, G_CONNECT_SWAPPED);
  wm_window_io_init (self);
  wm_window_undo_init (self);
  wm_window_report_update_actions (self);

  g_object_bind_property (self->grid_view, "selected", self->detail_pane, "descriptor", G_BINDING_DEFAULT);
  g_object_bind_property (self->search_button, "active",
                          wm_filter_bar_get_search_bar (self->filter_bar), "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->filter_bar, "changed", G_CALLBACK (filter_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->grid_view, "notify::selected",
                           G_CALLBACK (selected_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (view_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * wm_window_new:
 * @store: (nullable): the open school file
 * @error_message: (nullable): why @store is %NULL
 */
WmWindow *
wm_window_new (GtkApplication *application,
               WmStore        *store,
               const char     *error_message)
{
  WmWindow *self = g_object_new (WM_TYPE_WINDOW,
                                 "application", application,
                                 "store", store,
                                 "error-message", error_message,
                                 NULL);

  /* Only now, with the window in its application: the grid's cells are made once, and need not
   * all be told of the application's actions afterwards (seconds on a large framework). */
  load_school (self);
  return self;
}

/**
 * wm_window_open:
 * @path: (nullable): the school file, or %NULL for the default one
 *
 * Opens @path in a new window; when it cannot be opened, the window says why
 * and offers its backups.
 */
WmWindow *
wm_window_open (GtkApplication *application,
                const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = path ? NULL : wm_store_default_path ();
  const char *school_path = path ? path : default_path;
  g_autoptr(WmStore) store = wm_catalog_open_school (school_path, &error);

  if (store == NULL)
    g_message ("%s", error->message);

  WmWindow *self = g_object_new (WM_TYPE_WINDOW,
                                 "application", application,
                                 "store", store,
                                 "error-message", error ? error->message : NULL,
                                 "school-path", school_path,
                                 NULL);

  load_school (self);
  /* A school file the app has just made opens on the welcome page (wm-window-welcome.c). */
  wm_window_welcome_init (self);
  return self;
}

WmStore *
wm_window_get_store (WmWindow *self)
{
  g_return_val_if_fail (WM_IS_WINDOW (self), NULL);
  return self->store;
}

/* Shows the framework @framework_id; FALSE if the school file has none by that id. */
gboolean
wm_window_select_framework (WmWindow   *self,
                            const char *framework_id)
{
  GListModel *list;

  g_return_val_if_fail (WM_IS_WINDOW (self), FALSE);

  list = gtk_single_selection_get_model (self->selection);
  for (guint i = 0; list && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WmFrameworkInfo) info = g_list_model_get_item (list, i);

      if (g_str_equal (wm_framework_info_get_id (info), framework_id))
        {
          if (gtk_single_selection_get_selected (self->selection) == i)
            show_framework (self, info);
          else
            gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}
