/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-report-layout.h"

G_BEGIN_DECLS

/* What the flow (wm-report-layout.c) places and the painter (wm-report-draw.c) draws. */

typedef enum {
  WM_REPORT_INK_TEXT,
  WM_REPORT_INK_MUTED,
  WM_REPORT_INK_UP,
  WM_REPORT_INK_DOWN,
  WM_REPORT_INK_RULE,
  WM_REPORT_INK_SHADE,
} WmReportInk;

typedef enum {
  WM_REPORT_ITEM_TEXT,    /* one line: (x, y) is the start of its baseline */
  WM_REPORT_ITEM_RULE,    /* a horizontal line from (x, y), @width long */
  WM_REPORT_ITEM_BOX,     /* a filled rectangle */
  WM_REPORT_ITEM_CHART,   /* the report's radar chart in the box */
} WmReportItemKind;

typedef struct {
  WmReportItemKind  kind;
  WmReportInk       ink;
  double            x, y, width, height;
  char             *text;
  double            size;
  gboolean          bold;
  guint             chart;     /* index into the layout's charts */
} WmReportItem;

typedef struct {
  WmRadarLayout     *layout;
  const WmRadarData *data;     /* borrowed from its report */
} WmReportChart;

typedef struct {
  GArray *items;               /* WmReportItem */
  char   *footer;              /* "School · Framework", the page number added when drawn */
} WmReportPage;

struct _WmReportLayout {
  double      width, height;
  GPtrArray  *pages;           /* WmReportPage */
  GArray     *charts;          /* WmReportChart */
};

#define WM_REPORT_BODY_SIZE   10.0
#define WM_REPORT_FOOTER_SIZE 7.5
#define WM_REPORT_LEADING     1.35

/* Placing things one under another, page after page. */
typedef struct {
  WmReportLayout *layout;
  cairo_t        *cr;         /* measures text */
  WmReportPage   *page;
  const char     *footer;
  double          y;          /* the top of the free space on the page */
} WmReportFlow;

WmReportLayout *wm_report_layout_new_empty (double           width,
                                            double           height);

void       wm_report_flow_new_page  (WmReportFlow       *flow);
double     wm_report_flow_bottom    (const WmReportFlow *flow);
void       wm_report_flow_ensure    (WmReportFlow       *flow,
                                     double              height);
double     wm_report_flow_measure   (WmReportFlow       *flow,
                                     const char         *text,
                                     double              size,
                                     gboolean            bold);
void       wm_report_flow_add_item  (WmReportFlow       *flow,
                                     const WmReportItem *item);
void       wm_report_flow_add_text  (WmReportFlow       *flow,
                                     const char         *text,
                                     double              x,
                                     double              baseline,
                                     double              size,
                                     gboolean            bold,
                                     WmReportInk         ink);
GPtrArray *wm_report_flow_wrap      (WmReportFlow       *flow,
                                     const char         *text,
                                     double              width,
                                     double              size,
                                     gboolean            bold);
void       wm_report_flow_paragraph (WmReportFlow       *flow,
                                     const char         *text,
                                     double              x,
                                     double              width,
                                     double              size,
                                     gboolean            bold,
                                     WmReportInk         ink,
                                     double              space_after);
void       wm_report_flow_heading   (WmReportFlow       *flow,
                                     const char         *text,
                                     double              keep);

/* wm-report-table.c */
void       wm_report_place_table    (WmReportFlow       *flow,
                                     const WmReport     *report);

G_END_DECLS
