/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-backup-window"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "wm-backup.h"
#include "wm-backup-item.h"
#include "wm-backup-window.h"

/*
 * Restore from Backup: the automatic copies of one school file, newest first, each
 * with its date and what it holds; a copy that cannot be read says why and cannot be
 * chosen. Restoring asks first, then the main window hands over (wm_window_restore_backup).
 */

struct _WmBackupWindow
{
  AdwWindow        parent_instance;

  WmWindow        *main_window;
  char            *school_path;
  GListModel      *backups;
  GCancellable    *cancellable;

  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkLabel        *intro_label;
  GtkListBox      *list;
  AdwStatusPage   *status_page;
};

G_DEFINE_FINAL_TYPE (WmBackupWindow, wm_backup_window, ADW_TYPE_WINDOW)

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GListModel *backups = wm_backup_list (task_data, &error);

  if (backups != NULL)
    g_task_return_pointer (task, backups, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * wm_backup_window_list_async:
 *
 * Lists the backups of @school_path (wm_backup_list()) in a thread: reading each
 * copy reads the whole of it.
 */
void
wm_backup_window_list_async (const char          *school_path,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, wm_backup_window_list_async);
  g_task_set_task_data (task, g_strdup (school_path), g_free);
  g_task_run_in_thread (task, list_thread);
}

/* Returns: (transfer full): a #GListModel of #WmBackupItem, newest first */
GListModel *
wm_backup_window_list_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* "21 November 2026" for 2026-11-21. */
static char *
date_in_words (const char *date)
{
  g_autoptr(GDateTime) day = NULL;
  int year, month, d;

  if (sscanf (date, "%d-%d-%d", &year, &month, &d) == 3)
    day = g_date_time_new_local (year, month, d, 12, 0, 0);
  return day ? g_date_time_format (day, "%-d %B %Y") : g_strdup (date);
}

/* "312 judgements · 14 pieces of evidence · 3 snapshots · 2.1 MB", or why it cannot be read. */
static char *
describe (WmBackupItem *item)
{
  guint n_judgements = wm_backup_item_get_n_judgements (item);
  guint n_evidence = wm_backup_item_get_n_evidence (item);
  guint n_snapshots = wm_backup_item_get_n_snapshots (item);
  g_autofree char *judgements = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *snapshots = NULL;
  g_autofree char *size = NULL;

  if (wm_backup_item_get_error (item) != NULL)
    return g_strdup (wm_backup_item_get_error (item));

  judgements = g_strdup_printf (ngettext ("%u judgement", "%u judgements", n_judgements), n_judgements);
  evidence = g_strdup_printf (ngettext ("%u piece of evidence", "%u pieces of evidence", n_evidence),
                              n_evidence);
  snapshots = g_strdup_printf (ngettext ("%u snapshot", "%u snapshots", n_snapshots), n_snapshots);
  size = g_format_size (wm_backup_item_get_size (item));
  /* Translators: what a backup holds: judgements, evidence, snapshots, then its size. */
  return g_strdup_printf (_("%s · %s · %s · %s"), judgements, evidence, snapshots, size);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  WmBackupItem *backup = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = date_in_words (wm_backup_item_get_date (backup));
  g_autofree char *subtitle = describe (backup);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (wm_backup_item_get_error (backup) != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_set_sensitive (row, FALSE);
    }
  else
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore"));
      g_autofree char *label = g_strdup_printf (_("Restore the copy of %s"), title);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "backup.restore");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", wm_backup_item_get_path (backup));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
    }
  return row;
}

static void
backups_listed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) backups = wm_backup_window_list_finish (result, &error);
  WmBackupWindow *self = user_data;

  /* Cancelled only when the window has gone: then @self must not be touched. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (backups == NULL)
    {
      adw_status_page_set_title (self->status_page, _("The Backups Could Not Be Read"));
      adw_status_page_set_description (self->status_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "status");
      return;
    }

  g_set_object (&self->backups, backups);
  if (g_list_model_get_n_items (backups) == 0)
    {
      adw_status_page_set_title (self->status_page, _("No Backups Yet"));
      adw_status_page_set_description (self->status_page,
                                       _("Waymark copies the school file the first time it is "
                                         "opened each day."));
      gtk_stack_set_visible_child_name (self->stack, "status");
      return;
    }

  gtk_list_box_bind_model (self->list, backups, create_row, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static WmBackupItem *
find_backup (WmBackupWindow *self,
             const char     *path)
{
  for (guint i = 0; self->backups && i < g_list_model_get_n_items (self->backups); i++)
    {
      g_autoptr(WmBackupItem) item = g_list_model_get_item (self->backups, i);

      if (g_str_equal (wm_backup_item_get_path (item), path))
        return item;   /* the list keeps it */
    }
  return NULL;
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     WmBackupWindow   *self)
{
  g_autoptr(WmBackupWindow) keep = g_object_ref (self);
  g_autoptr(GError) error = NULL;
  WmWindow *window = NULL;

  if (!g_str_equal (response, "restore"))
    return;

  /* This window goes before the dialog's last reference does: the dialog must not
   * point at it any more by then. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Once a new window shows the school file, it also shows any error; before that,
   * nothing was done and this window is still here to say why. */
  if (!wm_backup_window_restore (self, g_object_get_data (G_OBJECT (dialog), "backup-path"),
                                 &window, &error) && window == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
    }
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  WmBackupWindow *self = WM_BACKUP_WINDOW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  WmBackupItem *item = find_backup (self, path);
  gboolean open = wm_window_get_store (self->main_window) != NULL;
  g_autofree char *date = NULL;
  g_autofree char *base = NULL;
  g_autofree char *kept_as = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d");
  AdwMessageDialog *dialog;

  if (item == NULL)
    return;

  date = date_in_words (wm_backup_item_get_date (item));
  base = g_path_get_basename (self->school_path);
  kept_as = g_strdup_printf ("%s.damaged-%s-…", base, stamp);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Restore the Copy of %s?"), date);
  if (open)
    adw_message_dialog_format_body (dialog,
                                    _("The school file will be closed and this copy put in its "
                                      "place: work done after %s is not in it. The file as it is "
                                      "now is kept beside it as “%s”."),
                                    date, kept_as);
  else
    adw_message_dialog_format_body (dialog,
                                    _("This copy will take the place of the school file. The "
                                      "damaged file is kept beside it as “%s”."),
                                    kept_as);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore",
                                              open ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, open ? "cancel" : "restore");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "backup-path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
wm_backup_window_dispose (GObject *object)
{
  WmBackupWindow *self = (WmBackupWindow *) object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_BACKUP_WINDOW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->backups);
  g_clear_object (&self->main_window);

  G_OBJECT_CLASS (wm_backup_window_parent_class)->dispose (object);
}

static void
wm_backup_window_finalize (GObject *object)
{
  WmBackupWindow *self = (WmBackupWindow *) object;

  g_free (self->school_path);

  G_OBJECT_CLASS (wm_backup_window_parent_class)->finalize (object);
}

static void
wm_backup_window_class_init (WmBackupWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_backup_window_dispose;
  object_class->finalize = wm_backup_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-backup-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WmBackupWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, WmBackupWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WmBackupWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, WmBackupWindow, intro_label);
  gtk_widget_class_bind_template_child (widget_class, WmBackupWindow, list);
  gtk_widget_class_bind_template_child (widget_class, WmBackupWindow, status_page);

  gtk_widget_class_install_action (widget_class, "backup.restore", "s", restore_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wm_backup_window_init (WmBackupWindow *self)
{
  g_autofree char *intro = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  intro = g_strdup_printf (_("Waymark copies the school file the first time it is opened each day. "
                             "It keeps the copies of the last %d days, then one a week for %d "
                             "weeks before them. Restoring a copy puts it in place of the school "
                             "file; the file as it is now is kept beside it."),
                           WM_BACKUP_KEEP_DAILY, WM_BACKUP_KEEP_WEEKLY);
  gtk_label_set_label (self->intro_label, intro);
}

/**
 * wm_backup_window_new:
 * @main_window: the window of @school_path, open or showing why it is not
 *
 * Lists the backups of @school_path, for @main_window to restore one.
 */
WmBackupWindow *
wm_backup_window_new (WmWindow   *main_window,
                      const char *school_path)
{
  WmBackupWindow *self;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (WM_IS_WINDOW (main_window), NULL);
  g_return_val_if_fail (school_path != NULL, NULL);

  self = g_object_new (WM_TYPE_BACKUP_WINDOW, "transient-for", main_window, NULL);
  self->main_window = g_object_ref (main_window);
  self->school_path = g_strdup (school_path);
  file_name = g_path_get_basename (school_path);
  adw_window_title_set_subtitle (self->window_title, file_name);

  wm_backup_window_list_async (school_path, self->cancellable, backups_listed_cb, self);
  return self;
}

/* The backups listed, once they have been read; %NULL until then. */
GListModel *
wm_backup_window_get_backups (WmBackupWindow *self)
{
  g_return_val_if_fail (WM_IS_BACKUP_WINDOW (self), NULL);

  return self->backups;
}

/**
 * wm_backup_window_restore:
 * @backup_path: one of the listed backups
 * @new_window: (out) (optional) (transfer none): see wm_window_restore_backup()
 *
 * Restores @backup_path without asking (the Restore buttons ask first). This window
 * closes with the main window, unless nothing was done.
 */
gboolean
wm_backup_window_restore (WmBackupWindow  *self,
                          const char      *backup_path,
                          WmWindow       **new_window,
                          GError         **error)
{
  g_autoptr(WmWindow) main_window = NULL;
  g_autofree char *backup = NULL;

  g_return_val_if_fail (WM_IS_BACKUP_WINDOW (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  /* Both outlive this window, which closes on the way. */
  main_window = g_object_ref (self->main_window);
  backup = g_strdup (backup_path);
  return wm_window_restore_backup (main_window, backup, new_window, error);
}
