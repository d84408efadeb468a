/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

/*
 * waymark-cli plan export-ics PATH: the current year plan as an iCalendar file.
 *
 * The current year is the one whose months hold today; else the next to start; else the last.
 * Today is the local date, or WAYMARK_TODAY=YYYY-MM-DD's, for tests.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "wm-action.h"
#include "wm-plan-ics.h"

/* The local date, or WAYMARK_TODAY's when it is set. */
static gboolean
get_today (GDate   *today,
           GError **error)
{
  const char *fixed = g_getenv ("WAYMARK_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (fixed != NULL && *fixed != '\0')
    {
      if (wm_action_parse_date (fixed, today))
        return TRUE;
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("WAYMARK_TODAY is “%s”, which is not a date (write it as YYYY-MM-DD)"),
                   fixed);
      return FALSE;
    }

  now = g_date_time_new_now_local ();
  g_date_clear (today, 1);
  g_date_set_dmy (today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  return TRUE;
}

int
cli_plan_export_ics (WmStore          *store,
                     char            **args,
                     guint             n_args,
                     const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GDate today;
  gint64 year_id;

  if (!get_today (&today, &error) ||
      !(year_id = wm_plan_ics_find_year (store, &today, &name, &error)) ||
      !wm_plan_ics_export (store, year_id, args[0], &error))
    return cli_fail (error);

  g_print (_("Wrote the %s year plan to %s\n"), name, args[0]);
  return 0;
}
