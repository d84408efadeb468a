/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-month-page"

#include "config.h"

#include "wm-plan-month-page-private.h"

/*
 * The words typed on the month page (a section's notes, the team session's enquiry, notes,
 * experiments and indicators) are saved a moment after the school stops typing, when the
 * field loses the focus, and at the latest when the page goes: nothing typed is lost on
 * close. Each save is one write to the school file. While words wait to be saved, a reload
 * leaves them be, so a save of one field never undoes the typing in another.
 */

static char *
edit_dup_text (WmPlanEdit *edit)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (!GTK_IS_TEXT_VIEW (edit->widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (edit->widget)));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (edit->widget));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Saves the words now if they wait to be saved. */
void
wm_plan_edit_flush (WmPlanEdit *edit)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *month = NULL;
  g_autofree char *text = NULL;
  WmPlanMonthPage *page = edit->page;
  gboolean saved;

  g_clear_handle_id (&edit->timeout_id, g_source_remove);
  if (edit->month == NULL || page->store == NULL)
    return;

  /* No longer pending before the write, whose reload then shows what was saved. */
  month = g_steal_pointer (&edit->month);
  text = edit_dup_text (edit);
  if (edit->kind == WM_PLAN_EDIT_SECTION_NOTES)
    saved = wm_plan_set_section_notes (page->store, edit->year_id, month, edit->index, text,
                                       &error);
  else
    saved = wm_plan_set_team_field (page->store, edit->year_id, month,
                                    (WmPlanTeamField) edit->index, text, &error);
  if (!saved)
    wm_plan_month_page_toast (page, error->message);
}

static gboolean
edit_timeout_cb (gpointer data)
{
  WmPlanEdit *edit = data;

  edit->timeout_id = 0;
  wm_plan_edit_flush (edit);
  return G_SOURCE_REMOVE;
}

static void
edit_changed_cb (WmPlanEdit *edit)
{
  WmPlanMonthPage *page = edit->page;

  if (page->loading || page->year == NULL || page->month == NULL)
    return;

  if (edit->month == NULL)
    {
      edit->month = g_strdup (page->month);
      edit->year_id = wm_plan_year_get_id (page->year);
    }
  g_clear_handle_id (&edit->timeout_id, g_source_remove);
  edit->timeout_id = g_timeout_add (WM_PLAN_EDIT_PAUSE_MS, edit_timeout_cb, edit);
}

void
wm_plan_edit_init (WmPlanEdit      *edit,
                   WmPlanMonthPage *page,
                   GtkWidget       *widget,
                   WmPlanEditKind   kind,
                   guint            index)
{
  edit->page = page;
  edit->widget = widget;
  edit->kind = kind;
  edit->index = index;
  edit->source = GTK_IS_TEXT_VIEW (widget) ? G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)))
                                           : G_OBJECT (widget);
  g_signal_connect_swapped (edit->source, "changed", G_CALLBACK (edit_changed_cb), edit);

  /* Leaving the field saves it at once. */
  edit->focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (edit->focus, "leave", G_CALLBACK (wm_plan_edit_flush), edit);
  gtk_widget_add_controller (widget, edit->focus);
}

/* Saves what is pending, then lets go of the field (the page is going). */
void
wm_plan_edit_clear (WmPlanEdit *edit)
{
  if (edit->widget == NULL)
    return;
  wm_plan_edit_flush (edit);
  g_signal_handlers_disconnect_by_data (edit->source, edit);
  g_signal_handlers_disconnect_by_data (edit->focus, edit);
  edit->widget = NULL;
  edit->source = NULL;
  edit->focus = NULL;
}

/* Shows what the file says, unless the school's own words wait to be saved. */
void
wm_plan_edit_set_text (WmPlanEdit *edit,
                       const char *text)
{
  g_autofree char *shown = NULL;
  gboolean loading = edit->page->loading;

  if (edit->month != NULL)
    return;
  text = text != NULL ? text : "";
  shown = edit_dup_text (edit);
  if (g_str_equal (shown, text))
    return;

  edit->page->loading = TRUE;
  if (GTK_IS_TEXT_VIEW (edit->widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (edit->widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (edit->widget), text);
  edit->page->loading = loading;
}
