/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-steps-page"

#include "config.h"

#include <adwaita.h>

#include "wm-catalog.h"
#include "wm-steps-page.h"
#include "wm-steps.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"

/*
 * The Small Steps page in a window under Xvfb: the timeline grouped by week, the search, the
 * "this term" line, the empty state, and the add and delete dialogs writing to the school file.
 * "Today" is pinned to Friday 20 November 2026, in the autumn term.
 */

#define TODAY "2026-11-20"

typedef struct {
  char        *dir;
  WmStore     *store;
  GtkWindow   *window;
  WmStepsPage *page;
  GtkListBox  *list;
} Fixture;

static gint64
add_step (Fixture    *f,
          const char *who,
          const char *taken_on,
          const char *what,
          const char *serves)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_steps_add (f->store, who, taken_on, what, serves, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
set_up (Fixture       *f,
        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = wm_test_make_dir ("waymark-steps-page-XXXXXX");
  path = g_build_filename (f->dir, "school.waymark", NULL);
  f->store = wm_catalog_open_school (path, &error);
  g_assert_no_error (error);

  f->page = g_object_new (WM_TYPE_STEPS_PAGE, NULL);
  wm_steps_page_set_today (f->page, TODAY);
  wm_steps_page_set_store (f->page, f->store);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  wm_test_ui_wait_for_idle ();

  f->list = GTK_LIST_BOX (wm_test_ui_find_widget (GTK_WIDGET (f->page), GTK_TYPE_LIST_BOX));
  g_assert_nonnull (f->list);
}

static void
close_dialogs (void)
{
  GList *windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      gtk_window_destroy (l->data);
  g_list_free (windows);
}

static void
tear_down (Fixture       *f,
           gconstpointer  user_data)
{
  /* The page goes with its window: no dialog, list row or pending reload keeps it alive. */
  close_dialogs ();
  g_object_add_weak_pointer (G_OBJECT (f->page), (gpointer *) &f->page);
  gtk_window_destroy (f->window);
  wm_test_ui_wait_for_idle ();
  g_assert_null (f->page);
  g_clear_object (&f->store);
  wm_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static guint
n_rows (Fixture *f)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (f->list, (int) n) != NULL)
    n++;
  return n;
}

static const char *
row_title (Fixture *f,
           int      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (f->list, index);

  g_assert_nonnull (row);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

/* The text of the header above row @index, or NULL. */
static const char *
row_header (Fixture *f,
            int      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (f->list, index);
  GtkWidget *header;

  g_assert_nonnull (row);
  header = gtk_list_box_row_get_header (row);
  return header != NULL ? gtk_label_get_text (GTK_LABEL (header)) : NULL;
}

/* The heading label with the term's count: the label whose text mentions "this term". */
static const char *
term_line (Fixture *f)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  wm_test_ui_collect_widgets (GTK_WIDGET (f->page), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (labels->pdata[i]);

      if (strstr (text, "this term") != NULL)
        return text;
    }
  return NULL;
}

static const char *
visible_page (Fixture *f)
{
  GtkStack *stack = GTK_STACK (wm_test_ui_find_widget (GTK_WIDGET (f->page), GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static guint expected_rows;

static gboolean
has_expected_rows (gpointer data)
{
  Fixture *f = data;

  return n_rows (f) == expected_rows;
}

static void
wait_for_rows (Fixture *f,
               guint    n)
{
  expected_rows = n;
  g_assert_true (wm_test_ui_wait_until (has_expected_rows, f));
}

/* Six steps: three in the week of 16 November, one a week earlier, one at the start of the
 * term and one in the last term of 2025. */
static void
add_six (Fixture *f)
{
  add_step (f, "JS", "2026-11-16", "Talk partners in Year 4 maths", "absorption");
  add_step (f, "TA Y3", "2026-11-18", "Reflection journals started in Year 6", "lqf:8.3g");
  add_step (f, "Head", "2026-11-20", "Staff meeting on learning language", NULL);
  add_step (f, "JS", "2026-11-10", "Noticing wall in the Year 2 classroom", "Making links");
  add_step (f, "KB", "2026-09-03", "Shared the vision with new staff", NULL);
  add_step (f, "KB", "2025-12-30", "Planned the spring habits", NULL);
}

static void
test_empty (Fixture       *f,
            gconstpointer  user_data)
{
  AdwStatusPage *status = ADW_STATUS_PAGE (wm_test_ui_find_widget (GTK_WIDGET (f->page),
                                                                  ADW_TYPE_STATUS_PAGE));

  g_assert_cmpstr (visible_page (f), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Small Steps Yet");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status)));

  add_step (f, "JS", "2026-11-16", "Talk partners in Year 4 maths", NULL);
  wait_for_rows (f, 1);
  g_assert_cmpstr (visible_page (f), ==, "log");
  g_assert_cmpstr (term_line (f), ==, "1 step this term, about 0.1 a week");
}

static void
test_grouped_by_week (Fixture       *f,
                      gconstpointer  user_data)
{
  GtkListBoxRow *row;

  add_six (f);
  wait_for_rows (f, 6);
  g_assert_cmpstr (visible_page (f), ==, "log");

  /* Newest first, a header above the first step of each week; this year's without the year. */
  g_assert_cmpstr (row_title (f, 0), ==, "Staff meeting on learning language");
  g_assert_cmpstr (row_header (f, 0), ==, "Week of 16 November: 3 steps");
  g_assert_null (row_header (f, 1));
  g_assert_null (row_header (f, 2));
  g_assert_cmpstr (row_title (f, 2), ==, "Talk partners in Year 4 maths");
  g_assert_cmpstr (row_header (f, 3), ==, "Week of 9 November: 1 step");
  g_assert_cmpstr (row_header (f, 4), ==, "Week of 31 August: 1 step");
  g_assert_cmpstr (row_header (f, 5), ==, "Week of 29 December 2025: 1 step");

  /* Each row: the date, who, and what the step serves. */
  row = gtk_list_box_get_row_at_index (f->list, 2);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "16 November 2026 · JS · serves Absorption");
  row = gtk_list_box_get_row_at_index (f->list, 1);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "18 November 2026 · TA Y3 · serves 8.3g");
  row = gtk_list_box_get_row_at_index (f->list, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "20 November 2026 · Head");

  /* Five steps in this term, over the twelve weeks from Monday 31 August to 20 November. */
  g_assert_cmpstr (term_line (f), ==, "5 steps this term, about 0.4 a week");
}

static void
test_term_rate (Fixture       *f,
                gconstpointer  user_data)
{
  /* 4 steps in the 2 weeks from Monday 31 August to Sunday 13 September. */
  wm_steps_page_set_today (f->page, "2026-09-13");
  add_step (f, "JS", "2026-09-01", "One", NULL);
  add_step (f, "JS", "2026-09-04", "Two", NULL);
  add_step (f, "JS", "2026-09-08", "Three", NULL);
  add_step (f, "JS", "2026-09-13", "Four", NULL);
  add_step (f, "JS", "2026-08-31", "In the summer term", NULL);
  wait_for_rows (f, 5);
  g_assert_cmpstr (term_line (f), ==, "4 steps this term, about 2 a week");
}

static const char *wanted_first_title;

static gboolean
first_row_is_wanted (gpointer data)
{
  Fixture *f = data;

  return n_rows (f) == expected_rows &&
         (expected_rows == 0 || g_strcmp0 (row_title (f, 0), wanted_first_title) == 0);
}

static void
search (Fixture    *f,
        const char *text,
        guint       n,
        const char *first_title)
{
  GtkEditable *entry = GTK_EDITABLE (wm_test_ui_find_widget (GTK_WIDGET (f->page),
                                                             GTK_TYPE_SEARCH_ENTRY));

  gtk_editable_set_text (entry, text);
  expected_rows = n;
  wanted_first_title = first_title;
  g_assert_true (wm_test_ui_wait_until (first_row_is_wanted, f));
}

static void
test_search (Fixture       *f,
             gconstpointer  user_data)
{
  add_six (f);
  wait_for_rows (f, 6);

  /* By what was done, by who, by what a step serves; the headers count what is shown. */
  search (f, "journals", 1, "Reflection journals started in Year 6");
  g_assert_cmpstr (row_header (f, 0), ==, "Week of 16 November: 1 step");
  search (f, "js", 2, "Talk partners in Year 4 maths");
  g_assert_cmpstr (row_header (f, 0), ==, "Week of 16 November: 1 step");
  g_assert_cmpstr (row_header (f, 1), ==, "Week of 9 November: 1 step");
  search (f, "absorption", 1, "Talk partners in Year 4 maths");

  /* Nothing found: the log stays, saying so; the term line does not follow the search. */
  search (f, "no such thing", 0, NULL);
  g_assert_cmpstr (visible_page (f), ==, "log");
  g_assert_cmpstr (term_line (f), ==, "5 steps this term, about 0.4 a week");

  search (f, "", 6, "Staff meeting on learning language");
}

static void
test_delete_through_core (Fixture       *f,
                          gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  add_six (f);
  id = add_step (f, "JS", "2026-11-17", "Maths games at lunchtime", NULL);
  wait_for_rows (f, 7);
  g_assert_cmpstr (row_header (f, 0), ==, "Week of 16 November: 4 steps");
  g_assert_cmpstr (term_line (f), ==, "6 steps this term, about 0.5 a week");

  g_assert_true (wm_steps_delete (f->store, id, &error));
  g_assert_no_error (error);
  wait_for_rows (f, 6);
  g_assert_cmpstr (row_header (f, 0), ==, "Week of 16 November: 3 steps");
  g_assert_cmpstr (term_line (f), ==, "5 steps this term, about 0.4 a week");
}

static AdwMessageDialog *
find_dialog (void)
{
  GList *windows = gtk_window_list_toplevels ();
  AdwMessageDialog *dialog = NULL;

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_list_free (windows);
  return dialog;
}

/* Clicks the dialog's button labelled @label, as a person would. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      {
        g_assert_true (gtk_widget_is_sensitive (buttons->pdata[i]));
        g_signal_emit_by_name (buttons->pdata[i], "clicked");
        wm_test_ui_wait_for_idle ();
        return;
      }
  g_assert_not_reached ();
}

static void
test_delete_dialog (Fixture       *f,
                    gconstpointer  user_data)
{
  AdwMessageDialog *dialog;
  gint64 id;

  add_six (f);
  id = add_step (f, "JS", "2026-11-17", "Maths games at lunchtime", NULL);
  wait_for_rows (f, 7);

  /* Cancel keeps the step; Delete removes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "steps.delete", "x", id));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "“Maths games at lunchtime” (JS, 17 November 2026) will be removed from the log.");
  click_response (dialog, "_Cancel");
  g_assert_null (find_dialog ());
  g_assert_cmpuint (n_rows (f), ==, 7);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "steps.delete", "x", id));
  click_response (find_dialog (), "_Delete");
  wait_for_rows (f, 6);
  g_assert_null (wm_steps_get (f->store, id, NULL));
}

/* The form's entry rows: who, what, serves, date. */
static GPtrArray *
form_fields (AdwMessageDialog *dialog)
{
  GPtrArray *rows = g_ptr_array_new ();

  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 4);
  return rows;
}

static void
test_add_form (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GListModel) steps = NULL;
  g_autoptr(WmStep) step = NULL;
  WmStepQuery query = { 0 };
  AdwMessageDialog *dialog;
  gboolean shows_problem = FALSE;

  /* The form starts at today; Add stays off until who and what are given. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "steps.add", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  fields = form_fields (dialog);
  g_assert_cmpstr (gtk_editable_get_text (fields->pdata[3]), ==, TODAY);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (fields->pdata[0], "JS");
  gtk_editable_set_text (fields->pdata[1], "Habit of the week on the newsletter");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));

  /* A habit the school file does not know: the form comes back, as typed, saying why. */
  gtk_editable_set_text (fields->pdata[2], "no-such-habit");
  click_response (dialog, "_Add");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  again = form_fields (dialog);
  g_assert_cmpstr (gtk_editable_get_text (again->pdata[0]), ==, "JS");
  g_assert_cmpstr (gtk_editable_get_text (again->pdata[1]), ==, "Habit of the week on the newsletter");
  g_assert_cmpstr (gtk_editable_get_text (again->pdata[2]), ==, "no-such-habit");
  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    shows_problem |= gtk_widget_has_css_class (labels->pdata[i], "error") &&
                     strstr (gtk_label_get_text (labels->pdata[i]), "no-such-habit") != NULL;
  g_assert_true (shows_problem);
  g_assert_cmpuint (n_rows (f), ==, 0);

  /* Put right, it is saved and shows. */
  gtk_editable_set_text (again->pdata[2], "habits:absorption");
  gtk_editable_set_text (again->pdata[3], "2026-11-19");
  click_response (dialog, "_Add");
  g_assert_null (find_dialog ());
  wait_for_rows (f, 1);
  g_assert_cmpstr (row_title (f, 0), ==, "Habit of the week on the newsletter");

  steps = wm_steps_list (f->store, &query, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (steps), ==, 1);
  step = g_list_model_get_item (steps, 0);
  g_assert_cmpstr (wm_step_get_who (step), ==, "JS");
  g_assert_cmpstr (wm_step_get_taken_on (step), ==, "2026-11-19");
  g_assert_cmpstr (wm_step_get_target_id (step), ==, "absorption");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/steps-page/empty", Fixture, NULL, set_up, test_empty, tear_down);
  g_test_add ("/steps-page/grouped-by-week", Fixture, NULL, set_up, test_grouped_by_week, tear_down);
  g_test_add ("/steps-page/term-rate", Fixture, NULL, set_up, test_term_rate, tear_down);
  g_test_add ("/steps-page/search", Fixture, NULL, set_up, test_search, tear_down);
  g_test_add ("/steps-page/delete-through-core", Fixture, NULL, set_up, test_delete_through_core, tear_down);
  g_test_add ("/steps-page/delete-dialog", Fixture, NULL, set_up, test_delete_dialog, tear_down);
  g_test_add ("/steps-page/add-form", Fixture, NULL, set_up, test_add_form, tear_down);

  return g_test_run ();
}
