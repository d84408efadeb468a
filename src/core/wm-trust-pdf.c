/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <math.h>
#include <cairo-pdf.h>

#include "wm-export-file.h"
#include "wm-trust-private.h"

/*
 * The trust's summary on paper: A4 landscape, per framework its radar chart (or a small chart
 * per school against the trust median when more than eight schools use it) and the table of
 * every school's scores by element with the trust median (wm-trust-pdf-table.c), then the bundles
 * left out. It is laid out with the governors' pack's flow (wm-report-layout-private.h) and
 * drawn by its painter, so it looks and prints like the pack.
 */

#define PAGE_WIDTH   WM_REPORT_A4_HEIGHT      /* landscape */
#define PAGE_HEIGHT  WM_REPORT_A4_WIDTH
#define TITLE_SIZE   18.0
#define GRID_COLUMNS 4          /* small multiples: two rows of four a page */

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
  double cell = width / GRID_COLUMNS;
  double grid_height = floor ((wm_report_flow_bottom (flow) - flow->y) / 2);
  double row_y = 0;

  if (charts->len == 1)
    {
      double height = wm_report_flow_bottom (flow) - flow->y;

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
      if (i % GRID_COLUMNS == 0)
        {
          wm_report_flow_ensure (flow, grid_height);
          row_y = flow->y;
          flow->y += grid_height;
        }
      place_chart (flow, data, (i % GRID_COLUMNS) * cell, row_y, cell - 6, grid_height - 6);
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

static cairo_status_t
write_pdf (const char           *temp,
           const WmReportLayout *layout)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (temp, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_t *cr = cairo_create (surface);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Trust summary"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark");
      for (guint page = 0; page < wm_report_layout_get_n_pages (layout); page++)
        {
          cairo_save (cr);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
          cairo_translate (cr, WM_REPORT_MARGIN, WM_REPORT_MARGIN);
          wm_report_layout_draw_page (layout, cr, page);
          cairo_restore (cr);
          cairo_show_page (cr);
        }
      status = cairo_status (cr);
      cairo_destroy (cr);
    }
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

static void
clear_charts (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

/**
 * wm_trust_export_pdf:
 *
 * Writes the trust's summary as a PDF of A4 landscape pages to @path, whole.
 */
gboolean
wm_trust_export_pdf (const WmTrust  *trust,
                     const char     *path,
                     GError        **error)
{
  g_auto(GStrv) ids = wm_trust_framework_ids (trust);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_trust_table_free);
  g_autoptr(GPtrArray) chart_sets = g_ptr_array_new_with_free_func (clear_charts);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(WmReportLayout) layout = wm_report_layout_new_empty (PAGE_WIDTH - 2 * WM_REPORT_MARGIN,
                                                                 PAGE_HEIGHT - 2 * WM_REPORT_MARGIN);
  g_autofree char *temp = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  WmReportFlow flow = { layout, cairo_create (surface), NULL, NULL, 0 };
  cairo_status_t status;

  g_return_val_if_fail (trust != NULL && path != NULL, FALSE);

  /* The charts' data stays in chart_sets until the pages are drawn: the layout borrows it. */
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) chart_error = NULL;
      WmTrustTable *table = wm_trust_table_new (trust, ids[i], error);
      GPtrArray *charts;

      if (table == NULL)
        break;
      g_ptr_array_add (tables, table);
      charts = wm_trust_table_charts (table, &chart_error);
      g_ptr_array_add (chart_sets, charts);
      place_framework (&flow, table, charts, chart_error, today);
    }
  if (tables->len == g_strv_length (ids))
    {
      place_problems (&flow, trust);
      if (layout->pages->len == 0)
        {
          flow.footer = _("Trust summary");
          wm_report_flow_new_page (&flow);
          wm_report_flow_paragraph (&flow, _("No school’s summary could be read."), 0, layout->width,
                                    WM_REPORT_BODY_SIZE, FALSE, WM_REPORT_INK_TEXT, 0);
        }
    }
  cairo_destroy (flow.cr);
  cairo_surface_destroy (surface);
  if (tables->len != g_strv_length (ids))
    return FALSE;

  if (!(temp = wm_export_file_begin (path, error)))
    return FALSE;
  status = write_pdf (temp, layout);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      wm_export_file_abandon (temp);
      wm_export_file_set_error (error, path, status == CAIRO_STATUS_WRITE_ERROR ? EIO : 0,
                                cairo_status_to_string (status));
      return FALSE;
    }
  return wm_export_file_commit (temp, path, error);
}
