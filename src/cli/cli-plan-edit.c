/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

/*
 * waymark-cli's year plan edits: plan set, plan move, plan skip, plan unskip, plan done,
 * plan counts, plan place, plan unplace and plan review-day, on the current plan year
 * (cli-plan.c says which that is, and how a MONTH, a HABIT and an ACTION-ID are named).
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cli-plan-private.h"
#include "cli.h"
#include "wm-action.h"
#include "wm-actions.h"
#include "wm-plan.h"

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

  if (!(year = cli_plan_current_year (store, &today, &error)) ||
      !(month = wm_plan_resolve_month (year, month_name, &error)) ||
      !(before = cli_plan_year_lines (store, year, &error)) ||
      !edit (store, wm_plan_year_get_id (year), habit_first ? habit : month,
             habit_first ? month : habit, &error) ||
      !(after = cli_plan_year_lines (store, year, &error)))
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
      !(year = cli_plan_current_year (store, &today, &error)) ||
      !(name = wm_plan_resolve_month (year, args[0], &error)) ||
      !wm_plan_tick_section (store, wm_plan_year_get_id (year), name, number, options->date,
                             options->note, &error) ||
      !(month = wm_plan_get_month (store, wm_plan_year_get_id (year), name, &error)))
    return cli_fail (error);

  section = g_list_model_get_item (wm_plan_month_get_sections (month), number - 1);
  day = cli_plan_format_day (wm_plan_section_get_done_on (section));
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

  if (!(year = cli_plan_current_year (store, &today, &error)) ||
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
      !(year = cli_plan_current_year (store, &today, &error)) ||
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
  if (!(year = cli_plan_current_year (store, &today, &error)))
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
      !cli_plan_append_review_day (out, store, year, &error))
    return cli_fail (error);
  g_print ("%s", out->str);
  return 0;
}
