/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-store.h"

G_BEGIN_DECLS

/* How a framework's judgements become scores: frameworks.scoring, docs/scoring.md. */
typedef enum {
  WM_SCORING_LADDER,   /* how far up the levels, a level counting once those below are secure */
  WM_SCORING_REACHED,  /* the steps reached, each with every step below it */
  WM_SCORING_MEAN,     /* the mean of the ratings' scores */
} WmScoringRule;

/* One rating of the framework; not_applicable for Waymark's "Not applicable". */
typedef struct {
  const char *id;
  const char *name;
  int         score;
  gboolean    not_applicable;
} WmScoringRating;

/* One descriptor's rating, with where it sits in the framework. */
typedef struct {
  const char *element_id;
  const char *element_title;
  const char *strand_id;
  guint       level;        /* index into the levels */
  const char *rating_id;
} WmScoringItem;

/* Everything a score is computed from, borrowed: no school file needed. */
typedef struct {
  WmScoringRule           rule;
  const char * const     *levels;     /* level names, in order */
  guint                   n_levels;
  const WmScoringRating  *ratings;
  guint                   n_ratings;
  const WmScoringItem    *items;      /* in framework order */
  guint                   n_items;
} WmScoringInput;

typedef struct {
  char     *id;
  char     *title;
  gboolean  has_score;    /* FALSE when every descriptor is "Not applicable" */
  double    score;
  double    max;
  char     *explanation;  /* how the score was reached, in words */
} WmElementScore;

typedef struct {
  char          *framework_id;
  WmScoringRule  rule;
  GPtrArray     *elements;     /* WmElementScore, in framework order */
  gboolean       has_score;
  double         score;        /* the mean of the elements that have a score */
  double         max;
  char          *explanation;
} WmScores;

gboolean  wm_scoring_rule_from_name (const char            *name,
                                     WmScoringRule         *rule);
WmScores *wm_scoring_compute        (WmStore               *store,
                                     const char            *framework_id,
                                     gint64                 snapshot_id,
                                     GError               **error);
WmScores *wm_scoring_compute_input  (const WmScoringInput  *input,
                                     GError               **error);
void      wm_scores_free            (WmScores              *scores);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmScores, wm_scores_free)

G_END_DECLS
