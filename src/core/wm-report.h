/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-radar.h"
#include "wm-scoring.h"
#include "wm-snapshot.h"
#include "wm-store.h"

G_BEGIN_DECLS

/*
 * The governors' pack for one framework: what the school has reached, how it has moved since a
 * snapshot, its strengths and its next steps, in words beside the chart. Gathered once from the
 * school file; the layout (wm-report-layout.h) and the ODF writer (wm-report-odt.h) only read it.
 * No notes and no evidence content are read: nothing about a pupil can reach a governor's copy.
 */

typedef enum {
  WM_REPORT_SAME,       /* no comparison, or no score at one end */
  WM_REPORT_UP,
  WM_REPORT_DOWN,
  WM_REPORT_LEVEL,      /* both scores, equal */
} WmReportDirection;

typedef struct {
  char              *id;
  char              *title;          /* "1 Vision for Learning" */
  gboolean           has_now;        /* FALSE when every descriptor is "Not applicable" */
  double             now;
  gboolean           has_then;       /* FALSE without a comparison snapshot, or no score then */
  double             then;
  WmReportDirection  direction;
  guint              n_descriptors;  /* current, not retired */
  guint              n_judged;       /* rated now, "Not applicable" included */
  guint              n_evidence;     /* pieces of evidence attached to its descriptors, each once */
} WmReportElement;

/* One line of strengths or next steps. */
typedef struct {
  char *element_title;   /* NULL for a framework-wide line */
  char *text;            /* "8.3g: Pupils choose …" or an action's title */
  char *detail;          /* "Secure", "Partial → Secure", "Ms Shah, due 2026-12-01"; may be NULL */
} WmReportLine;

typedef struct {
  char       *school_name;      /* never NULL: "" when the school has not named itself */
  char       *date;             /* YYYY-MM-DD: the day the report was made */
  char       *framework_id;
  char       *framework_title;
  char       *scale_name;       /* the rings: "Bronze, Silver, Gold" or "1 to 5" */
  char       *compare_name;     /* NULL without a comparison */
  char       *compare_date;     /* YYYY-MM-DD; NULL without a comparison */
  gboolean    has_now;
  double      now;              /* the framework's overall score */
  gboolean    has_then;
  double      then;
  double      max;
  GPtrArray  *elements;         /* WmReportElement, in framework order */
  GPtrArray  *strengths;        /* WmReportLine: descriptors at the top rating, by element */
  GPtrArray  *next_steps;       /* WmReportLine: open actions (soonest first), then the unsecured
                                 * descriptors of each element's next level */
  guint       n_strengths_left_out;   /* strengths beyond what the pack lists */
  guint       n_next_steps_left_out;
  char       *summary;          /* two or three sentences: where the school stands, what moved,
                                 * what to do next */
  WmRadarData *chart;           /* "Now", then the comparison when there is one */
  char       *term_name;        /* "Autumn term 2026": the school term of @date */
  guint       n_steps;          /* small steps logged in that term (school-wide) */
  double      steps_per_week;
  GPtrArray  *steps;            /* char *: "what — serves 8.3g", oldest first; never who */
} WmReport;

/* At most this many small steps are listed; the count says how many there were. */
#define WM_REPORT_MAX_STEPS 12

/* At most this many lines of strengths, and of next steps, per element. */
#define WM_REPORT_LINES_PER_ELEMENT 3

WmReport *wm_report_new  (WmStore     *store,
                          const char  *framework_id,
                          gint64       compare_snapshot_id,   /* WM_SNAPSHOT_NOW (0): none */
                          GError     **error);
WmReport *wm_report_new_empty (void);
void      wm_report_free (WmReport    *report);

const char        *wm_report_direction_arrow (WmReportDirection direction);   /* "↑", "↓", "→" or "" */
WmReportDirection  wm_report_direction       (gboolean          has_now,
                                              double            now,
                                              gboolean          has_then,
                                              double            then);
char              *wm_report_format_score    (gboolean          has_score,
                                              double            score);     /* "1.3", or "–" */
char              *wm_report_format_change   (WmReportDirection direction,
                                              double            now,
                                              double            then);      /* "↑ 0.5", "↑ <0.1" */

/* wm-report-chart.c: the chart, shared by the window, the pack and the command line. */
WmRadarData *wm_report_chart_new       (WmStore       *store,
                                        const char    *framework_id,
                                        const gint64  *snapshot_ids,
                                        guint          n_snapshots,
                                        GError       **error);
char        *wm_report_snapshot_label  (WmSnapshot    *snapshot);
GStrv        wm_report_ring_names      (const WmScores     *now,
                                        const char * const *level_names,
                                        guint               n_levels);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmReport, wm_report_free)

G_END_DECLS
