/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-radar"

#include "config.h"

#include <math.h>

#include "wm-radar-private.h"

/*
 * The radar chart's geometry, computed once for one size: nothing here draws. Labels are tried
 * whole (wrapped), then cut, then as their short labels, and for each the circle's radius shrinks
 * until no label box touches another, the circle or the edge. docs/radar.md has the rules.
 */

typedef enum {
  MODE_WRAP_WIDE,
  MODE_WRAP_NARROW,
  MODE_CUT,
  MODE_SHORT,
  N_MODES
} LabelMode;

typedef struct {
  GPtrArray *lines;
  double     width, height;
  gboolean   abbreviated;
} Label;

#define MAX_LINES 3

static double
text_width (cairo_t    *cr,
            const char *text)
{
  cairo_text_extents_t extents;

  cairo_text_extents (cr, text, &extents);
  return extents.x_advance;
}

/* @text as it fits in @max_width, cut at a character with "…" when it does not. */
char *
wm_radar_fit_text (cairo_t    *cr,
                   const char *text,
                   double      max_width,
                   gboolean   *cut)
{
  glong n = g_utf8_strlen (text, -1);

  if (cut != NULL)
    *cut = FALSE;
  if (text_width (cr, text) <= max_width)
    return g_strdup (text);
  if (cut != NULL)
    *cut = TRUE;

  for (glong keep = n - 1; keep > 0; keep--)
    {
      const char *end = g_utf8_offset_to_pointer (text, keep);
      g_autofree char *head = g_strndup (text, end - text);
      g_autofree char *trimmed = g_strchomp (g_strdup (head));
      g_autofree char *candidate = g_strconcat (trimmed, "…", NULL);

      if (text_width (cr, candidate) <= max_width)
        return g_steal_pointer (&candidate);
    }
  return g_strdup ("…");
}

/* Greedy word wrap into at most MAX_LINES lines of @max_width. */
static void
wrap_label (cairo_t    *cr,
            const char *text,
            double      max_width,
            Label      *label)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GString *line = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *longer = NULL;

      if (*words[i] == '\0')
        continue;
      longer = line->len > 0 ? g_strconcat (line->str, " ", words[i], NULL) : g_strdup (words[i]);
      if (line->len > 0 && text_width (cr, longer) > max_width)
        {
          g_ptr_array_add (label->lines, g_string_free (line, FALSE));
          line = g_string_new (words[i]);
        }
      else
        g_string_assign (line, longer);
    }
  g_ptr_array_add (label->lines, g_string_free (line, FALSE));

  if (label->lines->len > MAX_LINES)
    {
      GString *rest = g_string_new (g_ptr_array_index (label->lines, MAX_LINES - 1));

      for (guint i = MAX_LINES; i < label->lines->len; i++)
        g_string_append_printf (rest, " %s", (char *) g_ptr_array_index (label->lines, i));
      g_ptr_array_set_size (label->lines, MAX_LINES - 1);
      g_ptr_array_add (label->lines, g_string_free (rest, FALSE));
      label->abbreviated = TRUE;
    }
  /* A single word longer than the width is cut too. */
  for (guint i = 0; i < label->lines->len; i++)
    {
      gboolean cut;
      char *fitted = wm_radar_fit_text (cr, g_ptr_array_index (label->lines, i), max_width, &cut);

      g_free (g_ptr_array_index (label->lines, i));
      label->lines->pdata[i] = fitted;
      label->abbreviated |= cut;
    }
}

static void
make_label (cairo_t           *cr,
            const WmRadarData *data,
            guint              axis,
            LabelMode          mode,
            double             plot_width,
            double             line_height,
            Label             *label)
{
  const char *full = data->labels[axis];

  label->lines = g_ptr_array_new_with_free_func (g_free);
  label->abbreviated = FALSE;
  switch (mode)
    {
    case MODE_WRAP_WIDE:
    case MODE_WRAP_NARROW:
      wrap_label (cr, full, plot_width * (mode == MODE_WRAP_WIDE ? 0.26 : 0.18), label);
      break;
    case MODE_CUT:
      {
        gboolean cut;

        g_ptr_array_add (label->lines, wm_radar_fit_text (cr, full, plot_width * 0.14, &cut));
        label->abbreviated = cut;
      }
      break;
    case MODE_SHORT:
    case N_MODES:
    default:
      g_ptr_array_add (label->lines, g_strdup (data->short_labels[axis]));
      label->abbreviated = !g_str_equal (full, data->short_labels[axis]);
      break;
    }

  label->width = 0;
  for (guint i = 0; i < label->lines->len; i++)
    label->width = MAX (label->width, text_width (cr, g_ptr_array_index (label->lines, i)));
  label->height = label->lines->len * line_height;
}

static gboolean
boxes_meet (const WmRadarBox *a,
            const WmRadarBox *b,
            double            pad)
{
  return a->x < b->x + b->width + pad && b->x < a->x + a->width + pad &&
         a->y < b->y + b->height + pad && b->y < a->y + a->height + pad;
}

double
wm_radar_box_distance (const WmRadarBox *box,
                       double            x,
                       double            y)
{
  double nx = CLAMP (x, box->x, box->x + box->width);
  double ny = CLAMP (y, box->y, box->y + box->height);

  return hypot (nx - x, ny - y);
}

static gboolean
box_inside (const WmRadarBox *box,
            const WmRadarBox *area)
{
  return box->x >= area->x && box->y >= area->y &&
         box->x + box->width <= area->x + area->width &&
         box->y + box->height <= area->y + area->height;
}

/* Puts each label's box just outside a circle of @radius, pushed out along its axis until clear. */
static void
place_labels (WmRadarLayout *layout,
              const Label   *labels,
              double         radius,
              double         gap)
{
  for (guint i = 0; i < layout->n_axes; i++)
    {
      WmRadarAxis *axis = &layout->axes[i];
      double dx = sin (axis->angle), dy = -cos (axis->angle);
      double distance = radius + gap;
      WmRadarBox *box = &axis->box;

      box->width = labels[i].width;
      box->height = labels[i].height;
      for (guint step = 0; step < 400; step++, distance += gap * 0.25)
        {
          box->x = layout->cx + distance * dx - box->width * (1 - dx) / 2;
          box->y = layout->cy + distance * dy - box->height * (1 - dy) / 2;
          if (wm_radar_box_distance (box, layout->cx, layout->cy) >= radius + gap)
            break;
        }
      axis->abbreviated = labels[i].abbreviated;
    }
}

static gboolean
labels_fit (const WmRadarLayout *layout,
            double               pad)
{
  for (guint i = 0; i < layout->n_axes; i++)
    {
      if (!box_inside (&layout->axes[i].box, &layout->plot_area))
        return FALSE;
      for (guint j = i + 1; j < layout->n_axes; j++)
        if (boxes_meet (&layout->axes[i].box, &layout->axes[j].box, pad))
          return FALSE;
    }
  return TRUE;
}

/* The largest radius at which every label fits, or 0. */
static double
search_radius (WmRadarLayout *layout,
               const Label   *labels,
               double         gap)
{
  const WmRadarBox *area = &layout->plot_area;
  double high = MIN (area->width, area->height) / 2 - gap;
  double step = MAX (0.5, high / 120);

  layout->cx = area->x + area->width / 2;
  layout->cy = area->y + area->height / 2;
  for (double radius = high; radius >= 4 * gap; radius -= step)
    {
      place_labels (layout, labels, radius, gap);
      if (labels_fit (layout, gap * 0.3))
        return radius;
    }
  return 0;
}

void
wm_radar_layout_add_text (WmRadarLayout   *layout,
                          char            *text,
                          double           x,
                          double           y,
                          double           size,
                          WmRadarTextRole  role)
{
  WmRadarText item = { text, x, y, size, role };

  g_array_append_val (layout->texts, item);
}

static void
clear_text (gpointer item)
{
  g_free (((WmRadarText *) item)->text);
}

static void
add_label_texts (WmRadarLayout *layout,
                 const Label   *labels,
                 cairo_t       *cr,
                 double         ascent,
                 double         line_height)
{
  for (guint i = 0; i < layout->n_axes; i++)
    {
      const WmRadarBox *box = &layout->axes[i].box;
      double dx = sin (layout->axes[i].angle);

      for (guint l = 0; l < labels[i].lines->len; l++)
        {
          const char *line = g_ptr_array_index (labels[i].lines, l);
          double width = text_width (cr, line);
          double x = dx > 0.3 ? box->x : dx < -0.3 ? box->x + box->width - width
                                                   : box->x + (box->width - width) / 2;

          wm_radar_layout_add_text (layout, g_strdup (line), x, box->y + ascent + l * line_height,
                    layout->font_size, WM_RADAR_TEXT_LABEL);
        }
    }
}

static void
clear_labels (Label *labels,
              guint  n)
{
  for (guint i = 0; i < n; i++)
    g_clear_pointer (&labels[i].lines, g_ptr_array_unref);
}

/* Moves the circle and its labels up under the title, so that a tall page has its blank space
 * below the legend rather than around the chart. Returns the new bottom of the chart. */
static double
pull_up (WmRadarLayout *layout)
{
  double top = layout->cy - layout->radius, bottom = layout->cy + layout->radius, shift;

  for (guint i = 0; i < layout->n_axes; i++)
    {
      top = MIN (top, layout->axes[i].box.y);
      bottom = MAX (bottom, layout->axes[i].box.y + layout->axes[i].box.height);
    }
  shift = MAX (0, top - layout->plot_area.y);
  layout->cy -= shift;
  for (guint i = 0; i < layout->n_axes; i++)
    layout->axes[i].box.y -= shift;
  return bottom - shift;
}

static gboolean
try_layout (WmRadarLayout     *layout,
            const WmRadarData *data,
            cairo_t           *cr,
            double             font_size,
            gboolean           last_chance)
{
  double margin = MAX (4, MIN (layout->width, layout->height) * 0.03);
  double title_size = font_size * 1.5;
  double usable = layout->width - 2 * margin;
  g_autofree Label *labels = g_new0 (Label, data->n_axes);
  cairo_font_extents_t extents;

  layout->font_size = font_size;
  for (LabelMode mode = 0; mode < N_MODES; mode++)
    {
      double line_height, legend_height, top, radius, gap = font_size * 0.5;
      gboolean key = FALSE;

      g_array_set_size (layout->texts, 0);
      wm_radar_select_font (cr, NULL, title_size, TRUE);
      cairo_font_extents (cr, &extents);
      wm_radar_layout_add_text (layout, wm_radar_fit_text (cr, data->title, usable, NULL),
                margin, margin + extents.ascent, title_size, WM_RADAR_TEXT_TITLE);
      top = margin + extents.height + gap;

      wm_radar_select_font (cr, NULL, font_size, FALSE);
      cairo_font_extents (cr, &extents);
      line_height = extents.height;
      for (guint i = 0; i < data->n_axes; i++)
        {
          make_label (cr, data, i, mode, usable, line_height, &labels[i]);
          key |= labels[i].abbreviated;
        }

      layout->has_key = key;
      legend_height = wm_radar_legend_build (layout, data, cr, margin, usable, 0, FALSE);
      layout->plot_area = (WmRadarBox) { margin, top, usable,
                                         layout->height - margin - legend_height - gap - top };
      radius = layout->plot_area.height > 8 * gap ? search_radius (layout, labels, gap) : 0;

      if (radius > 0 &&
          (radius >= 0.3 * MIN (layout->plot_area.width, layout->plot_area.height) ||
           mode == MODE_SHORT))
        {
          double bottom;

          layout->radius = radius;
          place_labels (layout, labels, radius, gap);
          bottom = pull_up (layout);
          wm_radar_select_font (cr, NULL, font_size, FALSE);
          add_label_texts (layout, labels, cr, extents.ascent, line_height);
          wm_radar_legend_build (layout, data, cr, margin, usable,
                                 MIN (bottom + 2 * gap, layout->height - margin - legend_height),
                                 TRUE);
          clear_labels (labels, data->n_axes);
          return TRUE;
        }
      if (last_chance && mode == MODE_SHORT)
        {
          /* Far too small to be readable: keep the circle tiny rather than overlap. */
          layout->radius = gap;
          layout->cx = layout->plot_area.x + layout->plot_area.width / 2;
          layout->cy = layout->plot_area.y + MAX (0, layout->plot_area.height) / 2;
          place_labels (layout, labels, layout->radius, gap);
          clear_labels (labels, data->n_axes);
          return TRUE;
        }
      clear_labels (labels, data->n_axes);
    }
  return FALSE;
}

static void
place_points (WmRadarLayout     *layout,
              const WmRadarData *data)
{
  for (guint r = 0; r < layout->n_rings; r++)
    layout->ring_radius[r] = layout->radius * (r + 1) / layout->n_rings;

  for (guint s = 0; s < layout->n_series; s++)
    {
      layout->points[s] = g_new0 (WmRadarPoint, layout->n_axes);
      for (guint i = 0; i < layout->n_axes; i++)
        {
          double value = data->series[s].values[i];
          double fraction = data->max > 0 ? CLAMP (value / data->max, 0, 1) : 0;
          double angle = layout->axes[i].angle;

          layout->points[s][i].valid = isfinite (value);
          layout->points[s][i].x = layout->cx + layout->radius * fraction * sin (angle);
          layout->points[s][i].y = layout->cy - layout->radius * fraction * cos (angle);
        }
    }
}

/**
 * wm_radar_layout_new:
 * @measure_cr: (nullable): measures text; any cairo_t will do, it is left as it was
 *
 * Computes where everything of @data goes on a @width × @height chart.
 */
WmRadarLayout *
wm_radar_layout_new (const WmRadarData *data,
                     double             width,
                     double             height,
                     cairo_t           *measure_cr)
{
  WmRadarLayout *layout = g_new0 (WmRadarLayout, 1);
  cairo_surface_t *surface = NULL;
  cairo_t *cr = measure_cr;
  double size;

  g_return_val_if_fail (data != NULL && data->n_axes >= WM_RADAR_MIN_AXES, layout);

  if (cr == NULL)
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      cr = cairo_create (surface);
    }
  cairo_save (cr);

  layout->width = width;
  layout->height = height;
  layout->line_width = CLAMP (MIN (width, height) / 350, 0.75, 2.2);
  layout->n_axes = data->n_axes;
  layout->n_rings = MIN (data->n_rings, G_N_ELEMENTS (layout->ring_radius));
  layout->n_series = data->n_series;
  layout->axes = g_new0 (WmRadarAxis, data->n_axes);
  layout->texts = g_array_new (FALSE, TRUE, sizeof (WmRadarText));
  g_array_set_clear_func (layout->texts, clear_text);
  for (guint i = 0; i < data->n_axes; i++)
    layout->axes[i].angle = 2 * G_PI * i / data->n_axes;

  /* Shrink the type only when no way of writing the labels fits. */
  for (size = CLAMP (MIN (width, height) / 45, 6, 10); ; size *= 0.85)
    if (try_layout (layout, data, cr, size, size * 0.85 < 4))
      break;

  /* Ring names sit just inside each ring, beside the first axis (which points up). */
  if (data->ring_names != NULL)
    for (guint r = 0; r < layout->n_rings; r++)
      wm_radar_layout_add_text (layout, g_strdup (data->ring_names[r]), layout->cx + layout->font_size * 0.4,
                layout->cy - layout->radius * (r + 1) / layout->n_rings + layout->font_size,
                layout->font_size * 0.85, WM_RADAR_TEXT_RING);
  place_points (layout, data);

  cairo_restore (cr);
  if (surface != NULL)
    {
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  return layout;
}

void
wm_radar_layout_free (WmRadarLayout *layout)
{
  if (layout == NULL)
    return;
  for (guint s = 0; s < WM_RADAR_MAX_SERIES; s++)
    g_free (layout->points[s]);
  g_free (layout->axes);
  g_clear_pointer (&layout->texts, g_array_unref);
  g_free (layout);
}
