/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-window-share"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-bundle-copy.h"
#include "wm-bundle.h"
#include "wm-framework-info.h"
#include "wm-school.h"
#include "wm-snapshots.h"
#include "wm-window-private.h"

/*
 * Sharing from the window (docs/bundle-format.md): the summary bundle for the trust (scores and
 * counts, now and at the snapshots the school ticks), the full copy for the school's next head
 * (after a warning that it holds everything); wm-window-trust.c opens the trust view of many
 * schools' bundles. The bundle and the copy are written here, on the main thread: both are made
 * from the open school file in well under a second, and the store belongs to this thread.
 */

/* "Oakfield Primary-summary.json": the school's name, made safe for a file name. */
static char *
file_name (WmWindow   *self,
           const char *suffix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = wm_school_get_name (self->store, &error);

  if (name == NULL || *g_strstrip (name) == '\0')
    {
      g_free (name);
      /* Translators: the start of a file name, for a school that has no name yet */
      name = g_strdup (_("school"));
    }
  g_strdelimit (name, G_DIR_SEPARATOR_S "\\:*?\"<>|", '-');
  return g_strconcat (name, suffix, NULL);
}

/* The bundle and the copy are written whole through a temporary file beside the one chosen,
 * which needs a folder on this computer, not a network location without a local path. */
static gboolean
local_path (GFile   *file,
            GError **error)
{
  g_autofree char *uri = NULL;

  if (g_file_peek_path (file) != NULL)
    return TRUE;
  uri = g_file_get_uri (file);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               _("Could not save to %s: choose a folder on this computer"), uri);
  return FALSE;
}

static GtkFileChooserNative *
save_chooser (WmWindow   *self,
              const char *title,
              const char *accept,
              const char *name,
              const char *filter_name,
              const char *pattern)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               accept, _("_Cancel"));
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  return chooser;
}

/**
 * wm_window_share_summary_to:
 * @names: (nullable): the snapshots to share, "FRAMEWORK:NAME" each; %NULL for every snapshot,
 *   an empty list for none (the scores now only)
 *
 * Writes the school's summary bundle to @file, chosen by Share Summary, and says in a toast that
 * it was saved or why it was not.
 */
void
wm_window_share_summary_to (WmWindow           *self,
                            GFile              *file,
                            const char * const *names)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (WM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    return;
  if (!local_path (file, &error) ||
      !wm_bundle_write (self->store, g_file_peek_path (file), names, &error))
    wm_window_show_toast (self, error->message);
  else
    wm_window_show_toast (self, _("Saved the summary: scores and counts only, no names, notes or pupil details"));
}

static void
share_summary_response_cb (GtkNativeDialog *chooser,
                           int              response,
                           WmWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      wm_window_share_summary_to (self, file, g_object_get_data (G_OBJECT (chooser), "snapshot-names"));
    }
  g_object_unref (chooser);
}

/* The file chooser, which carries the snapshots chosen (@names, taken; NULL for every one) on
 * to its answer. */
static void
choose_summary_file (WmWindow *self,
                     GStrv     names)
{
  g_autofree char *name = file_name (self, "-summary.json");
  GtkFileChooserNative *chooser = save_chooser (self, _("Share a Summary with the Trust"), _("_Save"), name,
                                                _("Waymark summary (JSON)"), "*.json");

  g_object_set_data_full (G_OBJECT (chooser), "snapshot-names", names, (GDestroyNotify) g_strfreev);
  g_signal_connect (chooser, "response", G_CALLBACK (share_summary_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The snapshots ticked, "FRAMEWORK:NAME" each, are kept on the dialog as "snapshot-names" from
 * the start and whenever a box changes: its answer takes them from there (and so can a test). */
static void
snapshot_toggled_cb (GtkCheckButton   *toggled,
                     AdwMessageDialog *dialog)
{
  GPtrArray *checks = g_object_get_data (G_OBJECT (dialog), "snapshot-checks");
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      g_strv_builder_add (names, g_object_get_data (g_ptr_array_index (checks, i), "snapshot-name"));
  g_object_set_data_full (G_OBJECT (dialog), "snapshot-names", g_strv_builder_end (names),
                          (GDestroyNotify) g_strfreev);
}

/* "Autumn review", over "Learning Quality Framework · 12 December 2025", with a box to tick. */
static GtkWidget *
snapshot_row (AdwMessageDialog *dialog,
              WmSnapshot       *snapshot,
              const char       *framework_title)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *check = gtk_check_button_new ();
  const char *taken_on = wm_snapshot_get_taken_on (snapshot);
  g_autofree char *midnight = g_strconcat (taken_on, "T00:00:00Z", NULL);
  g_autoptr(GDateTime) day = g_date_time_new_from_iso8601 (midnight, NULL);
  /* Translators: a snapshot's date, "12 December 2025" (g_date_time_format) */
  g_autofree char *date = day != NULL ? g_date_time_format (day, _("%-d %B %Y")) : NULL;
  /* Translators: under a snapshot's name: its framework's title and its date */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), framework_title, date != NULL ? date : taken_on);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wm_snapshot_get_name (snapshot));
  adw_action_row_set_subtitle (row, subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, wm_snapshot_get_name (snapshot),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  adw_action_row_add_prefix (row, check);
  adw_action_row_set_activatable_widget (row, check);

  g_object_set_data_full (G_OBJECT (check), "snapshot-name",
                          g_strconcat (wm_snapshot_get_framework_id (snapshot), ":",
                                       wm_snapshot_get_name (snapshot), NULL), g_free);
  g_ptr_array_add (g_object_get_data (G_OBJECT (dialog), "snapshot-checks"), check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (snapshot_toggled_cb), dialog, 0);
  return GTK_WIDGET (row);
}

/* The framework's title, as the sidebar has it. */
static const char *
framework_title (WmWindow   *self,
                 const char *framework_id)
{
  GListModel *frameworks = gtk_single_selection_get_model (self->selection);

  for (guint i = 0; frameworks != NULL && i < g_list_model_get_n_items (frameworks); i++)
    {
      g_autoptr(WmFrameworkInfo) info = g_list_model_get_item (frameworks, i);

      if (g_str_equal (wm_framework_info_get_id (info), framework_id))
        return wm_framework_info_get_title (info);   /* the sidebar's model keeps it */
    }
  return framework_id;
}

static void
which_snapshots_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             WmWindow         *self)
{
  if (g_str_equal (response, "choose") && self->store != NULL)
    choose_summary_file (self, g_strdupv (g_object_get_data (G_OBJECT (dialog), "snapshot-names")));
}

/* The scores now always go; which snapshots go with them is the school's choice (issue 9), every
 * one ticked to begin with, as the CLI shares every one unless told. */
static void
ask_which_snapshots (WmWindow   *self,
                     GListModel *snapshots)
{
  AdwMessageDialog *dialog;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Share a Summary with the Trust"),
                                                       _("The scores as they are now always go to the "
                                                         "trust. Which snapshots go with them?")));
  g_object_set_data_full (G_OBJECT (dialog), "snapshot-checks", g_ptr_array_new (),
                          (GDestroyNotify) g_ptr_array_unref);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < g_list_model_get_n_items (snapshots); i++)
    {
      g_autoptr(WmSnapshot) snapshot = g_list_model_get_item (snapshots, i);

      gtk_list_box_append (GTK_LIST_BOX (list),
                           snapshot_row (dialog, snapshot,
                                         framework_title (self, wm_snapshot_get_framework_id (snapshot))));
    }
  snapshot_toggled_cb (NULL, dialog);

  /* A school with a snapshot a term for years still fits on a laptop's screen. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (dialog, scrolled);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "choose", _("_Choose File…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "choose", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (which_snapshots_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
share_summary_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  g_autoptr(GListModel) snapshots = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!(snapshots = wm_snapshots_list (self->store, NULL, &error)))
    wm_window_show_toast (self, error->message);
  else if (g_list_model_get_n_items (snapshots) == 0)
    choose_summary_file (self, NULL);
  else
    ask_which_snapshots (self, snapshots);
}

/* What the copy holds, once it is written: a list, left-aligned under the dialog's words. */
static void
show_copy_contents (WmWindow                   *self,
                    GFile                      *file,
                    const WmBundleCopyContents *contents)
{
  g_auto(GStrv) lines = wm_bundle_copy_contents_lines (contents);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *body = g_strdup_printf (_("Saved as %s. It holds:"), name);
  g_autoptr(GString) list = g_string_new (NULL);
  GtkWidget *dialog;
  GtkWidget *label;

  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (list, "%s• %s", i > 0 ? "\n" : "", lines[i]);
  label = gtk_label_new (list->str);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_halign (label, GTK_ALIGN_CENTER);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Full Copy Saved"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), label);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * wm_window_export_copy_to:
 *
 * Writes the full copy to @file, chosen by Export Full Copy once its warning was accepted, and
 * lists what it holds in a dialog, or says in a toast why it was not written.
 */
void
wm_window_export_copy_to (WmWindow *self,
                          GFile    *file)
{
  g_autoptr(GError) error = NULL;
  WmBundleCopyContents contents = { 0 };

  g_return_if_fail (WM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    return;
  if (!local_path (file, &error) ||
      !wm_bundle_export_copy (self->store, g_file_peek_path (file), &contents, &error))
    wm_window_show_toast (self, error->message);
  else
    show_copy_contents (self, file, &contents);
}

static void
export_copy_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         WmWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->store == NULL)
    {
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  wm_window_export_copy_to (self, file);
}

static void
copy_warning_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          WmWindow         *self)
{
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (!g_str_equal (response, "export") || self->store == NULL)
    return;
  name = file_name (self, "-full-copy.waymark");
  chooser = save_chooser (self, _("Export a Full Copy"), _("_Export"), name, _("Waymark school file"),
                          "*.waymark");
  g_signal_connect (chooser, "response", G_CALLBACK (export_copy_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_copy_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  AdwMessageDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Export a Full Copy?"),
                                                       wm_bundle_copy_warning ()));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "export", _("_Export Full Copy"), NULL);
  /* It carries pupil data out of the school file: the careful answer is the default. */
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (copy_warning_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
wm_window_share_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.share-summary", NULL, share_summary_action);
  gtk_widget_class_install_action (widget_class, "win.export-copy", NULL, export_copy_action);
}
