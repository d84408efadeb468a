/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cli.h"
#include "wm-catalog.h"

/* waymark-cli framework import / export. */

static void
print_ids (const char *what,
           GPtrArray  *ids)
{
  for (guint i = 0; i < ids->len; i++)
    g_print ("  %s\t%s\n", what, (const char *) g_ptr_array_index (ids, i));
}

static void
print_new (const WmFrameworkDef *def)
{
  guint n_elements, n_strands, n_descriptors;

  wm_framework_def_count (def, &n_elements, &n_strands, &n_descriptors);
  g_print (_("New framework %s “%s”, version %s: %u elements, %u strands, %u descriptors\n"),
           def->id, def->title, def->version, n_elements, n_strands, n_descriptors);
}

static void
print_changes (const WmFrameworkChanges *changes)
{
  g_print (_("Framework %s, version %s to %s: %u added, %u removed, %u reworded\n"),
           changes->framework_id, changes->from_version, changes->to_version,
           changes->added->len, changes->removed->len, changes->reworded->len);
  if (changes->n_removed_judged > 0)
    g_print (_("The removed descriptors are kept with their judgements (%u judged), out of the grid.\n"),
             changes->n_removed_judged);
  print_ids (_("added"), changes->added);
  print_ids (_("removed"), changes->removed);
  print_ids (_("reworded"), changes->reworded);
}

/* Reads the file, shows what importing it would do, and unless --dry-run does it:
 * a framework the school file lacks is installed, one it has is brought to the
 * file's version. */
int
cli_import (WmStore          *store,
            char            **args,
            guint             n_args,
            const CliOptions *options)
{
  const char *path = args[0];
  WmFormat format = options->format;
  gboolean dry_run = options->dry_run;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(WmFrameworkDef) def = wm_import_file (file, format, &error);
  g_autoptr(WmFrameworkChanges) changes = NULL;
  gboolean exists = FALSE;

  if (def == NULL || !wm_catalog_has (store, def->id, &exists, &error))
    return cli_fail (error);

  if (!exists)
    {
      print_new (def);
      if (!dry_run && !wm_catalog_install (store, def, &error))
        return cli_fail (error);
    }
  else if (dry_run)
    {
      if (!(changes = wm_catalog_compare (store, def, &error)))
        return cli_fail (error);
      print_changes (changes);
    }
  else
    {
      if (!(changes = wm_catalog_upgrade (store, def, &error)))
        return cli_fail (error);
      print_changes (changes);
    }

  g_print (dry_run ? _("Nothing was written (--dry-run).\n") : _("Imported.\n"));
  return 0;
}

/* Writes the framework to --out, whole or not at all, or to stdout. */
int
cli_export (WmStore          *store,
            char            **args,
            guint             n_args,
            const CliOptions *options)
{
  const char *framework_id = args[0];
  WmFormat format = options->format == WM_FORMAT_AUTO ? WM_FORMAT_WAYMARK : options->format;
  const char *out = options->out;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def = wm_catalog_read (store, framework_id, &error);
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 0;
  const char *data;

  if (def == NULL || !(bytes = wm_export_bytes (def, format, &error)))
    return cli_fail (error);

  data = g_bytes_get_data (bytes, &size);
  if (out == NULL)
    {
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_printerr ("waymark-cli: %s\n", _("Could not write to standard output"));
          return CLI_EXIT_ERROR;
        }
      return 0;
    }

  /* g_file_set_contents() writes a temporary file and renames it into place. */
  if (!g_file_set_contents (out, data, (gssize) size, &error))
    return cli_fail (error);
  return 0;
}
