/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-year-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-action.h"
#include "wm-plan-year-page-private.h"

/*
 * The year's optional Review and Renew day: "Add a Review and Renew Day…" while there is
 * none; then its date, in words and in a field (saved on Enter or when the school leaves the
 * field, and only once it is whole), the notes of its three parts (senior leaders in the
 * morning, team leaders in the afternoon, all staff at twilight), saved as they are typed
 * (wm-plan-edit.c), and Remove, after the school confirms. Each is one write through the
 * core; what it refuses is said in a toast.
 */

/* "Friday 2 July 2027" */
static char *
day_in_words (const char *date)
{
  g_autoptr(GDateTime) time = NULL;
  GDate day;

  if (!wm_action_parse_date (date, &day) ||
      !(time = g_date_time_new_utc ((int) g_date_get_year (&day), (int) g_date_get_month (&day),
                                    (int) g_date_get_day (&day), 0, 0, 0)))
    return g_strdup (date);
  /* Translators: a day (g_date_time_format) */
  return g_date_time_format (time, _("%A %-d %B %Y"));
}

static gboolean
review_begin (WmPlanEdit *edit)
{
  WmPlanYearPage *self = WM_PLAN_YEAR_PAGE (edit->owner);

  if (self->year == NULL || self->review_on == NULL)
    return FALSE;
  edit->year_id = wm_plan_year_get_id (self->year);
  return TRUE;
}

/* The notes of one part (@edit->index), on the day as the file has it now. */
static gboolean
review_save (WmPlanEdit  *edit,
             const char  *text,
             GError     **error)
{
  WmPlanYearPage *self = WM_PLAN_YEAR_PAGE (edit->owner);
  const char *parts[WM_PLAN_N_REVIEW_PARTS] = { NULL };
  g_autofree char *held_on = NULL;

  if (self->store == NULL)
    return TRUE;
  if (!wm_plan_get_review_day (self->store, edit->year_id, &held_on, NULL, NULL, NULL, error))
    return FALSE;
  if (held_on == NULL)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("The year has no Review and Renew day any more: its notes were not saved"));
      return FALSE;
    }
  parts[edit->index] = text;
  return wm_plan_set_review_day (self->store, edit->year_id, held_on, parts[WM_PLAN_REVIEW_SENIOR],
                                 parts[WM_PLAN_REVIEW_LEADERS], parts[WM_PLAN_REVIEW_STAFF], error);
}

static const WmPlanEditFuncs review_funcs = { review_begin, review_save };

static void
date_changed_cb (WmPlanYearPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->review_date_row));
  GDate date;

  if (*text == '\0' || wm_action_parse_date (text, &date))
    gtk_widget_remove_css_class (GTK_WIDGET (self->review_date_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->review_date_row), "error");
}

/* Enter, or the focus leaving the field: the day moves if the date changed. */
static void
date_apply (WmPlanYearPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->review_date_row));

  if (self->store == NULL || self->year == NULL || self->review_on == NULL ||
      g_str_equal (text, self->review_on))
    return;
  if (!wm_plan_set_review_day (self->store, wm_plan_year_get_id (self->year), text, NULL, NULL,
                               NULL, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->review_date_row), "error");
      wm_plan_year_page_toast (self, error->message);
    }
}

/* Saves what waits to be saved: the notes, and the date when it is whole (the page goes). */
void
wm_plan_year_page_flush_review (WmPlanYearPage *self)
{
  GDate date;

  for (guint i = 0; i < WM_PLAN_N_REVIEW_PARTS; i++)
    wm_plan_edit_flush (&self->review_edits[i]);
  if (wm_action_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->review_date_row)), &date))
    date_apply (self);
}

/* Shows the day as the file has it; a field being typed into keeps the school's words. */
void
wm_plan_year_page_show_review (WmPlanYearPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *held_on = NULL;
  g_autofree char *senior = NULL;
  g_autofree char *leaders = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *in_words = NULL;
  GtkWidget *date_row = GTK_WIDGET (self->review_date_row);

  g_clear_pointer (&self->review_on, g_free);
  if (!wm_plan_get_review_day (self->store, wm_plan_year_get_id (self->year), &held_on, &senior,
                               &leaders, &staff, &error))
    /* The school hears why the page is not brought up to date. */
    wm_plan_year_page_toast (self, error->message);

  self->review_on = g_steal_pointer (&held_on);
  gtk_widget_set_visible (GTK_WIDGET (self->review_add_button), self->review_on == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->review_box), self->review_on != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year.add-review-day", self->review_on == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year.remove-review-day", self->review_on != NULL);
  if (self->review_on == NULL)
    {
      adw_preferences_group_set_description (self->review_group,
                                             _("An optional day to review the year and renew its focus: senior leaders in the morning, team leaders in the afternoon, all staff at twilight."));
      return;
    }

  in_words = day_in_words (self->review_on);
  adw_preferences_group_set_description (self->review_group, in_words);
  if (!gtk_widget_has_focus (date_row) && gtk_widget_get_focus_child (date_row) == NULL &&
      !g_str_equal (gtk_editable_get_text (GTK_EDITABLE (date_row)), self->review_on))
    {
      gtk_editable_set_text (GTK_EDITABLE (date_row), self->review_on);
      gtk_widget_remove_css_class (date_row, "error");
    }
  wm_plan_edit_set_text (&self->review_edits[WM_PLAN_REVIEW_SENIOR], senior);
  wm_plan_edit_set_text (&self->review_edits[WM_PLAN_REVIEW_LEADERS], leaders);
  wm_plan_edit_set_text (&self->review_edits[WM_PLAN_REVIEW_STAFF], staff);
}

static void
date_leave_cb (WmPlanYearPage *self)
{
  date_apply (self);
}

void
wm_plan_year_page_init_review (WmPlanYearPage *self)
{
  GtkTextView *views[WM_PLAN_N_REVIEW_PARTS] = {
    [WM_PLAN_REVIEW_SENIOR] = self->senior_view,
    [WM_PLAN_REVIEW_LEADERS] = self->leaders_view,
    [WM_PLAN_REVIEW_STAFF] = self->staff_view,
  };
  GtkEventController *focus = gtk_event_controller_focus_new ();

  for (guint i = 0; i < WM_PLAN_N_REVIEW_PARTS; i++)
    wm_plan_edit_init (&self->review_edits[i], &review_funcs, GTK_WIDGET (self),
                       GTK_WIDGET (views[i]), i);
  g_signal_connect_object (self->review_date_row, "changed", G_CALLBACK (date_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->review_date_row, "entry-activated", G_CALLBACK (date_apply), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (date_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->review_date_row), focus);
  gtk_widget_set_visible (GTK_WIDGET (self->review_box), FALSE);
}

/* Saves what waits to be saved and lets go of the fields (the page is going). */
void
wm_plan_year_page_clear_review (WmPlanYearPage *self)
{
  for (guint i = 0; i < WM_PLAN_N_REVIEW_PARTS; i++)
    wm_plan_edit_clear (&self->review_edits[i]);
  g_clear_pointer (&self->review_on, g_free);
}

static void
add_text_changed_cb (GtkEditable      *entry,
                     AdwMessageDialog *dialog)
{
  GDate date;

  adw_message_dialog_set_response_enabled (dialog, "add",
                                           wm_action_parse_date (gtk_editable_get_text (entry), &date));
}

static void
add_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 WmPlanYearPage   *self)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (!g_str_equal (response, "add") || self->store == NULL || self->year == NULL)
    return;
  if (!wm_plan_set_review_day (self->store, wm_plan_year_get_id (self->year),
                               gtk_editable_get_text (entry), NULL, NULL, NULL, &error))
    wm_plan_year_page_toast (self, error->message);
}

/* "Add a Review and Renew Day…": its date first; the notes are written on the page. */
static void
add_review_day_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  WmPlanYearPage *self = WM_PLAN_YEAR_PAGE (widget);
  GtkWidget *dialog, *entry;

  if (self->store == NULL || self->year == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Add a Review and Renew Day"),
                                   _("Senior leaders in the morning, team leaders in the afternoon, all staff at twilight. On which day?"));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Date of the Review and Renew day (YYYY-MM-DD)"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect (entry, "changed", G_CALLBACK (add_text_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    WmPlanYearPage   *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "remove") || self->store == NULL || self->year == NULL)
    return;
  /* Notes still waiting to be saved go with the day. */
  for (guint i = 0; i < WM_PLAN_N_REVIEW_PARTS; i++)
    wm_plan_edit_discard (&self->review_edits[i]);
  if (!wm_plan_clear_review_day (self->store, wm_plan_year_get_id (self->year), &error))
    wm_plan_year_page_toast (self, error->message);
}

/* The notes of its three parts go with it: the school confirms first. */
static void
remove_review_day_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  WmPlanYearPage *self = WM_PLAN_YEAR_PAGE (widget);
  g_autofree char *body = NULL;
  g_autofree char *in_words = NULL;
  GtkWidget *dialog;

  if (self->review_on == NULL)
    return;
  in_words = day_in_words (self->review_on);
  /* Translators: %s is a day: "Friday 2 July 2027" */
  body = g_strdup_printf (_("The day planned for %s is removed with the notes of its three parts."), in_words);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Remove the Review and Renew Day?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
wm_plan_year_page_class_init_review (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "year.add-review-day", NULL, add_review_day_action);
  gtk_widget_class_install_action (widget_class, "year.remove-review-day", NULL, remove_review_day_action);
}
