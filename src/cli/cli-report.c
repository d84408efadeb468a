/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "wm-report-export.h"
#include "wm-school.h"
#include "wm-snapshots.h"

/*
 * waymark-cli report FRAMEWORK… --out PATH [--format pdf|svg|png|odt] [--compare SNAPSHOT]:
 * the governors' pack, without a display. The format follows PATH's extension unless --format
 * names it; --compare names a snapshot of each framework to compare with.
 * waymark-cli school name [NAME]: the school's name, as the pack prints it.
 */

int
cli_report (WmStore          *store,
            char            **args,
            guint             n_args,
            const CliOptions *options)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_report_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) written = NULL;
  WmReportFormat format = options->report_format;

  if (options->out == NULL)
    return cli_usage (_("report needs --out PATH"));
  if (!options->has_report_format && !wm_report_format_from_path (options->out, &format))
    return cli_usage (_("report writes .pdf, .svg, .png, .odt or .fodt: name the --out file so, or give --format"));

  for (guint i = 0; i < n_args; i++)
    {
      gint64 compare_id = WM_SNAPSHOT_NOW;
      WmReport *report;

      for (guint j = 0; j < i; j++)
        if (g_str_equal (args[i], args[j]))
          {
            g_autofree char *message = g_strdup_printf (_("%s is named twice: each framework is reported once"),
                                                        args[i]);
            return cli_usage (message);
          }

      if (options->compare != NULL &&
          !wm_snapshots_find (store, options->compare, args[i], &compare_id, NULL, &error))
        return cli_fail (error);
      if (!(report = wm_report_new (store, args[i], compare_id, &error)))
        return cli_fail (error);
      g_ptr_array_add (reports, report);
    }

  if (!(written = wm_report_export ((WmReport * const *) reports->pdata, reports->len, options->out,
                                    format, &error)))
    return cli_fail (error);
  for (guint i = 0; written[i] != NULL; i++)
    g_print (_("Wrote %s\n"), written[i]);
  return 0;
}

int
cli_school_name (WmStore          *store,
                 char            **args,
                 guint             n_args,
                 const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (n_args == 1 && !wm_school_set_name (store, args[0], &error))
    return cli_fail (error);
  if (!(name = wm_school_get_name (store, &error)))
    return cli_fail (error);
  if (*name == '\0')
    g_print ("%s\n", _("The school has no name yet: waymark-cli school name \"NAME\" gives it one."));
  else
    g_print ("%s\n", name);
  return 0;
}
