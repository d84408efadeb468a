/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wm-trust-private.h"

/*
 * The trust's summary laid out on pages of any size: per framework its radar chart (or a small
 * chart per school against the trust median when more than eight schools use it) and the table of
 * every school's scores by element with the trust median (wm-trust-pdf-table.c), then the bundles
 * left out. It is laid out with the governors' pack's flow (wm-report-layout-private.h) and drawn
 * by its painter, so it looks and prints like the pack. The PDF export (wm-trust-pdf.c) lays it
 * out for A4 landscape, the print operation for the paper and margins chosen.
 *
 * Once built, a layout needs nothing from its trust: the texts are copied into the pages and the
 * charts' data is its own, so a trust may change (a bundle added) while its pages are printed.
 */

#define TITLE_SIZE     18.0
#define MIN_CELL_WIDTH 180.0    /* small multiples: as many a row as fit, two to four */

struct _WmTrustLayout
{
  WmReportLayout *layout;
  GPtrArray      *chart_sets;   /* GPtrArray of WmRadarData per framework (or NULL): the layout
                                 * borrows their data */
};

static void
place_chart (WmReportFlow      *flow,
             const WmRadarData *data,
             double             x,
             double             y,
             double             width,
             double             height)
{
  WmReportChart chart = { NULL, data };
  WmReportItem item = { WM_REPORT_ITEM_CHART, WM_REPORT_INK_TEXT, x, y, width, height, NULL, 0, FALSE, 0 };

  cairo_save (flow->cr);
  chart.layout = wm_radar_layout_new (data, width, height, flow->cr);
  cairo_restore (flow->cr);
  g_array_append_val (flow->layout->charts, chart);
  item.chart = flow->layout->charts->len - 1;
  wm_report_flow_add_item (flow, &item);
}

static void
place_charts (WmReportFlow *flow,
              GPtrArray    *charts)
{
  double width = flow->layout->width;
  guint columns = CLAMP ((guint) (width / MIN_CELL_WIDTH), 2, 4);
  double cell = width / columns;
  double full_height = wm_report_flow_bottom (flow);
  /* Two rows to a page, but never much taller than wide. */
  double grid_height = floor (MIN ((wm_report_flow_bottom (flow) - flow->y) / 2, cell * 1.25));
  double row_y = 0;

  if (charts->len == 1)
    {
      double height = wm_report_flow_bottom (flow) - flow->y;

      /* A chart squeezed under a long note goes on a page of its own. */
      if (height < full_height / 2)
        {
          wm_report_flow_new_page (flow);
          height = full_height;
        }
      place_chart (flow, g_ptr_array_index (charts, 0), 0, flow->y, width, height);
      flow->y += height;
      return;
    }

  /* Small multiples: the same axes in each, named by their short labels; the table's key says
   * what they stand for. */
  for (guint i = 0; i < charts->len; i++)
    {
      WmRadarData *data = g_ptr_array_index (charts, i);

      for (guint a = 0; a < data->n_axes; a++)
        wm_radar_data_set_axis (data, a, data->short_labels[a], NULL);
      if (i % columns == 0)
        {
          wm_report_flow_ensure (flow, grid_height);
          row_y = flow->y;
          flow->y += grid_height;
        }
      place_chart (flow, data, (i % columns) * cell, row_y, cell - 6, grid_height - 6);
    }
}

static char *
long_date (GDateTime *date)
{
  return g_date_time_format (date, "%-d %B %Y");
}

static void
place_framework (WmReportFlow       *flow,
                 const WmTrustTable *table,
                 GPtrArray          *charts,
                 const GError       *chart_error,
                 GDateTime          *today)
{
  double width = flow->layout->width;
  g_autofree char *footer = g_strdup_printf (_("Trust summary · %s"), table->title);
  g_autofree char *date = long_date (today);
  g_autofree char *subtitle = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;

  for (guint e = 0; e < table->elements->len; e++)
    {
      g_autofree char *label = wm_trust_table_short_label (table, e);

      g_strv_builder_add (builder, label);
    }
  labels = g_strv_builder_end (builder);

  flow->footer = footer;
  wm_report_flow_new_page (flow);
  wm_report_flow_paragraph (flow, table->title, 0, width, TITLE_SIZE, TRUE, WM_REPORT_INK_TEXT, 2);
  /* Translators: "Trust summary, 22 November 2026: 12 schools" */
  subtitle = g_strdup_printf (ngettext ("Trust summary, %s: %u school", "Trust summary, %s: %u schools",
                                        table->rows->len), date, table->rows->len);
  wm_report_flow_paragraph (flow, subtitle, 0, width, WM_REPORT_BODY_SIZE, FALSE, WM_REPORT_INK_MUTED, 4);
  if (table->note != NULL)
    wm_report_flow_paragraph (flow, table->note, 0, width, WM_REPORT_BODY_SIZE, TRUE, WM_REPORT_INK_TEXT, 4);
  flow->y += 4;

  if (charts != NULL)
    place_charts (flow, charts);
  else
    wm_report_flow_paragraph (flow, chart_error->message, 0, width, WM_REPORT_BODY_SIZE, FALSE,
                              WM_REPORT_INK_MUTED, 8);
  wm_trust_pdf_place_table (flow, table, (const char * const *) labels);
  flow->footer = NULL;
}

static void
place_problems (WmReportFlow  *flow,
                const WmTrust *trust)
{
  double width = flow->layout->width;

  if (trust->problems->len == 0)
    return;
  flow->footer = _("Trust summary");
  wm_report_flow_new_page (flow);
  for (int skipped = 1; skipped >= 0; skipped--)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < trust->problems->len; i++)
        {
          const WmTrustProblem *problem = g_ptr_array_index (trust->problems, i);

          if (problem->skipped != skipped)
            continue;
          if (!any)
            wm_report_flow_heading (flow, skipped ? _("Bundles left out") : _("Warnings"),
                                    WM_REPORT_BODY_SIZE * WM_REPORT_LEADING * 2);
          any = TRUE;
          wm_report_flow_ensure (flow, WM_REPORT_BODY_SIZE * WM_REPORT_LEADING);
          wm_report_flow_add_text (flow, "•", 4, flow->y + WM_REPORT_BODY_SIZE, WM_REPORT_BODY_SIZE, FALSE,
                                   WM_REPORT_INK_TEXT);
          wm_report_flow_paragraph (flow, problem->reason, 14, width, WM_REPORT_BODY_SIZE, FALSE,
                                    WM_REPORT_INK_TEXT, 2);
        }
    }
  flow->footer = NULL;
}

static void
clear_charts (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

/**
 * wm_trust_layout_new:
 * @width: (in points) the width inside the page's margins
 * @height: the height inside them
 * @measure_cr: (nullable): measures text; a surface of its own when %NULL
 *
 * Lays out the trust's summary: every framework from a new page, then the bundles left out.
 *
 * Returns: (transfer full): the layout, or %NULL with @error set when a framework's table cannot
 *   be made
 */
WmTrustLayout *
wm_trust_layout_new (const WmTrust  *trust,
                     double          width,
                     double          height,
                     cairo_t        *measure_cr,
                     GError        **error)
{
  g_autoptr(WmTrustLayout) self = g_new0 (WmTrustLayout, 1);
  g_auto(GStrv) ids = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  cairo_surface_t *surface = NULL;
  WmReportFlow flow = { NULL, measure_cr, NULL, NULL, 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (trust != NULL, NULL);

  ids = wm_trust_framework_ids (trust);
  self->layout = wm_report_layout_new_empty (width, height);
  self->chart_sets = g_ptr_array_new_with_free_func (clear_charts);
  flow.layout = self->layout;
  if (flow.cr == NULL)
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      flow.cr = cairo_create (surface);
    }
  cairo_save (flow.cr);

  for (guint i = 0; ids[i] != NULL && ok; i++)
    {
      g_autoptr(GError) chart_error = NULL;
      g_autoptr(WmTrustTable) table = wm_trust_table_new (trust, ids[i], error);
      GPtrArray *charts;

      if (!(ok = table != NULL))
        break;
      charts = wm_trust_table_charts (table, &chart_error);
      g_ptr_array_add (self->chart_sets, charts);
      place_framework (&flow, table, charts, chart_error, today);
    }
  if (ok)
    {
      place_problems (&flow, trust);
      if (self->layout->pages->len == 0)
        {
          flow.footer = _("Trust summary");
          wm_report_flow_new_page (&flow);
          wm_report_flow_paragraph (&flow, _("No school’s summary could be read."), 0, width,
                                    WM_REPORT_BODY_SIZE, FALSE, WM_REPORT_INK_TEXT, 0);
        }
    }

  cairo_restore (flow.cr);
  if (surface != NULL)
    {
      cairo_destroy (flow.cr);
      cairo_surface_destroy (surface);
    }
  return ok ? g_steal_pointer (&self) : NULL;
}

guint
wm_trust_layout_get_n_pages (const WmTrustLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return wm_report_layout_get_n_pages (self->layout);
}

/**
 * wm_trust_layout_draw_page:
 *
 * Draws page @page onto @cr, whose origin is the top left corner inside the margins.
 */
void
wm_trust_layout_draw_page (const WmTrustLayout *self,
                           cairo_t             *cr,
                           guint                page)
{
  g_return_if_fail (self != NULL && cr != NULL);

  wm_report_layout_draw_page (self->layout, cr, page);
}

void
wm_trust_layout_free (WmTrustLayout *self)
{
  if (self == NULL)
    return;
  /* The pages first: their charts borrow the data in chart_sets. */
  g_clear_pointer (&self->layout, wm_report_layout_free);
  g_clear_pointer (&self->chart_sets, g_ptr_array_unref);
  g_free (self);
}
