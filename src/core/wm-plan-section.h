/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_TYPE_PLAN_SECTION (wm_plan_section_get_type ())
G_DECLARE_FINAL_TYPE (WmPlanSection, wm_plan_section, WM, PLAN_SECTION, GObject)

gint64      wm_plan_section_get_session_id (WmPlanSection *self);
guint       wm_plan_section_get_number     (WmPlanSection *self);
const char *wm_plan_section_get_title      (WmPlanSection *self);
guint       wm_plan_section_get_minutes    (WmPlanSection *self);
const char *wm_plan_section_get_due_on     (WmPlanSection *self);
const char *wm_plan_section_get_done_on    (WmPlanSection *self);
gboolean    wm_plan_section_is_done        (WmPlanSection *self);
const char *wm_plan_section_get_notes      (WmPlanSection *self);

const char *wm_plan_section_title          (guint          number);
const char *wm_plan_section_phrase         (guint          number);
guint       wm_plan_section_default_minutes (guint         number);

G_END_DECLS
