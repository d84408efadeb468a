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
#include "wm-plan.h"
#include "wm-action.h"
#include "wm-plan-ics.h"

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

  if (!wm_plan_get_today (&today, &error) ||
      !(year_id = wm_plan_ics_find_year (store, &today, &name, &error)) ||
      !wm_plan_ics_export (store, year_id, args[0], &error))
    return cli_fail (error);

  g_print (_("Wrote the %s year plan to %s\n"), name, args[0]);
  return 0;
}
