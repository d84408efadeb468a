/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wm-trust-private.h"

/*
 * The trust summary's table on paper: a row per school (its name, and which snapshot its scores
 * are), its overall score and how that moved, then each element's score with an arrow where it
 * moved; the trust median last. Elements that do not fit across the page go on into a further
 * table below; a row never splits, and the heading row is repeated on each page.
 */

#define TABLE_SIZE    WM_TRUST_PDF_SMALL_SIZE
#define DETAIL_SIZE   7.0
#define PAD           3.5
#define SCHOOL_WIDTH  150.0
#define OVERALL_WIDTH 42.0
#define CHANGE_WIDTH  46.0
#define CELL_WIDTH    38.0

/* "1 Vision for Learning · 2 Curriculum …": what the short labels stand for. */
static char *
element_key (const WmTrustTable  *table,
             const char * const  *labels)
{
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < table->elements->len; i++)
    {
      const WmBundleElement *element = g_ptr_array_index (table->elements, i);

      g_string_append_printf (key, "%s%s %s", i > 0 ? " · " : "", labels[i], element->title);
    }
  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* The key, kept together on one page. */
void
wm_trust_pdf_place_key (WmReportFlow        *flow,
                        const WmTrustTable  *table,
                        const char * const  *labels)
{
  g_autofree char *key = element_key (table, labels);
  g_autoptr(GPtrArray) lines = wm_report_flow_wrap (flow, key, flow->layout->width, TABLE_SIZE, FALSE);

  wm_report_flow_ensure (flow, lines->len * TABLE_SIZE * WM_REPORT_LEADING);
  wm_report_flow_paragraph (flow, key, 0, flow->layout->width, TABLE_SIZE, FALSE, WM_REPORT_INK_MUTED, 6);
}

static double
row_height (void)
{
  return TABLE_SIZE * WM_REPORT_LEADING + DETAIL_SIZE * WM_REPORT_LEADING + PAD * 2;
}

/* A figure right-aligned in the cell ending at @right, with an arrow after it when it moved. */
static void
place_cell (WmReportFlow *flow,
            double        right,
            double        baseline,
            double        score,
            double        change,
            gboolean      bold)
{
  g_autofree char *text = wm_report_format_score (!isnan (score), score);
  WmReportDirection direction = wm_report_direction (!isnan (change), change, !isnan (change), 0);
  double arrow = wm_report_flow_measure (flow, "↑", TABLE_SIZE, FALSE);
  double text_width = wm_report_flow_measure (flow, text, TABLE_SIZE, bold);

  wm_report_flow_add_text (flow, text, right - PAD - arrow - 1 - text_width, baseline, TABLE_SIZE, bold,
                           WM_REPORT_INK_TEXT);
  if (direction == WM_REPORT_UP || direction == WM_REPORT_DOWN)
    wm_report_flow_add_text (flow, wm_report_direction_arrow (direction), right - PAD - arrow, baseline,
                             TABLE_SIZE, FALSE, direction == WM_REPORT_UP ? WM_REPORT_INK_UP : WM_REPORT_INK_DOWN);
}

static void
place_text_right (WmReportFlow *flow,
                  const char   *text,
                  double        right,
                  double        baseline,
                  gboolean      bold,
                  WmReportInk   ink)
{
  double width = wm_report_flow_measure (flow, text, TABLE_SIZE, bold);

  wm_report_flow_add_text (flow, text, right - PAD - width, baseline, TABLE_SIZE, bold, ink);
}

static void
place_heading_row (WmReportFlow       *flow,
                   const WmTrustTable *table,
                   const char * const *labels,
                   guint               first,
                   guint               last)
{
  double baseline = flow->y + PAD + TABLE_SIZE;
  double x = SCHOOL_WIDTH + OVERALL_WIDTH + CHANGE_WIDTH;
  double arrow = wm_report_flow_measure (flow, "↑", TABLE_SIZE, FALSE) + 1;
  WmReportItem rule = { WM_REPORT_ITEM_RULE, WM_REPORT_INK_RULE, 0, 0, flow->layout->width, 0, NULL, 0, FALSE, 0 };

  wm_report_flow_add_text (flow, _("School"), PAD, baseline, TABLE_SIZE, TRUE, WM_REPORT_INK_TEXT);
  place_text_right (flow, _("Overall"), SCHOOL_WIDTH + OVERALL_WIDTH - arrow, baseline, TRUE, WM_REPORT_INK_TEXT);
  place_text_right (flow, _("Change"), x, baseline, TRUE, WM_REPORT_INK_TEXT);
  for (guint e = first; e < last; e++, x += CELL_WIDTH)
    place_text_right (flow, labels[e], x + CELL_WIDTH - arrow, baseline, TRUE, WM_REPORT_INK_TEXT);
  flow->y += TABLE_SIZE * WM_REPORT_LEADING + PAD * 2;
  rule.y = flow->y;
  wm_report_flow_add_item (flow, &rule);
}

/* One school's row, or the trust median's (@row NULL), with elements @first to @last. */
static void
place_row (WmReportFlow       *flow,
           const WmTrustTable *table,
           const char * const *labels,
           const WmTrustRow   *row,
           guint               first,
           guint               last,
           gboolean            shade)
{
  double baseline = flow->y + PAD + TABLE_SIZE;
  double x = SCHOOL_WIDTH + OVERALL_WIDTH + CHANGE_WIDTH;
  g_autofree char *name = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *change = NULL;
  guint pages = flow->layout->pages->len;

  wm_report_flow_ensure (flow, row_height ());
  if (flow->layout->pages->len != pages)
    place_heading_row (flow, table, labels, first, last);
  baseline = flow->y + PAD + TABLE_SIZE;
  if (shade)
    {
      WmReportItem box = { WM_REPORT_ITEM_BOX, WM_REPORT_INK_SHADE, 0, flow->y, flow->layout->width,
                           row_height (), NULL, 0, FALSE, 0 };
      wm_report_flow_add_item (flow, &box);
    }

  name = row != NULL ? g_strdup (row->school->school_name) : g_strdup (_("Trust median"));
  if (row == NULL)
    detail = g_strdup_printf (ngettext ("of %u school", "of %u schools", table->rows->len), table->rows->len);
  else if (row->snapshot != NULL)
    detail = g_strdup_printf ("%s, %s", row->snapshot, row->taken_on);
  else
    detail = g_strdup_printf (_("as on %s, no snapshot"), row->taken_on);
  /* Where schools use different versions, which each row is. */
  if (row != NULL && g_strv_length (table->versions) > 1)
    {
      g_autofree char *shorter = g_steal_pointer (&detail);

      /* Translators: "Summer 2026, 2026-07-01; version 2" */
      detail = g_strdup_printf (_("%s; version %s"), shorter, row->framework_version);
    }
  {
    g_autoptr(GPtrArray) fitted = wm_report_flow_wrap (flow, name, SCHOOL_WIDTH - 2 * PAD, TABLE_SIZE, row == NULL);
    g_autoptr(GPtrArray) fitted_detail = wm_report_flow_wrap (flow, detail, SCHOOL_WIDTH - 2 * PAD, DETAIL_SIZE, FALSE);

    wm_report_flow_add_text (flow, g_ptr_array_index (fitted, 0), PAD, baseline, TABLE_SIZE, row == NULL,
                             WM_REPORT_INK_TEXT);
    wm_report_flow_add_text (flow, g_ptr_array_index (fitted_detail, 0), PAD,
                             baseline + DETAIL_SIZE * WM_REPORT_LEADING, DETAIL_SIZE, FALSE, WM_REPORT_INK_MUTED);
  }

  if (row != NULL)
    {
      WmReportDirection direction = wm_report_direction (!isnan (row->overall), row->overall,
                                                         !isnan (row->previous_overall), row->previous_overall);

      place_cell (flow, SCHOOL_WIDTH + OVERALL_WIDTH, baseline, row->overall, NAN, FALSE);
      change = wm_report_format_change (direction, row->overall, row->previous_overall);
      place_text_right (flow, change, x, baseline, FALSE,
                        direction == WM_REPORT_UP ? WM_REPORT_INK_UP
                        : direction == WM_REPORT_DOWN ? WM_REPORT_INK_DOWN : WM_REPORT_INK_MUTED);
    }
  else
    place_cell (flow, SCHOOL_WIDTH + OVERALL_WIDTH, baseline, table->median_overall, NAN, TRUE);

  for (guint e = first; e < last; e++, x += CELL_WIDTH)
    place_cell (flow, x + CELL_WIDTH, baseline, row != NULL ? row->scores[e] : table->median[e],
                row != NULL ? row->change[e] : NAN, row == NULL);
  flow->y += row_height ();
}

void
wm_trust_pdf_place_table (WmReportFlow        *flow,
                          const WmTrustTable  *table,
                          const char * const  *labels)
{
  double width = flow->layout->width;
  guint per_block = MAX (1, (guint) ((width - SCHOOL_WIDTH - OVERALL_WIDTH - CHANGE_WIDTH) / CELL_WIDTH));
  g_autofree char *legend = NULL;

  /* The heading, its legend and key and the first rows (all of a short table) stay together. */
  wm_report_flow_heading (flow, _("Scores by element"),
                          TABLE_SIZE * WM_REPORT_LEADING * 6 + row_height () * MIN (table->rows->len + 2, 7));
  legend = g_strdup_printf (_("Each school at its latest snapshot, or as it was when it shared its summary if it "
                              "has none; scores run from 0 to %g. Change: since the school’s snapshot before. "
                              "↑ ↓: the element moved since then. The trust median is the median of the "
                              "schools with a score."), table->max);
  wm_report_flow_paragraph (flow, legend, 0, width, TABLE_SIZE, FALSE, WM_REPORT_INK_MUTED, 2);
  wm_trust_pdf_place_key (flow, table, labels);

  for (guint first = 0; first < table->elements->len; first += per_block)
    {
      guint last = MIN (first + per_block, table->elements->len);

      wm_report_flow_ensure (flow, row_height () * 4);
      if (first > 0)
        flow->y += 8;
      place_heading_row (flow, table, labels, first, last);
      for (guint r = 0; r < table->rows->len; r++)
        place_row (flow, table, labels, g_ptr_array_index (table->rows, r), first, last, r % 2 == 1);
      place_row (flow, table, labels, NULL, first, last, FALSE);
    }
}

