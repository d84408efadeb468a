/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

/*
 * waymark-cli's year plan commands: plan show [--year], plan due, plan set, plan move,
 * plan skip, plan unskip, plan done, plan counts, plan place, plan unplace and
 * plan review-day. They work on the current plan year (the one whose months include today,
 * else the next to start, else the latest).
 *
 * "Today" is the local date; the environment variable WAYMARK_TODAY=YYYY-MM-DD fixes it, for
 * tests. A MONTH is YYYY-MM, or a month's name or number ("October", "oct", "10") in the
 * current year; a HABIT is its id in the habit library ("making-links") or its title; an
 * ACTION-ID is an action's number in `waymark-cli action list`.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cli.h"
#include "wm-action.h"
#include "wm-actions.h"
#include "wm-plan.h"

/* @date in @format; @date itself if it is not a date. */
static char *
format_date (const char *date,
             const char *format)
{
  g_autoptr(GDateTime) time = NULL;
  GDate day;

  if (!wm_action_parse_date (date, &day))
    return g_strdup (date);
  time = g_date_time_new_utc ((int) g_date_get_year (&day), (int) g_date_get_month (&day),
                              (int) g_date_get_day (&day), 0, 0, 0);
  return g_date_time_format (time, format);
}

/* "Tue 1 Sep" */
static char *
format_day (const char *date)
{
  return format_date (date, "%a %-d %b");
}

/* "2026-09  Absorption  online Tue 1 Sep, team Tue 8 Sep 15:45  2 of 4 done" */
static char *
month_line (WmPlanMonth *month)
{
  WmPlanSession *session = wm_plan_month_get_session (month);
  g_autofree char *online = NULL;
  g_autofree char *team = NULL;

  if (wm_plan_month_is_skipped (month))
    return g_strdup_printf (_("%s  skipped"), wm_plan_month_get_month (month));
  if (session == NULL)
    return g_strdup_printf (_("%s  no habit"), wm_plan_month_get_month (month));

  online = format_day (wm_plan_session_get_online_on (session));
  team = format_day (wm_plan_session_get_team_on (session));
  return g_strdup_printf (_("%s  %s  online %s, team %s %s  %u of %u done"),
                          wm_plan_session_get_month (session),
                          wm_plan_session_get_habit_title (session), online, team,
                          wm_plan_session_get_team_starts_at (session),
                          wm_plan_session_get_n_done (session), WM_PLAN_N_SECTIONS);
}

/* The year view, one line a month. */
static GPtrArray *
year_lines (WmStore     *store,
            WmPlanYear  *year,
            GError     **error)
{
  g_autoptr(GListModel) months = wm_plan_list_months (store, wm_plan_year_get_id (year), error);
  GPtrArray *lines;

  if (months == NULL)
    return NULL;
  lines = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (months); i++)
    {
      g_autoptr(WmPlanMonth) month = g_list_model_get_item (months, i);

      g_ptr_array_add (lines, month_line (month));
    }
  return lines;
}

static WmPlanYear *
current_year (WmStore  *store,
              GDate    *today,
              GError  **error)
{
  if (!wm_plan_get_today (today, error))
    return NULL;
  return wm_plan_get_current_year (store, today, error);
}

static void
print_due (GListModel *due)
{
  guint n = g_list_model_get_n_items (due);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmPlanDue) item = g_list_model_get_item (due, i);
      g_autofree char *day = format_day (wm_plan_due_get_due_on (item));

      g_print ("%s  %s%s\n", day, wm_plan_due_get_title (item),
               wm_plan_due_is_overdue (item) ? _("  OVERDUE") : "");
    }
  if (n == 0)
    g_print (_("Nothing is due this week, and nothing is overdue\n"));
}

/* "  Action 3: Review the marking policy (Ms Khan, due Fri 18 Dec)", one line each. */
static void
append_actions (GString    *out,
                GListModel *actions)
{
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(WmAction) action = g_list_model_get_item (actions, i);
      const char *owner = wm_action_get_owner (action);
      const char *due = wm_action_get_due_on (action);
      g_autofree char *day = due != NULL && *due != '\0' ? format_day (due) : NULL;
      g_autofree char *about = NULL;

      owner = owner != NULL && *owner != '\0' ? owner : _("no owner");
      about = day != NULL ? g_strdup_printf (_("%s, due %s"), owner, day) : g_strdup (owner);
      g_string_append_printf (out, _("  Action %lld: %s (%s)\n"),
                              (long long) wm_action_get_id (action), wm_action_get_title (action),
                              about);
    }
}

/* The month view, under its month's line. */
static void
print_month (WmPlanMonth *month)
{
  g_autofree char *line = month_line (month);
  WmPlanSession *session = wm_plan_month_get_session (month);
  GListModel *sections = wm_plan_month_get_sections (month);
  GListModel *groups = wm_plan_month_get_groups (month);
  GListModel *actions = wm_plan_month_get_actions (month);
  g_autoptr(GString) out = g_string_new (NULL);
  const struct { const char *label; const char *text; } team[] = {
    { N_("Attendees"), session ? wm_plan_session_get_attendees (session) : "" },
    { N_("Enquiry question"), session ? wm_plan_session_get_enquiry (session) : "" },
    { N_("Team notes"), session ? wm_plan_session_get_team_notes (session) : "" },
    { N_("Experiments agreed"), session ? wm_plan_session_get_experiments (session) : "" },
    { N_("Impact indicators"), session ? wm_plan_session_get_indicators (session) : "" },
  };

  g_print ("%s\n", line);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(WmPlanSection) section = g_list_model_get_item (sections, i);
      const char *done_on = wm_plan_section_get_done_on (section);
      const char *notes = wm_plan_section_get_notes (section);
      g_autofree char *day = format_day (done_on ? done_on : wm_plan_section_get_due_on (section));

      g_print (_("  %u  %s (%u min)  %s %s%s%s\n"), wm_plan_section_get_number (section),
               wm_plan_section_get_title (section), wm_plan_section_get_minutes (section),
               done_on ? _("done") : _("due"), day, *notes ? ": " : "", notes);
    }
  for (guint i = 0; i < G_N_ELEMENTS (team); i++)
    if (*team[i].text != '\0')
      g_print ("  %s: %s\n", _(team[i].label), team[i].text);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(WmPlanGroup) group = g_list_model_get_item (groups, i);

      g_print (_("  Phases of %s: %u %u %u %u %u (mean %.1f)\n"), wm_plan_group_get_name (group),
               wm_plan_group_get_count (group, 1), wm_plan_group_get_count (group, 2),
               wm_plan_group_get_count (group, 3), wm_plan_group_get_count (group, 4),
               wm_plan_group_get_count (group, 5), wm_plan_group_get_mean (group));
    }
  append_actions (out, actions);
  g_print ("%s", out->str);
}

/* "Review and Renew day: Fri 2 Jul 2027" and the notes of its three parts, or nothing. */
static gboolean
append_review_day (GString     *out,
                   WmStore     *store,
                   WmPlanYear  *year,
                   GError     **error)
{
  g_autofree char *held_on = NULL;
  g_autofree char *day = NULL;
  char *notes[3] = { NULL };
  const char *parts[3] = { N_("Senior leaders, morning"), N_("Team leaders, afternoon"),
                           N_("All staff, twilight") };

  if (!wm_plan_get_review_day (store, wm_plan_year_get_id (year), &held_on, &notes[0], &notes[1],
                               &notes[2], error))
    {
      for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
        g_free (notes[i]);
      return FALSE;
    }
  if (held_on != NULL)
    {
      day = format_date (held_on, "%a %-d %b %Y");
      g_string_append_printf (out, _("Review and Renew day: %s\n"), day);
    }
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      if (held_on != NULL && *notes[i] != '\0')
        g_string_append_printf (out, "  %s: %s\n", _(parts[i]), notes[i]);
      g_free (notes[i]);
    }
  return TRUE;
}

/* Every month of the year with the actions placed in it, then the Review and Renew day;
 * nothing unless all of it could be read. */
static gboolean
print_year (WmStore     *store,
            WmPlanYear  *year,
            GError     **error)
{
  g_autoptr(GListModel) months = wm_plan_list_months (store, wm_plan_year_get_id (year), error);
  g_autoptr(GString) out = g_string_new (NULL);

  if (months == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (months); i++)
    {
      g_autoptr(WmPlanMonth) item = g_list_model_get_item (months, i);
      g_autoptr(WmPlanMonth) month = NULL;
      g_autofree char *line = month_line (item);

      /* The year's months carry no actions: each is read in full for them. */
      if (!(month = wm_plan_get_month (store, wm_plan_year_get_id (year),
                                       wm_plan_month_get_month (item), error)))
        return FALSE;
      g_string_append_printf (out, "%s\n", line);
      append_actions (out, wm_plan_month_get_actions (month));
    }
  if (!append_review_day (out, store, year, error))
    return FALSE;
  g_print ("%s", out->str);
  return TRUE;
}

int
cli_plan_show (WmStore          *store,
               char            **args,
               guint             n_args,
               const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(WmPlanMonth) month = NULL;
  g_autoptr(GListModel) due = NULL;
  g_autofree char *this_month = NULL;
  GDate today;

  if (!(year = current_year (store, &today, &error)))
    return cli_fail (error);

  g_print (_("Plan year %s (%s to %s)\n"), wm_plan_year_get_name (year),
           wm_plan_year_get_start_month (year), wm_plan_year_get_end_month (year));
  if (options->whole_year)
    return print_year (store, year, &error) ? 0 : cli_fail (error);

  /* This month, or the year's first when today is outside it. */
  this_month = g_strdup_printf ("%04u-%02u", g_date_get_year (&today), g_date_get_month (&today));
  if (!wm_plan_year_has_month (year, this_month))
    {
      g_free (this_month);
      this_month = g_strdup (wm_plan_year_get_start_month (year));
    }
  if (!(month = wm_plan_get_month (store, wm_plan_year_get_id (year), this_month, &error)) ||
      !(due = wm_plan_list_due (store, wm_plan_year_get_id (year), &today, &error)))
    return cli_fail (error);

  print_month (month);
  g_print (_("Due this week and overdue:\n"));
  print_due (due);
  return 0;
}

int
cli_plan_due (WmStore          *store,
              char            **args,
              guint             n_args,
              const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(GListModel) due = NULL;
  GDate today;

  if (!(year = current_year (store, &today, &error)) ||
      !(due = wm_plan_list_due (store, wm_plan_year_get_id (year), &today, &error)))
    return cli_fail (error);
  print_due (due);
  return 0;
}

/* A change to which habit is in which month: the months it changed, as they are now. */
typedef gboolean (*ScheduleEdit) (WmStore     *store,
                                  gint64       year_id,
                                  const char  *a,
                                  const char  *b,
                                  GError     **error);

static int
edit_schedule (WmStore      *store,
               const char   *month_name,
               const char   *habit,
               gboolean      habit_first,
               ScheduleEdit  edit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *month = NULL;
  gboolean changed = FALSE;
  GDate today;

  if (!(year = current_year (store, &today, &error)) ||
      !(month = wm_plan_resolve_month (year, month_name, &error)) ||
      !(before = year_lines (store, year, &error)) ||
      !edit (store, wm_plan_year_get_id (year), habit_first ? habit : month,
             habit_first ? month : habit, &error) ||
      !(after = year_lines (store, year, &error)))
    return cli_fail (error);

  for (guint i = 0; i < after->len && i < before->len; i++)
    if (!g_str_equal (g_ptr_array_index (before, i), g_ptr_array_index (after, i)))
      {
        g_print ("%s\n", (const char *) g_ptr_array_index (after, i));
        changed = TRUE;
      }
  if (!changed)
    g_print (_("Nothing to change\n"));
  return 0;
}

static gboolean
skip (WmStore *store, gint64 year_id, const char *month, const char *unused, GError **error)
{
  return wm_plan_skip_month (store, year_id, month, error);
}

static gboolean
unskip (WmStore *store, gint64 year_id, const char *month, const char *unused, GError **error)
{
  return wm_plan_unskip_month (store, year_id, month, error);
}

int
cli_plan_set (WmStore          *store,
              char            **args,
              guint             n_args,
              const CliOptions *options)
{
  return edit_schedule (store, args[0], args[1], FALSE, wm_plan_set_habit);
}

int
cli_plan_move (WmStore          *store,
               char            **args,
               guint             n_args,
               const CliOptions *options)
{
  return edit_schedule (store, args[1], args[0], TRUE, wm_plan_move_habit);
}

int
cli_plan_skip (WmStore          *store,
               char            **args,
               guint             n_args,
               const CliOptions *options)
{
  return edit_schedule (store, args[0], NULL, FALSE, skip);
}

int
cli_plan_unskip (WmStore          *store,
                 char            **args,
                 guint             n_args,
                 const CliOptions *options)
{
  return edit_schedule (store, args[0], NULL, FALSE, unskip);
}

static gboolean
parse_number (const char  *text,
              guint64      max,
              const char  *what,
              guint       *number,
              GError     **error)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, 0, max, &value, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not %s"), text, what);
      return FALSE;
    }
  *number = (guint) value;
  return TRUE;
}

/* plan done MONTH SECTION [--note TEXT] [--date YYYY-MM-DD] */
int
cli_plan_done (WmStore          *store,
               char            **args,
               guint             n_args,
               const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(WmPlanMonth) month = NULL;
  g_autoptr(WmPlanSection) section = NULL;
  g_autofree char *name = NULL;
  g_autofree char *day = NULL;
  guint number = 0;
  GDate today;

  if (!parse_number (args[1], WM_PLAN_N_SECTIONS, _("a section (1 to 4)"), &number, &error) ||
      !(year = current_year (store, &today, &error)) ||
      !(name = wm_plan_resolve_month (year, args[0], &error)) ||
      !wm_plan_tick_section (store, wm_plan_year_get_id (year), name, number, options->date,
                             options->note, &error) ||
      !(month = wm_plan_get_month (store, wm_plan_year_get_id (year), name, &error)))
    return cli_fail (error);

  section = g_list_model_get_item (wm_plan_month_get_sections (month), number - 1);
  day = format_day (wm_plan_section_get_done_on (section));
  g_print (_("%s  %s: section %u, %s: done %s\n"), name,
           wm_plan_session_get_habit_title (wm_plan_month_get_session (month)), number,
           wm_plan_section_phrase (number), day);
  return 0;
}

/* plan counts MONTH GROUP N1 N2 N3 N4 N5 [--date YYYY-MM-DD] */
int
cli_plan_counts (WmStore          *store,
                 char            **args,
                 guint             n_args,
                 const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(WmPlanMonth) month = NULL;
  g_autofree char *name = NULL;
  guint counts[WM_PLAN_N_PHASES] = { 0 };
  const char *habit;
  double mean = NAN;
  guint total = 0;
  GDate today;

  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    {
      if (!parse_number (args[2 + i], 100000, _("a number of pupils"), &counts[i], &error))
        return cli_fail (error);
      total += counts[i];
    }

  if (!(year = current_year (store, &today, &error)) ||
      !(name = wm_plan_resolve_month (year, args[0], &error)) ||
      !wm_plan_set_phase_counts (store, wm_plan_year_get_id (year), name, args[1], counts,
                                 options->date, &error) ||
      !(month = wm_plan_get_month (store, wm_plan_year_get_id (year), name, &error)))
    return cli_fail (error);

  habit = wm_plan_session_get_habit_id (wm_plan_month_get_session (month));
  if (!wm_plan_phase_mean (store, wm_plan_year_get_id (year), habit, &mean, &error))
    return cli_fail (error);
  g_print (_("%s  %s  %s: %u %u %u %u %u (%u pupils); every group counted: mean phase %.1f\n"),
           name, wm_plan_session_get_habit_title (wm_plan_month_get_session (month)), args[1],
           counts[0], counts[1], counts[2], counts[3], counts[4], total, mean);
  return 0;
}

/* An action's number, as `waymark-cli action list` shows it. */
static gboolean
parse_action_id (const char  *text,
                 gint64      *id,
                 GError     **error)
{
  if (!g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, id, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not an action number (see waymark-cli action list)"), text);
      return FALSE;
    }
  return TRUE;
}

/* plan place ACTION-ID MONTH: the month view shows the action; one in another month moves. */
int
cli_plan_place (WmStore          *store,
                char            **args,
                guint             n_args,
                const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(WmAction) action = NULL;
  g_autofree char *month = NULL;
  GDate today;
  gint64 id;

  if (!parse_action_id (args[0], &id, &error) ||
      !(year = current_year (store, &today, &error)) ||
      !(month = wm_plan_resolve_month (year, args[1], &error)) ||
      !wm_plan_place_action (store, id, month, &error) ||
      !(action = wm_actions_get (store, id, &error)))
    return cli_fail (error);

  g_print (_("Action %lld: %s: placed in %s\n"), (long long) id, wm_action_get_title (action), month);
  return 0;
}

/* plan unplace ACTION-ID: the action stays in the action plan, in no month of the year plan. */
int
cli_plan_unplace (WmStore          *store,
                  char            **args,
                  guint             n_args,
                  const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmAction) action = NULL;
  gint64 id;

  if (!parse_action_id (args[0], &id, &error) ||
      !wm_plan_unplace_action (store, id, &error) ||
      !(action = wm_actions_get (store, id, &error)))
    return cli_fail (error);

  g_print (_("Action %lld: %s: in no month of the plan\n"), (long long) id, wm_action_get_title (action));
  return 0;
}

/* plan review-day DATE [--note TEXT]: the note is the senior leaders' morning; the team
 * leaders' and all staff's notes are kept. plan review-day clear: the year has none. */
int
cli_plan_review_day (WmStore          *store,
                     char            **args,
                     guint             n_args,
                     const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmPlanYear) year = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean clear = g_str_equal (args[0], "clear");
  GDate today;

  if (clear && options->note != NULL)
    return cli_usage (_("--note is not for plan review-day clear"));
  if (!(year = current_year (store, &today, &error)))
    return cli_fail (error);
  if (clear)
    {
      if (!wm_plan_clear_review_day (store, wm_plan_year_get_id (year), &error))
        return cli_fail (error);
      g_print (_("No Review and Renew day in plan year %s\n"), wm_plan_year_get_name (year));
      return 0;
    }
  if (!wm_plan_set_review_day (store, wm_plan_year_get_id (year), args[0], options->note, NULL,
                               NULL, &error) ||
      !append_review_day (out, store, year, &error))
    return cli_fail (error);
  g_print ("%s", out->str);
  return 0;
}
