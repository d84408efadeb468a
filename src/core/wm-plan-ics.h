/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-store.h"

G_BEGIN_DECLS

/*
 * A Stepping Stones year plan as an iCalendar file (RFC 5545), for a calendar application to
 * import: the Professional Learning Team sessions and the Review and Renew day as timed events
 * (Europe/London), the online sessions as all-day events and the four sections of each habit
 * month as tasks with due dates. UIDs are stable across exports, so re-importing updates.
 */

GBytes   *wm_plan_ics_build     (WmStore      *store,
                                 gint64        year_id,
                                 GError      **error);
gboolean  wm_plan_ics_export    (WmStore      *store,
                                 gint64        year_id,
                                 const char   *path,
                                 GError      **error);
gint64    wm_plan_ics_find_year (WmStore      *store,
                                 const GDate  *today,
                                 char        **name,
                                 GError      **error);

G_END_DECLS
