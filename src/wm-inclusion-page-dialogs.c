/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-page-private.h"

/*
 * The Inclusion page's forms: a new cohort, a pupil, a need's note, and the parts the
 * intervention form shares with them. A refusal from the school file goes to the planner's
 * toast; a form that was refused opens again with what was typed and the reason above it,
 * since an AdwMessageDialog closes on any response.
 */

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

AdwMessageDialog *
wm_inclusion_page_new_dialog (WmInclusionPage *self,
                              const char      *heading)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, NULL);

  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  return ADW_MESSAGE_DIALOG (dialog);
}

/* A form's box, with @problem (nullable) at its top and a boxed list for the fields, which
 * scrolls past a height if @scrolls. */
GtkWidget *
wm_inclusion_page_form_box (const char  *problem,
                            gboolean     scrolls,
                            GtkWidget  **list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  if (problem != NULL)
    {
      GtkWidget *label = gtk_label_new (problem);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "error");
      gtk_box_append (GTK_BOX (box), label);
    }
  *list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (*list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (*list, "boxed-list");
  if (scrolls)
    {
      GtkWidget *scrolled = gtk_scrolled_window_new ();

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), *list);
      gtk_box_append (GTK_BOX (box), scrolled);
    }
  else
    gtk_box_append (GTK_BOX (box), *list);
  return box;
}

GtkEditable *
wm_inclusion_page_add_entry (GtkWidget  *list,
                             const char *title,
                             const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return GTK_EDITABLE (row);
}

GtkWidget *
wm_inclusion_page_add_hint (GtkWidget  *box,
                            const char *text)
{
  GtkWidget *hint = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_box_append (GTK_BOX (box), hint);
  return hint;
}

static GtkEditable *
dialog_entry (AdwMessageDialog *dialog,
              const char       *key)
{
  return g_object_get_data (G_OBJECT (dialog), key);
}

/* New cohort */

static void
cohort_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    WmInclusionPage  *self)
{
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (dialog_entry (dialog, "name"));
  const char *grant = gtk_editable_get_text (dialog_entry (dialog, "grant"));
  g_autofree char *retain_until = g_strstrip (g_strdup (gtk_editable_get_text (dialog_entry (dialog, "retain"))));
  gint64 pence, id;

  if (!g_str_equal (response, "add") || self->store == NULL)
    return;
  if (!wm_inclusion_parse_money (grant, &pence))
    g_set_error (&error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                 _("“%s” is not an amount: write the grant in pounds, such as 5000 or £5,000.00"), grant);
  else if ((id = wm_inclusion_add_cohort (self->store, name, pence, retain_until, &error)) > 0)
    {
      wm_inclusion_page_select_cohort (self, id);
      return;
    }
  wm_inclusion_page_toast (self, error->message);
  wm_inclusion_page_open_cohort_form (self, name, grant, retain_until, error->message);
}

void
wm_inclusion_page_open_cohort_form (WmInclusionPage *self,
                                    const char      *name,
                                    const char      *grant,
                                    const char      *retain_until,
                                    const char      *problem)
{
  AdwMessageDialog *dialog = wm_inclusion_page_new_dialog (self, _("New Cohort"));
  GtkWidget *list;
  GtkWidget *box = wm_inclusion_page_form_box (problem, FALSE, &list);
  GtkEditable *name_entry;

  adw_message_dialog_set_body (dialog, _("The pupils the action plan is for this year, and the grant "
                                         "that pays for their interventions."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("The cohort"), -1);
  name_entry = wm_inclusion_page_add_entry (list, _("_Name"), name);
  g_object_set_data (G_OBJECT (dialog), "name", name_entry);
  g_object_set_data (G_OBJECT (dialog), "grant", wm_inclusion_page_add_entry (list, _("_Grant (£)"), grant));
  g_object_set_data (G_OBJECT (dialog), "retain",
                     wm_inclusion_page_add_entry (list, _("_Keep until (YYYY-MM-DD)"), retain_until));
  wm_inclusion_page_add_hint (box, _("After the keep-until date, Waymark offers to erase the cohort and "
                                     "everything about its pupils. Leave it empty to keep it until you "
                                     "erase it."));
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (cohort_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (name_entry));
}

/* A pupil */

static gboolean
is_initials (const char *text)
{
  gsize length = strlen (text);

  for (const char *c = text; *c != '\0'; c++)
    if (!g_ascii_isalpha (*c))
      return FALSE;
  return length >= 1 && length <= 3;
}

/* The code @text gives: the next code for initials ("AB" → "AB01"), or @text as a code. */
static char *
code_for (WmInclusionPage  *self,
          const char       *text,
          GError          **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (is_initials (clean))
    return wm_inclusion_suggest_code (self->store, self->cohort_id, clean, error);
  if (!wm_inclusion_check_code (clean, error))
    return NULL;
  return g_ascii_strup (clean, -1);
}

/* The save path of the pupil form. Returns: the new pupil's id, or 0 with @error set */
static gint64
save_pupil (WmInclusionPage  *self,
            const char       *text,
            GError          **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *code = NULL;
  gint64 id;

  /* Anything but initials goes to the core as a code, which refuses a name whatever this page does. */
  if (!is_initials (clean))
    code = g_steal_pointer (&clean);
  else if (!(code = wm_inclusion_suggest_code (self->store, self->cohort_id, clean, error)))
    return 0;
  if ((id = wm_inclusion_add_pupil (self->store, self->cohort_id, code, error)) > 0)
    self->pupil_id = id;   /* shown once the page reloads */
  return id;
}

gint64
wm_inclusion_page_add_pupil_for_test (WmInclusionPage *self,
                                      const char      *initials)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_return_val_if_fail (WM_IS_INCLUSION_PAGE (self), 0);

  if ((id = save_pupil (self, initials, &error)) == 0)
    wm_inclusion_page_toast (self, error->message);
  return id;
}

static void
pupil_changed_cb (AdwMessageDialog *dialog,
                  GtkEditable      *entry)
{
  WmInclusionPage *self = g_object_get_data (G_OBJECT (dialog), "page");
  GtkLabel *code_label = g_object_get_data (G_OBJECT (dialog), "code");
  const char *text = gtk_editable_get_text (entry);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = is_blank (text) ? NULL : code_for (self, text, &error);
  g_autofree char *shown = NULL;

  if (code != NULL)
    shown = g_strdup_printf (_("The pupil's code: %s"), code);
  gtk_label_set_label (code_label, code != NULL ? shown : error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (code_label), code != NULL || error != NULL);
  /* GTK 4.8 has no live regions: the entry's description carries the code to a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gtk_label_get_label (code_label), -1);
  if (code != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (code_label), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (code_label), "error");
  adw_message_dialog_set_response_enabled (dialog, "add", code != NULL);
}

static void
pupil_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   WmInclusionPage  *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (dialog_entry (dialog, "initials"));

  if (!g_str_equal (response, "add") || self->store == NULL)
    return;
  if (save_pupil (self, text, &error) == 0)
    {
      wm_inclusion_page_toast (self, error->message);
      wm_inclusion_page_open_pupil_form (self, text, error->message);
    }
}

void
wm_inclusion_page_open_pupil_form (WmInclusionPage *self,
                                   const char      *initials,
                                   const char      *problem)
{
  AdwMessageDialog *dialog = wm_inclusion_page_new_dialog (self, _("Add Pupil"));
  GtkWidget *list;
  GtkWidget *box = wm_inclusion_page_form_box (problem, FALSE, &list);
  GtkWidget *code_label = gtk_label_new (NULL);
  GtkEditable *entry;

  adw_message_dialog_set_body (dialog, _("Waymark keeps a code, never a pupil's name."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("The pupil"), -1);
  entry = wm_inclusion_page_add_entry (list, _("_Initials"), initials);
  g_object_set_data (G_OBJECT (dialog), "initials", entry);

  gtk_label_set_xalign (GTK_LABEL (code_label), 0);
  gtk_label_set_wrap (GTK_LABEL (code_label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (code_label), TRUE);
  gtk_widget_add_css_class (code_label, "heading");
  gtk_box_append (GTK_BOX (box), code_label);
  g_object_set_data (G_OBJECT (dialog), "code", code_label);
  g_object_set_data (G_OBJECT (dialog), "page", self);
  wm_inclusion_page_add_hint (box, _("One to three letters, such as AB, give the next code: AB01, then "
                                     "AB02. A code of your own, such as Y5-12, is kept as it is."));
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (entry, "changed", G_CALLBACK (pupil_changed_cb), dialog, G_CONNECT_SWAPPED);
  pupil_changed_cb (dialog, entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (pupil_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (entry));
}

/* A need's note */

static void
need_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  WmInclusionPage  *self)
{
  g_autoptr(GError) error = NULL;
  const char *pillar_id = g_object_get_data (G_OBJECT (dialog), "pillar-id");
  gint64 pupil_id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "pupil-id"));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (dialog_entry (dialog, "note"))));

  if (g_str_equal (response, "save") && self->store != NULL &&
      !wm_inclusion_set_need (self->store, pupil_id, pillar_id, note, &error))
    wm_inclusion_page_toast (self, error->message);
}

void
wm_inclusion_page_open_need_form (WmInclusionPage *self,
                                  const char      *pillar_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionPupil) pupil = wm_inclusion_get_pupil (self->store, self->pupil_id, &error);
  const char *note;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *box;
  GtkEditable *entry;

  if (pupil == NULL)
    {
      wm_inclusion_page_toast (self, error->message);
      return;
    }
  note = wm_inclusion_pupil_get_need_note (pupil, pillar_id);
  dialog = wm_inclusion_page_new_dialog (self, NULL);
  /* TRANSLATORS: a pupil's code and a pillar: "AB01: Improving behaviour" */
  adw_message_dialog_format_heading (dialog, _("%s: %s"), wm_inclusion_pupil_get_code (pupil),
                                     wm_inclusion_page_pillar_title (self, pillar_id));
  adw_message_dialog_set_body (dialog, _("A short note on what the pupil needs, for the people who plan "
                                         "their support. Keep it to what the plan needs."));
  box = wm_inclusion_page_form_box (NULL, FALSE, &list);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("The need"), -1);
  entry = wm_inclusion_page_add_entry (list, _("_Note"), note);
  g_object_set_data (G_OBJECT (dialog), "note", entry);
  g_object_set_data_full (G_OBJECT (dialog), "pillar-id", g_strdup (pillar_id), g_free);
  g_object_set_data (G_OBJECT (dialog), "pupil-id", GSIZE_TO_POINTER ((gsize) self->pupil_id));
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "save", note != NULL ? _("_Save") : _("_Add Need"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (need_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (entry));
}
