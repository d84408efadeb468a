/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "wm-radar-export.h"
#include "wm-report.h"
#include "wm-snapshots.h"

/*
 * waymark-cli chart FRAMEWORK [SNAPSHOT...] --out PATH: the radar chart of today's scores and
 * each named snapshot's, as PDF, SVG or PNG by PATH's extension. Up to 7 snapshots: with
 * "Now" that is WM_RADAR_MAX_SERIES series.
 */

/* A4 landscape, in points. */
#define CHART_WIDTH  842.0
#define CHART_HEIGHT 595.0

int
cli_chart (WmStore          *store,
           char            **args,
           guint             n_args,
           const CliOptions *options)
{
  const char *framework_id = args[0];
  g_autoptr(GError) error = NULL;
  g_autoptr(WmRadarData) data = NULL;
  gint64 ids[WM_RADAR_MAX_SERIES];
  WmRadarFormat format;

  if (options->out == NULL)
    return cli_usage (_("chart needs --out PATH, ending .pdf, .svg or .png"));
  if (!wm_radar_format_from_path (options->out, &format))
    return cli_usage (_("chart writes .pdf, .svg or .png: name the --out file so"));
  if (n_args > WM_RADAR_MAX_SERIES)
    return cli_usage (_("chart draws at most 7 snapshots beside Now"));

  for (guint i = 1; i < n_args; i++)
    if (!wm_snapshots_find (store, args[i], framework_id, &ids[i - 1], NULL, &error))
      return cli_fail (error);

  if (!(data = wm_report_chart_new (store, framework_id, ids, n_args - 1, &error)) ||
      !wm_radar_export (data, options->out, format, CHART_WIDTH, CHART_HEIGHT, &error))
    return cli_fail (error);

  g_print (_("Wrote the chart of %s to %s\n"), framework_id, options->out);
  return 0;
}
