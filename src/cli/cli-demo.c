/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "wm-demo.h"
#include "wm-plan.h"

/*
 * waymark-cli demo create PATH: a demo school in a new file, as of today (or WAYMARK_TODAY),
 * the same one the app's welcome page offers. The school file of --file is not touched.
 */

int
cli_demo_create (WmStore          *store,
                 char            **args,
                 guint             n_args,
                 const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  if (!wm_plan_get_today (&today, &error) || !wm_demo_create (args[0], &today, &error))
    return cli_fail (error);

  g_print (_("Made the demo school “%s” in %s\n"), WM_DEMO_SCHOOL_NAME, args[0]);
  return 0;
}
