/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-month-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-accessible.h"
#include "wm-catalog.h"
#include "wm-plan-month-page-private.h"

/*
 * The Month page of the planner: what is due this week and what is overdue, then one month
 * of the year plan in full: the habit and what it is about, the online session's date, the
 * four sections with their ticks and notes (-sections.c), the Professional Learning Team
 * session (-team.c), where pupils are on the habit's phases (-groups.c) and the actions placed
 * in the month (-actions.c). It follows "changed::plan" and "changed::actions" a moment
 * later; what the school types is saved as it goes and never lost (-edits.c, wm-plan-edit.c).
 */

G_DEFINE_FINAL_TYPE (WmPlanMonthPage, wm_plan_month_page, GTK_TYPE_WIDGET)

/* @date (YYYY-MM-DD or YYYY-MM) in @format, for g_date_time_format(); @date itself if it is
 * not a date. */
char *
wm_plan_month_page_format_date (const char *date,
                                const char *format)
{
  g_autoptr(GDateTime) time = NULL;
  int year = 0, month = 0, day = 1;
  char *text = NULL;

  if (date != NULL && sscanf (date, "%4d-%2d-%2d", &year, &month, &day) >= 2 &&
      (time = g_date_time_new_utc (year, month, day, 0, 0, 0)) != NULL)
    text = g_date_time_format (time, format);
  return text != NULL ? text : g_strdup (date != NULL ? date : "");
}

/* What the core refused goes to the school, through the window's toasts. */
void
wm_plan_month_page_toast (WmPlanMonthPage *self,
                          const char      *message)
{
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "planner.toast", "s", message))
    g_warning ("No planner.toast action to show: %s", message);
}

/* The library's element for the habit shown, or NULL. */
WmElementDef *
wm_plan_month_page_find_habit (WmPlanMonthPage *self)
{
  WmPlanSession *session = self->data != NULL ? wm_plan_month_get_session (self->data) : NULL;

  if (session == NULL || self->library == NULL)
    return NULL;
  for (guint h = 0; h < self->library->headings->len; h++)
    {
      WmHeadingDef *heading = g_ptr_array_index (self->library->headings, h);

      for (guint e = 0; e < heading->elements->len; e++)
        {
          WmElementDef *element = g_ptr_array_index (heading->elements, e);

          if (g_str_equal (element->id, wm_plan_session_get_habit_id (session)))
            return element;
        }
    }
  return NULL;
}

static GtkWidget *
create_due_row (gpointer item,
                gpointer user_data)
{
  WmPlanDue *due = item;
  GtkWidget *row = adw_action_row_new ();
  /* Translators: a day (g_date_time_format) */
  g_autofree char *date = wm_plan_month_page_format_date (wm_plan_due_get_due_on (due), _("%A %-d %B"));
  g_autofree char *subtitle = NULL;

  if (wm_plan_due_is_overdue (due))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("alarm-symbolic");

      /* Translators: "Overdue: due Monday 7 December" */
      subtitle = g_strdup_printf (_("Overdue: due %s"), date);
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Overdue"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  else
    /* Translators: "Due Tuesday 8 December" */
    subtitle = g_strdup_printf (_("Due %s"), date);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wm_plan_due_get_title (due));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Show its month"));
  g_object_set_data_full (G_OBJECT (row), "month", g_strdup (wm_plan_due_get_month (due)), g_free);
  return row;
}

static void store_changed_cb (WmPlanMonthPage *self);

/* The row's month is shown a moment later: the row goes with the reload. */
static void
due_row_activated_cb (WmPlanMonthPage *self,
                      GtkListBoxRow   *row)
{
  wm_plan_month_page_flush (self);
  g_free (self->month);
  self->month = g_strdup (g_object_get_data (G_OBJECT (row), "month"));
  store_changed_cb (self);
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static void
show_none (WmPlanMonthPage *self,
           const char      *message)
{
  g_clear_object (&self->data);
  adw_status_page_set_description (self->none_page, message);
  gtk_stack_set_visible_child_name (self->stack, "none");
  gtk_list_box_bind_model (self->due_list, NULL, NULL, NULL, NULL);
  wm_plan_month_page_show_actions (self);
}

static void
show_month (WmPlanMonthPage *self)
{
  WmPlanSession *session = wm_plan_month_get_session (self->data);
  WmElementDef *element = wm_plan_month_page_find_habit (self);

  wm_plan_month_page_show_actions (self);
  if (wm_plan_month_is_skipped (self->data))
    {
      gtk_stack_set_visible_child_name (self->stack, "skipped");
      return;
    }
  if (session == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_label_set_label (self->habit_label, wm_plan_session_get_habit_title (session));
  gtk_label_set_label (self->summary_label, element != NULL && element->summary != NULL ? element->summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), element != NULL && element->summary != NULL &&
                                                             *element->summary != '\0');
  wm_plan_month_page_show_team (self);
  wm_plan_month_page_show_sections (self);
  wm_plan_month_page_show_groups (self);
  gtk_stack_set_visible_child_name (self->stack, "session");
}

static void
reload (WmPlanMonthPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(GListModel) due = NULL;
  GDate today;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store == NULL)
    return;
  if (!wm_plan_get_today (&today, &error) ||
      !(year = wm_plan_get_current_year (self->store, &today, &error)))
    {
      show_none (self, error->message);
      return;
    }
  g_set_object (&self->year, year);
  g_clear_object (&self->months);
  g_clear_pointer (&self->library, wm_framework_def_free);
  if (!(due = wm_plan_list_due (self->store, wm_plan_year_get_id (year), &today, &error)) ||
      !(self->months = wm_plan_list_months (self->store, wm_plan_year_get_id (year), &error)) ||
      !(self->library = wm_catalog_read (self->store, wm_plan_year_get_framework_id (year), &error)))
    {
      g_clear_object (&self->months);
      show_none (self, error->message);
      return;
    }
  gtk_list_box_bind_model (self->due_list, due, create_due_row, NULL, NULL);

  if (self->month == NULL || !wm_plan_year_has_month (year, self->month))
    {
      g_free (self->month);
      self->month = g_strdup (wm_plan_month_page_default_month (self, &today));
    }
  wm_plan_month_page_update_selector (self);

  g_clear_object (&self->data);
  if (!(self->data = wm_plan_get_month (self->store, wm_plan_year_get_id (year), self->month, &error)))
    {
      show_none (self, error->message);
      return;
    }
  show_month (self);
}

static gboolean
reload_cb (gpointer data)
{
  WmPlanMonthPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Many changes come in a burst: one reload for all of them. */
static void
store_changed_cb (WmPlanMonthPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_cb, self, NULL);
}

void
wm_plan_month_page_set_store (WmPlanMonthPage *self,
                              WmStore         *store)
{
  g_return_if_fail (WM_IS_PLAN_MONTH_PAGE (self));

  wm_plan_month_page_flush (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->month, g_free);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::plan", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::actions", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
    }
  reload (self);
}

/* Shows @month (YYYY-MM) of the current year; the words typed in the month shown are saved first. */
void
wm_plan_month_page_set_month (WmPlanMonthPage *self,
                              const char      *month)
{
  g_return_if_fail (WM_IS_PLAN_MONTH_PAGE (self));

  wm_plan_month_page_flush (self);
  g_free (self->month);
  self->month = g_strdup (month);
  reload (self);
}

const char *
wm_plan_month_page_get_month (WmPlanMonthPage *self)
{
  g_return_val_if_fail (WM_IS_PLAN_MONTH_PAGE (self), NULL);
  return self->month;
}

/* Saves at once whatever the school typed that waits to be saved. */
void
wm_plan_month_page_flush (WmPlanMonthPage *self)
{
  g_return_if_fail (WM_IS_PLAN_MONTH_PAGE (self));

  for (guint i = 0; i < WM_PLAN_N_EDITS; i++)
    wm_plan_edit_flush (&self->edits[i]);
  if (self->data != NULL && wm_plan_month_get_session (self->data) != NULL)
    wm_plan_month_page_flush_team (self);
}

static void
unskip_clicked_cb (WmPlanMonthPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && self->year != NULL &&
      !wm_plan_unskip_month (self->store, wm_plan_year_get_id (self->year), self->month, &error))
    wm_plan_month_page_toast (self, error->message);
}

static void
wm_plan_month_page_dispose (GObject *object)
{
  WmPlanMonthPage *self = WM_PLAN_MONTH_PAGE (object);
  GtkWidget *child;

  /* Nothing typed is lost: saved before the page lets go of the file. */
  if (self->store != NULL)
    wm_plan_month_page_flush (self);
  for (guint i = 0; i < WM_PLAN_N_EDITS; i++)
    wm_plan_edit_clear (&self->edits[i]);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->year);
  g_clear_object (&self->months);
  g_clear_object (&self->data);
  g_clear_pointer (&self->library, wm_framework_def_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_PLAN_MONTH_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (wm_plan_month_page_parent_class)->dispose (object);
}

static void
wm_plan_month_page_finalize (GObject *object)
{
  WmPlanMonthPage *self = WM_PLAN_MONTH_PAGE (object);

  g_free (self->month);
  G_OBJECT_CLASS (wm_plan_month_page_parent_class)->finalize (object);
}

static void
wm_plan_month_page_class_init (WmPlanMonthPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_plan_month_page_dispose;
  object_class->finalize = wm_plan_month_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-plan-month-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, WmPlanMonthPage, name)
  BIND (due_list);
  BIND (previous_button);
  BIND (next_button);
  BIND (month_dropdown);
  BIND (month_names);
  BIND (stack);
  BIND (empty_page);
  BIND (none_page);
  BIND (habit_label);
  BIND (summary_label);
  BIND (online_group);
  BIND (online_row);
  BIND (sections_group);
  BIND (team_group);
  BIND (team_date_row);
  BIND (team_time_row);
  BIND (team_minutes_spin);
  BIND (attendees_row);
  BIND (enquiry_row);
  BIND (team_notes_view);
  BIND (experiments_view);
  BIND (indicators_view);
  BIND (groups_grid);
  BIND (groups_empty_label);
  BIND (group_name_row);
  BIND (phase_box);
  BIND (add_group_button);
  BIND (actions_list);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, unskip_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  wm_plan_month_page_class_init_actions (widget_class);
}

static void
wm_plan_month_page_init (WmPlanMonthPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wm_accessible_name_drop_down (self->month_dropdown);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_list_box_set_placeholder (self->due_list, placeholder (_("Nothing is due this week, and nothing is overdue")));
  gtk_list_box_set_placeholder (self->actions_list, placeholder (_("No actions are placed in this month")));
  g_signal_connect_object (self->due_list, "row-activated", G_CALLBACK (due_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  wm_plan_month_page_init_selector (self);
  wm_plan_month_page_init_sections (self);
  wm_plan_month_page_init_team (self);
  wm_plan_month_page_init_groups (self);
  show_none (self, NULL);
}
