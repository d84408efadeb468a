/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-evidence-section"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-evidence-section-private.h"

/*
 * One piece of evidence in the section: its row (icon by kind, label, what it
 * is, the reviewed check, a menu), and what its menu does: open it, save a
 * copy, mark it reviewed, remove it from the descriptor with a toast to undo.
 * Files are read back in a thread, on a connection of their own.
 */

/* What a row says under the label: the file's name and size, the address, or "Written note". */
char *
wm_evidence_section_describe (WmEvidenceItem *item)
{
  g_autofree char *size = NULL;
  GString *text = g_string_new (NULL);

  switch (wm_evidence_item_get_kind (item))
    {
    case WM_EVIDENCE_KIND_FILE:
      size = g_format_size (wm_evidence_item_get_size (item));
      if (g_strcmp0 (wm_evidence_item_get_file_name (item), wm_evidence_item_get_label (item)) != 0)
        g_string_append_printf (text, "%s · ", wm_evidence_item_get_file_name (item));
      g_string_append (text, size);
      break;
    case WM_EVIDENCE_KIND_LINK:
      g_string_append (text, wm_evidence_item_get_url (item));
      break;
    case WM_EVIDENCE_KIND_NOTE:
      g_string_append (text, _("Written note"));
      break;
    default:
      g_assert_not_reached ();
    }

  /* Reused evidence says so: a rename shows on every descriptor it is on. */
  if (wm_evidence_item_get_n_descriptors (item) > 1)
    g_string_append_printf (text, ngettext (" · on %u descriptor", " · on %u descriptors",
                                            wm_evidence_item_get_n_descriptors (item)),
                            wm_evidence_item_get_n_descriptors (item));
  return g_string_free (text, FALSE);
}

GIcon *
wm_evidence_section_icon_for (WmEvidenceItem *item)
{
  switch (wm_evidence_item_get_kind (item))
    {
    case WM_EVIDENCE_KIND_FILE:
      if (wm_evidence_item_get_content_type (item) != NULL)
        return g_content_type_get_symbolic_icon (wm_evidence_item_get_content_type (item));
      return g_themed_icon_new ("text-x-generic-symbolic");
    case WM_EVIDENCE_KIND_LINK:
      return g_themed_icon_new ("web-browser-symbolic");
    case WM_EVIDENCE_KIND_NOTE:
    default:
      return g_themed_icon_new ("accessories-text-editor-symbolic");
    }
}

static GMenuModel *
row_menu (WmEvidenceItem *item)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();
  g_autoptr(GMenuItem) reviewed = NULL;
  gint64 id = wm_evidence_item_get_id (item);
  gboolean is_reviewed = wm_evidence_item_get_reviewed (item);

  {
    g_autoptr(GMenuItem) open = g_menu_item_new (_("_Open"), NULL);
    g_menu_item_set_action_and_target_value (open, "evidence.open", g_variant_new_int64 (id));
    g_menu_append_item (menu, open);
  }
  if (wm_evidence_item_get_kind (item) == WM_EVIDENCE_KIND_FILE)
    {
      g_autoptr(GMenuItem) save = g_menu_item_new (_("_Save a Copy…"), NULL);
      g_menu_item_set_action_and_target_value (save, "evidence.save", g_variant_new_int64 (id));
      g_menu_append_item (menu, save);
    }
  {
    g_autoptr(GMenuItem) rename = g_menu_item_new (_("Re_name…"), NULL);
    g_menu_item_set_action_and_target_value (rename, "evidence.rename", g_variant_new_int64 (id));
    g_menu_append_item (menu, rename);
  }
  reviewed = g_menu_item_new (is_reviewed ? _("Mark _Not Reviewed") : _("Mark _Reviewed"), NULL);
  g_menu_item_set_action_and_target_value (reviewed, "evidence.reviewed",
                                           g_variant_new ("(xb)", id, !is_reviewed));
  g_menu_append_item (menu, reviewed);
  {
    g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove"), NULL);
    g_menu_item_set_action_and_target_value (remove, "evidence.remove", g_variant_new_int64 (id));
    g_menu_append_item (last, remove);
  }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (last));
  return G_MENU_MODEL (menu);
}

static void
reviewed_toggled_cb (GtkCheckButton *check,
                     WmEvidenceItem *item)
{
  gboolean active = gtk_check_button_get_active (check);

  if (active != wm_evidence_item_get_reviewed (item))
    gtk_widget_activate_action (GTK_WIDGET (check), "evidence.reviewed", "(xb)",
                                wm_evidence_item_get_id (item), active);
}

GtkWidget *
wm_evidence_section_create_row (gpointer object,
                                gpointer user_data)
{
  WmEvidenceItem *item = object;
  g_autoptr(GIcon) icon = wm_evidence_section_icon_for (item);
  g_autoptr(GMenuModel) menu = row_menu (item);
  g_autofree char *subtitle = wm_evidence_section_describe (item);
  g_autofree char *menu_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = gtk_image_new_from_gicon (icon);
  GtkWidget *check = gtk_check_button_new_with_label (_("Reviewed"));
  GtkWidget *button = gtk_menu_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wm_evidence_item_get_label (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_tooltip_text (row, wm_evidence_item_get_kind (item) == WM_EVIDENCE_KIND_NOTE
                                    ? wm_evidence_item_get_text (item) : NULL);
  /* Activating the row opens it, as "Open" in its menu does. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "evidence.open");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_int64 (wm_evidence_item_get_id (item)));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_set_tooltip_text (image, wm_evidence_item_get_kind_name (item));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), wm_evidence_item_get_reviewed (item));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Someone has looked at this evidence"));
  gtk_widget_add_css_class (check, "caption");
  g_signal_connect_data (check, "toggled", G_CALLBACK (reviewed_toggled_cb),
                         g_object_ref (item), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);

  menu_label = g_strdup_printf (_("More for “%s”"), wm_evidence_item_get_label (item));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("More"));
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* Reading evidence back, for Open and Save a Copy, in a thread with a
 * connection of its own: a large file must not freeze the window. */
typedef struct {
  char   *school_path;
  gint64  evidence_id;
  GFile  *dest;          /* NULL: a temporary file, to open */
} Extract;

static void
extract_free (gpointer data)
{
  Extract *extract = data;

  g_free (extract->school_path);
  g_clear_object (&extract->dest);
  g_free (extract);
}

static void
extract_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Extract *extract = task_data;
  GError *error = NULL;
  g_autoptr(WmStore) store = wm_store_open (extract->school_path, &error);
  GFile *file = NULL;

  if (store != NULL)
    {
      if (extract->dest == NULL)
        file = wm_evidence_open_temporary (store, extract->evidence_id, &error);
      else if (wm_evidence_extract (store, extract->evidence_id, extract->dest, cancellable, &error))
        file = g_object_ref (extract->dest);
      wm_store_close (store);
    }

  if (file == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, file, g_object_unref);
}

static void
extract_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (object);
  Extract *extract = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *message = NULL;

  if (file == NULL)
    {
      wm_evidence_section_show_error (self, error->message);
      return;
    }

  if (extract->dest == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
      return;
    }

  message = g_strdup_printf (_("Saved a copy as “%s”"), g_file_peek_path (file));
  wm_evidence_section_show_error (self, message);
}

static void
extract (WmEvidenceSection *self,
         gint64             evidence_id,
         GFile             *dest)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, extract_done_cb, NULL);
  Extract *data = g_new0 (Extract, 1);

  data->school_path = g_strdup (wm_store_get_path (self->store));
  data->evidence_id = evidence_id;
  data->dest = dest ? g_object_ref (dest) : NULL;
  g_task_set_source_tag (task, extract);
  g_task_set_task_data (task, data, extract_free);
  g_task_run_in_thread (task, extract_thread);
}

static WmEvidenceItem *
lookup (WmEvidenceSection *self,
        gint64             evidence_id)
{
  g_autoptr(GError) error = NULL;
  WmEvidenceItem *item;

  if (self->store == NULL)
    return NULL;
  item = wm_evidence_lookup (self->store, evidence_id, &error);
  if (item == NULL)
    wm_evidence_section_show_error (self, error->message);
  return item;
}

/* evidence.open (ID): a file with the desktop's application, a link in the browser, a note in a dialog. */
static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (widget);
  g_autoptr(WmEvidenceItem) item = lookup (self, g_variant_get_int64 (parameter));
  GtkWidget *dialog;

  if (item == NULL)
    return;

  switch (wm_evidence_item_get_kind (item))
    {
    case WM_EVIDENCE_KIND_FILE:
      extract (self, wm_evidence_item_get_id (item), NULL);
      break;
    case WM_EVIDENCE_KIND_LINK:
      gtk_show_uri (wm_evidence_section_get_window (self), wm_evidence_item_get_url (item), GDK_CURRENT_TIME);
      break;
    case WM_EVIDENCE_KIND_NOTE:
      dialog = adw_message_dialog_new (wm_evidence_section_get_window (self), wm_evidence_item_get_label (item),
                                       wm_evidence_item_get_text (item));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
save_response_cb (GtkNativeDialog   *chooser,
                  int                response,
                  WmEvidenceSection *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser), "evidence-id"));

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      extract (self, id, file);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

/* evidence.save (ID): a copy of a file, wherever the user chooses. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (widget);
  g_autoptr(WmEvidenceItem) item = lookup (self, g_variant_get_int64 (parameter));
  GtkFileChooserNative *chooser;

  if (item == NULL || wm_evidence_item_get_kind (item) != WM_EVIDENCE_KIND_FILE)
    return;

  chooser = gtk_file_chooser_native_new (_("Save a Copy"), wm_evidence_section_get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), wm_evidence_item_get_file_name (item));
  /* Evidence ids are rowids, far below what a pointer holds. */
  g_object_set_data (G_OBJECT (chooser), "evidence-id", GSIZE_TO_POINTER (wm_evidence_item_get_id (item)));
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* evidence.reviewed (ID, REVIEWED) */
static void
reviewed_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  gboolean reviewed;

  g_variant_get (parameter, "(xb)", &id, &reviewed);
  if (self->store != NULL && !wm_evidence_set_reviewed (self->store, id, reviewed, &error))
    wm_evidence_section_show_error (self, error->message);
}

typedef struct {
  char   *framework_id;
  char   *descriptor_id;
  gint64  evidence_id;
} Removed;

static void
removed_free (gpointer data)
{
  Removed *removed = data;

  g_free (removed->framework_id);
  g_free (removed->descriptor_id);
  g_free (removed);
}

static void
undo_clicked_cb (AdwToast          *toast,
                 WmEvidenceSection *self)
{
  Removed *removed = g_object_get_data (G_OBJECT (toast), "removed");

  gtk_widget_activate_action (GTK_WIDGET (self), "evidence.undo-remove", "(ssx)",
                              removed->framework_id, removed->descriptor_id, removed->evidence_id);
}

/* evidence.remove (ID): off this descriptor, with a toast to undo it. The
 * evidence stays in the school file. */
static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (widget);
  g_autoptr(WmEvidenceItem) item = lookup (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;
  Removed *removed;
  AdwToast *toast;

  if (item == NULL || self->descriptor == NULL)
    return;

  removed = g_new0 (Removed, 1);
  removed->framework_id = g_strdup (wm_descriptor_get_framework_id (self->descriptor));
  removed->descriptor_id = g_strdup (wm_descriptor_get_id (self->descriptor));
  removed->evidence_id = wm_evidence_item_get_id (item);
  if (!wm_evidence_detach (self->store, removed->framework_id, removed->descriptor_id,
                           removed->evidence_id, &error))
    {
      removed_free (removed);
      wm_evidence_section_show_error (self, error->message);
      return;
    }

  toast = adw_toast_new_format (_("“%s” removed from %s"), wm_evidence_item_get_label (item),
                                removed->descriptor_id);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  g_object_set_data_full (G_OBJECT (toast), "removed", removed, removed_free);
  /* The toast sits in the window's overlay, outside this widget, where the
   * section's actions cannot be reached by name: its button calls back. */
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

/* evidence.undo-remove (FRAMEWORK-ID, DESCRIPTOR-ID, ID): the toast's Undo. */
static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (widget);
  const char *framework_id, *descriptor_id;
  gint64 id;

  g_variant_get (parameter, "(&s&sx)", &framework_id, &descriptor_id, &id);
  if (self->store != NULL)
    wm_evidence_section_attach (self, framework_id, descriptor_id, id);
}

void
wm_evidence_section_items_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "evidence.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "evidence.save", "x", save_action);
  gtk_widget_class_install_action (widget_class, "evidence.reviewed", "(xb)", reviewed_action);
  gtk_widget_class_install_action (widget_class, "evidence.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "evidence.undo-remove", "(ssx)", undo_remove_action);
}
