/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-detail-pane"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-accessible.h"
#include "wm-action-section.h"
#include "wm-catalog.h"
#include "wm-change.h"
#include "wm-detail-pane.h"
#include "wm-evidence-section.h"
#include "wm-judgements.h"

/*
 * The selected descriptor, whole: its text and named texts, its rating, its
 * note (saved as it is typed, a moment after the last key) and the history of
 * its judgement. Every write goes through the store; the pane follows the
 * store's change signal like the grid does.
 */

#define NOTE_SAVE_DELAY_MS 1000

struct _WmDetailPane
{
  GtkWidget      parent_instance;

  WmStore       *store;
  WmGridModel   *model;
  WmDescriptor  *descriptor;
  GPtrArray     *rating_ids;     /* the dropdown's entries */
  char          *author;
  guint          note_timeout;
  guint          rating_idle;
  gboolean       loading;        /* filling the widgets: no writes */

  GtkStack      *stack;
  GtkLabel      *title_label;
  GtkLabel      *text_label;
  GtkBox        *fields_box;
  GtkDropDown   *rating_dropdown;
  GtkTextView   *note_view;
  WmEvidenceSection *evidence_section;
  WmActionSection   *action_section;
  GtkListBox    *history_list;
};

G_DEFINE_FINAL_TYPE (WmDetailPane, wm_detail_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DESCRIPTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (WmDetailPane *self,
            const char   *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_warning ("%s", message);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static char *
note_text (WmDetailPane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
write_judgement (WmDetailPane *self,
                 const char   *rating_id,
                 const char   *note)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->descriptor == NULL)
    return;

  if (!wm_judgements_rate (self->store, wm_descriptor_get_framework_id (self->descriptor),
                           wm_descriptor_get_id (self->descriptor), rating_id, note,
                           self->author, &error))
    show_error (self, error->message);
}

/* Writes the note now if it differs from the stored one. */
void
wm_detail_pane_save_note (WmDetailPane *self)
{
  g_autofree char *note = NULL;

  g_return_if_fail (WM_IS_DETAIL_PANE (self));

  g_clear_handle_id (&self->note_timeout, g_source_remove);
  if (self->descriptor == NULL)
    return;

  note = note_text (self);
  if (!g_str_equal (note, wm_descriptor_get_note (self->descriptor)))
    write_judgement (self, wm_descriptor_get_rating_id (self->descriptor), note);
}

static gboolean
note_timeout_cb (gpointer data)
{
  WmDetailPane *self = data;

  self->note_timeout = 0;
  wm_detail_pane_save_note (self);
  return G_SOURCE_REMOVE;
}

static void
note_changed_cb (WmDetailPane  *self,
                 GtkTextBuffer *buffer)
{
  if (self->loading)
    return;

  /* One change in the history for a burst of typing, not one per key. */
  g_clear_handle_id (&self->note_timeout, g_source_remove);
  self->note_timeout = g_timeout_add (NOTE_SAVE_DELAY_MS, note_timeout_cb, self);
}

static void
note_focus_leave_cb (WmDetailPane *self)
{
  wm_detail_pane_save_note (self);
}

/* Writes the rating the dropdown shows, if it is not the stored one. Run from an
 * idle callback: writing from inside the dropdown's own notification would
 * reset it while it is still changing. */
static gboolean
apply_rating_cb (gpointer data)
{
  WmDetailPane *self = data;
  guint selected = gtk_drop_down_get_selected (self->rating_dropdown);
  g_autofree char *note = NULL;

  self->rating_idle = 0;
  if (self->descriptor == NULL || selected >= self->rating_ids->len ||
      g_str_equal (g_ptr_array_index (self->rating_ids, selected),
                   wm_descriptor_get_rating_id (self->descriptor)))
    return G_SOURCE_REMOVE;

  /* The note as typed goes with the rating: "not applicable" needs its reason. */
  note = note_text (self);
  g_clear_handle_id (&self->note_timeout, g_source_remove);
  write_judgement (self, g_ptr_array_index (self->rating_ids, selected), note);
  return G_SOURCE_REMOVE;
}

static void
rating_selected_cb (WmDetailPane *self,
                    GParamSpec   *pspec,
                    GtkDropDown  *dropdown)
{
  if (!self->loading && self->rating_idle == 0)
    self->rating_idle = g_idle_add (apply_rating_cb, self);
}

static GtkWidget *
create_change_row (gpointer item,
                   gpointer user_data)
{
  WmChange *change = item;
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (wm_change_get_changed_at (change), NULL);
  g_autoptr(GDateTime) local = when ? g_date_time_to_local (when) : NULL;
  g_autofree char *stamp = local ? g_date_time_format (local, "%e %b %Y, %H:%M") : g_strdup ("");
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *old_rating = wm_change_get_old_rating_name (change);
  const char *new_rating = wm_change_get_new_rating_name (change);
  GtkWidget *row = adw_action_row_new ();

  if (old_rating == NULL)
    title = g_strdup (new_rating);
  else if (g_str_equal (old_rating, new_rating))
    title = g_strdup_printf (_("%s, note changed"), new_rating);
  else
    title = g_strdup_printf ("%s → %s", old_rating, new_rating);
  /* When and who, then the note as it stood after the change. */
  if (*wm_change_get_new_note (change) != '\0')
    subtitle = g_strdup_printf ("%s · %s\n%s", g_strstrip (stamp), wm_change_get_author (change),
                                wm_change_get_new_note (change));
  else
    subtitle = g_strdup_printf ("%s · %s", g_strstrip (stamp), wm_change_get_author (change));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

static void
load_history (WmDetailPane *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListStore) newest_first = g_list_store_new (WM_TYPE_CHANGE);

  history = wm_judgements_history (self->store, wm_descriptor_get_framework_id (self->descriptor),
                                   wm_descriptor_get_id (self->descriptor), &error);
  if (history == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = g_list_model_get_n_items (history); i > 0; i--)
    {
      g_autoptr(WmChange) change = g_list_model_get_item (history, i - 1);
      g_list_store_append (newest_first, change);
    }
  gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (newest_first),
                           create_change_row, NULL, NULL);
}

static void
load_fields (WmDetailPane *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields_box))) != NULL)
    gtk_box_remove (self->fields_box, child);

  fields = wm_catalog_read_fields (self->store, wm_descriptor_get_framework_id (self->descriptor),
                                   wm_descriptor_get_id (self->descriptor), &error);
  if (fields == NULL)
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < fields->len; i++)
    {
      const WmFieldDef *field = g_ptr_array_index (fields, i);
      GtkWidget *heading = gtk_label_new (field->label);
      GtkWidget *text = gtk_label_new (*field->text ? field->text : _("Not written yet"));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_widget_add_css_class (heading, "caption-heading");
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_selectable (GTK_LABEL (text), TRUE);
      if (*field->text == '\0')
        gtk_widget_add_css_class (text, "dim-label");
      gtk_box_append (self->fields_box, heading);
      gtk_box_append (self->fields_box, text);
    }
}

static void
load_rating (WmDetailPane *self)
{
  const char *current = wm_descriptor_get_rating_id (self->descriptor);

  for (guint i = 0; i < self->rating_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->rating_ids, i), current) &&
        gtk_drop_down_get_selected (self->rating_dropdown) != i)
      gtk_drop_down_set_selected (self->rating_dropdown, i);
}

/* Shows the descriptor's judgement as stored; the text being typed is kept. */
static void
judgement_changed_cb (WmDetailPane *self,
                      const char   *framework_id,
                      const char   *descriptor_id,
                      WmStore      *store)
{
  if (self->descriptor == NULL ||
      !g_str_equal (framework_id, wm_descriptor_get_framework_id (self->descriptor)) ||
      !g_str_equal (descriptor_id, wm_descriptor_get_id (self->descriptor)))
    return;

  self->loading = TRUE;
  load_rating (self);
  self->loading = FALSE;
  load_history (self);
}

static void
load (WmDetailPane *self)
{
  g_autofree char *title = NULL;
  const char *level_id;

  wm_evidence_section_set_store (self->evidence_section, self->store);
  wm_evidence_section_set_descriptor (self->evidence_section, self->descriptor);
  wm_action_section_set_store (self->action_section, self->store);
  wm_action_section_set_descriptor (self->action_section, self->descriptor);

  if (self->descriptor == NULL || self->store == NULL || self->model == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->loading = TRUE;

  level_id = wm_descriptor_get_level_id (self->descriptor);
  title = g_strdup_printf ("%s · %s", wm_descriptor_get_id (self->descriptor),
                           wm_grid_model_get_level_name_by_id (self->model, level_id));
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->text_label, wm_descriptor_get_text (self->descriptor));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view),
                            wm_descriptor_get_note (self->descriptor), -1);
  load_rating (self);
  load_fields (self);
  load_history (self);

  self->loading = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "descriptor");
}

static void
rebuild_ratings (WmDetailPane *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->rating_ids, 0);
  if (self->model != NULL)
    {
      for (guint r = 0; r < wm_grid_model_get_n_ratings (self->model); r++)
        {
          g_ptr_array_add (self->rating_ids, g_strdup (wm_grid_model_get_rating_id (self->model, r)));
          gtk_string_list_append (names, wm_grid_model_get_rating_name (self->model, r));
        }
      /* Waymark's own rating, outside every scale. */
      g_ptr_array_add (self->rating_ids, g_strdup (WM_RATING_NOT_APPLICABLE));
      gtk_string_list_append (names, _("Not applicable"));
    }

  self->loading = TRUE;
  gtk_drop_down_set_model (self->rating_dropdown, G_LIST_MODEL (names));
  self->loading = FALSE;
}

void
wm_detail_pane_set_store (WmDetailPane *self,
                          WmStore      *store)
{
  g_return_if_fail (WM_IS_DETAIL_PANE (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "judgement-changed", G_CALLBACK (judgement_changed_cb),
                             self, G_CONNECT_SWAPPED);
  load (self);
}

void
wm_detail_pane_set_model (WmDetailPane *self,
                          WmGridModel  *model)
{
  g_return_if_fail (WM_IS_DETAIL_PANE (self));

  if (!g_set_object (&self->model, model))
    return;

  wm_detail_pane_set_descriptor (self, NULL);
  wm_action_section_set_model (self->action_section, model);
  rebuild_ratings (self);
}

WmDescriptor *
wm_detail_pane_get_descriptor (WmDetailPane *self)
{
  g_return_val_if_fail (WM_IS_DETAIL_PANE (self), NULL);
  return self->descriptor;
}

void
wm_detail_pane_set_descriptor (WmDetailPane *self,
                               WmDescriptor *descriptor)
{
  g_return_if_fail (WM_IS_DETAIL_PANE (self));

  if (self->descriptor == descriptor)
    return;

  /* What was typed for the last descriptor is saved before the next one shows;
   * a rating not yet applied belonged to it too. */
  if (self->rating_idle != 0)
    {
      g_clear_handle_id (&self->rating_idle, g_source_remove);
      apply_rating_cb (self);
    }
  wm_detail_pane_save_note (self);
  g_set_object (&self->descriptor, descriptor);
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTOR]);
}

static void
wm_detail_pane_dispose (GObject *object)
{
  WmDetailPane *self = (WmDetailPane *) object;
  GtkWidget *child;

  if (self->descriptor != NULL)
    wm_detail_pane_save_note (self);
  g_clear_handle_id (&self->note_timeout, g_source_remove);
  g_clear_handle_id (&self->rating_idle, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_DETAIL_PANE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->descriptor);
  g_clear_object (&self->model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wm_detail_pane_parent_class)->dispose (object);
}

static void
wm_detail_pane_finalize (GObject *object)
{
  WmDetailPane *self = (WmDetailPane *) object;

  g_ptr_array_unref (self->rating_ids);
  g_free (self->author);

  G_OBJECT_CLASS (wm_detail_pane_parent_class)->finalize (object);
}

static void
wm_detail_pane_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WmDetailPane *self = WM_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_DESCRIPTOR: g_value_set_object (value, self->descriptor); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_detail_pane_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WmDetailPane *self = WM_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_DESCRIPTOR: wm_detail_pane_set_descriptor (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_detail_pane_class_init (WmDetailPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_detail_pane_dispose;
  object_class->finalize = wm_detail_pane_finalize;
  object_class->get_property = wm_detail_pane_get_property;
  object_class->set_property = wm_detail_pane_set_property;

  /* The descriptor shown; NULL shows a hint instead. */
  properties[PROP_DESCRIPTOR] =
    g_param_spec_object ("descriptor", NULL, NULL, WM_TYPE_DESCRIPTOR,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WM_TYPE_EVIDENCE_SECTION);
  g_type_ensure (WM_TYPE_ACTION_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-detail-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, WmDetailPane, stack);
  gtk_widget_class_bind_template_child (widget_class, WmDetailPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, WmDetailPane, text_label);
  gtk_widget_class_bind_template_child (widget_class, WmDetailPane, fields_box);
  gtk_widget_class_bind_template_child (widget_class, WmDetailPane, rating_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmDetailPane, note_view);
  gtk_widget_class_bind_template_child (widget_class, WmDetailPane, evidence_section);
  gtk_widget_class_bind_template_child (widget_class, WmDetailPane, action_section);
  gtk_widget_class_bind_template_child (widget_class, WmDetailPane, history_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "wm-detail-pane");
}

static void
wm_detail_pane_init (WmDetailPane *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  wm_accessible_name_drop_down (self->rating_dropdown);

  self->rating_ids = g_ptr_array_new_with_free_func (g_free);
  self->author = wm_judgements_default_author ();

  g_signal_connect_object (gtk_text_view_get_buffer (self->note_view), "changed",
                           G_CALLBACK (note_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (note_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->note_view), focus);
  g_signal_connect_object (self->rating_dropdown, "notify::selected",
                           G_CALLBACK (rating_selected_cb), self, G_CONNECT_SWAPPED);
}
