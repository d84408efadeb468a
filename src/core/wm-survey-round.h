/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One round of a confidence survey (a list item): "Baseline", held on a day, about a framework. */

#define WM_TYPE_SURVEY_ROUND (wm_survey_round_get_type ())
G_DECLARE_FINAL_TYPE (WmSurveyRound, wm_survey_round, WM, SURVEY_ROUND, GObject)

WmSurveyRound *wm_survey_round_new                (gint64         id,
                                                   const char    *name,
                                                   const char    *held_on,
                                                   const char    *framework_id,
                                                   guint          n_respondents);
gint64         wm_survey_round_get_id             (WmSurveyRound *self);
const char    *wm_survey_round_get_name           (WmSurveyRound *self);
const char    *wm_survey_round_get_held_on        (WmSurveyRound *self);
const char    *wm_survey_round_get_framework_id   (WmSurveyRound *self);
guint          wm_survey_round_get_n_respondents  (WmSurveyRound *self);
char          *wm_survey_round_dup_label          (WmSurveyRound *self);

G_END_DECLS
