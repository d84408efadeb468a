/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-surveys-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-surveys-page-private.h"

/*
 * The Confidence Surveys page's radar chart: the rounds ticked in the sidebar, about the
 * framework of the round shown, overlaid, one axis per pillar; the judgements pooled or one of
 * them, as the dropdown says.
 */

/* The judgements of the dropdown, in its order: both pooled, then the EEF pillars' two. */
static const char * const judgements[] = { NULL, "identify", "support" };

gboolean
wm_surveys_page_is_hidden (WmSurveysPage *self,
                           gint64         round_id)
{
  return g_hash_table_contains (self->hidden, &round_id);
}

/* The rounds ticked, about @round's framework, oldest first: as many as the chart can draw. */
static GArray *
chart_rounds (WmSurveysPage *self,
              WmSurveyRound *round)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (self->rounds); i++)
    {
      g_autoptr(WmSurveyRound) other = g_list_model_get_item (self->rounds, i);
      gint64 id = wm_survey_round_get_id (other);

      if (!wm_surveys_page_is_hidden (self, id) &&
          g_str_equal (wm_survey_round_get_framework_id (other), wm_survey_round_get_framework_id (round)))
        g_array_append_val (ids, id);
    }
  if (ids->len > WM_RADAR_MAX_SERIES)
    g_array_remove_range (ids, 0, ids->len - WM_RADAR_MAX_SERIES);
  return ids;
}

void
wm_surveys_page_update_chart (WmSurveysPage *self)
{
  g_autoptr(WmSurveyRound) round = wm_surveys_page_dup_selected (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GStrvBuilder) axis_builder = g_strv_builder_new ();
  g_auto(GStrv) axis_ids = NULL;
  const char *judgement = NULL;
  gboolean pillars;
  guint chosen;
  WmRadarData *data;

  if (round == NULL)
    {
      wm_radar_view_set_data (self->radar_view, NULL, NULL);
      return;
    }

  /* The dropdown names the EEF pillars' judgements; another framework's rounds pool them. */
  pillars = g_str_equal (wm_survey_round_get_framework_id (round), WM_SURVEYS_DEFAULT_FRAMEWORK);
  gtk_widget_set_sensitive (GTK_WIDGET (self->judgement_dropdown), pillars);
  chosen = gtk_drop_down_get_selected (self->judgement_dropdown);
  if (pillars && chosen < G_N_ELEMENTS (judgements))
    judgement = judgements[chosen];

  ids = chart_rounds (self, round);
  if (ids->len == 0)
    {
      wm_radar_view_set_data (self->radar_view, NULL, NULL);
      gtk_label_set_label (self->chart_label, _("Tick a round in the list to draw it on the chart."));
      return;
    }

  if (!(questions = wm_surveys_questions (self->store, wm_survey_round_get_framework_id (round), &error)) ||
      !(data = wm_surveys_chart (self->store, (const gint64 *) (gpointer) ids->data, ids->len, judgement, &error)))
    {
      wm_radar_view_set_data (self->radar_view, NULL, NULL);
      gtk_label_set_label (self->chart_label, error->message);
      return;
    }

  /* One axis per pillar, in the order of the questions, as the chart has them. */
  for (guint i = 0; i < questions->len; i++)
    {
      WmSurveyQuestion *question = questions->pdata[i];

      if (i == 0 || !g_str_equal (((WmSurveyQuestion *) questions->pdata[i - 1])->pillar_id, question->pillar_id))
        g_strv_builder_add (axis_builder, question->pillar_id);
    }
  axis_ids = g_strv_builder_end (axis_builder);
  wm_radar_view_set_data (self->radar_view, data, (const char * const *) axis_ids);
  gtk_label_set_label (self->chart_label,
                       _("Each round's mean, from 1 to 5. Tick the rounds to draw in the list of rounds."));
}

void
wm_surveys_page_chart_toggled_cb (GtkCheckButton *check,
                                  WmSurveysPage  *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "round-id");

  if (gtk_check_button_get_active (check))
    g_hash_table_remove (self->hidden, &id);
  else
    g_hash_table_add (self->hidden, g_memdup2 (&id, sizeof id));
  wm_surveys_page_update_chart (self);
}
