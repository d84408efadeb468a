/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-surveys-page"

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "wm-catalog.h"
#include "wm-radar-view.h"
#include "wm-surveys-page.h"
#include "wm-surveys.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"

/*
 * The Confidence Surveys page in a window under Xvfb: a baseline and a repeat round of the EEF
 * pillars survey in figures (means and spreads worked out by hand below), the change between
 * them, both on the radar chart, and the forms that add a round and record a respondent.
 */

typedef struct {
  char          *dir;
  WmStore       *store;
  GtkWindow     *window;
  WmSurveysPage *page;
  GtkGrid       *grid;
  WmRadarView   *radar;
  gint64         baseline_id;
  gint64         repeat_id;
} Fixture;

/* Records "PILLAR=I/S" pairs (0: not answered) for @respondent. */
static void
record (Fixture            *f,
        gint64              round_id,
        const char         *respondent,
        const char * const *pairs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (WmSurveyAnswer));
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) pillar = g_strsplit (pairs[i], "=", 2);
      int identify = 0, support = 0;
      WmSurveyAnswer answer;

      g_assert_cmpint (sscanf (pillar[1], "%d/%d", &identify, &support), ==, 2);
      g_ptr_array_add (ids, g_strdup_printf ("%s-identify", pillar[0]));
      answer = (WmSurveyAnswer) { ids->pdata[ids->len - 1], identify };
      g_array_append_val (answers, answer);
      g_ptr_array_add (ids, g_strdup_printf ("%s-support", pillar[0]));
      answer = (WmSurveyAnswer) { ids->pdata[ids->len - 1], support };
      g_array_append_val (answers, answer);
    }
  /* Through the page's own save path: a 0 is a question left unanswered. */
  g_assert_true (wm_surveys_page_record_answers (f->page, round_id, respondent,
                                                 (WmSurveyAnswer *) (gpointer) answers->data,
                                                 answers->len, &error));
  g_assert_no_error (error);
}

static gint64
add_round (Fixture    *f,
           const char *name,
           const char *held_on)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_surveys_add_round (f->store, name, held_on, NULL, &error);

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

  f->dir = wm_test_make_dir ("waymark-surveys-page-XXXXXX");
  path = g_build_filename (f->dir, "school.waymark", NULL);
  f->store = wm_catalog_open_school (path, &error);
  g_assert_no_error (error);

  f->page = g_object_new (WM_TYPE_SURVEYS_PAGE, NULL);
  wm_surveys_page_set_store (f->page, f->store);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 800);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  wm_test_ui_wait_for_idle ();

  f->grid = GTK_GRID (wm_test_ui_find_with_class (GTK_WIDGET (f->page), "wm-survey-summary"));
  g_assert_nonnull (f->grid);
  f->radar = WM_RADAR_VIEW (wm_test_ui_find_widget (GTK_WIDGET (f->page), WM_TYPE_RADAR_VIEW));
  g_assert_nonnull (f->radar);
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

static const char *
cell (Fixture *f,
      int      column,
      int      row)
{
  GtkWidget *label = gtk_grid_get_child_at (f->grid, column, row);

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static const char *
visible_page (Fixture *f)
{
  GtkStack *stack = GTK_STACK (wm_test_ui_find_widget (GTK_WIDGET (f->page), GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

/* Does any label of the page read @text? */
static gboolean
page_says (Fixture    *f,
           const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  wm_test_ui_collect_widgets (GTK_WIDGET (f->page), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (labels->pdata[i]), text))
      return TRUE;
  return FALSE;
}

static guint wanted_series;

static gboolean
chart_has_wanted_series (gpointer user_data)
{
  Fixture *f = user_data;
  const WmRadarData *data = wm_radar_view_get_data (f->radar);

  return data != NULL && data->n_series == wanted_series;
}

static void
wait_for_series (Fixture *f,
                 guint    n)
{
  wanted_series = n;
  g_assert_true (wm_test_ui_wait_until (chart_has_wanted_series, f));
}

/*
 * Baseline: metacognition identifying 3, 4, 2 (3.0 ± 1.0) and supporting 4, 4, 3 (3.7 ± 0.6);
 * behaviour 2, 3 (2.5 ± 0.7); SEND identifying from JS alone (3.0 ± 0.0).
 * Repeat: metacognition 4, 4 (4.0 ± 0.0, up 1.0) and 5, 4 (4.5 ± 0.7, up 0.8); behaviour 2, 2
 * (2.0 ± 0.0, down 0.5); nobody on SEND.
 */
static void
add_two_rounds (Fixture *f)
{
  const char *js_before[] = { "metacognition=3/4", "behaviour=2/3", "sel=4/4", "parents=2/2", "send=3/3", NULL };
  const char *ta_before[] = { "metacognition=4/4", "behaviour=3/3", "sel=3/5", "parents=1/2", NULL };
  const char *kb_before[] = { "metacognition=2/3", NULL };
  const char *js_after[] = { "metacognition=4/5", "behaviour=2/3", "sel=4/4", "parents=3/3", NULL };
  const char *ta_after[] = { "metacognition=4/4", "behaviour=2/4", "sel=4/5", "parents=2/0", NULL };

  f->baseline_id = add_round (f, "Baseline", "2026-09-15");
  record (f, f->baseline_id, "JS", js_before);
  record (f, f->baseline_id, "TA Y3", ta_before);
  record (f, f->baseline_id, "KB", kb_before);
  f->repeat_id = add_round (f, "Repeat", "2026-12-08");
  record (f, f->repeat_id, "JS", js_after);
  record (f, f->repeat_id, "TA Y3", ta_after);
  wait_for_series (f, 2);
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
test_empty (Fixture       *f,
            gconstpointer  user_data)
{
  g_assert_cmpstr (visible_page (f), ==, "empty");
  g_assert_true (page_says (f, "No Survey Rounds Yet"));
  g_assert_cmpint (wm_surveys_page_get_selected_round (f->page), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "surveys.record", NULL);
  g_assert_null (find_dialog ());

  /* A round appears and is chosen; nobody has answered it yet. */
  f->baseline_id = add_round (f, "Baseline", "2026-09-15");
  wait_for_series (f, 1);
  g_assert_cmpstr (visible_page (f), ==, "rounds");
  g_assert_cmpint (wm_surveys_page_get_selected_round (f->page), ==, f->baseline_id);
  g_assert_true (page_says (f, "15 September 2026 · 0 respondents"));
  g_assert_cmpstr (cell (f, 1, 1), ==, "No answers");
}

static void
test_summary (Fixture       *f,
              gconstpointer  user_data)
{
  add_two_rounds (f);

  /* The latest round is shown, against the one before it. */
  g_assert_cmpint (wm_surveys_page_get_selected_round (f->page), ==, f->repeat_id);
  g_assert_true (page_says (f, "Repeat"));
  g_assert_true (page_says (f, "8 December 2026 · 2 respondents"));
  g_assert_true (page_says (f, "Answered by JS, TA Y3"));

  g_assert_cmpstr (cell (f, 0, 0), ==, "Pillar");
  g_assert_cmpstr (cell (f, 1, 0), ==, "Identifying needs");
  g_assert_cmpstr (cell (f, 2, 0), ==, "Change");
  g_assert_cmpstr (cell (f, 3, 0), ==, "Supporting needs");
  g_assert_cmpstr (cell (f, 0, 1), ==, "Metacognition and self-regulated learning");
  g_assert_cmpstr (cell (f, 1, 1), ==, "4.0 ± 0.0 (2)");
  g_assert_cmpstr (cell (f, 2, 1), ==, "↑ 1.0");
  g_assert_cmpstr (cell (f, 3, 1), ==, "4.5 ± 0.7 (2)");
  g_assert_cmpstr (cell (f, 4, 1), ==, "↑ 0.8");
  g_assert_cmpstr (cell (f, 1, 2), ==, "2.0 ± 0.0 (2)");
  g_assert_cmpstr (cell (f, 2, 2), ==, "↓ 0.5");
  g_assert_cmpstr (cell (f, 0, 5), ==, "Special educational needs in mainstream schools");
  g_assert_cmpstr (cell (f, 1, 5), ==, "No answers");
  g_assert_cmpstr (cell (f, 2, 5), ==, "—");
  /* TA Y3 left parents' support unanswered: JS's 3 alone. */
  g_assert_cmpstr (cell (f, 3, 4), ==, "3.0 ± 0.0 (1)");
  g_assert_true (page_says (f, "Mean ± standard deviation (how many answered), from 1 to 5; "
                               "the change since “Baseline” (15 September 2026)."));

  /* The baseline has no round before it: its figures alone. */
  wm_surveys_page_select_round (f->page, f->baseline_id);
  g_assert_cmpstr (cell (f, 1, 1), ==, "3.0 ± 1.0 (3)");
  g_assert_cmpstr (cell (f, 2, 0), ==, "Supporting needs");
  g_assert_cmpstr (cell (f, 2, 1), ==, "3.7 ± 0.6 (3)");
  g_assert_cmpstr (cell (f, 1, 2), ==, "2.5 ± 0.7 (2)");
  g_assert_cmpstr (cell (f, 1, 5), ==, "3.0 ± 0.0 (1)");
  g_assert_null (gtk_grid_get_child_at (f->grid, 3, 0));
  g_assert_true (page_says (f, "Answered by JS, KB, TA Y3"));
}

/* The one series drawn has a SEND value: KB's answer is in. */
static gboolean
repeat_has_send (gpointer user_data)
{
  Fixture *f = user_data;
  const WmRadarData *data = wm_radar_view_get_data (f->radar);

  return data != NULL && data->n_series == 1 && !isnan (data->series[0].values[4]);
}

static void
test_chart (Fixture       *f,
            gconstpointer  user_data)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (wm_test_ui_find_widget (GTK_WIDGET (f->page), GTK_TYPE_DROP_DOWN));
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  const WmRadarData *data;

  add_two_rounds (f);

  /* Both rounds, oldest first, on the five pillars, the judgements pooled. */
  data = wm_radar_view_get_data (f->radar);
  g_assert_cmpuint (data->n_axes, ==, 5);
  g_assert_cmpuint (data->n_series, ==, 2);
  g_assert_cmpstr (data->series[0].name, ==, "Baseline (2026-09-15)");
  g_assert_cmpstr (data->series[1].name, ==, "Repeat (2026-12-08)");
  g_assert_cmpfloat_with_epsilon (data->series[0].values[0], 20.0 / 6, 1e-9);
  g_assert_cmpfloat_with_epsilon (data->series[1].values[0], 17.0 / 4, 1e-9);
  g_assert_true (isnan (data->series[1].values[4]));

  /* Identifying needs alone. */
  g_assert_nonnull (dropdown);
  gtk_drop_down_set_selected (dropdown, 1);
  data = wm_radar_view_get_data (f->radar);
  g_assert_cmpuint (data->n_series, ==, 2);
  g_assert_cmpfloat_with_epsilon (data->series[0].values[0], 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (data->series[1].values[1], 2.0, 1e-9);
  g_assert_true (g_str_has_suffix (data->title, "Identifying needs"));
  gtk_drop_down_set_selected (dropdown, 2);
  data = wm_radar_view_get_data (f->radar);
  g_assert_cmpfloat_with_epsilon (data->series[1].values[0], 4.5, 1e-9);

  /* Untick the baseline in the list: the repeat alone. */
  wm_test_ui_collect_widgets (GTK_WIDGET (f->page), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 2);
  gtk_check_button_set_active (checks->pdata[0], FALSE);
  data = wm_radar_view_get_data (f->radar);
  g_assert_cmpuint (data->n_series, ==, 1);
  g_assert_cmpstr (data->series[0].name, ==, "Repeat (2026-12-08)");

  /* A new answer redraws it, and the baseline stays off. */
  record (f, f->repeat_id, "KB", (const char *[]) { "send=5/4", NULL });
  g_assert_true (wm_test_ui_wait_until (repeat_has_send, f));
  data = wm_radar_view_get_data (f->radar);
  g_assert_cmpuint (data->n_series, ==, 1);
  g_assert_cmpfloat_with_epsilon (data->series[0].values[4], 4.0, 1e-9);
}

static gboolean
kb_counted (gpointer data)
{
  Fixture *f = data;

  return page_says (f, "8 December 2026 · 3 respondents");
}

static void
test_follows_answers (Fixture       *f,
                      gconstpointer  user_data)
{
  const WmRadarData *data;

  add_two_rounds (f);

  /* Answers recorded through the page's save path show in the figures and on the chart. */
  record (f, f->repeat_id, "KB", (const char *[]) { "send=5/4", "metacognition=0/1", NULL });
  g_assert_true (wm_test_ui_wait_until (kb_counted, f));
  g_assert_cmpstr (cell (f, 1, 5), ==, "5.0 ± 0.0 (1)");
  g_assert_cmpstr (cell (f, 2, 5), ==, "↑ 2.0");
  g_assert_cmpstr (cell (f, 1, 1), ==, "4.0 ± 0.0 (2)");
  g_assert_cmpstr (cell (f, 3, 1), ==, "3.3 ± 2.1 (3)");
  data = wm_radar_view_get_data (f->radar);
  g_assert_cmpuint (data->n_series, ==, 2);
  g_assert_cmpfloat_with_epsilon (data->series[1].values[4], 4.5, 1e-9);
}

static gboolean
has_third_series (gpointer user_data)
{
  Fixture *f = user_data;
  const WmRadarData *data = wm_radar_view_get_data (f->radar);

  return data != NULL && data->n_series == 3;
}

static void
test_add_round_form (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  gint64 id;

  add_two_rounds (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "surveys.add-round", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (rows->pdata[0], "End of Year");
  gtk_editable_set_text (rows->pdata[1], "2027-07-10");
  click_response (dialog, "_Add");
  g_assert_null (find_dialog ());

  /* The new round is chosen, and drawn beside the others. */
  id = wm_surveys_find_round (f->store, "End of Year", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_true (wm_test_ui_wait_until (has_third_series, f));
  g_assert_cmpint (wm_surveys_page_get_selected_round (f->page), ==, id);
  g_assert_true (page_says (f, "10 July 2027 · 0 respondents"));
}

static void
test_record_form (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) choices = g_ptr_array_new ();
  g_autoptr(GPtrArray) again = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_auto(GStrv) respondents = NULL;
  AdwMessageDialog *dialog;
  gboolean shows_problem = FALSE;

  add_two_rounds (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "surveys.record", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, choices);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpuint (choices->len, ==, 10);

  /* Record stays off until someone is named and something answered. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));
  gtk_drop_down_set_selected (choices->pdata[8], 5);   /* SEND, identifying */
  gtk_drop_down_set_selected (choices->pdata[9], 4);   /* SEND, supporting */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));

  /* A full name is too long: the form comes back as it was, saying why. */
  gtk_editable_set_text (rows->pdata[0], "Mrs Jennifer Smith-Harrington, Year 4 teacher");
  click_response (dialog, "_Record");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, again);
  g_assert_cmpuint (gtk_drop_down_get_selected (again->pdata[8]), ==, 5);
  g_assert_cmpuint (gtk_drop_down_get_selected (again->pdata[9]), ==, 4);
  g_assert_cmpuint (gtk_drop_down_get_selected (again->pdata[0]), ==, 0);
  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    shows_problem |= gtk_widget_has_css_class (labels->pdata[i], "error") &&
                     strstr (gtk_label_get_text (labels->pdata[i]), "too long") != NULL;
  g_assert_true (shows_problem);

  g_ptr_array_set_size (rows, 0);
  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  gtk_editable_set_text (rows->pdata[0], "KB");
  click_response (dialog, "_Record");
  g_assert_null (find_dialog ());

  respondents = wm_surveys_respondents (f->store, f->repeat_id, NULL);
  g_assert_true (g_strv_contains ((const char * const *) respondents, "KB"));
  g_assert_true (wm_test_ui_wait_until (kb_counted, f));
  g_assert_cmpstr (cell (f, 1, 5), ==, "5.0 ± 0.0 (1)");
  g_assert_cmpstr (cell (f, 3, 5), ==, "4.0 ± 0.0 (1)");
  g_assert_cmpstr (cell (f, 4, 5), ==, "↑ 1.0");
}

static gboolean
shows_empty (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (visible_page (f), "empty") == 0;
}

static void
test_delete_round (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  add_two_rounds (f);

  /* Through the dialog: the repeat goes, and the baseline is shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "surveys.delete-round", NULL));
  g_assert_nonnull (find_dialog ());
  g_assert_cmpstr (adw_message_dialog_get_body (find_dialog ()), ==,
                   "“Repeat” and the answers of its 2 respondents will be removed.");
  click_response (find_dialog (), "_Delete");
  wait_for_series (f, 1);
  g_assert_cmpint (wm_surveys_page_get_selected_round (f->page), ==, f->baseline_id);
  g_assert_cmpstr (cell (f, 1, 1), ==, "3.0 ± 1.0 (3)");

  /* Through the core: no round left, the empty state. */
  g_assert_true (wm_surveys_delete_round (f->store, f->baseline_id, &error));
  g_assert_no_error (error);
  g_assert_true (wm_test_ui_wait_until (shows_empty, f));
  g_assert_cmpint (wm_surveys_page_get_selected_round (f->page), ==, 0);
  g_assert_null (wm_radar_view_get_data (f->radar));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/surveys-page/empty", Fixture, NULL, set_up, test_empty, tear_down);
  g_test_add ("/surveys-page/summary", Fixture, NULL, set_up, test_summary, tear_down);
  g_test_add ("/surveys-page/chart", Fixture, NULL, set_up, test_chart, tear_down);
  g_test_add ("/surveys-page/follows-answers", Fixture, NULL, set_up, test_follows_answers, tear_down);
  g_test_add ("/surveys-page/add-round-form", Fixture, NULL, set_up, test_add_round_form, tear_down);
  g_test_add ("/surveys-page/record-form", Fixture, NULL, set_up, test_record_form, tear_down);
  g_test_add ("/surveys-page/delete-round", Fixture, NULL, set_up, test_delete_round, tear_down);

  return g_test_run ();
}
