/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by wm-steps.c, wm-steps-list.c and wm-steps-weeks.c. */

#include "wm-steps.h"

G_BEGIN_DECLS

gboolean wm_steps_check_date  (const char   *text,
                               GDate        *date,
                               GError      **error);
char    *wm_steps_format_date (const GDate  *date);
char    *wm_steps_local_today (void);

G_END_DECLS
