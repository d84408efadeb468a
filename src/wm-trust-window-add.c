/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-trust-window-private.h"

/*
 * trust.add-summaries: bundles added one at a time, to a folder's trust or to one opened on files
 * chosen. Each goes in through wm_trust_add_file(), so a malformed one, one from a newer Waymark or
 * a repeat of a school is listed with its reason, as in a folder, and never merged. The trust may
 * change only while no export reads it on a worker: files chosen meanwhile wait until it is done.
 */

static const char *
framework_title (const WmTrust *trust,
                 const char    *framework_id)
{
  for (guint s = 0; s < trust->schools->len; s++)
    {
      const WmBundleFramework *framework = wm_bundle_find_framework (g_ptr_array_index (trust->schools, s),
                                                                     framework_id);

      if (framework != NULL)
        return framework->title;
    }
  return framework_id;
}

static void
fill_problems (WmTrustWindow *self)
{
  guint n_skipped = wm_trust_count_skipped (self->trust);
  guint n = self->trust->problems->len;
  g_autofree char *heading = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, child);
  gtk_widget_set_visible (self->problems_box, n > 0);
  if (n == 0)
    return;
  heading = n_skipped > 0
    ? g_strdup_printf (g_dngettext (NULL, "%u bundle was left out", "%u bundles were left out", n_skipped), n_skipped)
    : g_strdup (_("Read with a warning"));
  gtk_label_set_text (self->problems_heading, heading);
  for (guint i = 0; i < n; i++)
    {
      const WmTrustProblem *problem = g_ptr_array_index (self->trust->problems, i);
      g_autofree char *name = g_path_get_basename (problem->file);
      g_autofree char *title = g_markup_escape_text (name, -1);
      g_autofree char *reason = g_markup_escape_text (problem->reason, -1);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->problems_list, row);
    }
}

/**
 * wm_trust_window_refresh:
 *
 * Shows the trust as it is now: the bundles left out, the frameworks offered (the one shown stays
 * chosen while some school uses it), the chart and table, and which actions can run.
 */
void
wm_trust_window_refresh (WmTrustWindow *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autofree char *shown = NULL;
  const WmTrust *trust = self->trust;

  if (self->framework_ids != NULL)
    shown = g_strdup (wm_trust_window_get_framework_id (self));
  g_clear_pointer (&self->framework_ids, g_strfreev);
  self->framework_ids = wm_trust_framework_ids (trust);
  fill_problems (self);
  if (self->dir == NULL)
    {
      /* Translators: the trust window's subtitle when it was opened on files chosen */
      g_autofree char *count = g_strdup_printf (g_dngettext (NULL, "%u school", "%u schools", trust->schools->len),
                                                trust->schools->len);

      adw_window_title_set_subtitle (self->window_title, count);
    }

  for (guint i = 0; self->framework_ids[i] != NULL; i++)
    gtk_string_list_append (titles, framework_title (trust, self->framework_ids[i]));
  gtk_widget_set_visible (self->content_box, FALSE);
  gtk_drop_down_set_model (self->framework_dropdown, G_LIST_MODEL (titles));
  gtk_widget_set_visible (GTK_WIDGET (self->framework_dropdown), self->framework_ids[0] != NULL);
  gtk_stack_set_visible_child_name (self->main_stack,
                                    trust->schools->len == 0 && trust->problems->len == 0 ? "empty" : "trust");
  wm_trust_window_update_actions (self);
  if (shown == NULL || !wm_trust_window_set_framework_id (self, shown))
    wm_trust_window_set_framework_id (self, self->framework_ids[0]);
}

static void
toast_added (WmTrustWindow *self,
             guint          n_chosen,
             guint          n_added)
{
  g_autofree char *message = NULL;
  guint n_left_out = n_chosen - n_added;

  if (n_left_out == 0)
    message = g_strdup_printf (g_dngettext (NULL, "Added %u school’s summary", "Added %u schools’ summaries",
                                            n_added), n_added);
  else
    message = g_strdup_printf (g_dngettext (NULL, "%u of the summaries chosen was left out: the list at the top "
                                            "says why", "%u of the summaries chosen were left out: the list at "
                                            "the top says why", n_left_out), n_left_out);
  wm_trust_window_toast (self, message);
}

/**
 * wm_trust_window_add_files:
 * @paths: summary bundles, one per school
 *
 * Adds each bundle to the trust and shows the trust afresh, as Add Summaries does with the files
 * chosen. While an export is running they wait, and go in when it is done.
 */
void
wm_trust_window_add_files (WmTrustWindow      *self,
                           const char * const *paths)
{
  guint n = 0, added = 0;

  g_return_if_fail (WM_IS_TRUST_WINDOW (self));
  g_return_if_fail (paths != NULL);

  if (self->n_readers > 0)
    {
      if (self->pending == NULL)
        self->pending = g_ptr_array_new_with_free_func (g_free);
      for (; paths[n] != NULL; n++)
        g_ptr_array_add (self->pending, g_strdup (paths[n]));
      return;
    }
  for (; paths[n] != NULL; n++)
    added += wm_trust_add_file (self->trust, paths[n], NULL);
  if (n == 0)
    return;
  wm_trust_window_refresh (self);
  toast_added (self, n, added);
}

/**
 * wm_trust_window_choose_summaries:
 *
 * Returns: (transfer full): a modal chooser of summary bundles, several at once; show it, and
 *   read what was chosen with wm_trust_window_chosen_summaries()
 */
GtkFileChooserNative *
wm_trust_window_choose_summaries (GtkWindow  *parent,
                                  const char *title,
                                  const char *accept)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN, accept,
                                                               _("_Cancel"));
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Waymark summaries (JSON)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

/**
 * wm_trust_window_chosen_summaries:
 *
 * Returns: (transfer full): the paths chosen. A file with no local path is given by its URI:
 *   it cannot be read, and is listed as left out under that name.
 */
GStrv
wm_trust_window_chosen_summaries (GtkFileChooser *chooser)
{
  g_autoptr(GListModel) files = gtk_file_chooser_get_files (chooser);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *name = g_file_get_path (file);

      if (name == NULL)
        name = g_file_get_uri (file);
      g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}

static void
add_response_cb (GtkNativeDialog *chooser,
                 int              response,
                 WmTrustWindow   *self)
{
  g_auto(GStrv) paths = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    paths = wm_trust_window_chosen_summaries (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (paths != NULL)
    wm_trust_window_add_files (self, (const char * const *) paths);
}

void
wm_trust_window_add_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  GtkFileChooserNative *chooser = wm_trust_window_choose_summaries (GTK_WINDOW (widget),
                                                                    _("Add School Summaries"), _("_Add"));

  g_signal_connect_object (chooser, "response", G_CALLBACK (add_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
