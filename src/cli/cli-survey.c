/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

/*
 * waymark-cli's confidence surveys.
 *
 *   survey add-round NAME [FRAMEWORK] [--date YYYY-MM-DD]
 *   survey record ROUND RESPONDENT ANSWER…
 *     Each ANSWER is PILLAR=I/S: the pillar's id or title, then its scores in judgement order
 *     (identifying needs / supporting needs), 1 to 5, "-" or nothing for one not answered:
 *     metacognition=3/4 behaviour=2/- sel=/3. A single question may be named by its own id:
 *     send-support=4. Recording a respondent again replaces what they said in that round.
 *   survey summary [ROUND [ROUND2]]
 *     per pillar, each judgement's mean ± sample standard deviation (n); every round when none
 *     is named; with two, both and the change in each mean from the first to the second.
 *   survey chart JUDGEMENT ROUND… --out FILE.pdf|svg|png
 *     JUDGEMENT is identify, support or both (every answer on a pillar, pooled).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cli.h"
#include "wm-radar-export.h"
#include "wm-surveys.h"

/* A4 landscape, in points, as `chart` draws. */
#define CHART_WIDTH  842.0
#define CHART_HEIGHT 595.0

static gboolean
bad_value (GError     **error,
           const char  *message)
{
  g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, message);
  return FALSE;
}

int
cli_survey_add_round (WmStore          *store,
                      char            **args,
                      guint             n_args,
                      const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmSurveyRound) round = NULL;
  g_autofree char *label = NULL;
  gint64 id;

  id = wm_surveys_add_round (store, args[0], options->date, n_args > 1 ? args[1] : NULL, &error);
  if (id == 0 || !(round = wm_surveys_get_round (store, id, &error)))
    return cli_fail (error);

  label = wm_survey_round_dup_label (round);
  g_print (_("survey round %lld: %s, about %s\n"), (long long) id, label,
           wm_survey_round_get_framework_id (round));
  return 0;
}

/* "3" → 3; "-" or "" → 0 (not answered). */
static gboolean
parse_score (const char  *text,
             int         *score,
             GError     **error)
{
  gint64 value;

  if (*text == '\0' || g_str_equal (text, "-"))
    {
      *score = 0;
      return TRUE;
    }
  if (!g_ascii_string_to_signed (text, 10, WM_SURVEYS_MIN_SCORE, WM_SURVEYS_MAX_SCORE, &value, NULL))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a score from %d to %d (or - for none)"), text,
                         WM_SURVEYS_MIN_SCORE, WM_SURVEYS_MAX_SCORE);
      return bad_value (error, message);
    }
  *score = (int) value;
  return TRUE;
}

/* Adds the answers of one PILLAR=I/S or QUESTION=SCORE word to @answers. */
static gboolean
parse_answer (const char  *word,
              GPtrArray   *questions,
              GArray      *answers,
              GError     **error)
{
  const char *equals = strchr (word, '=');
  g_autofree char *name = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) asked = g_ptr_array_new ();

  if (equals == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not an answer: write PILLAR=I/S, as in metacognition=3/4"),
                         word);
      return bad_value (error, message);
    }
  name = g_strndup (word, equals - word);
  folded = g_utf8_casefold (name, -1);

  /* A question by its own id, else every question of a pillar named by id or title. */
  for (guint i = 0; i < questions->len && asked->len == 0; i++)
    {
      WmSurveyQuestion *question = questions->pdata[i];
      g_autofree char *id = g_utf8_casefold (question->descriptor_id, -1);

      if (g_str_equal (id, folded))
        g_ptr_array_add (asked, question);
    }
  for (guint i = 0; i < questions->len && asked->len == 0; i++)
    {
      WmSurveyQuestion *question = questions->pdata[i];
      g_autofree char *id = g_utf8_casefold (question->pillar_id, -1);
      g_autofree char *title = g_utf8_casefold (question->pillar_title, -1);

      if (g_str_equal (id, folded) || g_str_equal (title, folded))
        for (guint k = i; k < questions->len; k++)
          if (g_str_equal (((WmSurveyQuestion *) questions->pdata[k])->pillar_id, question->pillar_id))
            g_ptr_array_add (asked, questions->pdata[k]);
    }

  if (asked->len == 0)
    {
      g_autoptr(GString) pillars = g_string_new (NULL);

      for (guint i = 0; i < questions->len; i++)
        {
          WmSurveyQuestion *question = questions->pdata[i];

          if (i == 0 || !g_str_equal (question->pillar_id,
                                      ((WmSurveyQuestion *) questions->pdata[i - 1])->pillar_id))
            g_string_append_printf (pillars, "%s%s", pillars->len ? ", " : "", question->pillar_id);
        }
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a pillar of this survey (use one of: %s)"), name,
                         pillars->str);
      return bad_value (error, message);
    }

  parts = g_strsplit (equals + 1, "/", -1);
  if (g_strv_length (parts) != asked->len)
    {
      g_autoptr(GString) order = g_string_new (NULL);

      for (guint i = 0; i < asked->len; i++)
        g_string_append_printf (order, "%s%s", i ? "/" : "",
                                ((WmSurveyQuestion *) asked->pdata[i])->judgement_id);
      g_autofree char *message =
        g_strdup_printf (_("“%s” needs %u scores, as %s=%s (- for one not answered)"), word,
                         asked->len, name, order->str);
      return bad_value (error, message);
    }

  for (guint i = 0; i < asked->len; i++)
    {
      WmSurveyAnswer answer = { ((WmSurveyQuestion *) asked->pdata[i])->descriptor_id, 0 };

      if (!parse_score (parts[i], &answer.score, error))
        return FALSE;
      if (answer.score != 0)
        g_array_append_val (answers, answer);
    }
  return TRUE;
}

int
cli_survey_record (WmStore          *store,
                   char            **args,
                   guint             n_args,
                   const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmSurveyRound) round = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (WmSurveyAnswer));
  g_autofree char *label = NULL;
  gint64 id;

  if (!(id = wm_surveys_find_round (store, args[0], &error)) ||
      !(round = wm_surveys_get_round (store, id, &error)) ||
      !(questions = wm_surveys_questions (store, wm_survey_round_get_framework_id (round), &error)))
    return cli_fail (error);

  for (guint i = 2; i < n_args; i++)
    if (!parse_answer (args[i], questions, answers, &error))
      return cli_fail (error);

  if (!wm_surveys_record (store, id, args[1], (const WmSurveyAnswer *) answers->data,
                          answers->len, &error))
    return cli_fail (error);

  label = wm_survey_round_dup_label (round);
  g_print (ngettext ("Recorded %u answer from %s in %s\n",
                     "Recorded %u answers from %s in %s\n", answers->len),
           answers->len, g_strstrip (args[1]), label);
  return 0;
}

/* "3.33 ± 1.53 (n 3)", or "– (n 0)". */
static char *
format_stat (const WmSurveyStat *stat)
{
  if (stat->n == 0)
    return g_strdup (_("– (n 0)"));
  return g_strdup_printf (_("%.2f ± %.2f (n %u)"), stat->mean, stat->sd, stat->n);
}

static char *
format_mean (const WmSurveyStat *stat)
{
  return stat->n ? g_strdup_printf ("%.2f", stat->mean) : g_strdup ("–");
}

static void
print_header (const WmSurveySummary *summary)
{
  g_print ("%s", _("pillar"));
  for (guint j = 0; j < summary->n_judgements; j++)
    g_print ("\t%s", summary->judgement_ids[j]);
  g_print ("\n");
}

static void
print_summary (const WmSurveySummary *summary)
{
  g_print (ngettext ("%s (%s): %u respondent\n", "%s (%s): %u respondents\n",
                     summary->n_respondents),
           summary->round_name, summary->held_on, summary->n_respondents);
  print_header (summary);
  for (guint p = 0; p < summary->n_pillars; p++)
    {
      g_print ("%s", summary->pillar_ids[p]);
      for (guint j = 0; j < summary->n_judgements; j++)
        {
          g_autofree char *cell = format_stat (&summary->stats[p * summary->n_judgements + j]);
          g_print ("\t%s", cell);
        }
      g_print ("\n");
    }
}

/* "3.33 → 4.00 (+0.67)", or "4.00 → –" when either round has no answer. */
static void
print_change (const WmSurveyComparison *comparison)
{
  const WmSurveySummary *from = comparison->from;
  const WmSurveySummary *to = comparison->to;

  g_print (_("Change from %s (%s) to %s (%s)\n"), from->round_name, from->held_on,
           to->round_name, to->held_on);
  print_header (to);
  for (guint p = 0; p < to->n_pillars; p++)
    {
      g_print ("%s", to->pillar_ids[p]);
      for (guint j = 0; j < to->n_judgements; j++)
        {
          guint cell = p * to->n_judgements + j;
          g_autofree char *then = format_mean (&from->stats[cell]);
          g_autofree char *now = format_mean (&to->stats[cell]);
          double change = comparison->change[cell];

          if (isnan (change))
            g_print ("\t%s → %s", then, now);
          else
            g_print ("\t%s → %s (%+.2f)", then, now, fabs (change) < 0.005 ? 0.0 : change);
        }
      g_print ("\n");
    }
}

int
cli_survey_summary (WmStore          *store,
                    char            **args,
                    guint             n_args,
                    const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds = NULL;
  gint64 ids[2] = { 0, 0 };

  for (guint i = 0; i < n_args; i++)
    if (!(ids[i] = wm_surveys_find_round (store, args[i], &error)))
      return cli_fail (error);

  if (n_args == 2)
    {
      g_autoptr(WmSurveyComparison) comparison = wm_surveys_compare (store, ids[0], ids[1], &error);

      if (comparison == NULL)
        return cli_fail (error);
      print_summary (comparison->from);
      g_print ("\n");
      print_summary (comparison->to);
      g_print ("\n");
      print_change (comparison);
      return 0;
    }

  if (n_args == 1)
    {
      g_autoptr(WmSurveySummary) summary = wm_surveys_summary (store, ids[0], &error);

      if (summary == NULL)
        return cli_fail (error);
      print_summary (summary);
      return 0;
    }

  if (!(rounds = wm_surveys_list_rounds (store, &error)))
    return cli_fail (error);
  if (g_list_model_get_n_items (rounds) == 0)
    g_print (_("No survey rounds yet\n"));

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(WmSurveyRound) round = g_list_model_get_item (rounds, i);
      g_autoptr(WmSurveySummary) summary =
        wm_surveys_summary (store, wm_survey_round_get_id (round), &error);

      if (summary == NULL)
        return cli_fail (error);
      if (i > 0)
        g_print ("\n");
      print_summary (summary);
    }
  return 0;
}

int
cli_survey_chart (WmStore          *store,
                  char            **args,
                  guint             n_args,
                  const CliOptions *options)
{
  const char *judgement = g_str_equal (args[0], "both") ? NULL : args[0];
  g_autoptr(GError) error = NULL;
  g_autoptr(WmRadarData) data = NULL;
  gint64 ids[WM_RADAR_MAX_SERIES];
  WmRadarFormat format;

  if (options->out == NULL)
    return cli_usage (_("survey chart needs --out PATH, ending .pdf, .svg or .png"));
  if (!wm_radar_format_from_path (options->out, &format))
    return cli_usage (_("survey chart writes .pdf, .svg or .png: name the --out file so"));
  if (n_args < 2 || n_args - 1 > WM_RADAR_MAX_SERIES)
    {
      g_autofree char *message =
        g_strdup_printf (_("survey chart draws from 1 to %d rounds"), WM_RADAR_MAX_SERIES);
      return cli_usage (message);
    }

  for (guint i = 1; i < n_args; i++)
    if (!(ids[i - 1] = wm_surveys_find_round (store, args[i], &error)))
      return cli_fail (error);

  if (!(data = wm_surveys_chart (store, ids, n_args - 1, judgement, &error)) ||
      !wm_radar_export (data, options->out, format, CHART_WIDTH, CHART_HEIGHT, &error))
    return cli_fail (error);

  g_print (ngettext ("Wrote the chart of %u survey round to %s\n",
                     "Wrote the chart of %u survey rounds to %s\n", n_args - 1),
           n_args - 1, options->out);
  return 0;
}
