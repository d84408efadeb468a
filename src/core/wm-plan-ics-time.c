/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-ics"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-action.h"
#include "wm-plan-ics-private.h"

/*
 * The plan's dates and times in iCalendar: days as DATE values, times as local times in
 * Europe/London with the zone's rules written into the file.
 */

static icalcomponent *
london_observance (icalcomponent *observance,
                   const char    *start,
                   int            from,
                   int            to,
                   const char    *name,
                   const char    *rule)
{
  icalcomponent_add_property (observance, icalproperty_new_dtstart (icaltime_from_string (start)));
  icalcomponent_add_property (observance, icalproperty_new_tzoffsetfrom (from));
  icalcomponent_add_property (observance, icalproperty_new_tzoffsetto (to));
  icalcomponent_add_property (observance, icalproperty_new_tzname (name));
  icalcomponent_add_property (observance, icalproperty_new_rrule (icalrecurrencetype_from_string (rule)));
  return observance;
}

/* Europe/London since 1996: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October. Written out rather than taken from the system's zoneinfo, so the file
 * is the same wherever it is made. */
icalcomponent *
wm_plan_ics_london_timezone (void)
{
  icalcomponent *zone = icalcomponent_new_vtimezone ();

  icalcomponent_add_property (zone, icalproperty_new_tzid (WM_PLAN_ICS_TZID));
  icalcomponent_add_component (zone, london_observance (icalcomponent_new_xdaylight (), "19810329T010000",
                                                        0, 3600, "BST", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
  icalcomponent_add_component (zone, london_observance (icalcomponent_new_xstandard (), "19961027T020000",
                                                        3600, 0, "GMT", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
  return zone;
}

gboolean
wm_plan_ics_read_date (const char           *text,
                       const char           *what,
                       struct icaltimetype  *day,
                       GError              **error)
{
  GDate date;

  if (!wm_action_parse_date (text, &date))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The date of %s is “%s” in the school file, which is not a date"), what, text);
      return FALSE;
    }
  *day = icaltime_null_date ();
  day->year = g_date_get_year (&date);
  day->month = g_date_get_month (&date);
  day->day = g_date_get_day (&date);
  return TRUE;
}

/* "HH:MM" as minutes after midnight, or -1. */
int
wm_plan_ics_parse_clock (const char *text)
{
  int hour, minute;

  if (strlen (text) != 5 || text[2] != ':' || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return -1;
  hour = g_ascii_digit_value (text[0]) * 10 + g_ascii_digit_value (text[1]);
  minute = g_ascii_digit_value (text[3]) * 10 + g_ascii_digit_value (text[4]);
  return hour < 24 && minute < 60 ? hour * 60 + minute : -1;
}

/* From @starts (minutes after midnight) on @day for @minutes, in Europe/London's local time. */
void
wm_plan_ics_set_times (icalcomponent       *event,
                       struct icaltimetype  day,
                       int                  starts,
                       int                  minutes)
{
  struct icaltimetype start = day;
  struct icaltimetype end;
  icalproperty *property;

  start.is_date = 0;
  start.hour = starts / 60;
  start.minute = starts % 60;
  start.second = 0;
  end = icaltime_add (start, icaldurationtype_from_int (minutes * 60));

  property = icalproperty_new_dtstart (start);
  icalproperty_add_parameter (property, icalparameter_new_tzid (WM_PLAN_ICS_TZID));
  icalcomponent_add_property (event, property);
  property = icalproperty_new_dtend (end);
  icalproperty_add_parameter (property, icalparameter_new_tzid (WM_PLAN_ICS_TZID));
  icalcomponent_add_property (event, property);
}

/* An all-day event is shown free, not busy: the online session is watched when it suits. */
void
wm_plan_ics_set_all_day (icalcomponent       *event,
                         struct icaltimetype  day)
{
  struct icaltimetype next = day;

  icaltime_adjust (&next, 1, 0, 0, 0);
  icalcomponent_add_property (event, icalproperty_new_dtstart (day));
  icalcomponent_add_property (event, icalproperty_new_dtend (next));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
}
