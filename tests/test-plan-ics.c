/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-plan-ics"

#include "config.h"

#include <libical/ical.h>

#include "wm-catalog.h"
#include "wm-plan-ics.h"
#include "wm-test-util.h"

/* The year plan as iCalendar, parsed back with libical: events, tasks, times and stable UIDs. */

/* A comma, a semicolon, a backslash and a line break: everything iCalendar escapes. */
#define ENQUIRY "Where do pupils link ideas, across subjects; at home?\nAnd how do we know \\ see it?"

static const char plan_sql[] =
  "PRAGMA foreign_keys = ON;"
  "DELETE FROM plan_years;"
  "INSERT INTO plan_years (id, name, start_month, n_months, framework_id, created_at) "
  "  VALUES (1, '2026-27', '2026-09', 11, 'habits', '2026-07-01T09:00:00Z');"
  "INSERT INTO plan_sessions (id, year_id, framework_id, habit_id, month, online_on) VALUES "
  "  (1, 1, 'habits', 'making-links', '2026-09', '2026-09-17'),"
  "  (2, 1, 'habits', 'absorption', '2026-10', '2026-10-15'),"
  "  (3, 1, 'habits', 'questioning', '2026-12', '2026-12-03');"
  "INSERT INTO plan_sections (session_id, section, minutes, due_on, done_on, notes) "
  "  SELECT s.id, n.section, n.minutes, s.online_on, NULL, '' FROM plan_sessions s, "
  "  (SELECT 1 AS section, 20 AS minutes UNION ALL SELECT 2, 10 UNION ALL SELECT 3, 30 "
  "   UNION ALL SELECT 4, 75) n;"
  "UPDATE plan_sections SET done_on = '2026-09-20', notes = 'Plotted: 6 classes' "
  "  WHERE session_id = 1 AND section = 1;"
  "INSERT INTO plan_team_sessions (session_id, meets_on, starts_at, enquiry, experiments, indicators) VALUES "
  "  (1, '2026-09-24', '15:45', '" ENQUIRY "', 'Link walls in Year 4', 'Pupils name links unprompted'),"
  "  (2, '2026-10-22', '16:00', '', '', ''),"
  "  (3, '2026-12-10', '15:30', 'Which questions move learning on?', '', '');"
  "INSERT INTO plan_review_days (year_id, held_on, senior_notes) VALUES (1, '2027-07-05', 'Vision first');";

typedef struct {
  WmTestSchool  school;
  WmStore      *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  wm_test_school_set_up (&f->school, data);
  f->store = wm_catalog_open_school (f->school.path, &error);
  g_assert_no_error (error);
  wm_test_sqlite_exec (f->school.path, plan_sql);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  wm_store_close (f->store);
  g_assert_finalize_object (f->store);
  wm_test_school_tear_down (&f->school, data);
}

/* The plan's calendar, parsed back; its text in @text if wanted. */
static icalcomponent *
build (Fixture  *f,
       char    **text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = wm_plan_ics_build (f->store, 1, &error);
  g_autofree char *copy = NULL;
  icalcomponent *calendar;

  g_assert_no_error (error);
  copy = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  calendar = icalparser_parse_string (copy);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  if (text != NULL)
    *text = g_steal_pointer (&copy);
  return calendar;
}

static guint
count (icalcomponent      *calendar,
       icalcomponent_kind  kind)
{
  return (guint) icalcomponent_count_components (calendar, kind);
}

/* The item whose UID starts "@prefix@". */
static icalcomponent *
find (icalcomponent *calendar,
      const char    *prefix)
{
  g_autofree char *start = g_strconcat (prefix, "@", NULL);

  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_ANY_COMPONENT); c != NULL;
       c = icalcomponent_get_next_component (calendar, ICAL_ANY_COMPONENT))
    if (icalcomponent_get_uid (c) != NULL && g_str_has_prefix (icalcomponent_get_uid (c), start))
      return c;
  g_error ("no item with a UID starting %s", start);
}

/* Every UID, which must all differ and end with the same school identity. */
static GHashTable *
uids_of (icalcomponent *calendar)
{
  GHashTable *uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *school = NULL;

  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_ANY_COMPONENT); c != NULL;
       c = icalcomponent_get_next_component (calendar, ICAL_ANY_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (c);
      const char *at;

      if (icalcomponent_isa (c) == ICAL_VTIMEZONE_COMPONENT)
        continue;
      g_assert_nonnull (uid);
      at = strchr (uid, '@');
      g_assert_nonnull (at);
      g_assert_true (g_str_has_suffix (uid, ".waymark"));
      if (school == NULL)
        school = g_strndup (at + 1, strlen (at + 1) - strlen (".waymark"));
      g_assert_true (g_uuid_string_is_valid (school));
      g_assert_true (g_str_has_prefix (at + 1, school));
      g_assert_true (g_hash_table_add (uids, g_strdup (uid)));
    }
  return uids;
}

/* A timed event: its local start, TZID and length in minutes. */
static void
assert_timed (icalcomponent *event,
              const char    *start,
              int            minutes)
{
  icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalproperty *dtend = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  icalparameter *tzid = icalproperty_get_first_parameter (dtstart, ICAL_TZID_PARAMETER);
  struct icaltimetype from = icalproperty_get_dtstart (dtstart);
  struct icaltimetype to = icalproperty_get_dtend (dtend);

  g_assert_nonnull (tzid);
  g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "Europe/London");
  tzid = icalproperty_get_first_parameter (dtend, ICAL_TZID_PARAMETER);
  g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "Europe/London");
  g_assert_false (from.is_date);
  g_assert_cmpstr (icaltime_as_ical_string (from), ==, start);
  /* Both local in one zone, away from its changes: the difference is the length. */
  from.zone = to.zone = NULL;
  g_assert_cmpint (icaltime_as_timet (to) - icaltime_as_timet (from), ==, minutes * 60);
}

static void
assert_all_day (icalcomponent *event,
                const char    *day)
{
  struct icaltimetype start = icalcomponent_get_dtstart (event);

  g_assert_true (start.is_date);
  g_assert_cmpstr (icaltime_as_ical_string (start), ==, day);
}

static void
test_calendar (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *unfolded = NULL;
  icalcomponent *calendar = build (f, &text);
  g_autoptr(GHashTable) uids = uids_of (calendar);
  icalcomponent *item;
  icalproperty *property;
  g_auto(GStrv) lines = NULL;

  g_assert_nonnull (strstr (text, "BEGIN:VCALENDAR"));
  g_assert_null (strstr (strstr (text, "BEGIN:VCALENDAR") + 1, "BEGIN:VCALENDAR"));
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)), ==, "2.0");
  g_assert_cmpstr (icalproperty_get_prodid (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY)), ==,
                   "-//Waymark//Waymark planner//EN");
  g_assert_cmpstr (icalproperty_get_calscale (icalcomponent_get_first_property (calendar, ICAL_CALSCALE_PROPERTY)), ==,
                   "GREGORIAN");
  property = icalcomponent_get_first_property (calendar, ICAL_X_PROPERTY);
  g_assert_cmpstr (icalproperty_get_x_name (property), ==, "X-WR-CALNAME");
  g_assert_cmpstr (icalproperty_get_x (property), ==, "Stepping Stones 2026-27");

  /* Three online sessions, three team sessions, the review day's three parts; 3 × 4 sections. */
  g_assert_cmpuint (count (calendar, ICAL_VEVENT_COMPONENT), ==, 9);
  g_assert_cmpuint (count (calendar, ICAL_VTODO_COMPONENT), ==, 12);
  g_assert_cmpuint (count (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 1);
  g_assert_cmpuint (g_hash_table_size (uids), ==, 21);

  item = find (calendar, "team-2026-27-making-links");
  g_assert_cmpstr (icalcomponent_get_summary (item), ==, "Professional Learning Team: Making links");
  assert_timed (item, "20260924T154500", 75);
  g_assert_cmpstr (icalcomponent_get_description (item), ==,
                   "Enquiry question: " ENQUIRY "\n\nAgreed experiments: Link walls in Year 4"
                   "\n\nImpact indicators to look for: Pupils name links unprompted");
  assert_timed (find (calendar, "team-2026-27-absorption"), "20261022T160000", 75);
  g_assert_null (icalcomponent_get_first_property (find (calendar, "team-2026-27-absorption"),
                                                   ICAL_DESCRIPTION_PROPERTY));
  assert_timed (find (calendar, "team-2026-27-questioning"), "20261210T153000", 75);

  item = find (calendar, "online-2026-27-making-links");
  g_assert_cmpstr (icalcomponent_get_summary (item), ==, "Stepping Stones online session: Making links");
  assert_all_day (item, "20260917");

  item = find (calendar, "section-2026-27-making-links-s1");
  g_assert_cmpint (icalcomponent_isa (item), ==, ICAL_VTODO_COMPONENT);
  g_assert_cmpstr (icalcomponent_get_summary (item), ==, "Making links, section 1: how the habit develops (20 min)");
  g_assert_cmpint (icalcomponent_get_status (item), ==, ICAL_STATUS_COMPLETED);
  property = icalcomponent_get_first_property (item, ICAL_COMPLETED_PROPERTY);
  g_assert_nonnull (property);
  g_assert_true (icaltime_is_utc (icalproperty_get_completed (property)));
  g_assert_cmpstr (icaltime_as_ical_string (icalproperty_get_completed (property)), ==, "20260920T120000Z");
  g_assert_cmpstr (icalcomponent_get_description (item), ==, "Plotted: 6 classes");
  g_assert_true (icalcomponent_get_due (item).is_date);
  g_assert_cmpstr (icaltime_as_ical_string (icalcomponent_get_due (item)), ==, "20260917");

  item = find (calendar, "section-2026-27-questioning-s4");
  g_assert_cmpstr (icalcomponent_get_summary (item), ==,
                   "Questioning, section 4: the Professional Learning Team session (75 min)");
  g_assert_cmpint (icalcomponent_get_status (item), ==, ICAL_STATUS_NEEDSACTION);
  g_assert_null (icalcomponent_get_first_property (item, ICAL_COMPLETED_PROPERTY));

  item = find (calendar, "review-senior-2026-27");
  g_assert_cmpstr (icalcomponent_get_summary (item), ==, "Review and Renew day: senior leaders");
  g_assert_cmpstr (icalcomponent_get_description (item), ==, "Vision first");
  assert_timed (item, "20270705T090000", 180);
  assert_timed (find (calendar, "review-leaders-2026-27"), "20270705T130000", 150);
  assert_timed (find (calendar, "review-staff-2026-27"), "20270705T160000", 90);

  /* libical escaped the text and folded every line to 75 octets. */
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpuint (strlen (lines[i]), <=, 75);
  g_strfreev (lines);
  lines = g_strsplit (text, "\r\n ", -1);
  unfolded = g_strjoinv ("", lines);
  g_assert_nonnull (strstr (unfolded, "DESCRIPTION:Enquiry question: Where do pupils link ideas\\, across subjects\\; "
                                  "at home?\\nAnd how do we know \\\\ see it?\\n\\n"));

  icalcomponent_free (calendar);
}

/* Europe/London as the file defines it: GMT in winter, BST in summer, changing at 01:00 UTC. */
static void
test_timezone (Fixture       *f,
               gconstpointer  data)
{
  static const struct { const char *local, *utc; } cases[] = {
    { "20260924T154500", "20260924T144500Z" },
    { "20261210T153000", "20261210T153000Z" },
    { "20270328T003000", "20270328T003000Z" },   /* the last Sunday of March, before 01:00 UTC */
    { "20270328T023000", "20270328T013000Z" },
    { "20271031T003000", "20271030T233000Z" },   /* the last Sunday of October, still BST */
    { "20271031T023000", "20271031T023000Z" },
  };
  icalcomponent *calendar = build (f, NULL);
  icalcomponent *vtimezone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  icaltimezone *zone = icaltimezone_new ();

  g_assert_true (icaltimezone_set_component (zone, icalcomponent_new_clone (vtimezone)));
  g_assert_cmpstr (icaltimezone_get_tzid (zone), ==, "Europe/London");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      struct icaltimetype t = icaltime_from_string (cases[i].local);

      t.zone = zone;
      t = icaltime_convert_to_zone (t, icaltimezone_get_utc_timezone ());
      g_assert_cmpstr (icaltime_as_ical_string (t), ==, cases[i].utc);
    }

  icaltimezone_free (zone, TRUE);
  icalcomponent_free (calendar);
}

static gboolean
same_uids (gpointer key,
           gpointer value,
           gpointer other)
{
  return !g_hash_table_contains (other, key);
}

/* A session moved to another month keeps its UIDs, so a calendar moves it rather than adding it. */
static void
test_stable_uids (Fixture       *f,
                  gconstpointer  data)
{
  icalcomponent *before = build (f, NULL);
  g_autoptr(GHashTable) uids_before = uids_of (before);
  g_autoptr(GHashTable) uids_after = NULL;
  icalcomponent *after;

  wm_test_sqlite_exec (f->school.path,
                       "UPDATE plan_sessions SET month = '2026-11', online_on = '2026-11-12' WHERE id = 3;"
                       "UPDATE plan_team_sessions SET meets_on = '2026-11-19' WHERE session_id = 3;"
                       "UPDATE plan_sections SET due_on = '2026-11-12' WHERE session_id = 3;");
  after = build (f, NULL);
  uids_after = uids_of (after);

  g_assert_cmpuint (g_hash_table_size (uids_after), ==, g_hash_table_size (uids_before));
  g_assert_null (g_hash_table_find (uids_before, same_uids, uids_after));
  assert_all_day (find (after, "online-2026-27-questioning"), "20261112");
  assert_timed (find (after, "team-2026-27-questioning"), "20261119T153000", 75);
  g_assert_cmpstr (icaltime_as_ical_string (icalcomponent_get_due (find (after, "section-2026-27-questioning-s2"))),
                   ==, "20261112");
  g_assert_cmpint (wm_test_sqlite_int (f->school.path, "SELECT count(*) FROM school WHERE key = 'uid'"), ==, 1);

  icalcomponent_free (before);
  icalcomponent_free (after);
}

static guint
n_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* Written whole, or not at all. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->school.dir, "plan.ics", NULL);
  g_autofree char *missing = g_build_filename (f->school.dir, "missing", "plan.ics", NULL);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) again = NULL;
  guint n_before;
  icalcomponent *calendar;

  g_assert_true (wm_plan_ics_export (f->store, 1, path, &error));
  g_assert_no_error (error);
  written = wm_test_read_bytes (path);
  calendar = icalparser_parse_string (g_bytes_get_data (written, NULL));
  g_assert_cmpuint (count (calendar, ICAL_VEVENT_COMPONENT), ==, 9);
  icalcomponent_free (calendar);
  n_before = n_files (f->school.dir);

  g_assert_false (wm_plan_ics_export (f->store, 1, missing, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A year that is not there: the file already written stays as it was, nothing beside it. */
  g_assert_false (wm_plan_ics_export (f->store, 99, path, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  again = wm_test_read_bytes (path);
  wm_test_assert_same_bytes (written, again);
  g_assert_cmpuint (n_files (f->school.dir), ==, n_before);
}

static gint64
year_for (Fixture    *f,
          const char *today,
          char      **name)
{
  g_autoptr(GError) error = NULL;
  GDate date;
  gint64 id;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, today);
  id = wm_plan_ics_find_year (f->store, &date, name, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_find_year (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GDate date;

  wm_test_sqlite_exec (f->school.path,
                       "INSERT INTO plan_years (id, name, start_month, n_months, framework_id, created_at) "
                       "VALUES (2, '2027-28', '2027-09', 11, 'habits', '2027-07-01T09:00:00Z')");
  g_assert_cmpint (year_for (f, "2026-10-05", &name), ==, 1);
  g_assert_cmpstr (name, ==, "2026-27");
  g_assert_cmpint (year_for (f, "2027-07-31", NULL), ==, 1);
  g_assert_cmpint (year_for (f, "2027-08-15", NULL), ==, 2);    /* between years: the next */
  g_assert_cmpint (year_for (f, "2025-01-01", NULL), ==, 1);
  g_assert_cmpint (year_for (f, "2031-01-01", NULL), ==, 2);    /* after them all: the latest */

  wm_test_sqlite_exec (f->school.path, "PRAGMA foreign_keys = ON; DELETE FROM plan_years");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, G_DATE_OCTOBER, 2026);
  g_assert_cmpint (wm_plan_ics_find_year (f->store, &date, NULL, &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/plan-ics/calendar", test_calendar);
  ADD ("/plan-ics/timezone", test_timezone);
  ADD ("/plan-ics/stable-uids", test_stable_uids);
  ADD ("/plan-ics/export", test_export);
  ADD ("/plan-ics/find-year", test_find_year);
#undef ADD

  return g_test_run ();
}
