/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-chart-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-chart-page.h"
#include "wm-radar-view.h"
#include "wm-report.h"
#include "wm-snapshots.h"

/*
 * The Chart page: where the school stands now against the snapshots chosen (the latest one,
 * until the school chooses others), with the words that say what to do next beneath it, and
 * the buttons that print or export the report for governors. It follows every change to the
 * school file, a moment later, so a rating made in the grid shows at once.
 *
 * Hidden behind the grid it only remembers what it was given: the framework's snapshots are
 * listed (and counted) and the chart built when the page is next shown, or when someone asks
 * which snapshot it compares with (the report does), so switching framework costs it nothing.
 */

struct _WmChartPage
{
  GtkWidget       parent_instance;

  WmStore        *store;
  char           *framework_id;
  GListModel     *snapshots;     /* WmSnapshot, oldest first */
  GArray         *chosen;        /* gint64 snapshot ids, in the order of @snapshots */
  gboolean        chose;         /* the school has chosen, so the latest is no longer implied */
  gboolean        unlisted;      /* @snapshots and @chosen wait to be read for the framework */
  gboolean        stale;         /* changed while hidden: drawn again when next shown */
  guint           reload_id;

  GtkMenuButton  *compare_button;
  GtkListBox     *snapshot_list;
  GtkLabel       *snapshot_hint;
  WmRadarView    *radar_view;
  GtkLabel       *summary_label;
};

G_DEFINE_FINAL_TYPE (WmChartPage, wm_chart_page, GTK_TYPE_WIDGET)

static gboolean
is_chosen (WmChartPage *self,
           gint64       id)
{
  for (guint i = 0; i < self->chosen->len; i++)
    if (g_array_index (self->chosen, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void reload_snapshots (WmChartPage *self);

/* The most recent snapshot chosen: the one the summary and the report compare with. The page
 * may not have listed the framework's snapshots yet (hidden since it was given it): it does now. */
gint64
wm_chart_page_get_compare_id (WmChartPage *self)
{
  g_return_val_if_fail (WM_IS_CHART_PAGE (self), WM_SNAPSHOT_NOW);

  if (self->unlisted)
    reload_snapshots (self);
  return self->chosen->len > 0 ? g_array_index (self->chosen, gint64, self->chosen->len - 1)
                               : WM_SNAPSHOT_NOW;
}

static void
update_compare_button (WmChartPage *self)
{
  g_autofree char *label = NULL;
  guint n = self->snapshots != NULL ? g_list_model_get_n_items (self->snapshots) : 0;

  if (n == 0)
    label = g_strdup (_("No Snapshots Yet"));
  else if (self->chosen->len == 0)
    label = g_strdup (_("Now Only"));
  else
    label = g_strdup_printf (g_dngettext (NULL, "Now and %u Snapshot", "Now and %u Snapshots",
                                          self->chosen->len), self->chosen->len);
  gtk_menu_button_set_label (self->compare_button, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->compare_button), n > 0);
  gtk_label_set_label (self->snapshot_hint,
                       _("Up to 7 beside now. The summary and the report compare with the latest one chosen."));
}

static void
show_error (WmChartPage *self,
            const char  *message)
{
  wm_radar_view_set_data (self->radar_view, NULL, NULL);
  gtk_label_set_label (self->summary_label, message);
}

static void
reload_chart (WmChartPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmReport) report = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) axis_ids = NULL;
  WmRadarData *data;

  /* The report and the chart cost a scoring of the whole framework: not for a page not shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;

  if (self->store == NULL || self->framework_id == NULL)
    {
      show_error (self, "");
      return;
    }

  if (!(report = wm_report_new (self->store, self->framework_id, wm_chart_page_get_compare_id (self), &error)))
    {
      show_error (self, error->message);
      return;
    }
  gtk_label_set_label (self->summary_label, report->summary);

  if (!(data = wm_report_chart_new (self->store, self->framework_id, (gint64 *) self->chosen->data,
                                    self->chosen->len, &error)))
    {
      wm_radar_view_set_data (self->radar_view, NULL, NULL);
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }
  for (guint i = 0; i < report->elements->len; i++)
    g_strv_builder_add (ids, ((WmReportElement *) g_ptr_array_index (report->elements, i))->id);
  axis_ids = g_strv_builder_end (ids);
  wm_radar_view_set_data (self->radar_view, data, (const char * const *) axis_ids);
}

static void
chosen_toggled_cb (GtkCheckButton *check,
                   WmChartPage    *self)
{
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "snapshot-id"));
  gboolean active = gtk_check_button_get_active (check);

  /* Kept in the snapshots' order (oldest first), whatever order they were ticked in. */
  for (guint i = 0; i < g_list_model_get_n_items (self->snapshots); i++)
    {
      g_autoptr(WmSnapshot) snapshot = g_list_model_get_item (self->snapshots, i);
      gint64 other = wm_snapshot_get_id (snapshot);

      if (other == id ? active : is_chosen (self, other))
        g_array_append_val (chosen, other);
    }
  if (chosen->len >= WM_RADAR_MAX_SERIES)
    {
      gtk_check_button_set_active (check, FALSE);
      return;
    }
  g_array_set_size (self->chosen, 0);
  g_array_append_vals (self->chosen, chosen->data, chosen->len);
  self->chose = TRUE;
  update_compare_button (self);
  reload_chart (self);
}

static GtkWidget *
create_snapshot_row (gpointer item,
                     gpointer user_data)
{
  WmChartPage *self = user_data;
  WmSnapshot *snapshot = item;
  g_autofree char *label = wm_report_snapshot_label (snapshot);
  GtkWidget *check = gtk_check_button_new_with_label (label);
  gint64 id = wm_snapshot_get_id (snapshot);

  g_object_set_data (G_OBJECT (check), "snapshot-id", GSIZE_TO_POINTER ((gsize) id));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_chosen (self, id));
  g_signal_connect_object (check, "toggled", G_CALLBACK (chosen_toggled_cb), self, 0);
  return check;
}

/* The snapshots of the framework; the latest is chosen until the school chooses. */
static void
reload_snapshots (WmChartPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n;

  g_clear_object (&self->snapshots);
  if (self->store != NULL && self->framework_id != NULL &&
      !(self->snapshots = wm_snapshots_list (self->store, self->framework_id, &error)))
    g_warning ("Could not list the snapshots of %s: %s", self->framework_id, error->message);
  if (self->snapshots == NULL)
    self->snapshots = G_LIST_MODEL (g_list_store_new (WM_TYPE_SNAPSHOT));

  n = g_list_model_get_n_items (self->snapshots);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmSnapshot) snapshot = g_list_model_get_item (self->snapshots, i);
      gint64 id = wm_snapshot_get_id (snapshot);

      if ((self->chose && is_chosen (self, id)) || (!self->chose && i == n - 1))
        g_array_append_val (kept, id);
    }
  g_array_set_size (self->chosen, 0);
  g_array_append_vals (self->chosen, kept->data, kept->len);
  self->unlisted = FALSE;

  gtk_list_box_bind_model (self->snapshot_list, self->snapshots, create_snapshot_row, self, NULL);
  update_compare_button (self);
}

/* Lists the snapshots and draws the chart if the page is shown; if not, when it next is. */
static void
reload (WmChartPage *self)
{
  self->unlisted = TRUE;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  reload_snapshots (self);
  reload_chart (self);
}

static gboolean
reload_cb (gpointer data)
{
  WmChartPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Many changes come in a burst (an import, an undo): one reload for all of them. */
static void
store_changed_cb (WmChartPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_cb, self, NULL);
}

static void
axis_activated_cb (WmChartPage *self,
                   const char  *element_id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-element", "s", element_id);
}

void
wm_chart_page_set_store (WmChartPage *self,
                         WmStore     *store)
{
  g_return_if_fail (WM_IS_CHART_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "judgement-changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
    }
  store_changed_cb (self);
}

const char *
wm_chart_page_get_framework_id (WmChartPage *self)
{
  g_return_val_if_fail (WM_IS_CHART_PAGE (self), NULL);

  return self->framework_id;
}

void
wm_chart_page_set_framework_id (WmChartPage *self,
                                const char  *framework_id)
{
  g_return_if_fail (WM_IS_CHART_PAGE (self));

  if (g_strcmp0 (self->framework_id, framework_id) == 0)
    return;
  g_free (self->framework_id);
  self->framework_id = g_strdup (framework_id);
  self->chose = FALSE;
  g_array_set_size (self->chosen, 0);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  /* No row of the last framework's snapshots may stay to be ticked for this one. */
  g_clear_object (&self->snapshots);
  gtk_list_box_bind_model (self->snapshot_list, NULL, NULL, NULL, NULL);
  reload (self);
}

static void
wm_chart_page_map (GtkWidget *widget)
{
  WmChartPage *self = WM_CHART_PAGE (widget);

  GTK_WIDGET_CLASS (wm_chart_page_parent_class)->map (widget);
  if (self->unlisted)
    reload_snapshots (self);
  if (self->stale)
    reload_chart (self);
}

static void
wm_chart_page_dispose (GObject *object)
{
  WmChartPage *self = WM_CHART_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->snapshots);
  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_CHART_PAGE);
  /* The toolbar and the words below the chart are not bound, so not cleared with the template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (wm_chart_page_parent_class)->dispose (object);
}

static void
wm_chart_page_finalize (GObject *object)
{
  WmChartPage *self = WM_CHART_PAGE (object);

  g_free (self->framework_id);
  g_array_unref (self->chosen);
  G_OBJECT_CLASS (wm_chart_page_parent_class)->finalize (object);
}

static void
wm_chart_page_class_init (WmChartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_chart_page_dispose;
  object_class->finalize = wm_chart_page_finalize;
  widget_class->map = wm_chart_page_map;

  g_type_ensure (WM_TYPE_RADAR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-chart-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmChartPage, compare_button);
  gtk_widget_class_bind_template_child (widget_class, WmChartPage, snapshot_list);
  gtk_widget_class_bind_template_child (widget_class, WmChartPage, snapshot_hint);
  gtk_widget_class_bind_template_child (widget_class, WmChartPage, radar_view);
  gtk_widget_class_bind_template_child (widget_class, WmChartPage, summary_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
wm_chart_page_init (WmChartPage *self)
{
  self->chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  g_signal_connect_object (self->radar_view, "axis-activated", G_CALLBACK (axis_activated_cb), self,
                           G_CONNECT_SWAPPED);
  update_compare_button (self);
}
