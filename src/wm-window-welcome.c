/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-window-welcome"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-demo.h"
#include "wm-plan.h"
#include "wm-school.h"
#include "wm-welcome-page.h"
#include "wm-window-private.h"
#include "wm-window-welcome.h"

/*
 * The welcome page, shown instead of the grid when the app has just made the school file it
 * opens, until the school starts: once per file (the file remembers, WM_SCHOOL_FLAG_WELCOMED).
 * "Start with the Learning Quality Framework" names the school (if it was given a name) and
 * shows the LQF; "Explore a Demo School" makes the demo school in a file of its own, on a
 * worker thread (hundreds of small transactions, each synced to disk), and opens it in a new
 * window, leaving this file as it is and the welcome page up.
 */

#define LQF "lqf"

static WmWelcomePage *
welcome_page (WmWindow *self)
{
  return WM_WELCOME_PAGE (gtk_stack_get_child_by_name (self->main_stack, "welcome"));
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (self->store == NULL)
    return;

  /* A name that cannot be kept (too long) keeps the page up, to be put right. */
  name = g_strstrip (g_strdup (wm_welcome_page_get_school_name (welcome_page (self))));
  if (*name != '\0' && !wm_school_set_name (self->store, name, &error))
    {
      wm_window_show_toast (self, error->message);
      return;
    }
  if (!wm_school_set_flag (self->store, WM_SCHOOL_FLAG_WELCOMED, TRUE, &error))
    {
      /* Only the welcome's memory is lost: the school can start all the same. */
      wm_window_show_toast (self, error->message);
      g_clear_error (&error);
    }

  if (!wm_window_select_framework (self, LQF))
    wm_window_show_toast (self, _("This school file has no Learning Quality Framework: choose a framework in the sidebar"));
  adw_view_stack_set_visible_child_name (self->view_stack, "grid");
  gtk_stack_set_visible_child_name (self->main_stack, "school");
}

static void
demo_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  GError *error = NULL;
  GDate today;

  /* A demo made before (by this or another school file's welcome) is opened as it is. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS) &&
      (!wm_plan_get_today (&today, &error) || !wm_demo_create (path, &today, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
demo_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  WmWindow *self = WM_WINDOW (source);
  g_autoptr(GError) error = NULL;
  WmWindow *demo;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Closed meanwhile: the demo, if made, waits for the next time. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      wm_window_show_toast (self, error->message);
    }
  else
    {
      demo = wm_window_open (gtk_window_get_application (GTK_WINDOW (self)), g_task_get_task_data (G_TASK (result)));
      gtk_window_present (GTK_WINDOW (demo));
    }

  wm_welcome_page_set_busy (welcome_page (self), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.welcome-demo", TRUE);
}

static void
demo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, demo_done_cb, NULL);

  g_task_set_source_tag (task, demo_action);
  g_task_set_task_data (task, wm_demo_default_path (), g_free);
  gtk_widget_action_set_enabled (widget, "win.welcome-demo", FALSE);
  wm_welcome_page_set_busy (welcome_page (self), TRUE);
  g_task_run_in_thread (task, demo_thread);
}

void
wm_window_welcome_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (WM_TYPE_WELCOME_PAGE);

  gtk_widget_class_install_action (widget_class, "win.welcome-start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "win.welcome-demo", NULL, demo_action);
}

/**
 * wm_window_welcome_init:
 *
 * Called once the school file is open: shows the welcome page if the app has just made the
 * file and it has not been welcomed yet.
 */
void
wm_window_welcome_init (WmWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean welcomed = FALSE;

  if (self->store == NULL || !wm_store_was_created (self->store) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "school") != 0)
    return;
  if (!wm_school_get_flag (self->store, WM_SCHOOL_FLAG_WELCOMED, &welcomed, &error))
    {
      g_warning ("%s", error->message);
      return;
    }
  if (!welcomed)
    gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}
