/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "cli.h"
#include "wm-trust.h"

/*
 * waymark-cli trust summary DIR [--format csv|json|pdf] [--out PATH]: every school's summary
 * bundle in DIR compared, without a display (docs/bundle-format.md). CSV, one row per school and
 * element, and JSON go to standard output unless --out names a file; a PDF needs --out. The
 * format follows --out's extension unless --format names it; CSV when neither does. Bundles left
 * out (malformed, from a newer Waymark, a school twice) are listed on standard error, each with
 * its reason; the summary is of the rest. It needs no school file: @store is not used.
 */

static gboolean
format_of (const CliOptions *options,
           WmTrustFormat    *format)
{
  const char *dot;

  *format = WM_TRUST_FORMAT_CSV;
  if (options->has_trust_format)
    {
      *format = options->trust_format;
      return TRUE;
    }
  if (options->out == NULL)
    return TRUE;
  dot = strrchr (options->out, '.');
  return dot != NULL && strchr (dot, G_DIR_SEPARATOR) == NULL && wm_trust_format_from_name (dot + 1, format);
}

static void
report_problems (const WmTrust *trust)
{
  for (guint i = 0; i < trust->problems->len; i++)
    {
      const WmTrustProblem *problem = g_ptr_array_index (trust->problems, i);

      if (problem->skipped)
        g_printerr (_("waymark-cli: left out: %s\n"), problem->reason);
      else
        g_printerr (_("waymark-cli: warning: %s\n"), problem->reason);
    }
}

int
cli_trust_summary (WmStore          *store,
                   char            **args,
                   guint             n_args,
                   const CliOptions *options)
{
  const char *dir = args[0];
  g_autoptr(GError) error = NULL;
  g_autoptr(WmTrust) trust = NULL;
  g_autoptr(GBytes) bytes = NULL;
  WmTrustFormat format;

  if (!format_of (options, &format))
    return cli_usage (_("trust summary writes .csv, .json or .pdf: name the --out file so, or give --format"));
  if (format == WM_TRUST_FORMAT_PDF && options->out == NULL)
    return cli_usage (_("trust summary --format pdf needs --out PATH"));

  if (!(trust = wm_trust_load_dir (dir, &error)))
    return cli_fail (error);
  report_problems (trust);
  if (trust->schools->len == 0)
    {
      g_set_error (&error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No school’s summary could be read in %s (summaries are the .json files "
                     "that waymark-cli share summary writes)"), dir);
      return cli_fail (error);
    }

  if (options->out != NULL)
    {
      if (!wm_trust_export (trust, options->out, format, &error))
        return cli_fail (error);
      g_print (ngettext ("Wrote the trust summary of %u school to %s\n",
                         "Wrote the trust summary of %u schools to %s\n", trust->schools->len),
               trust->schools->len, options->out);
      return 0;
    }

  bytes = format == WM_TRUST_FORMAT_JSON ? wm_trust_to_json (trust, &error) : wm_trust_to_csv (trust, &error);
  if (bytes == NULL)
    return cli_fail (error);
  if (fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout) != g_bytes_get_size (bytes) ||
      fflush (stdout) != 0)
    {
      g_set_error (&error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED, _("Could not write the summary: %s"),
                   g_strerror (errno));
      return cli_fail (error);
    }
  return 0;
}
