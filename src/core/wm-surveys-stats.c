/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-surveys"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wm-store-private.h"
#include "wm-surveys.h"

/*
 * A survey round in figures: per pillar and judgement, how many answered, the mean, the sample
 * standard deviation, the lowest and highest score; the change from one round to another; and
 * the rounds overlaid on the radar chart.
 */

/**
 * wm_survey_stat_compute:
 * @scores: (array length=n): the scores
 * @stat: (out caller-allocates): their count, mean and spread
 *
 * The spread is the sample standard deviation, which divides by n − 1: a round's respondents
 * are a sample of the staff. One answer has a spread of 0; none has a NAN mean and spread.
 */
void
wm_survey_stat_compute (const int    *scores,
                        guint         n,
                        WmSurveyStat *stat)
{
  double sum = 0.0, squares = 0.0;

  stat->n = n;
  if (n == 0)
    {
      stat->mean = stat->sd = NAN;
      stat->min = stat->max = 0;
      return;
    }

  stat->min = stat->max = scores[0];
  for (guint i = 0; i < n; i++)
    {
      sum += scores[i];
      stat->min = MIN (stat->min, scores[i]);
      stat->max = MAX (stat->max, scores[i]);
    }
  stat->mean = sum / n;

  for (guint i = 0; i < n; i++)
    squares += (scores[i] - stat->mean) * (scores[i] - stat->mean);
  stat->sd = n > 1 ? sqrt (squares / (n - 1)) : 0.0;
}

/* The framework's levels that have current descriptors, in order, and its title. */
static gboolean
read_judgements (WmStore          *store,
                 WmSurveySummary  *summary,
                 GError          **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT l.id, l.name, f.title FROM levels l JOIN frameworks f ON f.id = l.framework_id "
    "WHERE l.framework_id = ?1 AND EXISTS (SELECT 1 FROM descriptors d "
    "  WHERE d.framework_id = l.framework_id AND d.level_id = l.id AND d.retired_in IS NULL) "
    "ORDER BY l.position", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, summary->framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (ids, g_strdup (wm_column_text (stmt, 0)));
      g_ptr_array_add (names, g_strdup (wm_column_text (stmt, 1)));
      if (summary->framework_title == NULL)
        summary->framework_title = g_strdup (wm_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the survey's questions"));

  if (summary->framework_title == NULL)
    summary->framework_title = g_strdup (summary->framework_id);
  summary->n_judgements = ids->len;
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (names, NULL);
  g_ptr_array_set_free_func (ids, NULL);
  g_ptr_array_set_free_func (names, NULL);
  summary->judgement_ids = (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
  summary->judgement_names = (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
  return TRUE;
}

/* The pillars that have questions, and where each question's answers go: descriptor id →
 * 1 + its cell (pillar × n_judgements + judgement). */
static void
lay_out_cells (WmSurveySummary *summary,
               GPtrArray       *questions,
               GHashTable      *cells)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  for (guint i = 0; i < questions->len; i++)
    {
      WmSurveyQuestion *question = questions->pdata[i];
      guint judgement = 0;

      if (ids->len == 0 || !g_str_equal (ids->pdata[ids->len - 1], question->pillar_id))
        {
          g_ptr_array_add (ids, g_strdup (question->pillar_id));
          g_ptr_array_add (titles, g_strdup (question->pillar_title));
        }
      while (judgement < summary->n_judgements &&
             !g_str_equal (summary->judgement_ids[judgement], question->judgement_id))
        judgement++;
      if (judgement < summary->n_judgements)
        g_hash_table_insert (cells, question->descriptor_id,
                             GUINT_TO_POINTER ((ids->len - 1) * summary->n_judgements +
                                               judgement + 1));
    }

  summary->n_pillars = ids->len;
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (titles, NULL);
  summary->pillar_ids = (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
  summary->pillar_titles = (char **) g_ptr_array_free (g_steal_pointer (&titles), FALSE);
}

/**
 * wm_surveys_summary:
 *
 * Returns: (transfer full): the round in figures; answers to descriptors that the framework
 *   has since dropped are left out
 */
WmSurveySummary *
wm_surveys_summary (WmStore  *store,
                    gint64    round_id,
                    GError  **error)
{
  g_autoptr(WmSurveySummary) summary = g_new0 (WmSurveySummary, 1);
  g_autoptr(WmSurveyRound) round = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GHashTable) cells = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) cell_scores = NULL;
  g_autoptr(GPtrArray) pillar_scores = NULL;
  sqlite3_stmt *stmt;
  guint n_cells;
  int rc;

  if (!(round = wm_surveys_get_round (store, round_id, error)))
    return NULL;

  summary->round_id = round_id;
  summary->round_name = g_strdup (wm_survey_round_get_name (round));
  summary->held_on = g_strdup (wm_survey_round_get_held_on (round));
  summary->framework_id = g_strdup (wm_survey_round_get_framework_id (round));
  summary->n_respondents = wm_survey_round_get_n_respondents (round);

  if (!read_judgements (store, summary, error) ||
      !(questions = wm_surveys_questions (store, summary->framework_id, error)))
    return NULL;
  lay_out_cells (summary, questions, cells);

  n_cells = summary->n_pillars * summary->n_judgements;
  cell_scores = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  pillar_scores = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n_cells; i++)
    g_ptr_array_add (cell_scores, g_array_new (FALSE, FALSE, sizeof (int)));
  for (guint i = 0; i < summary->n_pillars; i++)
    g_ptr_array_add (pillar_scores, g_array_new (FALSE, FALSE, sizeof (int)));

  stmt = wm_store_prepare (store,
    "SELECT descriptor_id, score FROM survey_responses WHERE round_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, round_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint cell = GPOINTER_TO_UINT (g_hash_table_lookup (cells, wm_column_text (stmt, 0)));
      int score = sqlite3_column_int (stmt, 1);

      if (cell == 0 || cell > n_cells)
        continue;
      g_array_append_val (cell_scores->pdata[cell - 1], score);
      g_array_append_val (pillar_scores->pdata[(cell - 1) / summary->n_judgements], score);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the survey's answers"));
      return NULL;
    }

  summary->stats = g_new0 (WmSurveyStat, MAX (n_cells, 1));
  summary->pillar_stats = g_new0 (WmSurveyStat, MAX (summary->n_pillars, 1));
  for (guint i = 0; i < n_cells; i++)
    {
      GArray *scores = cell_scores->pdata[i];
      wm_survey_stat_compute ((const int *) scores->data, scores->len, &summary->stats[i]);
    }
  for (guint i = 0; i < summary->n_pillars; i++)
    {
      GArray *scores = pillar_scores->pdata[i];
      wm_survey_stat_compute ((const int *) scores->data, scores->len, &summary->pillar_stats[i]);
    }

  return g_steal_pointer (&summary);
}

/* The index of the judgement whose id or name is @judgement, ignoring case; -1 if none. */
int
wm_survey_summary_find_judgement (const WmSurveySummary *summary,
                                  const char            *judgement)
{
  g_autofree char *wanted = g_utf8_casefold (judgement, -1);

  for (guint j = 0; j < summary->n_judgements; j++)
    {
      g_autofree char *id = g_utf8_casefold (summary->judgement_ids[j], -1);
      g_autofree char *name = g_utf8_casefold (summary->judgement_names[j], -1);

      if (g_str_equal (id, wanted) || g_str_equal (name, wanted))
        return (int) j;
    }
  return -1;
}

static gboolean
check_same_framework (const WmSurveySummary  *a,
                      const WmSurveySummary  *b,
                      GError                **error)
{
  if (g_str_equal (a->framework_id, b->framework_id))
    return TRUE;

  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
               _("Survey rounds “%s” and “%s” ask about different frameworks (%s and %s)"),
               a->round_name, b->round_name, a->framework_id, b->framework_id);
  return FALSE;
}

/**
 * wm_surveys_compare:
 *
 * Returns: (transfer full): both rounds in figures and the change in each mean from
 *   @from_round_id to @to_round_id
 */
WmSurveyComparison *
wm_surveys_compare (WmStore  *store,
                    gint64    from_round_id,
                    gint64    to_round_id,
                    GError  **error)
{
  g_autoptr(WmSurveyComparison) comparison = g_new0 (WmSurveyComparison, 1);
  guint n_cells;

  if (!(comparison->from = wm_surveys_summary (store, from_round_id, error)) ||
      !(comparison->to = wm_surveys_summary (store, to_round_id, error)) ||
      !check_same_framework (comparison->from, comparison->to, error))
    return NULL;

  /* The same framework, read at the same moment: the same pillars and judgements. */
  n_cells = comparison->to->n_pillars * comparison->to->n_judgements;
  comparison->change = g_new0 (double, MAX (n_cells, 1));
  comparison->pillar_change = g_new0 (double, MAX (comparison->to->n_pillars, 1));
  for (guint i = 0; i < n_cells; i++)
    comparison->change[i] = comparison->from->stats[i].n && comparison->to->stats[i].n
                            ? comparison->to->stats[i].mean - comparison->from->stats[i].mean
                            : NAN;
  for (guint i = 0; i < comparison->to->n_pillars; i++)
    comparison->pillar_change[i] =
      comparison->from->pillar_stats[i].n && comparison->to->pillar_stats[i].n
      ? comparison->to->pillar_stats[i].mean - comparison->from->pillar_stats[i].mean
      : NAN;

  return g_steal_pointer (&comparison);
}

/**
 * wm_surveys_chart:
 * @round_ids: (array length=n_rounds): the rounds, one series each, in the order given
 * @judgement: (nullable): a judgement's id or name ("identify", "support"); %NULL for every
 *   answer on a pillar, the judgements pooled
 *
 * Returns: (transfer full): the radar chart: one axis per pillar, 1 to 5, one series per round
 *   named "Baseline (2026-09-15)", NAN where nobody answered
 */
WmRadarData *
wm_surveys_chart (WmStore       *store,
                  const gint64  *round_ids,
                  guint          n_rounds,
                  const char    *judgement,
                  GError       **error)
{
  static const char * const rings[] = { "1", "2", "3", "4", "5" };
  g_autoptr(GPtrArray) summaries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) wm_survey_summary_free);
  g_autoptr(WmRadarData) data = NULL;
  g_autofree char *title = NULL;
  WmSurveySummary *first;
  int j = -1;

  G_STATIC_ASSERT (G_N_ELEMENTS (rings) == WM_SURVEYS_MAX_SCORE);

  if (n_rounds == 0 || n_rounds > WM_RADAR_MAX_SERIES)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("A chart shows from 1 to %d survey rounds, not %u"), WM_RADAR_MAX_SERIES,
                   n_rounds);
      return NULL;
    }

  for (guint i = 0; i < n_rounds; i++)
    {
      WmSurveySummary *summary = wm_surveys_summary (store, round_ids[i], error);

      if (summary == NULL)
        return NULL;
      g_ptr_array_add (summaries, summary);
      if (!check_same_framework (summaries->pdata[0], summary, error))
        return NULL;
    }

  first = summaries->pdata[0];
  if (first->n_pillars < WM_RADAR_MIN_AXES || first->n_pillars > WM_RADAR_MAX_AXES)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("A radar chart needs from %d to %d axes; framework %s has %u"),
                   WM_RADAR_MIN_AXES, WM_RADAR_MAX_AXES, first->framework_id, first->n_pillars);
      return NULL;
    }

  if (judgement != NULL && (j = wm_survey_summary_find_judgement (first, judgement)) < 0)
    {
      g_autofree char *known = g_strjoinv (", ", first->judgement_ids);

      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("“%s” is not a judgement of framework %s (use one of: %s)"),
                   judgement, first->framework_id, known);
      return NULL;
    }

  /* TRANSLATORS: the chart's title: a framework, and the judgement charted */
  title = j >= 0 ? g_strdup_printf (_("%s: %s"), first->framework_title, first->judgement_names[j])
                 : g_strdup (first->framework_title);
  data = wm_radar_data_new (title, first->n_pillars, WM_SURVEYS_MAX_SCORE);
  for (guint p = 0; p < first->n_pillars; p++)
    wm_radar_data_set_axis (data, p, first->pillar_titles[p], NULL);
  wm_radar_data_set_rings (data, rings, G_N_ELEMENTS (rings));

  for (guint i = 0; i < summaries->len; i++)
    {
      WmSurveySummary *summary = summaries->pdata[i];
      g_autofree double *values = g_new (double, summary->n_pillars);
      /* TRANSLATORS: a survey round's name and the day it was held */
      g_autofree char *name = g_strdup_printf (_("%s (%s)"), summary->round_name, summary->held_on);

      for (guint p = 0; p < summary->n_pillars; p++)
        values[p] = j >= 0 ? summary->stats[p * summary->n_judgements + (guint) j].mean
                           : summary->pillar_stats[p].mean;
      wm_radar_data_add_series (data, name, values);
    }

  return g_steal_pointer (&data);
}

void
wm_survey_summary_free (WmSurveySummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->round_name);
  g_free (summary->held_on);
  g_free (summary->framework_id);
  g_free (summary->framework_title);
  g_strfreev (summary->pillar_ids);
  g_strfreev (summary->pillar_titles);
  g_strfreev (summary->judgement_ids);
  g_strfreev (summary->judgement_names);
  g_free (summary->stats);
  g_free (summary->pillar_stats);
  g_free (summary);
}

void
wm_survey_comparison_free (WmSurveyComparison *comparison)
{
  if (comparison == NULL)
    return;

  wm_survey_summary_free (comparison->from);
  wm_survey_summary_free (comparison->to);
  g_free (comparison->change);
  g_free (comparison->pillar_change);
  g_free (comparison);
}
