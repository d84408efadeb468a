/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-year-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "wm-plan-year-page-private.h"

/*
 * The Year page of the planner: the year's name and how many habits it plans, every month
 * of the year with its habit and progress (drag a month onto another to swap them, or use the
 * row's menu: -actions.c), the button that exports the plan to a calendar, the optional
 * Review and Renew day (-review.c) and the radar chart of where pupils are on each habit. It
 * follows "changed::plan" a moment later.
 */

enum {
  MONTH_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (WmPlanYearPage, wm_plan_year_page, GTK_TYPE_WIDGET)

/* "September 2026", from YYYY-MM. */
char *
wm_plan_year_page_month_name (const char *month)
{
  g_autoptr(GDateTime) time = NULL;
  int year, number;
  char *text = NULL;

  if (sscanf (month, "%4d-%2d", &year, &number) == 2 &&
      (time = g_date_time_new_utc (year, number, 1, 0, 0, 0)) != NULL)
    /* Translators: a month and its year (g_date_time_format) */
    text = g_date_time_format (time, _("%OB %Y"));
  return text != NULL ? text : g_strdup (month);
}

/* What the core refused goes to the school, through the window's toasts. */
void
wm_plan_year_page_toast (WmPlanYearPage *self,
                         const char     *message)
{
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "planner.toast", "s", message))
    g_warning ("No planner.toast action to show: %s", message);
}

static guint
month_index (WmPlanYearPage *self,
             const char     *month)
{
  for (guint i = 0; i < wm_plan_year_get_n_months (self->year); i++)
    if (g_str_equal (wm_plan_year_get_month (self->year, i), month))
      return i;
  return 0;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  WmPlanYearPage *self = user_data;
  WmPlanMonth *month = item;
  WmPlanSession *session = wm_plan_month_get_session (month);
  const char *id = wm_plan_month_get_month (month);
  g_autofree char *name = wm_plan_year_page_month_name (id);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *menu_label = NULL;
  g_autoptr(GMenuModel) menu = wm_plan_year_page_row_menu (self, month_index (self, id));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkWidget *button = gtk_menu_button_new ();

  if (session != NULL)
    {
      /* Translators: a month of the plan and its habit: "September 2026 — Absorption" */
      title = g_strdup_printf (_("%s — %s"), name, wm_plan_session_get_habit_title (session));
      subtitle = wm_plan_session_dup_progress (session);
    }
  else
    {
      title = g_strdup (name);
      subtitle = g_strdup (wm_plan_month_is_skipped (month) ? _("Skipped") : _("No session"));
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  /* The handle only shows where to drag from; the menu is the keyboard's way. */
  gtk_widget_set_tooltip_text (handle, _("Drag onto another month to swap them"));
  gtk_accessible_update_state (GTK_ACCESSIBLE (handle), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), handle);

  /* Translators: the menu of a month of the plan: "Change September 2026" */
  menu_label = g_strdup_printf (_("Change %s"), name);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_tooltip_text (button, _("Move, skip or change the habit"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  g_object_set_data_full (G_OBJECT (row), "month", g_strdup (id), g_free);
  wm_plan_year_page_add_row_dnd (self, row, id);
  return row;
}

static void
row_activated_cb (WmPlanYearPage *self,
                  GtkListBoxRow  *row)
{
  g_signal_emit (self, signals[MONTH_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "month"));
}

/* An axis of the chart is a habit: its month is shown. */
static void
axis_activated_cb (WmPlanYearPage *self,
                   const char     *habit_id)
{
  for (guint i = 0; self->months != NULL && i < g_list_model_get_n_items (self->months); i++)
    {
      g_autoptr(WmPlanMonth) month = g_list_model_get_item (self->months, i);
      WmPlanSession *session = wm_plan_month_get_session (month);

      if (session != NULL && g_str_equal (wm_plan_session_get_habit_id (session), habit_id))
        g_signal_emit (self, signals[MONTH_ACTIVATED], 0, wm_plan_month_get_month (month));
    }
}

/* The chart needs three habits with counts; until then, a line says so. */
static void
reload_chart (WmPlanYearPage *self,
              guint           n_habits)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) axis_ids = NULL;
  g_autofree char *hint = NULL;
  WmRadarData *data = wm_plan_phase_chart (self->store, wm_plan_year_get_id (self->year), &error);
  guint counted = 0;

  for (guint i = 0; data != NULL && data->n_series > 0 && i < data->n_axes; i++)
    counted += !isnan (data->series[0].values[i]);
  if (data == NULL || counted < WM_RADAR_MIN_AXES)
    {
      /* Translators: shown instead of the chart of where pupils are */
      hint = g_strdup_printf (g_dngettext (NULL,
        "The chart of where pupils are shows once at least three habits have phase counts; %u has so far.",
        "The chart of where pupils are shows once at least three habits have phase counts; %u have so far.",
        counted), counted);
      if (data != NULL)
        wm_radar_data_free (data);
      wm_radar_view_set_data (self->radar_view, NULL, NULL);
      gtk_label_set_label (self->chart_hint, hint);
      gtk_widget_set_visible (GTK_WIDGET (self->radar_view), FALSE);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->months); i++)
    {
      g_autoptr(WmPlanMonth) month = g_list_model_get_item (self->months, i);
      WmPlanSession *session = wm_plan_month_get_session (month);

      if (session != NULL)
        g_strv_builder_add (builder, wm_plan_session_get_habit_id (session));
    }
  axis_ids = g_strv_builder_end (builder);
  g_warn_if_fail (g_strv_length (axis_ids) == data->n_axes && n_habits == data->n_axes);
  wm_radar_view_set_data (self->radar_view, data, (const char * const *) axis_ids);
  gtk_label_set_label (self->chart_hint, _("The mean phase of the pupils counted, on each habit of the year."));
  gtk_widget_set_visible (GTK_WIDGET (self->radar_view), TRUE);
}

static void
reload (WmPlanYearPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *subtitle = NULL;
  GDate today;
  guint n_habits = 0;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store == NULL)
    return;
  g_clear_object (&self->months);
  if (!wm_plan_get_today (&today, &error) ||
      !(year = wm_plan_get_current_year (self->store, &today, &error)) ||
      !(self->months = wm_plan_list_months (self->store, wm_plan_year_get_id (year), &error)))
    {
      adw_status_page_set_description (self->none_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "none");
      gtk_list_box_bind_model (self->months_list, NULL, NULL, NULL, NULL);
      return;
    }
  g_set_object (&self->year, year);

  for (guint i = 0; i < g_list_model_get_n_items (self->months); i++)
    {
      g_autoptr(WmPlanMonth) month = g_list_model_get_item (self->months, i);

      n_habits += wm_plan_month_get_session (month) != NULL;
    }
  first = wm_plan_year_page_month_name (wm_plan_year_get_start_month (year));
  last = wm_plan_year_page_month_name (wm_plan_year_get_end_month (year));
  /* Translators: "9 habits from September 2026 to July 2027" */
  subtitle = g_strdup_printf (g_dngettext (NULL, "%u habit from %s to %s", "%u habits from %s to %s",
                                           n_habits), n_habits, first, last);
  gtk_label_set_label (self->title_label, wm_plan_year_get_name (year));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_list_box_bind_model (self->months_list, self->months, create_row, self, NULL);
  wm_plan_year_page_show_review (self);
  reload_chart (self, n_habits);
  gtk_stack_set_visible_child_name (self->stack, "year");
}

static gboolean
reload_cb (gpointer data)
{
  WmPlanYearPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Many changes come in a burst: one reload for all of them. */
static void
store_changed_cb (WmPlanYearPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_cb, self, NULL);
}

void
wm_plan_year_page_set_store (WmPlanYearPage *self,
                             WmStore        *store)
{
  g_return_if_fail (WM_IS_PLAN_YEAR_PAGE (self));

  wm_plan_year_page_flush_review (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed::plan", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
}

static void
wm_plan_year_page_dispose (GObject *object)
{
  WmPlanYearPage *self = WM_PLAN_YEAR_PAGE (object);
  GtkWidget *child;

  /* Nothing typed is lost: saved before the page lets go of the file. */
  if (self->store != NULL)
    wm_plan_year_page_flush_review (self);
  wm_plan_year_page_clear_review (self);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->year);
  g_clear_object (&self->months);
  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_PLAN_YEAR_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (wm_plan_year_page_parent_class)->dispose (object);
}

static void
wm_plan_year_page_class_init (WmPlanYearPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_plan_year_page_dispose;

  /**
   * WmPlanYearPage::month-activated:
   * @month: YYYY-MM
   *
   * A month was chosen (its row, or its habit on the chart): the window shows it in full.
   */
  signals[MONTH_ACTIVATED] =
    g_signal_new ("month-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (WM_TYPE_RADAR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-plan-year-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, stack);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, none_page);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, months_list);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, radar_view);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, chart_hint);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, review_group);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, review_add_button);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, review_box);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, review_date_row);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, senior_view);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, leaders_view);
  gtk_widget_class_bind_template_child (widget_class, WmPlanYearPage, staff_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  wm_plan_year_page_class_init_actions (widget_class);
  wm_plan_year_page_class_init_review (widget_class);
}

static void
wm_plan_year_page_init (WmPlanYearPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  g_signal_connect_object (self->months_list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->radar_view, "axis-activated", G_CALLBACK (axis_activated_cb), self,
                           G_CONNECT_SWAPPED);
  wm_plan_year_page_init_review (self);
}
