/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-print-settings"

#include "config.h"

#include <errno.h>

#include "wm-print-settings.h"

/*
 * The governors' pack and the trust's summary both print through a GtkPrintOperation of their
 * own (wm-report-print.c, wm-trust-print.c) and keep what was chosen here. A save rewrites only
 * its own kind's groups and keeps the others', so the file holds every kind's last choice.
 */

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "waymark", "print.ini", NULL);
}

/* A4, the way round @kind asks, with its margins: what the first print offers. */
static GtkPageSetup *
default_page_setup (const WmPrintSettingsKind *kind)
{
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPageSetup *page_setup = gtk_page_setup_new ();

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, kind->orientation);
  if (kind->margin > 0)
    {
      gtk_page_setup_set_top_margin (page_setup, kind->margin, GTK_UNIT_POINTS);
      gtk_page_setup_set_bottom_margin (page_setup, kind->margin, GTK_UNIT_POINTS);
      gtk_page_setup_set_left_margin (page_setup, kind->margin, GTK_UNIT_POINTS);
      gtk_page_setup_set_right_margin (page_setup, kind->margin, GTK_UNIT_POINTS);
    }
  return page_setup;
}

/**
 * wm_print_settings_load:
 *
 * Gives @operation the print settings and page setup kept for @kind, or new settings and
 * @kind's default page setup when none are kept (or the file cannot be read).
 */
void
wm_print_settings_load (GtkPrintOperation         *operation,
                        const WmPrintSettingsKind *kind)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = settings_path ();
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation) && kind != NULL);

  if (g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    {
      settings = gtk_print_settings_new_from_key_file (file, kind->settings_group, NULL);
      page_setup = gtk_page_setup_new_from_key_file (file, kind->page_setup_group, NULL);
    }
  if (settings == NULL)
    settings = gtk_print_settings_new ();
  if (page_setup == NULL)
    page_setup = default_page_setup (kind);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
}

/**
 * wm_print_settings_save:
 *
 * Keeps @operation's print settings and page setup as @kind's, leaving every other group in the
 * file as it was. A failure is logged: the print itself has gone through.
 */
void
wm_print_settings_save (GtkPrintOperation         *operation,
                        const WmPrintSettingsKind *kind)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  GtkPrintSettings *settings;
  GtkPageSetup *page_setup;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation) && kind != NULL);

  settings = gtk_print_operation_get_print_settings (operation);
  page_setup = gtk_print_operation_get_default_page_setup (operation);
  /* Keeps the comments and groups already there; a missing or unreadable file starts afresh. */
  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_KEEP_COMMENTS, NULL))
    {
      g_key_file_unref (file);
      file = g_key_file_new ();
    }
  /* A group is written whole: keys of an earlier choice must not linger in it. */
  g_key_file_remove_group (file, kind->settings_group, NULL);
  g_key_file_remove_group (file, kind->page_setup_group, NULL);
  if (settings != NULL)
    gtk_print_settings_to_key_file (settings, file, kind->settings_group);
  if (page_setup != NULL)
    gtk_page_setup_to_key_file (page_setup, file, kind->page_setup_group);
  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_key_file_save_to_file (file, path, &error))
    g_warning ("Could not keep the print settings in %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
}
