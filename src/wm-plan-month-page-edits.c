/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-month-page"

#include "config.h"

#include "wm-plan-month-page-private.h"

/*
 * Where the words typed on the month page go (wm-plan-edit.c saves them as they are typed):
 * a section's notes and the team session's words, each to the month that was shown when the
 * typing began, even if another month is shown by the time they are saved.
 */

static gboolean
month_begin (WmPlanEdit *edit)
{
  WmPlanMonthPage *page = WM_PLAN_MONTH_PAGE (edit->owner);

  if (page->loading || page->year == NULL || page->month == NULL)
    return FALSE;
  edit->year_id = wm_plan_year_get_id (page->year);
  edit->month = g_strdup (page->month);
  return TRUE;
}

/* @edit->index: the section, 1 to 4 */
static gboolean
save_section_notes (WmPlanEdit  *edit,
                    const char  *text,
                    GError     **error)
{
  WmPlanMonthPage *page = WM_PLAN_MONTH_PAGE (edit->owner);

  return page->store == NULL ||
         wm_plan_set_section_notes (page->store, edit->year_id, edit->month, edit->index, text,
                                    error);
}

/* @edit->index: a WmPlanTeamField */
static gboolean
save_team_field (WmPlanEdit  *edit,
                 const char  *text,
                 GError     **error)
{
  WmPlanMonthPage *page = WM_PLAN_MONTH_PAGE (edit->owner);

  return page->store == NULL ||
         wm_plan_set_team_field (page->store, edit->year_id, edit->month,
                                 (WmPlanTeamField) edit->index, text, error);
}

const WmPlanEditFuncs wm_plan_month_page_section_notes = { month_begin, save_section_notes };
const WmPlanEditFuncs wm_plan_month_page_team_field = { month_begin, save_team_field };
