/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-ics"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-ics.h"
#include "wm-plan-ics-private.h"
#include "wm-school.h"
#include "wm-store-private.h"

/*
 * The year plan as iCalendar, built with libical, which folds lines and escapes text.
 *
 * Every item's UID is made of what it is and which habit it belongs to, never of its month or
 * of the time of export, so a calendar that imports the file again updates the items it holds
 * (a session moved to another month moves) rather than adding them twice. The school file's
 * own identity (a random UUID, kept in the `school` table under "uid") keeps two schools'
 * plans apart in one calendar.
 */

typedef struct {
  WmStore             *store;
  icalcomponent       *calendar;
  char                *school_uid;
  char                *year_key;   /* the year's name, escaped for a UID */
  struct icaltimetype  stamp;      /* the export's time, UTC */
} Builder;

typedef gboolean (*RowFunc) (Builder       *b,
                             sqlite3_stmt  *stmt,
                             GError       **error);

static const char * const section_names[] = {
  N_("how the habit develops"),
  N_("taking the habit into classroom culture"),
  N_("teaching for learning"),
  N_("the Professional Learning Team session"),
};

/* The Review and Renew day's three parts, as minutes after midnight. */
static const struct {
  const char *key;
  const char *summary;
  int         starts, ends;
} review_parts[] = {
  { "senior", N_("Review and Renew day: senior leaders"), 9 * 60, 12 * 60 },
  { "leaders", N_("Review and Renew day: team leaders"), 13 * 60, 15 * 60 + 30 },
  { "staff", N_("Review and Renew day: all staff (twilight)"), 16 * 60, 17 * 60 + 30 },
};

/* Text as iCalendar allows it: UTF-8, lines ending in \n alone, no other control characters. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        continue;
      if (*p == '\r')
        g_string_append_c (clean, '\n');
      else if (*p == '\n' || *p == '\t' || (guchar) *p >= 0x20)
        g_string_append_c (clean, *p);
    }
  return g_string_free (clean, FALSE);
}

static void
add_text (icalcomponent *item,
          icalproperty  *(*new_property) (const char *),
          const char    *text)
{
  g_autofree char *clean = clean_text (text);

  icalcomponent_add_property (item, new_property (clean));
}

/* "<kind>-<year>[-<habit>][-s<section>]@<school>.waymark" */
static char *
make_uid (Builder    *b,
          const char *kind,
          const char *habit_id,
          int         section)
{
  g_autofree char *habit = habit_id ? g_uri_escape_string (habit_id, NULL, FALSE) : NULL;
  g_autofree char *suffix = section > 0 ? g_strdup_printf ("-s%d", section) : NULL;

  return g_strdup_printf ("%s-%s%s%s%s@%s.waymark", kind, b->year_key, habit ? "-" : "",
                          habit ? habit : "", suffix ? suffix : "", b->school_uid);
}

static icalcomponent *
add_item (Builder            *b,
          icalcomponent_kind  kind,
          const char         *uid,
          const char         *summary)
{
  icalcomponent *item = icalcomponent_new (kind);

  icalcomponent_add_property (item, icalproperty_new_uid (uid));
  icalcomponent_add_property (item, icalproperty_new_dtstamp (b->stamp));
  icalcomponent_add_property (item, icalproperty_new_sequence (0));
  add_text (item, icalproperty_new_summary, summary);
  icalcomponent_add_component (b->calendar, item);
  return item;
}

static void
append_part (GString    *text,
             const char *label,
             const char *value)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (value));

  if (*trimmed == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, "\n\n");
  g_string_append_printf (text, "%s: %s", label, trimmed);
}

/* s.habit_id, title, online_on, has team session, meets_on, starts_at, minutes, enquiry,
 * experiments, indicators */
static gboolean
add_session (Builder       *b,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  const char *habit_id = wm_column_text (stmt, 0);
  const char *title = wm_column_text (stmt, 1);
  g_autofree char *uid = make_uid (b, "online", habit_id, 0);
  g_autofree char *summary = g_strdup_printf (_("Stepping Stones online session: %s"), title);
  g_autofree char *what = g_strdup_printf (_("the online session on %s"), title);
  g_autoptr(GString) description = NULL;
  struct icaltimetype day;
  icalcomponent *event;
  int starts;

  if (!wm_plan_ics_read_date (wm_column_text (stmt, 2), what, &day, error))
    return FALSE;
  wm_plan_ics_set_all_day (add_item (b, ICAL_VEVENT_COMPONENT, uid, summary), day);

  if (sqlite3_column_int (stmt, 3) == 0)
    return TRUE;

  g_free (what);
  what = g_strdup_printf (_("the Professional Learning Team session on %s"), title);
  if (!wm_plan_ics_read_date (wm_column_text (stmt, 4), what, &day, error))
    return FALSE;
  if ((starts = wm_plan_ics_parse_clock (wm_column_text (stmt, 5))) < 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The time of %s is “%s” in the school file, which is not a time"),
                   what, wm_column_text (stmt, 5));
      return FALSE;
    }

  g_free (uid);
  g_free (summary);
  uid = make_uid (b, "team", habit_id, 0);
  summary = g_strdup_printf (_("Professional Learning Team: %s"), title);
  event = add_item (b, ICAL_VEVENT_COMPONENT, uid, summary);
  wm_plan_ics_set_times (event, day, starts, sqlite3_column_int (stmt, 6));

  description = g_string_new (NULL);
  append_part (description, _("Enquiry question"), wm_column_text (stmt, 7));
  append_part (description, _("Agreed experiments"), wm_column_text (stmt, 8));
  append_part (description, _("Impact indicators to look for"), wm_column_text (stmt, 9));
  if (description->len > 0)
    add_text (event, icalproperty_new_description, description->str);
  return TRUE;
}

/* s.habit_id, title, section, minutes, due_on, done_on, notes */
static gboolean
add_section (Builder       *b,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  const char *habit_id = wm_column_text (stmt, 0);
  const char *title = wm_column_text (stmt, 1);
  int section = sqlite3_column_int (stmt, 2);
  g_autofree char *uid = make_uid (b, "section", habit_id, section);
  g_autofree char *summary = g_strdup_printf (_("%s, section %d: %s (%d min)"), title, section,
                                              _(section_names[CLAMP (section, 1, 4) - 1]),
                                              sqlite3_column_int (stmt, 3));
  g_autofree char *what = g_strdup_printf (_("section %d of %s"), section, title);
  struct icaltimetype due, done;
  icalcomponent *task;
  icalproperty *property;

  if (!wm_plan_ics_read_date (wm_column_text (stmt, 4), what, &due, error))
    return FALSE;
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL &&
      !wm_plan_ics_read_date (wm_column_text (stmt, 5), what, &done, error))
    return FALSE;

  task = add_item (b, ICAL_VTODO_COMPONENT, uid, summary);
  property = icalproperty_new_due (due);
  icalcomponent_add_property (task, property);

  if (sqlite3_column_type (stmt, 5) == SQLITE_NULL)
    icalcomponent_add_property (task, icalproperty_new_status (ICAL_STATUS_NEEDSACTION));
  else
    {
      /* COMPLETED must be a UTC date-time; the file knows only the day, so noon of it. */
      done.is_date = 0;
      done.hour = 12;
      done.minute = done.second = 0;
      done.zone = icaltimezone_get_utc_timezone ();
      icalcomponent_add_property (task, icalproperty_new_status (ICAL_STATUS_COMPLETED));
      icalcomponent_add_property (task, icalproperty_new_completed (done));
      icalcomponent_add_property (task, icalproperty_new_percentcomplete (100));
    }
  if (*wm_column_text (stmt, 6) != '\0')
    add_text (task, icalproperty_new_description, wm_column_text (stmt, 6));
  return TRUE;
}

/* held_on, senior_notes, leaders_notes, staff_notes */
static gboolean
add_review_day (Builder       *b,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  struct icaltimetype day;

  if (!wm_plan_ics_read_date (wm_column_text (stmt, 0), _("the Review and Renew day"), &day, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (review_parts); i++)
    {
      g_autofree char *kind = g_strconcat ("review-", review_parts[i].key, NULL);
      g_autofree char *uid = make_uid (b, kind, NULL, 0);
      icalcomponent *event = add_item (b, ICAL_VEVENT_COMPONENT, uid, _(review_parts[i].summary));
      const char *notes = wm_column_text (stmt, 1 + (int) i);

      wm_plan_ics_set_times (event, day, review_parts[i].starts, review_parts[i].ends - review_parts[i].starts);
      if (*notes != '\0')
        add_text (event, icalproperty_new_description, notes);
    }
  return TRUE;
}

static gboolean
for_each_row (Builder     *b,
              const char  *sql,
              gint64       year_id,
              RowFunc      func,
              GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (b->store, sql, error);
  gboolean ok = TRUE;
  int rc = SQLITE_DONE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, year_id);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ok = func (b, stmt, error);
  sqlite3_reset (stmt);

  if (ok && rc != SQLITE_DONE)
    return wm_store_set_error (b->store, rc, error, _("Could not read the year plan"));
  return ok;
}

/* The name of @year_id, or %NULL with @error set. */
char *
wm_plan_ics_year_name (WmStore  *store,
                       gint64    year_id,
                       GError  **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, "SELECT name FROM plan_years WHERE id = ?1", error);
  char *name = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, year_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    name = g_strdup (wm_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No year plan with id %lld"), (long long) year_id);
  else if (rc != SQLITE_ROW)
    wm_store_set_error (store, rc, error, _("Could not read the year plan"));
  return name;
}

static const char sessions_sql[] =
  "SELECT s.habit_id, coalesce (e.title, s.habit_id), s.online_on, t.session_id IS NOT NULL, "
  "       t.meets_on, t.starts_at, t.minutes, t.enquiry, t.experiments, t.indicators "
  "FROM plan_sessions s "
  "LEFT JOIN elements e ON e.framework_id = s.framework_id AND e.id = s.habit_id "
  "LEFT JOIN plan_team_sessions t ON t.session_id = s.id "
  "WHERE s.year_id = ?1 ORDER BY s.month";

static const char sections_sql[] =
  "SELECT s.habit_id, coalesce (e.title, s.habit_id), p.section, p.minutes, p.due_on, p.done_on, p.notes "
  "FROM plan_sections p JOIN plan_sessions s ON s.id = p.session_id "
  "LEFT JOIN elements e ON e.framework_id = s.framework_id AND e.id = s.habit_id "
  "WHERE s.year_id = ?1 ORDER BY s.month, p.section";

static const char review_sql[] =
  "SELECT held_on, senior_notes, leaders_notes, staff_notes FROM plan_review_days WHERE year_id = ?1";

/**
 * wm_plan_ics_build:
 * @year_id: a row of plan_years
 *
 * Makes the school file's identity for calendars (in a transaction of its own) if it has none.
 *
 * Returns: (transfer full): the year plan as an iCalendar file, or %NULL on error
 */
GBytes *
wm_plan_ics_build (WmStore  *store,
                   gint64    year_id,
                   GError  **error)
{
  g_autofree char *year_name = NULL;
  g_autofree char *calendar_name = NULL;
  Builder b = { store, NULL, NULL, NULL, { 0 } };
  GBytes *bytes = NULL;
  icalproperty *property;
  char *text;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!(year_name = wm_plan_ics_year_name (store, year_id, error)) ||
      !(b.school_uid = wm_school_get_id (store, error)))
    return NULL;

  b.year_key = g_uri_escape_string (year_name, NULL, FALSE);
  b.stamp = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());
  b.calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (b.calendar, icalproperty_new_prodid ("-//Waymark//Waymark planner//EN"));
  icalcomponent_add_property (b.calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (b.calendar, icalproperty_new_calscale ("GREGORIAN"));
  calendar_name = g_strdup_printf (_("Stepping Stones %s"), year_name);
  property = icalproperty_new_x (g_strdelimit (calendar_name, "\r\n\t", ' '));
  icalproperty_set_x_name (property, "X-WR-CALNAME");
  icalcomponent_add_property (b.calendar, property);
  property = icalproperty_new_x (WM_PLAN_ICS_TZID);
  icalproperty_set_x_name (property, "X-WR-TIMEZONE");
  icalcomponent_add_property (b.calendar, property);
  icalcomponent_add_component (b.calendar, wm_plan_ics_london_timezone ());

  if (for_each_row (&b, sessions_sql, year_id, add_session, error) &&
      for_each_row (&b, sections_sql, year_id, add_section, error) &&
      for_each_row (&b, review_sql, year_id, add_review_day, error))
    {
      text = icalcomponent_as_ical_string_r (b.calendar);
      bytes = g_bytes_new (text, strlen (text));
      icalmemory_free_buffer (text);
    }
  else
    g_prefix_error (error, _("Could not export the year plan %s: "), year_name);

  icalcomponent_free (b.calendar);
  g_free (b.school_uid);
  g_free (b.year_key);
  return bytes;
}
