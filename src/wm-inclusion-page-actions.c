/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-page-private.h"

/*
 * The Inclusion page's actions ("inclusion.*"), which its buttons and rows name: each opens a
 * form or asks a question (wm-inclusion-page-dialogs.c, -intervention.c, -erase.c), except
 * removing a need, which is one click and easily undone by adding it again.
 */

void
wm_inclusion_page_actions_update (WmInclusionPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_pupil = self->store != NULL && self->pupil_id > 0;

  gtk_widget_action_set_enabled (widget, "inclusion.new-cohort", self->store != NULL);
  gtk_widget_action_set_enabled (widget, "inclusion.add-pupil", self->store != NULL && self->cohort_id > 0);
  gtk_widget_action_set_enabled (widget, "inclusion.erase-pupil", has_pupil);
  gtk_widget_action_set_enabled (widget, "inclusion.add-intervention", has_pupil);
  gtk_widget_action_set_enabled (widget, "inclusion.edit-need", has_pupil);
  gtk_widget_action_set_enabled (widget, "inclusion.remove-need", has_pupil);
}

/* inclusion.new-cohort */
static void
new_cohort_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  WmInclusionPage *self = WM_INCLUSION_PAGE (widget);
  g_autofree char *grant = wm_inclusion_format_money (WM_INCLUSION_DEFAULT_GRANT_PENCE);
  char keep_until[11];
  guint year = g_date_get_year (&self->today);

  /* Two school years on: the end of August after the next one starts. */
  year += g_date_get_month (&self->today) >= G_DATE_SEPTEMBER ? 2 : 1;
  g_snprintf (keep_until, sizeof keep_until, "%04u-08-31", year);
  wm_inclusion_page_open_cohort_form (self, NULL, grant, keep_until, NULL);
}

/* inclusion.erase-cohort (x) */
static void
erase_cohort_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  wm_inclusion_page_confirm_erase_cohort (WM_INCLUSION_PAGE (widget), g_variant_get_int64 (parameter));
}

/* inclusion.add-pupil */
static void
add_pupil_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  wm_inclusion_page_open_pupil_form (WM_INCLUSION_PAGE (widget), NULL, NULL);
}

/* inclusion.erase-pupil */
static void
erase_pupil_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  wm_inclusion_page_confirm_erase_pupil (WM_INCLUSION_PAGE (widget));
}

/* inclusion.edit-need (s): adds the need in the pillar, or changes its note */
static void
edit_need_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  wm_inclusion_page_open_need_form (WM_INCLUSION_PAGE (widget), g_variant_get_string (parameter, NULL));
}

/* inclusion.remove-need (s) */
static void
remove_need_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  WmInclusionPage *self = WM_INCLUSION_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!wm_inclusion_remove_need (self->store, self->pupil_id, g_variant_get_string (parameter, NULL), &error))
    wm_inclusion_page_toast (self, error->message);
}

/* inclusion.add-intervention */
static void
add_intervention_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  wm_inclusion_page_open_intervention_form (WM_INCLUSION_PAGE (widget), 0, NULL, NULL);
}

/* inclusion.edit-intervention (x) */
static void
edit_intervention_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  wm_inclusion_page_edit_intervention (WM_INCLUSION_PAGE (widget), g_variant_get_int64 (parameter));
}

/* inclusion.remove-intervention (x): asks first */
static void
remove_intervention_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  wm_inclusion_page_confirm_remove_intervention (WM_INCLUSION_PAGE (widget),
                                                 g_variant_get_int64 (parameter));
}

void
wm_inclusion_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "inclusion.new-cohort", NULL, new_cohort_action);
  gtk_widget_class_install_action (widget_class, "inclusion.erase-cohort", "x", erase_cohort_action);
  gtk_widget_class_install_action (widget_class, "inclusion.add-pupil", NULL, add_pupil_action);
  gtk_widget_class_install_action (widget_class, "inclusion.erase-pupil", NULL, erase_pupil_action);
  gtk_widget_class_install_action (widget_class, "inclusion.edit-need", "s", edit_need_action);
  gtk_widget_class_install_action (widget_class, "inclusion.remove-need", "s", remove_need_action);
  gtk_widget_class_install_action (widget_class, "inclusion.add-intervention", NULL, add_intervention_action);
  gtk_widget_class_install_action (widget_class, "inclusion.edit-intervention", "x", edit_intervention_action);
  gtk_widget_class_install_action (widget_class, "inclusion.remove-intervention", "x",
                                   remove_intervention_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "inclusion.add-pupil", NULL);
}
