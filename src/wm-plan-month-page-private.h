/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-framework-def.h"
#include "wm-plan.h"
#include "wm-plan-edit.h"
#include "wm-plan-month-page.h"

G_BEGIN_DECLS

/* Shared by wm-plan-month-page.c and its -selector.c, -edits.c, -sections.c, -team.c,
 * -groups.c and -actions.c. */

#define WM_PLAN_N_TEAM_FIELDS 5
#define WM_PLAN_N_EDITS (WM_PLAN_N_SECTIONS + WM_PLAN_N_TEAM_FIELDS)

struct _WmPlanMonthPage
{
  GtkWidget            parent_instance;

  WmStore             *store;
  WmPlanYear          *year;
  char                *month;        /* the month shown, YYYY-MM */
  GListModel          *months;       /* WmPlanMonth: the year, for the month selector */
  WmPlanMonth         *data;         /* the month shown, as last read */
  WmFrameworkDef      *library;      /* the year's habit library */
  guint                reload_id;
  gboolean             loading;      /* widgets being filled from the file, not by the school */

  WmPlanEdit           edits[WM_PLAN_N_EDITS];
  AdwExpanderRow      *section_rows[WM_PLAN_N_SECTIONS];
  GtkCheckButton      *section_checks[WM_PLAN_N_SECTIONS];
  AdwEntryRow         *section_notes[WM_PLAN_N_SECTIONS];
  GtkSpinButton       *phase_spins[WM_PLAN_N_PHASES];
  GtkLabel            *phase_labels[WM_PLAN_N_PHASES];

  GtkListBox          *due_list;
  GtkButton           *previous_button;
  GtkButton           *next_button;
  GtkDropDown         *month_dropdown;
  GtkStringList       *month_names;
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  AdwStatusPage       *none_page;
  GtkLabel            *habit_label;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *online_group;
  AdwEntryRow         *online_row;
  AdwPreferencesGroup *sections_group;
  AdwPreferencesGroup *team_group;
  AdwEntryRow         *team_date_row;
  AdwEntryRow         *team_time_row;
  GtkSpinButton       *team_minutes_spin;
  AdwEntryRow         *attendees_row;
  AdwEntryRow         *enquiry_row;
  GtkTextView         *team_notes_view;
  GtkTextView         *experiments_view;
  GtkTextView         *indicators_view;
  GtkGrid             *groups_grid;
  GtkLabel            *groups_empty_label;
  AdwEntryRow         *group_name_row;
  GtkBox              *phase_box;
  GtkButton           *add_group_button;
  GtkListBox          *actions_list;
};

/* wm-plan-month-page.c */
void  wm_plan_month_page_toast          (WmPlanMonthPage *self,
                                         const char      *message);
char *wm_plan_month_page_format_date    (const char      *date,
                                         const char      *format);
WmElementDef *wm_plan_month_page_find_habit (WmPlanMonthPage *self);

/* wm-plan-month-page-selector.c */
void        wm_plan_month_page_init_selector   (WmPlanMonthPage *self);
void        wm_plan_month_page_update_selector (WmPlanMonthPage *self);
const char *wm_plan_month_page_default_month   (WmPlanMonthPage *self,
                                                const GDate     *today);

/* wm-plan-month-page-edits.c: where the words typed go (the WmPlanEdit's index: a section,
 * 1 to 4; a WmPlanTeamField) */
extern const WmPlanEditFuncs wm_plan_month_page_section_notes;
extern const WmPlanEditFuncs wm_plan_month_page_team_field;

/* wm-plan-month-page-sections.c */
void  wm_plan_month_page_init_sections  (WmPlanMonthPage *self);
void  wm_plan_month_page_show_sections  (WmPlanMonthPage *self);

/* wm-plan-month-page-team.c */
void  wm_plan_month_page_init_team      (WmPlanMonthPage *self);
void  wm_plan_month_page_show_team      (WmPlanMonthPage *self);
void  wm_plan_month_page_flush_team     (WmPlanMonthPage *self);

/* wm-plan-month-page-groups.c */
void  wm_plan_month_page_init_groups    (WmPlanMonthPage *self);
void  wm_plan_month_page_show_groups    (WmPlanMonthPage *self);

/* wm-plan-month-page-actions.c */
void  wm_plan_month_page_class_init_actions (GtkWidgetClass  *widget_class);
void  wm_plan_month_page_show_actions   (WmPlanMonthPage *self);

G_END_DECLS
