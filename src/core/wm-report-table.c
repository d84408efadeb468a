/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-report-layout-private.h"

/*
 * The governors' pack's table: per element the score now and then, the direction it moved,
 * how much of it is judged and how much evidence stands behind it. A row is never split
 * between pages, and the heading row is repeated on each page the table runs onto.
 */

#define TABLE_SIZE 9.5
#define PAD        4.0

typedef enum {
  COLUMN_ELEMENT,
  COLUMN_NOW,
  COLUMN_THEN,
  COLUMN_CHANGE,
  COLUMN_JUDGED,
  COLUMN_EVIDENCE,
  N_COLUMNS,
} Column;

static const double column_widths[N_COLUMNS] = { 0, 42, 42, 54, 56, 52 };

typedef struct {
  char        *cells[N_COLUMNS];
  WmReportInk  change_ink;
  gboolean     bold;
} Row;

static void
row_clear (Row *row)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_free (row->cells[c]);
}

static gboolean
shown (const WmReport *report,
       Column          column)
{
  return report->compare_name != NULL || (column != COLUMN_THEN && column != COLUMN_CHANGE);
}

/* The element column takes what the others leave. */
static double
column_width (const WmReportFlow *flow,
              const WmReport     *report,
              Column              column)
{
  double others = 0;

  if (column != COLUMN_ELEMENT)
    return column_widths[column];
  for (guint c = COLUMN_NOW; c < N_COLUMNS; c++)
    if (shown (report, c))
      others += column_widths[c];
  return flow->layout->width - others;
}

static void
fill_change (Row               *row,
             WmReportDirection  direction,
             double             now,
             double             then)
{
  row->change_ink = direction == WM_REPORT_UP ? WM_REPORT_INK_UP
                    : direction == WM_REPORT_DOWN ? WM_REPORT_INK_DOWN : WM_REPORT_INK_MUTED;
  row->cells[COLUMN_CHANGE] = wm_report_format_change (direction, now, then);
}

/* Places one row at the flow's y: wrapped in the first column, the rest on its first line. */
static void
place_row (WmReportFlow   *flow,
           const WmReport *report,
           const Row      *row,
           gboolean        shade)
{
  double width = column_width (flow, report, COLUMN_ELEMENT);
  g_autoptr(GPtrArray) lines = wm_report_flow_wrap (flow, row->cells[COLUMN_ELEMENT], width - 2 * PAD,
                                                    TABLE_SIZE, row->bold);
  double line_height = TABLE_SIZE * WM_REPORT_LEADING;
  double height = lines->len * line_height + PAD * 2;
  double x = 0;

  if (shade)
    {
      WmReportItem box = { WM_REPORT_ITEM_BOX, WM_REPORT_INK_SHADE, 0, flow->y, flow->layout->width,
                           height, NULL, 0, FALSE, 0 };

      wm_report_flow_add_item (flow, &box);
    }
  for (guint i = 0; i < lines->len; i++)
    wm_report_flow_add_text (flow, g_ptr_array_index (lines, i), PAD,
                             flow->y + PAD + TABLE_SIZE + i * line_height, TABLE_SIZE, row->bold,
                             WM_REPORT_INK_TEXT);

  /* The figures are right-aligned, so their digits line up. */
  for (guint c = COLUMN_ELEMENT; c < N_COLUMNS; c++)
    {
      double w = column_width (flow, report, c);

      if (!shown (report, c))
        continue;
      if (c != COLUMN_ELEMENT && row->cells[c] != NULL)
        {
          double text_width = wm_report_flow_measure (flow, row->cells[c], TABLE_SIZE, row->bold);

          wm_report_flow_add_text (flow, row->cells[c], x + w - PAD - text_width,
                                   flow->y + PAD + TABLE_SIZE, TABLE_SIZE, row->bold,
                                   c == COLUMN_CHANGE ? row->change_ink : WM_REPORT_INK_TEXT);
        }
      x += w;
    }
  flow->y += height;
}

static double
row_height (WmReportFlow   *flow,
            const WmReport *report,
            const Row      *row)
{
  double width = column_width (flow, report, COLUMN_ELEMENT);
  g_autoptr(GPtrArray) lines = wm_report_flow_wrap (flow, row->cells[COLUMN_ELEMENT], width - 2 * PAD,
                                                    TABLE_SIZE, row->bold);

  return lines->len * TABLE_SIZE * WM_REPORT_LEADING + PAD * 2;
}

static void
place_rule (WmReportFlow *flow)
{
  WmReportItem rule = { WM_REPORT_ITEM_RULE, WM_REPORT_INK_RULE, 0, flow->y, flow->layout->width, 0,
                        NULL, 0, FALSE, 0 };

  wm_report_flow_add_item (flow, &rule);
}

static void
place_heading_row (WmReportFlow   *flow,
                   const WmReport *report)
{
  Row heading = {
    { g_strdup (_("Element")), g_strdup (_("Now")), g_strdup (_("Then")), g_strdup (_("Change")),
      g_strdup (_("Judged")), g_strdup (_("Evidence")) },
    WM_REPORT_INK_TEXT, TRUE
  };

  place_row (flow, report, &heading, FALSE);
  place_rule (flow);
  row_clear (&heading);
}

/* The next row, on a new page with the heading row again when it does not fit on this one. */
static void
place_body_row (WmReportFlow   *flow,
                const WmReport *report,
                const Row      *row,
                gboolean        shade)
{
  guint pages = flow->layout->pages->len;

  wm_report_flow_ensure (flow, row_height (flow, report, row));
  if (flow->layout->pages->len != pages)
    place_heading_row (flow, report);
  place_row (flow, report, row, shade);
}

void
wm_report_place_table (WmReportFlow   *flow,
                       const WmReport *report)
{
  g_autofree char *legend = NULL;
  Row overall = { { NULL }, WM_REPORT_INK_TEXT, TRUE };

  wm_report_flow_heading (flow, _("Element by element"), TABLE_SIZE * 6);
  /* Translators: %s is the scale, "Bronze, Silver, Gold" or "1 to 5" */
  legend = g_strdup_printf (_("Scores run from 0 to %.0f (%s). Judged: descriptors judged of those in "
                              "the element. Evidence: pieces of evidence attached to them."),
                            report->max, report->scale_name);
  wm_report_flow_paragraph (flow, legend, 0, flow->layout->width, TABLE_SIZE, FALSE,
                            WM_REPORT_INK_MUTED, 4);

  wm_report_flow_ensure (flow, TABLE_SIZE * WM_REPORT_LEADING * 4);
  place_heading_row (flow, report);
  for (guint i = 0; i < report->elements->len; i++)
    {
      const WmReportElement *element = g_ptr_array_index (report->elements, i);
      Row row = { { NULL }, WM_REPORT_INK_TEXT, FALSE };

      row.cells[COLUMN_ELEMENT] = g_strdup (element->title);
      row.cells[COLUMN_NOW] = wm_report_format_score (element->has_now, element->now);
      row.cells[COLUMN_THEN] = wm_report_format_score (element->has_then, element->then);
      fill_change (&row, element->direction, element->now, element->then);
      row.cells[COLUMN_JUDGED] = g_strdup_printf (_("%u of %u"), element->n_judged, element->n_descriptors);
      row.cells[COLUMN_EVIDENCE] = g_strdup_printf ("%u", element->n_evidence);
      place_body_row (flow, report, &row, i % 2 == 1);
      row_clear (&row);
    }

  overall.cells[COLUMN_ELEMENT] = g_strdup (_("Overall"));
  overall.cells[COLUMN_NOW] = wm_report_format_score (report->has_now, report->now);
  overall.cells[COLUMN_THEN] = wm_report_format_score (report->has_then, report->then);
  fill_change (&overall, wm_report_direction (report->has_now, report->now, report->has_then, report->then),
               report->now, report->then);
  place_rule (flow);
  place_body_row (flow, report, &overall, FALSE);
  row_clear (&overall);
}
