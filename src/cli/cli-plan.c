/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

/*
 * waymark-cli's year plan commands: plan show [--year] and plan due here; plan set, plan move,
 * plan skip, plan unskip, plan done, plan counts, plan place, plan unplace and plan review-day
 * in cli-plan-edit.c. They work on the current plan year (the one whose months include today,
 * else the next to start, else the latest).
 *
 * "Today" is the local date; the environment variable WAYMARK_TODAY=YYYY-MM-DD fixes it, for
 * tests. A MONTH is YYYY-MM, or a month's name or number ("October", "oct", "10") in the
 * current year; a HABIT is its id in the habit library ("making-links") or its title; an
 * ACTION-ID is an action's number in `waymark-cli action list`.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cli-plan-private.h"
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
char *
cli_plan_format_day (const char *date)
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

  online = cli_plan_format_day (wm_plan_session_get_online_on (session));
  team = cli_plan_format_day (wm_plan_session_get_team_on (session));
  return g_strdup_printf (_("%s  %s  online %s, team %s %s  %u of %u done"),
                          wm_plan_session_get_month (session),
                          wm_plan_session_get_habit_title (session), online, team,
                          wm_plan_session_get_team_starts_at (session),
                          wm_plan_session_get_n_done (session), WM_PLAN_N_SECTIONS);
}

/* The year view, one line a month. */
GPtrArray *
cli_plan_year_lines (WmStore     *store,
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

WmPlanYear *
cli_plan_current_year (WmStore  *store,
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
      g_autofree char *day = cli_plan_format_day (wm_plan_due_get_due_on (item));

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
      g_autofree char *day = due != NULL && *due != '\0' ? cli_plan_format_day (due) : NULL;
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
      g_autofree char *day = cli_plan_format_day (done_on ? done_on : wm_plan_section_get_due_on (section));

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
gboolean
cli_plan_append_review_day (GString     *out,
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
  if (!cli_plan_append_review_day (out, store, year, error))
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

  if (!(year = cli_plan_current_year (store, &today, &error)))
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

  if (!(year = cli_plan_current_year (store, &today, &error)) ||
      !(due = wm_plan_list_due (store, wm_plan_year_get_id (year), &today, &error)))
    return cli_fail (error);
  print_due (due);
  return 0;
}
