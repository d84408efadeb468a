/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-inclusion-page.h"
#include "wm-inclusion.h"

G_BEGIN_DECLS

/* Shared by wm-inclusion-page.c, -actions.c, -pupils.c, -dialogs.c, -intervention.c and -erase.c. */

struct _WmInclusionPage
{
  GtkWidget     parent_instance;

  WmStore      *store;
  GListModel   *cohorts;              /* WmInclusionCohort, oldest first */
  gint64        cohort_id;            /* the cohort shown; 0: none */
  gint64        pupil_id;             /* the pupil shown; 0: none */
  GDate         today;
  char        **pillar_ids;
  char        **pillar_titles;
  guint         reload_id;
  gboolean      loading;              /* the page, not a person, is changing the selection */

  GtkWidget    *retention_box;
  GtkLabel     *retention_label;
  GtkButton    *retention_button;
  GtkDropDown  *cohort_dropdown;
  GtkLabel     *cohort_label;
  GtkStack     *stack;
  GtkLabel     *grant_label;
  GtkLabel     *committed_label;
  GtkLabel     *spent_label;
  GtkLabel     *remaining_label;
  GtkLevelBar  *budget_bar;
  GtkWidget    *over_box;
  GtkLabel     *over_label;
  GtkLabel     *summary_label;
  GtkListBox   *pupils_list;
  GtkStack     *detail_stack;
  GtkLabel     *pupil_title;
  GtkLabel     *pupil_subtitle;
  GtkListBox   *needs_list;
  GtkListBox   *interventions_list;
};

/* What the intervention form holds, as typed: kept when it opens again to say what was wrong. */
typedef struct {
  const char *pillar_id;
  const char *what;
  const char *who;
  gboolean    external;
  const char *provider_name;
  const char *starts_on;
  const char *review_on;
  const char *cost;
  const char *spent;
  const char *outcome;
} WmInterventionDraft;

/* wm-inclusion-page.c */
void        wm_inclusion_page_toast             (WmInclusionPage *self,
                                                 const char      *message);
char       *wm_inclusion_page_format_date       (const char      *date);
const char *wm_inclusion_page_pillar_title      (WmInclusionPage *self,
                                                 const char      *pillar_id);

/* wm-inclusion-page-actions.c */
void        wm_inclusion_page_class_init_actions (GtkWidgetClass *widget_class);
void        wm_inclusion_page_actions_update    (WmInclusionPage *self);

/* wm-inclusion-page-pupils.c */
void        wm_inclusion_page_reload_pupils     (WmInclusionPage *self);
void        wm_inclusion_page_reload_detail     (WmInclusionPage *self);
void        wm_inclusion_page_pupils_init       (WmInclusionPage *self);

/* wm-inclusion-page-dialogs.c */
void        wm_inclusion_page_open_cohort_form  (WmInclusionPage *self,
                                                 const char      *name,
                                                 const char      *grant,
                                                 const char      *retain_until,
                                                 const char      *problem);
void        wm_inclusion_page_open_pupil_form   (WmInclusionPage *self,
                                                 const char      *initials,
                                                 const char      *problem);
void        wm_inclusion_page_open_need_form    (WmInclusionPage *self,
                                                 const char      *pillar_id);
AdwMessageDialog *wm_inclusion_page_new_dialog  (WmInclusionPage *self,
                                                 const char      *heading);
GtkWidget  *wm_inclusion_page_form_box          (const char      *problem,
                                                 gboolean         scrolls,
                                                 GtkWidget      **list);
GtkEditable *wm_inclusion_page_add_entry        (GtkWidget       *list,
                                                 const char      *title,
                                                 const char      *text);
GtkWidget  *wm_inclusion_page_add_hint          (GtkWidget       *box,
                                                 const char      *text);

/* wm-inclusion-page-erase.c */
void        wm_inclusion_page_confirm_erase_pupil  (WmInclusionPage *self);
void        wm_inclusion_page_confirm_erase_cohort (WmInclusionPage *self,
                                                    gint64           cohort_id);
void        wm_inclusion_page_confirm_remove_intervention (WmInclusionPage *self,
                                                           gint64           intervention_id);

/* wm-inclusion-page-intervention.c */
void        wm_inclusion_page_open_intervention_form (WmInclusionPage           *self,
                                                      gint64                     intervention_id,
                                                      const WmInterventionDraft *draft,
                                                      const char                *problem);
void        wm_inclusion_page_edit_intervention      (WmInclusionPage           *self,
                                                      gint64                     intervention_id);

G_END_DECLS
