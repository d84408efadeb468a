/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-scoring"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-scoring.h"

/*
 * The three scoring rules of docs/scoring.md, as pure computation over
 * (descriptor, rating) pairs and the scale: no school file here, so that the
 * rules can be tested on their own. wm-scoring-read.c reads the pairs, from
 * the judgements or from a snapshot, and calls wm_scoring_compute_input().
 *
 * Every rule leaves "Not applicable" out: a level (or step, or descriptor)
 * with nothing that applies is taken out, and what is left is scaled back to
 * the whole scale so that elements compare. An element where nothing applies
 * has no score, which is not 0.
 */

typedef struct {
  const WmScoringInput *input;
  const WmScoringRating **rating_of;  /* per item */
  int                   lowest;       /* the scale's lowest and highest scores */
  int                   highest;
  const char           *top_name;     /* the name of the highest rating */
} Scorer;

/* A list of indices into input->items, in order. */
typedef struct {
  const char *id;
  const char *title;
  GArray     *items;
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_array_unref (group->items);
  g_free (group);
}

/* Splits @indices (all of them when NULL) by element or strand, in order of first appearance. */
static GPtrArray *
group_items (const Scorer *s,
             GArray       *indices,
             gboolean      by_strand)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = indices ? indices->len : s->input->n_items;

  for (guint i = 0; i < n; i++)
    {
      guint index = indices ? g_array_index (indices, guint, i) : i;
      const WmScoringItem *item = &s->input->items[index];
      const char *key = by_strand ? item->strand_id : item->element_id;
      Group *group = g_hash_table_lookup (seen, key);

      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->id = key;
          group->title = item->element_title;
          group->items = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (seen, (gpointer) key, group);
          g_ptr_array_add (groups, group);
        }
      g_array_append_val (group->items, index);
    }
  return groups;
}

static double
fraction (const Scorer          *s,
          const WmScoringRating *rating)
{
  /* How far up the scale's scores: 0 at the lowest rating, 1 at the highest. */
  if (s->highest <= s->lowest)
    return 0.0;
  return (double) (rating->score - s->lowest) / (double) (s->highest - s->lowest);
}

static void
append_joined (GString    *list,
               const char *text)
{
  g_string_append_printf (list, "%s%s", list->len ? ", " : "", text);
}

/*
 * A strand, for the ladder and reached rules: its levels in order, climbed
 * from the bottom. Returns FALSE when no level applies (no score).
 */
static gboolean
score_strand (const Scorer *s,
              GArray       *items,
              double       *scaled,
              GString      *text)
{
  const WmScoringInput *in = s->input;
  gboolean ladder = in->rule == WM_SCORING_LADDER;
  g_autoptr(GString) terms = g_string_new (NULL);
  g_autoptr(GString) later = g_string_new (NULL);
  g_autoptr(GString) not_applicable = g_string_new (NULL);
  const char *blocker = NULL;
  double value = 0.0;
  guint applicable = 0;
  guint reached = 0;

  for (guint level = 0; level < in->n_levels; level++)
    {
      const WmScoringRating *only = NULL;
      const char *name = in->levels[level];
      guint n_applicable = 0;
      guint n_not_applicable = 0;
      gboolean complete = TRUE;
      double sum = 0.0;
      double part;
      g_autofree char *term = NULL;

      for (guint i = 0; i < items->len; i++)
        {
          guint index = g_array_index (items, guint, i);
          const WmScoringRating *rating = s->rating_of[index];

          if (in->items[index].level != level)
            continue;
          if (rating->not_applicable)
            {
              n_not_applicable++;
              continue;
            }
          only = rating;
          n_applicable++;
          sum += fraction (s, rating);
          complete = complete && s->highest > s->lowest && rating->score == s->highest;
        }

      if (n_applicable == 0)
        {
          if (n_not_applicable > 0)
            append_joined (not_applicable, name);
          continue;
        }

      applicable++;
      part = sum / n_applicable;
      if (n_applicable == 1)
        term = ladder ? g_strdup_printf (_("%s “%s” (%.2f)"), name, only->name, part)
                      : g_strdup_printf (_("%s “%s”"), name, only->name);
      else
        term = ladder ? g_strdup_printf (_("%s, mean of %u (%.2f)"), name, n_applicable, part)
                      : g_strdup_printf (_("%s, not all %u reached"), name, n_applicable);

      if (blocker != NULL)
        {
          if (part > 0.0)
            append_joined (later, term);
          continue;
        }

      if (ladder)
        {
          value += part;
          g_string_append_printf (terms, "%s%s", terms->len ? " + " : "", term);
        }
      else if (complete)
        {
          g_autofree char *done = g_strdup_printf (_("%s reached"), name);

          reached++;
          append_joined (terms, done);
        }
      else
        append_joined (terms, term);

      if (!complete)
        blocker = name;
    }

  if (applicable == 0)
    return FALSE;

  if (!ladder)
    value = reached;
  *scaled = value * in->n_levels / applicable;

  g_string_append (text, terms->str);
  if (ladder)
    g_string_append_printf (text, " = %.2f", value);
  else
    g_string_append_printf (text, " = %u", reached);
  if (applicable < in->n_levels)
    g_string_append_printf (text, _(" of %u that apply, %.2f of %u"), applicable, *scaled, in->n_levels);
  else
    g_string_append_printf (text, _(" of %u"), in->n_levels);

  if (later->len > 0)
    {
      if (ladder)
        g_string_append_printf (text, _(" (%s not counted until %s is “%s”)"), later->str, blocker, s->top_name);
      else
        g_string_append_printf (text, _(" (%s not counted until %s is reached)"), later->str, blocker);
    }
  if (not_applicable->len > 0)
    g_string_append_printf (text, _(" (%s not applicable)"), not_applicable->str);
  return TRUE;
}

/* An element by the ladder or reached rule: the mean of its strands. */
static gboolean
score_element_levels (const Scorer *s,
                      Group        *element,
                      double       *score,
                      GString      *text)
{
  g_autoptr(GPtrArray) strands = group_items (s, element->items, TRUE);
  double sum = 0.0;
  guint n_scored = 0;

  for (guint i = 0; i < strands->len; i++)
    {
      Group *strand = g_ptr_array_index (strands, i);
      g_autoptr(GString) part = g_string_new (NULL);
      double value = 0.0;

      if (score_strand (s, strand->items, &value, part))
        {
          sum += value;
          n_scored++;
        }
      else
        g_string_assign (part, strands->len > 1 ? _("not applicable throughout, left out")
                                                : _("Not applicable throughout: no score"));

      if (strands->len > 1)
        g_string_append_printf (text, "%s: %s; ", strand->id, part->str);
      else
        g_string_append (text, part->str);
    }

  if (n_scored > 0)
    *score = sum / n_scored;
  if (strands->len > 1)
    {
      if (n_scored > 0)
        g_string_append_printf (text, ngettext ("mean of %u strand = %.2f of %u",
                                                "mean of %u strands = %.2f of %u", n_scored),
                                n_scored, *score, s->input->n_levels);
      else
        g_string_append (text, _("no score"));
    }
  return n_scored > 0;
}

/* An element by the mean rule: the mean score of its descriptors that apply. */
static gboolean
score_element_mean (const Scorer *s,
                    Group        *element,
                    double       *score,
                    GString      *text)
{
  g_autoptr(GString) terms = g_string_new (NULL);
  guint n = 0;
  guint n_not_applicable = 0;
  int sum = 0;

  for (guint i = 0; i < element->items->len; i++)
    {
      const WmScoringRating *rating = s->rating_of[g_array_index (element->items, guint, i)];

      if (rating->not_applicable)
        {
          n_not_applicable++;
          continue;
        }
      g_string_append_printf (terms, "%s%d", n ? " + " : "", rating->score);
      sum += rating->score;
      n++;
    }

  if (n == 0)
    {
      g_string_append (text, _("Not applicable throughout: no score"));
      return FALSE;
    }

  *score = (double) sum / n;
  /* A long sum says nothing a reader can check at a glance: its total does. */
  if (n == 1)
    g_string_append_printf (text, "%s / 1", terms->str);
  else if (n <= 12)
    g_string_append_printf (text, "(%s) / %u", terms->str, n);
  else
    g_string_append_printf (text, _("%d in all / %u"), sum, n);
  g_string_append_printf (text, _(" = %.2f of %d"), *score, s->highest);
  if (n_not_applicable > 0)
    g_string_append_printf (text, ngettext (" (%u not applicable)", " (%u not applicable)",
                                            n_not_applicable), n_not_applicable);
  return TRUE;
}

static void
element_score_free (gpointer data)
{
  WmElementScore *element = data;

  g_free (element->id);
  g_free (element->title);
  g_free (element->explanation);
  g_free (element);
}

void
wm_scores_free (WmScores *scores)
{
  if (scores == NULL)
    return;
  g_free (scores->framework_id);
  g_clear_pointer (&scores->elements, g_ptr_array_unref);
  g_free (scores->explanation);
  g_free (scores);
}

gboolean
wm_scoring_rule_from_name (const char    *name,
                           WmScoringRule *rule)
{
  const char *names[] = { "ladder", "reached", "mean" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      {
        *rule = (WmScoringRule) i;
        return TRUE;
      }
  return FALSE;
}

/* Finds each item's rating, and the scale's lowest and highest scores. */
static gboolean
resolve (Scorer   *s,
         GError  **error)
{
  const WmScoringInput *in = s->input;
  gboolean any = FALSE;

  for (guint r = 0; r < in->n_ratings; r++)
    {
      const WmScoringRating *rating = &in->ratings[r];

      if (rating->not_applicable)
        continue;
      if (!any || rating->score < s->lowest)
        s->lowest = rating->score;
      if (!any || rating->score > s->highest)
        {
          s->highest = rating->score;
          s->top_name = rating->name;
        }
      any = TRUE;
    }

  for (guint i = 0; i < in->n_items; i++)
    {
      const WmScoringItem *item = &in->items[i];

      for (guint r = 0; r < in->n_ratings && s->rating_of[i] == NULL; r++)
        if (g_str_equal (in->ratings[r].id, item->rating_id))
          s->rating_of[i] = &in->ratings[r];

      if (s->rating_of[i] == NULL)
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                       _("Element %s: “%s” is not a rating of the framework"),
                       item->element_id, item->rating_id);
          return FALSE;
        }
      if (item->level >= in->n_levels)
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                       _("Element %s: a descriptor at level %u of a framework with %u levels"),
                       item->element_id, item->level + 1, in->n_levels);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * wm_scoring_compute_input:
 *
 * Scores each element of @input, and the framework as the mean of the
 * elements that have a score, by the rule of docs/scoring.md.
 *
 * Returns: (transfer full): the scores; framework_id is left %NULL
 */
WmScores *
wm_scoring_compute_input (const WmScoringInput  *input,
                          GError               **error)
{
  g_autofree const WmScoringRating **rating_of = g_new0 (const WmScoringRating *, input->n_items + 1);
  Scorer s = { input, rating_of, 0, 0, "" };
  g_autoptr(WmScores) scores = g_new0 (WmScores, 1);
  g_autoptr(GPtrArray) elements = NULL;
  guint n_scored = 0;
  double sum = 0.0;

  if (!resolve (&s, error))
    return NULL;

  scores->rule = input->rule;
  scores->elements = g_ptr_array_new_with_free_func (element_score_free);
  scores->max = input->rule == WM_SCORING_MEAN ? s.highest : (double) input->n_levels;

  elements = group_items (&s, NULL, FALSE);
  for (guint i = 0; i < elements->len; i++)
    {
      Group *group = g_ptr_array_index (elements, i);
      WmElementScore *element = g_new0 (WmElementScore, 1);
      g_autoptr(GString) text = g_string_new (NULL);

      element->id = g_strdup (group->id);
      element->title = g_strdup (group->title);
      element->max = scores->max;
      if (input->rule == WM_SCORING_MEAN)
        element->has_score = score_element_mean (&s, group, &element->score, text);
      else
        element->has_score = score_element_levels (&s, group, &element->score, text);
      element->explanation = g_string_free (g_steal_pointer (&text), FALSE);
      g_ptr_array_add (scores->elements, element);

      if (element->has_score)
        {
          sum += element->score;
          n_scored++;
        }
    }

  scores->has_score = n_scored > 0;
  if (n_scored > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n_left_out = elements->len - n_scored;

      scores->score = sum / n_scored;
      g_string_printf (text, ngettext ("mean of %u element = %.2f of %g",
                                       "mean of %u elements = %.2f of %g", n_scored),
                       n_scored, scores->score, scores->max);
      if (n_left_out > 0)
        g_string_append_printf (text, ngettext (" (%u with no score, left out)",
                                                " (%u with no score, left out)", n_left_out),
                                n_left_out);
      scores->explanation = g_string_free (g_steal_pointer (&text), FALSE);
    }
  else
    scores->explanation = g_strdup (_("No score: nothing in the framework applies"));

  return g_steal_pointer (&scores);
}
