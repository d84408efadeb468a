/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wm-radar-private.h"
#include "wm-report-layout-private.h"

/*
 * Drawing one page of the governors' pack: only what wm_report_layout_new() placed. The ink is
 * for paper: near-black text, and green and red arrows that also differ in shape, so a
 * greyscale copy still reads.
 */

static const double inks[][3] = {
  [WM_REPORT_INK_TEXT] = { 0.10, 0.10, 0.10 },
  [WM_REPORT_INK_MUTED] = { 0.33, 0.33, 0.33 },
  [WM_REPORT_INK_UP] = { 0.0, 0.45, 0.22 },
  [WM_REPORT_INK_DOWN] = { 0.70, 0.15, 0.12 },
  [WM_REPORT_INK_RULE] = { 0.62, 0.62, 0.62 },
  [WM_REPORT_INK_SHADE] = { 0.94, 0.94, 0.94 },
};

static void
set_ink (cairo_t     *cr,
         WmReportInk  ink)
{
  cairo_set_source_rgb (cr, inks[ink][0], inks[ink][1], inks[ink][2]);
}

static void
draw_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      size,
           gboolean    bold)
{
  wm_radar_select_font (cr, NULL, size, bold);
  cairo_move_to (cr, x, y);
  cairo_show_text (cr, text);
}

static void
draw_item (cairo_t              *cr,
           const WmReportLayout *layout,
           const WmReportItem   *item)
{
  const WmReportChart *chart;

  switch (item->kind)
    {
    case WM_REPORT_ITEM_TEXT:
      set_ink (cr, item->ink);
      draw_text (cr, item->text, item->x, item->y, item->size, item->bold);
      break;
    case WM_REPORT_ITEM_RULE:
      set_ink (cr, item->ink);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, item->x, item->y);
      cairo_rel_line_to (cr, item->width, 0);
      cairo_stroke (cr);
      break;
    case WM_REPORT_ITEM_BOX:
      set_ink (cr, item->ink);
      cairo_rectangle (cr, item->x, item->y, item->width, item->height);
      cairo_fill (cr);
      break;
    case WM_REPORT_ITEM_CHART:
      chart = &g_array_index (layout->charts, WmReportChart, item->chart);
      cairo_save (cr);
      cairo_translate (cr, item->x, item->y);
      wm_radar_draw (cr, chart->layout, chart->data, wm_radar_style_print ());
      cairo_restore (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
draw_footer (cairo_t              *cr,
             const WmReportLayout *layout,
             const WmReportPage   *page,
             guint                 number)
{
  g_autofree char *page_text = g_strdup_printf (_("Page %u of %u"), number + 1, layout->pages->len);
  double baseline = layout->height - WM_REPORT_FOOTER_SIZE * 0.4;
  cairo_text_extents_t extents;

  set_ink (cr, WM_REPORT_INK_RULE);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, baseline - WM_REPORT_FOOTER_SIZE * 1.6);
  cairo_rel_line_to (cr, layout->width, 0);
  cairo_stroke (cr);

  set_ink (cr, WM_REPORT_INK_MUTED);
  if (page->footer != NULL)
    {
      g_autofree char *footer = NULL;

      wm_radar_select_font (cr, NULL, WM_REPORT_FOOTER_SIZE, FALSE);
      footer = wm_radar_fit_text (cr, page->footer, layout->width * 0.75, NULL);
      draw_text (cr, footer, 0, baseline, WM_REPORT_FOOTER_SIZE, FALSE);
    }
  wm_radar_select_font (cr, NULL, WM_REPORT_FOOTER_SIZE, FALSE);
  cairo_text_extents (cr, page_text, &extents);
  draw_text (cr, page_text, layout->width - extents.x_advance, baseline, WM_REPORT_FOOTER_SIZE, FALSE);
}

/**
 * wm_report_layout_draw_page:
 * @page: counted from 0
 *
 * Draws one page onto @cr, whose origin is the top left corner inside the margins.
 */
void
wm_report_layout_draw_page (const WmReportLayout *layout,
                            cairo_t              *cr,
                            guint                 page)
{
  const WmReportPage *placed;

  g_return_if_fail (layout != NULL && cr != NULL);
  g_return_if_fail (page < layout->pages->len);

  placed = g_ptr_array_index (layout->pages, page);
  cairo_save (cr);
  for (guint i = 0; i < placed->items->len; i++)
    draw_item (cr, layout, &g_array_index (placed->items, WmReportItem, i));
  draw_footer (cr, layout, placed, page);
  cairo_restore (cr);
}
