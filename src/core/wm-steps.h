/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-step.h"
#include "wm-store.h"

G_BEGIN_DECLS

/*
 * The small-steps log: each week someone on the team records one small step taken towards the
 * school's vision, and what it serves: a descriptor ("lqf:8.3g") or a learning habit
 * ("habits:absorption", or the habit's id or title alone). Dates are YYYY-MM-DD.
 */

/* Which steps to list; a zeroed query lists every step, newest first. */
typedef struct {
  const char *search;   /* NULL: any; words each found, ignoring case, in who, what, or the
                         * id, title or text of what the step serves */
  const char *from;     /* NULL: from the first; else taken on or after it */
  const char *to;       /* NULL: to the last; else taken on or before it */
} WmStepQuery;

/* One ISO week of the log. */
typedef struct {
  char  start[11];      /* its Monday, YYYY-MM-DD */
  guint iso_year;       /* 2026 for 2027-01-01, whose week is 2026's 53rd */
  guint iso_week;       /* 1 … 53 */
  guint n_steps;
} WmStepsWeek;

/* The governors' pack's "what changed this term": never who took a step. */
typedef struct {
  char      *start;     /* YYYY-MM-DD, as asked */
  char      *end;
  guint      n_steps;
  guint      n_weeks;   /* ISO weeks that [start, end] touches */
  double     per_week;  /* n_steps ÷ n_weeks */
  GArray    *weeks;     /* WmStepsWeek, oldest first, weeks with no step included */
  GPtrArray *lines;     /* char *: "what — serves 8.3g", oldest first */
} WmStepsReport;

/* wm-steps.c: writing */
gint64      wm_steps_add        (WmStore            *store,
                                 const char         *who,
                                 const char         *taken_on,
                                 const char         *what,
                                 const char         *serves,
                                 gint64              evidence_id,
                                 GError            **error);
gboolean    wm_steps_update     (WmStore            *store,
                                 gint64              id,
                                 const char         *who,
                                 const char         *taken_on,
                                 const char         *what,
                                 const char         *serves,
                                 gint64              evidence_id,
                                 GError            **error);
gboolean    wm_steps_delete     (WmStore            *store,
                                 gint64              id,
                                 GError            **error);

/* wm-steps-list.c: reading */
WmStep     *wm_steps_get        (WmStore            *store,
                                 gint64              id,
                                 GError            **error);
GListModel *wm_steps_list       (WmStore            *store,
                                 const WmStepQuery  *query,
                                 GError            **error);

/* wm-steps-weeks.c */
char       *wm_steps_week_start (const char         *date);
GArray     *wm_steps_count_by_week (WmStore         *store,
                                 const char         *start,
                                 const char         *end,
                                 GError            **error);
gboolean    wm_steps_term_bounds (const char        *today,
                                 char              **start,
                                 char              **end,
                                 char              **name,
                                 GError            **error);
WmStepsReport *wm_steps_for_report (WmStore         *store,
                                 const char         *start,
                                 const char         *end,
                                 GError            **error);
void        wm_steps_report_free (WmStepsReport     *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmStepsReport, wm_steps_report_free)

G_END_DECLS
