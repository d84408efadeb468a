/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-radar-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-radar-view-private.h"

/*
 * The radar chart on screen: the current framework, now against any chosen snapshots. Hover
 * shows an axis's name and scores in a tooltip; the arrows, Home and End walk the axes (the
 * caption and the accessible name follow); Enter, Space or a click activate one, and
 * "axis-activated" hands its id to the window, which shows it in the grid. How it looks is in
 * wm-radar-view-draw.c.
 */

G_DEFINE_FINAL_TYPE (WmRadarView, wm_radar_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FOCUSED_AXIS,
  N_PROPS
};

enum {
  AXIS_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The label names the chart and, while the keyboard is on an axis, that axis: GTK 4.8 has no
 * announcements, but screen readers speak a change of the focused widget's name. */
static void
update_accessible (WmRadarView *self)
{
  g_autofree char *label = NULL;

  if (self->data == NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Radar chart"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("No scores to show"),
                                      -1);
      return;
    }
  if (self->focused_axis >= 0 &&
      (gtk_widget_get_state_flags (GTK_WIDGET (self)) & GTK_STATE_FLAG_FOCUSED) != 0)
    {
      g_autofree char *summary = wm_radar_view_axis_summary (self->data, self->focused_axis);

      label = g_strdup_printf ("%s. %s", summary, self->data->title);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : self->data->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

/* Actions */

static void
actions_update (WmRadarView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_data = self->data != NULL;

  gtk_widget_action_set_enabled (widget, "chart.next-axis", has_data);
  gtk_widget_action_set_enabled (widget, "chart.previous-axis", has_data);
  gtk_widget_action_set_enabled (widget, "chart.first-axis", has_data);
  gtk_widget_action_set_enabled (widget, "chart.last-axis", has_data);
  gtk_widget_action_set_enabled (widget, "chart.activate-axis",
                                 has_data && self->axis_ids != NULL && self->focused_axis >= 0);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WmRadarView *self = WM_RADAR_VIEW (widget);
  int n, axis = self->focused_axis;

  if (self->data == NULL)
    return;
  n = self->data->n_axes;
  if (g_str_equal (action_name, "chart.next-axis"))
    axis = axis < 0 ? 0 : (axis + 1) % n;
  else if (g_str_equal (action_name, "chart.previous-axis"))
    axis = axis < 0 ? n - 1 : (axis + n - 1) % n;
  else if (g_str_equal (action_name, "chart.first-axis"))
    axis = 0;
  else
    axis = n - 1;
  wm_radar_view_set_focused_axis (self, axis);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  WmRadarView *self = WM_RADAR_VIEW (widget);

  if (self->axis_ids != NULL && self->focused_axis >= 0)
    g_signal_emit (self, signals[AXIS_ACTIVATED], 0, self->axis_ids[self->focused_axis]);
}

/* Pointer */

static void
set_hovered_axis (WmRadarView *self,
                  int          axis)
{
  g_autofree char *tooltip = NULL;

  if (axis == self->hovered_axis)
    return;
  self->hovered_axis = axis;
  if (axis >= 0)
    tooltip = wm_radar_view_axis_summary (self->data, axis);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), axis >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (WmRadarView *self,
           double       x,
           double       y)
{
  set_hovered_axis (self, wm_radar_view_axis_at (self, x, y));
}

static void
leave_cb (WmRadarView *self)
{
  set_hovered_axis (self, -1);
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             WmRadarView     *self)
{
  int axis = wm_radar_view_axis_at (self, x, y);

  if (axis < 0)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  wm_radar_view_set_focused_axis (self, axis);
  gtk_widget_activate_action (GTK_WIDGET (self), "chart.activate-axis", NULL);
}

static void
style_changed_cb (WmRadarView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* GObject and GtkWidget */

static void
wm_radar_view_state_flags_changed (GtkWidget     *widget,
                                   GtkStateFlags  previous)
{
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    {
      update_accessible (WM_RADAR_VIEW (widget));
      gtk_widget_queue_draw (widget);
    }
  if (GTK_WIDGET_CLASS (wm_radar_view_parent_class)->state_flags_changed != NULL)
    GTK_WIDGET_CLASS (wm_radar_view_parent_class)->state_flags_changed (widget, previous);
}

static void
wm_radar_view_system_setting_changed (GtkWidget         *widget,
                                      GtkSystemSetting   setting)
{
  /* The text size decides the zoom, so a new font or resolution needs a new layout. */
  if (setting == GTK_SYSTEM_SETTING_DPI || setting == GTK_SYSTEM_SETTING_FONT_NAME ||
      setting == GTK_SYSTEM_SETTING_FONT_CONFIG)
    wm_radar_view_invalidate_layout (WM_RADAR_VIEW (widget));
  if (GTK_WIDGET_CLASS (wm_radar_view_parent_class)->system_setting_changed != NULL)
    GTK_WIDGET_CLASS (wm_radar_view_parent_class)->system_setting_changed (widget, setting);
}

static void
wm_radar_view_dispose (GObject *object)
{
  WmRadarView *self = WM_RADAR_VIEW (object);

  g_clear_pointer (&self->layout, wm_radar_layout_free);
  g_clear_pointer (&self->data, wm_radar_data_free);
  g_clear_pointer (&self->axis_ids, g_strfreev);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (wm_radar_view_parent_class)->dispose (object);
}

static void
wm_radar_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WmRadarView *self = WM_RADAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_FOCUSED_AXIS: g_value_set_int (value, self->focused_axis); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_radar_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  WmRadarView *self = WM_RADAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_FOCUSED_AXIS: wm_radar_view_set_focused_axis (self, g_value_get_int (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_radar_view_class_init (WmRadarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_Right, "chart.next-axis" }, { GDK_KEY_KP_Right, "chart.next-axis" },
    { GDK_KEY_Down, "chart.next-axis" }, { GDK_KEY_KP_Down, "chart.next-axis" },
    { GDK_KEY_Left, "chart.previous-axis" }, { GDK_KEY_KP_Left, "chart.previous-axis" },
    { GDK_KEY_Up, "chart.previous-axis" }, { GDK_KEY_KP_Up, "chart.previous-axis" },
    { GDK_KEY_Home, "chart.first-axis" }, { GDK_KEY_KP_Home, "chart.first-axis" },
    { GDK_KEY_End, "chart.last-axis" }, { GDK_KEY_KP_End, "chart.last-axis" },
    { GDK_KEY_Return, "chart.activate-axis" }, { GDK_KEY_KP_Enter, "chart.activate-axis" },
    { GDK_KEY_ISO_Enter, "chart.activate-axis" }, { GDK_KEY_space, "chart.activate-axis" },
    { GDK_KEY_KP_Space, "chart.activate-axis" },
  };

  object_class->dispose = wm_radar_view_dispose;
  object_class->get_property = wm_radar_view_get_property;
  object_class->set_property = wm_radar_view_set_property;
  widget_class->snapshot = wm_radar_view_snapshot;
  widget_class->measure = wm_radar_view_measure;
  widget_class->state_flags_changed = wm_radar_view_state_flags_changed;
  widget_class->system_setting_changed = wm_radar_view_system_setting_changed;

  /* The axis the keyboard is on, -1 for none. */
  properties[PROP_FOCUSED_AXIS] =
    g_param_spec_int ("focused-axis", NULL, NULL, -1, WM_RADAR_MAX_AXES - 1, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* axis-activated (AXIS-ID): an axis was clicked, or Enter or Space pressed on it. */
  signals[AXIS_ACTIVATED] =
    g_signal_new ("axis-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "chart.next-axis", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "chart.previous-axis", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "chart.first-axis", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "chart.last-axis", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "chart.activate-axis", NULL, activate_action);
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    gtk_widget_class_add_binding_action (widget_class, keys[k].key, 0, keys[k].action, NULL);

  gtk_widget_class_set_css_name (widget_class, "wm-radar-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wm_radar_view_init (WmRadarView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->focused_axis = -1;
  self->hovered_axis = -1;
  self->zoom = 1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);

  actions_update (self);
  update_accessible (self);
}

GtkWidget *
wm_radar_view_new (void)
{
  return g_object_new (WM_TYPE_RADAR_VIEW, NULL);
}

/**
 * wm_radar_view_set_compact:
 *
 * A compact chart asks for no more room than its smallest readable size (small multiples, as
 * many to a line as fit); otherwise it asks for room to spread its labels.
 */
void
wm_radar_view_set_compact (WmRadarView *self,
                           gboolean     compact)
{
  g_return_if_fail (WM_IS_RADAR_VIEW (self));

  if (self->compact == !!compact)
    return;
  self->compact = !!compact;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * wm_radar_view_set_data:
 * @data: (transfer full) (nullable): the chart, or %NULL to show nothing
 * @axis_ids: (array zero-terminated=1) (nullable): one id per axis, sent by "axis-activated"
 */
void
wm_radar_view_set_data (WmRadarView        *self,
                        WmRadarData        *data,
                        const char * const *axis_ids)
{
  g_return_if_fail (WM_IS_RADAR_VIEW (self));
  g_return_if_fail (data == NULL || data != self->data);

  g_clear_pointer (&self->data, wm_radar_data_free);
  g_clear_pointer (&self->axis_ids, g_strfreev);
  g_clear_pointer (&self->description, g_free);
  self->data = data;
  if (data != NULL && axis_ids != NULL)
    {
      if (g_strv_length ((char **) axis_ids) == data->n_axes)
        self->axis_ids = g_strdupv ((char **) axis_ids);
      else
        g_critical ("%u axis ids for a radar chart of %u axes", g_strv_length ((char **) axis_ids),
                    data->n_axes);
    }
  if (data != NULL)
    self->description = wm_radar_view_describe (data);

  /* Keep the keyboard's place when the chart keeps its axes (another snapshot chosen). */
  set_hovered_axis (self, -1);
  if (data == NULL || self->focused_axis >= (int) data->n_axes)
    wm_radar_view_set_focused_axis (self, -1);

  actions_update (self);
  update_accessible (self);
  wm_radar_view_invalidate_layout (self);
}

const WmRadarData *
wm_radar_view_get_data (WmRadarView *self)
{
  g_return_val_if_fail (WM_IS_RADAR_VIEW (self), NULL);

  return self->data;
}

int
wm_radar_view_get_focused_axis (WmRadarView *self)
{
  g_return_val_if_fail (WM_IS_RADAR_VIEW (self), -1);

  return self->focused_axis;
}

void
wm_radar_view_set_focused_axis (WmRadarView *self,
                                int          axis)
{
  g_return_if_fail (WM_IS_RADAR_VIEW (self));
  g_return_if_fail (axis >= -1 && axis < (self->data != NULL ? (int) self->data->n_axes : 0));

  if (axis == self->focused_axis)
    return;
  self->focused_axis = axis;
  actions_update (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED_AXIS]);
}

/* What the accessible description says: GTK 4.8 has no getter for accessible properties. */
const char *
wm_radar_view_get_description (WmRadarView *self)
{
  g_return_val_if_fail (WM_IS_RADAR_VIEW (self), NULL);

  return self->description;
}
