/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-edit"

#include "config.h"

#include "wm-plan-edit.h"

/*
 * The words typed on the planner's pages (a section's notes, the team session's enquiry,
 * notes, experiments and indicators, the Review and Renew day's three parts) are saved a
 * moment after the school stops typing, when the field loses the focus, and at the latest
 * when the page goes: nothing typed is lost on close. Each save is one write to the school
 * file, to where the words belonged when the typing began. While words wait to be saved, a
 * reload leaves them be, so a save of one field never undoes the typing in another.
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

/* Saves the words now if they wait to be saved; what the core refuses goes to a toast. */
void
wm_plan_edit_flush (WmPlanEdit *edit)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean saved;

  g_clear_handle_id (&edit->timeout_id, g_source_remove);
  if (!edit->pending || edit->widget == NULL)
    return;

  /* No longer pending before the write, whose reload then shows what was saved. */
  edit->pending = FALSE;
  text = edit_dup_text (edit);
  saved = edit->funcs->save (edit, text, &error);
  g_clear_pointer (&edit->month, g_free);
  if (!saved &&
      !gtk_widget_activate_action (edit->owner, "planner.toast", "s", error->message))
    g_warning ("No planner.toast action to show: %s", error->message);
}

/* Forgets the words typed: what they belonged to is going. */
void
wm_plan_edit_discard (WmPlanEdit *edit)
{
  g_clear_handle_id (&edit->timeout_id, g_source_remove);
  g_clear_pointer (&edit->month, g_free);
  edit->pending = FALSE;
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
  if (edit->setting)
    return;

  if (!edit->pending)
    {
      g_clear_pointer (&edit->month, g_free);
      edit->year_id = 0;
      if (!edit->funcs->begin (edit))
        return;
      edit->pending = TRUE;
    }
  g_clear_handle_id (&edit->timeout_id, g_source_remove);
  edit->timeout_id = g_timeout_add (WM_PLAN_EDIT_PAUSE_MS, edit_timeout_cb, edit);
}

/* @edit follows @widget for @owner, which outlives neither: wm_plan_edit_clear() in the
 * owner's dispose lets go of it. */
void
wm_plan_edit_init (WmPlanEdit            *edit,
                   const WmPlanEditFuncs *funcs,
                   GtkWidget             *owner,
                   GtkWidget             *widget,
                   guint                  index)
{
  edit->funcs = funcs;
  edit->owner = owner;
  edit->widget = widget;
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
  wm_plan_edit_discard (edit);
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

  if (edit->pending || edit->widget == NULL)
    return;
  text = text != NULL ? text : "";
  shown = edit_dup_text (edit);
  if (g_str_equal (shown, text))
    return;

  edit->setting = TRUE;
  if (GTK_IS_TEXT_VIEW (edit->widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (edit->widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (edit->widget), text);
  edit->setting = FALSE;
}
