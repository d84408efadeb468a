/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-window-trust"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-trust-window.h"
#include "wm-window-private.h"

/*
 * Opening the trust view from the window: of a folder of school summaries, or of summaries
 * chosen one by one. wm-trust-window.c reads them and lists those it leaves out, and why.
 */

static void
open_trust_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        WmWindow        *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  WmTrustWindow *trust;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }
  folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (!(trust = wm_trust_window_new (GTK_WINDOW (self), g_file_peek_path (folder), &error)))
    wm_window_show_toast (self, error->message);
  else
    gtk_window_present (GTK_WINDOW (trust));
}

static void
open_trust_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open a Trust Folder of School Summaries"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Open"), _("_Cancel"));
  g_signal_connect (chooser, "response", G_CALLBACK (open_trust_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_trust_files_response_cb (GtkNativeDialog *chooser,
                              int              response,
                              WmWindow        *self)
{
  g_auto(GStrv) paths = NULL;
  WmTrustWindow *trust;

  if (response == GTK_RESPONSE_ACCEPT)
    paths = wm_trust_window_chosen_summaries (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (paths == NULL || paths[0] == NULL)
    return;
  trust = wm_trust_window_new_for_files (GTK_WINDOW (self), (const char * const *) paths);
  gtk_window_present (GTK_WINDOW (trust));
}

static void
open_trust_files_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  GtkFileChooserNative *chooser = wm_trust_window_choose_summaries (GTK_WINDOW (widget),
                                                                    _("Open a Trust from School Summaries"),
                                                                    _("_Open"));

  g_signal_connect_object (chooser, "response", G_CALLBACK (open_trust_files_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
wm_window_trust_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-trust", NULL, open_trust_action);
  gtk_widget_class_install_action (widget_class, "win.open-trust-files", NULL, open_trust_files_action);
}
