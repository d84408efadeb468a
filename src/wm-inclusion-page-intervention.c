/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-page-private.h"

/*
 * The form that plans an intervention for the pupil shown, or changes one: what, who, the
 * pillar it serves, an internal or external provider, its dates, its cost and what has been
 * spent, and the outcome at review. Amounts are typed in pounds as people write them.
 */

typedef struct {
  GtkEditable *what;
  GtkEditable *who;
  AdwComboRow *pillar;
  GtkSwitch   *external;
  GtkEditable *provider_name;
  GtkEditable *starts_on;
  GtkEditable *review_on;
  GtkEditable *cost;
  GtkEditable *spent;
  GtkEditable *outcome;
} Form;

static void
read_draft (WmInclusionPage     *self,
            const Form          *form,
            WmInterventionDraft *draft)
{
  guint pillar = adw_combo_row_get_selected (form->pillar);

  *draft = (WmInterventionDraft) {
    /* The first choice is "No pillar"; then the pillars in order. */
    .pillar_id = pillar > 0 && pillar != GTK_INVALID_LIST_POSITION ? self->pillar_ids[pillar - 1] : NULL,
    .what = gtk_editable_get_text (form->what),
    .who = gtk_editable_get_text (form->who),
    .external = gtk_switch_get_active (form->external),
    .provider_name = gtk_editable_get_text (form->provider_name),
    .starts_on = gtk_editable_get_text (form->starts_on),
    .review_on = gtk_editable_get_text (form->review_on),
    .cost = gtk_editable_get_text (form->cost),
    .spent = gtk_editable_get_text (form->spent),
    .outcome = gtk_editable_get_text (form->outcome),
  };
}

static gboolean
parse_amount (const char  *text,
              const char  *what,
              gint64      *pence,
              GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*clean == '\0')
    {
      *pence = 0;
      return TRUE;
    }
  if (wm_inclusion_parse_money (clean, pence))
    return TRUE;
  /* TRANSLATORS: the amount as typed, and which amount it is: "the cost" */
  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
               _("“%s” is not an amount: write %s in pounds, such as 250 or £1,250.00"), clean, what);
  return FALSE;
}

/* The save path of the form: adds an intervention for the pupil shown, or changes @intervention_id. */
static gboolean
save_intervention (WmInclusionPage            *self,
                   gint64                      intervention_id,
                   const WmInterventionDraft  *draft,
                   GError                    **error)
{
  g_autofree char *starts_on = g_strstrip (g_strdup (draft->starts_on));
  g_autofree char *review_on = g_strdup (draft->review_on);
  WmInterventionSpec spec = {
    .pillar_id = draft->pillar_id,
    .what = draft->what,
    .who = draft->who,
    .external = draft->external,
    .provider_name = draft->external ? draft->provider_name : "",
    .starts_on = starts_on,
    .review_on = g_strstrip (review_on),
    .outcome = draft->outcome,
  };

  if (!parse_amount (draft->cost, _("the cost"), &spec.cost_pence, error) ||
      !parse_amount (draft->spent, _("what has been spent"), &spec.spent_pence, error))
    return FALSE;
  if (intervention_id > 0)
    return wm_inclusion_update_intervention (self->store, intervention_id, &spec, error);
  return wm_inclusion_add_intervention (self->store, self->pupil_id, &spec, error) > 0;
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             WmInclusionPage  *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "intervention-id"));
  const Form *form = g_object_get_data (G_OBJECT (dialog), "form");
  WmInterventionDraft draft;

  if (!g_str_equal (response, "save") || self->store == NULL)
    return;
  read_draft (self, form, &draft);
  if (!save_intervention (self, id, &draft, &error))
    {
      wm_inclusion_page_toast (self, error->message);
      wm_inclusion_page_open_intervention_form (self, id, &draft, error->message);
    }
}

static void
what_changed_cb (AdwMessageDialog *dialog,
                 GtkEditable      *what)
{
  const char *text = gtk_editable_get_text (what);

  while (g_ascii_isspace (*text))
    text++;
  adw_message_dialog_set_response_enabled (dialog, "save", *text != '\0');
}

static GtkWidget *
pillar_row_new (WmInclusionPage *self,
                const char      *pillar_id)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (choices, _("No pillar"));
  for (guint i = 0; self->pillar_ids != NULL && self->pillar_ids[i] != NULL; i++)
    {
      gtk_string_list_append (choices, self->pillar_titles[i]);
      if (g_strcmp0 (pillar_id, self->pillar_ids[i]) == 0)
        selected = i + 1;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Pillar"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  return row;
}

static GtkSwitch *
external_row_new (GtkWidget *list,
                  gboolean   active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_External provider"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Off: the school's own staff run it"));
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Through an external provider"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return GTK_SWITCH (toggle);
}

/**
 * wm_inclusion_page_open_intervention_form:
 * @intervention_id: the intervention to change, or 0 for a new one for the pupil shown
 * @draft: (nullable): what the form holds; %NULL: empty
 * @problem: (nullable): why the last try was refused
 */
void
wm_inclusion_page_open_intervention_form (WmInclusionPage           *self,
                                          gint64                     intervention_id,
                                          const WmInterventionDraft *draft,
                                          const char                *problem)
{
  static const WmInterventionDraft empty = { NULL };
  AdwMessageDialog *dialog;
  GtkWidget *list, *box, *pillar;
  Form *form = g_new0 (Form, 1);

  if (draft == NULL)
    draft = &empty;
  dialog = wm_inclusion_page_new_dialog (self, intervention_id > 0 ? _("Edit Intervention")
                                                                   : _("Add Intervention"));
  /* The form is taller than a small screen: it scrolls, the buttons stay. */
  box = wm_inclusion_page_form_box (problem, TRUE, &list);
  /* A message dialog is narrow unless its content asks for more: the pillars' titles are long. */
  gtk_widget_set_size_request (box, 460, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("The intervention"), -1);
  form->what = wm_inclusion_page_add_entry (list, _("_What"), draft->what);
  form->who = wm_inclusion_page_add_entry (list, _("W_ho runs it (a role, such as TA)"), draft->who);
  pillar = pillar_row_new (self, draft->pillar_id);
  form->pillar = ADW_COMBO_ROW (pillar);
  gtk_list_box_append (GTK_LIST_BOX (list), pillar);
  form->external = external_row_new (list, draft->external);
  form->provider_name = wm_inclusion_page_add_entry (list, _("Provider's _name"), draft->provider_name);
  g_object_bind_property (form->external, "active", form->provider_name, "sensitive", G_BINDING_SYNC_CREATE);
  form->starts_on = wm_inclusion_page_add_entry (list, _("_Starts (YYYY-MM-DD)"), draft->starts_on);
  form->review_on = wm_inclusion_page_add_entry (list, _("_Review (YYYY-MM-DD)"), draft->review_on);
  form->cost = wm_inclusion_page_add_entry (list, _("_Cost (£)"), draft->cost);
  form->spent = wm_inclusion_page_add_entry (list, _("S_pent so far (£)"), draft->spent);
  form->outcome = wm_inclusion_page_add_entry (list, _("_Outcome at review"), draft->outcome);

  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "save", intervention_id > 0 ? _("_Save") : _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "form", form, g_free);
  g_object_set_data (G_OBJECT (dialog), "intervention-id", GSIZE_TO_POINTER ((gsize) intervention_id));
  g_signal_connect_object (form->what, "changed", G_CALLBACK (what_changed_cb), dialog, G_CONNECT_SWAPPED);
  what_changed_cb (dialog, form->what);
  g_signal_connect_object (dialog, "response", G_CALLBACK (response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->what));
}

/* Opens the form on the intervention @intervention_id as it is now. */
void
wm_inclusion_page_edit_intervention (WmInclusionPage *self,
                                     gint64           intervention_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmIntervention) intervention = wm_inclusion_get_intervention (self->store, intervention_id, &error);
  g_autofree char *cost = NULL;
  g_autofree char *spent = NULL;
  WmInterventionSpec spec;
  WmInterventionDraft draft;

  if (intervention == NULL)
    {
      wm_inclusion_page_toast (self, error->message);
      return;
    }
  wm_intervention_get_spec (intervention, &spec);
  cost = wm_inclusion_format_money (spec.cost_pence);
  spent = wm_inclusion_format_money (spec.spent_pence);
  draft = (WmInterventionDraft) {
    .pillar_id = spec.pillar_id, .what = spec.what, .who = spec.who, .external = spec.external,
    .provider_name = spec.provider_name, .starts_on = spec.starts_on, .review_on = spec.review_on,
    .cost = cost, .spent = spent, .outcome = spec.outcome,
  };
  wm_inclusion_page_open_intervention_form (self, intervention_id, &draft, NULL);
}
