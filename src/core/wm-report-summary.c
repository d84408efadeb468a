/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wm-report-private.h"

/*
 * The words beside the chart: where the school stands, how it moved, its strongest element and
 * the one with furthest to go, and what to do next. Never a chart without them.
 */

/* Overall, as "Overall 1.8 of 3, up from 1.2 at Autumn review (2025-10-01)." */
static void
say_overall (WmReport *report,
             GString  *text)
{
  g_autofree char *max = g_strdup_printf ("%g", report->max);
  g_autofree char *now = wm_report_format_score (TRUE, report->now);
  g_autofree char *then = wm_report_format_score (TRUE, report->then);

  if (!report->has_now)
    g_string_append (text, _("There is no overall score: every descriptor is marked “Not applicable”."));
  else if (report->compare_name == NULL)
    g_string_append_printf (text, _("Overall %s of %s."), now, max);
  else if (!report->has_then)
    g_string_append_printf (text, _("Overall %s of %s; %s (%s) had no score to compare."),
                            now, max, report->compare_name, report->compare_date);
  else if (fabs (report->now - report->then) <= WM_REPORT_TOLERANCE)
    g_string_append_printf (text, _("Overall %s of %s, the same as at %s (%s)."),
                            now, max, report->compare_name, report->compare_date);
  else if (g_str_equal (now, then))
    g_string_append_printf (text, report->now > report->then
                              ? _("Overall %s of %s, slightly up since %s (%s).")
                              : _("Overall %s of %s, slightly down since %s (%s)."),
                            now, max, report->compare_name, report->compare_date);
  else
    g_string_append_printf (text, report->now > report->then
                              ? _("Overall %s of %s, up from %s at %s (%s).")
                              : _("Overall %s of %s, down from %s at %s (%s)."),
                            now, max, then, report->compare_name, report->compare_date);
}

/* Two or three sentences: where the school stands, its strongest and weakest, what to do next. */
char *
wm_report_summarise (WmReport   *report,
                     GPtrArray  *level_names,
                     const char *top_name,
                     GHashTable *next_level,
                     guint       n_open)
{
  GString *text = g_string_new (NULL);
  WmReportElement *best = NULL;
  WmReportElement *worst = NULL;
  const char *level = NULL;

  say_overall (report, text);

  for (guint i = 0; i < report->elements->len; i++)
    {
      WmReportElement *element = g_ptr_array_index (report->elements, i);

      if (!element->has_now)
        continue;
      if (best == NULL || element->now > best->now + WM_REPORT_TOLERANCE)
        best = element;
      if (worst == NULL || element->now < worst->now - WM_REPORT_TOLERANCE)
        worst = element;
    }

  if (worst != NULL)
    {
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (next_level, worst->id));

      if (index > 0 && index <= level_names->len)
        level = g_ptr_array_index (level_names, index - 1);
      if (best->now - worst->now > WM_REPORT_TOLERANCE)
        g_string_append_printf (text, _(" Strongest: %s; furthest to go: %s."), best->title, worst->title);
    }

  g_string_append_c (text, ' ');
  if (level != NULL && n_open > 0)
    g_string_append_printf (text, ngettext ("Next: see through the %u open action, then bring the "
                                            "%s descriptors of %s to “%s”.",
                                            "Next: see through the %u open actions, then bring the "
                                            "%s descriptors of %s to “%s”.", n_open),
                            n_open, level, worst->title, top_name);
  else if (level != NULL)
    g_string_append_printf (text, _("Next: bring the %s descriptors of %s to “%s”."),
                            level, worst->title, top_name);
  else if (n_open > 0)
    g_string_append_printf (text, ngettext ("Next: see through the %u open action.",
                                            "Next: see through the %u open actions.", n_open),
                            n_open);
  else if (worst != NULL)
    g_string_append (text, _("Next: keep the evidence for each element up to date."));
  else
    g_string_append (text, _("Next: review those judgements."));

  return g_string_free (text, FALSE);
}
