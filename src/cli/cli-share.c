/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "wm-bundle.h"
#include "wm-bundle-copy.h"

/*
 * waymark-cli share summary --out PATH [--snapshot NAME]…: the school's summary bundle for its
 * trust (docs/bundle-format.md): scores and counts, nothing private. Snapshots may also be named
 * after the command ("share summary Autumn Spring --out PATH"); with none named, all are shared.
 * waymark-cli export copy --out PATH: a full copy of the school file, for its next head.
 */

/* Every --snapshot, then the names after the command; NULL for all snapshots. */
static GStrv
chosen_snapshots (char             **args,
                  guint              n_args,
                  const CliOptions  *options)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  gboolean any = FALSE;

  for (guint i = 0; options->snapshots != NULL && options->snapshots[i] != NULL; i++, any = TRUE)
    g_strv_builder_add (names, options->snapshots[i]);
  for (guint i = 0; i < n_args; i++, any = TRUE)
    g_strv_builder_add (names, args[i]);
  return any ? g_strv_builder_end (names) : NULL;
}

int
cli_share_summary (WmStore          *store,
                   char            **args,
                   guint             n_args,
                   const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmBundle) bundle = NULL;
  g_auto(GStrv) names = chosen_snapshots (args, n_args, options);

  if (options->out == NULL)
    return cli_usage (_("share summary needs --out PATH, the summary file to write"));

  /* Read back, it says what it holds, and that it reads. */
  if (!wm_bundle_write (store, options->out, (const char * const *) names, &error) ||
      !(bundle = wm_bundle_read (options->out, &error)))
    return cli_fail (error);

  g_print (_("Wrote the summary of %s to %s\n"), bundle->school_name, options->out);
  if (bundle->frameworks->len == 0)
    g_print ("  %s\n", _("No framework is judged yet: the summary names the school only."));
  for (guint i = 0; i < bundle->frameworks->len; i++)
    {
      const WmBundleFramework *framework = g_ptr_array_index (bundle->frameworks, i);
      guint n = framework->snapshots->len;

      /* Translators: "  Learning Quality Framework (lqf, version 1): now and 2 snapshots" */
      g_print (ngettext ("  %s (%s, version %s): now and %u snapshot\n",
                         "  %s (%s, version %s): now and %u snapshots\n", n),
               framework->title, framework->id, framework->version, n);
    }
  g_print ("%s\n", _("It holds scores and counts only: no notes, no evidence, no names of staff and "
                     "nothing about any pupil."));
  return 0;
}

int
cli_export_copy (WmStore          *store,
                 char            **args,
                 guint             n_args,
                 const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *size = NULL;
  WmBundleCopyContents contents;

  if (options->out == NULL)
    return cli_usage (_("export copy needs --out PATH, the copy to write"));

  if (!wm_bundle_export_copy (store, options->out, &contents, &error))
    return cli_fail (error);

  size = g_format_size (contents.size);
  g_print (_("Wrote a full copy of the school file to %s (%s). It holds:\n"), options->out, size);
  lines = wm_bundle_copy_contents_lines (&contents);
  for (guint i = 0; lines[i] != NULL; i++)
    g_print ("  %s\n", lines[i]);
  g_print ("%s\n", wm_bundle_copy_warning ());
  return 0;
}
