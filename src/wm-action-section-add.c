/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-action-section"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-action.h"
#include "wm-action-section-private.h"

/*
 * "Add Action…": what will be done, who owns it, by when (typed as
 * YYYY-MM-DD or picked from a calendar), the rating it aims for and notes.
 * "Add" stays off until there is a title and the date, if any, is a real one.
 */

typedef struct {
  WmActionSection *section;
  WmDescriptor    *descriptor;   /* taken when the dialog opened */
  GPtrArray       *rating_ids;   /* the target dropdown's entries; "" for none */
  GtkEditable     *title;
  GtkEditable     *owner;
  GtkEditable     *due;
  GtkMenuButton   *calendar_button;
  GtkDropDown     *target;
  GtkTextBuffer   *notes;
} AddRequest;

static void
add_request_free (gpointer data)
{
  AddRequest *request = data;

  g_clear_object (&request->section);
  g_clear_object (&request->descriptor);
  g_ptr_array_unref (request->rating_ids);
  g_free (request);
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || text[strspn (text, " \t\r\n")] == '\0';
}

static gboolean
due_is_valid (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  GDate date;

  return *stripped == '\0' || wm_action_parse_date (stripped, &date);
}

static void
fields_changed_cb (AdwMessageDialog *dialog)
{
  AddRequest *request = g_object_get_data (G_OBJECT (dialog), "request");
  gboolean due_ok = due_is_valid (gtk_editable_get_text (request->due));

  if (due_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (request->due), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (request->due), "error");
  adw_message_dialog_set_response_enabled (dialog, "add",
                                           due_ok && !is_blank (gtk_editable_get_text (request->title)));
}

static void
day_selected_cb (GtkCalendar *calendar,
                 AddRequest  *request)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (day, "%Y-%m-%d");

  gtk_editable_set_text (request->due, text);
  gtk_menu_button_popdown (request->calendar_button);
}

static void
add_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 AddRequest       *request)
{
  WmActionSection *self = request->section;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  g_autofree char *notes = NULL;
  GtkTextIter start, end;
  guint target;

  if (!g_str_equal (response, "add") || self->store == NULL)
    return;

  due = g_strstrip (g_strdup (gtk_editable_get_text (request->due)));
  target = gtk_drop_down_get_selected (request->target);
  gtk_text_buffer_get_bounds (request->notes, &start, &end);
  notes = gtk_text_buffer_get_text (request->notes, &start, &end, FALSE);

  /* The action goes to the descriptor the dialog was opened for. */
  if (!wm_action_section_add_for (self, request->descriptor, gtk_editable_get_text (request->title),
                                  gtk_editable_get_text (request->owner), due,
                                  target < request->rating_ids->len
                                    ? g_ptr_array_index (request->rating_ids, target) : NULL,
                                  notes, &error))
    wm_action_section_show_error (self, error->message);
}

static GtkWidget *
field_new (GtkBox     *box,
           const char *mnemonic,
           GtkWidget  *widget,
           GtkWidget  *focus)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), focus ? focus : widget);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_box_append (box, label);
  gtk_box_append (box, widget);
  return widget;
}

static GtkWidget *
entry_new (const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  return entry;
}

/* actions.add: the dialog for a new action on the descriptor shown. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  WmActionSection *self = WM_ACTION_SECTION (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkStringList) ratings = gtk_string_list_new (NULL);
  g_autofree char *body = NULL;
  GtkWidget *box, *due_box, *calendar, *popover, *frame, *view;
  AdwMessageDialog *dialog;
  AddRequest *request;

  if (self->store == NULL || self->model == NULL || self->descriptor == NULL)
    return;

  body = g_strdup_printf (_("What will be done to move %s on, who sees it through, and by when."),
                          wm_descriptor_get_id (self->descriptor));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("New Action"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "add", FALSE);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");

  request = g_new0 (AddRequest, 1);
  request->section = g_object_ref (self);
  request->descriptor = g_object_ref (self->descriptor);
  request->rating_ids = g_ptr_array_new_with_free_func (g_free);
  g_object_set_data_full (G_OBJECT (dialog), "request", request, add_request_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  request->title = GTK_EDITABLE (field_new (GTK_BOX (box), _("_What will be done"),
                                            entry_new (_("Peer observation of questioning")), NULL));
  request->owner = GTK_EDITABLE (field_new (GTK_BOX (box), _("_Owner"), entry_new (_("Who sees it through")), NULL));

  due_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  request->due = GTK_EDITABLE (entry_new ("YYYY-MM-DD"));
  gtk_widget_set_hexpand (GTK_WIDGET (request->due), TRUE);
  gtk_box_append (GTK_BOX (due_box), GTK_WIDGET (request->due));
  calendar = gtk_calendar_new ();
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  request->calendar_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (request->calendar_button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (request->calendar_button, popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (request->calendar_button), _("Pick a Date"));
  gtk_box_append (GTK_BOX (due_box), GTK_WIDGET (request->calendar_button));
  field_new (GTK_BOX (box), _("_Due date (optional)"), due_box, GTK_WIDGET (request->due));

  /* The framework's scale, lowest first, after "None"; "Not applicable" is no target. */
  g_ptr_array_add (request->rating_ids, g_strdup (""));
  gtk_string_list_append (ratings, _("None"));
  for (guint r = 0; r < wm_grid_model_get_n_ratings (self->model); r++)
    {
      g_ptr_array_add (request->rating_ids, g_strdup (wm_grid_model_get_rating_id (self->model, r)));
      gtk_string_list_append (ratings, wm_grid_model_get_rating_name (self->model, r));
    }
  request->target = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (ratings)), NULL));
  field_new (GTK_BOX (box), _("_Target rating"), GTK_WIDGET (request->target), NULL);

  frame = gtk_frame_new (NULL);
  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 80);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  field_new (GTK_BOX (box), _("_Notes"), frame, view);
  request->notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  adw_message_dialog_set_extra_child (dialog, box);

  g_signal_connect_object (request->title, "changed", G_CALLBACK (fields_changed_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (request->due, "changed", G_CALLBACK (fields_changed_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (day_selected_cb), request);
  g_signal_connect (dialog, "response", G_CALLBACK (add_response_cb), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
wm_action_section_add_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "actions.add", NULL, add_action);
}
