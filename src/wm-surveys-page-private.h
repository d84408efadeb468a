/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-radar-view.h"
#include "wm-surveys-page.h"

G_BEGIN_DECLS

/* Shared by wm-surveys-page.c and its -chart.c, -summary.c and -dialogs.c. */

struct _WmSurveysPage
{
  GtkWidget        parent_instance;

  WmStore         *store;
  GListModel      *rounds;        /* WmSurveyRound, oldest first */
  gint64           selected_id;   /* 0: none yet, so the latest */
  GHashTable      *hidden;        /* gint64 round ids the school took off the chart */
  guint            reload_id;
  gboolean         reloading;     /* the list is being rebuilt: selections are not the school's */

  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkListBox      *rounds_list;
  GtkLabel        *round_title;
  GtkLabel        *round_details;
  GtkLabel        *compare_label;
  GtkGrid         *summary_grid;
  GtkLabel        *respondents_label;
  GtkDropDown     *judgement_dropdown;
  GtkLabel        *chart_label;
  WmRadarView     *radar_view;
};

void           wm_surveys_page_show_error       (WmSurveysPage *self,
                                                 const char    *message);
WmSurveyRound *wm_surveys_page_dup_selected     (WmSurveysPage *self);

/* wm-surveys-page-chart.c */
gboolean       wm_surveys_page_is_hidden        (WmSurveysPage  *self,
                                                 gint64          round_id);
void           wm_surveys_page_update_chart     (WmSurveysPage  *self);
void           wm_surveys_page_chart_toggled_cb (GtkCheckButton *check,
                                                 WmSurveysPage  *self);

/* wm-surveys-page-summary.c */
char          *wm_surveys_page_format_date      (const char    *date);
char          *wm_surveys_page_dup_details      (WmSurveyRound *round);
void           wm_surveys_page_show_summary     (WmSurveysPage *self,
                                                 WmSurveyRound *round,
                                                 WmSurveyRound *previous);

/* wm-surveys-page-dialogs.c */
void           wm_surveys_page_open_round_form  (WmSurveysPage *self,
                                                 const char    *name,
                                                 const char    *held_on,
                                                 const char    *problem);
void           wm_surveys_page_open_record_form (WmSurveysPage *self,
                                                 gint64         round_id,
                                                 const char    *respondent,
                                                 GHashTable    *scores,
                                                 const char    *problem);
void           wm_surveys_page_confirm_delete   (WmSurveysPage *self,
                                                 gint64         round_id);

G_END_DECLS
