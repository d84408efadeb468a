/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-help"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-help.h"

/*
 * Help (F1): the Mallard pages of help/C/ in the Help viewer (Yelp), through "help:waymark".
 * Without a viewer, gtk_show_uri() fails with nobody told on some systems, so when nothing
 * handles help: URIs (outside a sandbox, where the portal decides) or opening fails, a dialog
 * says what is missing and where the pages are, which any text editor can read.
 */

/**
 * wm_help_find_pages:
 *
 * Returns: (transfer full) (nullable): the folder of the installed help pages, or %NULL
 */
char *
wm_help_find_pages (void)
{
  const char * const *system = g_get_system_data_dirs ();

  for (int i = -1; i < 0 || system[i] != NULL; i++)
    {
      const char *base = i < 0 ? g_get_user_data_dir () : system[i];
      g_autofree char *dir = g_build_filename (base, "help", "C", "waymark", NULL);
      g_autofree char *index = g_build_filename (dir, "index.page", NULL);

      if (g_file_test (index, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&dir);
    }
  return NULL;
}

static void
explain (GtkWindow *parent)
{
  g_autofree char *pages = wm_help_find_pages ();
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (pages != NULL)
    body = g_strdup_printf (_("Waymark’s help opens in the Help viewer (Yelp), which is not installed. "
                              "Install “Help” from your software centre, or read the help pages in %s."),
                            pages);
  else
    body = g_strdup (_("Waymark’s help opens in the Help viewer (Yelp), which is not installed. "
                       "Install “Help” from your software centre."));

  dialog = adw_message_dialog_new (parent, _("Help Needs the Help Viewer"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
shown_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    {
      g_message ("Could not open the help: %s", error->message);
      explain (parent);
    }
}

/* No viewer of help: URIs, and no portal to ask for one. */
static gboolean
has_no_viewer (void)
{
  g_autoptr(GAppInfo) viewer = NULL;

  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return FALSE;
  viewer = g_app_info_get_default_for_uri_scheme ("help");
  return viewer == NULL;
}

/**
 * wm_help_show:
 * @parent: the window asking
 *
 * Opens the help, or says why it cannot.
 */
void
wm_help_show (GtkWindow *parent)
{
  g_return_if_fail (GTK_IS_WINDOW (parent));

  if (has_no_viewer ())
    {
      explain (parent);
      return;
    }
  gtk_show_uri_full (parent, WM_HELP_URI, GDK_CURRENT_TIME, NULL, shown_cb, g_object_ref (parent));
}
