/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-page"

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "wm-catalog.h"
#include "wm-chart-page.h"
#include "wm-descriptor-cell.h"
#include "wm-judgements.h"
#include "wm-radar-view.h"
#include "wm-snapshots.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"
#include "wm-window.h"

/*
 * The Chart page in the real window, under Xvfb: now against the latest snapshot until the
 * school chooses others, following every change to the school file, and an axis of the chart
 * leading to its element in the grid; hidden behind the grid, it lists and draws nothing until
 * it is shown, yet tells the report which snapshot to compare with.
 */

#define AUTUMN "Autumn review"
#define SPRING "Spring review"
#define SUMMER "Summer review"
#define DECEMBER "December check"

typedef struct {
  char          *dir;
  char          *path;
  gint64         autumn_id;
  gint64         spring_id;
  WmWindow      *window;
  WmStore       *store;      /* the window's */
  AdwViewStack  *view_stack;
  WmChartPage   *page;
  WmRadarView   *radar;
} Fixture;

/* Rates each "DESCRIPTOR=RATING" of lqf. */
static void
rate_all (WmStore            *store,
          const char * const *ratings)
{
  for (guint i = 0; ratings[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) pair = g_strsplit (ratings[i], "=", 2);

      g_assert_true (wm_judgements_rate (store, "lqf", pair[0], pair[1], NULL, "Head", &error));
      g_assert_no_error (error);
    }
}

static gint64
take_snapshot (WmStore    *store,
               const char *name,
               const char *taken_on)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_snapshots_create (store, "lqf", name, taken_on, "Head", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
set_up (Fixture       *f,
        gconstpointer  user_data)
{
  const char *autumn[] = { "1.1b=partial", "2.1b=developing", "6.1b=not-started", "8.1b=partial", NULL };
  const char *spring[] = { "1.1b=secure", "2.1b=partial", "3.1b=partial", "8.2b=secure", NULL };
  const char *now[] = { "1.1s=partial", "4.1b=secure", "9.1b=developing", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = NULL;

  f->dir = wm_test_make_dir ("waymark-chart-page-XXXXXX");
  f->path = g_build_filename (f->dir, "school.waymark", NULL);
  store = wm_catalog_open_school (f->path, &error);
  g_assert_no_error (error);
  rate_all (store, autumn);
  f->autumn_id = take_snapshot (store, AUTUMN, "2025-10-01");
  rate_all (store, spring);
  f->spring_id = take_snapshot (store, SPRING, "2026-03-01");
  rate_all (store, now);
  g_clear_object (&store);

  f->window = wm_test_ui_open_window (f->path);
  g_assert_true (wm_window_select_framework (f->window, "lqf"));
  f->store = wm_window_get_store (f->window);
  g_assert_nonnull (f->store);
  f->view_stack = ADW_VIEW_STACK (wm_test_ui_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (f->view_stack);
  g_assert_nonnull (adw_view_stack_get_child_by_name (f->view_stack, "grid"));
  g_assert_nonnull (adw_view_stack_get_child_by_name (f->view_stack, "chart"));
  adw_view_stack_set_visible_child_name (f->view_stack, "chart");
  wm_test_ui_wait_for_idle ();

  f->page = WM_CHART_PAGE (wm_test_ui_find_widget (GTK_WIDGET (f->window), WM_TYPE_CHART_PAGE));
  g_assert_nonnull (f->page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
  f->radar = WM_RADAR_VIEW (wm_test_ui_find_widget (GTK_WIDGET (f->page), WM_TYPE_RADAR_VIEW));
  g_assert_nonnull (f->radar);
  g_assert_cmpstr (wm_chart_page_get_framework_id (f->page), ==, "lqf");
}

static void
tear_down (Fixture       *f,
           gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  wm_test_ui_wait_for_idle ();
  wm_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

/* The label under the chart that says where the school stands: "Overall 0.4 of 3, …". */
static const char *
summary_text (WmChartPage *page)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  wm_test_ui_collect_widgets (GTK_WIDGET (page), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (g_str_has_prefix (text, "Overall"))
        return text;
    }
  return NULL;
}

/* The check button of the snapshot named @name, in the compare popover's list. */
static GtkCheckButton *
snapshot_check (WmChartPage *page,
                const char  *name)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  GtkWidget *list = wm_test_ui_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX);

  g_assert_nonnull (list);
  wm_test_ui_collect_widgets (list, GTK_TYPE_CHECK_BUTTON, checks);
  for (guint i = 0; i < checks->len; i++)
    {
      const char *label = gtk_check_button_get_label (g_ptr_array_index (checks, i));

      if (label != NULL && g_str_has_prefix (label, name))
        return g_ptr_array_index (checks, i);
    }
  return NULL;
}

static guint
n_snapshot_rows (WmChartPage *page)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();

  wm_test_ui_collect_widgets (wm_test_ui_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX),
                              GTK_TYPE_CHECK_BUTTON, checks);
  return checks->len;
}

static gboolean
has_series_named (const WmRadarData *data,
                  const char        *name)
{
  for (guint i = 0; data != NULL && i < data->n_series; i++)
    if (g_str_has_prefix (data->series[i].name, name))
      return TRUE;
  return FALSE;
}

static void
test_default_comparison (Fixture       *f,
                         gconstpointer  user_data)
{
  const WmRadarData *data = wm_radar_view_get_data (f->radar);
  const char *summary;

  /* Now and the latest snapshot, on the twelve elements of the LQF. */
  g_assert_nonnull (data);
  g_assert_cmpuint (data->n_axes, ==, 12);
  g_assert_cmpuint (data->n_series, ==, 2);
  g_assert_cmpstr (data->series[0].name, ==, "Now");
  g_assert_cmpstr (data->series[1].name, ==, SPRING " (2026-03-01)");
  g_assert_cmpint (wm_chart_page_get_compare_id (f->page), ==, f->spring_id);

  summary = summary_text (f->page);
  g_assert_nonnull (summary);
  g_test_message ("%s", summary);
  g_assert_nonnull (strstr (summary, SPRING));
  g_assert_null (strstr (summary, AUTUMN));

  /* Both snapshots are offered, the latest ticked. */
  g_assert_nonnull (snapshot_check (f->page, AUTUMN));
  g_assert_false (gtk_check_button_get_active (snapshot_check (f->page, AUTUMN)));
  g_assert_true (gtk_check_button_get_active (snapshot_check (f->page, SPRING)));
}

/* Element 6, "Curriculum Design", is the sixth axis. */
static double
now_of_element_6 (Fixture *f)
{
  const WmRadarData *data = wm_radar_view_get_data (f->radar);

  g_assert_nonnull (data);
  return data->series[0].values[5];
}

static double element_6_before;

static gboolean
element_6_changed (gpointer data)
{
  Fixture *f = data;
  double now = now_of_element_6 (f);

  return isnan (now) != isnan (element_6_before) || (!isnan (now) && now != element_6_before);
}

static gboolean
compares_with_summer (gpointer data)
{
  Fixture *f = data;

  return has_series_named (wm_radar_view_get_data (f->radar), SUMMER);
}

static void
test_follows_changes (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  const WmRadarData *data;
  gint64 summer_id;

  /* A rating made anywhere shows on the chart a moment later. */
  element_6_before = now_of_element_6 (f);
  g_assert_true (wm_judgements_rate (f->store, "lqf", "6.1b", "secure", NULL, "Head", &error));
  g_assert_no_error (error);
  g_assert_true (wm_test_ui_wait_until (element_6_changed, f));
  g_test_message ("6 Curriculum Design: %g, then %g", element_6_before, now_of_element_6 (f));
  g_assert_cmpfloat (now_of_element_6 (f), >, 0);

  /* Until the school chooses, a new snapshot becomes the one compared with. */
  summer_id = take_snapshot (f->store, SUMMER, "2026-07-01");
  g_assert_true (wm_test_ui_wait_until (compares_with_summer, f));
  data = wm_radar_view_get_data (f->radar);
  g_assert_cmpuint (data->n_series, ==, 2);
  g_assert_cmpstr (data->series[1].name, ==, SUMMER " (2026-07-01)");
  g_assert_cmpint (wm_chart_page_get_compare_id (f->page), ==, summer_id);
  g_assert_nonnull (strstr (summary_text (f->page), SUMMER));
}

static gboolean
offers_summer (gpointer data)
{
  Fixture *f = data;

  return snapshot_check (f->page, SUMMER) != NULL;
}

static void
test_choose_snapshots (Fixture       *f,
                       gconstpointer  user_data)
{
  GtkCheckButton *autumn = snapshot_check (f->page, AUTUMN);
  const WmRadarData *data;

  /* Ticking an older one draws it too; the latest chosen stays the one compared with. */
  g_assert_nonnull (autumn);
  gtk_check_button_set_active (autumn, TRUE);
  wm_test_ui_wait_for_idle ();
  data = wm_radar_view_get_data (f->radar);
  g_assert_cmpuint (data->n_series, ==, 3);
  g_assert_cmpstr (data->series[0].name, ==, "Now");
  g_assert_true (has_series_named (data, AUTUMN));
  g_assert_true (has_series_named (data, SPRING));
  g_assert_cmpint (wm_chart_page_get_compare_id (f->page), ==, f->spring_id);

  /* Once the school has chosen, a new snapshot is offered but not drawn. */
  take_snapshot (f->store, SUMMER, "2026-07-01");
  g_assert_true (wm_test_ui_wait_until (offers_summer, f));
  g_assert_false (compares_with_summer (f));
  g_assert_false (gtk_check_button_get_active (snapshot_check (f->page, SUMMER)));
  g_assert_true (gtk_check_button_get_active (snapshot_check (f->page, AUTUMN)));
  data = wm_radar_view_get_data (f->radar);
  g_assert_cmpuint (data->n_series, ==, 3);
  g_assert_cmpint (wm_chart_page_get_compare_id (f->page), ==, f->spring_id);

  /* Unticking the latest leaves the older one to compare with. */
  gtk_check_button_set_active (snapshot_check (f->page, SPRING), FALSE);
  wm_test_ui_wait_for_idle ();
  data = wm_radar_view_get_data (f->radar);
  g_assert_cmpuint (data->n_series, ==, 2);
  g_assert_cmpint (wm_chart_page_get_compare_id (f->page), ==, f->autumn_id);
  g_assert_nonnull (strstr (summary_text (f->page), AUTUMN));
}

static char *focused_descriptor;

static gboolean
focus_in_a_cell (gpointer data)
{
  Fixture *f = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
  GtkWidget *cell = focus != NULL ? gtk_widget_get_ancestor (focus, WM_TYPE_DESCRIPTOR_CELL) : NULL;

  g_clear_pointer (&focused_descriptor, g_free);
  if (cell == NULL)
    return FALSE;
  focused_descriptor = g_strdup (wm_descriptor_get_id (wm_descriptor_cell_get_descriptor (WM_DESCRIPTOR_CELL (cell))));
  return TRUE;
}

static void
axis_activated_cb (WmRadarView  *view,
                   const char   *axis_id,
                   char        **out)
{
  g_free (*out);
  *out = g_strdup (axis_id);
}

static void
test_show_element (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autofree char *activated = NULL;

  /* The third axis is activated (Enter on it, or a click): the chart sends its element's id. */
  g_signal_connect (f->radar, "axis-activated", G_CALLBACK (axis_activated_cb), &activated);
  wm_radar_view_set_focused_axis (f->radar, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->radar), "chart.activate-axis", NULL));
  g_assert_cmpstr (activated, ==, "3");

  /* The window shows the grid, with the focus in a cell of element 3. */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->view_stack), ==, "grid");
  g_assert_true (wm_test_ui_wait_until (focus_in_a_cell, f));
  g_test_message ("focus in %s", focused_descriptor);
  g_assert_true (g_str_has_prefix (focused_descriptor, "3."));

  /* The same through the window's action, from the chart page again, for element 11. */
  adw_view_stack_set_visible_child_name (f->view_stack, "chart");
  wm_test_ui_wait_for_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "win.show-element", "s", "11"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->view_stack), ==, "grid");
  g_assert_true (wm_test_ui_wait_until (focus_in_a_cell, f));
  g_test_message ("focus in %s", focused_descriptor);
  g_assert_true (g_str_has_prefix (focused_descriptor, "11."));

  /* An element the grid does not have: still the grid, and a toast says why, no more. */
  g_assert_null (wm_test_ui_find_toast (GTK_WIDGET (f->window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-element", "s", "no-such-element"));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->view_stack), ==, "grid");
  g_assert_nonnull (wm_test_ui_find_toast (GTK_WIDGET (f->window)));
  g_clear_pointer (&focused_descriptor, g_free);
}

/* An EEF judgement and snapshot; then the grid is shown and the EEF chosen in the sidebar. */
static gint64
switch_to_eef_behind_the_grid (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 december_id;

  g_assert_true (wm_judgements_rate (f->store, "eef-pillars", "metacognition-identify", "3", NULL,
                                     "Head", &error));
  g_assert_no_error (error);
  december_id = wm_snapshots_create (f->store, "eef-pillars", DECEMBER, "2025-12-10", "Head", &error);
  g_assert_no_error (error);
  wm_test_ui_wait_for_idle ();

  adw_view_stack_set_visible_child_name (f->view_stack, "grid");
  wm_test_ui_wait_for_idle ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
  g_assert_true (wm_window_select_framework (f->window, "eef-pillars"));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (wm_chart_page_get_framework_id (f->page), ==, "eef-pillars");
  return december_id;
}

static void
test_hidden_switch (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 december_id = switch_to_eef_behind_the_grid (f);
  const WmRadarData *data;

  /* Behind the grid, the EEF's snapshots are not listed, nor its chart built; no LQF's
   * snapshot is left to tick either. A rating made meanwhile changes nothing of that. */
  g_assert_cmpuint (n_snapshot_rows (f->page), ==, 0);
  g_assert_cmpuint (wm_radar_view_get_data (f->radar)->n_axes, ==, 12);
  g_assert_true (wm_judgements_rate (f->store, "eef-pillars", "behaviour-support", "2", NULL,
                                     "Head", &error));
  g_assert_no_error (error);
  wm_test_ui_wait_for_idle ();
  g_assert_cmpuint (n_snapshot_rows (f->page), ==, 0);
  g_assert_cmpuint (wm_radar_view_get_data (f->radar)->n_axes, ==, 12);

  /* Shown, the page lists and draws the EEF's at once: its five pillars, now and December. */
  adw_view_stack_set_visible_child_name (f->view_stack, "chart");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
  g_assert_cmpuint (n_snapshot_rows (f->page), ==, 1);
  g_assert_nonnull (snapshot_check (f->page, DECEMBER));
  g_assert_true (gtk_check_button_get_active (snapshot_check (f->page, DECEMBER)));
  g_assert_null (snapshot_check (f->page, SPRING));
  data = wm_radar_view_get_data (f->radar);
  g_assert_nonnull (data);
  g_assert_cmpuint (data->n_axes, ==, 5);
  g_assert_cmpuint (data->n_series, ==, 2);
  g_assert_cmpstr (data->series[1].name, ==, DECEMBER " (2025-12-10)");
  g_assert_cmpint (wm_chart_page_get_compare_id (f->page), ==, december_id);
  g_assert_nonnull (summary_text (f->page));
  g_assert_nonnull (strstr (summary_text (f->page), DECEMBER));
}

static void
test_hidden_compare_id (Fixture       *f,
                        gconstpointer  user_data)
{
  gint64 december_id = switch_to_eef_behind_the_grid (f);

  /* The report asks the hidden page what to compare with: the EEF's latest, read then. */
  g_assert_cmpint (wm_chart_page_get_compare_id (f->page), ==, december_id);
  g_assert_cmpuint (n_snapshot_rows (f->page), ==, 1);
  g_assert_cmpuint (wm_radar_view_get_data (f->radar)->n_axes, ==, 12);

  /* Shown later, the chart is drawn with it. */
  adw_view_stack_set_visible_child_name (f->view_stack, "chart");
  g_assert_cmpuint (wm_radar_view_get_data (f->radar)->n_axes, ==, 5);
  g_assert_true (has_series_named (wm_radar_view_get_data (f->radar), DECEMBER));
  g_assert_cmpint (wm_chart_page_get_compare_id (f->page), ==, december_id);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/chart-page/default-comparison", Fixture, NULL, set_up, test_default_comparison, tear_down);
  g_test_add ("/chart-page/follows-changes", Fixture, NULL, set_up, test_follows_changes, tear_down);
  g_test_add ("/chart-page/choose-snapshots", Fixture, NULL, set_up, test_choose_snapshots, tear_down);
  g_test_add ("/chart-page/show-element", Fixture, NULL, set_up, test_show_element, tear_down);
  g_test_add ("/chart-page/hidden-switch", Fixture, NULL, set_up, test_hidden_switch, tear_down);
  g_test_add ("/chart-page/hidden-compare-id", Fixture, NULL, set_up, test_hidden_compare_id, tear_down);

  return g_test_run ();
}
