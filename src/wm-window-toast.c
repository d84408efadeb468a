/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-window-private.h"

/*
 * The window's toasts. A toast shows one line, and a message that says what went wrong and what
 * to do about it is often longer than that line: such a toast stays longer and has a Details
 * button (win.show-message) that shows the whole message in a dialog.
 */

/* About what one line of a toast shows in a window of the default width. */
#define TOAST_CHARS 70

static void
show_message_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (widget), NULL,
                                              g_variant_get_string (parameter, NULL));

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
wm_window_show_toast (WmWindow   *self,
                      const char *message)
{
  g_autofree char *markup = g_markup_escape_text (message, -1);   /* a toast's title is markup */
  AdwToast *toast = adw_toast_new (markup);

  adw_toast_set_timeout (toast, 5);
  if (g_utf8_strlen (message, -1) > TOAST_CHARS)
    {
      adw_toast_set_timeout (toast, 10);
      adw_toast_set_button_label (toast, _("Details"));
      adw_toast_set_action_name (toast, "win.show-message");
      adw_toast_set_action_target_value (toast, g_variant_new_string (message));
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
wm_window_toast_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-message", "s", show_message_action);
}
