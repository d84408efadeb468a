/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-evidence-section"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-evidence-section-private.h"

/*
 * The evidence section's small dialogs: a web link, a written note, evidence
 * already in the school file, and a new label. Each is an AdwMessageDialog
 * with the fields as its extra child; its main button stays off until what is
 * typed can be saved. The descriptor is taken when the dialog opens, so the
 * answer goes where the question was asked.
 */

typedef struct {
  WmEvidenceSection *section;
  char              *framework_id;
  char              *descriptor_id;
  gint64             evidence_id;   /* rename: what is renamed */
  GtkEditable       *first;         /* link: the address; rename: the label */
  GtkEditable       *second;        /* link: its label */
  GtkTextBuffer     *buffer;        /* note: its text */
  GtkListBox        *list;          /* existing: the choice */
} Request;

static void
request_free (gpointer data)
{
  Request *request = data;

  g_clear_object (&request->section);
  g_free (request->framework_id);
  g_free (request->descriptor_id);
  g_free (request);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A dialog for @self's descriptor, with Cancel and @response as its main button (off until valid). */
static AdwMessageDialog *
dialog_new (WmEvidenceSection  *self,
            const char         *heading,
            const char         *body,
            const char         *response,
            const char         *response_label,
            Request           **out_request)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;
  Request *request = g_new0 (Request, 1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, response_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, response, FALSE);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");

  request->section = g_object_ref (self);
  if (self->descriptor != NULL)
    {
      request->framework_id = g_strdup (wm_descriptor_get_framework_id (self->descriptor));
      request->descriptor_id = g_strdup (wm_descriptor_get_id (self->descriptor));
    }
  g_object_set_data_full (G_OBJECT (dialog), "request", request, request_free);
  *out_request = request;
  return dialog;
}

static GtkWidget *
entry_new (const char *placeholder,
           const char *accessible_label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  return entry;
}

/* The same test the core makes, so that the button only lights up for an address it will take. */
static gboolean
is_web_address (const char *text)
{
  g_autofree char *address = g_strstrip (g_strdup (text));
  g_autoptr(GUri) uri = g_uri_parse (address, G_URI_FLAGS_NONE, NULL);

  return uri != NULL &&
         (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0 ||
          g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0) &&
         !is_blank (g_uri_get_host (uri));
}

static void
link_changed_cb (GtkEditable      *editable,
                 AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "add", is_web_address (gtk_editable_get_text (editable)));
}

static void
link_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  Request          *request)
{
  WmEvidenceSection *self = request->section;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!g_str_equal (response, "add") || self->store == NULL || request->descriptor_id == NULL)
    return;

  id = wm_evidence_add_link (self->store, gtk_editable_get_text (request->first),
                             gtk_editable_get_text (request->second), self->author, &error);
  if (id == 0)
    wm_evidence_section_show_error (self, error->message);
  else
    wm_evidence_section_attach (self, request->framework_id, request->descriptor_id, id);
}

/* evidence.add-link */
static void
add_link_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (widget);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  AdwMessageDialog *dialog;
  Request *request;

  dialog = dialog_new (self, _("Add a Web Link"),
                       _("The address of a page that shows this, such as a shared document or a "
                         "page of the school's website."),
                       "add", _("_Add"), &request);
  request->first = GTK_EDITABLE (entry_new ("https://…", _("Address")));
  request->second = GTK_EDITABLE (entry_new (_("Label (optional)"), _("Label")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (request->first));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (request->second));
  adw_message_dialog_set_extra_child (dialog, box);

  g_signal_connect_object (request->first, "changed", G_CALLBACK (link_changed_cb), dialog, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (link_response_cb), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
note_changed_cb (GtkTextBuffer    *buffer,
                 AdwMessageDialog *dialog)
{
  g_autofree char *text = buffer_text (buffer);

  adw_message_dialog_set_response_enabled (dialog, "add", !is_blank (text));
}

static void
note_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  Request          *request)
{
  WmEvidenceSection *self = request->section;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 id;

  if (!g_str_equal (response, "add") || self->store == NULL || request->descriptor_id == NULL)
    return;

  text = buffer_text (request->buffer);
  id = wm_evidence_add_note (self->store, text, NULL, self->author, &error);
  if (id == 0)
    wm_evidence_section_show_error (self, error->message);
  else
    wm_evidence_section_attach (self, request->framework_id, request->descriptor_id, id);
}

/* evidence.add-note */
static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (widget);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  AdwMessageDialog *dialog;
  Request *request;

  dialog = dialog_new (self, _("Add a Written Note"),
                       _("What was seen or heard, in a few lines. Its first line is its label."),
                       "add", _("_Add"), &request);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 120);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_message_dialog_set_extra_child (dialog, frame);
  request->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  g_signal_connect_object (request->buffer, "changed", G_CALLBACK (note_changed_cb), dialog, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (note_response_cb), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
existing_selected_cb (GtkListBox       *list,
                      GtkListBoxRow    *row,
                      AdwMessageDialog *dialog)
{
  /* A row is chosen for good: the list unselects only while the dialog is torn down. */
  if (row != NULL)
    adw_message_dialog_set_response_enabled (dialog, "attach", TRUE);
}

static void
existing_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Request          *request)
{
  WmEvidenceSection *self = request->section;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (request->list);
  WmEvidenceItem *item;

  if (!g_str_equal (response, "attach") || row == NULL || self->store == NULL ||
      request->descriptor_id == NULL)
    return;

  item = g_object_get_data (G_OBJECT (row), "item");
  wm_evidence_section_attach (self, request->framework_id, request->descriptor_id,
                              wm_evidence_item_get_id (item));
}

/* evidence.use-existing: attach evidence already in the school file, from any descriptor. */
static void
use_existing_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) here = NULL;
  g_autoptr(GHashTable) attached = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *body = NULL;
  GtkWidget *scroller, *list, *placeholder;
  AdwMessageDialog *dialog;
  Request *request;

  if (self->store == NULL || self->descriptor == NULL)
    return;

  all = wm_evidence_list (self->store, NULL, NULL, WM_EVIDENCE_FILTER_ALL, &error);
  if (all != NULL)
    here = wm_evidence_list (self->store, wm_descriptor_get_framework_id (self->descriptor),
                             wm_descriptor_get_id (self->descriptor), WM_EVIDENCE_FILTER_ALL, &error);
  if (here == NULL)
    {
      wm_evidence_section_show_error (self, error->message);
      return;
    }

  body = g_strdup_printf (_("Attach evidence already in the school file to %s."),
                          wm_descriptor_get_id (self->descriptor));
  dialog = dialog_new (self, _("Use Existing Evidence"), body, "attach", _("_Attach"), &request);

  list = gtk_list_box_new ();
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Evidence"), -1);
  placeholder = gtk_label_new (_("No other evidence in the school file yet."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), placeholder);

  /* What is already on this descriptor is left out. */
  for (guint i = 0; i < g_list_model_get_n_items (here); i++)
    {
      g_autoptr(WmEvidenceItem) item = g_list_model_get_item (here, i);
      gint64 *id = g_new (gint64, 1);

      *id = wm_evidence_item_get_id (item);
      g_hash_table_add (attached, id);
    }

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(WmEvidenceItem) item = g_list_model_get_item (all, i);
      gint64 id = wm_evidence_item_get_id (item);
      g_autoptr(GIcon) icon = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (g_hash_table_contains (attached, &id))
        continue;

      icon = wm_evidence_section_icon_for (item);
      subtitle = wm_evidence_section_describe (item);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wm_evidence_item_get_label (item));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_gicon (icon));
      g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  adw_message_dialog_set_extra_child (dialog, scroller);
  request->list = GTK_LIST_BOX (list);

  g_signal_connect_object (list, "row-selected", G_CALLBACK (existing_selected_cb), dialog, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (existing_response_cb), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rename_changed_cb (GtkEditable      *editable,
                   AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "rename", !is_blank (gtk_editable_get_text (editable)));
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Request          *request)
{
  WmEvidenceSection *self = request->section;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "rename") || self->store == NULL)
    return;

  if (!wm_evidence_rename (self->store, request->evidence_id, gtk_editable_get_text (request->first), &error))
    wm_evidence_section_show_error (self, error->message);
}

/* evidence.rename (ID): a new label; the file itself keeps its name. */
static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmEvidenceItem) item = NULL;
  AdwMessageDialog *dialog;
  Request *request;

  if (self->store == NULL)
    return;
  item = wm_evidence_lookup (self->store, g_variant_get_int64 (parameter), &error);
  if (item == NULL)
    {
      wm_evidence_section_show_error (self, error->message);
      return;
    }

  dialog = dialog_new (self, _("Rename Evidence"),
                       _("The new label shows wherever this evidence is attached."),
                       "rename", _("_Rename"), &request);
  request->evidence_id = wm_evidence_item_get_id (item);
  request->first = GTK_EDITABLE (entry_new (NULL, _("Label")));
  gtk_editable_set_text (request->first, wm_evidence_item_get_label (item));
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (request->first));
  rename_changed_cb (request->first, dialog);

  g_signal_connect_object (request->first, "changed", G_CALLBACK (rename_changed_cb), dialog, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (rename_response_cb), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
wm_evidence_section_dialogs_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "evidence.add-link", NULL, add_link_action);
  gtk_widget_class_install_action (widget_class, "evidence.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "evidence.use-existing", NULL, use_existing_action);
  gtk_widget_class_install_action (widget_class, "evidence.rename", "x", rename_action);
}
