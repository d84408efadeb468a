/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-planner-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-page.h"
#include "wm-plan-ics.h"
#include "wm-plan-month-page.h"
#include "wm-plan-year-page.h"
#include "wm-plan.h"
#include "wm-planner-window.h"
#include "wm-steps-page.h"
#include "wm-surveys-page.h"

/*
 * The Planner: the Stepping Stones month and year, the small-steps log, the confidence surveys
 * and the inclusion plan, each a page over the same school file. The pages tell the user what
 * went wrong through planner.toast; planner.export-ics writes the year to a calendar file.
 */

struct _WmPlannerWindow
{
  AdwWindow          parent_instance;

  WmStore           *store;

  AdwToastOverlay   *toast_overlay;
  AdwViewStack      *view_stack;
  WmPlanMonthPage   *month_page;
  WmPlanYearPage    *year_page;
  WmStepsPage       *steps_page;
  WmSurveysPage     *surveys_page;
  WmInclusionPage   *inclusion_page;
};

G_DEFINE_FINAL_TYPE (WmPlannerWindow, wm_planner_window, ADW_TYPE_WINDOW)

static void
show_toast (WmPlannerWindow *self,
            const char      *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  show_toast (WM_PLANNER_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
export_ics_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        WmPlannerWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  GDate today;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  g_object_unref (chooser);

  if (!wm_plan_get_today (&today, &error) ||
      !(year = wm_plan_get_current_year (self->store, &today, &error)) ||
      !wm_plan_ics_export (self->store, wm_plan_year_get_id (year), path, &error))
    {
      show_toast (self, error->message);
      return;
    }
  message = g_strdup_printf (_("Saved the year plan as %s: open it in your calendar"), g_file_peek_path (file));
  show_toast (self, message);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  WmPlannerWindow *self = WM_PLANNER_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Calendar (iCalendar)"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  chooser = gtk_file_chooser_native_new (_("Export the Year Plan to a Calendar"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("stepping-stones.ics"));
  g_signal_connect (chooser, "response", G_CALLBACK (export_ics_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
wm_planner_window_show_page (WmPlannerWindow *self,
                             const char      *name)
{
  g_return_if_fail (WM_IS_PLANNER_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* A month chosen in the year, or on its chart: that month's page. */
static void
month_activated_cb (WmPlannerWindow *self,
                    const char      *month)
{
  wm_plan_month_page_set_month (self->month_page, month);
  adw_view_stack_set_visible_child_name (self->view_stack, "month");
}

static void
wm_planner_window_dispose (GObject *object)
{
  WmPlannerWindow *self = WM_PLANNER_WINDOW (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (wm_planner_window_parent_class)->dispose (object);
}

static void
wm_planner_window_class_init (WmPlannerWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_planner_window_dispose;

  g_type_ensure (WM_TYPE_PLAN_MONTH_PAGE);
  g_type_ensure (WM_TYPE_PLAN_YEAR_PAGE);
  g_type_ensure (WM_TYPE_STEPS_PAGE);
  g_type_ensure (WM_TYPE_SURVEYS_PAGE);
  g_type_ensure (WM_TYPE_INCLUSION_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-planner-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WmPlannerWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WmPlannerWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WmPlannerWindow, month_page);
  gtk_widget_class_bind_template_child (widget_class, WmPlannerWindow, year_page);
  gtk_widget_class_bind_template_child (widget_class, WmPlannerWindow, steps_page);
  gtk_widget_class_bind_template_child (widget_class, WmPlannerWindow, surveys_page);
  gtk_widget_class_bind_template_child (widget_class, WmPlannerWindow, inclusion_page);

  gtk_widget_class_install_action (widget_class, "planner.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "planner.export-ics", NULL, export_ics_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
wm_planner_window_init (WmPlannerWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->year_page, "month-activated", G_CALLBACK (month_activated_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * wm_planner_window_new:
 * @store: the school file the main window has open
 */
WmPlannerWindow *
wm_planner_window_new (GtkWindow *parent,
                       WmStore   *store)
{
  WmPlannerWindow *self = g_object_new (WM_TYPE_PLANNER_WINDOW, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  wm_plan_month_page_set_store (self->month_page, store);
  wm_plan_year_page_set_store (self->year_page, store);
  wm_steps_page_set_store (self->steps_page, store);
  wm_surveys_page_set_store (self->surveys_page, store);
  wm_inclusion_page_set_store (self->inclusion_page, store);
  return self;
}
