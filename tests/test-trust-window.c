/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-trust-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "wm-bundle.h"
#include "wm-catalog.h"
#include "wm-judgements.h"
#include "wm-radar-view.h"
#include "wm-school.h"
#include "wm-snapshots.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"
#include "wm-trust-window.h"

/*
 * The trust window under Xvfb: three school files made through the core share their summaries
 * into one folder beside a malformed file. The window lists the malformed file as left out, offers
 * the LQF and the EEF pillars, draws the three schools on one radar, names each in its table, and
 * follows the framework chosen.
 */

static const char * const schools[] = { "Ash Grove Primary", "Beech Hill Academy", "Cedar Park School" };

typedef struct {
  char *dir;
  char *trust_dir;
} Fixture;

static void
rate (WmStore    *store,
      const char *framework_id,
      const char *descriptor_id,
      const char *rating_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wm_judgements_rate (store, framework_id, descriptor_id, rating_id, "A private note", "Head",
                                     &error));
  g_assert_no_error (error);
}

static void
make_school (Fixture *f,
             guint    k)
{
  g_autofree char *path = g_strdup_printf ("%s/school-%u.waymark", f->dir, k);
  g_autofree char *bundle = g_strdup_printf ("%s/school-%u.json", f->trust_dir, k);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (path, &error);

  g_assert_no_error (error);
  g_assert_true (wm_school_set_name (store, schools[k], &error));
  rate (store, "lqf", "1.1b", "secure");
  rate (store, "lqf", "2.1b", k > 0 ? "secure" : "partial");
  g_assert_cmpint (wm_snapshots_create (store, "lqf", "Autumn 2025", "2025-10-01", "Head", &error), >, 0);
  rate (store, "lqf", "1.1s", "secure");
  rate (store, "lqf", "3.1b", k == 2 ? "secure" : "developing");
  g_assert_cmpint (wm_snapshots_create (store, "lqf", "Summer 2026", "2026-07-01", "Head", &error), >, 0);
  /* Only the first school uses the EEF pillars. */
  if (k == 0)
    rate (store, "eef-pillars", "metacognition-identify", "3");
  g_assert_true (wm_bundle_write (store, bundle, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *broken = NULL;

  f->dir = wm_test_make_dir ("waymark-trust-window-XXXXXX");
  f->trust_dir = g_build_filename (f->dir, "Northern Lights Trust", NULL);
  g_assert_cmpint (g_mkdir (f->trust_dir, 0700), ==, 0);
  for (guint k = 0; k < G_N_ELEMENTS (schools); k++)
    make_school (f, k);
  broken = g_build_filename (f->trust_dir, "broken.json", NULL);
  g_assert_true (g_file_set_contents (broken, "{ \"format\": \"waymark-summary\", ", -1, &error));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  wm_test_remove_tree (f->dir);
  g_free (f->trust_dir);
  g_free (f->dir);
}

static WmTrustWindow *
open_trust (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  WmTrustWindow *window = wm_trust_window_new (NULL, f->trust_dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (window);
  gtk_window_present (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  return window;
}

static const WmRadarData *
first_chart (WmTrustWindow *window)
{
  WmRadarView *view = WM_RADAR_VIEW (wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_RADAR_VIEW));

  g_assert_nonnull (view);
  return wm_radar_view_get_data (view);
}

/* Every label's text in the window's table, one a line. */
static char *
table_text (WmTrustWindow *window)
{
  GtkWidget *grid = wm_test_ui_find_widget (GTK_WIDGET (window), GTK_TYPE_GRID);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  g_assert_nonnull (grid);
  wm_test_ui_collect_widgets (grid, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (text, "%s\n", gtk_label_get_text (g_ptr_array_index (labels, i)));
  return g_string_free (text, FALSE);
}

static void
test_problems (Fixture       *f,
               gconstpointer  data)
{
  WmTrustWindow *window = open_trust (f);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  AdwActionRow *row;

  wm_test_ui_collect_widgets (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "broken.json");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "broken.json"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Northern Lights Trust");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_lqf (Fixture       *f,
          gconstpointer  data)
{
  WmTrustWindow *window = open_trust (f);
  GtkDropDown *dropdown = GTK_DROP_DOWN (wm_test_ui_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN));
  GListModel *model = gtk_drop_down_get_model (dropdown);
  const WmRadarData *chart;
  g_autofree char *text = NULL;
  gboolean has_lqf = FALSE;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  for (guint i = 0; i < 2; i++)
    has_lqf |= g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), "Learning Quality Framework");
  g_assert_true (has_lqf);

  g_assert_true (wm_trust_window_set_framework_id (window, "lqf"));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (wm_trust_window_get_framework_id (window), ==, "lqf");
  chart = first_chart (window);
  g_assert_nonnull (chart);
  g_assert_cmpuint (chart->n_series, ==, 3);
  g_assert_cmpuint (chart->n_axes, ==, 12);

  text = table_text (window);
  for (guint k = 0; k < G_N_ELEMENTS (schools); k++)
    g_assert_nonnull (strstr (text, schools[k]));
  g_assert_nonnull (strstr (text, "Trust median"));
  g_assert_nonnull (strstr (text, "Summer 2026 (2026-07-01), since Autumn 2025"));
  g_assert_false (wm_trust_window_set_framework_id (window, "habits"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_switch (Fixture       *f,
             gconstpointer  data)
{
  WmTrustWindow *window = open_trust (f);
  GtkDropDown *dropdown = GTK_DROP_DOWN (wm_test_ui_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN));
  GListModel *model = gtk_drop_down_get_model (dropdown);
  const WmRadarData *chart;
  g_autofree char *eef_text = NULL;
  guint eef;

  g_assert_true (wm_trust_window_set_framework_id (window, "eef-pillars"));
  wm_test_ui_wait_for_idle ();
  eef = gtk_drop_down_get_selected (dropdown);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), eef), ==, "Learning behaviour pillars");
  chart = first_chart (window);
  g_assert_cmpuint (chart->n_series, ==, 1);
  g_assert_cmpstr (chart->series[0].name, ==, "Ash Grove Primary");
  g_assert_cmpuint (chart->n_axes, ==, 5);
  eef_text = table_text (window);
  g_assert_nonnull (strstr (eef_text, "Ash Grove Primary"));
  g_assert_null (strstr (eef_text, "Beech Hill Academy"));

  /* Back to the LQF through the drop-down, as the user would. */
  gtk_drop_down_set_selected (dropdown, 1 - eef);
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (wm_trust_window_get_framework_id (window), ==, "lqf");
  g_assert_cmpuint (first_chart (window)->n_series, ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no such folder", NULL);

  g_assert_null (wm_trust_window_new (NULL, missing, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  /* Not G_TEST_OPTION_ISOLATE_DIRS: GTK needs the system's XDG data (shared-mime-info) to
   * load its icons; the school files and bundles are in a folder of the test's own. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("WAYMARK_TODAY", "2026-11-22", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/trust-window/problems", test_problems);
  ADD ("/trust-window/lqf", test_lqf);
  ADD ("/trust-window/switch", test_switch);
  ADD ("/trust-window/missing-folder", test_missing_folder);
#undef ADD

  return g_test_run ();
}
