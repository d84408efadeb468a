/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-surveys-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wm-surveys-page-private.h"

/*
 * The Confidence Surveys page's figures for one round: a table with a row per pillar and, for
 * each judgement, the mean ± the standard deviation (how many answered), and the change since
 * the round before. A change is said with an arrow and in words for screen readers, never by
 * colour alone.
 */

/* @date (YYYY-MM-DD) as "15 September 2026", in the language of the desktop. */
char *
wm_surveys_page_format_date (const char *date)
{
  g_autoptr(GDateTime) time = NULL;
  char *text = NULL;
  int year, month, day;

  if (date != NULL && sscanf (date, "%4d-%2d-%2d", &year, &month, &day) == 3 &&
      (time = g_date_time_new_utc (year, month, day, 0, 0, 0)) != NULL)
    /* TRANSLATORS: a day (g_date_time_format) */
    text = g_date_time_format (time, _("%-d %B %Y"));
  return text != NULL ? text : g_strdup (date != NULL ? date : "");
}

/* "15 September 2026 · 12 respondents" */
char *
wm_surveys_page_dup_details (WmSurveyRound *round)
{
  g_autofree char *date = wm_surveys_page_format_date (wm_survey_round_get_held_on (round));
  guint n = wm_survey_round_get_n_respondents (round);

  /* TRANSLATORS: a survey round's date, and how many answered it */
  return g_strdup_printf (g_dngettext (NULL, "%s · %u respondent", "%s · %u respondents", n), date, n);
}

static GtkWidget *
cell_new (GtkGrid    *grid,
          int         column,
          int         row,
          const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_grid_attach (grid, label, column, row, 1, 1);
  if (row == 0)
    gtk_widget_add_css_class (label, "heading");
  else if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static char *
stat_text (const WmSurveyStat *stat)
{
  if (stat->n == 0)
    return g_strdup (_("No answers"));
  /* TRANSLATORS: a mean ± its standard deviation (how many answered) */
  return g_strdup_printf (_("%.1f ± %.1f (%u)"), stat->mean, stat->sd, stat->n);
}

/* "↑ 0.8", read out as "Up 0.8". */
static void
change_cell_new (GtkGrid *grid,
                 int      column,
                 int      row,
                 double   change)
{
  g_autofree char *text = NULL;
  g_autofree char *spoken = NULL;
  GtkWidget *label;
  double tenths = round (change * 10) / 10;

  if (isnan (change))
    {
      text = g_strdup ("—");
      spoken = g_strdup (_("No change to show: one of the rounds has no answers"));
    }
  else if (tenths > 0)
    {
      text = g_strdup_printf (_("↑ %.1f"), tenths);
      spoken = g_strdup_printf (_("Up %.1f"), tenths);
    }
  else if (tenths < 0)
    {
      text = g_strdup_printf (_("↓ %.1f"), -tenths);
      spoken = g_strdup_printf (_("Down %.1f"), -tenths);
    }
  else
    {
      text = g_strdup (_("No change"));
      spoken = g_strdup (text);
    }

  label = cell_new (grid, column, row, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static void
fill_grid (WmSurveysPage            *self,
           const WmSurveySummary    *summary,
           const WmSurveyComparison *comparison)
{
  GtkGrid *grid = self->summary_grid;
  GtkWidget *child;
  int per_judgement = comparison != NULL ? 2 : 1;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);

  gtk_widget_set_hexpand (cell_new (grid, 0, 0, _("Pillar")), TRUE);
  for (guint j = 0; j < summary->n_judgements; j++)
    {
      GtkWidget *heading = cell_new (grid, 1 + (int) j * per_judgement, 0, summary->judgement_names[j]);

      gtk_widget_set_tooltip_text (heading, _("Mean ± standard deviation (how many answered), from 1 to 5"));
      if (comparison != NULL)
        cell_new (grid, 2 + (int) j * per_judgement, 0, _("Change"));
    }

  for (guint p = 0; p < summary->n_pillars; p++)
    {
      GtkWidget *title = cell_new (grid, 0, (int) p + 1, summary->pillar_titles[p]);

      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      for (guint j = 0; j < summary->n_judgements; j++)
        {
          guint cell = p * summary->n_judgements + j;
          g_autofree char *text = stat_text (&summary->stats[cell]);

          cell_new (grid, 1 + (int) j * per_judgement, (int) p + 1, text);
          if (comparison != NULL)
            change_cell_new (grid, 2 + (int) j * per_judgement, (int) p + 1, comparison->change[cell]);
        }
    }
}

static void
show_respondents (WmSurveysPage *self,
                  WmSurveyRound *round)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) respondents = wm_surveys_respondents (self->store, wm_survey_round_get_id (round), &error);
  g_autofree char *names = NULL;
  g_autofree char *text = NULL;

  if (respondents == NULL)
    {
      gtk_label_set_label (self->respondents_label, error->message);
      return;
    }
  if (respondents[0] == NULL)
    {
      gtk_label_set_label (self->respondents_label,
                           _("Nobody has answered yet: record each respondent's answers with Record Answers."));
      return;
    }
  names = g_strjoinv (", ", respondents);
  text = g_strdup_printf (_("Answered by %s"), names);
  gtk_label_set_label (self->respondents_label, text);
}

/* @round in figures, with the change since @previous (nullable). */
void
wm_surveys_page_show_summary (WmSurveysPage *self,
                              WmSurveyRound *round,
                              WmSurveyRound *previous)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmSurveySummary) summary = NULL;
  g_autoptr(WmSurveyComparison) comparison = NULL;
  g_autofree char *details = wm_surveys_page_dup_details (round);
  g_autofree char *caption = NULL;
  gint64 id = wm_survey_round_get_id (round);

  gtk_label_set_label (self->round_title, wm_survey_round_get_name (round));
  gtk_label_set_label (self->round_details, details);
  show_respondents (self, round);

  if (previous != NULL)
    comparison = wm_surveys_compare (self->store, wm_survey_round_get_id (previous), id, &error);
  else
    summary = wm_surveys_summary (self->store, id, &error);
  if (comparison == NULL && summary == NULL)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_grid))) != NULL)
        gtk_grid_remove (self->summary_grid, child);
      gtk_label_set_label (self->compare_label, error->message);
      return;
    }

  if (comparison != NULL)
    {
      g_autofree char *date = wm_surveys_page_format_date (wm_survey_round_get_held_on (previous));

      caption = g_strdup_printf (_("Mean ± standard deviation (how many answered), from 1 to 5; the "
                                   "change since “%s” (%s)."), wm_survey_round_get_name (previous), date);
    }
  else
    caption = g_strdup (_("Mean ± standard deviation (how many answered), from 1 to 5."));
  gtk_label_set_label (self->compare_label, caption);
  fill_grid (self, comparison != NULL ? comparison->to : summary, comparison);
}
