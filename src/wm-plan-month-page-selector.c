/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-month-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-month-page-private.h"

/*
 * Which month the page shows: a drop-down of the year's months, each named with its habit
 * or "(skipped)", between arrows to the month before and after. The page opens on the month
 * of today when it holds a session, else on the next one that does (or, outside the year, on
 * its first planned month).
 */

/* The month of today when it holds a session, else the next that does, else the first
 * planned month of the year, else the year's first month. */
const char *
wm_plan_month_page_default_month (WmPlanMonthPage *self,
                                  const GDate     *today)
{
  g_autofree char *now = g_strdup_printf ("%04u-%02u", g_date_get_year (today), g_date_get_month (today));
  const char *first = NULL;
  guint n = g_list_model_get_n_items (self->months);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmPlanMonth) month = g_list_model_get_item (self->months, i);
      const char *name = wm_plan_year_get_month (self->year, i);

      if (wm_plan_month_get_session (month) == NULL)
        continue;
      if (first == NULL)
        first = name;
      if (strcmp (name, now) >= 0 && wm_plan_year_has_date (self->year, today))
        return name;
    }
  return first != NULL ? first : wm_plan_year_get_month (self->year, 0);
}

static int
month_index (WmPlanMonthPage *self)
{
  for (guint i = 0; self->year != NULL && i < wm_plan_year_get_n_months (self->year); i++)
    if (g_strcmp0 (wm_plan_year_get_month (self->year, i), self->month) == 0)
      return (int) i;
  return -1;
}

/* The selector's names: "December 2026 · Absorption", "February 2027 (skipped)". */
void
wm_plan_month_page_update_selector (WmPlanMonthPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  guint n = g_list_model_get_n_items (self->months);
  gboolean same = n == g_list_model_get_n_items (G_LIST_MODEL (self->month_names));
  int index = month_index (self);
  gboolean loading = self->loading;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmPlanMonth) month = g_list_model_get_item (self->months, i);
      WmPlanSession *session = wm_plan_month_get_session (month);
      /* Translators: a month and its year (g_date_time_format) */
      g_autofree char *name = wm_plan_month_page_format_date (wm_plan_month_get_month (month), _("%OB %Y"));
      g_autofree char *label = NULL;

      if (wm_plan_month_is_skipped (month))
        /* Translators: "February 2027 (skipped)" */
        label = g_strdup_printf (_("%s (skipped)"), name);
      else if (session != NULL)
        /* Translators: "December 2026 · Absorption" */
        label = g_strdup_printf (_("%s · %s"), name, wm_plan_session_get_habit_title (session));
      else
        label = g_strdup (name);
      same = same && g_str_equal (label, gtk_string_list_get_string (self->month_names, i));
      g_strv_builder_add (builder, label);
    }

  self->loading = TRUE;
  if (!same)
    {
      names = g_strv_builder_end (builder);
      gtk_string_list_splice (self->month_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->month_names)),
                              (const char * const *) names);
    }
  if (index >= 0 && gtk_drop_down_get_selected (self->month_dropdown) != (guint) index)
    gtk_drop_down_set_selected (self->month_dropdown, (guint) index);
  self->loading = loading;
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_button), index > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button), index >= 0 && (guint) index + 1 < n);
}

static void
selected_cb (WmPlanMonthPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->month_dropdown);

  if (!self->loading && self->year != NULL && selected < wm_plan_year_get_n_months (self->year))
    wm_plan_month_page_set_month (self, wm_plan_year_get_month (self->year, selected));
}

static void
step_month (WmPlanMonthPage *self,
            int              step)
{
  int index = month_index (self) + step;

  if (self->year != NULL && index >= 0 && (guint) index < wm_plan_year_get_n_months (self->year))
    wm_plan_month_page_set_month (self, wm_plan_year_get_month (self->year, (guint) index));
}

static void
previous_cb (WmPlanMonthPage *self)
{
  step_month (self, -1);
}

static void
next_cb (WmPlanMonthPage *self)
{
  step_month (self, 1);
}

void
wm_plan_month_page_init_selector (WmPlanMonthPage *self)
{
  g_signal_connect_object (self->month_dropdown, "notify::selected", G_CALLBACK (selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->previous_button, "clicked", G_CALLBACK (previous_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->next_button, "clicked", G_CALLBACK (next_cb), self, G_CONNECT_SWAPPED);
}
