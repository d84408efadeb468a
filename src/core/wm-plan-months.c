/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-months"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-action.h"
#include "wm-plan-private.h"

/*
 * Months and dates as the plan keeps them (YYYY-MM, YYYY-MM-DD) and as people type them
 * ("October", "oct", "10"), and what "today" is.
 */

/**
 * wm_plan_get_today:
 * @today: (out caller-allocates): the date
 *
 * The local date, or the date in the environment variable WAYMARK_TODAY (YYYY-MM-DD) when it
 * is set, so that tests and demonstrations can fix "today".
 */
gboolean
wm_plan_get_today (GDate   *today,
                   GError **error)
{
  const char *fixed = g_getenv ("WAYMARK_TODAY");
  g_autoptr(GDateTime) now = NULL;

  g_date_clear (today, 1);
  if (fixed != NULL && *fixed != '\0')
    {
      if (wm_action_parse_date (fixed, today))
        return TRUE;
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("WAYMARK_TODAY is “%s”, which is not a date (write it as YYYY-MM-DD)"), fixed);
      return FALSE;
    }

  now = g_date_time_new_now_local ();
  g_date_set_dmy (today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  return TRUE;
}

/* Exactly YYYY-MM, a real month. */
gboolean
wm_plan_parse_month (const char *text,
                     guint      *year,
                     guint      *month)
{
  guint64 y, m;

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  for (guint i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (text[i]))
      return FALSE;
  y = g_ascii_strtoull (text, NULL, 10);
  m = g_ascii_strtoull (text + 5, NULL, 10);
  if (y < 1 || m < 1 || m > 12)
    return FALSE;
  *year = (guint) y;
  *month = (guint) m;
  return TRUE;
}

/* @month plus @n months, as YYYY-MM; @month is a good one. */
char *
wm_plan_month_add (const char *month,
                   int         n)
{
  guint year = 1, number = 1;
  int index;

  if (!wm_plan_parse_month (month, &year, &number))
    g_return_val_if_reached (g_strdup (month));
  index = (int) (year * 12 + number - 1) + n;
  return g_strdup_printf ("%04d-%02d", index / 12, index % 12 + 1);
}

/* The day of a month's online session when the school has not chosen another: its first
 * Tuesday, the day of the week Stepping Stones schools most often keep for staff learning. */
void
wm_plan_first_tuesday (const char *month,
                       GDate      *date)
{
  guint year = 1, number = 1;

  wm_plan_parse_month (month, &year, &number);
  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, (GDateMonth) number, (GDateYear) year);
  g_date_add_days (date, (G_DATE_TUESDAY - g_date_get_weekday (date) + 7) % 7);
}

char *
wm_plan_date_string (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

gboolean
wm_plan_check_date (const char  *text,
                    GDate       *date,
                    GError     **error)
{
  if (wm_action_parse_date (text, date))
    return TRUE;
  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
               _("“%s” is not a date (write it as YYYY-MM-DD)"), text ? text : "");
  return FALSE;
}

char *
wm_plan_now_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

static gboolean
names_month (const char *wanted,
             guint       number)
{
  static const char * const english[] = { "january", "february", "march", "april", "may",
                                          "june", "july", "august", "september", "october",
                                          "november", "december" };
  g_autoptr(GDateTime) date = g_date_time_new_utc (2000, (int) number, 1, 0, 0, 0);
  g_autofree char *full = g_date_time_format (date, "%B");
  g_autofree char *abbreviated = g_date_time_format (date, "%b");
  g_autofree char *full_folded = g_utf8_casefold (full, -1);
  g_autofree char *abbreviated_folded = g_utf8_casefold (abbreviated, -1);
  guint64 digits = 0;

  if (g_ascii_string_to_unsigned (wanted, 10, 1, 12, &digits, NULL))
    return digits == number;
  return g_str_equal (wanted, english[number - 1]) ||
         (strlen (wanted) == 3 && g_str_has_prefix (english[number - 1], wanted)) ||
         g_str_equal (wanted, full_folded) || g_str_equal (wanted, abbreviated_folded);
}

/**
 * wm_plan_resolve_month:
 * @name: "2026-10"; or a month's name ("October", "oct") or number ("10"), which means that
 *   month of @year
 *
 * Returns: (transfer full): the month as YYYY-MM, one of @year's, or %NULL
 */
char *
wm_plan_resolve_month (WmPlanYear  *year,
                       const char  *name,
                       GError     **error)
{
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  guint y, number;

  g_return_val_if_fail (WM_IS_PLAN_YEAR (year), NULL);

  if (wm_plan_parse_month (name, &y, &number))
    {
      if (!wm_plan_check_month (year, name, error))
        return NULL;
      return g_strdup (name);
    }

  for (guint i = 0; i < wm_plan_year_get_n_months (year); i++)
    {
      const char *month = wm_plan_year_get_month (year, i);

      wm_plan_parse_month (month, &y, &number);
      if (names_month (wanted, number))
        return g_strdup (month);
    }

  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
               _("“%s” is not a month of plan year %s (%s to %s): write it as YYYY-MM"),
               name, wm_plan_year_get_name (year), wm_plan_year_get_start_month (year),
               wm_plan_year_get_end_month (year));
  return NULL;
}
