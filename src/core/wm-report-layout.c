/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wm-radar-private.h"
#include "wm-report-layout-private.h"

/*
 * The governors' pack, flowed onto pages: per report a header, the chart and, right under it,
 * the words that say what to do next; then the table of elements, the strengths and the next
 * steps. Headings keep with what follows them, table rows are never split and the table's
 * heading row is repeated on every page it runs onto.
 */

#define LEADING       WM_REPORT_LEADING
#define TITLE_SIZE    18.0
#define SUBTITLE_SIZE 13.0
#define HEADING_SIZE  12.5
#define SMALL_SIZE    8.5
#define CELL_PAD      4.0

static void
clear_item (gpointer data)
{
  g_free (((WmReportItem *) data)->text);
}

static void
page_free (gpointer data)
{
  WmReportPage *page = data;

  g_array_unref (page->items);
  g_free (page->footer);
  g_free (page);
}

static void
clear_chart (gpointer data)
{
  wm_radar_layout_free (((WmReportChart *) data)->layout);
}

void
wm_report_flow_new_page (WmReportFlow *flow)
{
  WmReportPage *page = g_new0 (WmReportPage, 1);

  page->items = g_array_new (FALSE, TRUE, sizeof (WmReportItem));
  g_array_set_clear_func (page->items, clear_item);
  page->footer = g_strdup (flow->footer);
  g_ptr_array_add (flow->layout->pages, page);
  flow->page = page;
  flow->y = 0;
}

/* The content stops above the footer's line. */
double
wm_report_flow_bottom (const WmReportFlow *flow)
{
  return flow->layout->height - WM_REPORT_FOOTER_SIZE * 3;
}

/* Starts a new page unless @height fits below what is already there (or the page is empty). */
void
wm_report_flow_ensure (WmReportFlow *flow,
                       double        height)
{
  if (flow->y > 0 && flow->y + height > wm_report_flow_bottom (flow))
    wm_report_flow_new_page (flow);
}

double
wm_report_flow_measure (WmReportFlow *flow,
                        const char   *text,
                        double        size,
                        gboolean      bold)
{
  cairo_text_extents_t extents;

  wm_radar_select_font (flow->cr, NULL, size, bold);
  cairo_text_extents (flow->cr, text, &extents);
  return extents.x_advance;
}

void
wm_report_flow_add_item (WmReportFlow       *flow,
                         const WmReportItem *item)
{
  g_array_append_vals (flow->page->items, item, 1);
}

void
wm_report_flow_add_text (WmReportFlow *flow,
                         const char   *text,
                         double        x,
                         double        baseline,
                         double        size,
                         gboolean      bold,
                         WmReportInk   ink)
{
  WmReportItem item = { WM_REPORT_ITEM_TEXT, ink, x, baseline, 0, 0, g_strdup (text), size, bold, 0 };

  wm_report_flow_add_item (flow, &item);
}

/* Greedy word wrap to @width; a word wider than the line is cut with "…". */
GPtrArray *
wm_report_flow_wrap (WmReportFlow *flow,
                     const char   *text,
                     double        width,
                     double        size,
                     gboolean      bold)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  GString *line = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *longer = NULL;

      if (*words[i] == '\0')
        continue;
      longer = line->len > 0 ? g_strconcat (line->str, " ", words[i], NULL) : g_strdup (words[i]);
      if (line->len > 0 && wm_report_flow_measure (flow, longer, size, bold) > width)
        {
          g_ptr_array_add (lines, g_string_free (line, FALSE));
          line = g_string_new (words[i]);
        }
      else
        g_string_assign (line, longer);
    }
  g_ptr_array_add (lines, g_string_free (line, FALSE));

  wm_radar_select_font (flow->cr, NULL, size, bold);
  for (guint i = 0; i < lines->len; i++)
    {
      char *fitted = wm_radar_fit_text (flow->cr, g_ptr_array_index (lines, i), width, NULL);

      g_free (lines->pdata[i]);
      lines->pdata[i] = fitted;
    }
  return lines;
}

/* A wrapped paragraph; its lines may run onto the next page. */
void
wm_report_flow_paragraph (WmReportFlow *flow,
                          const char   *text,
                          double        x,
                          double        width,
                          double        size,
                          gboolean      bold,
                          WmReportInk   ink,
                          double        space_after)
{
  g_autoptr(GPtrArray) lines = wm_report_flow_wrap (flow, text, width - x, size, bold);

  for (guint i = 0; i < lines->len; i++)
    {
      wm_report_flow_ensure (flow, size * LEADING);
      wm_report_flow_add_text (flow, g_ptr_array_index (lines, i), x, flow->y + size, size, bold, ink);
      flow->y += size * LEADING;
    }
  flow->y += space_after;
}

/* A heading stays on the page of the first @keep points that follow it. */
void
wm_report_flow_heading (WmReportFlow *flow,
                        const char   *text,
                        double        keep)
{
  wm_report_flow_ensure (flow, HEADING_SIZE * 2.4 + keep);
  if (flow->y > 0)
    flow->y += HEADING_SIZE;
  wm_report_flow_paragraph (flow, text, 0, flow->layout->width, HEADING_SIZE, TRUE, WM_REPORT_INK_TEXT, HEADING_SIZE * 0.4);
}

static char *
long_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *midnight = g_strconcat (iso, "T00:00:00Z", NULL);

  date = g_date_time_new_from_iso8601 (midnight, NULL);
  return date != NULL ? g_date_time_format (date, "%-d %B %Y") : g_strdup (iso);
}

static void
place_header (WmReportFlow   *flow,
              const WmReport *report)
{
  double width = flow->layout->width;
  g_autofree char *made = long_date (report->date);
  g_autofree char *line = NULL;

  if (*report->school_name != '\0')
    {
      wm_report_flow_paragraph (flow, report->school_name, 0, width, TITLE_SIZE, TRUE, WM_REPORT_INK_TEXT, 2);
      wm_report_flow_paragraph (flow, report->framework_title, 0, width, SUBTITLE_SIZE, FALSE, WM_REPORT_INK_TEXT, 4);
    }
  else
    wm_report_flow_paragraph (flow, report->framework_title, 0, width, TITLE_SIZE, TRUE, WM_REPORT_INK_TEXT, 4);

  if (report->compare_name != NULL)
    {
      g_autofree char *then = long_date (report->compare_date);

      /* Translators: "Report for governors, 22 November 2026, compared with Autumn review (1 October 2025)" */
      line = g_strdup_printf (_("Report for governors, %s, compared with %s (%s)"), made,
                              report->compare_name, then);
    }
  else
    line = g_strdup_printf (_("Report for governors, %s"), made);
  wm_report_flow_paragraph (flow, line, 0, width, WM_REPORT_BODY_SIZE, FALSE, WM_REPORT_INK_MUTED, 10);
}

static void
place_chart (WmReportFlow   *flow,
             const WmReport *report)
{
  WmReportChart chart = { NULL, report->chart };
  WmReportItem item = { WM_REPORT_ITEM_CHART, WM_REPORT_INK_TEXT, 0, 0, 0, 0, NULL, 0, FALSE, 0 };
  double width = flow->layout->width;
  double height = MIN (width * 0.8, (wm_report_flow_bottom (flow) - flow->y) * 0.7);

  if (report->chart == NULL)
    {
      wm_report_flow_paragraph (flow, _("This framework has too few or too many elements for a radar chart: the table below gives its scores."),
                 0, width, WM_REPORT_BODY_SIZE, FALSE, WM_REPORT_INK_MUTED, 8);
      return;
    }
  wm_report_flow_ensure (flow, height);
  cairo_save (flow->cr);
  chart.layout = wm_radar_layout_new (report->chart, width, height, flow->cr);
  cairo_restore (flow->cr);
  g_array_append_val (flow->layout->charts, chart);

  item.y = flow->y;
  item.width = width;
  item.height = height;
  item.chart = flow->layout->charts->len - 1;
  wm_report_flow_add_item (flow, &item);
  flow->y += height + 6;
}

/* The words paired with the chart, in a shaded box right beneath it. */
static void
place_summary (WmReportFlow   *flow,
               const WmReport *report)
{
  double width = flow->layout->width;
  g_autoptr(GPtrArray) lines = wm_report_flow_wrap (flow, report->summary, width - 2 * CELL_PAD * 2, 11, FALSE);
  double line_height = 11 * LEADING;
  double height = HEADING_SIZE * LEADING + lines->len * line_height + CELL_PAD * 3;
  WmReportItem box = { WM_REPORT_ITEM_BOX, WM_REPORT_INK_SHADE, 0, 0, width, height, NULL, 0, FALSE, 0 };
  double y;

  wm_report_flow_ensure (flow, height);
  box.y = flow->y;
  wm_report_flow_add_item (flow, &box);
  y = flow->y + CELL_PAD * 1.5;
  wm_report_flow_add_text (flow, _("What this tells us, and what to do next"), CELL_PAD * 2, y + HEADING_SIZE * 0.9,
            HEADING_SIZE * 0.9, TRUE, WM_REPORT_INK_TEXT);
  y += HEADING_SIZE * LEADING;
  for (guint i = 0; i < lines->len; i++, y += line_height)
    wm_report_flow_add_text (flow, g_ptr_array_index (lines, i), CELL_PAD * 2, y + 11, 11, FALSE, WM_REPORT_INK_TEXT);
  flow->y += height + 4;
}

/* Strengths or next steps: each element's title, then its lines as bullets. */
static void
place_lines (WmReportFlow *flow,
             const char   *title,
             const char   *intro,
             GPtrArray    *lines,
             gboolean      details,
             guint         n_left_out,
             const char   *none)
{
  double width = flow->layout->width;
  const char *group = "";

  wm_report_flow_heading (flow, title, WM_REPORT_BODY_SIZE * LEADING * 4);
  wm_report_flow_paragraph (flow, lines->len > 0 ? intro : none, 0, width, WM_REPORT_BODY_SIZE, FALSE,
                            WM_REPORT_INK_MUTED, 0);

  for (guint i = 0; i < lines->len; i++)
    {
      const WmReportLine *line = g_ptr_array_index (lines, i);
      const char *element = line->element_title != NULL ? line->element_title : _("In the action plan");
      g_autofree char *text = details && line->detail != NULL
        ? g_strdup_printf ("%s (%s)", line->text, line->detail) : g_strdup (line->text);

      if (!g_str_equal (group, element))
        {
          group = element;
          wm_report_flow_ensure (flow, WM_REPORT_BODY_SIZE * LEADING * 2 + 3);
          flow->y += 3;
          wm_report_flow_paragraph (flow, element, 0, width, WM_REPORT_BODY_SIZE, TRUE, WM_REPORT_INK_TEXT, 0);
        }
      wm_report_flow_ensure (flow, WM_REPORT_BODY_SIZE * LEADING);
      wm_report_flow_add_text (flow, "•", 4, flow->y + WM_REPORT_BODY_SIZE, WM_REPORT_BODY_SIZE, FALSE, WM_REPORT_INK_TEXT);
      wm_report_flow_paragraph (flow, text, 14, width, WM_REPORT_BODY_SIZE, FALSE, WM_REPORT_INK_TEXT, 0);
    }
  if (n_left_out > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "… and %u more, listed in Waymark",
                                                            "… and %u more, listed in Waymark",
                                                            n_left_out), n_left_out);

      flow->y += 3;
      wm_report_flow_paragraph (flow, more, 0, width, WM_REPORT_BODY_SIZE, FALSE, WM_REPORT_INK_MUTED, 0);
    }
}

/* What changed this term: the team's small steps, never who took them. */
static void
place_steps (WmReportFlow   *flow,
             const WmReport *report)
{
  double width = flow->layout->width;
  g_autofree char *intro = NULL;

  if (report->term_name == NULL)
    return;
  wm_report_flow_heading (flow, _("What changed this term"), WM_REPORT_BODY_SIZE * LEADING * 3);
  if (report->n_steps == 0)
    intro = g_strdup_printf (_("No small steps were logged in the %s."), report->term_name);
  else
    /* Translators: "12 small steps in the Autumn term 2026, about 1.5 a week." */
    intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u small step in the %s, about %.1f a week.",
                                          "%u small steps in the %s, about %.1f a week.", report->n_steps),
                             report->n_steps, report->term_name, report->steps_per_week);
  wm_report_flow_paragraph (flow, intro, 0, width, WM_REPORT_BODY_SIZE, FALSE, WM_REPORT_INK_MUTED, 2);

  for (guint i = 0; i < report->steps->len; i++)
    {
      wm_report_flow_ensure (flow, WM_REPORT_BODY_SIZE * LEADING);
      wm_report_flow_add_text (flow, "•", 4, flow->y + WM_REPORT_BODY_SIZE, WM_REPORT_BODY_SIZE, FALSE,
                               WM_REPORT_INK_TEXT);
      wm_report_flow_paragraph (flow, g_ptr_array_index (report->steps, i), 14, width,
                                WM_REPORT_BODY_SIZE, FALSE, WM_REPORT_INK_TEXT, 0);
    }
  if (report->n_steps > report->steps->len)
    {
      g_autofree char *earlier = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "… and %u earlier, listed in Waymark",
                                                               "… and %u earlier, listed in Waymark",
                                                               report->n_steps - report->steps->len),
                                                  report->n_steps - report->steps->len);

      wm_report_flow_paragraph (flow, earlier, 0, width, WM_REPORT_BODY_SIZE, FALSE, WM_REPORT_INK_MUTED, 0);
    }
}

static void
place_report (WmReportFlow   *flow,
              const WmReport *report)
{
  g_autofree char *footer = *report->school_name != '\0'
    ? g_strdup_printf ("%s · %s", report->school_name, report->framework_title)
    : g_strdup (report->framework_title);

  flow->footer = footer;
  wm_report_flow_new_page (flow);
  place_header (flow, report);
  place_chart (flow, report);
  place_summary (flow, report);
  wm_report_place_table (flow, report);
  place_lines (flow, _("Strengths"), _("What the school has secured, element by element."),
               report->strengths, FALSE, report->n_strengths_left_out,
               _("Nothing is secure yet: the next steps below are where to start."));
  place_lines (flow, _("Next steps"),
               _("The open actions of the plan, then what each element needs next to reach its next level."),
               report->next_steps, TRUE, report->n_next_steps_left_out,
               _("Every descriptor is secure or not applicable, and no action is open."));
  place_steps (flow, report);
  flow->y += 10;
  wm_report_flow_paragraph (flow, _("Made with Waymark from the school's own judgements. No notes, evidence or "
                     "details of any pupil are included."),
             0, flow->layout->width, SMALL_SIZE, FALSE, WM_REPORT_INK_MUTED, 0);
  flow->footer = NULL;
}

/* A layout with no page yet, for flows of their own (the trust's summary) to fill. */
WmReportLayout *
wm_report_layout_new_empty (double width,
                            double height)
{
  WmReportLayout *layout = g_new0 (WmReportLayout, 1);

  layout->width = width;
  layout->height = height;
  layout->pages = g_ptr_array_new_with_free_func (page_free);
  layout->charts = g_array_new (FALSE, TRUE, sizeof (WmReportChart));
  g_array_set_clear_func (layout->charts, clear_chart);
  return layout;
}

/**
 * wm_report_layout_new:
 * @width: (in points) the width inside the page's margins
 * @measure_cr: (nullable): measures text; a surface of its own when %NULL
 *
 * Lays out @reports, each starting on a new page.
 */
WmReportLayout *
wm_report_layout_new (WmReport * const *reports,
                      guint             n_reports,
                      double            width,
                      double            height,
                      cairo_t          *measure_cr)
{
  WmReportLayout *layout = wm_report_layout_new_empty (width, height);
  cairo_surface_t *surface = NULL;
  WmReportFlow flow = { layout, measure_cr, NULL, NULL, 0 };

  if (flow.cr == NULL)
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      flow.cr = cairo_create (surface);
    }
  cairo_save (flow.cr);
  for (guint r = 0; r < n_reports; r++)
    place_report (&flow, reports[r]);
  cairo_restore (flow.cr);

  if (surface != NULL)
    {
      cairo_destroy (flow.cr);
      cairo_surface_destroy (surface);
    }
  return layout;
}

guint
wm_report_layout_get_n_pages (const WmReportLayout *layout)
{
  return layout->pages->len;
}

void
wm_report_layout_free (WmReportLayout *layout)
{
  if (layout == NULL)
    return;
  g_ptr_array_unref (layout->pages);
  g_array_unref (layout->charts);
  g_free (layout);
}
