/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-year-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-catalog.h"
#include "wm-plan-year-page-private.h"

/*
 * What the Year page changes, each one write through the core: a month dragged onto another
 * swaps their habits, and every drag has its keyboard way in the row's menu (Move Up and Move
 * Down swap with the neighbour; Alt+Up and Alt+Down do the same on the focused row); a month
 * is skipped or freed again, given another habit of the library, or loses its habit after
 * the school confirms. Whatever the core refuses is said in a toast.
 */

static WmPlanMonth *
get_month (WmPlanYearPage *self,
           const char     *month)
{
  for (guint i = 0; self->months != NULL && i < g_list_model_get_n_items (self->months); i++)
    {
      g_autoptr(WmPlanMonth) item = g_list_model_get_item (self->months, i);

      if (g_str_equal (wm_plan_month_get_month (item), month))
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* Swaps the habits of two months: the drop, and Move Up or Down. */
static gboolean
swap_months (WmPlanYearPage *self,
             const char     *from_month,
             const char     *to_month)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->year == NULL || g_strcmp0 (from_month, to_month) == 0)
    return FALSE;
  if (!wm_plan_swap_months (self->store, wm_plan_year_get_id (self->year), from_month, to_month, &error))
    {
      wm_plan_year_page_toast (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
move_by (WmPlanYearPage *self,
         const char     *month,
         int             step)
{
  g_autofree char *other = NULL;
  guint n = wm_plan_year_get_n_months (self->year);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (wm_plan_year_get_month (self->year, i), month) &&
        (int) i + step >= 0 && (guint) ((int) i + step) < n)
      other = g_strdup (wm_plan_year_get_month (self->year, (guint) ((int) i + step)));
  if (other != NULL)
    swap_months (self, month, other);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmPlanYearPage *self = WM_PLAN_YEAR_PAGE (widget);

  if (self->year != NULL)
    move_by (self, g_variant_get_string (parameter, NULL),
             g_str_equal (action_name, "year.move-up") ? -1 : 1);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmPlanYearPage *self = WM_PLAN_YEAR_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *month = g_variant_get_string (parameter, NULL);
  gint64 year_id;
  gboolean done;

  if (self->store == NULL || self->year == NULL)
    return;
  year_id = wm_plan_year_get_id (self->year);
  if (g_str_equal (action_name, "year.skip"))
    done = wm_plan_skip_month (self->store, year_id, month, &error);
  else
    done = wm_plan_unskip_month (self->store, year_id, month, &error);
  if (!done)
    wm_plan_year_page_toast (self, error->message);
}

static void
change_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    WmPlanYearPage   *self)
{
  g_autoptr(GError) error = NULL;
  GtkDropDown *dropdown = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  const char * const *ids = g_object_get_data (G_OBJECT (dropdown), "habit-ids");
  const char *month = g_object_get_data (G_OBJECT (dialog), "month");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (!g_str_equal (response, "change") || self->store == NULL || self->year == NULL ||
      selected >= g_strv_length ((char **) ids))
    return;
  if (!wm_plan_set_habit (self->store, wm_plan_year_get_id (self->year), month, ids[selected], &error))
    wm_plan_year_page_toast (self, error->message);
}

/* "Change Habit…": the habit library in a drop-down, each habit with the month it is in. */
static void
change_habit_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WmPlanYearPage *self = WM_PLAN_YEAR_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) library = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr(WmPlanMonth) item = NULL;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  const char *month = g_variant_get_string (parameter, NULL);
  const char *current = NULL;
  GtkWidget *dialog, *dropdown;
  guint n = 0, selected = 0;

  if (self->store == NULL || self->year == NULL || !(item = get_month (self, month)))
    return;
  if (!(library = wm_catalog_read (self->store, wm_plan_year_get_framework_id (self->year), &error)))
    {
      wm_plan_year_page_toast (self, error->message);
      return;
    }
  if (wm_plan_month_get_session (item) != NULL)
    current = wm_plan_session_get_habit_id (wm_plan_month_get_session (item));

  for (guint h = 0; h < library->headings->len; h++)
    {
      WmHeadingDef *heading_def = g_ptr_array_index (library->headings, h);

      for (guint e = 0; e < heading_def->elements->len; e++, n++)
        {
          WmElementDef *element = g_ptr_array_index (heading_def->elements, e);
          g_autofree char *label = NULL;
          g_autofree char *where = NULL;

          for (guint i = 0; i < g_list_model_get_n_items (self->months) && where == NULL; i++)
            {
              g_autoptr(WmPlanMonth) other = g_list_model_get_item (self->months, i);
              WmPlanSession *session = wm_plan_month_get_session (other);

              if (session != NULL && g_str_equal (wm_plan_session_get_habit_id (session), element->id))
                where = wm_plan_year_page_month_name (wm_plan_month_get_month (other));
            }
          /* Translators: a habit in the list, and the month it is planned in already */
          label = where != NULL ? g_strdup_printf (_("%s (in %s)"), element->title, where)
                                : g_strdup (element->title);
          gtk_string_list_append (titles, label);
          g_strv_builder_add (ids, element->id);
          if (g_strcmp0 (element->id, current) == 0)
            selected = n;
        }
    }

  name = wm_plan_year_page_month_name (month);
  /* Translators: %s is a month: "September 2026" */
  heading = g_strdup_printf (current != NULL ? _("Change the Habit of %s") : _("Choose a Habit for %s"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _("A habit planned in another month changes places with this month’s habit."));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&titles)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Habit"), -1);
  g_object_set_data_full (G_OBJECT (dropdown), "habit-ids", g_strv_builder_end (ids), (GDestroyNotify) g_strfreev);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "change", current != NULL ? _("_Change") : _("_Choose"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "change", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "change");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "month", g_strdup (month), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (change_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    WmPlanYearPage   *self)
{
  g_autoptr(GError) error = NULL;
  const char *habit_id = g_object_get_data (G_OBJECT (dialog), "habit-id");

  if (!g_str_equal (response, "remove") || self->store == NULL || self->year == NULL)
    return;
  if (!wm_plan_remove_habit (self->store, wm_plan_year_get_id (self->year), habit_id, &error))
    wm_plan_year_page_toast (self, error->message);
}

/* The core takes out everything recorded in the session: the school confirms first. */
static void
remove_habit_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WmPlanYearPage *self = WM_PLAN_YEAR_PAGE (widget);
  g_autoptr(WmPlanMonth) item = get_month (self, g_variant_get_string (parameter, NULL));
  WmPlanSession *session = item != NULL ? wm_plan_month_get_session (item) : NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (session == NULL)
    return;
  /* Translators: %s is a habit */
  heading = g_strdup_printf (_("Remove %s from the Plan?"), wm_plan_session_get_habit_title (session));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _("Its ticks and notes, its team session and its phase counts are removed with it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "habit-id", g_strdup (wm_plan_session_get_habit_id (session)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Alt+Up, Alt+Down: the focused month moves. */
static gboolean
move_focused_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  WmPlanYearPage *self = WM_PLAN_YEAR_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  const char *month = row != NULL ? g_object_get_data (G_OBJECT (row), "month") : NULL;

  if (month == NULL || self->year == NULL)
    return FALSE;
  move_by (self, month, g_variant_get_int32 (args));
  return TRUE;
}

static void
add_item (GMenu      *menu,
          const char *label,
          const char *action,
          const char *month)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (month));
  g_menu_append_item (menu, item);
}

/* The menu of the month at @index: the keyboard's way to do what dragging does, and more. */
GMenuModel *
wm_plan_year_page_row_menu (WmPlanYearPage *self,
                            guint           index)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) change = g_menu_new ();
  g_autoptr(WmPlanMonth) item = g_list_model_get_item (self->months, index);
  const char *month = wm_plan_month_get_month (item);
  gboolean skipped = wm_plan_month_is_skipped (item);
  gboolean planned = wm_plan_month_get_session (item) != NULL;

  if (index > 0)
    add_item (order, _("Move _Up"), "year.move-up", month);
  if (index + 1 < g_list_model_get_n_items (self->months))
    add_item (order, _("Move _Down"), "year.move-down", month);
  add_item (order, skipped ? _("_Unskip") : _("_Skip This Month"), skipped ? "year.unskip" : "year.skip", month);
  if (!skipped)
    add_item (change, planned ? _("_Change Habit…") : _("_Choose Habit…"), "year.change-habit", month);
  if (planned)
    add_item (change, _("_Remove Habit"), "year.remove-habit", month);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (change));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

void
wm_plan_year_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "year.move-up", "s", move_action);
  gtk_widget_class_install_action (widget_class, "year.move-down", "s", move_action);
  gtk_widget_class_install_action (widget_class, "year.skip", "s", skip_action);
  gtk_widget_class_install_action (widget_class, "year.unskip", "s", skip_action);
  gtk_widget_class_install_action (widget_class, "year.change-habit", "s", change_habit_action);
  gtk_widget_class_install_action (widget_class, "year.remove-habit", "s", remove_habit_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_focused_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_focused_cb, "i", 1);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, g_object_get_data (G_OBJECT (row), "month"));
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         WmPlanYearPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  return swap_months (self, g_value_get_string (value), g_object_get_data (G_OBJECT (row), "month"));
}

/* A row is dragged by its month (a string), and takes another month dropped on it. */
void
wm_plan_year_page_add_row_dnd (WmPlanYearPage *self,
                               GtkWidget      *row,
                               const char     *month)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

/**
 * wm_plan_year_page_drop_for_test:
 *
 * What dropping @from_month's row onto @to_month's row does, for the tests.
 *
 * Returns: whether the months were swapped
 */
gboolean
wm_plan_year_page_drop_for_test (WmPlanYearPage *self,
                                 const char     *from_month,
                                 const char     *to_month)
{
  g_return_val_if_fail (WM_IS_PLAN_YEAR_PAGE (self), FALSE);
  return swap_months (self, from_month, to_month);
}
