/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-steps"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-steps-private.h"
#include "wm-store-private.h"

/*
 * The small-steps log by week and by term: the count per ISO week (weeks start on Monday, and
 * a week belongs to the year of its Thursday, so 2027-01-01 is in week 53 of 2026), the school
 * term a day falls in, and the governors' pack's "what changed this term".
 */

/* The Monday of @date's ISO week. */
static void
to_week_start (GDate *date)
{
  g_date_subtract_days (date, g_date_get_weekday (date) - G_DATE_MONDAY);
}

/**
 * wm_steps_week_start:
 * @date: YYYY-MM-DD
 *
 * Returns: (nullable): the Monday of @date's ISO week, YYYY-MM-DD; %NULL if @date is not a date
 */
char *
wm_steps_week_start (const char *date)
{
  GDate day;

  if (date == NULL || !wm_steps_check_date (date, &day, NULL))
    return NULL;
  to_week_start (&day);
  return wm_steps_format_date (&day);
}

static void
set_week (WmStepsWeek *week,
          const GDate *monday)
{
  GDate thursday = *monday;

  g_date_add_days (&thursday, 3);
  g_snprintf (week->start, sizeof week->start, "%04u-%02u-%02u", g_date_get_year (monday),
              g_date_get_month (monday), g_date_get_day (monday));
  week->iso_year = g_date_get_year (&thursday);
  week->iso_week = g_date_get_iso8601_week_of_year (monday);
  week->n_steps = 0;
}

/* Both dates real, and in order. */
static gboolean
check_range (const char  *start,
             const char  *end,
             GDate       *first,
             GDate       *last,
             GError     **error)
{
  if (!wm_steps_check_date (start, first, error) || !wm_steps_check_date (end, last, error))
    return FALSE;
  if (g_date_compare (first, last) > 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The period from %s to %s ends before it starts"), start, end);
      return FALSE;
    }
  return TRUE;
}

/* The weeks from @first's to @last's, each with its count of @steps (a list of #WmStep). */
static GArray *
count_weeks (const GDate *first,
             const GDate *last,
             GListModel  *steps)
{
  GArray *weeks = g_array_new (FALSE, TRUE, sizeof (WmStepsWeek));
  GDate monday = *first;
  GDate last_monday = *last;

  to_week_start (&monday);
  to_week_start (&last_monday);
  for (GDate week = monday; g_date_compare (&week, &last_monday) <= 0; g_date_add_days (&week, 7))
    {
      WmStepsWeek entry;

      set_week (&entry, &week);
      g_array_append_val (weeks, entry);
    }

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(WmStep) step = g_list_model_get_item (steps, i);
      GDate start;

      if (wm_steps_check_date (wm_step_get_week_start (step), &start, NULL))
        {
          guint index = (guint) g_date_days_between (&monday, &start) / 7;

          if (index < weeks->len)
            g_array_index (weeks, WmStepsWeek, index).n_steps++;
        }
    }

  return weeks;
}

/**
 * wm_steps_count_by_week:
 * @start: the first day counted, YYYY-MM-DD
 * @end: the last day counted
 *
 * Returns: (transfer full): a #GArray of #WmStepsWeek, one for every ISO week that the period
 *   touches, oldest first, weeks without a step included; only steps within the period count
 */
GArray *
wm_steps_count_by_week (WmStore     *store,
                        const char  *start,
                        const char  *end,
                        GError     **error)
{
  WmStepQuery query = { .from = start, .to = end };
  g_autoptr(GListModel) steps = NULL;
  GDate first, last;

  if (!check_range (start, end, &first, &last, error) ||
      !(steps = wm_steps_list (store, &query, error)))
    return NULL;

  return count_weeks (&first, &last, steps);
}

/**
 * wm_steps_term_bounds:
 * @today: (nullable): YYYY-MM-DD; %NULL for today (local time)
 * @start: (out): the first day of the term that holds @today
 * @end: (out): its last day
 * @name: (out) (optional): "Autumn term 2026"
 *
 * A simplification of the school year in England: the autumn term runs from 1 September to
 * 31 December, the spring term from 1 January to 31 March (Easter moves; this does not) and
 * the summer term from 1 April to 31 August. Holidays fall inside the terms, so every day of
 * the year is in one.
 */
gboolean
wm_steps_term_bounds (const char  *today,
                      char       **start,
                      char       **end,
                      char       **name,
                      GError     **error)
{
  g_autofree char *local_today = NULL;
  GDateYear year;
  GDate day;

  if (today == NULL)
    today = local_today = wm_steps_local_today ();
  if (!wm_steps_check_date (today, &day, error))
    return FALSE;

  year = g_date_get_year (&day);
  switch (g_date_get_month (&day))
    {
    case G_DATE_JANUARY: case G_DATE_FEBRUARY: case G_DATE_MARCH:
      *start = g_strdup_printf ("%04u-01-01", year);
      *end = g_strdup_printf ("%04u-03-31", year);
      if (name != NULL)
        *name = g_strdup_printf (_("Spring term %u"), year);
      break;

    case G_DATE_SEPTEMBER: case G_DATE_OCTOBER: case G_DATE_NOVEMBER: case G_DATE_DECEMBER:
      *start = g_strdup_printf ("%04u-09-01", year);
      *end = g_strdup_printf ("%04u-12-31", year);
      if (name != NULL)
        *name = g_strdup_printf (_("Autumn term %u"), year);
      break;

    default:
      *start = g_strdup_printf ("%04u-04-01", year);
      *end = g_strdup_printf ("%04u-08-31", year);
      if (name != NULL)
        *name = g_strdup_printf (_("Summer term %u"), year);
      break;
    }
  return TRUE;
}

/**
 * wm_steps_for_report:
 * @start: the first day, YYYY-MM-DD (a term's, from wm_steps_term_bounds())
 * @end: the last day; for a term under way, today, so that the rate counts the weeks so far
 *
 * What changed in the period, for the governors' pack: the count, the steps per week, and what
 * each step was and what it serves. Who took a step is left out: staff names stay in the
 * school file.
 */
WmStepsReport *
wm_steps_for_report (WmStore     *store,
                     const char  *start,
                     const char  *end,
                     GError     **error)
{
  WmStepQuery query = { .from = start, .to = end };
  g_autoptr(GListModel) steps = NULL;
  WmStepsReport *report;
  GDate first, last;
  guint n;

  if (!check_range (start, end, &first, &last, error) ||
      !(steps = wm_steps_list (store, &query, error)))
    return NULL;

  n = g_list_model_get_n_items (steps);
  report = g_new0 (WmStepsReport, 1);
  report->start = g_strdup (start);
  report->end = g_strdup (end);
  report->n_steps = n;
  report->weeks = count_weeks (&first, &last, steps);
  report->n_weeks = report->weeks->len;
  report->per_week = report->n_weeks ? (double) n / report->n_weeks : 0.0;
  report->lines = g_ptr_array_new_with_free_func (g_free);

  /* The list is newest first; the pack tells the term in order. */
  for (guint i = n; i-- > 0;)
    {
      g_autoptr(WmStep) step = g_list_model_get_item (steps, i);
      const char *serves = wm_step_get_serves_name (step);

      if (*serves != '\0')
        g_ptr_array_add (report->lines,
                         /* TRANSLATORS: a small step, and the descriptor or habit it serves */
                         g_strdup_printf (_("%s — serves %s"), wm_step_get_what (step), serves));
      else
        g_ptr_array_add (report->lines, g_strdup (wm_step_get_what (step)));
    }

  return report;
}

void
wm_steps_report_free (WmStepsReport *report)
{
  if (report == NULL)
    return;

  g_free (report->start);
  g_free (report->end);
  g_clear_pointer (&report->weeks, g_array_unref);
  g_clear_pointer (&report->lines, g_ptr_array_unref);
  g_free (report);
}
