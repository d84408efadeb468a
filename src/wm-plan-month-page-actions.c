/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-month-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-actions.h"
#include "wm-plan-month-page-private.h"

/*
 * The actions of the judging plan placed in the month shown: each with its owner and due
 * day, and a button that takes it out of the month again (month.take-out). "Place an
 * Action…" (month.place) offers the open actions not yet in this month in a drop-down; an
 * action placed in another month moves here, since an action sits in one month at most.
 * Each is one write through the core; what it refuses is said in a toast.
 */

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  WmAction *action = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  const char *owner = wm_action_get_owner (action);
  const char *due = wm_action_get_due_on (action);
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *button_label = NULL;

  /* Translators: a day (g_date_time_format) */
  date = due != NULL && *due != '\0' ? wm_plan_month_page_format_date (due, _("%-d %B")) : NULL;
  /* Translators: an action's owner and due day: "Head · due 7 December" */
  subtitle = g_strdup_printf (date != NULL ? _("%s · due %s") : "%s",
                              owner != NULL && *owner != '\0' ? owner : _("No owner"), date);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wm_action_get_title (action));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Translators: the button that takes an action out of the month shown: "Take Review the
   * marking policy out of this month" */
  button_label = g_strdup_printf (_("Take %s out of this month"), wm_action_get_title (action));
  gtk_widget_set_tooltip_text (button, _("Take Out of This Month"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, button_label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "month.take-out");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_int64 (wm_action_get_id (action)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

/* The month's actions as last read; an action is placed only in a month that is shown. */
void
wm_plan_month_page_show_actions (WmPlanMonthPage *self)
{
  gtk_list_box_bind_model (self->actions_list, self->data != NULL ? wm_plan_month_get_actions (self->data) : NULL,
                           create_action_row, NULL, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "month.place", self->data != NULL);
}

static gboolean
is_placed_here (WmPlanMonthPage *self,
                WmAction        *action)
{
  GListModel *placed = wm_plan_month_get_actions (self->data);

  for (guint i = 0; i < g_list_model_get_n_items (placed); i++)
    {
      g_autoptr(WmAction) here = g_list_model_get_item (placed, i);

      if (wm_action_get_id (here) == wm_action_get_id (action))
        return TRUE;
    }
  return FALSE;
}

/* "Review the marking policy — Ms Khan, due 18 December 2026" */
static char *
action_label (WmAction *action)
{
  const char *owner = wm_action_get_owner (action);
  const char *due = wm_action_get_due_on (action);
  g_autofree char *date = NULL;

  owner = owner != NULL && *owner != '\0' ? owner : _("no owner");
  if (due == NULL || *due == '\0')
    /* Translators: an action to place, its owner and no due date: "Review the marking
     * policy — Ms Khan, no due date" */
    return g_strdup_printf (_("%s — %s, no due date"), wm_action_get_title (action), owner);
  /* Translators: a day (g_date_time_format) */
  date = wm_plan_month_page_format_date (due, _("%-d %B %Y"));
  /* Translators: an action to place, its owner and due day: "Review the marking policy —
   * Ms Khan, due 18 December 2026" */
  return g_strdup_printf (_("%s — %s, due %s"), wm_action_get_title (action), owner, date);
}

static void
place_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   WmPlanMonthPage  *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dropdown = adw_message_dialog_get_extra_child (dialog);
  GArray *ids = dropdown != NULL ? g_object_get_data (G_OBJECT (dropdown), "action-ids") : NULL;
  const char *month = g_object_get_data (G_OBJECT (dialog), "month");
  guint selected;

  if (!g_str_equal (response, "place") || ids == NULL || self->store == NULL)
    return;
  selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));
  if (selected >= ids->len)
    return;
  if (!wm_plan_place_action (self->store, g_array_index (ids, gint64, selected), month, &error))
    wm_plan_month_page_toast (self, error->message);
}

/* The drop-down's labels: cut short in its button, so that a long title never widens the
 * dialog past the window, and wrapped in full in its list. */
static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (wrap))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  wrap)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
label_factory (gboolean wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), GINT_TO_POINTER (wrap));
  return factory;
}

/* The open actions not placed in this month yet, soonest due first; NULL and a toast when
 * the core cannot list them. */
static GtkWidget *
create_dropdown (WmPlanMonthPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkListItemFactory) list_factory = NULL;
  WmActionQuery query = { .open_only = TRUE, .order = WM_ACTIONS_BY_DUE };
  GtkWidget *dropdown;

  if (!(actions = wm_actions_list (self->store, &query, &error)))
    {
      wm_plan_month_page_toast (self, error->message);
      return NULL;
    }
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(WmAction) action = g_list_model_get_item (actions, i);
      g_autofree char *label = NULL;
      gint64 id;

      if (is_placed_here (self, action))
        continue;
      label = action_label (action);
      id = wm_action_get_id (action);
      gtk_string_list_append (labels, label);
      g_array_append_val (ids, id);
    }

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (dropdown),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  factory = label_factory (FALSE);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), factory);
  list_factory = label_factory (TRUE);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (dropdown), list_factory);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Action"), -1);
  g_object_set_data_full (G_OBJECT (dropdown), "action-ids", g_steal_pointer (&ids),
                          (GDestroyNotify) g_array_unref);
  return dropdown;
}

/* "Place an Action…" */
static void
place_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WmPlanMonthPage *self = WM_PLAN_MONTH_PAGE (widget);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog, *dropdown;
  GArray *ids;

  if (self->store == NULL || self->data == NULL || !(dropdown = create_dropdown (self)))
    return;
  ids = g_object_get_data (G_OBJECT (dropdown), "action-ids");

  /* Translators: a month and its year (g_date_time_format) */
  name = wm_plan_month_page_format_date (self->month, _("%OB %Y"));
  /* Translators: %s is a month: "Place an Action in December 2026" */
  heading = g_strdup_printf (_("Place an Action in %s"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, NULL);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "month", g_strdup (self->month), g_free);
  if (ids->len == 0)
    {
      g_object_ref_sink (dropdown);
      g_object_unref (dropdown);
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                   _("There is no open action to place here. Plan actions on the descriptors of a framework first."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("The month shows the action with its owner and due date. An action placed in another month moves here."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "place", _("_Place"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "place", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "place");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (place_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A row's "Take Out of This Month": the action stays in the action plan, in no month. */
static void
take_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  WmPlanMonthPage *self = WM_PLAN_MONTH_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->store != NULL &&
      !wm_plan_unplace_action (self->store, g_variant_get_int64 (parameter), &error))
    wm_plan_month_page_toast (self, error->message);
}

void
wm_plan_month_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "month.place", NULL, place_action);
  gtk_widget_class_install_action (widget_class, "month.take-out", "x", take_out_action);
}
