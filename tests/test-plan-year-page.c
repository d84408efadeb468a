/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-plan-year-page"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "wm-catalog.h"
#include "wm-plan-year-page-private.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"

/*
 * The planner's Year page in a window under Xvfb. The school file is opened on Sunday
 * 22 November 2026: its draft plan year 2026-27 runs from September to July, with eight
 * habits from December (Absorption) to July. Every change is made as the school makes it
 * (the rows' menu actions, a drop, the dialogs' responses) and read back through the core.
 */

#define TODAY "2026-11-22"

typedef struct {
  char           *dir;
  WmStore        *store;
  gint64          year_id;
  GtkWindow      *window;
  WmPlanYearPage *page;
  GPtrArray      *toasts;   /* what reached "planner.toast" */
} Fixture;

static void
toast_cb (GSimpleAction *action,
          GVariant      *parameter,
          Fixture       *f)
{
  g_ptr_array_add (f->toasts, g_variant_dup_string (parameter, NULL));
}

static void
set_up (Fixture       *f,
        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) toast = g_simple_action_new ("toast", G_VARIANT_TYPE_STRING);
  g_autofree char *path = NULL;
  GDate today;

  f->toasts = g_ptr_array_new_with_free_func (g_free);
  f->dir = wm_test_make_dir ("waymark-plan-year-page-XXXXXX");
  path = g_build_filename (f->dir, "school.waymark", NULL);
  f->store = wm_catalog_open_school (path, &error);
  g_assert_no_error (error);
  g_assert_true (wm_plan_get_today (&today, &error));
  year = wm_plan_get_current_year (f->store, &today, &error);
  g_assert_no_error (error);
  f->year_id = wm_plan_year_get_id (year);

  f->window = GTK_WINDOW (gtk_window_new ());
  g_signal_connect (toast, "activate", G_CALLBACK (toast_cb), f);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (toast));
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "planner", G_ACTION_GROUP (group));
  f->page = g_object_new (WM_TYPE_PLAN_YEAR_PAGE, NULL);
  gtk_window_set_default_size (f->window, 900, 800);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  wm_plan_year_page_set_store (f->page, f->store);
  gtk_window_present (f->window);
  wm_test_ui_wait_for_idle ();
}

static void
tear_down (Fixture       *f,
           gconstpointer  user_data)
{
  /* The page goes with its window, leaving nothing behind. */
  if (f->page != NULL)
    g_object_add_weak_pointer (G_OBJECT (f->page), (gpointer *) &f->page);
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  wm_test_ui_wait_for_idle ();
  g_assert_null (f->page);
  g_clear_object (&f->store);
  wm_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->toasts, g_ptr_array_unref);
}

static AdwActionRow *
row_at (Fixture *f,
        guint    index)
{
  return ADW_ACTION_ROW (gtk_list_box_get_row_at_index (f->page->months_list, (int) index));
}

/* "12=absorption" for each month of the year, read through the core. */
static char *
describe_year (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) months = wm_plan_list_months (f->store, f->year_id, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (months); i++)
    {
      g_autoptr(WmPlanMonth) month = g_list_model_get_item (months, i);
      WmPlanSession *session = wm_plan_month_get_session (month);

      g_string_append_printf (text, "%s%s=%s", i ? " " : "", wm_plan_month_get_month (month) + 5,
                              wm_plan_month_is_skipped (month) ? "(skipped)"
                              : session ? wm_plan_session_get_habit_id (session) : "");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define DRAFT "09= 10= 11= 12=absorption 01=managing-distractions 02=noticing 03=perseverance " \
              "04=questioning 05=making-links 06=imagining 07=reasoning"

static void
test_lists_months (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autofree char *year = describe_year (f);
  GtkWidget *export = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  g_assert_cmpstr (year, ==, DRAFT);
  g_assert_cmpstr (gtk_label_get_label (f->page->title_label), ==, "2026-27");
  g_assert_cmpstr (gtk_label_get_label (f->page->subtitle_label), ==,
                   "8 habits from September 2026 to July 2027");

  /* Every month of the year, one row each. */
  g_assert_nonnull (row_at (f, 10));
  g_assert_null (row_at (f, 11));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (f, 0))), ==, "September 2026");
  g_assert_cmpstr (adw_action_row_get_subtitle (row_at (f, 0)), ==, "No session");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (f, 3))), ==,
                   "December 2026 — Absorption");
  g_assert_cmpstr (adw_action_row_get_subtitle (row_at (f, 3)), ==, "0 of 4 sections done");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (f, 10))), ==,
                   "July 2027 — Reasoning");

  /* The export button hands over to the window's action. */
  wm_test_ui_collect_widgets (GTK_WIDGET (f->page), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "planner.export-ics") == 0)
      export = g_ptr_array_index (buttons, i);
  g_assert_nonnull (export);

  /* No phase counts yet: a hint instead of the chart. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->radar_view)));
  g_assert_nonnull (strstr (gtk_label_get_label (f->page->chart_hint), "three habits"));
}

static gboolean
december_row_is_managing (gpointer data)
{
  Fixture *f = data;

  return g_str_has_suffix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (f, 3))),
                           "Managing distractions");
}

static gboolean
december_row_is_absorption (gpointer data)
{
  Fixture *f = data;

  return g_str_has_suffix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (f, 3))),
                           "Absorption");
}

static void
test_move_by_keyboard (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autofree char *down = NULL;
  g_autofree char *up = NULL;

  /* The row's menu: Move Down swaps December with January. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year.move-down", "s", "2026-12"));
  down = describe_year (f);
  g_assert_nonnull (strstr (down, "12=managing-distractions 01=absorption"));
  g_assert_true (wm_test_ui_wait_until (december_row_is_managing, f));

  /* Move Up, from January, swaps them back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year.move-up", "s", "2027-01"));
  up = describe_year (f);
  g_assert_cmpstr (up, ==, DRAFT);
  g_assert_true (wm_test_ui_wait_until (december_row_is_absorption, f));
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

static gboolean
october_row_skipped (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (adw_action_row_get_subtitle (row_at (f, 1)), "Skipped") == 0;
}

static void
test_skip (Fixture       *f,
           gconstpointer  user_data)
{
  g_autofree char *skipped = NULL;
  g_autofree char *unskipped = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year.skip", "s", "2026-10"));
  skipped = describe_year (f);
  g_assert_nonnull (strstr (skipped, "10=(skipped)"));
  g_assert_true (wm_test_ui_wait_until (october_row_skipped, f));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (f, 1))), ==, "October 2026");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year.unskip", "s", "2026-10"));
  unskipped = describe_year (f);
  g_assert_cmpstr (unskipped, ==, DRAFT);
}

/* The drop target of the row of @index. */
static GtkDropTarget *
row_drop_target (Fixture *f,
                 guint    index)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (row_at (f, index)));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

static void
test_drop (Fixture       *f,
           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *swapped = NULL;
  g_autofree char *back = NULL;
  g_autofree char *refused = NULL;
  GValue value = G_VALUE_INIT;
  GtkDropTarget *target;
  gboolean dropped = FALSE;

  /* February dropped on March: they swap. */
  g_assert_true (wm_plan_year_page_drop_for_test (f->page, "2027-02", "2027-03"));
  swapped = describe_year (f);
  g_assert_nonnull (strstr (swapped, "02=perseverance 03=noticing"));
  wm_test_ui_wait_for_idle ();

  /* The same through the row's own drop target, as a drag ends on March's row. */
  target = row_drop_target (f, 6);
  g_assert_nonnull (target);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "2027-02");
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_value_unset (&value);
  g_assert_true (dropped);
  back = describe_year (f);
  g_assert_cmpstr (back, ==, DRAFT);
  wm_test_ui_wait_for_idle ();

  /* Onto a skipped month: refused, and the toast says why. */
  g_assert_true (wm_plan_skip_month (f->store, f->year_id, "2026-10", &error));
  g_assert_no_error (error);
  g_assert_false (wm_plan_year_page_drop_for_test (f->page, "2026-12", "2026-10"));
  refused = describe_year (f);
  g_assert_nonnull (strstr (refused, "10=(skipped) 11= 12=absorption"));
  g_assert_cmpuint (f->toasts->len, ==, 1);
  g_test_message ("toast: %s", (char *) g_ptr_array_index (f->toasts, 0));
  g_assert_nonnull (strstr (g_ptr_array_index (f->toasts, 0), "skipped"));
}

/* Answers the dialog as its button does: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The message dialog the page opened. */
static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
test_change_habit (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autofree char *changed = NULL;
  AdwMessageDialog *dialog;
  GtkDropDown *dropdown;
  GListModel *habits;
  guint making_links = G_MAXUINT;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year.change-habit", "s", "2026-12"));
  wm_test_ui_wait_for_idle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Change the Habit of December 2026");

  /* The library, each planned habit with its month; the month's own habit chosen. */
  dropdown = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  habits = gtk_drop_down_get_model (dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (habits), ==, 17);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (habits), gtk_drop_down_get_selected (dropdown)),
                   ==, "Absorption (in December 2026)");
  for (guint i = 0; i < g_list_model_get_n_items (habits); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (habits), i), "Making links (in May 2027)"))
      making_links = i;
  g_assert_cmpuint (making_links, !=, G_MAXUINT);

  /* Making links, planned in May, changes places with Absorption. */
  gtk_drop_down_set_selected (dropdown, making_links);
  respond (dialog, "change");
  changed = describe_year (f);
  g_assert_nonnull (strstr (changed, "12=making-links"));
  g_assert_nonnull (strstr (changed, "05=absorption"));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

static void
test_remove_habit (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autofree char *kept = NULL;
  g_autofree char *removed = NULL;
  AdwMessageDialog *dialog;

  /* Asked first: Cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year.remove-habit", "s", "2026-12"));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove Absorption from the Plan?");
  respond (dialog, "cancel");
  kept = describe_year (f);
  g_assert_cmpstr (kept, ==, DRAFT);
  wm_test_ui_wait_for_idle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year.remove-habit", "s", "2026-12"));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "remove");
  removed = describe_year (f);
  g_assert_nonnull (strstr (removed, "11= 12= 01=managing-distractions"));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (adw_action_row_get_subtitle (row_at (f, 3)), ==, "No session");
  g_assert_cmpstr (gtk_label_get_label (f->page->subtitle_label), ==,
                   "7 habits from September 2026 to July 2027");
}

static gboolean
chart_shown (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_get_visible (GTK_WIDGET (f->page->radar_view));
}

static void
test_chart (Fixture       *f,
            gconstpointer  user_data)
{
  const char *months[] = { "2026-12", "2027-01", "2027-02" };
  const guint counts[][WM_PLAN_N_PHASES] = { { 0, 4, 10, 6, 0 }, { 10, 10, 0, 0, 0 }, { 0, 0, 0, 5, 5 } };
  const WmRadarData *data;

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (wm_plan_set_phase_counts (f->store, f->year_id, months[i], "Year 4", counts[i], NULL, &error));
      g_assert_no_error (error);
      if (i < 2)
        {
          wm_test_ui_wait_for_idle ();
          g_assert_false (chart_shown (f));
        }
    }

  /* Three habits counted: the chart, an axis per planned habit. */
  g_assert_true (wm_test_ui_wait_until (chart_shown, f));
  data = wm_radar_view_get_data (f->page->radar_view);
  g_assert_nonnull (data);
  g_assert_cmpuint (data->n_axes, ==, 8);
  g_assert_cmpstr (data->labels[0], ==, "Absorption");
  g_assert_cmpfloat_with_epsilon (data->series[0].values[0], 3.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (data->series[0].values[1], 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (data->series[0].values[2], 4.5, 1e-9);
  g_assert_true (isnan (data->series[0].values[3]));
}

static char *activated_month;

static void
month_activated_cb (WmPlanYearPage *page,
                    const char     *month)
{
  g_free (activated_month);
  activated_month = g_strdup (month);
}

static void
test_activate_month (Fixture       *f,
                     gconstpointer  user_data)
{
  g_signal_connect (f->page, "month-activated", G_CALLBACK (month_activated_cb), NULL);
  g_signal_emit_by_name (row_at (f, 4), "activate");
  g_assert_cmpstr (activated_month, ==, "2027-01");
  g_clear_pointer (&activated_month, g_free);
}

/* The year's review day through the core: "2027-07-02 senior|leaders|staff", or "none". */
static char *
describe_review_day (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *held_on = NULL;
  g_autofree char *senior = NULL;
  g_autofree char *leaders = NULL;
  g_autofree char *staff = NULL;

  g_assert_true (wm_plan_get_review_day (f->store, f->year_id, &held_on, &senior, &leaders, &staff, &error));
  g_assert_no_error (error);
  if (held_on == NULL)
    return g_strdup ("none");
  return g_strdup_printf ("%s %s|%s|%s", held_on, senior, leaders, staff);
}

static gboolean
review_day_shown (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_get_visible (GTK_WIDGET (f->page->review_box));
}

static gboolean
review_day_hidden (gpointer data)
{
  Fixture *f = data;

  return !gtk_widget_get_visible (GTK_WIDGET (f->page->review_box));
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static gboolean
senior_saved (gpointer data)
{
  Fixture *f = data;

  g_autofree char *day = describe_review_day (f);

  return g_str_equal (day, "2027-07-02 Walk the classrooms|Team leaders bring their logs|");
}

static void
test_review_day (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autofree char *none = describe_review_day (f);
  g_autofree char *added = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *removed = NULL;
  AdwMessageDialog *dialog;
  GtkEditable *entry;
  gint64 typed;

  /* None yet: the button to add one. */
  g_assert_cmpstr (none, ==, "none");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->review_add_button)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->review_box)));

  /* Added: its date first, and only a whole date. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year.add-review-day", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Add a Review and Renew Day");
  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (entry, "2027-07-0");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (entry, "2027-07-02");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  respond (dialog, "add");
  added = describe_review_day (f);
  g_assert_cmpstr (added, ==, "2027-07-02 ||");

  /* Shown: the day in words and in its field; the button to add one goes. */
  g_assert_true (wm_test_ui_wait_until (review_day_shown, f));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->review_add_button)));
  g_assert_cmpstr (adw_preferences_group_get_description (f->page->review_group), ==, "Friday 2 July 2027");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->page->review_date_row)), ==, "2027-07-02");

  /* The notes of each part, saved after a pause, each into its own part; a save of one
   * leaves the typing in another be. */
  set_view_text (f->page->senior_view, "Walk the classrooms");
  set_view_text (f->page->leaders_view, "Team leaders bring their logs");
  typed = g_get_monotonic_time ();
  g_assert_true (wm_test_ui_wait_until (senior_saved, f));
  g_assert_cmpint (g_get_monotonic_time () - typed, >=, (WM_PLAN_EDIT_PAUSE_MS - 50) * 1000);
  wm_test_ui_wait_for_idle ();

  /* The day moves on Enter; its notes go with it. A date half typed is marked, and Enter
   * says why in a toast. */
  gtk_editable_set_text (GTK_EDITABLE (f->page->review_date_row), "2027-07-5");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->page->review_date_row), "error"));
  g_signal_emit_by_name (f->page->review_date_row, "entry-activated");
  g_assert_cmpuint (f->toasts->len, ==, 1);
  g_test_message ("toast: %s", (char *) g_ptr_array_index (f->toasts, 0));
  gtk_editable_set_text (GTK_EDITABLE (f->page->review_date_row), "2027-07-05");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->page->review_date_row), "error"));
  g_signal_emit_by_name (f->page->review_date_row, "entry-activated");
  moved = describe_review_day (f);
  g_assert_cmpstr (moved, ==, "2027-07-05 Walk the classrooms|Team leaders bring their logs|");
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (adw_preferences_group_get_description (f->page->review_group), ==, "Monday 5 July 2027");

  /* Removed after the school confirms; Cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year.remove-review-day", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove the Review and Renew Day?");
  respond (dialog, "cancel");
  kept = describe_review_day (f);
  g_assert_cmpstr (kept, ==, moved);

  /* Words typed and not yet saved go with the day, not into a new one. */
  set_view_text (f->page->staff_view, "Share the year's story");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "year.remove-review-day", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "remove");
  removed = describe_review_day (f);
  g_assert_cmpstr (removed, ==, "none");
  g_assert_true (wm_test_ui_wait_until (review_day_hidden, f));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->review_add_button)));
  g_usleep ((WM_PLAN_EDIT_PAUSE_MS + 100) * 1000);
  wm_test_ui_wait_for_idle ();
  g_free (removed);
  removed = describe_review_day (f);
  g_assert_cmpstr (removed, ==, "none");
  g_assert_cmpuint (f->toasts->len, ==, 1);
}

static void
test_review_day_saved_on_close (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;

  g_assert_true (wm_plan_set_review_day (f->store, f->year_id, "2027-07-02", "Walk the classrooms",
                                         NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (wm_test_ui_wait_until (review_day_shown, f));

  /* Typed just before the window closes, in two parts: nothing is lost, nothing else moves. */
  set_view_text (f->page->leaders_view, "Bring the team logs");
  set_view_text (f->page->staff_view, "Share the year's story");
  g_object_add_weak_pointer (G_OBJECT (f->page), (gpointer *) &f->page);
  gtk_window_destroy (g_steal_pointer (&f->window));
  g_assert_null (f->page);
  saved = describe_review_day (f);
  g_assert_cmpstr (saved, ==, "2027-07-02 Walk the classrooms|Bring the team logs|Share the year's story");
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("WAYMARK_TODAY", TODAY, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/plan-year-page/lists-months", Fixture, NULL, set_up, test_lists_months, tear_down);
  g_test_add ("/plan-year-page/move-by-keyboard", Fixture, NULL, set_up, test_move_by_keyboard, tear_down);
  g_test_add ("/plan-year-page/skip", Fixture, NULL, set_up, test_skip, tear_down);
  g_test_add ("/plan-year-page/drop", Fixture, NULL, set_up, test_drop, tear_down);
  g_test_add ("/plan-year-page/change-habit", Fixture, NULL, set_up, test_change_habit, tear_down);
  g_test_add ("/plan-year-page/remove-habit", Fixture, NULL, set_up, test_remove_habit, tear_down);
  g_test_add ("/plan-year-page/chart", Fixture, NULL, set_up, test_chart, tear_down);
  g_test_add ("/plan-year-page/activate-month", Fixture, NULL, set_up, test_activate_month, tear_down);
  g_test_add ("/plan-year-page/review-day", Fixture, NULL, set_up, test_review_day, tear_down);
  g_test_add ("/plan-year-page/review-day-saved-on-close", Fixture, NULL, set_up,
              test_review_day_saved_on_close, tear_down);

  return g_test_run ();
}
