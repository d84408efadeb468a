/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-window-io"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-catalog.h"
#include "wm-framework-info.h"
#include "wm-import.h"
#include "wm-window-private.h"

/*
 * Frameworks in and out of the window: Import (file chooser, or a file dropped
 * on the sidebar) shows what it will change before it writes anything; Export
 * writes the shown framework in the chosen format.
 */

typedef struct {
  WmWindow       *window;
  WmFrameworkDef *def;
} Pending;

static void
pending_free (Pending *pending)
{
  g_clear_object (&pending->window);
  g_clear_pointer (&pending->def, wm_framework_def_free);
  g_free (pending);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pending, pending_free)

static void
append_ids (GString    *body,
            const char *title,
            GPtrArray  *ids)
{
  const guint shown = 12;

  if (ids->len == 0)
    return;

  g_string_append_printf (body, "\n\n%s ", title);
  for (guint i = 0; i < MIN (ids->len, shown); i++)
    g_string_append_printf (body, "%s%s", i ? ", " : "", (const char *) g_ptr_array_index (ids, i));
  if (ids->len > shown)
    g_string_append_printf (body, _(" and %u more"), ids->len - shown);
}

/* What importing @def will do, in words, for the confirmation dialog. */
static char *
describe_import (WmWindow        *self,
                 WmFrameworkDef  *def,
                 char           **heading,
                 GError         **error)
{
  g_autoptr(WmFrameworkChanges) changes = NULL;
  GString *body = g_string_new (NULL);
  guint n_elements, n_strands, n_descriptors;
  gboolean exists = FALSE;

  if (!wm_catalog_has (self->store, def->id, &exists, error))
    return g_string_free (body, TRUE), NULL;

  wm_framework_def_count (def, &n_elements, &n_strands, &n_descriptors);
  if (!exists)
    {
      *heading = g_strdup_printf (_("Import “%s”?"), def->title);
      g_string_append_printf (body, _("Version %s, with %u elements, %u strands and %u descriptors, "
                                      "will be added to the school file as “%s”."),
                              def->version, n_elements, n_strands, n_descriptors, def->id);
      return g_string_free (body, FALSE);
    }

  if (!(changes = wm_catalog_compare (self->store, def, error)))
    return g_string_free (body, TRUE), NULL;

  *heading = g_strdup_printf (_("Update “%s” to Version %s?"), def->title, def->version);
  g_string_append_printf (body, _("The school file has version %s. Judgements, notes and history stay "
                                  "with every descriptor whose id is unchanged: %u added, %u removed, "
                                  "%u reworded."),
                          changes->from_version, changes->added->len, changes->removed->len,
                          changes->reworded->len);
  if (changes->n_removed_judged > 0)
    g_string_append_printf (body, _(" The %u removed descriptors that were judged keep their judgements "
                                    "and history, out of the grid."), changes->n_removed_judged);
  append_ids (body, _("Added:"), changes->added);
  append_ids (body, _("Removed:"), changes->removed);
  append_ids (body, _("Reworded:"), changes->reworded);
  return g_string_free (body, FALSE);
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Pending          *pending)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkChanges) changes = NULL;
  WmWindow *self = pending->window;
  WmFrameworkDef *def = pending->def;
  gboolean exists = FALSE;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "import"))
    return;

  if (!wm_catalog_has (self->store, def->id, &exists, &error) ||
      (!exists && !wm_catalog_install (self->store, def, &error)) ||
      (exists && !(changes = wm_catalog_upgrade (self->store, def, &error))))
    {
      wm_window_show_toast (self, error->message);
      return;
    }

  wm_window_select_framework (self, def->id);
  message = g_strdup_printf (_("“%s” imported"), def->title);
  wm_window_show_toast (self, message);
}

static void
confirm_import (WmWindow       *self,
                WmFrameworkDef *def)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = describe_import (self, def, &heading, &error);
  Pending *pending;
  GtkWidget *dialog;

  if (body == NULL)
    {
      wm_framework_def_free (def);
      wm_window_show_toast (self, error->message);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  pending = g_new0 (Pending, 1);
  pending->window = g_object_ref (self);
  pending->def = def;
  g_signal_connect_data (dialog, "response", G_CALLBACK (confirm_response_cb),
                         pending, (GClosureNotify) (void (*) (void)) pending_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  WmFrameworkDef *def = wm_import_file (G_FILE (task_data), WM_FORMAT_AUTO, &error);

  if (def == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, def, (GDestroyNotify) wm_framework_def_free);
}

static void
read_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  WmWindow *self = WM_WINDOW (object);
  g_autoptr(GError) error = NULL;
  WmFrameworkDef *def = g_task_propagate_pointer (G_TASK (result), &error);

  if (def == NULL)
    wm_window_show_toast (self, error->message);
  else
    confirm_import (self, def);
}

/* Reads @file off the main loop (files can be large and parsers slow), then asks. */
static void
import_file (WmWindow *self,
             GFile    *file)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, read_done_cb, NULL);

  g_task_set_source_tag (task, import_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_in_thread);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    WmWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      import_file (self, file);
    }
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Frameworks (Waymark, Mahara, Moodle)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_pattern (filter, "*.matrix");
  gtk_file_filter_add_pattern (filter, "*.csv");

  chooser = gtk_file_chooser_native_new (_("Import Framework"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* win.import-file ("PATH"): what a dropped file and `waymark --import` would do. */
static void
import_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  import_file (WM_WINDOW (widget), file);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         WmWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  if (files == NULL)
    return FALSE;

  /* One framework at a time: each import is confirmed on its own. */
  import_file (self, files->data);
  return TRUE;
}

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(WmWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (G_FILE (object));
  g_autofree char *message = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    message = g_strdup_printf (_("Could not export to %s: %s"), name, error->message);
  else
    message = g_strdup_printf (_("Exported to %s"), name);
  wm_window_show_toast (self, message);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    WmWindow        *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(WmFrameworkDef) def = NULL;
  g_autoptr(GBytes) bytes = NULL;
  WmFrameworkInfo *info = gtk_single_selection_get_selected_item (self->selection);
  const char *choice;
  WmFormat format = WM_FORMAT_WAYMARK;

  if (response != GTK_RESPONSE_ACCEPT || info == NULL)
    {
      g_object_unref (chooser);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format");
  if (choice != NULL)
    wm_format_from_name (choice, &format);
  g_object_unref (chooser);

  if (!(def = wm_catalog_read (self->store, wm_framework_info_get_id (info), &error)) ||
      !(bytes = wm_export_bytes (def, format, &error)))
    {
      wm_window_show_toast (self, error->message);
      return;
    }

  /* Written to a temporary file and renamed into place: never half a file under the chosen name. */
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, write_done_cb, g_object_ref (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  WmFrameworkInfo *info = gtk_single_selection_get_selected_item (self->selection);
  const char *ids[] = { "waymark", "mahara", "moodle", NULL };
  const char *labels[] = { N_("Waymark framework (.json)"), N_("Mahara SmartEvidence (.matrix)"),
                           N_("Moodle competency framework (.csv)"), NULL };
  const char *translated[G_N_ELEMENTS (labels)];
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (info == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    translated[i] = labels[i] ? _(labels[i]) : NULL;

  chooser = gtk_file_chooser_native_new (_("Export Framework"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), ids, translated);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "waymark");
  name = g_strconcat (wm_framework_info_get_id (info), ".json", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
wm_window_io_update_actions (WmWindow *self)
{
  gboolean has_store = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-file", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.share-summary", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-copy", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export",
                                 has_store && gtk_single_selection_get_selected_item (self->selection));
}

void
wm_window_io_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-file", "s", import_file_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}

void
wm_window_io_init (WmWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (self->sidebar, GTK_EVENT_CONTROLLER (target));
  wm_window_io_update_actions (self);
}
