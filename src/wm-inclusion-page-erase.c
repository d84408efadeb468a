/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-page-private.h"

/*
 * Erasing a pupil or a cohort, and removing an intervention: each after a question that says
 * what goes. Erasing is for good in the school file, but the daily backups are whole copies of
 * it and keep what was erased until they rotate out, so the question says that too.
 */

#define BACKUPS_NOTE N_("The daily backups still hold it until they rotate out: 7 daily copies, " \
                        "then 4 weekly ones, about five weeks.")

static gint64
dialog_id (AdwMessageDialog *dialog)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "id"));
}

static AdwMessageDialog *
confirm_dialog (WmInclusionPage *self,
                const char      *heading,
                const char      *body,
                const char      *label,
                gint64           id,
                GCallback        callback)
{
  AdwMessageDialog *dialog = wm_inclusion_page_new_dialog (self, heading);

  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "confirm", label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "confirm", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (dialog, "response", callback, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

gboolean
wm_inclusion_page_erase_pupil_for_test (WmInclusionPage *self,
                                        gint64           pupil_id)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (WM_IS_INCLUSION_PAGE (self), FALSE);

  if (wm_inclusion_erase_pupil (self->store, pupil_id, &error))
    return TRUE;
  wm_inclusion_page_toast (self, error->message);
  return FALSE;
}

static void
erase_pupil_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         WmInclusionPage  *self)
{
  if (g_str_equal (response, "confirm") && self->store != NULL)
    wm_inclusion_page_erase_pupil_for_test (self, dialog_id (dialog));
}

void
wm_inclusion_page_confirm_erase_pupil (WmInclusionPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionPupil) pupil = wm_inclusion_get_pupil (self->store, self->pupil_id, &error);
  g_autofree char *heading = NULL;
  g_autofree char *needs = NULL;
  g_autofree char *interventions = NULL;
  g_autofree char *body = NULL;
  guint n_needs, n_interventions;

  if (pupil == NULL)
    {
      wm_inclusion_page_toast (self, error->message);
      return;
    }
  n_needs = wm_inclusion_pupil_get_n_needs (pupil);
  n_interventions = wm_inclusion_pupil_get_n_interventions (pupil);
  heading = g_strdup_printf (_("Erase Pupil %s?"), wm_inclusion_pupil_get_code (pupil));
  needs = g_strdup_printf (g_dngettext (NULL, "%u need", "%u needs", n_needs), n_needs);
  interventions = g_strdup_printf (g_dngettext (NULL, "%u intervention", "%u interventions", n_interventions),
                                   n_interventions);
  /* TRANSLATORS: the code, "2 needs", "3 interventions", then the note on backups */
  body = g_strdup_printf (_("The pupil %s, their %s and %s, with the notes, costs and outcomes, are erased "
                            "from this school file for good. %s"),
                          wm_inclusion_pupil_get_code (pupil), needs, interventions, _(BACKUPS_NOTE));
  confirm_dialog (self, heading, body, _("_Erase"), self->pupil_id, G_CALLBACK (erase_pupil_response_cb));
}

gboolean
wm_inclusion_page_erase_cohort_for_test (WmInclusionPage *self,
                                         gint64           cohort_id)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (WM_IS_INCLUSION_PAGE (self), FALSE);

  if (wm_inclusion_erase_cohort (self->store, cohort_id, &error))
    return TRUE;
  wm_inclusion_page_toast (self, error->message);
  return FALSE;
}

static void
erase_cohort_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          WmInclusionPage  *self)
{
  if (g_str_equal (response, "confirm") && self->store != NULL)
    wm_inclusion_page_erase_cohort_for_test (self, dialog_id (dialog));
}

void
wm_inclusion_page_confirm_erase_cohort (WmInclusionPage *self,
                                        gint64           cohort_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionCohort) cohort = wm_inclusion_get_cohort (self->store, cohort_id, &error);
  g_autofree char *heading = NULL;
  g_autofree char *pupils = NULL;
  g_autofree char *body = NULL;
  guint n_pupils;

  if (cohort == NULL)
    {
      wm_inclusion_page_toast (self, error->message);
      return;
    }
  n_pupils = wm_inclusion_cohort_get_n_pupils (cohort);
  heading = g_strdup_printf (_("Erase Cohort “%s”?"), wm_inclusion_cohort_get_name (cohort));
  pupils = g_strdup_printf (g_dngettext (NULL, "%u pupil", "%u pupils", n_pupils), n_pupils);
  /* TRANSLATORS: "18 pupils", then the note on backups */
  body = g_strdup_printf (_("The cohort and its budget, its %s and all their needs and interventions are "
                            "erased from this school file for good. %s"), pupils, _(BACKUPS_NOTE));
  confirm_dialog (self, heading, body, _("_Erase Cohort"), cohort_id, G_CALLBACK (erase_cohort_response_cb));
}

static void
remove_intervention_response_cb (AdwMessageDialog *dialog,
                                 const char       *response,
                                 WmInclusionPage  *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "confirm") && self->store != NULL &&
      !wm_inclusion_remove_intervention (self->store, dialog_id (dialog), &error))
    wm_inclusion_page_toast (self, error->message);
}

void
wm_inclusion_page_confirm_remove_intervention (WmInclusionPage *self,
                                               gint64           intervention_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmIntervention) intervention = wm_inclusion_get_intervention (self->store, intervention_id, &error);
  g_autofree char *body = NULL;

  if (intervention == NULL)
    {
      wm_inclusion_page_toast (self, error->message);
      return;
    }
  /* TRANSLATORS: what the intervention is, and the pupil's code */
  body = g_strdup_printf (_("“%s” for %s is removed from the plan, with its cost and outcome."),
                          wm_intervention_get_what (intervention), wm_intervention_get_pupil_code (intervention));
  confirm_dialog (self, _("Remove Intervention?"), body, _("_Remove"), intervention_id,
                  G_CALLBACK (remove_intervention_response_cb));
}
