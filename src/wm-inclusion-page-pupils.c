/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-page-private.h"

/*
 * The Inclusion page's pupils: the list of the cohort's pupils by code, with their needs by
 * pillar, how many interventions they have and when the next review is; and the pane of the
 * pupil chosen, with a row for each pillar and one for each intervention. A review that is due
 * or overdue says so in words and with an icon, not by colour alone.
 */

typedef enum {
  REVIEW_NONE,
  REVIEW_PLANNED,
  REVIEW_DUE,
  REVIEW_OVERDUE,
} ReviewState;

static ReviewState
review_state (WmInclusionPage *self,
              const char      *review_on)
{
  char today[11];
  int cmp;

  if (review_on == NULL || *review_on == '\0')
    return REVIEW_NONE;
  g_snprintf (today, sizeof today, "%04u-%02u-%02u", g_date_get_year (&self->today),
              g_date_get_month (&self->today), g_date_get_day (&self->today));
  cmp = strcmp (review_on, today);
  return cmp < 0 ? REVIEW_OVERDUE : cmp == 0 ? REVIEW_DUE : REVIEW_PLANNED;
}

/* "Review overdue since 1 November 2026" and its icon and style, or the plain next review. */
static char *
review_text (WmInclusionPage *self,
             const char      *review_on,
             GtkWidget       *styled,
             GtkWidget      **icon)
{
  g_autofree char *date = wm_inclusion_page_format_date (review_on);
  ReviewState state = review_state (self, review_on);

  *icon = NULL;
  if (state == REVIEW_OVERDUE || state == REVIEW_DUE)
    {
      *icon = gtk_image_new_from_icon_name ("alarm-symbolic");
      gtk_widget_set_valign (*icon, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (*icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      state == REVIEW_OVERDUE ? _("Review overdue") : _("Review due"), -1);
      gtk_widget_add_css_class (styled, state == REVIEW_OVERDUE ? "error" : "warning");
    }
  switch (state)
    {
    case REVIEW_OVERDUE:
      return g_strdup_printf (_("Review overdue since %s"), date);
    case REVIEW_DUE:
      return g_strdup (_("Review due today"));
    case REVIEW_PLANNED:
      return g_strdup_printf (_("Next review %s"), date);
    case REVIEW_NONE:
    default:
      return g_strdup (_("No review planned"));
    }
}

/* The pillar's id as a short tag, "SEND", "Behaviour"; its title is the tooltip. */
static char *
pillar_tag (const char *pillar_id)
{
  if (strlen (pillar_id) <= 4)
    return g_ascii_strup (pillar_id, -1);
  return g_strdup_printf ("%c%s", g_ascii_toupper (*pillar_id), pillar_id + 1);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
create_pupil_row (WmInclusionPage  *self,
                  WmInclusionPupil *pupil,
                  const char       *next_review)
{
  const char * const *needs = wm_inclusion_pupil_get_need_pillars (pupil);
  guint n_interventions = wm_inclusion_pupil_get_n_interventions (pupil);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *tags = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *review_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *code = label_new (wm_inclusion_pupil_get_code (pupil), "heading");
  GtkWidget *icon = NULL;
  g_autofree char *count = g_strdup_printf (g_dngettext (NULL, "%u intervention", "%u interventions",
                                                         n_interventions), n_interventions);
  g_autofree char *review = review_text (self, next_review, review_box, &icon);
  g_autoptr(GString) spoken = g_string_new (wm_inclusion_pupil_get_code (pupil));

  gtk_widget_set_hexpand (code, TRUE);
  gtk_box_append (GTK_BOX (top), code);
  gtk_box_append (GTK_BOX (top), label_new (count, "dim-label"));
  gtk_box_append (GTK_BOX (box), top);

  g_string_append (spoken, ": ");
  if (needs[0] == NULL)
    {
      gtk_box_append (GTK_BOX (tags), label_new (_("No needs noted"), "dim-label"));
      g_string_append (spoken, _("no needs noted"));
    }
  for (guint i = 0; needs[i] != NULL; i++)
    {
      g_autofree char *tag = pillar_tag (needs[i]);
      const char *title = wm_inclusion_page_pillar_title (self, needs[i]);
      GtkWidget *label = label_new (tag, "accent");

      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_set_tooltip_text (label, title);
      gtk_box_append (GTK_BOX (tags), label);
      /* TRANSLATORS: the list of a pupil's needs, read aloud: "needs in Improving behaviour, …" */
      g_string_append_printf (spoken, i == 0 ? _("needs in %s") : ", %s", title);
    }
  gtk_widget_add_css_class (tags, "caption");
  gtk_box_append (GTK_BOX (box), tags);

  if (icon != NULL)
    gtk_box_append (GTK_BOX (review_box), icon);
  gtk_box_append (GTK_BOX (review_box), label_new (review, "caption"));
  if (icon == NULL)
    gtk_widget_add_css_class (review_box, "dim-label");
  gtk_box_append (GTK_BOX (box), review_box);
  g_string_append_printf (spoken, "; %s; %s", count, review);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken->str, -1);
  g_object_set_data (G_OBJECT (row), "pupil-id",
                     GSIZE_TO_POINTER ((gsize) wm_inclusion_pupil_get_id (pupil)));
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* Each pupil's next review: the earliest review date of an intervention with no outcome yet. */
static GHashTable *
next_reviews (WmInclusionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interventions = wm_inclusion_list_interventions (self->store, self->cohort_id, 0, &error);
  GHashTable *reviews = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  if (interventions == NULL)
    wm_inclusion_page_toast (self, error->message);
  for (guint i = 0; interventions != NULL && i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(WmIntervention) intervention = g_list_model_get_item (interventions, i);
      gpointer key = GSIZE_TO_POINTER ((gsize) wm_intervention_get_pupil_id (intervention));
      const char *review_on = wm_intervention_get_review_on (intervention);
      const char *earliest = g_hash_table_lookup (reviews, key);

      if (review_on != NULL && *review_on != '\0' && *wm_intervention_get_outcome (intervention) == '\0' &&
          (earliest == NULL || strcmp (review_on, earliest) < 0))
        g_hash_table_insert (reviews, key, g_strdup (review_on));
    }
  return reviews;
}

void
wm_inclusion_page_reload_pupils (WmInclusionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pupils = NULL;
  g_autoptr(GHashTable) reviews = NULL;
  GtkListBoxRow *selected = NULL;

  self->loading = TRUE;
  clear_list (self->pupils_list);
  if (self->store != NULL && self->cohort_id > 0)
    {
      if (!(pupils = wm_inclusion_list_pupils (self->store, self->cohort_id, &error)))
        wm_inclusion_page_toast (self, error->message);
      reviews = next_reviews (self);
    }

  for (guint i = 0; pupils != NULL && i < g_list_model_get_n_items (pupils); i++)
    {
      g_autoptr(WmInclusionPupil) pupil = g_list_model_get_item (pupils, i);
      gint64 id = wm_inclusion_pupil_get_id (pupil);
      GtkWidget *row = create_pupil_row (self, pupil, g_hash_table_lookup (reviews, GSIZE_TO_POINTER ((gsize) id)));

      gtk_list_box_append (self->pupils_list, row);
      if (id == self->pupil_id)
        selected = GTK_LIST_BOX_ROW (row);
    }
  if (selected == NULL)
    self->pupil_id = 0;
  gtk_list_box_select_row (self->pupils_list, selected);
  self->loading = FALSE;
  wm_inclusion_page_reload_detail (self);
}

/* A flat icon button on a row, which a screen reader names by @spoken. */
static void
add_row_button (GtkWidget  *row,
                const char *icon_name,
                const char *tooltip,
                const char *spoken,
                const char *action_name,
                GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static GtkWidget *
create_need_row (WmInclusionPage  *self,
                 WmInclusionPupil *pupil,
                 guint             index)
{
  const char *pillar_id = self->pillar_ids[index];
  const char *title = self->pillar_titles[index];
  const char *note = wm_inclusion_pupil_get_need_note (pupil, pillar_id);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *edit = g_strdup_printf (_("Edit the note on the need in %s"), title);
  g_autofree char *remove = g_strdup_printf (_("Remove the need in %s"), title);
  g_autofree char *add = g_strdup_printf (_("Add a need in %s"), title);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (note == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("No need noted"));
      add_row_button (row, "list-add-symbolic", _("Add Need"), add, "inclusion.edit-need",
                      g_variant_new_string (pillar_id));
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), *note != '\0' ? note : _("A need, with no note"));
      add_row_button (row, "document-edit-symbolic", _("Edit Note"), edit, "inclusion.edit-need",
                      g_variant_new_string (pillar_id));
      add_row_button (row, "list-remove-symbolic", _("Remove Need"), remove, "inclusion.remove-need",
                      g_variant_new_string (pillar_id));
    }
  return row;
}

static GtkWidget *
create_intervention_row (WmInclusionPage *self,
                         WmIntervention  *intervention)
{
  const char *what = wm_intervention_get_what (intervention);
  const char *who = wm_intervention_get_who (intervention);
  const char *pillar_id = wm_intervention_get_pillar_id (intervention);
  const char *provider = wm_intervention_get_provider_name (intervention);
  const char *starts_on = wm_intervention_get_starts_on (intervention);
  const char *outcome = wm_intervention_get_outcome (intervention);
  gint64 id = wm_intervention_get_id (intervention);
  g_autofree char *cost = wm_inclusion_format_money (wm_intervention_get_cost_pence (intervention));
  g_autofree char *spent = wm_inclusion_format_money (wm_intervention_get_spent_pence (intervention));
  g_autofree char *edit = g_strdup_printf (_("Edit “%s”"), what);
  g_autofree char *remove = g_strdup_printf (_("Remove “%s”"), what);
  g_autofree char *review = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = NULL;

  /* An outcome is the review done: no review is due after it. */
  if (*outcome == '\0')
    review = review_text (self, wm_intervention_get_review_on (intervention), row, &icon);
  if (icon != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (wm_intervention_is_external (intervention) && *provider != '\0')
    g_string_append_printf (subtitle, _("External: %s"), provider);
  else if (wm_intervention_is_external (intervention))
    g_string_append (subtitle, _("External provider"));
  else
    g_string_append (subtitle, _("Internal"));
  if (who != NULL && *who != '\0')
    g_string_append_printf (subtitle, " · %s", who);
  if (pillar_id != NULL && *pillar_id != '\0')
    g_string_append_printf (subtitle, " · %s", wm_inclusion_page_pillar_title (self, pillar_id));
  g_string_append_c (subtitle, '\n');
  if (starts_on != NULL && *starts_on != '\0')
    {
      g_autofree char *date = wm_inclusion_page_format_date (starts_on);

      g_string_append_printf (subtitle, _("Starts %s · "), date);
    }
  g_string_append (subtitle, review != NULL ? review : _("Reviewed"));
  g_string_append_c (subtitle, '\n');
  /* TRANSLATORS: an intervention's cost and what has been spent on it so far */
  g_string_append_printf (subtitle, _("Cost %s · spent %s"), cost, spent);
  if (*outcome != '\0')
    g_string_append_printf (subtitle, _("\nOutcome: %s"), outcome);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), what);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  add_row_button (row, "document-edit-symbolic", _("Edit Intervention"), edit, "inclusion.edit-intervention",
                  g_variant_new_int64 (id));
  add_row_button (row, "user-trash-symbolic", _("Remove Intervention"), remove,
                  "inclusion.remove-intervention", g_variant_new_int64 (id));
  return row;
}

static void
show_pupil (WmInclusionPage  *self,
            WmInclusionPupil *pupil)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autofree char *added_on = g_strndup (wm_inclusion_pupil_get_added_at (pupil), 10);
  g_autofree char *added = wm_inclusion_page_format_date (added_on);
  g_autofree char *subtitle = NULL;
  GtkWidget *placeholder;

  gtk_label_set_label (self->pupil_title, wm_inclusion_pupil_get_code (pupil));
  /* TRANSLATORS: the cohort's name and the day the pupil was added */
  subtitle = g_strdup_printf (_("In cohort “%s” since %s"), wm_inclusion_pupil_get_cohort_name (pupil), added);
  gtk_label_set_label (self->pupil_subtitle, subtitle);

  clear_list (self->needs_list);
  for (guint i = 0; self->pillar_ids != NULL && self->pillar_ids[i] != NULL; i++)
    gtk_list_box_append (self->needs_list, create_need_row (self, pupil, i));

  clear_list (self->interventions_list);
  if (!(interventions = wm_inclusion_list_interventions (self->store, 0, self->pupil_id, &error)))
    wm_inclusion_page_toast (self, error->message);
  for (guint i = 0; interventions != NULL && i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(WmIntervention) intervention = g_list_model_get_item (interventions, i);

      gtk_list_box_append (self->interventions_list, create_intervention_row (self, intervention));
    }
  placeholder = label_new (_("No interventions planned yet"), "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_halign (placeholder, GTK_ALIGN_CENTER);
  gtk_list_box_set_placeholder (self->interventions_list, placeholder);
}

void
wm_inclusion_page_reload_detail (WmInclusionPage *self)
{
  g_autoptr(WmInclusionPupil) pupil = NULL;

  if (self->store != NULL && self->pupil_id > 0)
    pupil = wm_inclusion_get_pupil (self->store, self->pupil_id, NULL);
  if (pupil == NULL)
    self->pupil_id = 0;
  else
    show_pupil (self, pupil);
  gtk_stack_set_visible_child_name (self->detail_stack, pupil != NULL ? "pupil" : "none");
  wm_inclusion_page_actions_update (self);
}

/* Shows the pupil @pupil_id in the pane, or none. */
void
wm_inclusion_page_select_pupil (WmInclusionPage *self,
                                gint64           pupil_id)
{
  GtkListBoxRow *row;

  g_return_if_fail (WM_IS_INCLUSION_PAGE (self));

  self->pupil_id = 0;
  self->loading = TRUE;
  gtk_list_box_unselect_all (self->pupils_list);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->pupils_list, i)) != NULL; i++)
    if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "pupil-id")) == pupil_id)
      {
        self->pupil_id = pupil_id;
        gtk_list_box_select_row (self->pupils_list, row);
      }
  self->loading = FALSE;
  wm_inclusion_page_reload_detail (self);
}

static void
pupil_selected_cb (WmInclusionPage *self,
                   GtkListBoxRow   *row)
{
  if (self->loading)
    return;
  self->pupil_id = row != NULL ? (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "pupil-id")) : 0;
  wm_inclusion_page_reload_detail (self);
}

void
wm_inclusion_page_pupils_init (WmInclusionPage *self)
{
  GtkWidget *placeholder = label_new (_("No pupils in this cohort yet"), "dim-label");

  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_halign (placeholder, GTK_ALIGN_CENTER);
  gtk_list_box_set_placeholder (self->pupils_list, placeholder);
  g_signal_connect_object (self->pupils_list, "row-selected", G_CALLBACK (pupil_selected_cb), self,
                           G_CONNECT_SWAPPED);
}
