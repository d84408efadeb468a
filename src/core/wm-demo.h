/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-store.h"

G_BEGIN_DECLS

/*
 * The demo school: a year of made-up judging, evidence, actions, small steps, surveys, a year
 * plan and an inclusion cohort, so that a newcomer sees the charts, the report and the planner
 * with something in them. Written through the core's own API, one transaction per call, as the
 * app would write it; the same @today always gives the same school.
 */

#define WM_DEMO_SCHOOL_NAME "Riverside Primary School (demo)"

gboolean  wm_demo_fill        (WmStore      *store,
                               const GDate  *today,
                               GError      **error);
gboolean  wm_demo_create      (const char   *path,
                               const GDate  *today,
                               GError      **error);
char     *wm_demo_default_path (void);

G_END_DECLS
