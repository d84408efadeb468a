/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-radar-view"

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "wm-radar-view-private.h"
#include "wm-report.h"

/*
 * How the radar chart widget looks: screen colours for light, dark and high contrast, the
 * layout (computed when the size, the data or the text size changes, never per frame), which
 * axis a point is on, and the drawing. The chart itself is wm_radar_draw(), as on paper; the
 * highlight, focus ring and caption are drawn over it here, so the shared routine stays as it is.
 */

typedef struct {
  WmRadarRgba background, text, muted, grid, accent;
  WmRadarRgba series[WM_RADAR_MAX_SERIES];
  double      fill_alpha;
  double      line_scale;   /* high contrast draws thicker lines */
  double      accent_alpha; /* the focus ring, as libadwaita's */
  double      highlight;    /* the focused axis; the hovered one is fainter */
} Palette;

#define RGBA(hex, a) { ((hex) >> 16) / 255.0, (((hex) >> 8) & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

/* libadwaita's window colours and GNOME palette; series keep the print style's dashes, so they
 * differ without colour too. High contrast: opaque text, a stronger grid, deeper (or lighter)
 * series colours and thicker lines. */
static const Palette palettes[] = {
  { /* light */
    RGBA (0xfafafa, 1), RGBA (0x000000, 0.8), RGBA (0x000000, 0.55), RGBA (0x000000, 0.15),
    RGBA (0x3584e4, 1),
    { RGBA (0x1c71d8, 1), RGBA (0xe66100, 1), RGBA (0x26a269, 1), RGBA (0x9141ac, 1),
      RGBA (0xc01c28, 1), RGBA (0x865e3c, 1), RGBA (0x3d3846, 1), RGBA (0x986a00, 1) },
    0.12, 1.0, 0.5, 0.6 },
  { /* dark */
    RGBA (0x242424, 1), RGBA (0xffffff, 1), RGBA (0xffffff, 0.6), RGBA (0xffffff, 0.18),
    RGBA (0x78aeed, 1),
    { RGBA (0x62a0ea, 1), RGBA (0xffa348, 1), RGBA (0x57e389, 1), RGBA (0xc061cb, 1),
      RGBA (0xf66151, 1), RGBA (0xcdab8f, 1), RGBA (0xdeddda, 1), RGBA (0xf8e45c, 1) },
    0.16, 1.0, 0.5, 0.6 },
  { /* high contrast, light */
    RGBA (0xffffff, 1), RGBA (0x000000, 1), RGBA (0x303030, 1), RGBA (0x767676, 1),
    RGBA (0x1c5fb4, 1),
    { RGBA (0x1a5fb4, 1), RGBA (0xb33c00, 1), RGBA (0x1b7a47, 1), RGBA (0x613583, 1),
      RGBA (0xa51d2d, 1), RGBA (0x63452c, 1), RGBA (0x000000, 1), RGBA (0x7a5c00, 1) },
    0.08, 1.4, 1.0, 0.9 },
  { /* high contrast, dark */
    RGBA (0x000000, 1), RGBA (0xffffff, 1), RGBA (0xe0e0e0, 1), RGBA (0x9a9a9a, 1),
    RGBA (0x99c1f1, 1),
    { RGBA (0x99c1f1, 1), RGBA (0xffbe6f, 1), RGBA (0x8ff0a4, 1), RGBA (0xdc8add, 1),
      RGBA (0xff7b63, 1), RGBA (0xe0c7ad, 1), RGBA (0xffffff, 1), RGBA (0xf9f06b, 1) },
    0.10, 1.4, 1.0, 0.9 },
};

static const Palette *
current_palette (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  return &palettes[(adw_style_manager_get_dark (manager) ? 1 : 0) +
                   (adw_style_manager_get_high_contrast (manager) ? 2 : 0)];
}

static GdkRGBA
to_gdk (const WmRadarRgba *rgba)
{
  return (GdkRGBA) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

static void
set_source (cairo_t           *cr,
            const WmRadarRgba *rgba,
            double             alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

/* Text and summaries */

static char *
score_text (double value)
{
  return isfinite (value) ? wm_report_format_score (TRUE, value) : g_strdup (_("no score"));
}

/* "1 Vision for Learning — Now: 2.0 · Autumn review (2025-10-01): 1.5" */
char *
wm_radar_view_axis_summary (const WmRadarData *data,
                            guint              axis)
{
  GString *text = g_string_new (data->labels[axis]);

  for (guint s = 0; s < data->n_series; s++)
    {
      g_autofree char *score = score_text (data->series[s].values[axis]);

      g_string_append (text, s == 0 ? " — " : " · ");
      /* Translators: a series and its score on one axis, "Now: 2.0" */
      g_string_append_printf (text, _("%s: %s"), data->series[s].name, score);
    }
  return g_string_free (text, FALSE);
}

/* What a screen reader says: the chart, its scale, then every axis with its scores. */
char *
wm_radar_view_describe (const WmRadarData *data)
{
  GString *text = g_string_new (NULL);
  g_autofree char *max = g_strdup_printf ("%g", data->max);

  if (data->ring_names != NULL && data->n_rings > 0)
    g_string_append_printf (text, _("Radar chart of %s, scale %s to %s."), data->title,
                            data->ring_names[0], data->ring_names[data->n_rings - 1]);
  else
    g_string_append_printf (text, _("Radar chart of %s, scale 0 to %s."), data->title, max);

  for (guint i = 0; i < data->n_axes; i++)
    {
      g_string_append_printf (text, " %s:", data->labels[i]);
      for (guint s = 0; s < data->n_series; s++)
        {
          g_autofree char *score = score_text (data->series[s].values[i]);

          g_string_append (text, s > 0 ? ", " : " ");
          /* Translators: a series and its score on one axis, "Now 2.0" */
          g_string_append_printf (text, _("%s %s"), data->series[s].name, score);
        }
      g_string_append_c (text, '.');
    }
  return g_string_free (text, FALSE);
}

/* Layout */

/* The body text size in pixels, so that the chart's type follows the user's text size. */
static double
body_font_pixels (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = font != NULL ? pango_font_description_get_size (font) / (double) PANGO_SCALE : 0;
  double dpi = pango_cairo_context_get_resolution (context);

  if (size <= 0)
    size = 11;
  if (font != NULL && pango_font_description_get_size_is_absolute (font))
    return size;
  return size * (dpi > 0 ? dpi : 96) / 72;
}

gboolean
wm_radar_view_ensure_layout (WmRadarView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double body;

  if (self->data == NULL || width <= 0 || height <= 0)
    return FALSE;
  if (self->layout != NULL && width == self->layout_width && height == self->layout_height)
    return TRUE;

  g_clear_pointer (&self->layout, wm_radar_layout_free);
  body = body_font_pixels (widget);
  /* The layout's type is sized for paper (at most 10 units): scale it up to the body text. */
  self->zoom = MAX (1.0, body * 0.9 / 10);
  self->caption_height = ceil (body * 2);
  if (height - self->caption_height < 1)
    return FALSE;
  self->layout = wm_radar_layout_new (self->data, width / self->zoom,
                                      (height - self->caption_height) / self->zoom, NULL);
  self->base_line_width = self->layout->line_width;
  self->layout_width = width;
  self->layout_height = height;
  return TRUE;
}

void
wm_radar_view_invalidate_layout (WmRadarView *self)
{
  g_clear_pointer (&self->layout, wm_radar_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The axis under widget point @x, @y: its label, else the nearest axis by angle inside the
 * circle. -1 when none. */
int
wm_radar_view_axis_at (WmRadarView *self,
                       double       x,
                       double       y)
{
  const WmRadarLayout *layout;
  double lx, ly, dx, dy, angle, best_distance = G_MAXDOUBLE;
  int best = -1;

  if (!wm_radar_view_ensure_layout (self))
    return -1;
  layout = self->layout;
  lx = x / self->zoom;
  ly = y / self->zoom;
  for (guint i = 0; i < layout->n_axes; i++)
    {
      const WmRadarBox *box = &layout->axes[i].box;

      if (lx >= box->x && lx <= box->x + box->width && ly >= box->y && ly <= box->y + box->height)
        return i;
    }

  dx = lx - layout->cx;
  dy = ly - layout->cy;
  if (hypot (dx, dy) > layout->radius * 1.1 || hypot (dx, dy) < 1)
    return -1;
  angle = atan2 (dx, -dy);   /* clockwise from the top, as the layout's angles */
  for (guint i = 0; i < layout->n_axes; i++)
    {
      double distance = fabs (remainder (angle - layout->axes[i].angle, 2 * G_PI));

      if (distance < best_distance)
        {
          best_distance = distance;
          best = i;
        }
    }
  return best;
}

/* Drawing */

static void
draw_axis (cairo_t             *cr,
           const WmRadarLayout *layout,
           int                  axis,
           const Palette       *palette,
           double               alpha)
{
  double angle = layout->axes[axis].angle;

  set_source (cr, &palette->accent, alpha);
  cairo_set_line_width (cr, layout->line_width * 2.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, layout->cx, layout->cy);
  cairo_line_to (cr, layout->cx + layout->radius * sin (angle),
                 layout->cy - layout->radius * cos (angle));
  cairo_stroke (cr);
}

static void
draw_focus_ring (cairo_t             *cr,
                 const WmRadarLayout *layout,
                 int                  axis,
                 const Palette       *palette,
                 double               zoom)
{
  const WmRadarBox *box = &layout->axes[axis].box;
  double pad = layout->font_size * 0.3, r = layout->font_size * 0.35;
  double x = box->x - pad, y = box->y - pad, w = box->width + 2 * pad, h = box->height + 2 * pad;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  set_source (cr, &palette->accent, palette->accent_alpha);
  cairo_set_line_width (cr, 2 / zoom);   /* 2 pixels, as libadwaita's focus ring */
  cairo_stroke (cr);
}

static void
draw_text (WmRadarView       *self,
           GtkSnapshot       *snapshot,
           const char        *text,
           const WmRadarRgba *colour,
           double             top,
           double             height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  double pad = 12, width = gtk_widget_get_width (widget) - 2 * pad;
  GdkRGBA rgba = to_gdk (colour);
  int text_width, text_height;

  if (width <= 0)
    return;
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (pad, top + (height - text_height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &rgba);
  gtk_snapshot_restore (snapshot);
}

void
wm_radar_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  WmRadarView *self = WM_RADAR_VIEW (widget);
  const Palette *palette = current_palette ();
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GdkRGBA background = to_gdk (&palette->background);
  gboolean focused = (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUSED) != 0;
  WmRadarStyle style;
  cairo_t *cr;

  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->data == NULL)
    {
      draw_text (self, snapshot, _("No scores to show"), &palette->muted, 0, height);
      return;
    }
  if (!wm_radar_view_ensure_layout (self))
    return;

  style = *wm_radar_style_print ();
  style.text = palette->text;
  style.muted = palette->muted;
  style.grid = palette->grid;
  style.background = palette->background;
  memcpy (style.series, palette->series, sizeof style.series);
  style.fill_alpha = palette->fill_alpha;
  self->layout->line_width = self->base_line_width * palette->line_scale;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, width, height - self->caption_height));
  cairo_scale (cr, self->zoom, self->zoom);
  wm_radar_draw (cr, self->layout, self->data, &style);
  if (self->hovered_axis >= 0 && self->hovered_axis != self->focused_axis)
    draw_axis (cr, self->layout, self->hovered_axis, palette, palette->highlight * 0.6);
  if (self->focused_axis >= 0)
    draw_axis (cr, self->layout, self->focused_axis, palette, palette->highlight);
  if (self->focused_axis >= 0 && focused)
    draw_focus_ring (cr, self->layout, self->focused_axis, palette, self->zoom);
  cairo_destroy (cr);

  if (focused)
    {
      g_autofree char *caption = self->focused_axis >= 0
        ? wm_radar_view_axis_summary (self->data, self->focused_axis)
        : g_strdup (_("Arrow keys read each axis; Enter goes to it"));

      draw_text (self, snapshot, caption, self->focused_axis >= 0 ? &palette->text : &palette->muted,
                 height - self->caption_height, self->caption_height);
    }
}

void
wm_radar_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  WmRadarView *self = WM_RADAR_VIEW (widget);
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? 320 : 280;
  *natural = self->compact ? *minimum : horizontal ? 640 : 520;
}
