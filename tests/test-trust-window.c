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
 * follows the framework chosen. Summaries added one at a time go in as a folder's do (a fourth
 * school in; a repeat, a malformed and a newer one listed as left out), wait while an export
 * reads the trust, and a trust can be opened on files chosen rather than a folder.
 */

#define N_IN_FOLDER 3

static const char * const schools[] = { "Ash Grove Primary", "Beech Hill Academy", "Cedar Park School",
                                        "Damson Fields Primary" };

typedef struct {
  char *dir;
  char *trust_dir;
  char *more_dir;     /* bundles to add: the fourth school's, and ones to be left out */
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
make_school (Fixture    *f,
             guint       k,
             const char *bundle_dir)
{
  g_autofree char *path = g_strdup_printf ("%s/school-%u.waymark", f->dir, k);
  g_autofree char *bundle = g_strdup_printf ("%s/school-%u.json", bundle_dir, k);
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
  g_autofree char *repeat = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *newer_contents = NULL;
  g_autofree char *first = NULL;
  g_auto(GStrv) parts = NULL;

  f->dir = wm_test_make_dir ("waymark-trust-window-XXXXXX");
  f->trust_dir = g_build_filename (f->dir, "Northern Lights Trust", NULL);
  f->more_dir = g_build_filename (f->dir, "more", NULL);
  g_assert_cmpint (g_mkdir (f->trust_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (f->more_dir, 0700), ==, 0);
  for (guint k = 0; k < G_N_ELEMENTS (schools); k++)
    make_school (f, k, k < N_IN_FOLDER ? f->trust_dir : f->more_dir);
  broken = g_build_filename (f->trust_dir, "broken.json", NULL);
  g_assert_true (g_file_set_contents (broken, "{ \"format\": \"waymark-summary\", ", -1, &error));

  /* The first school's bundle again under another name, and as if from a newer Waymark. */
  first = g_build_filename (f->trust_dir, "school-0.json", NULL);
  g_assert_true (g_file_get_contents (first, &contents, NULL, &error));
  repeat = g_build_filename (f->more_dir, "again.json", NULL);
  g_assert_true (g_file_set_contents (repeat, contents, -1, &error));
  parts = g_strsplit (contents, "\"format_version\": 1", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  newer = g_build_filename (f->more_dir, "newer.json", NULL);
  newer_contents = g_strjoinv ("\"format_version\": 2", parts);
  g_assert_true (g_file_set_contents (newer, newer_contents, -1, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  wm_test_remove_tree (f->dir);
  g_free (f->more_dir);
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
  for (guint k = 0; k < N_IN_FOLDER; k++)
    g_assert_nonnull (strstr (text, schools[k]));
  g_assert_null (strstr (text, schools[N_IN_FOLDER]));
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

/* The rows of the list of bundles left out, and one of them by its file's name. */
static AdwActionRow *
problem_row (WmTrustWindow *window,
             const char    *name,
             guint         *n_rows)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  AdwActionRow *found = NULL;

  wm_test_ui_collect_widgets (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), name))
      found = g_ptr_array_index (rows, i);
  *n_rows = rows->len;
  return found;
}

/* The button in the header bar that runs @action. */
static GtkWidget *
header_button (WmTrustWindow *window,
               const char    *action)
{
  GtkWidget *header = wm_test_ui_find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  wm_test_ui_collect_widgets (header, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no button for %s in the header bar", action);
}

/* The window's own stack: the trust, or how to add summaries. */
static GtkStack *
main_stack (WmTrustWindow *window)
{
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();

  wm_test_ui_collect_widgets (GTK_WIDGET (window), GTK_TYPE_STACK, stacks);
  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "empty") != NULL
        && gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "trust") != NULL)
      return g_ptr_array_index (stacks, i);
  g_error ("the trust window has no stack of its own");
}

static char *
more_path (Fixture    *f,
           const char *name)
{
  return g_build_filename (f->more_dir, name, NULL);
}

static void
test_add_files (Fixture       *f,
                gconstpointer  data)
{
  WmTrustWindow *window = open_trust (f);
  g_autofree char *fourth = g_strdup_printf ("school-%u.json", N_IN_FOLDER);
  g_autofree char *fourth_path = more_path (f, fourth);
  g_autofree char *again = more_path (f, "again.json");
  g_autofree char *newer = more_path (f, "newer.json");
  const char *paths[] = { fourth_path, again, newer, NULL };
  g_autofree char *text = NULL;
  GtkLabel *heading;
  AdwActionRow *row;
  guint n_rows;

  wm_trust_window_add_files (window, paths);
  wm_test_ui_wait_for_idle ();

  /* The fourth school is in the chart and the table; the LQF is still the framework shown. */
  g_assert_cmpstr (wm_trust_window_get_framework_id (window), ==, "lqf");
  g_assert_cmpuint (first_chart (window)->n_series, ==, 4);
  text = table_text (window);
  for (guint k = 0; k < G_N_ELEMENTS (schools); k++)
    g_assert_nonnull (strstr (text, schools[k]));

  /* The repeat and the newer one are left out, each with its reason, beside the broken one. */
  row = problem_row (window, "again.json", &n_rows);
  g_assert_cmpuint (n_rows, ==, 3);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "the same school as"));
  row = problem_row (window, "newer.json", &n_rows);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "newer Waymark"));
  g_assert_nonnull (problem_row (window, "broken.json", &n_rows));
  heading = GTK_LABEL (wm_test_ui_find_with_class (GTK_WIDGET (window), "heading"));
  g_assert_cmpstr (gtk_label_get_text (heading), ==, "3 bundles were left out");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_files (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *first = g_build_filename (f->trust_dir, "school-0.json", NULL);
  g_autofree char *third = g_build_filename (f->trust_dir, "school-2.json", NULL);
  g_autofree char *second = g_build_filename (f->trust_dir, "school-1.json", NULL);
  g_autofree char *broken = g_build_filename (f->trust_dir, "broken.json", NULL);
  const char *chosen[] = { third, broken, first, NULL };
  const char *later[] = { second, NULL };
  WmTrustWindow *window = wm_trust_window_new_for_files (NULL, chosen);
  AdwWindowTitle *title = ADW_WINDOW_TITLE (wm_test_ui_find_widget (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE));
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  guint n_rows;

  gtk_window_present (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Trust");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "2 schools");
  text = table_text (window);
  g_assert_nonnull (strstr (text, schools[0]));
  g_assert_null (strstr (text, schools[1]));
  g_assert_nonnull (strstr (text, schools[2]));
  g_assert_nonnull (problem_row (window, "broken.json", &n_rows));
  g_assert_cmpuint (n_rows, ==, 1);

  wm_trust_window_add_files (window, later);
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "3 schools");
  after = table_text (window);
  g_assert_nonnull (strstr (after, schools[1]));
  g_assert_cmpuint (first_chart (window)->n_series, ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A folder with no summary yet shows how to add them; added, they are shown. */
static void
test_empty_folder (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = g_build_filename (f->dir, "Empty Trust", NULL);
  g_autofree char *fourth = g_strdup_printf ("school-%u.json", N_IN_FOLDER);
  g_autofree char *fourth_path = more_path (f, fourth);
  const char *paths[] = { fourth_path, NULL };
  WmTrustWindow *window;
  GtkStack *stack;

  g_assert_cmpint (g_mkdir (empty, 0700), ==, 0);
  window = wm_trust_window_new (NULL, empty, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  stack = main_stack (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_false (gtk_widget_get_sensitive (header_button (window, "trust.print")));
  g_assert_true (gtk_widget_get_sensitive (header_button (window, "trust.add-summaries")));

  wm_trust_window_add_files (window, paths);
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "trust");
  g_assert_cmpuint (first_chart (window)->n_series, ==, 1);
  g_assert_true (gtk_widget_get_sensitive (header_button (window, "trust.print")));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* While an export reads the trust on a worker, Add Summaries is off, and files added meanwhile
 * wait for it: the export has the schools it began with, the window all four after. */
static void
test_add_while_exporting (Fixture       *f,
                          gconstpointer  data)
{
  WmTrustWindow *window = open_trust (f);
  g_autofree char *csv = g_build_filename (f->dir, "trust.csv", NULL);
  g_autofree char *fourth = g_strdup_printf ("school-%u.json", N_IN_FOLDER);
  g_autofree char *fourth_path = more_path (f, fourth);
  const char *paths[] = { fourth_path, NULL };
  g_autofree char *exported = NULL;
  g_autofree char *text = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  g_autoptr(GError) error = NULL;

  wm_trust_window_export_to (window, csv, WM_TRUST_FORMAT_CSV);
  g_assert_false (gtk_widget_get_sensitive (header_button (window, "trust.add-summaries")));
  wm_trust_window_add_files (window, paths);
  text = table_text (window);
  g_assert_null (strstr (text, schools[N_IN_FOLDER]));

  while (first_chart (window)->n_series < 4 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (first_chart (window)->n_series, ==, 4);
  g_assert_true (gtk_widget_get_sensitive (header_button (window, "trust.add-summaries")));
  g_assert_true (g_file_get_contents (csv, &exported, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (exported, schools[0]));
  g_assert_null (strstr (exported, schools[N_IN_FOLDER]));
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
  ADD ("/trust-window/add-files", test_add_files);
  ADD ("/trust-window/open-files", test_open_files);
  ADD ("/trust-window/empty-folder", test_empty_folder);
  ADD ("/trust-window/add-while-exporting", test_add_while_exporting);
#undef ADD

  return g_test_run ();
}
