/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-accessible.h"
#include "wm-inclusion-page-private.h"
#include "wm-plan.h"

/*
 * The Inclusion page of the planner: a cohort of the most vulnerable pupils, its budget against
 * the grant, the figures the case study reports, and the pupils, each known only by a code.
 * It follows the school file's "changed::inclusion", a moment later, so a change made from the
 * command line or another window shows too. The pupils and the pane of the pupil chosen are in
 * wm-inclusion-page-pupils.c; the actions in -actions.c; the forms in -dialogs.c and
 * -intervention.c; the questions before erasing in -erase.c.
 */

G_DEFINE_FINAL_TYPE (WmInclusionPage, wm_inclusion_page, GTK_TYPE_WIDGET)

/* Errors go to the planner window, which shows them as toasts. */
void
wm_inclusion_page_toast (WmInclusionPage *self,
                         const char      *message)
{
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "planner.toast", "s", message))
    g_warning ("No planner.toast action to show: %s", message);
}

/* @date (YYYY-MM-DD) as people read it, "3 March 2027"; @date itself if it is not a date. */
char *
wm_inclusion_page_format_date (const char *date)
{
  g_autoptr(GDateTime) time = NULL;
  char *text = NULL;
  int year, month, day;

  if (date != NULL && sscanf (date, "%4d-%2d-%2d", &year, &month, &day) == 3 &&
      (time = g_date_time_new_utc (year, month, day, 0, 0, 0)) != NULL)
    /* TRANSLATORS: a day (g_date_time_format) */
    text = g_date_time_format (time, _("%-d %B %Y"));
  return text != NULL ? text : g_strdup (date != NULL ? date : "");
}

const char *
wm_inclusion_page_pillar_title (WmInclusionPage *self,
                                const char      *pillar_id)
{
  for (guint i = 0; self->pillar_ids != NULL && self->pillar_ids[i] != NULL; i++)
    if (g_strcmp0 (self->pillar_ids[i], pillar_id) == 0)
      return self->pillar_titles[i];
  return pillar_id;
}

/* Sets a figure and what a screen reader says for it: "Grant: £5,000.00". */
static void
set_figure (GtkLabel   *label,
            const char *what,
            const char *amount)
{
  g_autofree char *spoken = g_strdup_printf ("%s: %s", what, amount);

  gtk_label_set_label (label, amount);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static void
show_budget (WmInclusionPage         *self,
             const WmInclusionBudget *budget)
{
  g_autofree char *grant = wm_inclusion_format_money (budget->grant_pence);
  g_autofree char *committed = wm_inclusion_format_money (budget->committed_pence);
  g_autofree char *spent = wm_inclusion_format_money (budget->spent_pence);
  g_autofree char *remaining = wm_inclusion_format_money (ABS (budget->remaining_pence));
  g_autofree char *over = NULL;
  g_autofree char *bar_text = NULL;
  g_autoptr(GString) warning = g_string_new (NULL);
  double share;

  set_figure (self->grant_label, _("Grant"), grant);
  set_figure (self->committed_label, _("Committed"), committed);
  set_figure (self->spent_label, _("Spent"), spent);
  if (budget->remaining_pence < 0)
    {
      /* TRANSLATORS: what is committed beyond the grant: "£250.00 over" */
      over = g_strdup_printf (_("%s over"), remaining);
      set_figure (self->remaining_label, _("Remaining"), over);
      gtk_widget_add_css_class (GTK_WIDGET (self->remaining_label), "error");
    }
  else
    {
      set_figure (self->remaining_label, _("Remaining"), remaining);
      gtk_widget_remove_css_class (GTK_WIDGET (self->remaining_label), "error");
    }

  share = budget->grant_pence > 0 ? (double) budget->committed_pence / (double) budget->grant_pence
                                  : budget->committed_pence > 0 ? 1.0 : 0.0;
  gtk_level_bar_set_value (self->budget_bar, CLAMP (share, 0.0, 1.0));
  /* TRANSLATORS: the level bar, read aloud: "£1,250.00 of £5,000.00 committed" */
  bar_text = g_strdup_printf (_("%s of %s committed"), committed, grant);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->budget_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, bar_text, -1);

  if (budget->over_committed)
    g_string_append_printf (warning, _("Over budget: %s more is committed than the grant."), remaining);
  if (budget->over_spent)
    {
      g_autofree char *overspent = wm_inclusion_format_money (budget->spent_pence - budget->grant_pence);

      if (warning->len > 0)
        g_string_append_c (warning, '\n');
      g_string_append_printf (warning, _("Over budget: %s more has been spent than the grant."), overspent);
    }
  gtk_label_set_label (self->over_label, warning->str);
  gtk_widget_set_visible (self->over_box, warning->len > 0);
}

/* "18 pupils, 41 interventions, 23% through external providers, 3 reviews due" */
static void
show_summary (WmInclusionPage          *self,
              const WmInclusionSummary *summary)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (NULL, "%u pupil", "%u pupils", summary->n_pupils),
                          summary->n_pupils);
  g_string_append (text, ", ");
  if (summary->n_interventions == 0)
    g_string_append (text, _("no interventions yet"));
  else
    {
      g_string_append_printf (text, g_dngettext (NULL, "%u intervention", "%u interventions",
                                                 summary->n_interventions), summary->n_interventions);
      g_string_append (text, ", ");
      /* TRANSLATORS: the share of interventions through external providers: "23%" */
      g_string_append_printf (text, _("%.0f%% through external providers"), summary->external_percent);
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (NULL, "%u review due", "%u reviews due",
                                                 summary->n_reviews_due), summary->n_reviews_due);
      if (summary->n_reviews_overdue > 0)
        /* TRANSLATORS: after "3 reviews due": how many of them are overdue */
        g_string_append_printf (text, _(" (%u overdue)"), summary->n_reviews_overdue);
    }
  gtk_label_set_label (self->summary_label, text->str);
}

/* The warning for a cohort whose keep-until date has passed: the one shown, or else the first. */
static void
show_retention (WmInclusionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) past = wm_inclusion_cohorts_past_retention (self->store, &self->today, &error);
  g_autoptr(WmInclusionCohort) offered = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (past == NULL)
    wm_inclusion_page_toast (self, error->message);
  for (guint i = 0; past != NULL && i < g_list_model_get_n_items (past); i++)
    {
      g_autoptr(WmInclusionCohort) cohort = g_list_model_get_item (past, i);

      if (offered == NULL || wm_inclusion_cohort_get_id (cohort) == self->cohort_id)
        g_set_object (&offered, cohort);
    }
  gtk_widget_set_visible (self->retention_box, offered != NULL);
  if (offered == NULL)
    return;

  date = wm_inclusion_page_format_date (wm_inclusion_cohort_get_retain_until (offered));
  if (wm_inclusion_cohort_get_id (offered) == self->cohort_id)
    text = g_strdup_printf (_("This cohort's keep-until date, %s, has passed: erase it?"), date);
  else
    text = g_strdup_printf (_("The keep-until date of cohort “%s”, %s, has passed: erase it?"),
                            wm_inclusion_cohort_get_name (offered), date);
  gtk_label_set_label (self->retention_label, text);
  /* The target first: the action takes one, so the button has no action until it has a target. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->retention_button),
                                          g_variant_new_int64 (wm_inclusion_cohort_get_id (offered)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->retention_button), "inclusion.erase-cohort");
}

static void
show_cohort (WmInclusionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionSummary) summary = NULL;
  g_autoptr(WmInclusionCohort) cohort = NULL;
  g_autofree char *details = NULL;

  if (self->cohort_id > 0 && (cohort = wm_inclusion_get_cohort (self->store, self->cohort_id, &error)) &&
      (summary = wm_inclusion_summary_new (self->store, self->cohort_id, &self->today, &error)))
    {
      const char *retain_until = wm_inclusion_cohort_get_retain_until (cohort);

      if (retain_until != NULL && *retain_until != '\0')
        {
          g_autofree char *date = wm_inclusion_page_format_date (retain_until);

          details = g_strdup_printf (_("Kept until %s"), date);
        }
      else
        details = g_strdup (_("No keep-until date"));
      show_budget (self, &summary->budget);
      show_summary (self, summary);
    }
  else if (error != NULL)
    wm_inclusion_page_toast (self, error->message);

  gtk_label_set_label (self->cohort_label, details != NULL ? details : "");
  wm_inclusion_page_reload_pupils (self);
}

/* Everything, from the school file; the cohort and the pupil shown stay shown if they still are. */
static void
reload (WmInclusionPage *self)
{
  g_autoptr(GError) error = NULL;
  guint n, selected = GTK_INVALID_LIST_POSITION;

  g_clear_object (&self->cohorts);
  g_clear_pointer (&self->pillar_ids, g_strfreev);
  g_clear_pointer (&self->pillar_titles, g_strfreev);
  if (!wm_plan_get_today (&self->today, &error))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      /* A WAYMARK_TODAY that is not a date: say so, and go by the real one. */
      wm_inclusion_page_toast (self, error->message);
      g_clear_error (&error);
      g_date_set_dmy (&self->today, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
    }
  if (self->store != NULL)
    {
      if (!(self->pillar_ids = wm_inclusion_list_pillars (self->store, &self->pillar_titles, &error)) ||
          !(self->cohorts = wm_inclusion_list_cohorts (self->store, &error)))
        wm_inclusion_page_toast (self, error->message);
    }
  if (self->cohorts == NULL)
    self->cohorts = G_LIST_MODEL (g_list_store_new (WM_TYPE_INCLUSION_COHORT));

  /* The cohort shown stays; else the newest one. */
  n = g_list_model_get_n_items (self->cohorts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmInclusionCohort) cohort = g_list_model_get_item (self->cohorts, i);

      if (wm_inclusion_cohort_get_id (cohort) == self->cohort_id)
        selected = i;
    }
  if (selected == GTK_INVALID_LIST_POSITION && n > 0)
    {
      g_autoptr(WmInclusionCohort) newest = g_list_model_get_item (self->cohorts, n - 1);

      selected = n - 1;
      self->cohort_id = wm_inclusion_cohort_get_id (newest);
      self->pupil_id = 0;
    }
  else if (n == 0)
    self->cohort_id = self->pupil_id = 0;

  self->loading = TRUE;
  gtk_drop_down_set_model (self->cohort_dropdown, self->cohorts);
  gtk_drop_down_set_selected (self->cohort_dropdown, selected);
  self->loading = FALSE;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "cohort" : "empty");
  if (self->store != NULL)
    show_retention (self);
  else
    gtk_widget_set_visible (self->retention_box, FALSE);
  show_cohort (self);
  wm_inclusion_page_actions_update (self);
}

static gboolean
reload_cb (gpointer data)
{
  WmInclusionPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* One reload for a burst of changes (an erasure, an import). */
static void
inclusion_changed_cb (WmInclusionPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_cb, self, NULL);
}

static void
cohort_selected_cb (WmInclusionPage *self)
{
  WmInclusionCohort *cohort = gtk_drop_down_get_selected_item (self->cohort_dropdown);
  gint64 id = cohort != NULL ? wm_inclusion_cohort_get_id (cohort) : 0;

  if (self->loading || id == self->cohort_id)
    return;
  wm_inclusion_page_select_cohort (self, id);
}

void
wm_inclusion_page_set_store (WmInclusionPage *self,
                             WmStore         *store)
{
  g_return_if_fail (WM_IS_INCLUSION_PAGE (self));
  g_return_if_fail (store == NULL || WM_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  self->cohort_id = self->pupil_id = 0;
  if (store != NULL)
    g_signal_connect_object (store, "changed::inclusion", G_CALLBACK (inclusion_changed_cb), self,
                             G_CONNECT_SWAPPED);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload (self);
}

gint64
wm_inclusion_page_get_cohort_id (WmInclusionPage *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_PAGE (self), 0);

  return self->cohort_id;
}

/* Shows the cohort @cohort_id, or the newest one if there is no such cohort. */
void
wm_inclusion_page_select_cohort (WmInclusionPage *self,
                                 gint64           cohort_id)
{
  g_return_if_fail (WM_IS_INCLUSION_PAGE (self));

  if (cohort_id != self->cohort_id)
    self->pupil_id = 0;
  self->cohort_id = cohort_id;
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload (self);
}

gint64
wm_inclusion_page_get_pupil_id (WmInclusionPage *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_PAGE (self), 0);

  return self->pupil_id;
}

static void
wm_inclusion_page_dispose (GObject *object)
{
  WmInclusionPage *self = WM_INCLUSION_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->cohorts);
  /* Disposing the lists removes their rows, which would change the selection. */
  g_signal_handlers_disconnect_by_data (self->pupils_list, self);
  g_signal_handlers_disconnect_by_data (self->cohort_dropdown, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_INCLUSION_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (wm_inclusion_page_parent_class)->dispose (object);
}

static void
wm_inclusion_page_finalize (GObject *object)
{
  WmInclusionPage *self = WM_INCLUSION_PAGE (object);

  g_strfreev (self->pillar_ids);
  g_strfreev (self->pillar_titles);
  G_OBJECT_CLASS (wm_inclusion_page_parent_class)->finalize (object);
}

static void
wm_inclusion_page_class_init (WmInclusionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_inclusion_page_dispose;
  object_class->finalize = wm_inclusion_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-inclusion-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, retention_box);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, retention_label);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, retention_button);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, cohort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, cohort_label);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, stack);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, grant_label);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, committed_label);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, spent_label);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, remaining_label);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, budget_bar);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, over_box);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, over_label);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, pupils_list);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, pupil_title);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, pupil_subtitle);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, needs_list);
  gtk_widget_class_bind_template_child (widget_class, WmInclusionPage, interventions_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  wm_inclusion_page_class_init_actions (widget_class);
}

static void
wm_inclusion_page_init (WmInclusionPage *self)
{
  g_date_clear (&self->today, 1);
  gtk_widget_init_template (GTK_WIDGET (self));
  wm_accessible_name_drop_down (self->cohort_dropdown);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  /* The grant is the bar's whole length: no "low" offset painting a part-used grant as a warning. */
  gtk_level_bar_remove_offset_value (self->budget_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->budget_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->budget_bar, GTK_LEVEL_BAR_OFFSET_FULL);

  gtk_drop_down_set_expression (self->cohort_dropdown,
                                gtk_property_expression_new (WM_TYPE_INCLUSION_COHORT, NULL, "name"));
  g_signal_connect_object (self->cohort_dropdown, "notify::selected", G_CALLBACK (cohort_selected_cb), self,
                           G_CONNECT_SWAPPED);
  wm_inclusion_page_pupils_init (self);
  reload (self);
}
