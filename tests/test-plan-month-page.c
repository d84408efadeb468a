/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-plan-month-page"

#include "config.h"

#include <adwaita.h>

#include "wm-actions.h"
#include "wm-catalog.h"
#include "wm-plan-month-page-private.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"

/*
 * The planner's Month page in a window under Xvfb. The school file is opened on Sunday
 * 22 November 2026, so its draft plan runs from December (Absorption) to July; the page is
 * then looked at on Tuesday 8 December, the day of December's team session: sections 1 to 3
 * were due the day before (overdue), the team session is due today.
 */

#define TODAY "2026-12-08"

typedef struct {
  char            *dir;
  WmStore         *store;
  gint64           year_id;
  GtkWindow       *window;
  WmPlanMonthPage *page;
  GPtrArray       *toasts;   /* what reached "planner.toast" */
} Fixture;

static void
toast_cb (GSimpleAction *action,
          GVariant      *parameter,
          Fixture       *f)
{
  g_ptr_array_add (f->toasts, g_variant_dup_string (parameter, NULL));
}

static WmPlanMonth *
read_month (Fixture    *f,
            const char *month)
{
  g_autoptr(GError) error = NULL;
  WmPlanMonth *data = wm_plan_get_month (f->store, f->year_id, month, &error);

  g_assert_no_error (error);
  return data;
}

static WmPlanSection *
read_section (Fixture    *f,
              const char *month,
              guint       number)
{
  g_autoptr(WmPlanMonth) data = read_month (f, month);

  return g_list_model_get_item (wm_plan_month_get_sections (data), number - 1);
}

/* The school file as first opened on Sunday 22 November 2026, with the draft plan of that day. */
static void
draft_as_opened (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (path, &error);
  GDate opened;

  g_assert_no_error (error);
  g_assert_true (wm_catalog_install_bundled (store, &error));
  g_assert_no_error (error);
  g_date_set_dmy (&opened, 22, G_DATE_NOVEMBER, 2026);
  g_assert_true (wm_plan_create_draft (store, &opened, &error));
  g_assert_no_error (error);
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
  f->dir = wm_test_make_dir ("waymark-plan-month-page-XXXXXX");
  path = g_build_filename (f->dir, "school.waymark", NULL);
  draft_as_opened (path);
  f->store = wm_catalog_open_school (path, &error);
  g_assert_no_error (error);
  g_assert_true (wm_plan_get_today (&today, &error));
  g_assert_cmpuint (g_date_get_day (&today), ==, 8);
  year = wm_plan_get_current_year (f->store, &today, &error);
  g_assert_no_error (error);
  f->year_id = wm_plan_year_get_id (year);

  f->window = GTK_WINDOW (gtk_window_new ());
  g_signal_connect (toast, "activate", G_CALLBACK (toast_cb), f);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (toast));
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "planner", G_ACTION_GROUP (group));
  f->page = g_object_new (WM_TYPE_PLAN_MONTH_PAGE, NULL);
  gtk_window_set_default_size (f->window, 900, 800);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  wm_plan_month_page_set_store (f->page, f->store);
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

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static gboolean
shows_absorption (gpointer data)
{
  Fixture *f = data;

  return g_str_equal (gtk_label_get_label (f->page->habit_label), "Absorption");
}

static void
test_due (Fixture       *f,
          gconstpointer  user_data)
{
  guint n_overdue = 0;

  /* December is shown: it holds today. */
  g_assert_cmpstr (wm_plan_month_page_get_month (f->page), ==, "2026-12");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->page->stack), ==, "session");
  g_assert_cmpstr (gtk_label_get_label (f->page->habit_label), ==, "Absorption");
  g_assert_true (g_str_has_prefix (gtk_label_get_label (f->page->summary_label), "Becoming so engaged"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->page->online_row)), ==, "2026-12-01");

  /* Sections 1 to 3 overdue, marked in words as well as by colour; the team session due today. */
  g_assert_cmpuint (count_rows (f->page->due_list), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (f->page->due_list, (int) i));
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));

      g_test_message ("%s — %s", title, subtitle);
      g_assert_true (g_str_has_prefix (title, "Absorption: "));
      if (gtk_widget_has_css_class (row, "error"))
        {
          n_overdue++;
          g_assert_cmpstr (subtitle, ==, "Overdue: due Monday 7 December");
        }
      else
        g_assert_cmpstr (subtitle, ==, "Due Tuesday 8 December");
    }
  g_assert_cmpuint (n_overdue, ==, 3);

  /* A due item leads to its month. */
  wm_plan_month_page_set_month (f->page, "2027-03");
  g_assert_cmpstr (gtk_label_get_label (f->page->habit_label), ==, "Perseverance");
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (f->page->due_list, 0), "activate");
  g_assert_true (wm_test_ui_wait_until (shows_absorption, f));
  g_assert_cmpstr (wm_plan_month_page_get_month (f->page), ==, "2026-12");
}

static gboolean
section_2_row_done (gpointer data)
{
  Fixture *f = data;

  return g_str_has_prefix (adw_expander_row_get_subtitle (f->page->section_rows[1]), "Done ");
}

static gboolean
three_due (gpointer data)
{
  Fixture *f = data;

  return count_rows (f->page->due_list) == 3;
}

static gboolean
section_2_row_due (gpointer data)
{
  Fixture *f = data;

  return g_str_has_prefix (adw_expander_row_get_subtitle (f->page->section_rows[1]), "Due ");
}

static void
test_tick_section (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(WmPlanSection) before = read_section (f, "2026-12", 2);
  g_autoptr(WmPlanSection) after = NULL;
  g_autoptr(WmPlanSection) again = NULL;
  GtkCheckButton *check = f->page->section_checks[1];

  g_assert_false (wm_plan_section_is_done (before));
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_cmpstr (adw_expander_row_get_subtitle (f->page->section_rows[1]), ==,
                   "Due Monday 7 December · about 10 minutes");

  /* Ticked: done today, in the file; the row and the due list follow. */
  gtk_check_button_set_active (check, TRUE);
  after = read_section (f, "2026-12", 2);
  g_assert_true (wm_plan_section_is_done (after));
  g_assert_cmpstr (wm_plan_section_get_done_on (after), ==, TODAY);
  g_assert_true (wm_test_ui_wait_until (section_2_row_done, f));
  g_assert_cmpstr (adw_expander_row_get_subtitle (f->page->section_rows[1]), ==,
                   "Done Tuesday 8 December · about 10 minutes");
  g_assert_true (wm_test_ui_wait_until (three_due, f));

  /* Unticked: due again. */
  gtk_check_button_set_active (check, FALSE);
  again = read_section (f, "2026-12", 2);
  g_assert_false (wm_plan_section_is_done (again));
  g_assert_true (wm_test_ui_wait_until (section_2_row_due, f));
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

static char *
read_team_field (Fixture         *f,
                 WmPlanTeamField  field)
{
  g_autoptr(WmPlanMonth) data = read_month (f, "2026-12");
  WmPlanSession *session = wm_plan_month_get_session (data);

  switch (field)
    {
    case WM_PLAN_TEAM_ENQUIRY:    return g_strdup (wm_plan_session_get_enquiry (session));
    case WM_PLAN_TEAM_NOTES:      return g_strdup (wm_plan_session_get_team_notes (session));
    case WM_PLAN_TEAM_INDICATORS: return g_strdup (wm_plan_session_get_indicators (session));
    default:                      g_assert_not_reached ();
    }
}

#define ENQUIRY "How do we help pupils settle into a task within two minutes?"

static gboolean
enquiry_saved (gpointer data)
{
  Fixture *f = data;
  g_autofree char *enquiry = read_team_field (f, WM_PLAN_TEAM_ENQUIRY);

  return g_strcmp0 (enquiry, ENQUIRY) == 0;
}

static void
test_team_fields (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autofree char *enquiry = NULL;
  g_autofree char *notes = NULL;
  gint64 typed;

  /* Typed: saved after a pause, not at each key. */
  gtk_editable_set_text (GTK_EDITABLE (f->page->enquiry_row), ENQUIRY);
  typed = g_get_monotonic_time ();
  enquiry = read_team_field (f, WM_PLAN_TEAM_ENQUIRY);
  g_assert_cmpstr (enquiry, ==, "");
  g_assert_true (wm_test_ui_wait_until (enquiry_saved, f));
  g_assert_cmpint (g_get_monotonic_time () - typed, >=, (WM_PLAN_EDIT_PAUSE_MS - 50) * 1000);

  /* Written in a text view, saved at once by a flush (leaving the page, for one). */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (f->page->team_notes_view),
                            "Tried the two-minute timer in Year 4.\nIt helped.", -1);
  wm_plan_month_page_flush (f->page);
  notes = read_team_field (f, WM_PLAN_TEAM_NOTES);
  g_assert_cmpstr (notes, ==, "Tried the two-minute timer in Year 4.\nIt helped.");

  /* The reload after the save leaves the words as they were typed. */
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->page->enquiry_row)), ==, ENQUIRY);
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

static void
test_saved_on_close (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autofree char *indicators = NULL;
  g_autofree char *enquiry = NULL;

  /* Typed just before the window closes: nothing is lost. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (f->page->indicators_view),
                            "More pupils start without a prompt", -1);
  gtk_editable_set_text (GTK_EDITABLE (f->page->enquiry_row), "Last words");
  g_object_add_weak_pointer (G_OBJECT (f->page), (gpointer *) &f->page);
  gtk_window_destroy (g_steal_pointer (&f->window));
  g_assert_null (f->page);
  indicators = read_team_field (f, WM_PLAN_TEAM_INDICATORS);
  enquiry = read_team_field (f, WM_PLAN_TEAM_ENQUIRY);
  g_assert_cmpstr (indicators, ==, "More pupils start without a prompt");
  g_assert_cmpstr (enquiry, ==, "Last words");
}

static void
test_section_notes (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(WmPlanSection) section = NULL;

  gtk_editable_set_text (GTK_EDITABLE (f->page->section_notes[2]), "Used the reflection cards");
  wm_plan_month_page_flush (f->page);
  section = read_section (f, "2026-12", 3);
  g_assert_cmpstr (wm_plan_section_get_notes (section), ==, "Used the reflection cards");
}

static gboolean
grid_shows_oak (gpointer data)
{
  Fixture *f = data;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  wm_test_ui_collect_widgets (GTK_WIDGET (f->page->groups_grid), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_label (g_ptr_array_index (labels, i)), "Year 3 Oak"))
      return gtk_widget_get_visible (GTK_WIDGET (f->page->groups_grid));
  return FALSE;
}

static void
test_phase_counts (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(WmPlanGroup) group = NULL;
  const guint counts[WM_PLAN_N_PHASES] = { 2, 5, 8, 3, 1 };

  /* The phases are named as the library names its levels. */
  g_assert_cmpstr (gtk_label_get_label (f->page->phase_labels[0]), ==, "Phase 1");
  g_assert_cmpstr (gtk_label_get_label (f->page->phase_labels[4]), ==, "Phase 5");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->groups_empty_label)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->page->add_group_button)));

  gtk_editable_set_text (GTK_EDITABLE (f->page->group_name_row), "Year 3 Oak");
  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    gtk_spin_button_set_value (f->page->phase_spins[i], counts[i]);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (f->page->add_group_button)));
  g_signal_emit_by_name (f->page->add_group_button, "clicked");

  groups = wm_plan_list_phase_counts (f->store, f->year_id, "2026-12", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 1);
  group = g_list_model_get_item (groups, 0);
  g_assert_cmpstr (wm_plan_group_get_name (group), ==, "Year 3 Oak");
  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    g_assert_cmpuint (wm_plan_group_get_count (group, i + 1), ==, counts[i]);
  g_assert_cmpstr (wm_plan_group_get_counted_on (group), ==, TODAY);

  /* The table shows it; the form is ready for the next group. */
  g_assert_true (wm_test_ui_wait_until (grid_shows_oak, f));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->groups_empty_label)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->page->group_name_row)), ==, "");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (f->page->phase_spins[2]), ==, 0);
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

static gboolean
shows_skipped (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (f->page->stack), "skipped") == 0;
}

static gboolean
shows_session (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (f->page->stack), "session") == 0;
}

static void
test_skipped_month (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanMonth) data = NULL;
  GtkWidget *skipped, *unskip;

  /* October has no session: skipped, it says so and offers to unskip. */
  wm_plan_month_page_set_month (f->page, "2026-10");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->page->stack), ==, "empty");
  g_assert_true (wm_plan_skip_month (f->store, f->year_id, "2026-10", &error));
  g_assert_no_error (error);
  g_assert_true (wm_test_ui_wait_until (shows_skipped, f));
  g_assert_cmpuint (gtk_drop_down_get_selected (f->page->month_dropdown), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (f->page->month_names, 1), ==, "October 2026 (skipped)");

  skipped = gtk_stack_get_child_by_name (f->page->stack, "skipped");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (skipped)), ==,
                   "No session this month (skipped)");
  unskip = wm_test_ui_find_widget (skipped, GTK_TYPE_BUTTON);
  g_assert_nonnull (unskip);
  g_signal_emit_by_name (unskip, "clicked");
  data = read_month (f, "2026-10");
  g_assert_false (wm_plan_month_is_skipped (data));

  /* The selector and the arrows lead to the other months. */
  gtk_drop_down_set_selected (f->page->month_dropdown, 4);
  g_assert_cmpstr (wm_plan_month_page_get_month (f->page), ==, "2027-01");
  g_assert_true (wm_test_ui_wait_until (shows_session, f));
  g_assert_cmpstr (gtk_label_get_label (f->page->habit_label), ==, "Managing distractions");
  g_signal_emit_by_name (f->page->previous_button, "clicked");
  g_assert_cmpstr (wm_plan_month_page_get_month (f->page), ==, "2026-12");
}

static void
test_dates (Fixture       *f,
            gconstpointer  user_data)
{
  g_autoptr(WmPlanMonth) data = NULL;
  WmPlanSession *session;

  /* Half typed: marked, and not saved; Enter says why in a toast. */
  gtk_editable_set_text (GTK_EDITABLE (f->page->online_row), "2026-12-3");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->page->online_row), "error"));
  g_signal_emit_by_name (f->page->online_row, "entry-activated");
  g_assert_cmpuint (f->toasts->len, ==, 1);
  g_test_message ("toast: %s", (char *) g_ptr_array_index (f->toasts, 0));

  /* Whole, and in another month: the core refuses, the toast says so. */
  gtk_editable_set_text (GTK_EDITABLE (f->page->online_row), "2027-01-05");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->page->online_row), "error"));
  g_signal_emit_by_name (f->page->online_row, "entry-activated");
  g_assert_cmpuint (f->toasts->len, ==, 2);
  g_test_message ("toast: %s", (char *) g_ptr_array_index (f->toasts, 1));
  g_assert_nonnull (strstr (g_ptr_array_index (f->toasts, 1), "belongs in 2026-12"));

  /* Whole and right: the online session moves, and the team session with it. */
  gtk_editable_set_text (GTK_EDITABLE (f->page->online_row), "2026-12-03");
  g_signal_emit_by_name (f->page->online_row, "entry-activated");
  data = read_month (f, "2026-12");
  session = wm_plan_month_get_session (data);
  g_assert_cmpstr (wm_plan_session_get_online_on (session), ==, "2026-12-03");
  g_assert_cmpstr (wm_plan_session_get_team_on (session), ==, "2026-12-10");
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->page->team_date_row)), ==, "2026-12-10");
  g_assert_cmpuint (f->toasts->len, ==, 2);
}

static gboolean
one_action (gpointer data)
{
  Fixture *f = data;

  return count_rows (f->page->actions_list) == 1;
}

static void
test_actions (Fixture       *f,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  const char *descriptors[] = { "8.3g", NULL };
  GtkWidget *row;
  gint64 action;

  g_assert_cmpuint (count_rows (f->page->actions_list), ==, 0);
  action = wm_actions_add (f->store, "lqf", descriptors, "Review the marking policy", "Ms Khan",
                           "2026-12-18", NULL, "Ms Khan", &error);
  g_assert_no_error (error);
  g_assert_true (wm_plan_place_action (f->store, action, "2026-12", &error));
  g_assert_no_error (error);

  /* Placed in the month shown: listed by title, with its owner and due day. */
  g_assert_true (wm_test_ui_wait_until (one_action, f));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (f->page->actions_list, 0));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Review the marking policy");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Ms Khan · due 18 December");

  /* Not in another month's list. */
  wm_plan_month_page_set_month (f->page, "2027-01");
  g_assert_cmpuint (count_rows (f->page->actions_list), ==, 0);
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

static gint64
add_action (Fixture    *f,
            const char *title,
            const char *owner,
            const char *due_on)
{
  g_autoptr(GError) error = NULL;
  const char *descriptors[] = { "8.3g", NULL };
  gint64 id = wm_actions_add (f->store, "lqf", descriptors, title, owner, due_on, NULL, "Head", &error);

  g_assert_no_error (error);
  return id;
}

/* The ids of the actions placed in @month, read through the core: "3 5". */
static char *
placed_in (Fixture    *f,
           const char *month)
{
  g_autoptr(WmPlanMonth) data = read_month (f, month);
  GListModel *actions = wm_plan_month_get_actions (data);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(WmAction) action = g_list_model_get_item (actions, i);

      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i ? " " : "", wm_action_get_id (action));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static gboolean
two_actions (gpointer data)
{
  Fixture *f = data;

  return count_rows (f->page->actions_list) == 2;
}

static void
test_place_action (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *december = NULL;
  g_autofree char *january = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *all = NULL;
  AdwMessageDialog *dialog;
  GtkDropDown *dropdown;
  GListModel *labels;
  gint64 marking, parents, done, placed;

  marking = add_action (f, "Review the marking policy", "Ms Khan", "2026-12-18");
  parents = add_action (f, "Plan the parents’ evening", NULL, NULL);
  done = add_action (f, "Buy the reflection cards", "Mr Obi", "2026-11-30");
  placed = add_action (f, "Observe Year 4", "Head", "2026-12-09");
  g_assert_true (wm_actions_set_status (f->store, done, WM_ACTION_STATUS_DONE, &error));
  g_assert_no_error (error);
  g_assert_true (wm_plan_place_action (f->store, placed, "2026-12", &error));
  g_assert_no_error (error);
  g_assert_true (wm_plan_place_action (f->store, parents, "2027-01", &error));
  g_assert_no_error (error);
  g_assert_true (wm_test_ui_wait_until (one_action, f));

  /* The open actions not in December yet, soonest due first, with owner and due day; one in
   * January is offered too (it moves). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "month.place", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Place an Action in December 2026");
  dropdown = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  labels = gtk_drop_down_get_model (dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 0), ==,
                   "Review the marking policy — Ms Khan, due 18 December 2026");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 1), ==,
                   "Plan the parents’ evening — no owner, no due date");

  /* Cancel places nothing. */
  respond (dialog, "cancel");
  december = placed_in (f, "2026-12");
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, placed);
  g_assert_cmpstr (december, ==, expected);

  /* Place: the parents' evening moves from January to December. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "month.place", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog)), 1);
  respond (dialog, "place");
  moved = placed_in (f, "2026-12");
  g_free (expected);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, placed, parents);
  g_assert_cmpstr (moved, ==, expected);
  january = placed_in (f, "2027-01");
  g_assert_cmpstr (january, ==, "");
  g_assert_true (wm_test_ui_wait_until (two_actions, f));

  /* Now only the marking policy is left to place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "month.place", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  labels = gtk_drop_down_get_model (GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog)));
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, 1);
  respond (dialog, "place");
  all = placed_in (f, "2026-12");
  g_free (expected);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                              placed, marking, parents);
  g_assert_cmpstr (all, ==, expected);
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

static void
test_place_nothing (Fixture       *f,
                    gconstpointer  user_data)
{
  AdwMessageDialog *dialog;

  /* No open action: the dialog says so, and offers nothing to place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "month.place", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_null (adw_message_dialog_get_extra_child (dialog));
  g_assert_false (adw_message_dialog_has_response (dialog, "place"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "no open action"));
  respond (dialog, "close");
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

static gboolean
no_action (gpointer data)
{
  Fixture *f = data;

  return count_rows (f->page->actions_list) == 0;
}

static void
test_take_out (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autofree char *december = NULL;
  g_autoptr(WmAction) kept = NULL;
  GtkWidget *row, *take_out = NULL;
  gint64 action = add_action (f, "Review the marking policy", "Ms Khan", "2026-12-18");

  g_assert_true (wm_plan_place_action (f->store, action, "2026-12", &error));
  g_assert_no_error (error);
  g_assert_true (wm_test_ui_wait_until (one_action, f));

  /* The row's button takes the action out of the month; it stays in the action plan. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (f->page->actions_list, 0));
  wm_test_ui_collect_widgets (row, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "month.take-out") == 0)
      take_out = g_ptr_array_index (buttons, i);
  g_assert_nonnull (take_out);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (take_out), ==, "Take Out of This Month");
  g_signal_emit_by_name (take_out, "clicked");
  december = placed_in (f, "2026-12");
  g_assert_cmpstr (december, ==, "");
  g_assert_true (wm_test_ui_wait_until (no_action, f));
  kept = wm_actions_get (f->store, action, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);

  /* What the core refuses is said in a toast. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "month.take-out", "x", action + 100));
  g_assert_cmpuint (f->toasts->len, ==, 1);
  g_test_message ("toast: %s", (char *) g_ptr_array_index (f->toasts, 0));
  g_assert_nonnull (strstr (g_ptr_array_index (f->toasts, 0), "No action"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("WAYMARK_TODAY", TODAY, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/plan-month-page/due", Fixture, NULL, set_up, test_due, tear_down);
  g_test_add ("/plan-month-page/tick-section", Fixture, NULL, set_up, test_tick_section, tear_down);
  g_test_add ("/plan-month-page/team-fields", Fixture, NULL, set_up, test_team_fields, tear_down);
  g_test_add ("/plan-month-page/saved-on-close", Fixture, NULL, set_up, test_saved_on_close, tear_down);
  g_test_add ("/plan-month-page/section-notes", Fixture, NULL, set_up, test_section_notes, tear_down);
  g_test_add ("/plan-month-page/phase-counts", Fixture, NULL, set_up, test_phase_counts, tear_down);
  g_test_add ("/plan-month-page/skipped-month", Fixture, NULL, set_up, test_skipped_month, tear_down);
  g_test_add ("/plan-month-page/dates", Fixture, NULL, set_up, test_dates, tear_down);
  g_test_add ("/plan-month-page/actions", Fixture, NULL, set_up, test_actions, tear_down);
  g_test_add ("/plan-month-page/place-action", Fixture, NULL, set_up, test_place_action, tear_down);
  g_test_add ("/plan-month-page/place-nothing", Fixture, NULL, set_up, test_place_nothing, tear_down);
  g_test_add ("/plan-month-page/take-out", Fixture, NULL, set_up, test_take_out, tear_down);

  return g_test_run ();
}
