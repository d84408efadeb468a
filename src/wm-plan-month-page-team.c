/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-month-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-action.h"
#include "wm-plan-month-page-private.h"

/*
 * When the month's sessions happen, and what the Professional Learning Team says. A date or
 * a time is saved when the school presses Enter or leaves the field, and only once it is
 * whole: a date half typed is marked as an error (in words too, by a toast, when the school
 * leaves it), never saved. The team's words are saved as they are typed (-edits.c).
 */

typedef enum {
  WHEN_ONLINE_DATE,
  WHEN_TEAM_DATE,
  WHEN_TEAM_TIME,
} When;

static gboolean
is_time (const char *text)
{
  return strlen (text) == 5 && text[2] == ':' && g_ascii_isdigit (text[0]) &&
         g_ascii_isdigit (text[1]) && g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4]) &&
         (text[0] - '0') * 10 + (text[1] - '0') < 24 && text[3] < '6';
}

static gboolean
is_whole (When        when,
          const char *text)
{
  GDate date;

  return when == WHEN_TEAM_TIME ? is_time (text) : wm_action_parse_date (text, &date);
}

static const char *
stored_value (WmPlanMonthPage *self,
              When             when)
{
  WmPlanSession *session = self->data != NULL ? wm_plan_month_get_session (self->data) : NULL;

  if (session == NULL)
    return NULL;
  switch (when)
    {
    case WHEN_ONLINE_DATE: return wm_plan_session_get_online_on (session);
    case WHEN_TEAM_DATE:   return wm_plan_session_get_team_on (session);
    case WHEN_TEAM_TIME:   return wm_plan_session_get_team_starts_at (session);
    default:               g_assert_not_reached ();
    }
}

static void
when_changed_cb (GtkEditable     *row,
                 WmPlanMonthPage *self)
{
  When when = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "when"));
  const char *text = gtk_editable_get_text (row);

  if (*text == '\0' || is_whole (when, text))
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

/* Enter, or the focus leaving the field: the date or time is saved if it changed. */
static void
when_apply (WmPlanMonthPage *self,
            GtkEditable     *row)
{
  When when = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "when"));
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (row);
  const char *stored = stored_value (self, when);
  gint64 year_id;
  gboolean saved;

  if (self->store == NULL || self->year == NULL || stored == NULL || g_str_equal (text, stored))
    return;

  year_id = wm_plan_year_get_id (self->year);
  if (when == WHEN_ONLINE_DATE)
    saved = wm_plan_set_online_date (self->store, year_id, self->month, text, &error);
  else if (when == WHEN_TEAM_DATE)
    saved = wm_plan_set_team_time (self->store, year_id, self->month, text, NULL, 0, &error);
  else
    saved = wm_plan_set_team_time (self->store, year_id, self->month, NULL, text, 0, &error);
  if (!saved)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      wm_plan_month_page_toast (self, error->message);
    }
}

static void
when_activated_cb (GtkEditable     *row,
                   WmPlanMonthPage *self)
{
  when_apply (self, row);
}

static void
when_leave_cb (GtkEventController *focus,
               WmPlanMonthPage    *self)
{
  when_apply (self, GTK_EDITABLE (gtk_event_controller_get_widget (focus)));
}

static void
init_when (WmPlanMonthPage *self,
           AdwEntryRow     *row,
           When             when)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_object_set_data (G_OBJECT (row), "when", GUINT_TO_POINTER (when));
  g_signal_connect_object (row, "changed", G_CALLBACK (when_changed_cb), self, 0);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (when_activated_cb), self, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (when_leave_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
}

static void
minutes_changed_cb (GtkSpinButton   *spin,
                    WmPlanMonthPage *self)
{
  g_autoptr(GError) error = NULL;
  guint minutes = (guint) gtk_spin_button_get_value_as_int (spin);

  if (self->loading || self->store == NULL || self->year == NULL || self->month == NULL)
    return;
  if (!wm_plan_set_team_time (self->store, wm_plan_year_get_id (self->year), self->month, NULL,
                              NULL, minutes, &error))
    wm_plan_month_page_toast (self, error->message);
}

void
wm_plan_month_page_init_team (WmPlanMonthPage *self)
{
  GtkWidget *fields[WM_PLAN_N_TEAM_FIELDS] = {
    [WM_PLAN_TEAM_ATTENDEES] = GTK_WIDGET (self->attendees_row),
    [WM_PLAN_TEAM_ENQUIRY] = GTK_WIDGET (self->enquiry_row),
    [WM_PLAN_TEAM_NOTES] = GTK_WIDGET (self->team_notes_view),
    [WM_PLAN_TEAM_EXPERIMENTS] = GTK_WIDGET (self->experiments_view),
    [WM_PLAN_TEAM_INDICATORS] = GTK_WIDGET (self->indicators_view),
  };

  init_when (self, self->online_row, WHEN_ONLINE_DATE);
  init_when (self, self->team_date_row, WHEN_TEAM_DATE);
  init_when (self, self->team_time_row, WHEN_TEAM_TIME);
  g_signal_connect_object (self->team_minutes_spin, "value-changed", G_CALLBACK (minutes_changed_cb),
                           self, 0);
  for (guint i = 0; i < WM_PLAN_N_TEAM_FIELDS; i++)
    wm_plan_edit_init (&self->edits[WM_PLAN_N_SECTIONS + i], &wm_plan_month_page_team_field,
                       GTK_WIDGET (self), fields[i], i);
}

/* Saves the dates and time typed but not yet applied, when they are whole (the page goes). */
void
wm_plan_month_page_flush_team (WmPlanMonthPage *self)
{
  AdwEntryRow *rows[] = { self->online_row, self->team_date_row, self->team_time_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      When when = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (rows[i]), "when"));

      if (is_whole (when, gtk_editable_get_text (GTK_EDITABLE (rows[i]))))
        when_apply (self, GTK_EDITABLE (rows[i]));
    }
}

/* Shows the file's date or time, unless the field has the focus: then the school is typing. */
static void
show_when (WmPlanMonthPage *self,
           AdwEntryRow     *row,
           const char      *text)
{
  if (gtk_widget_has_focus (GTK_WIDGET (row)) ||
      gtk_widget_get_focus_child (GTK_WIDGET (row)) != NULL ||
      g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), text))
    return;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

void
wm_plan_month_page_show_team (WmPlanMonthPage *self)
{
  WmPlanSession *session = self->data != NULL ? wm_plan_month_get_session (self->data) : NULL;
  const char *texts[WM_PLAN_N_TEAM_FIELDS];
  g_autofree char *online = NULL;
  g_autofree char *team_day = NULL;
  g_autofree char *team = NULL;
  gboolean loading = self->loading;
  guint minutes;

  if (session == NULL)
    return;

  /* Translators: a day (g_date_time_format) */
  online = wm_plan_month_page_format_date (wm_plan_session_get_online_on (session), _("%A %-d %B"));
  adw_preferences_group_set_description (self->online_group, online);
  /* Translators: a day (g_date_time_format) */
  team_day = wm_plan_month_page_format_date (wm_plan_session_get_team_on (session), _("%A %-d %B"));
  minutes = wm_plan_session_get_team_minutes (session);
  /* Translators: "Tuesday 8 December at 15:45, for 75 minutes" */
  team = g_strdup_printf (g_dngettext (NULL, "%s at %s, for %u minute", "%s at %s, for %u minutes",
                                       minutes),
                          team_day, wm_plan_session_get_team_starts_at (session), minutes);
  adw_preferences_group_set_description (self->team_group, team);

  self->loading = TRUE;
  show_when (self, self->online_row, wm_plan_session_get_online_on (session));
  show_when (self, self->team_date_row, wm_plan_session_get_team_on (session));
  show_when (self, self->team_time_row, wm_plan_session_get_team_starts_at (session));
  if ((guint) gtk_spin_button_get_value_as_int (self->team_minutes_spin) != minutes)
    gtk_spin_button_set_value (self->team_minutes_spin, minutes);

  texts[WM_PLAN_TEAM_ATTENDEES] = wm_plan_session_get_attendees (session);
  texts[WM_PLAN_TEAM_ENQUIRY] = wm_plan_session_get_enquiry (session);
  texts[WM_PLAN_TEAM_NOTES] = wm_plan_session_get_team_notes (session);
  texts[WM_PLAN_TEAM_EXPERIMENTS] = wm_plan_session_get_experiments (session);
  texts[WM_PLAN_TEAM_INDICATORS] = wm_plan_session_get_indicators (session);
  for (guint i = 0; i < WM_PLAN_N_TEAM_FIELDS; i++)
    wm_plan_edit_set_text (&self->edits[WM_PLAN_N_SECTIONS + i], texts[i]);
  self->loading = loading;
}
