/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-surveys-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-accessible.h"
#include "wm-surveys-page-private.h"

/*
 * The Confidence Surveys page of the planner: the rounds in a sidebar, oldest first; the round
 * chosen there in figures, pillar by pillar, with the change since the round before it; and the
 * rounds ticked in the sidebar overlaid on one radar chart. It follows the school file's
 * "changed::surveys", a moment later, so answers recorded anywhere show.
 */

G_DEFINE_FINAL_TYPE (WmSurveysPage, wm_surveys_page, GTK_TYPE_WIDGET)

void
wm_surveys_page_show_error (WmSurveysPage *self,
                            const char    *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static WmSurveyRound *
find_round (WmSurveysPage *self,
            gint64         round_id,
            guint         *position)
{
  guint n = self->rounds != NULL ? g_list_model_get_n_items (self->rounds) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmSurveyRound) round = g_list_model_get_item (self->rounds, i);

      if (wm_survey_round_get_id (round) == round_id)
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&round);
        }
    }
  return NULL;
}

/* Returns: (transfer full) (nullable): the round shown */
WmSurveyRound *
wm_surveys_page_dup_selected (WmSurveysPage *self)
{
  return self->selected_id != 0 ? find_round (self, self->selected_id, NULL) : NULL;
}

/* The round held before @round about the same framework, if any. */
static WmSurveyRound *
find_previous (WmSurveysPage *self,
               WmSurveyRound *round)
{
  guint position = 0;
  g_autoptr(WmSurveyRound) found = find_round (self, wm_survey_round_get_id (round), &position);

  while (found != NULL && position-- > 0)
    {
      g_autoptr(WmSurveyRound) other = g_list_model_get_item (self->rounds, position);

      if (g_str_equal (wm_survey_round_get_framework_id (other), wm_survey_round_get_framework_id (round)))
        return g_steal_pointer (&other);
    }
  return NULL;
}

static void
update_actions (WmSurveysPage *self)
{
  gboolean selected = self->selected_id != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "surveys.add-round", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "surveys.record", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "surveys.delete-round", selected);
}

static void
show_selected (WmSurveysPage *self)
{
  g_autoptr(WmSurveyRound) round = wm_surveys_page_dup_selected (self);
  g_autoptr(WmSurveyRound) previous = round != NULL ? find_previous (self, round) : NULL;

  update_actions (self);
  if (round != NULL)
    wm_surveys_page_show_summary (self, round, previous);
  wm_surveys_page_update_chart (self);
}

static GtkWidget *
create_round_row (gpointer item,
                  gpointer user_data)
{
  WmSurveysPage *self = user_data;
  WmSurveyRound *round = item;
  gint64 id = wm_survey_round_get_id (round);
  g_autofree char *details = wm_surveys_page_dup_details (round);
  g_autofree char *date = wm_surveys_page_format_date (wm_survey_round_get_held_on (round));
  guint n = wm_survey_round_get_n_respondents (round);
  /* TRANSLATORS: a survey round's date, and below it how many answered */
  g_autofree char *lines = g_strdup_printf (g_dngettext (NULL, "%s\n%u respondent", "%s\n%u respondents", n),
                                            date, n);
  g_autofree char *check_label = g_strdup_printf (_("Show “%s” on the chart"), wm_survey_round_get_name (round));
  /* TRANSLATORS: what a screen reader says of a survey round in the list: its name, and its
   * date and how many answered */
  g_autofree char *row_label = g_strdup_printf (_("%s, %s"), wm_survey_round_get_name (round), details);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *name = gtk_label_new (wm_survey_round_get_name (round));
  GtkWidget *sub = gtk_label_new (lines);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !wm_surveys_page_is_hidden (self, id));
  gtk_widget_set_tooltip_text (check, _("Show on the chart"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  g_object_set_data_full (G_OBJECT (check), "round-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (wm_surveys_page_chart_toggled_cb), self, 0);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), sub);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, row_label, -1);
  g_object_set_data_full (G_OBJECT (row), "round-id", g_memdup2 (&id, sizeof id), g_free);
  return row;
}

static void
round_selected_cb (WmSurveysPage *self,
                   GtkListBoxRow *row)
{
  gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), "round-id") : NULL;

  if (self->reloading || id == NULL || *id == self->selected_id)
    return;
  self->selected_id = *id;
  show_selected (self);
}

static void
reload (WmSurveysPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmSurveyRound) selected = NULL;
  guint position = 0;
  guint n;

  g_clear_object (&self->rounds);
  if (self->store != NULL && !(self->rounds = wm_surveys_list_rounds (self->store, &error)))
    wm_surveys_page_show_error (self, error->message);
  if (self->rounds == NULL)
    self->rounds = G_LIST_MODEL (g_list_store_new (WM_TYPE_SURVEY_ROUND));

  /* The round shown stays, while it is there; else the latest. */
  n = g_list_model_get_n_items (self->rounds);
  if (!(selected = find_round (self, self->selected_id, &position)) && n > 0)
    {
      position = n - 1;
      selected = g_list_model_get_item (self->rounds, position);
    }
  self->selected_id = selected != NULL ? wm_survey_round_get_id (selected) : 0;

  self->reloading = TRUE;
  gtk_list_box_bind_model (self->rounds_list, self->rounds, create_round_row, self, NULL);
  if (selected != NULL)
    gtk_list_box_select_row (self->rounds_list, gtk_list_box_get_row_at_index (self->rounds_list, (int) position));
  self->reloading = FALSE;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "rounds" : "empty");
  show_selected (self);
}

static gboolean
reload_cb (gpointer data)
{
  WmSurveysPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Recording a staff room's answers is many writes in a row: one reload for the burst. */
static void
surveys_changed_cb (WmSurveysPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_cb, self, NULL);
}

void
wm_surveys_page_set_store (WmSurveysPage *self,
                           WmStore       *store)
{
  g_return_if_fail (WM_IS_SURVEYS_PAGE (self));
  g_return_if_fail (store == NULL || WM_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  self->selected_id = 0;
  g_hash_table_remove_all (self->hidden);
  if (store != NULL)
    g_signal_connect_object (store, "changed::surveys", G_CALLBACK (surveys_changed_cb), self,
                             G_CONNECT_SWAPPED);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload (self);
}

gint64
wm_surveys_page_get_selected_round (WmSurveysPage *self)
{
  g_return_val_if_fail (WM_IS_SURVEYS_PAGE (self), 0);

  return self->selected_id;
}

/* Shows @round_id in figures; the round is chosen in the list too. */
void
wm_surveys_page_select_round (WmSurveysPage *self,
                              gint64         round_id)
{
  g_return_if_fail (WM_IS_SURVEYS_PAGE (self));

  self->selected_id = round_id;
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload (self);
}

/**
 * wm_surveys_page_record_answers:
 * @answers: (array length=n_answers): one per question asked; a score of 0 is a question left
 *   unanswered, and is not recorded
 *
 * What the Record Answers form saves: @respondent's answers to the round, in place of any
 * they gave before.
 */
gboolean
wm_surveys_page_record_answers (WmSurveysPage         *self,
                                gint64                 round_id,
                                const char            *respondent,
                                const WmSurveyAnswer  *answers,
                                guint                  n_answers,
                                GError               **error)
{
  g_autoptr(GArray) given = g_array_new (FALSE, FALSE, sizeof (WmSurveyAnswer));

  g_return_val_if_fail (WM_IS_SURVEYS_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  for (guint i = 0; i < n_answers; i++)
    if (answers[i].score != 0)
      g_array_append_val (given, answers[i]);
  return wm_surveys_record (self->store, round_id, respondent, (const WmSurveyAnswer *) (gpointer) given->data,
                            given->len, error);
}

/* surveys.add-round, surveys.record, surveys.delete-round */
static void
round_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WmSurveysPage *self = WM_SURVEYS_PAGE (widget);

  if (self->store == NULL)
    return;
  if (g_str_equal (action_name, "surveys.add-round"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      wm_surveys_page_open_round_form (self, NULL, today, NULL);
    }
  else if (self->selected_id == 0)
    return;
  else if (g_str_equal (action_name, "surveys.record"))
    wm_surveys_page_open_record_form (self, self->selected_id, NULL, NULL, NULL);
  else
    wm_surveys_page_confirm_delete (self, self->selected_id);
}

static void
wm_surveys_page_dispose (GObject *object)
{
  WmSurveysPage *self = WM_SURVEYS_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->rounds);
  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_SURVEYS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (wm_surveys_page_parent_class)->dispose (object);
}

static void
wm_surveys_page_finalize (GObject *object)
{
  WmSurveysPage *self = WM_SURVEYS_PAGE (object);

  g_hash_table_unref (self->hidden);
  G_OBJECT_CLASS (wm_surveys_page_parent_class)->finalize (object);
}

static void
wm_surveys_page_class_init (WmSurveysPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_surveys_page_dispose;
  object_class->finalize = wm_surveys_page_finalize;

  g_type_ensure (WM_TYPE_RADAR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-surveys-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmSurveysPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WmSurveysPage, stack);
  gtk_widget_class_bind_template_child (widget_class, WmSurveysPage, rounds_list);
  gtk_widget_class_bind_template_child (widget_class, WmSurveysPage, round_title);
  gtk_widget_class_bind_template_child (widget_class, WmSurveysPage, round_details);
  gtk_widget_class_bind_template_child (widget_class, WmSurveysPage, compare_label);
  gtk_widget_class_bind_template_child (widget_class, WmSurveysPage, summary_grid);
  gtk_widget_class_bind_template_child (widget_class, WmSurveysPage, respondents_label);
  gtk_widget_class_bind_template_child (widget_class, WmSurveysPage, judgement_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmSurveysPage, chart_label);
  gtk_widget_class_bind_template_child (widget_class, WmSurveysPage, radar_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);

  gtk_widget_class_install_action (widget_class, "surveys.add-round", NULL, round_action);
  gtk_widget_class_install_action (widget_class, "surveys.record", NULL, round_action);
  gtk_widget_class_install_action (widget_class, "surveys.delete-round", NULL, round_action);
}

static void
wm_surveys_page_init (WmSurveysPage *self)
{
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  wm_accessible_name_drop_down (self->judgement_dropdown);

  g_signal_connect_object (self->rounds_list, "row-selected", G_CALLBACK (round_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->judgement_dropdown, "notify::selected",
                           G_CALLBACK (wm_surveys_page_update_chart), self, G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  update_actions (self);
}
