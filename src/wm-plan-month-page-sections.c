/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-month-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-month-page-private.h"

/*
 * The four sections of the month's session, one row each: ticked done (on today's date) or
 * not, how long it takes, when it is due or was done, and its notes behind the row's arrow.
 * The rows are made once and kept, so that a reload never takes the focus from the notes
 * being typed.
 */

static void
section_toggled_cb (GtkCheckButton  *check,
                    WmPlanMonthPage *self)
{
  g_autoptr(GError) error = NULL;
  guint number = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "section"));
  gint64 year_id;
  gboolean done;

  if (self->loading || self->store == NULL || self->year == NULL || self->month == NULL)
    return;

  year_id = wm_plan_year_get_id (self->year);
  if (gtk_check_button_get_active (check))
    done = wm_plan_tick_section (self->store, year_id, self->month, number, NULL, NULL, &error);
  else
    done = wm_plan_untick_section (self->store, year_id, self->month, number, &error);
  if (!done)
    {
      /* The tick goes back to what the file says. */
      wm_plan_month_page_toast (self, error->message);
      wm_plan_month_page_show_sections (self);
    }
}

void
wm_plan_month_page_init_sections (WmPlanMonthPage *self)
{
  for (guint i = 0; i < WM_PLAN_N_SECTIONS; i++)
    {
      guint number = i + 1;
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *notes = adw_entry_row_new ();
      g_autofree char *check_label = NULL;
      g_autofree char *notes_title = NULL;
      g_autofree char *title = NULL;

      /* Translators: a section of a session: "1. How the habit develops" */
      title = g_strdup_printf (_("%u. %s"), number, wm_plan_section_title (number));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

      /* Translators: the tick box of a section: "Done: section 2, taking the habit into
       * classroom culture" */
      check_label = g_strdup_printf (_("Done: section %u, %s"), number,
                                     wm_plan_section_phrase (number));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      check_label, -1);
      gtk_widget_set_tooltip_text (check, _("Done"));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (check), "section", GUINT_TO_POINTER (number));
      g_signal_connect_object (check, "toggled", G_CALLBACK (section_toggled_cb), self, 0);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);

      /* Translators: the notes of a section, in its row: "Notes on section 3" */
      notes_title = g_strdup_printf (_("Notes on section %u"), number);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (notes), notes_title);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), notes);
      wm_plan_edit_init (&self->edits[i], &wm_plan_month_page_section_notes, GTK_WIDGET (self),
                         notes, number);

      adw_preferences_group_add (self->sections_group, row);
      self->section_rows[i] = ADW_EXPANDER_ROW (row);
      self->section_checks[i] = GTK_CHECK_BUTTON (check);
      self->section_notes[i] = ADW_ENTRY_ROW (notes);
    }
}

/* "About 20 minutes · due Monday 7 December", or "Done Thursday 3 December · about 20 minutes" */
static char *
section_subtitle (WmPlanSection *section)
{
  guint minutes = wm_plan_section_get_minutes (section);
  g_autofree char *length = NULL;
  g_autofree char *date = NULL;

  length = g_strdup_printf (g_dngettext (NULL, "about %u minute", "about %u minutes", minutes),
                            minutes);
  if (wm_plan_section_is_done (section))
    {
      /* Translators: a day (g_date_time_format) */
      date = wm_plan_month_page_format_date (wm_plan_section_get_done_on (section), _("%A %-d %B"));
      /* Translators: "Done Thursday 3 December · about 20 minutes" */
      return g_strdup_printf (_("Done %s · %s"), date, length);
    }
  /* Translators: a day (g_date_time_format) */
  date = wm_plan_month_page_format_date (wm_plan_section_get_due_on (section), _("%A %-d %B"));
  /* Translators: "Due Monday 7 December · about 20 minutes" */
  return g_strdup_printf (_("Due %s · %s"), date, length);
}

void
wm_plan_month_page_show_sections (WmPlanMonthPage *self)
{
  GListModel *sections = self->data != NULL ? wm_plan_month_get_sections (self->data) : NULL;
  WmPlanSession *session = self->data != NULL ? wm_plan_month_get_session (self->data) : NULL;
  g_autofree char *progress = session != NULL ? wm_plan_session_dup_progress (session) : NULL;
  gboolean loading = self->loading;

  adw_preferences_group_set_description (self->sections_group, progress);
  self->loading = TRUE;
  for (guint i = 0; i < WM_PLAN_N_SECTIONS; i++)
    {
      g_autoptr(WmPlanSection) section = NULL;
      g_autofree char *subtitle = NULL;

      if (sections != NULL && i < g_list_model_get_n_items (sections))
        section = g_list_model_get_item (sections, i);
      gtk_widget_set_visible (GTK_WIDGET (self->section_rows[i]), section != NULL);
      if (section == NULL)
        continue;

      subtitle = section_subtitle (section);
      adw_expander_row_set_subtitle (self->section_rows[i], subtitle);
      gtk_check_button_set_active (self->section_checks[i], wm_plan_section_is_done (section));
      wm_plan_edit_set_text (&self->edits[i], wm_plan_section_get_notes (section));
    }
  self->loading = loading;
}
