/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-month-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "wm-plan-month-page-private.h"

/*
 * "Where pupils are now", plotted in section 1: a small table of the classes or groups
 * counted, how many pupils stand at each of the habit's five phases, and their mean phase;
 * a form beneath it adds a group, or counts one again (the same name replaces its counts).
 * The phases are named as the habit library names its levels, and each count's tooltip
 * says what the phase looks like for this habit.
 */

/* The library's name of phase @i (0 to 4): "Phase 1". */
static char *
phase_name (WmPlanMonthPage *self,
            guint            i)
{
  if (self->library != NULL && i < self->library->levels->len)
    return g_strdup (((WmLevelDef *) g_ptr_array_index (self->library->levels, i))->name);
  return g_strdup_printf (_("Phase %u"), i + 1);
}

/* What phase @i (0 to 4) of the shown habit looks like, or NULL. */
static const char *
phase_text (WmPlanMonthPage *self,
            guint            i)
{
  WmElementDef *element = wm_plan_month_page_find_habit (self);
  WmLevelDef *level;

  if (element == NULL || i >= self->library->levels->len)
    return NULL;
  level = g_ptr_array_index (self->library->levels, i);
  for (guint s = 0; s < element->strands->len; s++)
    {
      WmStrandDef *strand = g_ptr_array_index (element->strands, s);

      for (guint d = 0; d < strand->descriptors->len; d++)
        {
          WmDescriptorDef *descriptor = g_ptr_array_index (strand->descriptors, d);

          if (g_strcmp0 (descriptor->level, level->id) == 0)
            return descriptor->text;
        }
    }
  return level->summary;
}

static void
name_changed_cb (WmPlanMonthPage *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->group_name_row));
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_group_button), *stripped != '\0');
}

static void
add_group_cb (WmPlanMonthPage *self)
{
  g_autoptr(GError) error = NULL;
  guint counts[WM_PLAN_N_PHASES];

  if (self->store == NULL || self->year == NULL || self->month == NULL)
    return;
  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    counts[i] = (guint) gtk_spin_button_get_value_as_int (self->phase_spins[i]);
  if (!wm_plan_set_phase_counts (self->store, wm_plan_year_get_id (self->year), self->month,
                                 gtk_editable_get_text (GTK_EDITABLE (self->group_name_row)),
                                 counts, NULL, &error))
    {
      wm_plan_month_page_toast (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->group_name_row), "");
  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    gtk_spin_button_set_value (self->phase_spins[i], 0);
}

void
wm_plan_month_page_init_groups (WmPlanMonthPage *self)
{
  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *label = gtk_label_new (NULL);
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 999, 1);

      gtk_widget_add_css_class (label, "caption");
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), spin);
      gtk_widget_set_hexpand (box, TRUE);
      gtk_box_append (self->phase_box, box);
      self->phase_labels[i] = GTK_LABEL (label);
      self->phase_spins[i] = GTK_SPIN_BUTTON (spin);
    }
  g_signal_connect_object (self->group_name_row, "changed", G_CALLBACK (name_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->group_name_row, "entry-activated", G_CALLBACK (add_group_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->add_group_button, "clicked", G_CALLBACK (add_group_cb), self,
                           G_CONNECT_SWAPPED);
  name_changed_cb (self);
}

/* The form takes a group's counts, to count it again. */
static void
edit_group_cb (GtkButton       *button,
               WmPlanMonthPage *self)
{
  WmPlanGroup *group = g_object_get_data (G_OBJECT (button), "group");

  gtk_editable_set_text (GTK_EDITABLE (self->group_name_row), wm_plan_group_get_name (group));
  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    gtk_spin_button_set_value (self->phase_spins[i], wm_plan_group_get_count (group, i + 1));
  gtk_widget_grab_focus (GTK_WIDGET (self->phase_spins[0]));
}

static void
remove_group_cb (GtkButton       *button,
                 WmPlanMonthPage *self)
{
  g_autoptr(GError) error = NULL;
  WmPlanGroup *group = g_object_get_data (G_OBJECT (button), "group");

  if (self->store == NULL || self->year == NULL || self->month == NULL)
    return;
  if (!wm_plan_remove_phase_counts (self->store, wm_plan_year_get_id (self->year), self->month,
                                    wm_plan_group_get_name (group), &error))
    wm_plan_month_page_toast (self, error->message);
}

static GtkWidget *
cell (const char *text,
      const char *accessible_label,
      gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.5f);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  if (accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    accessible_label, -1);
  return label;
}

static GtkWidget *
group_button (WmPlanMonthPage *self,
              WmPlanGroup     *group,
              const char      *icon_name,
              const char      *label,
              GCallback        callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "group", g_object_ref (group), g_object_unref);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

static void
add_group_row (WmPlanMonthPage *self,
               WmPlanGroup     *group,
               int              row)
{
  const char *name = wm_plan_group_get_name (group);
  GtkWidget *name_label = gtk_label_new (name);
  double mean = wm_plan_group_get_mean (group);
  g_autofree char *mean_text = isnan (mean) ? g_strdup ("–") : g_strdup_printf ("%.1f", mean);
  g_autofree char *edit_label = NULL;
  g_autofree char *remove_label = NULL;

  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name_label), PANGO_ELLIPSIZE_END);
  gtk_grid_attach (self->groups_grid, name_label, 0, row, 1, 1);
  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    {
      guint count = wm_plan_group_get_count (group, i + 1);
      g_autofree char *text = g_strdup_printf ("%u", count);
      g_autofree char *phase = phase_name (self, i);
      /* Translators: a count in the table: "Year 3 Oak, Phase 2: 10 pupils" */
      g_autofree char *spoken = g_strdup_printf (g_dngettext (NULL, "%s, %s: %u pupil",
                                                              "%s, %s: %u pupils", count),
                                                 name, phase, count);

      gtk_grid_attach (self->groups_grid, cell (text, spoken, FALSE), (int) i + 1, row, 1, 1);
    }
  gtk_grid_attach (self->groups_grid, cell (mean_text, NULL, FALSE), WM_PLAN_N_PHASES + 1, row, 1, 1);
  /* Translators: %s is a class or group */
  edit_label = g_strdup_printf (_("Count %s Again"), name);
  gtk_grid_attach (self->groups_grid, group_button (self, group, "document-edit-symbolic", edit_label,
                                                    G_CALLBACK (edit_group_cb)),
                   WM_PLAN_N_PHASES + 2, row, 1, 1);
  /* Translators: %s is a class or group */
  remove_label = g_strdup_printf (_("Remove the Counts of %s"), name);
  gtk_grid_attach (self->groups_grid, group_button (self, group, "user-trash-symbolic", remove_label,
                                                    G_CALLBACK (remove_group_cb)),
                   WM_PLAN_N_PHASES + 3, row, 1, 1);
}

void
wm_plan_month_page_show_groups (WmPlanMonthPage *self)
{
  GListModel *groups = self->data != NULL ? wm_plan_month_get_groups (self->data) : NULL;
  guint n = groups != NULL ? g_list_model_get_n_items (groups) : 0;
  GtkWidget *child;

  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    {
      g_autofree char *name = phase_name (self, i);
      /* Translators: the count of a phase in the form: "Pupils at Phase 1" */
      g_autofree char *spoken = g_strdup_printf (_("Pupils at %s"), name);

      gtk_label_set_label (self->phase_labels[i], name);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->phase_labels[i]), phase_text (self, i));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->phase_spins[i]), phase_text (self, i));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->phase_spins[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_grid))) != NULL)
    gtk_grid_remove (self->groups_grid, child);
  gtk_widget_set_visible (GTK_WIDGET (self->groups_grid), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->groups_empty_label), n == 0);
  if (n == 0)
    return;

  gtk_grid_attach (self->groups_grid, cell (_("Class or Group"), NULL, TRUE), 0, 0, 1, 1);
  gtk_label_set_xalign (GTK_LABEL (gtk_grid_get_child_at (self->groups_grid, 0, 0)), 0);
  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    {
      g_autofree char *name = phase_name (self, i);
      GtkWidget *heading = cell (name, NULL, TRUE);

      gtk_widget_set_tooltip_text (heading, phase_text (self, i));
      gtk_grid_attach (self->groups_grid, heading, (int) i + 1, 0, 1, 1);
    }
  gtk_grid_attach (self->groups_grid, cell (_("Mean Phase"), NULL, TRUE), WM_PLAN_N_PHASES + 1, 0, 1, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmPlanGroup) group = g_list_model_get_item (groups, i);

      add_group_row (self, group, (int) i + 1);
    }
}
