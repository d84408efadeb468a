/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-planner-window"

#include "config.h"

#include <adwaita.h>

#include "wm-catalog.h"
#include "wm-plan.h"
#include "wm-planner-window.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"
#include "wm-window.h"

/*
 * The Planner from the main window, under Xvfb: opening the school file says what is due and
 * overdue, with the way to it; the Planner opens on the same school file with its five pages,
 * and its pages' messages reach its toasts.
 */

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = NULL;

  f->dir = wm_test_make_dir ("waymark-planner-XXXXXX");
  f->path = g_build_filename (f->dir, "school.waymark", NULL);
  /* The draft is made for the school year of "today": 2026-27, its first session in December. */
  g_setenv ("WAYMARK_TODAY", "2026-11-22", TRUE);
  store = wm_catalog_open_school (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  wm_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* The text of every toast shown in @widget's tree, one after another. */
static void
collect_toasts (GtkWidget *widget,
                GString   *texts)
{
  if (g_str_equal (gtk_widget_get_css_name (widget), "toast"))
    {
      GtkWidget *label = wm_test_ui_find_widget (widget, GTK_TYPE_LABEL);

      if (label != NULL)
        g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (label)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_toasts (child, texts);
}

static char *
toasts_of (GtkWidget *widget)
{
  GString *texts = g_string_new (NULL);

  wm_test_ui_wait_for_idle ();
  collect_toasts (widget, texts);
  return g_string_free (texts, FALSE);
}

static WmPlannerWindow *
find_planner (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (WM_IS_PLANNER_WINDOW (window))
        return WM_PLANNER_WINDOW (window);
    }
  return NULL;
}

static void
test_due_on_opening (Fixture       *f,
                     gconstpointer  data)
{
  WmWindow *window;
  g_autofree char *quiet = NULL;
  g_autofree char *due = NULL;

  /* 22 November: the first session is in December, nothing is due yet, and nothing is said. */
  window = wm_test_ui_open_window (f->path);
  quiet = toasts_of (GTK_WIDGET (window));
  g_assert_null (strstr (quiet, "due"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* A week after December's team session nothing has been ticked: all of it is overdue. */
  g_setenv ("WAYMARK_TODAY", "2026-12-16", TRUE);
  window = wm_test_ui_open_window (f->path);
  due = toasts_of (GTK_WIDGET (window));
  g_assert_nonnull (strstr (due, "4 things in the plan are overdue"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_setenv ("WAYMARK_TODAY", "2026-11-22", TRUE);
}

static void
test_opens (Fixture       *f,
            gconstpointer  data)
{
  WmWindow *window = wm_test_ui_open_window (f->path);
  WmPlannerWindow *planner;
  AdwViewStack *stack;
  g_autofree char *toasts = NULL;
  const char *pages[] = { "month", "year", "steps", "surveys", "inclusion" };

  g_assert_null (find_planner ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.planner", NULL);
  wm_test_ui_wait_for_idle ();
  planner = find_planner ();
  g_assert_nonnull (planner);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (planner)) == GTK_WINDOW (window));

  stack = ADW_VIEW_STACK (wm_test_ui_find_widget (GTK_WIDGET (planner), ADW_TYPE_VIEW_STACK));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "month");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      wm_planner_window_show_page (planner, pages[i]);
      wm_test_ui_wait_for_idle ();
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, pages[i]);
    }

  /* What a page has to say reaches the Planner's own toasts. */
  gtk_widget_activate_action (GTK_WIDGET (planner), "planner.toast", "s", "Could not move Noticing & co");
  toasts = toasts_of (GTK_WIDGET (planner));
  g_assert_nonnull (strstr (toasts, "Could not move Noticing & co"));

  gtk_window_destroy (GTK_WINDOW (planner));
  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  g_assert_null (find_planner ());
}

int
main (int   argc,
      char *argv[])
{
  /* Not G_TEST_OPTION_ISOLATE_DIRS: GTK needs the system's XDG data (shared-mime-info) to
   * load its icons; the school file is in a folder of the test's own. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/planner-window/due-on-opening", test_due_on_opening);
  ADD ("/planner-window/opens", test_opens);
#undef ADD

  return g_test_run ();
}
