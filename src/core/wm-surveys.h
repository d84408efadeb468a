/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-radar.h"
#include "wm-store.h"
#include "wm-survey-round.h"

G_BEGIN_DECLS

/*
 * Confidence surveys. A round (Baseline in September, Repeat in December …) asks each
 * respondent to score each descriptor of a framework from 1 to 5. With the EEF pillars (the
 * default), each pillar is an element and its two judgements, identifying needs and supporting
 * needs, are its levels: so "pillar" below means an element, and "judgement" a level.
 */

#define WM_SURVEYS_DEFAULT_FRAMEWORK "eef-pillars"
#define WM_SURVEYS_MIN_SCORE         1
#define WM_SURVEYS_MAX_SCORE         5
/* Respondents are named by role or initials ("Y4 teacher", "JS"), in at most this many
 * characters; the app advises against full names. */
#define WM_SURVEYS_RESPONDENT_MAX    40

/* One question of a survey: a current descriptor of the round's framework. */
typedef struct {
  char *descriptor_id;     /* "metacognition-identify" */
  char *pillar_id;         /* its element: "metacognition" */
  char *pillar_title;      /* "Metacognition and self-regulated learning" */
  char *judgement_id;      /* its level: "identify" */
  char *judgement_name;    /* "Identifying needs" */
  char *text;              /* "I am confident in identifying …" */
} WmSurveyQuestion;

/* One answer to record. */
typedef struct {
  const char *descriptor_id;
  int         score;       /* WM_SURVEYS_MIN_SCORE … WM_SURVEYS_MAX_SCORE */
} WmSurveyAnswer;

/* The answers in one cell: their count, mean and spread. */
typedef struct {
  guint  n;
  double mean;             /* NAN when n is 0 */
  double sd;               /* the sample standard deviation (divides by n − 1): 0 when n is 1,
                            * NAN when n is 0 */
  int    min, max;         /* 0 when n is 0 */
} WmSurveyStat;

/* One round in figures, per pillar and judgement. */
typedef struct {
  gint64        round_id;
  char         *round_name;
  char         *held_on;
  char         *framework_id;
  char         *framework_title;
  guint         n_respondents;
  guint         n_pillars;
  char        **pillar_ids;       /* the framework's elements that have questions, in order */
  char        **pillar_titles;
  guint         n_judgements;
  char        **judgement_ids;    /* its levels that have questions, in order */
  char        **judgement_names;
  WmSurveyStat *stats;            /* [pillar × n_judgements + judgement] */
  WmSurveyStat *pillar_stats;     /* [pillar]: every answer on the pillar, judgements pooled */
} WmSurveySummary;

/* What changed from one round to a later one of the same framework. */
typedef struct {
  WmSurveySummary *from;
  WmSurveySummary *to;
  double          *change;        /* as stats: to's mean − from's; NAN unless both have answers */
  double          *pillar_change; /* as pillar_stats */
} WmSurveyComparison;

/* wm-surveys.c: rounds and their questions */
gint64         wm_surveys_add_round         (WmStore               *store,
                                             const char            *name,
                                             const char            *held_on,
                                             const char            *framework_id,
                                             GError               **error);
gboolean       wm_surveys_delete_round      (WmStore               *store,
                                             gint64                 round_id,
                                             GError               **error);
WmSurveyRound *wm_surveys_get_round         (WmStore               *store,
                                             gint64                 round_id,
                                             GError               **error);
gint64         wm_surveys_find_round        (WmStore               *store,
                                             const char            *name,
                                             GError               **error);
GListModel    *wm_surveys_list_rounds       (WmStore               *store,
                                             GError               **error);
GPtrArray     *wm_surveys_questions         (WmStore               *store,
                                             const char            *framework_id,
                                             GError               **error);
void           wm_survey_question_free      (WmSurveyQuestion      *question);

/* wm-surveys-answers.c */
gboolean       wm_surveys_record            (WmStore               *store,
                                             gint64                 round_id,
                                             const char            *respondent,
                                             const WmSurveyAnswer  *answers,
                                             guint                  n_answers,
                                             GError               **error);
gboolean       wm_surveys_remove_respondent (WmStore               *store,
                                             gint64                 round_id,
                                             const char            *respondent,
                                             GError               **error);
GStrv          wm_surveys_respondents       (WmStore               *store,
                                             gint64                 round_id,
                                             GError               **error);

/* wm-surveys-stats.c */
void                wm_survey_stat_compute     (const int           *scores,
                                                guint                n,
                                                WmSurveyStat        *stat);
WmSurveySummary    *wm_surveys_summary         (WmStore             *store,
                                                gint64               round_id,
                                                GError             **error);
WmSurveyComparison *wm_surveys_compare         (WmStore             *store,
                                                gint64               from_round_id,
                                                gint64               to_round_id,
                                                GError             **error);
WmRadarData        *wm_surveys_chart           (WmStore             *store,
                                                const gint64        *round_ids,
                                                guint                n_rounds,
                                                const char          *judgement,
                                                GError             **error);
int                 wm_survey_summary_find_judgement (const WmSurveySummary *summary,
                                                      const char            *judgement);
void                wm_survey_summary_free     (WmSurveySummary     *summary);
void                wm_survey_comparison_free  (WmSurveyComparison  *comparison);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmSurveySummary, wm_survey_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmSurveyComparison, wm_survey_comparison_free)

G_END_DECLS
