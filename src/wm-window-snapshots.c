/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-window-snapshots"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-compare-window.h"
#include "wm-judgements.h"
#include "wm-plan-window.h"
#include "wm-scores-window.h"
#include "wm-snapshots.h"
#include "wm-window-private.h"

/*
 * Where the school stands, from the window: Take Snapshot freezes the shown
 * framework under a name and a date ("Baseline, September 2026"); What Moved
 * compares any two snapshots, or one with now; Scores says how each score was
 * reached; Action Plan lists every action by due date or owner.
 */

typedef struct {
  WmWindow  *window;
  GtkEntry  *name;
  GtkEntry  *date;
} SnapshotForm;

static void
snapshot_form_free (SnapshotForm *form)
{
  g_clear_object (&form->window);
  g_free (form);
}

static void
take_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  SnapshotForm     *form)
{
  WmWindow *self = form->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *author = wm_judgements_default_author ();
  g_autofree char *message = NULL;
  WmGridModel *model = wm_grid_view_get_model (self->grid_view);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (form->name));
  const char *date = gtk_editable_get_text (GTK_EDITABLE (form->date));

  if (!g_str_equal (response, "take") || model == NULL)
    return;

  if (wm_snapshots_create (self->store, wm_grid_model_get_framework_id (model), name,
                           *date ? date : NULL, author, &error) == 0)
    {
      wm_window_show_toast (self, error->message);
      return;
    }

  message = g_strdup_printf (_("Snapshot “%s” taken"), name);
  wm_window_show_toast (self, message);
}

static void
take_snapshot_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  WmGridModel *model = wm_grid_view_get_model (self->grid_view);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *body = NULL;
  SnapshotForm *form;
  GtkWidget *dialog;
  GtkWidget *box;

  if (model == NULL)
    return;

  body = g_strdup_printf (_("Every judgement of “%s” is kept as it stands, under a name and a "
                            "date, to compare with later. A snapshot cannot be changed."),
                          wm_grid_model_get_title (model));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Take a Snapshot"), body);

  form = g_new0 (SnapshotForm, 1);
  form->window = g_object_ref (self);
  form->name = GTK_ENTRY (gtk_entry_new ());
  form->date = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (form->name, _("Name, such as “Autumn review”"));
  gtk_entry_set_activates_default (form->name, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (form->date), today);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->name), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Snapshot name"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->date), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Date it stands for, YYYY-MM-DD"), -1);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->name));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->date));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "take", _("_Take Snapshot"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "take", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "take");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (take_response_cb), form,
                         (GClosureNotify) (void (*) (void)) snapshot_form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  WmGridModel *model = wm_grid_view_get_model (self->grid_view);
  g_autoptr(GError) error = NULL;
  WmCompareWindow *compare;

  if (model == NULL)
    return;

  compare = wm_compare_window_new (GTK_WINDOW (self), self->store, model, &error);
  if (compare == NULL)
    {
      wm_window_show_toast (self, error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (compare));
}

static void
scores_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);
  WmGridModel *model = wm_grid_view_get_model (self->grid_view);
  g_autoptr(GError) error = NULL;
  WmScoresWindow *scores;

  if (model == NULL)
    return;

  if (!(scores = wm_scores_window_new (GTK_WINDOW (self), self->store, model, &error)))
    wm_window_show_toast (self, error->message);
  else
    gtk_window_present (GTK_WINDOW (scores));
}

static void
plan_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmWindow *self = WM_WINDOW (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (wm_plan_window_new (GTK_WINDOW (self), self->store)));
}

void
wm_window_snapshots_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.scores", NULL, scores_action);
  gtk_widget_class_install_action (widget_class, "win.plan", NULL, plan_action);
  gtk_widget_class_install_action (widget_class, "win.take-snapshot", NULL, take_snapshot_action);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_action);
}
