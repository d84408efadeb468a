/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-descriptor-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-descriptor-cell-private.h"

/*
 * One descriptor in the grid: its id, its text and its rating, shown as a
 * word and a colour (never colour alone). The rating is set from the menu
 * or with the digit keys 0–9 (the rating's place on the scale); either way
 * it goes through "grid.rate" to the store. A footer counts the evidence
 * (following the store's "changed::evidence") and shows whether there is a
 * note; files dropped on the cell are attached to its descriptor.
 */

G_DEFINE_FINAL_TYPE (WmDescriptorCell, wm_descriptor_cell, GTK_TYPE_WIDGET)

/* A style class by the rating's place on the scale, so that scales of any length get colours. */
static const char *
rating_class (guint position,
              guint n_ratings)
{
  if (position >= n_ratings)
    return "rating-not-applicable";  /* outside the scale */
  if (position == 0 || n_ratings < 2)
    return "rating-none";
  if (position >= n_ratings - 1)
    return "rating-high";
  if (position * 2 <= n_ratings - 1)
    return "rating-low";
  return "rating-mid";
}

static void
update_rating (WmDescriptorCell *self)
{
  const char *name = wm_descriptor_get_rating_name (self->descriptor);
  const char *klass = rating_class (wm_descriptor_get_rating_position (self->descriptor),
                                    self->n_ratings);
  g_autofree char *description = NULL;

  gtk_label_set_label (self->rating_label, name);

  if (self->rating_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->rating_class);
  g_free (self->rating_class);
  self->rating_class = g_strdup (klass);
  gtk_widget_add_css_class (GTK_WIDGET (self), klass);

  /* "1.1b, Bronze: Developing", then the text: what a screen reader says. */
  description = g_strdup_printf (_("%s, %s: %s"), wm_descriptor_get_id (self->descriptor),
                                 self->level_name, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rating_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  wm_descriptor_get_text (self->descriptor),
                                  -1);
}

static void
rate (WmDescriptorCell *self,
      const char       *rating_id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "grid.rate", "(ss)",
                              wm_descriptor_get_id (self->descriptor), rating_id);
}

static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  rate (WM_DESCRIPTOR_CELL (widget), g_variant_get_string (parameter, NULL));
}

static gboolean
key_pressed_cb (WmDescriptorCell      *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  int digit = gdk_keyval_to_unicode (keyval) - '0';
  g_autoptr(GVariant) target = NULL;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  if (digit < 0 || digit > 9 || (guint) digit >= (guint) g_menu_model_get_n_items (self->rating_menu))
    return FALSE;

  target = g_menu_model_get_item_attribute_value (self->rating_menu, digit,
                                                  G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  if (target == NULL)
    return FALSE;

  rate (self, g_variant_get_string (target, NULL));
  return TRUE;
}

/*
 * The id and the rating word stay whole in a tooltip when a narrow column shortens them.
 * Their tooltips are asked for when shown, not set on every cell made: GTK 4.8 asks the X
 * server where the pointer is each time a tooltip is set.
 */
static gboolean
query_tooltip_cb (GtkWidget        *widget,
                  int               x,
                  int               y,
                  gboolean          keyboard,
                  GtkTooltip       *tooltip,
                  WmDescriptorCell *self)
{
  if (widget == GTK_WIDGET (self->id_label))
    gtk_tooltip_set_text (tooltip, wm_descriptor_get_id (self->descriptor));
  else if (widget == GTK_WIDGET (self->rating_button))
    gtk_tooltip_set_text (tooltip, wm_descriptor_get_rating_name (self->descriptor));
  else
    gtk_tooltip_set_text (tooltip, _("Has a note"));
  return TRUE;
}

/* The rating menu's popover is made the first time it opens: most cells are never opened,
 * and a GtkPopoverMenu is a dozen widgets to make and to restyle. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  WmDescriptorCell *self = user_data;

  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->rating_menu);
}

/* Clicking a cell, or moving the focus into it, shows it in the detail pane. */
static void
select_cb (WmDescriptorCell *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "grid.select", "s",
                              wm_descriptor_get_id (self->descriptor));
}

static void
wm_descriptor_cell_dispose (GObject *object)
{
  WmDescriptorCell *self = (WmDescriptorCell *) object;
  GtkWidget *child;

  if (self->descriptor != NULL)
    g_signal_handlers_disconnect_by_data (self->descriptor, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_DESCRIPTOR_CELL);
  /* The template's root box is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->descriptor);
  g_clear_object (&self->store);
  g_clear_object (&self->rating_menu);

  G_OBJECT_CLASS (wm_descriptor_cell_parent_class)->dispose (object);
}

static void
wm_descriptor_cell_finalize (GObject *object)
{
  WmDescriptorCell *self = (WmDescriptorCell *) object;

  g_free (self->level_name);
  g_free (self->rating_class);

  G_OBJECT_CLASS (wm_descriptor_cell_parent_class)->finalize (object);
}

/*
 * A cell is as wide as its column: its width never depends on its height. Asked for its
 * width at a given height (as a horizontal GtkBox asks while it lays its children out),
 * GTK 4.8's wrapping label searches for the narrowest width whose text fits that height,
 * laying the text out a dozen times at each new height; so the cell asks for its width
 * at no height, which the label answers once and remembers.
 */
static GtkSizeRequestMode
wm_descriptor_cell_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
wm_descriptor_cell_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation,
                      orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
wm_descriptor_cell_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

static void
wm_descriptor_cell_class_init (WmDescriptorCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_descriptor_cell_dispose;
  object_class->finalize = wm_descriptor_cell_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-descriptor-cell.ui");
  gtk_widget_class_bind_template_child (widget_class, WmDescriptorCell, id_label);
  gtk_widget_class_bind_template_child (widget_class, WmDescriptorCell, text_label);
  gtk_widget_class_bind_template_child (widget_class, WmDescriptorCell, rating_button);
  gtk_widget_class_bind_template_child (widget_class, WmDescriptorCell, rating_label);
  gtk_widget_class_bind_template_child (widget_class, WmDescriptorCell, footer);
  gtk_widget_class_bind_template_child (widget_class, WmDescriptorCell, evidence_box);
  gtk_widget_class_bind_template_child (widget_class, WmDescriptorCell, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, WmDescriptorCell, note_icon);
  gtk_widget_class_bind_template_child (widget_class, WmDescriptorCell, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, query_tooltip_cb);
  widget_class->get_request_mode = wm_descriptor_cell_get_request_mode;
  widget_class->measure = wm_descriptor_cell_measure;
  widget_class->size_allocate = wm_descriptor_cell_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "wm-descriptor-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /* cell.rate ("RATING-ID"): what the rating menu's items activate. */
  gtk_widget_class_install_action (widget_class, "cell.rate", "s", rate_action);
}

static void
wm_descriptor_cell_init (WmDescriptorCell *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Its popover is made when it opens (create_popup_cb): say that it has one from the start. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rating_button),
                                  GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);

  wm_descriptor_cell_footer_init (self);

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_object (focus, "enter", G_CALLBACK (select_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  /* Capture: a click on the rating button selects the cell too. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (select_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

/**
 * wm_descriptor_cell_new:
 * @store: (nullable): the school file, for the evidence count and dropped files
 * @show_id: whether the id says something to the reader ("8.3g"); a
 *   generated one ("absorption-3") only takes the rating's room
 */
GtkWidget *
wm_descriptor_cell_new (WmDescriptor *descriptor,
                        WmStore      *store,
                        const char   *level_name,
                        gboolean      show_id,
                        guint         n_ratings,
                        GMenuModel   *rating_menu)
{
  WmDescriptorCell *self;
  g_autofree char *cell_label = NULL;

  g_return_val_if_fail (WM_IS_DESCRIPTOR (descriptor), NULL);
  g_return_val_if_fail (!store || WM_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_MENU_MODEL (rating_menu), NULL);

  self = g_object_new (WM_TYPE_DESCRIPTOR_CELL, NULL);
  self->descriptor = g_object_ref (descriptor);
  self->store = store ? g_object_ref (store) : NULL;
  self->level_name = g_strdup (level_name);
  self->n_ratings = n_ratings;
  self->rating_menu = g_object_ref (rating_menu);

  gtk_label_set_label (self->id_label, wm_descriptor_get_id (descriptor));
  gtk_widget_set_visible (GTK_WIDGET (self->id_label), show_id);
  gtk_widget_set_hexpand (GTK_WIDGET (self->rating_button), !show_id);
  gtk_widget_set_halign (GTK_WIDGET (self->rating_button), show_id ? GTK_ALIGN_FILL : GTK_ALIGN_START);
  gtk_label_set_label (self->text_label, wm_descriptor_get_text (descriptor));
  /* The cell is a group: "1.1b, Bronze" tells a screen reader which one it is in. */
  cell_label = g_strdup_printf ("%s, %s", wm_descriptor_get_id (descriptor), level_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, cell_label, -1);
  gtk_menu_button_set_create_popup_func (self->rating_button, create_popup_cb, self, NULL);
  update_rating (self);
  wm_descriptor_cell_footer_show (self);

  g_signal_connect_object (descriptor, "notify::rating-id",
                           G_CALLBACK (update_rating), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

WmDescriptor *
wm_descriptor_cell_get_descriptor (WmDescriptorCell *self)
{
  g_return_val_if_fail (WM_IS_DESCRIPTOR_CELL (self), NULL);
  return self->descriptor;
}
