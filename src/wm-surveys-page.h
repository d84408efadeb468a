/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-store.h"
#include "wm-surveys.h"

G_BEGIN_DECLS

#define WM_TYPE_SURVEYS_PAGE (wm_surveys_page_get_type ())
G_DECLARE_FINAL_TYPE (WmSurveysPage, wm_surveys_page, WM, SURVEYS_PAGE, GtkWidget)

void      wm_surveys_page_set_store          (WmSurveysPage        *self,
                                              WmStore              *store);
gint64    wm_surveys_page_get_selected_round (WmSurveysPage        *self);
void      wm_surveys_page_select_round       (WmSurveysPage        *self,
                                              gint64                round_id);
gboolean  wm_surveys_page_record_answers     (WmSurveysPage        *self,
                                              gint64                round_id,
                                              const char           *respondent,
                                              const WmSurveyAnswer *answers,
                                              guint                 n_answers,
                                              GError              **error);

G_END_DECLS
