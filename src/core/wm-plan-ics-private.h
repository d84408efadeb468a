/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libical/ical.h>

#include "wm-plan-ics.h"

G_BEGIN_DECLS

/* Every timed item of the plan is in the school's own time. */
#define WM_PLAN_ICS_TZID "Europe/London"

/* wm-plan-ics.c */
char          *wm_plan_ics_year_name       (WmStore              *store,
                                            gint64                year_id,
                                            GError              **error);

/* wm-plan-ics-time.c */
icalcomponent *wm_plan_ics_london_timezone (void);
gboolean       wm_plan_ics_read_date       (const char           *text,
                                            const char           *what,
                                            struct icaltimetype  *day,
                                            GError              **error);
int            wm_plan_ics_parse_clock     (const char           *text);
void           wm_plan_ics_set_times       (icalcomponent        *event,
                                            struct icaltimetype   day,
                                            int                   starts,
                                            int                   minutes);
void           wm_plan_ics_set_all_day     (icalcomponent        *event,
                                            struct icaltimetype   day);

/* wm-plan-ics-export.c */

G_END_DECLS
