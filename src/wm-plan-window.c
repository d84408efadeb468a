/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-accessible.h"
#include "wm-action.h"
#include "wm-actions.h"
#include "wm-plan-window.h"

/*
 * The action plan of the whole school file, by due date or by owner. An
 * overdue action says so in words, with an icon, not by colour alone.
 */

struct _WmPlanWindow
{
  AdwWindow       parent_instance;

  WmStore        *store;
  guint           n_overdue;

  GtkDropDown    *order_dropdown;
  GtkCheckButton *open_check;
  GtkLabel       *summary_label;
  GtkListBox     *actions_list;
};

G_DEFINE_FINAL_TYPE (WmPlanWindow, wm_plan_window, ADW_TYPE_WINDOW)

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  WmAction *action = item;
  GDate *today = user_data;
  g_autofree char *descriptors = wm_action_dup_descriptors_label (action);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  const char *owner = wm_action_get_owner (action);
  const char *due = wm_action_get_due_on (action);

  if (wm_action_is_overdue (action, today))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("alarm-symbolic");

      g_string_append_printf (subtitle, _("Overdue, due %s"), due);
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overdue"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  else if (due != NULL && *due != '\0')
    g_string_append_printf (subtitle, _("Due %s"), due);
  else
    g_string_append (subtitle, _("No due date"));

  g_string_append_printf (subtitle, " · %s · %s · %s",
                          owner && *owner ? owner : _("No owner"),
                          wm_action_status_get_label (wm_action_get_status (action)),
                          descriptors);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wm_action_get_title (action));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  return row;
}

static void
reload (WmPlanWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *summary = NULL;
  WmActionQuery query = { 0 };
  GDate *today = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (now),
                                 (GDateMonth) g_date_time_get_month (now),
                                 (GDateYear) g_date_time_get_year (now));

  query.open_only = gtk_check_button_get_active (self->open_check);
  query.order = gtk_drop_down_get_selected (self->order_dropdown) == 1 ? WM_ACTIONS_BY_OWNER : WM_ACTIONS_BY_DUE;

  actions = wm_actions_list (self->store, &query, &error);
  if (actions == NULL)
    {
      gtk_label_set_label (self->summary_label, error->message);
      g_date_free (today);
      return;
    }

  self->n_overdue = 0;
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(WmAction) action = g_list_model_get_item (actions, i);
      self->n_overdue += wm_action_is_overdue (action, today);
    }

  summary = g_strdup_printf (_("%u actions, %u overdue"), g_list_model_get_n_items (actions), self->n_overdue);
  gtk_label_set_label (self->summary_label, summary);
  gtk_list_box_bind_model (self->actions_list, actions, create_row, today, (GDestroyNotify) g_date_free);
}

static void
actions_changed_cb (WmPlanWindow *self)
{
  reload (self);
}

static void
wm_plan_window_dispose (GObject *object)
{
  WmPlanWindow *self = (WmPlanWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_PLAN_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wm_plan_window_parent_class)->dispose (object);
}

static void
wm_plan_window_class_init (WmPlanWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_plan_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-plan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WmPlanWindow, order_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmPlanWindow, open_check);
  gtk_widget_class_bind_template_child (widget_class, WmPlanWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, WmPlanWindow, actions_list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wm_plan_window_init (WmPlanWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wm_accessible_name_drop_down (self->order_dropdown);
}

WmPlanWindow *
wm_plan_window_new (GtkWindow *parent,
                    WmStore   *store)
{
  WmPlanWindow *self = g_object_new (WM_TYPE_PLAN_WINDOW, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  reload (self);
  g_signal_connect_object (self->order_dropdown, "notify::selected", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->open_check, "toggled", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed::actions", G_CALLBACK (actions_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

guint
wm_plan_window_get_n_overdue (WmPlanWindow *self)
{
  g_return_val_if_fail (WM_IS_PLAN_WINDOW (self), 0);
  return self->n_overdue;
}
