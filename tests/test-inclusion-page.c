/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-inclusion-page"

#include "config.h"

#include <adwaita.h>

#include "wm-catalog.h"
#include "wm-inclusion-page.h"
#include "wm-inclusion.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"

/*
 * The Inclusion page in a window under Xvfb: a cohort made through the core shows (codes,
 * summary line, budget, the over-budget warning only when over), a pupil added by initials
 * gets the next code and a name is refused with the core's reason, erasing goes after a
 * question that names the backups, and a cohort past its keep-until date is offered for
 * erasure. "Today" is pinned to Friday 20 November 2026 through WAYMARK_TODAY. Errors reach a
 * stand-in for the planner window's "planner.toast" action.
 */

#define TODAY "2026-11-20"

typedef struct {
  char            *dir;
  WmStore         *store;
  GtkWindow       *window;
  WmInclusionPage *page;
  GPtrArray       *toasts;
} Fixture;

static void
toast_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  Fixture *f = user_data;

  g_ptr_array_add (f->toasts, g_variant_dup_string (parameter, NULL));
}

static void
set_up (Fixture       *f,
        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSimpleActionGroup) planner = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) toast = g_simple_action_new ("toast", G_VARIANT_TYPE_STRING);
  g_autofree char *path = NULL;

  f->toasts = g_ptr_array_new_with_free_func (g_free);
  f->dir = wm_test_make_dir ("waymark-inclusion-page-XXXXXX");
  path = g_build_filename (f->dir, "school.waymark", NULL);
  f->store = wm_catalog_open_school (path, &error);
  g_assert_no_error (error);

  g_signal_connect (toast, "activate", G_CALLBACK (toast_cb), f);
  g_action_map_add_action (G_ACTION_MAP (planner), G_ACTION (toast));

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "planner", G_ACTION_GROUP (planner));
  gtk_window_set_default_size (f->window, 1100, 760);
  f->page = g_object_new (WM_TYPE_INCLUSION_PAGE, NULL);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  wm_inclusion_page_set_store (f->page, f->store);
  gtk_window_present (f->window);
  wm_test_ui_wait_for_idle ();
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
  close_dialogs ();
  gtk_window_destroy (f->window);
  wm_test_ui_wait_for_idle ();
  g_clear_object (&f->store);
  wm_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->toasts, g_ptr_array_unref);
}

/* The codes of the pupils listed, as "AB01 CD01". */
static char *
listed_codes (Fixture *f)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GString) codes = g_string_new (NULL);

  wm_test_ui_collect_widgets (GTK_WIDGET (f->page), GTK_TYPE_LIST_BOX_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *label;

      if (g_object_get_data (rows->pdata[i], "pupil-id") == NULL)
        continue;
      label = wm_test_ui_find_with_class (rows->pdata[i], "heading");
      g_assert_nonnull (label);
      g_string_append_printf (codes, "%s%s", codes->len ? " " : "", gtk_label_get_text (GTK_LABEL (label)));
    }
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

static const char *expected_codes;
static gint64 expected_cohort;

static gboolean
shows_expected_cohort (gpointer data)
{
  Fixture *f = data;

  return wm_inclusion_page_get_cohort_id (f->page) == expected_cohort;
}

static void
wait_for_cohort (Fixture *f,
                 gint64   cohort_id)
{
  expected_cohort = cohort_id;
  g_assert_true (wm_test_ui_wait_until (shows_expected_cohort, f));
}

static gboolean
lists_expected_codes (gpointer data)
{
  Fixture *f = data;

  g_autofree char *codes = listed_codes (f);

  return g_str_equal (codes, expected_codes);
}

static void
wait_for_codes (Fixture    *f,
                const char *codes)
{
  expected_codes = codes;
  if (!wm_test_ui_wait_until (lists_expected_codes, f))
    {
      g_autofree char *listed = listed_codes (f);

      g_assert_cmpstr (listed, ==, codes);
    }
}

/* The mapped label under @root whose text is @text (or contains it, if @part). */
static GtkLabel *
find_label (GtkWidget  *root,
            const char *text,
            gboolean    part)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  wm_test_ui_collect_widgets (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = gtk_label_get_text (labels->pdata[i]);

      if (gtk_widget_get_mapped (labels->pdata[i]) &&
          (part ? strstr (label, text) != NULL : g_str_equal (label, text)))
        return labels->pdata[i];
    }
  return NULL;
}

static gboolean
shows (Fixture    *f,
       const char *text)
{
  return find_label (GTK_WIDGET (f->page), text, FALSE) != NULL;
}

static gboolean
shows_part (Fixture    *f,
            const char *text)
{
  return find_label (GTK_WIDGET (f->page), text, TRUE) != NULL;
}

static const char *expected_label;

static gboolean
shows_expected_label (gpointer data)
{
  Fixture *f = data;

  return shows (f, expected_label);
}

static void
wait_for_label (Fixture    *f,
                const char *text)
{
  expected_label = text;
  g_assert_true (wm_test_ui_wait_until (shows_expected_label, f));
}

static gboolean
is_over_budget (gpointer data)
{
  Fixture *f = data;

  return shows_part (f, "Over budget");
}

static gboolean
is_within_budget (gpointer data)
{
  Fixture *f = data;

  return !shows_part (f, "Over budget");
}

static gint64
add_pupil (Fixture    *f,
           gint64      cohort_id,
           const char *code)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_inclusion_add_pupil (f->store, cohort_id, code, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
add_intervention (Fixture                  *f,
                  gint64                    pupil_id,
                  const WmInterventionSpec *spec)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_inclusion_add_intervention (f->store, pupil_id, spec, &error);

  g_assert_no_error (error);
  return id;
}

static void
set_need (Fixture    *f,
          gint64      pupil_id,
          const char *pillar_id,
          const char *note)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wm_inclusion_set_need (f->store, pupil_id, pillar_id, note, &error));
  g_assert_no_error (error);
}

static gint64
add_cohort (Fixture    *f,
            const char *name,
            const char *retain_until)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wm_inclusion_add_cohort (f->store, name, WM_INCLUSION_DEFAULT_GRANT_PENCE, retain_until, &error);

  g_assert_no_error (error);
  return id;
}

/* Cohort 2025-26: three pupils, four interventions (one external), £1,800.00 committed. */
static gint64
make_cohort (Fixture *f,
             gint64  *ab01)
{
  gint64 cohort = add_cohort (f, "2025-26", "2028-08-31");
  gint64 ab = add_pupil (f, cohort, "AB01");
  gint64 cd = add_pupil (f, cohort, "CD01");
  gint64 ef = add_pupil (f, cohort, "EF01");
  WmInterventionSpec lego = {
    .pillar_id = "behaviour", .what = "Lego therapy", .who = "TA", .starts_on = "2026-09-07",
    .review_on = "2026-11-01", .cost_pence = 25000, .spent_pence = 10000,
  };
  WmInterventionSpec counselling = {
    .pillar_id = "sel", .what = "Counselling sessions", .who = "LBL", .external = TRUE,
    .provider_name = "Young Minds Matter", .review_on = "2027-01-15", .cost_pence = 120000,
    .spent_pence = 40000,
  };
  WmInterventionSpec reading = {
    .pillar_id = "send", .what = "Reading recovery", .who = "TA", .review_on = TODAY, .cost_pence = 30000,
  };
  WmInterventionSpec nurture = {
    .what = "Nurture group", .who = "LBL", .review_on = "2026-10-01", .cost_pence = 5000,
    .outcome = "Settled well",
  };

  set_need (f, ab, "behaviour", "Finds transitions hard");
  set_need (f, ab, "sel", NULL);
  set_need (f, cd, "send", "Reading age two years behind");
  add_intervention (f, ab, &lego);
  add_intervention (f, ab, &counselling);
  add_intervention (f, cd, &reading);
  add_intervention (f, ef, &nurture);
  if (ab01 != NULL)
    *ab01 = ab;
  return cohort;
}

/* The row of the pupil listed with @code. */
static GtkWidget *
pupil_row (Fixture    *f,
           const char *code)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  wm_test_ui_collect_widgets (GTK_WIDGET (f->page), GTK_TYPE_LIST_BOX_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_object_get_data (rows->pdata[i], "pupil-id") != NULL &&
        find_label (rows->pdata[i], code, FALSE) != NULL)
      return rows->pdata[i];
  return NULL;
}

static const char *
last_toast (Fixture *f)
{
  return f->toasts->len > 0 ? f->toasts->pdata[f->toasts->len - 1] : NULL;
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
test_empty (Fixture       *f,
            gconstpointer  user_data)
{
  GtkStack *stack = GTK_STACK (wm_test_ui_find_widget (GTK_WIDGET (f->page), GTK_TYPE_STACK));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_true (shows (f, "No Inclusion Cohorts Yet"));
  g_assert_true (shows (f, "Pupil details stay in this file: they never appear in the report for "
                           "governors or any export."));
  g_assert_false (shows_part (f, "keep-until date"));
  /* No cohort, no pupil to add: the action is off. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "inclusion.add-pupil", NULL);
  g_assert_null (find_dialog ());
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

static void
test_new_cohort (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(WmInclusionCohort) cohort = NULL;
  AdwMessageDialog *dialog;
  gint64 id;

  /* The grant starts at £5,000 and the keep-until date two school years on. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "inclusion.new-cohort", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, fields);
  g_assert_cmpuint (fields->len, ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (fields->pdata[1]), ==, "£5,000.00");
  g_assert_cmpstr (gtk_editable_get_text (fields->pdata[2]), ==, "2028-08-31");
  gtk_editable_set_text (fields->pdata[0], "2026-27");
  gtk_editable_set_text (fields->pdata[1], "4500");
  click_response (dialog, "_Add");
  g_assert_null (find_dialog ());

  id = wm_inclusion_find_cohort (f->store, "2026-27", NULL);
  g_assert_cmpint (id, >, 0);
  cohort = wm_inclusion_get_cohort (f->store, id, NULL);
  g_assert_cmpint (wm_inclusion_cohort_get_grant_pence (cohort), ==, 450000);
  g_assert_cmpstr (wm_inclusion_cohort_get_retain_until (cohort), ==, "2028-08-31");
  wait_for_cohort (f, id);
  wait_for_label (f, "£4,500.00");
  g_assert_true (shows (f, "0 pupils, no interventions yet"));
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

static void
test_shows_cohort (Fixture       *f,
                   gconstpointer  user_data)
{
  WmInterventionSpec big = { .what = "Speech therapy", .external = TRUE, .cost_pence = 400000 };
  GtkWidget *row;
  gint64 ab01, id;

  make_cohort (f, &ab01);
  wait_for_codes (f, "AB01 CD01 EF01");
  g_assert_cmpint (wm_inclusion_page_get_cohort_id (f->page), >, 0);

  g_assert_true (shows (f, "3 pupils, 4 interventions, 25% through external providers, 2 reviews due (1 overdue)"));
  g_assert_true (shows (f, "£5,000.00"));
  g_assert_true (shows (f, "£1,800.00"));
  g_assert_true (shows (f, "£500.00"));
  g_assert_true (shows (f, "£3,200.00"));
  g_assert_true (shows (f, "Kept until 31 August 2028"));
  g_assert_false (is_over_budget (f));
  g_assert_false (shows_part (f, "keep-until date"));

  /* Each pupil: needs as tags, and the next review in words, marked when due or overdue. */
  row = pupil_row (f, "AB01");
  g_assert_nonnull (find_label (row, "Behaviour", FALSE));
  g_assert_nonnull (find_label (row, "SEL", FALSE));
  g_assert_nonnull (find_label (row, "2 interventions", FALSE));
  g_assert_nonnull (find_label (row, "Review overdue since 1 November 2026", FALSE));
  g_assert_nonnull (wm_test_ui_find_with_class (row, "error"));
  row = pupil_row (f, "CD01");
  g_assert_nonnull (find_label (row, "SEND", FALSE));
  g_assert_nonnull (find_label (row, "Review due today", FALSE));
  g_assert_nonnull (wm_test_ui_find_with_class (row, "warning"));
  row = pupil_row (f, "EF01");
  g_assert_nonnull (find_label (row, "No needs noted", FALSE));
  g_assert_nonnull (find_label (row, "No review planned", FALSE));
  g_assert_null (wm_test_ui_find_with_class (row, "error"));

  /* The pupil chosen: their needs and interventions. */
  g_assert_true (shows (f, "No Pupil Chosen"));
  wm_inclusion_page_select_pupil (f->page, ab01);
  g_assert_cmpint (wm_inclusion_page_get_pupil_id (f->page), ==, ab01);
  g_assert_true (shows (f, "Finds transitions hard"));
  g_assert_true (shows (f, "A need, with no note"));
  g_assert_true (shows_part (f, "External: Young Minds Matter · LBL · Social and emotional learning"));
  g_assert_true (shows_part (f, "Starts 7 September 2026 · Review overdue since 1 November 2026"));
  g_assert_true (shows_part (f, "Cost £1,200.00 · spent £400.00"));

  /* Committed beyond the grant: the warning, in words; back within it: gone. */
  id = add_intervention (f, ab01, &big);
  g_assert_true (wm_test_ui_wait_until (is_over_budget, f));
  g_assert_true (shows (f, "Over budget: £800.00 more is committed than the grant."));
  g_assert_true (shows (f, "£800.00 over"));
  g_assert_true (wm_inclusion_remove_intervention (f->store, id, NULL));
  g_assert_true (wm_test_ui_wait_until (is_within_budget, f));
  g_assert_true (shows (f, "£3,200.00"));

  /* The pupil chosen stays chosen through the reloads. */
  g_assert_cmpint (wm_inclusion_page_get_pupil_id (f->page), ==, ab01);
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

static void
test_add_pupil (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionPupil) first = NULL;
  g_autoptr(GListModel) pupils = NULL;
  gint64 cohort = add_cohort (f, "2025-26", NULL);
  AdwMessageDialog *dialog;
  GtkEditable *entry;
  gint64 id;

  wait_for_cohort (f, cohort);
  wait_for_codes (f, "");
  g_assert_true (shows (f, "No pupils in this cohort yet"));

  /* Initials give the next code; the new pupil is shown. */
  id = wm_inclusion_page_add_pupil_for_test (f->page, "AB");
  g_assert_cmpint (id, >, 0);
  first = wm_inclusion_get_pupil (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_inclusion_pupil_get_code (first), ==, "AB01");
  wait_for_codes (f, "AB01");
  g_assert_cmpint (wm_inclusion_page_get_pupil_id (f->page), ==, id);
  g_assert_true (shows (f, "AB01"));
  g_assert_cmpint (wm_inclusion_page_add_pupil_for_test (f->page, " ab "), >, 0);
  wait_for_codes (f, "AB01 AB02");

  /* A name is refused, with the core's reason, and nothing is kept. */
  g_assert_cmpint (wm_inclusion_page_add_pupil_for_test (f->page, "Anna Bell"), ==, 0);
  g_assert_cmpstr (last_toast (f), ==, "Use a code such as AB07, not a name: Waymark never keeps pupils' names");
  pupils = wm_inclusion_list_pupils (f->store, cohort, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pupils), ==, 2);

  /* Through the form: the code shows as the initials are typed; a name cannot be added. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "inclusion.add-pupil", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "Waymark keeps a code, never a pupil's name.");
  entry = GTK_EDITABLE (wm_test_ui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW));
  gtk_editable_set_text (entry, "Anna Bell");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "not a name", TRUE));
  gtk_editable_set_text (entry, "ef");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "The pupil's code: EF01", FALSE));
  click_response (dialog, "_Add");
  g_assert_null (find_dialog ());
  wait_for_codes (f, "AB01 AB02 EF01");
  g_assert_cmpint (wm_inclusion_find_pupil (f->store, "EF01", NULL), ==,
                   wm_inclusion_page_get_pupil_id (f->page));
  g_assert_cmpuint (f->toasts->len, ==, 1);
}

static void
test_erase_pupil (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionPupil) gone = NULL;
  AdwMessageDialog *dialog;
  gint64 ab01;

  make_cohort (f, &ab01);
  wait_for_codes (f, "AB01 CD01 EF01");
  wm_inclusion_page_select_pupil (f->page, ab01);

  /* The question says what goes, and that the backups keep it a while; Cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "inclusion.erase-pupil", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Erase Pupil AB01?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "The pupil AB01, their 2 needs and 2 interventions, with the notes, costs and outcomes, "
                   "are erased from this school file for good. The daily backups still hold it until they "
                   "rotate out: 7 daily copies, then 4 weekly ones, about five weeks.");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "confirm"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  click_response (dialog, "_Cancel");
  g_assert_null (find_dialog ());
  g_assert_true (wm_inclusion_get_pupil (f->store, ab01, NULL) != NULL);

  /* Confirmed: gone from the school file and the list, and the pane shows no one. */
  g_assert_true (wm_inclusion_page_erase_pupil_for_test (f->page, ab01));
  gone = wm_inclusion_get_pupil (f->store, ab01, &error);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  wait_for_codes (f, "CD01 EF01");
  g_assert_cmpint (wm_inclusion_page_get_pupil_id (f->page), ==, 0);
  g_assert_true (shows (f, "No Pupil Chosen"));
  g_assert_true (shows (f, "2 pupils, 2 interventions, 0% through external providers, 1 review due"));

  /* Through the dialog's Erase button too. */
  wm_inclusion_page_select_pupil (f->page, wm_inclusion_find_pupil (f->store, "CD01", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "inclusion.erase-pupil", NULL));
  click_response (find_dialog (), "_Erase");
  wait_for_codes (f, "EF01");
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

/* The form's entry rows: what, who, provider, starts, review, cost, spent, outcome. */
static GPtrArray *
form_fields (AdwMessageDialog *dialog)
{
  GPtrArray *rows = g_ptr_array_new ();

  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 8);
  return rows;
}

static void
test_intervention_form (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) edit = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(WmIntervention) added = NULL;
  g_autoptr(WmInclusionPupil) pupil = NULL;
  AdwMessageDialog *dialog;
  gint64 ef01, id;

  make_cohort (f, NULL);
  wait_for_codes (f, "AB01 CD01 EF01");
  ef01 = wm_inclusion_find_pupil (f->store, "EF01", NULL);
  wm_inclusion_page_select_pupil (f->page, ef01);

  /* Add stays off until the form says what; an amount that is not one brings the form back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "inclusion.add-intervention", NULL));
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Add Intervention");
  fields = form_fields (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (fields->pdata[0], "Lunchtime club");
  gtk_editable_set_text (fields->pdata[4], "2027-02-01");
  gtk_editable_set_text (fields->pdata[5], "lots");
  click_response (dialog, "_Add");
  g_assert_cmpstr (last_toast (f), ==, "“lots” is not an amount: write the cost in pounds, such as 250 or £1,250.00");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  again = form_fields (dialog);
  g_assert_cmpstr (gtk_editable_get_text (again->pdata[0]), ==, "Lunchtime club");
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), "“lots” is not an amount", TRUE));
  gtk_editable_set_text (again->pdata[5], "£1,250");
  click_response (dialog, "_Add");
  g_assert_null (find_dialog ());

  interventions = wm_inclusion_list_interventions (f->store, 0, ef01, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (interventions), ==, 2);
  added = g_list_model_get_item (interventions, 1);
  g_assert_cmpstr (wm_intervention_get_what (added), ==, "Lunchtime club");
  g_assert_cmpint (wm_intervention_get_cost_pence (added), ==, 125000);
  g_assert_cmpstr (wm_intervention_get_review_on (added), ==, "2027-02-01");
  wait_for_label (f, "Lunchtime club");

  /* Edit: the form holds it as it is; the outcome is saved. */
  id = wm_intervention_get_id (added);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "inclusion.edit-intervention", "x", id));
  dialog = find_dialog ();
  edit = form_fields (dialog);
  g_assert_cmpstr (gtk_editable_get_text (edit->pdata[5]), ==, "£1,250.00");
  gtk_editable_set_text (edit->pdata[7], "Made two friends");
  click_response (dialog, "_Save");
  g_clear_object (&added);
  added = wm_inclusion_get_intervention (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wm_intervention_get_outcome (added), ==, "Made two friends");
  wait_for_label (f, "No review planned");

  /* A need, with its note; then removed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "inclusion.edit-need", "s", "send"));
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "EF01: Special educational needs in mainstream schools");
  gtk_editable_set_text (GTK_EDITABLE (wm_test_ui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW)),
                         "Hearing aid");
  click_response (dialog, "_Add Need");
  pupil = wm_inclusion_get_pupil (f->store, ef01, NULL);
  g_assert_cmpstr (wm_inclusion_pupil_get_need_note (pupil, "send"), ==, "Hearing aid");
  wait_for_label (f, "Hearing aid");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "inclusion.remove-need", "s", "send"));
  g_clear_object (&pupil);
  pupil = wm_inclusion_get_pupil (f->store, ef01, NULL);
  g_assert_null (wm_inclusion_pupil_get_need_note (pupil, "send"));
  g_assert_cmpuint (f->toasts->len, ==, 1);
}

static gboolean
offers_erasure (gpointer data)
{
  Fixture *f = data;

  return shows_part (f, "has passed: erase it?");
}

static gboolean
offers_no_erasure (gpointer data)
{
  Fixture *f = data;

  return !offers_erasure (f);
}

static void
test_retention (Fixture       *f,
                gconstpointer  user_data)
{
  gint64 old = add_cohort (f, "2019-20", "2024-08-31");
  gint64 current = make_cohort (f, NULL);
  AdwMessageDialog *dialog;

  /* The newest cohort is shown; the old one, past its date, is offered for erasure. */
  wait_for_codes (f, "AB01 CD01 EF01");
  g_assert_cmpint (wm_inclusion_page_get_cohort_id (f->page), ==, current);
  g_assert_true (shows (f, "The keep-until date of cohort “2019-20”, 31 August 2024, has passed: erase it?"));
  wm_inclusion_page_select_cohort (f->page, old);
  wait_for_codes (f, "");
  g_assert_true (shows (f, "This cohort's keep-until date, 31 August 2024, has passed: erase it?"));
  g_assert_true (shows (f, "Kept until 31 August 2024"));

  /* Its button asks first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "inclusion.erase-cohort", "x", old));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Erase Cohort “2019-20”?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "7 daily copies, then 4 weekly ones"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "confirm"), ==, ADW_RESPONSE_DESTRUCTIVE);
  click_response (dialog, "_Cancel");
  g_assert_nonnull (wm_inclusion_get_cohort (f->store, old, NULL));

  /* Erased, the warning goes and the page shows the cohort that is left. */
  g_assert_true (wm_inclusion_page_erase_cohort_for_test (f->page, old));
  g_assert_true (wm_test_ui_wait_until (offers_no_erasure, f));
  g_assert_null (wm_inclusion_get_cohort (f->store, old, NULL));
  wait_for_codes (f, "AB01 CD01 EF01");
  g_assert_cmpint (wm_inclusion_page_get_cohort_id (f->page), ==, current);

  /* A date still ahead is no warning; a date passed by "today" is. */
  g_assert_true (wm_inclusion_set_cohort_retain_until (f->store, current, TODAY, NULL));
  wait_for_label (f, "Kept until 20 November 2026");
  g_assert_false (offers_erasure (f));
  g_assert_true (wm_inclusion_set_cohort_retain_until (f->store, current, "2026-11-19", NULL));
  g_assert_true (wm_test_ui_wait_until (offers_erasure, f));
  g_assert_true (shows (f, "This cohort's keep-until date, 19 November 2026, has passed: erase it?"));
  g_assert_cmpuint (f->toasts->len, ==, 0);
}

static void
test_errors_reach_toast (Fixture       *f,
                         gconstpointer  user_data)
{
  gint64 ab01;

  make_cohort (f, &ab01);
  wait_for_codes (f, "AB01 CD01 EF01");

  /* A code the cohort has already, and a pupil that is no longer there. */
  g_assert_cmpint (wm_inclusion_page_add_pupil_for_test (f->page, "AB01"), ==, 0);
  g_assert_cmpstr (last_toast (f), ==, "Cohort “2025-26” already has a pupil AB01");
  g_assert_false (wm_inclusion_page_erase_pupil_for_test (f->page, ab01 + 1000));
  g_assert_nonnull (strstr (last_toast (f), "No pupil"));
  g_assert_cmpuint (f->toasts->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("WAYMARK_TODAY", TODAY, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/inclusion-page/empty", Fixture, NULL, set_up, test_empty, tear_down);
  g_test_add ("/inclusion-page/new-cohort", Fixture, NULL, set_up, test_new_cohort, tear_down);
  g_test_add ("/inclusion-page/shows-cohort", Fixture, NULL, set_up, test_shows_cohort, tear_down);
  g_test_add ("/inclusion-page/add-pupil", Fixture, NULL, set_up, test_add_pupil, tear_down);
  g_test_add ("/inclusion-page/erase-pupil", Fixture, NULL, set_up, test_erase_pupil, tear_down);
  g_test_add ("/inclusion-page/intervention-form", Fixture, NULL, set_up, test_intervention_form, tear_down);
  g_test_add ("/inclusion-page/retention", Fixture, NULL, set_up, test_retention, tear_down);
  g_test_add ("/inclusion-page/errors-reach-toast", Fixture, NULL, set_up, test_errors_reach_toast, tear_down);

  return g_test_run ();
}
