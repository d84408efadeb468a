/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-window-undo"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-judgements.h"
#include "wm-window-private.h"

/*
 * Undo for the judgements made in this window: Ctrl+Z, or the toast's Undo
 * button, puts the last one back as it was. An undo is written to the store
 * as a new change, so the history stays true; it is refused when someone
 * changed the descriptor since.
 */

typedef struct {
  char   *framework_id;
  char   *descriptor_id;
  gint64  change_id;
} UndoEntry;

static void
undo_entry_free (gpointer data)
{
  UndoEntry *entry = data;

  g_free (entry->framework_id);
  g_free (entry->descriptor_id);
  g_free (entry);
}

static void
toast_dismissed_cb (AdwToast *toast,
                    WmWindow *self)
{
  if (self->undo_toast == toast)
    self->undo_toast = NULL;
}

/* One toast for a run of changes, retitled as they come, not a queue of them. */
static void
show_undo_toast (WmWindow   *self,
                 const char *title)
{
  if (self->undo_toast != NULL)
    {
      adw_toast_set_title (self->undo_toast, title);
      return;
    }

  self->undo_toast = adw_toast_new (title);
  adw_toast_set_button_label (self->undo_toast, _("_Undo"));
  adw_toast_set_action_name (self->undo_toast, "win.undo");
  g_signal_connect_object (self->undo_toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, self->undo_toast);
}

static void
judgement_changed_cb (WmWindow   *self,
                      const char *framework_id,
                      const char *descriptor_id,
                      WmStore    *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rating = NULL;
  g_autofree char *title = NULL;
  UndoEntry *entry;
  gint64 change_id = 0;

  if (self->undoing)
    return;

  if (!wm_judgements_last_change (store, framework_id, descriptor_id, &change_id, &error) ||
      !wm_judgements_lookup (store, framework_id, descriptor_id, NULL, &rating, NULL, NULL, &error))
    {
      wm_window_show_toast (self, error->message);
      return;
    }

  entry = g_new0 (UndoEntry, 1);
  entry->framework_id = g_strdup (framework_id);
  entry->descriptor_id = g_strdup (descriptor_id);
  entry->change_id = change_id;
  g_ptr_array_add (self->undo_stack, entry);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", TRUE);

  /* "8.3g: Partial" */
  title = g_strdup_printf (_("%s: %s"), descriptor_id, rating);
  show_undo_toast (self, title);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *author = wm_judgements_default_author ();
  g_autofree char *message = NULL;
  UndoEntry *entry;
  gboolean done;

  if (self->store == NULL || self->undo_stack->len == 0)
    return;

  entry = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  self->undoing = TRUE;
  done = wm_judgements_undo (self->store, entry->framework_id, entry->descriptor_id,
                             entry->change_id, author, &error);
  self->undoing = FALSE;

  if (done)
    message = g_strdup_printf (_("Undone: %s"), entry->descriptor_id);
  gtk_widget_action_set_enabled (widget, "win.undo", self->undo_stack->len > 0);
  undo_entry_free (entry);

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  wm_window_show_toast (self, done ? message : error->message);
}

void
wm_window_undo_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
}

void
wm_window_undo_init (WmWindow *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (undo_entry_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
}

/* Called once the window has its store. */
void
wm_window_undo_watch (WmWindow *self)
{
  g_signal_connect_object (self->store, "judgement-changed",
                           G_CALLBACK (judgement_changed_cb), self, G_CONNECT_SWAPPED);
}
