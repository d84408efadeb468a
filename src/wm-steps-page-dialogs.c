/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-steps-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-steps-page-private.h"
#include "wm-steps.h"

/*
 * The Small Steps page's dialogs: the form that adds a step, and the question before one is
 * deleted. An AdwMessageDialog closes on any response, so when the school file refuses a step
 * (a date that is not one, a habit it does not know) the form opens again with what was typed
 * and the reason above it.
 */

typedef struct {
  WmStepsPage *page;
  GtkEditable *who;
  GtkEditable *what;
  GtkEditable *serves;
  GtkEditable *taken_on;
} AddForm;

static void
add_form_free (gpointer data)
{
  AddForm *form = data;

  g_clear_object (&form->page);
  g_free (form);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static GtkEditable *
add_entry_row (GtkListBox *list,
               const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (list, row);
  return GTK_EDITABLE (row);
}

static void
form_changed_cb (AddForm *form)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gtk_widget_get_root (GTK_WIDGET (form->who)));

  adw_message_dialog_set_response_enabled (dialog, "add",
                                           !is_blank (gtk_editable_get_text (form->who)) &&
                                           !is_blank (gtk_editable_get_text (form->what)) &&
                                           !is_blank (gtk_editable_get_text (form->taken_on)));
}

static void
add_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 AddForm          *form)
{
  WmStepsPage *self = form->page;
  g_autoptr(GError) error = NULL;
  WmStepDraft draft = {
    .who = gtk_editable_get_text (form->who),
    .what = gtk_editable_get_text (form->what),
    .serves = gtk_editable_get_text (form->serves),
    .taken_on = gtk_editable_get_text (form->taken_on),
  };
  g_autofree char *taken_on = g_strstrip (g_strdup (draft.taken_on));

  if (!g_str_equal (response, "add") || self->store == NULL)
    return;

  if (wm_steps_add (self->store, draft.who, taken_on, draft.what, draft.serves, 0, &error) == 0)
    wm_steps_page_open_add_form (self, &draft, error->message);
}

/* The form, filled with @draft; @problem (nullable) says why the last try was refused. */
void
wm_steps_page_open_add_form (WmStepsPage       *self,
                             const WmStepDraft *draft,
                             const char        *problem)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *hint;
  AdwMessageDialog *dialog;
  AddForm *form = g_new0 (AddForm, 1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Add Small Step"),
                                                       _("One small step the team took towards the "
                                                         "school's vision, and who took it.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");

  if (problem != NULL)
    {
      GtkWidget *label = gtk_label_new (problem);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "error");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The small step"), -1);
  form->page = g_object_ref (self);
  form->who = add_entry_row (GTK_LIST_BOX (list), _("_Who"), draft->who);
  form->what = add_entry_row (GTK_LIST_BOX (list), _("W_hat was done"), draft->what);
  form->serves = add_entry_row (GTK_LIST_BOX (list), _("_Serves (optional)"), draft->serves);
  form->taken_on = add_entry_row (GTK_LIST_BOX (list), _("_Date (YYYY-MM-DD)"), draft->taken_on);
  gtk_box_append (GTK_BOX (box), list);

  hint = gtk_label_new (_("A step can serve a learning habit, by its name (absorption), or a "
                          "descriptor, as FRAMEWORK:ID (lqf:8.3g)."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_box_append (GTK_BOX (box), hint);
  adw_message_dialog_set_extra_child (dialog, box);

  g_object_set_data_full (G_OBJECT (dialog), "form", form, add_form_free);
  g_signal_connect_swapped (form->who, "changed", G_CALLBACK (form_changed_cb), form);
  g_signal_connect_swapped (form->what, "changed", G_CALLBACK (form_changed_cb), form);
  g_signal_connect_swapped (form->taken_on, "changed", G_CALLBACK (form_changed_cb), form);
  form_changed_cb (form);
  g_signal_connect (dialog, "response", G_CALLBACK (add_response_cb), form);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->who));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    WmStepsPage      *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "step-id"));

  if (g_str_equal (response, "delete") && self->store != NULL &&
      !wm_steps_delete (self->store, id, &error))
    wm_steps_page_show_error (self, error->message);
}

void
wm_steps_page_confirm_delete (WmStepsPage *self,
                              gint64       step_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStep) step = wm_steps_get (self->store, step_id, &error);
  g_autofree char *date = NULL;
  AdwMessageDialog *dialog;

  if (step == NULL)
    {
      wm_steps_page_show_error (self, error->message);
      return;
    }

  /* TRANSLATORS: a day (g_date_time_format) */
  date = wm_steps_page_format_date (wm_step_get_taken_on (step), _("%-d %B %Y"));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Delete Small Step?"), NULL));
  /* TRANSLATORS: what was done, who did it, and the day */
  adw_message_dialog_format_body (dialog, _("“%s” (%s, %s) will be removed from the log."),
                                  wm_step_get_what (step), wm_step_get_who (step), date);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "step-id", GSIZE_TO_POINTER ((gsize) step_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
