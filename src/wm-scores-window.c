/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-scores-window"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-scores-window.h"
#include "wm-scoring.h"
#include "wm-snapshot.h"

/*
 * How each element's score was reached, in words, by the framework's own rule
 * (docs/scoring.md): the sidebar shows the score, this says where it came from.
 */

struct _WmScoresWindow
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkLabel       *summary_label;
  GtkListBox     *elements_list;
};

G_DEFINE_FINAL_TYPE (WmScoresWindow, wm_scores_window, ADW_TYPE_WINDOW)

static void
wm_scores_window_class_init (WmScoresWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-scores-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WmScoresWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, WmScoresWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, WmScoresWindow, elements_list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wm_scores_window_init (WmScoresWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

WmScoresWindow *
wm_scores_window_new (GtkWindow    *parent,
                      WmStore      *store,
                      WmGridModel  *model,
                      GError      **error)
{
  g_autoptr(WmScores) scores = wm_scoring_compute (store, wm_grid_model_get_framework_id (model),
                                                   WM_SNAPSHOT_NOW, error);
  g_autofree char *summary = NULL;
  WmScoresWindow *self;

  if (scores == NULL)
    return NULL;

  self = g_object_new (WM_TYPE_SCORES_WINDOW, "transient-for", parent, NULL);
  adw_window_title_set_subtitle (self->window_title, wm_grid_model_get_title (model));

  if (scores->has_score)
    summary = g_strdup_printf (_("Overall %.2f of %.0f: %s"), scores->score, scores->max, scores->explanation);
  else
    summary = g_strdup (_("No score yet: nothing judged applies."));
  gtk_label_set_label (self->summary_label, summary);

  for (guint i = 0; i < scores->elements->len; i++)
    {
      const WmElementScore *element = g_ptr_array_index (scores->elements, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = element->has_score
        ? g_strdup_printf (_("%s: %.2f of %.0f"), element->title, element->score, element->max)
        : g_strdup_printf (_("%s: no score (not applicable)"), element->title);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), element->explanation);
      gtk_list_box_append (self->elements_list, row);
    }

  return self;
}
