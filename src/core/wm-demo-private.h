/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-demo.h"

G_BEGIN_DECLS

/* Shared by the files of the demo school: wm-demo.c (judging) and wm-demo-*.c. */

/* Who writes: roles, never names. */
#define WM_DEMO_HEAD "Headteacher"

typedef struct {
  WmStore *store;
  GRand   *rand;
  GDate    today;
  guint    year;            /* the demo's school year starts in September of this year */
  GArray  *evidence_ids;    /* gint64: the evidence notes, in the order they were written */
  GArray  *action_ids;      /* gint64 */
} WmDemo;

/* "YYYY-MM-DD" of a day in the demo's school year: @month 9 to 12 fall in its first calendar
 * year, 1 to 8 in the next. */
char     *wm_demo_date             (WmDemo       *demo,
                                    guint         month,
                                    guint         day);
gboolean  wm_demo_is_past          (WmDemo       *demo,
                                    const char   *date);

/* wm-demo-actions.c */
gboolean  wm_demo_fill_evidence    (WmDemo       *demo,
                                    GError      **error);
gboolean  wm_demo_fill_actions     (WmDemo       *demo,
                                    GError      **error);

/* wm-demo-planner.c, wm-demo-inclusion.c */
gboolean  wm_demo_fill_steps       (WmDemo       *demo,
                                    GError      **error);
gboolean  wm_demo_fill_surveys     (WmDemo       *demo,
                                    GError      **error);
gboolean  wm_demo_fill_plan        (WmDemo       *demo,
                                    GError      **error);
gboolean  wm_demo_fill_inclusion   (WmDemo       *demo,
                                    GError      **error);

G_END_DECLS
