/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-surveys-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-surveys-page-private.h"

/*
 * The Confidence Surveys page's dialogs: a new round, one respondent's answers, and the question
 * before a round is deleted. An AdwMessageDialog closes on any response, so when the school file
 * refuses what was typed the form opens again, as it was, with the reason above it.
 */

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static AdwMessageDialog *
dialog_new (WmSurveysPage *self,
            const char    *heading,
            const char    *body,
            const char    *response,
            const char    *response_label)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, response_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

/* A box for the dialog's fields, the reason the last try was refused (nullable) on top. */
static GtkBox *
form_box_new (const char *problem)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  if (problem != NULL)
    {
      GtkWidget *label = gtk_label_new (problem);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "error");
      gtk_box_append (GTK_BOX (box), label);
    }
  return GTK_BOX (box);
}

static GtkEditable *
entry_row_new (GtkWidget  *list,
               const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return GTK_EDITABLE (row);
}

static GtkWidget *
boxed_list_new (const char *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  return list;
}

static GtkWidget *
hint_new (const char *text)
{
  GtkWidget *hint = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  return hint;
}

/* The new round */

typedef struct {
  WmSurveysPage *page;
  GtkEditable   *name;
  GtkEditable   *held_on;
} RoundForm;

static void
round_form_free (gpointer data)
{
  RoundForm *form = data;

  g_clear_object (&form->page);
  g_free (form);
}

static void
round_changed_cb (RoundForm *form)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gtk_widget_get_root (GTK_WIDGET (form->name)));

  adw_message_dialog_set_response_enabled (dialog, "add", !is_blank (gtk_editable_get_text (form->name)) &&
                                                          !is_blank (gtk_editable_get_text (form->held_on)));
}

static void
round_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   RoundForm        *form)
{
  WmSurveysPage *self = form->page;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (form->name)));
  g_autofree char *held_on = g_strstrip (g_strdup (gtk_editable_get_text (form->held_on)));
  gint64 id;

  if (!g_str_equal (response, "add") || self->store == NULL)
    return;

  if ((id = wm_surveys_add_round (self->store, name, held_on, NULL, &error)) == 0)
    wm_surveys_page_open_round_form (self, name, held_on, error->message);
  else
    wm_surveys_page_select_round (self, id);
}

void
wm_surveys_page_open_round_form (WmSurveysPage *self,
                                 const char    *name,
                                 const char    *held_on,
                                 const char    *problem)
{
  AdwMessageDialog *dialog = dialog_new (self, _("Add Survey Round"),
                                         _("Name the round for when it is held, such as Baseline "
                                           "in September, Repeat in December, End of Year."),
                                         "add", _("_Add"));
  GtkBox *box = form_box_new (problem);
  GtkWidget *list = boxed_list_new (_("The survey round"));
  RoundForm *form = g_new0 (RoundForm, 1);

  form->page = g_object_ref (self);
  form->name = entry_row_new (list, _("_Name"), name);
  form->held_on = entry_row_new (list, _("_Date (YYYY-MM-DD)"), held_on);
  gtk_box_append (box, list);
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (box));

  g_object_set_data_full (G_OBJECT (dialog), "form", form, round_form_free);
  g_signal_connect_swapped (form->name, "changed", G_CALLBACK (round_changed_cb), form);
  g_signal_connect_swapped (form->held_on, "changed", G_CALLBACK (round_changed_cb), form);
  round_changed_cb (form);
  g_signal_connect (dialog, "response", G_CALLBACK (round_response_cb), form);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->name));
}

/* One respondent's answers */

typedef struct {
  WmSurveysPage *page;
  gint64         round_id;
  GtkEditable   *respondent;
  GPtrArray     *descriptor_ids;  /* char *, one per question */
  GPtrArray     *choices;         /* GtkDropDown, alike: 0 is "Not answered", else the score */
} RecordForm;

static void
record_form_free (gpointer data)
{
  RecordForm *form = data;

  g_clear_object (&form->page);
  g_ptr_array_unref (form->descriptor_ids);
  g_ptr_array_unref (form->choices);
  g_free (form);
}

/* Connected swapped to "changed" and "notify::selected": only @form is read. */
static void
record_changed_cb (RecordForm *form)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gtk_widget_get_root (GTK_WIDGET (form->respondent)));
  gboolean answered = FALSE;

  for (guint i = 0; i < form->choices->len && !answered; i++)
    answered = gtk_drop_down_get_selected (form->choices->pdata[i]) != 0;
  adw_message_dialog_set_response_enabled (dialog, "record",
                                           answered && !is_blank (gtk_editable_get_text (form->respondent)));
}

static void
record_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RecordForm       *form)
{
  WmSurveysPage *self = form->page;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) kept = NULL;
  g_autofree WmSurveyAnswer *answers = g_new0 (WmSurveyAnswer, MAX (form->choices->len, 1));
  const char *respondent = gtk_editable_get_text (form->respondent);

  if (!g_str_equal (response, "record") || self->store == NULL)
    return;

  for (guint i = 0; i < form->choices->len; i++)
    {
      answers[i].descriptor_id = form->descriptor_ids->pdata[i];
      answers[i].score = (int) gtk_drop_down_get_selected (form->choices->pdata[i]);
    }
  if (wm_surveys_page_record_answers (self, form->round_id, respondent, answers, form->choices->len, &error))
    return;

  kept = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < form->choices->len; i++)
    g_hash_table_insert (kept, (char *) answers[i].descriptor_id, GINT_TO_POINTER (answers[i].score));
  wm_surveys_page_open_record_form (self, form->round_id, respondent, kept, error->message);
}

/* The questions as a table: a row per pillar, a column per judgement. */
static GtkWidget *
questions_grid_new (RecordForm *form,
                    GPtrArray  *questions,
                    GHashTable *scores)
{
  static const char * const choices[] = { N_("Not answered"), "1", "2", "3", "4", "5", NULL };
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autofree const char **labels = g_new0 (const char *, G_N_ELEMENTS (choices));
  GtkWidget *grid = gtk_grid_new ();
  int row = 0;

  for (guint i = 0; choices[i] != NULL; i++)
    labels[i] = i == 0 ? _(choices[i]) : choices[i];
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);

  for (guint i = 0; i < questions->len; i++)
    {
      WmSurveyQuestion *question = questions->pdata[i];
      g_autofree char *spoken = g_strdup_printf ("%s: %s", question->pillar_title, question->judgement_name);
      GtkWidget *choice = gtk_drop_down_new_from_strings (labels);
      guint column = 0;

      while (column < columns->len && !g_str_equal (columns->pdata[column], question->judgement_id))
        column++;
      if (column == columns->len)
        {
          GtkWidget *heading = gtk_label_new (question->judgement_name);

          g_ptr_array_add (columns, question->judgement_id);
          gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
          gtk_label_set_xalign (GTK_LABEL (heading), 0);
          gtk_widget_add_css_class (heading, "heading");
          gtk_grid_attach (GTK_GRID (grid), heading, 1 + (int) column, 0, 1, 1);
        }
      if (i == 0 || !g_str_equal (((WmSurveyQuestion *) questions->pdata[i - 1])->pillar_id, question->pillar_id))
        {
          GtkWidget *title = gtk_label_new (question->pillar_title);

          row++;
          gtk_label_set_wrap (GTK_LABEL (title), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (title), 24);
          gtk_label_set_xalign (GTK_LABEL (title), 0);
          gtk_widget_set_hexpand (title, TRUE);
          gtk_grid_attach (GTK_GRID (grid), title, 0, row, 1, 1);
        }

      if (scores != NULL)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (choice),
                                    (guint) GPOINTER_TO_INT (g_hash_table_lookup (scores, question->descriptor_id)));
      gtk_widget_set_tooltip_text (choice, question->text);
      gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
      gtk_grid_attach (GTK_GRID (grid), choice, 1 + (int) column, row, 1, 1);
      g_ptr_array_add (form->descriptor_ids, g_strdup (question->descriptor_id));
      g_ptr_array_add (form->choices, choice);
      g_signal_connect_swapped (choice, "notify::selected", G_CALLBACK (record_changed_cb), form);
    }
  return grid;
}

/* The form for one respondent; @respondent, @scores (descriptor id → score) and @problem are
 * what was refused last time, or %NULL. */
void
wm_surveys_page_open_record_form (WmSurveysPage *self,
                                  gint64         round_id,
                                  const char    *respondent,
                                  GHashTable    *scores,
                                  const char    *problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmSurveyRound) round = wm_surveys_get_round (self->store, round_id, &error);
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *date = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list = boxed_list_new (_("The respondent"));
  GtkBox *box;
  RecordForm *form;

  if (round == NULL ||
      !(questions = wm_surveys_questions (self->store, wm_survey_round_get_framework_id (round), &error)))
    {
      wm_surveys_page_show_error (self, error->message);
      return;
    }

  date = wm_surveys_page_format_date (wm_survey_round_get_held_on (round));
  /* TRANSLATORS: a survey round's name and its date */
  body = g_strdup_printf (_("%s, %s: how confident is this respondent, from 1 (not at all) to 5 "
                            "(very)? Recording the same respondent again replaces their answers."),
                          wm_survey_round_get_name (round), date);
  dialog = dialog_new (self, _("Record Answers"), body, "record", _("_Record"));
  box = form_box_new (problem);
  form = g_new0 (RecordForm, 1);
  form->page = g_object_ref (self);
  form->round_id = round_id;
  form->descriptor_ids = g_ptr_array_new_with_free_func (g_free);
  form->choices = g_ptr_array_new ();
  form->respondent = entry_row_new (list, _("_Respondent"), respondent);
  gtk_box_append (box, list);
  gtk_box_append (box, hint_new (_("Role or initials, e.g. TA Y3 or JS: not a full name.")));
  gtk_box_append (box, questions_grid_new (form, questions, scores));
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (box));

  g_object_set_data_full (G_OBJECT (dialog), "form", form, record_form_free);
  g_signal_connect_swapped (form->respondent, "changed", G_CALLBACK (record_changed_cb), form);
  record_changed_cb (form);
  g_signal_connect (dialog, "response", G_CALLBACK (record_response_cb), form);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->respondent));
}

/* Deleting a round */

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    WmSurveysPage    *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "round-id");

  if (g_str_equal (response, "delete") && self->store != NULL &&
      !wm_surveys_delete_round (self->store, id, &error))
    wm_surveys_page_show_error (self, error->message);
}

void
wm_surveys_page_confirm_delete (WmSurveysPage *self,
                                gint64         round_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmSurveyRound) round = wm_surveys_get_round (self->store, round_id, &error);
  AdwMessageDialog *dialog;
  guint n;

  if (round == NULL)
    {
      wm_surveys_page_show_error (self, error->message);
      return;
    }

  n = wm_survey_round_get_n_respondents (round);
  dialog = dialog_new (self, _("Delete Survey Round?"), NULL, "delete", _("_Delete"));
  adw_message_dialog_format_body (dialog,
                                  g_dngettext (NULL, "“%s” and the answers of its %u respondent will be removed.",
                                               "“%s” and the answers of its %u respondents will be removed.", n),
                                  wm_survey_round_get_name (round), n);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "round-id", g_memdup2 (&round_id, sizeof round_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
