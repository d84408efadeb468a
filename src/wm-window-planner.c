/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-window-planner"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-due.h"
#include "wm-plan.h"
#include "wm-planner-window.h"
#include "wm-window-private.h"

/*
 * The Planner from the main window (Ctrl+L), and, when the school file opens, a word on what
 * is due this week and what is overdue, with the way to it.
 */

static WmPlannerWindow *
open_planner (WmWindow   *self,
              const char *page)
{
  WmPlannerWindow *planner;

  if (self->store == NULL)
    return NULL;
  planner = wm_planner_window_new (GTK_WINDOW (self), self->store);
  if (page != NULL)
    wm_planner_window_show_page (planner, page);
  gtk_window_present (GTK_WINDOW (planner));
  return planner;
}

static void
planner_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  open_planner (WM_WINDOW (widget), NULL);
}

/* "2 things due this week and 1 overdue": nothing when nothing is. */
static char *
due_message (GListModel *due)
{
  guint n_overdue = 0, n = g_list_model_get_n_items (due);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmPlanDue) item = g_list_model_get_item (due, i);

      n_overdue += wm_plan_due_is_overdue (item);
    }
  if (n == 0)
    return NULL;
  if (n_overdue == 0)
    return g_strdup_printf (g_dngettext (NULL, "%u thing in the plan is due this week",
                                         "%u things in the plan are due this week", n), n);
  if (n_overdue == n)
    return g_strdup_printf (g_dngettext (NULL, "%u thing in the plan is overdue",
                                         "%u things in the plan are overdue", n), n);
  /* Translators: "3 things due this week, 1 of them overdue" */
  return g_strdup_printf (g_dngettext (NULL, "%u thing due this week or before, %u of them overdue",
                                       "%u things due this week or before, %u of them overdue", n),
                          n, n_overdue);
}

/**
 * wm_window_planner_announce:
 *
 * What is due in the year plan this week, and overdue, as a toast with the way to it; called
 * once the school file is open.
 */
void
wm_window_planner_announce (WmWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(GListModel) due = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;
  GDate today;

  if (self->store == NULL)
    return;
  if (!wm_plan_get_today (&today, &error) ||
      !(year = wm_plan_get_current_year (self->store, &today, &error)) ||
      !(due = wm_plan_list_due (self->store, wm_plan_year_get_id (year), &today, &error)))
    {
      /* A file with no year plan has nothing due: not worth a word. */
      if (!g_error_matches (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND))
        g_warning ("Could not read what is due in the year plan: %s", error->message);
      return;
    }
  if (!(message = due_message (due)))
    return;
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("Open Planner"));
  adw_toast_set_action_name (toast, "win.planner");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
wm_window_planner_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.planner", NULL, planner_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.planner", NULL);
}
