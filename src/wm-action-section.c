/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-action-section"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-action-section-private.h"
#include "wm-actions.h"
#include "wm-evidence-attach.h"
#include "wm-judgements.h"

/*
 * The action plan of the descriptor shown in the detail pane: each action
 * with its owner, due date and target, and its status to change in place. An
 * overdue action says "Overdue" in words, with an icon, in the error style.
 * New actions come from the dialog in wm-action-section-add.c. The list
 * follows the store's "changed::actions".
 */

G_DEFINE_FINAL_TYPE (WmActionSection, wm_action_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MODEL,
  PROP_DESCRIPTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The statuses in the order the dropdown offers them. */
static const char * const statuses[] = {
  WM_ACTION_STATUS_PLANNED,
  WM_ACTION_STATUS_UNDER_WAY,
  WM_ACTION_STATUS_DONE,
  WM_ACTION_STATUS_DROPPED,
};

void
wm_action_section_show_error (WmActionSection *self,
                              const char      *message)
{
  wm_evidence_attach_toast (GTK_WIDGET (self), message);
}

static void
update_actions (WmActionSection *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actions.add",
                                 self->store != NULL && self->model != NULL && self->descriptor != NULL);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
status_selected_cb (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    WmAction    *action)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected < G_N_ELEMENTS (statuses) && !g_str_equal (statuses[selected], wm_action_get_status (action)))
    gtk_widget_activate_action (GTK_WIDGET (dropdown), "actions.set-status", "(xs)",
                                wm_action_get_id (action), statuses[selected]);
}

static GtkWidget *
status_dropdown_new (WmAction *action)
{
  const char *labels[G_N_ELEMENTS (statuses) + 1] = { NULL };
  g_autofree char *accessible = g_strdup_printf (_("Status of “%s”"), wm_action_get_title (action));
  GtkWidget *dropdown;

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    labels[i] = wm_action_status_get_label (statuses[i]);
  dropdown = gtk_drop_down_new_from_strings (labels);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_str_equal (statuses[i], wm_action_get_status (action)))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);

  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("Status"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_signal_connect_data (dropdown, "notify::selected", G_CALLBACK (status_selected_cb),
                         g_object_ref (action), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  return dropdown;
}

/* "Due 31 Mar 2025", or "Overdue, due 1 Jan 2000" with an icon and the error style. */
static GtkWidget *
due_new (WmAction *action,
         GDate    *today)
{
  GDate due;
  char date[64];
  g_autofree char *text = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gboolean overdue = wm_action_is_overdue (action, today);

  if (!wm_action_get_due_date (action, &due))
    {
      gtk_box_append (GTK_BOX (box), label_new (_("No due date"), "dim-label"));
      return box;
    }

  g_date_strftime (date, sizeof date, "%e %b %Y", &due);
  g_strstrip (date);
  if (overdue)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("alarm-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overdue"), -1);
      gtk_box_append (GTK_BOX (box), icon);
      text = g_strdup_printf (_("Overdue, due %s"), date);
      gtk_widget_add_css_class (box, "error");
      gtk_widget_add_css_class (box, "wm-overdue");
    }
  else
    text = g_strdup_printf (_("Due %s"), date);
  gtk_box_append (GTK_BOX (box), label_new (text, overdue ? "heading" : NULL));
  return box;
}

static GtkWidget *
create_row_cb (gpointer object,
               gpointer user_data)
{
  WmAction *action = object;
  GDate *today = user_data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *due = due_new (action, today);
  g_autoptr(GString) details = g_string_new (NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  gtk_box_append (GTK_BOX (box), label_new (wm_action_get_title (action), NULL));

  /* Who, what for, and which descriptors when it is shared with others. */
  g_string_append (details, *wm_action_get_owner (action) ? wm_action_get_owner (action) : _("No owner"));
  if (wm_action_get_target_rating_name (action) != NULL && *wm_action_get_target_rating_name (action))
    g_string_append_printf (details, _(" · aiming for %s"), wm_action_get_target_rating_name (action));
  if (g_strv_length ((char **) wm_action_get_descriptor_ids (action)) > 1)
    {
      g_autofree char *descriptors = wm_action_dup_descriptors_label (action);
      g_string_append_printf (details, " · %s", descriptors);
    }
  gtk_box_append (GTK_BOX (box), label_new (details->str, "caption"));
  if (wm_action_get_notes (action) != NULL && *wm_action_get_notes (action))
    gtk_box_append (GTK_BOX (box), label_new (wm_action_get_notes (action), "dim-label"));

  gtk_widget_set_hexpand (due, TRUE);
  gtk_widget_set_valign (due, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (line), due);
  gtk_box_append (GTK_BOX (line), status_dropdown_new (action));
  gtk_box_append (GTK_BOX (box), line);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
reload (WmActionSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autofree char *heading = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate *today;

  g_clear_handle_id (&self->reload_idle, g_source_remove);

  if (self->store != NULL && self->descriptor != NULL)
    {
      WmActionQuery query = {
        .framework_id = wm_descriptor_get_framework_id (self->descriptor),
        .descriptor_id = wm_descriptor_get_id (self->descriptor),
        .order = WM_ACTIONS_BY_DUE,
      };

      actions = wm_actions_list (self->store, &query, &error);
      if (actions == NULL)
        wm_action_section_show_error (self, error->message);
    }

  /* Today's local date; the rows keep it for as long as they are shown. GtkListBox drops the
   * data without freeing it when there is no model, so there is none to give it then. */
  if (actions != NULL)
    {
      today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                              g_date_time_get_year (now));
      gtk_list_box_bind_model (self->list_box, actions, create_row_cb, today, (GDestroyNotify) g_date_free);
    }
  else
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  heading = g_strdup_printf (_("Actions (%u)"), actions ? g_list_model_get_n_items (actions) : 0);
  gtk_label_set_label (self->heading_label, heading);
  update_actions (self);
}

static gboolean
reload_idle_cb (gpointer data)
{
  WmActionSection *self = data;

  self->reload_idle = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Later, not now: the change may come from a row's own dropdown, which the reload destroys. */
static void
actions_changed_cb (WmActionSection *self,
                    const char      *framework_id,
                    WmStore         *store)
{
  if (self->descriptor == NULL ||
      (framework_id != NULL && !g_str_equal (framework_id, wm_descriptor_get_framework_id (self->descriptor))))
    return;
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_idle_cb, self);
}

/* actions.set-status (ID, STATUS) */
static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  WmActionSection *self = WM_ACTION_SECTION (widget);
  g_autoptr(GError) error = NULL;
  const char *status;
  gint64 id;

  g_variant_get (parameter, "(x&s)", &id, &status);
  if (self->store != NULL && !wm_actions_set_status (self->store, id, status, &error))
    wm_action_section_show_error (self, error->message);
}

/* Adds a planned action for @descriptor; see wm_action_section_add_action(). */
gint64
wm_action_section_add_for (WmActionSection  *self,
                           WmDescriptor     *descriptor,
                           const char       *title,
                           const char       *owner,
                           const char       *due_on,
                           const char       *target_rating_id,
                           const char       *notes,
                           GError          **error)
{
  const char *names[2] = { wm_descriptor_get_id (descriptor), NULL };
  gint64 id;

  id = wm_actions_add (self->store, wm_descriptor_get_framework_id (descriptor), names, title,
                       owner && *owner ? owner : NULL,
                       due_on && *due_on ? due_on : NULL,
                       target_rating_id && *target_rating_id ? target_rating_id : NULL,
                       self->author, error);
  /* The core adds an action without notes: they follow as a change of their own. */
  if (id != 0 && notes != NULL && notes[strspn (notes, " \t\r\n")] != '\0' &&
      !wm_actions_set_notes (self->store, id, notes, error))
    return 0;
  return id;
}

/**
 * wm_action_section_add_action:
 * @owner: (nullable): blank for none
 * @due_on: (nullable): YYYY-MM-DD, or blank for none
 * @target_rating_id: (nullable): a rating of the framework, or blank for none
 * @notes: (nullable)
 *
 * Adds a planned action for the descriptor shown: what the "Add Action…"
 * dialog does when it is answered. Notes are written as a second change.
 *
 * Returns: the new action's id, or 0 with @error set
 */
gint64
wm_action_section_add_action (WmActionSection  *self,
                              const char       *title,
                              const char       *owner,
                              const char       *due_on,
                              const char       *target_rating_id,
                              const char       *notes,
                              GError          **error)
{
  g_return_val_if_fail (WM_IS_ACTION_SECTION (self), 0);
  g_return_val_if_fail (self->store != NULL && self->descriptor != NULL, 0);

  return wm_action_section_add_for (self, self->descriptor, title, owner, due_on,
                                    target_rating_id, notes, error);
}

static void
wm_action_section_dispose (GObject *object)
{
  WmActionSection *self = (WmActionSection *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->reload_idle, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_ACTION_SECTION);
  /* The template's root box is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->model);
  g_clear_object (&self->descriptor);

  G_OBJECT_CLASS (wm_action_section_parent_class)->dispose (object);
}

static void
wm_action_section_finalize (GObject *object)
{
  WmActionSection *self = (WmActionSection *) object;

  g_free (self->author);

  G_OBJECT_CLASS (wm_action_section_parent_class)->finalize (object);
}

static void
wm_action_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WmActionSection *self = WM_ACTION_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_MODEL: g_value_set_object (value, self->model); break;
    case PROP_DESCRIPTOR: g_value_set_object (value, self->descriptor); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_action_section_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WmActionSection *self = WM_ACTION_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE: wm_action_section_set_store (self, g_value_get_object (value)); break;
    case PROP_MODEL: wm_action_section_set_model (self, g_value_get_object (value)); break;
    case PROP_DESCRIPTOR: wm_action_section_set_descriptor (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_action_section_class_init (WmActionSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_action_section_dispose;
  object_class->finalize = wm_action_section_finalize;
  object_class->get_property = wm_action_section_get_property;
  object_class->set_property = wm_action_section_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, WM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The shown framework, for its rating scale (an action's target). */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, WM_TYPE_GRID_MODEL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The descriptor whose actions are shown; NULL shows none. */
  properties[PROP_DESCRIPTOR] =
    g_param_spec_object ("descriptor", NULL, NULL, WM_TYPE_DESCRIPTOR,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-action-section.ui");
  gtk_widget_class_bind_template_child (widget_class, WmActionSection, heading_label);
  gtk_widget_class_bind_template_child (widget_class, WmActionSection, list_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "wm-action-section");

  gtk_widget_class_install_action (widget_class, "actions.set-status", "(xs)", set_status_action);
  wm_action_section_add_class_init (widget_class);
}

static void
wm_action_section_init (WmActionSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->author = wm_judgements_default_author ();
  reload (self);
}

WmStore *
wm_action_section_get_store (WmActionSection *self)
{
  g_return_val_if_fail (WM_IS_ACTION_SECTION (self), NULL);
  return self->store;
}

void
wm_action_section_set_store (WmActionSection *self,
                             WmStore         *store)
{
  g_return_if_fail (WM_IS_ACTION_SECTION (self));
  g_return_if_fail (!store || WM_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed::actions", G_CALLBACK (actions_changed_cb),
                             self, G_CONNECT_SWAPPED);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

WmGridModel *
wm_action_section_get_model (WmActionSection *self)
{
  g_return_val_if_fail (WM_IS_ACTION_SECTION (self), NULL);
  return self->model;
}

void
wm_action_section_set_model (WmActionSection *self,
                             WmGridModel     *model)
{
  g_return_if_fail (WM_IS_ACTION_SECTION (self));
  g_return_if_fail (!model || WM_IS_GRID_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

WmDescriptor *
wm_action_section_get_descriptor (WmActionSection *self)
{
  g_return_val_if_fail (WM_IS_ACTION_SECTION (self), NULL);
  return self->descriptor;
}

void
wm_action_section_set_descriptor (WmActionSection *self,
                                  WmDescriptor    *descriptor)
{
  g_return_if_fail (WM_IS_ACTION_SECTION (self));
  g_return_if_fail (!descriptor || WM_IS_DESCRIPTOR (descriptor));

  if (!g_set_object (&self->descriptor, descriptor))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTOR]);
}
