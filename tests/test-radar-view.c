/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-radar-view"

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "wm-radar-view-private.h"

/*
 * The radar chart widget under Xvfb: what a screen reader is told, the keyboard and pointer,
 * and that it draws, in light and in dark.
 */

static const char *labels[] = {
  "1 Vision for Learning", "2 A Framework for Learning", "3 A Language for Learning",
  "4 Leading innovation in learning", "5 Professional Learning",
};
static const char *const ids[] = { "lqf:1", "lqf:2", "lqf:3", "lqf:4", "lqf:5", NULL };
static const char *rings[] = { "Bronze", "Silver", "Gold" };

typedef struct {
  GtkWidget *window;
  GtkWidget *view;
} Fixture;

static WmRadarData *
make_data (void)
{
  WmRadarData *data = wm_radar_data_new ("Learning Quality Framework", G_N_ELEMENTS (labels), 3);
  const double now[] = { 2.0, 2.5, 1.0, NAN, 3.0 };
  const double autumn[] = { 1.5, 2.0, 0.5, 1.0, 2.0 };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    wm_radar_data_set_axis (data, i, labels[i], NULL);
  wm_radar_data_set_rings (data, rings, G_N_ELEMENTS (rings));
  wm_radar_data_add_series (data, "Now", now);
  wm_radar_data_add_series (data, "Autumn review (2025-10-01)", autumn);
  return data;
}

static void
set_up (Fixture       *f,
        gconstpointer  user_data)
{
  f->window = gtk_window_new ();
  f->view = wm_radar_view_new ();
  g_object_ref (f->view);
  wm_radar_view_set_data (WM_RADAR_VIEW (f->view), make_data (), ids);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 640, 560);
  gtk_window_set_child (GTK_WINDOW (f->window), f->view);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (f->window);
  g_assert_true (gtk_widget_get_mapped (f->view));
}

static void
tear_down (Fixture       *f,
           gconstpointer  user_data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (f->view);
}

static void
test_accessible (Fixture       *f,
                 gconstpointer  user_data)
{
  const char *description = wm_radar_view_get_description (WM_RADAR_VIEW (f->view));

  g_assert_nonnull (description);
  g_test_message ("%s", description);
  g_assert_true (g_str_has_prefix (description,
                                   "Radar chart of Learning Quality Framework, scale Bronze to Gold."));
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_assert_nonnull (strstr (description, labels[i]));
  g_assert_nonnull (strstr (description,
                            "1 Vision for Learning: Now 2.0, Autumn review (2025-10-01) 1.5."));
  g_assert_nonnull (strstr (description,
                            "4 Leading innovation in learning: Now no score, Autumn review (2025-10-01) 1.0."));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (f->view)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);

  /* No data: nothing to describe, no axis to walk. */
  wm_radar_view_set_focused_axis (WM_RADAR_VIEW (f->view), 3);
  wm_radar_view_set_data (WM_RADAR_VIEW (f->view), NULL, NULL);
  g_assert_null (wm_radar_view_get_description (WM_RADAR_VIEW (f->view)));
  g_assert_null (wm_radar_view_get_data (WM_RADAR_VIEW (f->view)));
  g_assert_cmpint (wm_radar_view_get_focused_axis (WM_RADAR_VIEW (f->view)), ==, -1);
  gtk_widget_activate_action (f->view, "chart.next-axis", NULL);
  g_assert_cmpint (wm_radar_view_get_focused_axis (WM_RADAR_VIEW (f->view)), ==, -1);
  gtk_test_widget_wait_for_draw (f->window);
}

static void
activated_cb (WmRadarView  *view,
              const char   *axis_id,
              char        **out)
{
  g_free (*out);
  *out = g_strdup (axis_id);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

/* The action a key is bound to, from the widget's own shortcut controller. */
static char *
bound_action (GtkWidget *widget,
              guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              GTK_IS_NAMED_ACTION (action))
            return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }
  return NULL;
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  user_data)
{
  WmRadarView *view = WM_RADAR_VIEW (f->view);
  g_autofree char *activated = NULL;
  guint notified = 0;
  const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_Right, "chart.next-axis" }, { GDK_KEY_Down, "chart.next-axis" },
    { GDK_KEY_Left, "chart.previous-axis" }, { GDK_KEY_Up, "chart.previous-axis" },
    { GDK_KEY_Home, "chart.first-axis" }, { GDK_KEY_End, "chart.last-axis" },
    { GDK_KEY_Return, "chart.activate-axis" }, { GDK_KEY_KP_Enter, "chart.activate-axis" },
    { GDK_KEY_space, "chart.activate-axis" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      g_autofree char *action = bound_action (f->view, keys[k].key);

      g_assert_cmpstr (action, ==, keys[k].action);
    }

  g_signal_connect (view, "axis-activated", G_CALLBACK (activated_cb), &activated);
  g_signal_connect (view, "notify::focused-axis", G_CALLBACK (notify_cb), &notified);
  gtk_widget_grab_focus (f->view);
  g_assert_true (gtk_widget_has_focus (f->view));

  g_assert_cmpint (wm_radar_view_get_focused_axis (view), ==, -1);
  g_assert_true (gtk_widget_activate_action (f->view, "chart.next-axis", NULL));
  g_assert_true (gtk_widget_activate_action (f->view, "chart.next-axis", NULL));
  g_assert_cmpint (wm_radar_view_get_focused_axis (view), ==, 1);
  g_assert_cmpuint (notified, ==, 2);
  gtk_test_widget_wait_for_draw (f->window);

  g_assert_true (gtk_widget_activate_action (f->view, "chart.activate-axis", NULL));
  g_assert_cmpstr (activated, ==, "lqf:2");

  /* Wrapping both ways, Home and End. */
  gtk_widget_activate_action (f->view, "chart.last-axis", NULL);
  g_assert_cmpint (wm_radar_view_get_focused_axis (view), ==, 4);
  gtk_widget_activate_action (f->view, "chart.next-axis", NULL);
  g_assert_cmpint (wm_radar_view_get_focused_axis (view), ==, 0);
  gtk_widget_activate_action (f->view, "chart.previous-axis", NULL);
  g_assert_cmpint (wm_radar_view_get_focused_axis (view), ==, 4);
  gtk_widget_activate_action (f->view, "chart.first-axis", NULL);
  g_assert_cmpint (wm_radar_view_get_focused_axis (view), ==, 0);
  g_object_set (view, "focused-axis", 3, NULL);
  g_assert_cmpint (wm_radar_view_get_focused_axis (view), ==, 3);

  /* Another snapshot chosen: the same axes, the keyboard stays where it was. */
  wm_radar_view_set_data (view, make_data (), ids);
  g_assert_cmpint (wm_radar_view_get_focused_axis (view), ==, 3);
  gtk_widget_activate_action (f->view, "chart.activate-axis", NULL);
  g_assert_cmpstr (activated, ==, "lqf:4");
  gtk_test_widget_wait_for_draw (f->window);
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  return NULL;
}

static void
test_pointer (Fixture       *f,
              gconstpointer  user_data)
{
  GtkEventController *motion = find_controller (f->view, GTK_TYPE_EVENT_CONTROLLER_MOTION);
  GtkEventController *click = find_controller (f->view, GTK_TYPE_GESTURE_CLICK);
  double x = gtk_widget_get_width (f->view) / 2.0, y;
  g_autofree char *activated = NULL;
  g_autofree char *tooltip = NULL;

  g_assert_nonnull (motion);
  g_assert_nonnull (click);
  g_assert_null (gtk_widget_get_tooltip_text (f->view));

  /* Down the middle from the top: the first axis (straight up) is the first thing met. */
  for (y = 0; y < gtk_widget_get_height (f->view); y += 2)
    {
      g_signal_emit_by_name (motion, "motion", x, y);
      if (gtk_widget_get_tooltip_text (f->view) != NULL)
        break;
    }
  g_assert_cmpstr (gtk_widget_get_tooltip_text (f->view), ==,
                   "1 Vision for Learning — Now: 2.0 · Autumn review (2025-10-01): 1.5");
  g_test_message ("axis 1 met at y = %g", y);

  /* Below the label, inside the circle, the nearest axis by angle is still the first. */
  g_signal_emit_by_name (motion, "motion", x + 3, y + 40);
  tooltip = g_strdup (gtk_widget_get_tooltip_text (f->view));
  g_assert_nonnull (tooltip);
  g_assert_true (g_str_has_prefix (tooltip, "1 Vision for Learning"));

  g_signal_emit_by_name (motion, "leave");
  g_assert_null (gtk_widget_get_tooltip_text (f->view));

  g_signal_connect (f->view, "axis-activated", G_CALLBACK (activated_cb), &activated);
  g_signal_emit_by_name (click, "released", 1, x, y);
  g_assert_cmpstr (activated, ==, "lqf:1");
  g_assert_cmpint (wm_radar_view_get_focused_axis (WM_RADAR_VIEW (f->view)), ==, 0);
  g_assert_true (gtk_widget_has_focus (f->view));

  /* A click on nothing does nothing. */
  g_clear_pointer (&activated, g_free);
  g_signal_emit_by_name (click, "released", 1, 1.0, (double) gtk_widget_get_height (f->view) - 1);
  g_assert_null (activated);
  gtk_test_widget_wait_for_draw (f->window);
}

/* Renders the view as the screen shows it, into @pixels (ARGB32, premultiplied). */
static guchar *
render (Fixture *f,
        int     *width,
        int     *height)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (f->view));
  guchar *pixels;

  gtk_test_widget_wait_for_draw (f->window);
  *width = gtk_widget_get_width (f->view);
  *height = gtk_widget_get_height (f->view);
  paintable = gtk_widget_paintable_new (f->view);
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 1, 0, 1, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, *width);
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, pixels, *width * 4);
  if (g_getenv ("RADAR_VIEW_PNG") != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s-%d.png", g_getenv ("RADAR_VIEW_PNG"),
                                               adw_style_manager_get_dark (adw_style_manager_get_default ()));

      gdk_texture_save_to_png (texture, path);
    }
  return pixels;
}

static guint32
pixel (const guchar *pixels,
       int           width,
       int           x,
       int           y)
{
  const guchar *p = pixels + ((gsize) y * width + x) * 4;

  return (p[2] << 16) | (p[1] << 8) | p[0];   /* BGRA in memory on a little-endian machine */
}

static guint
count_unlike (const guchar *pixels,
              int           width,
              int           height,
              guint32       background)
{
  guint n = 0;

  for (int y = height / 4; y < height * 3 / 4; y++)
    for (int x = width / 4; x < width * 3 / 4; x++)
      n += pixel (pixels, width, x, y) != background;
  return n;
}

static double
luminance (guint32 rgb)
{
  return 0.2126 * (rgb >> 16) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
}

static void
test_render (Fixture       *f,
             gconstpointer  user_data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autofree guchar *light = NULL, *dark = NULL;
  guint32 light_background, dark_background;
  const WmRadarLayout *layout;
  guint light_ink, dark_ink;
  int width, height;

  g_assert_false (adw_style_manager_get_dark (manager));
  light = render (f, &width, &height);
  light_background = pixel (light, width, 2, 2);
  light_ink = count_unlike (light, width, height, light_background);
  g_test_message ("light: %dx%d, background %06x, %u pixels drawn in the plot", width, height,
                  light_background, light_ink);
  g_assert_cmphex (light_background, ==, 0xfafafa);
  g_assert_cmpuint (light_ink, >, (guint) (width * height / 4 / 20));

  /* Dark mode redraws in other colours, but the geometry stays: no layout per frame. */
  layout = WM_RADAR_VIEW (f->view)->layout;
  g_assert_nonnull (layout);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));
  dark = render (f, &width, &height);
  g_assert_true (WM_RADAR_VIEW (f->view)->layout == layout);
  dark_background = pixel (dark, width, 2, 2);
  dark_ink = count_unlike (dark, width, height, dark_background);
  g_test_message ("dark: background %06x, %u pixels drawn in the plot", dark_background, dark_ink);
  g_assert_cmphex (dark_background, ==, 0x242424);
  g_assert_cmpuint (dark_ink, >, (guint) (width * height / 4 / 20));

  /* Text and lines turn light on the dark background: the brightest ink is brighter than it. */
  {
    double brightest = 0;

    for (int i = 0; i < width * height; i++)
      brightest = MAX (brightest, luminance (pixel (dark, width, i % width, i / width)));
    g_assert_cmpfloat (brightest, >, 200);
  }
}

/* Small multiples: compact charts ask only for their smallest size, so a flow box as wide as a
 * laptop's trust window puts three on a line where charts asking for room get the two it must. */
static guint
charts_on_first_line (gboolean compact)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *flow = gtk_flow_box_new ();
  guint on_line = 0;
  int width, natural;

  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  for (guint i = 0; i < 6; i++)
    {
      GtkWidget *view = wm_radar_view_new ();

      wm_radar_view_set_data (WM_RADAR_VIEW (view), make_data (), NULL);
      wm_radar_view_set_compact (WM_RADAR_VIEW (view), compact);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), view);
      gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &width, &natural, NULL, NULL);
      if (compact)
        g_assert_cmpint (natural, ==, width);
      else
        g_assert_cmpint (natural, >, width);
    }
  gtk_window_set_default_size (GTK_WINDOW (window), 1090, 800);
  gtk_window_set_child (GTK_WINDOW (window), flow);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  for (GtkWidget *child = gtk_widget_get_first_child (flow); child; child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (child, flow, &bounds));
      on_line += bounds.origin.y < 1;
    }
  gtk_window_destroy (GTK_WINDOW (window));
  return on_line;
}

static void
test_compact (void)
{
  g_assert_cmpuint (charts_on_first_line (FALSE), ==, 2);
  g_assert_cmpuint (charts_on_first_line (TRUE), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/radar-view/accessible", Fixture, NULL, set_up, test_accessible, tear_down);
  g_test_add ("/radar-view/keyboard", Fixture, NULL, set_up, test_keyboard, tear_down);
  g_test_add ("/radar-view/pointer", Fixture, NULL, set_up, test_pointer, tear_down);
  g_test_add ("/radar-view/render", Fixture, NULL, set_up, test_render, tear_down);
  g_test_add_func ("/radar-view/compact", test_compact);

  return g_test_run ();
}
