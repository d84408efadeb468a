/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-radar"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wm-radar-private.h"

/*
 * The radar chart's data, its print style, its legend and the one routine that draws it. The
 * same wm_radar_draw() serves the widget, the print operation and every export surface, so it
 * only draws what wm_radar_layout_new() placed.
 */

WmRadarData *
wm_radar_data_new (const char *title,
                   guint       n_axes,
                   double      max)
{
  WmRadarData *data = g_new0 (WmRadarData, 1);

  data->title = g_strdup (title != NULL ? title : "");
  data->n_axes = CLAMP (n_axes, WM_RADAR_MIN_AXES, WM_RADAR_MAX_AXES);
  data->labels = g_new0 (char *, data->n_axes + 1);
  data->short_labels = g_new0 (char *, data->n_axes + 1);
  data->max = max;
  for (guint i = 0; i < data->n_axes; i++)
    {
      data->short_labels[i] = g_strdup_printf ("%u", i + 1);
      data->labels[i] = g_strdup (data->short_labels[i]);
    }
  return data;
}

void
wm_radar_data_set_axis (WmRadarData *data,
                        guint        axis,
                        const char  *label,
                        const char  *short_label)
{
  g_return_if_fail (axis < data->n_axes && label != NULL);

  g_free (data->labels[axis]);
  data->labels[axis] = g_strdup (label);
  if (short_label != NULL)
    {
      g_free (data->short_labels[axis]);
      data->short_labels[axis] = g_strdup (short_label);
    }
}

void
wm_radar_data_set_rings (WmRadarData        *data,
                         const char * const *ring_names,
                         guint               n_rings)
{
  g_strfreev (data->ring_names);
  data->ring_names = NULL;
  data->n_rings = MIN (n_rings, 16);
  if (ring_names != NULL)
    {
      data->ring_names = g_new0 (char *, data->n_rings + 1);
      for (guint r = 0; r < data->n_rings; r++)
        data->ring_names[r] = g_strdup (ring_names[r]);
    }
}

/* Returns FALSE when the chart already has WM_RADAR_MAX_SERIES series. */
gboolean
wm_radar_data_add_series (WmRadarData  *data,
                          const char   *name,
                          const double *values)
{
  WmRadarSeries *series;

  if (data->n_series >= WM_RADAR_MAX_SERIES)
    return FALSE;
  series = &data->series[data->n_series++];
  series->name = g_strdup (name);
  series->values = g_memdup2 (values, sizeof (double) * data->n_axes);
  return TRUE;
}

static gboolean
is_number (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;
  for (const char *c = id; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;
  return TRUE;
}

/**
 * wm_radar_data_from_scores:
 * @scores: (array length=n_series): scores of one framework, one per series
 *
 * One axis per element, named by its title ("8 Leadership" when its id is a number).
 */
WmRadarData *
wm_radar_data_from_scores (const char          *title,
                           WmScores           **scores,
                           const char         **series_names,
                           guint                n_series,
                           const char * const  *ring_names,
                           guint                n_rings)
{
  GPtrArray *elements;
  WmRadarData *data;

  g_return_val_if_fail (n_series > 0 && scores[0] != NULL, NULL);

  elements = scores[0]->elements;
  data = wm_radar_data_new (title, elements->len, scores[0]->max);
  for (guint i = 0; i < data->n_axes && i < elements->len; i++)
    {
      const WmElementScore *element = g_ptr_array_index (elements, i);
      g_autofree char *label = is_number (element->id)
        ? g_strdup_printf ("%s %s", element->id, element->title) : g_strdup (element->title);

      wm_radar_data_set_axis (data, i, label, is_number (element->id) ? element->id : NULL);
    }
  wm_radar_data_set_rings (data, ring_names, n_rings);

  for (guint s = 0; s < n_series; s++)
    {
      g_autofree double *values = g_new (double, data->n_axes);

      /* By element id, not position: a snapshot taken under another version of
       * the framework may lack an element, or hold it elsewhere. */
      for (guint i = 0; i < data->n_axes; i++)
        {
          const WmElementScore *axis = g_ptr_array_index (elements, i);
          const WmElementScore *element = NULL;

          for (guint e = 0; element == NULL && e < scores[s]->elements->len; e++)
            {
              const WmElementScore *candidate = g_ptr_array_index (scores[s]->elements, e);

              if (g_str_equal (candidate->id, axis->id))
                element = candidate;
            }
          values[i] = element != NULL && element->has_score ? element->score : NAN;
        }
      wm_radar_data_add_series (data, series_names[s], values);
    }
  return data;
}

void
wm_radar_data_free (WmRadarData *data)
{
  if (data == NULL)
    return;
  for (guint s = 0; s < data->n_series; s++)
    {
      g_free (data->series[s].name);
      g_free (data->series[s].values);
    }
  g_free (data->title);
  g_strfreev (data->labels);
  g_strfreev (data->short_labels);
  g_strfreev (data->ring_names);
  g_free (data);
}

#define RGB(hex) { ((hex) >> 16) / 255.0, (((hex) >> 8) & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Paper: the Okabe–Ito palette (its yellow darkened to show on white), and a different line for
 * every series so that a greyscale copy still tells them apart. */
static const WmRadarStyle print_style = {
  .text = RGB (0x1a1a1a),
  .muted = RGB (0x555555),
  .grid = RGB (0xb4b4b4),
  .background = RGB (0xffffff),
  .series = { RGB (0x0072b2), RGB (0xd55e00), RGB (0x009e73), RGB (0xcc79a7),
              RGB (0xe69f00), RGB (0x56b4e9), RGB (0x000000), RGB (0xa89200) },
  .dashes = { { 0 }, { 7, 3 }, { 1.2, 2.4 }, { 7, 2.5, 1.2, 2.5 }, { 3, 3 },
              { 7, 2.5, 1.2, 2.5, 1.2, 2.5 }, { 14, 4 }, { 3, 2.5, 1.2, 2.5 } },
  .n_dashes = { 0, 2, 2, 4, 2, 6, 2, 4 },
  .fill_alpha = 0.10,
};

const WmRadarStyle *
wm_radar_style_print (void)
{
  return &print_style;
}

void
wm_radar_select_font (cairo_t    *cr,
                      const char *family,
                      double      size,
                      gboolean    bold)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the layout measured on one surface stays true on every other. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);
  cairo_select_font_face (cr, family != NULL ? family : WM_RADAR_FONT, CAIRO_FONT_SLANT_NORMAL,
                          bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, size);
}

/* "1 Vision for Learning" for the key, or "3  Resilience" when the short label is not in it. */
static char *
key_entry (const WmRadarData *data,
           guint              axis)
{
  const char *full = data->labels[axis], *abbr = data->short_labels[axis];
  gsize n = strlen (abbr);

  if (g_str_has_prefix (full, abbr) && (full[n] == ' ' || full[n] == '\0'))
    return g_strdup (full);
  return g_strdup_printf ("%s  %s", abbr, full);
}

/* Lays out (when @place) the series' samples and, if the labels were shortened, the key below
 * them, from @top. Returns the legend's height either way. */
double
wm_radar_legend_build (WmRadarLayout     *layout,
                       const WmRadarData *data,
                       cairo_t           *cr,
                       double             x,
                       double             width,
                       double             top,
                       gboolean           place)
{
  double size = layout->font_size, sample = size * 3, gap = size * 0.4;
  double y = top, at = x, ascent, line;
  cairo_font_extents_t extents;

  wm_radar_select_font (cr, NULL, size, FALSE);
  cairo_font_extents (cr, &extents);
  ascent = extents.ascent;
  line = extents.height;
  for (guint s = 0; s < data->n_series; s++)
    {
      g_autofree char *name = wm_radar_fit_text (cr, data->series[s].name, width - sample - gap, NULL);
      cairo_text_extents_t name_extents;
      double entry;

      cairo_text_extents (cr, name, &name_extents);
      entry = sample + gap + name_extents.x_advance;
      if (at > x && at + entry > x + width)
        {
          at = x;
          y += line;
        }
      if (place)
        {
          layout->swatches[s] = (WmRadarBox) { at, y + line * 0.15, sample, line * 0.7 };
          wm_radar_layout_add_text (layout, g_steal_pointer (&name), at + sample + gap, y + ascent,
                                    size, WM_RADAR_TEXT_LEGEND);
        }
      at += entry + size * 1.5;
    }
  if (data->n_series > 0)
    y += line;

  if (layout->has_key)
    {
      double key_size = size * 0.9, widest = 0, column_gap = size, column;
      g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_free);
      guint n = data->n_axes, columns, rows;

      y += line * 0.3;
      wm_radar_select_font (cr, NULL, key_size, FALSE);
      cairo_font_extents (cr, &extents);
      for (guint i = 0; i < n; i++)
        {
          cairo_text_extents_t entry_extents;

          g_ptr_array_add (entries, key_entry (data, i));
          cairo_text_extents (cr, g_ptr_array_index (entries, i), &entry_extents);
          widest = MAX (widest, entry_extents.x_advance);
        }
      columns = CLAMP ((guint) floor ((width + column_gap) / (widest + column_gap)), 1, n);
      rows = (n + columns - 1) / columns;
      /* Many axes: more, narrower columns rather than a key taller than a third of the page. */
      while (rows * extents.height > layout->height * 0.35 && columns < n)
        {
          columns++;
          rows = (n + columns - 1) / columns;
        }
      column = MIN (widest, (width - (columns - 1) * column_gap) / columns);

      for (guint i = 0; place && i < n; i++)
        wm_radar_layout_add_text (layout,
                                  wm_radar_fit_text (cr, g_ptr_array_index (entries, i), column, NULL),
                                  x + (i / rows) * (column + column_gap),
                                  y + (i % rows) * extents.height + extents.ascent,
                                  key_size, WM_RADAR_TEXT_KEY);
      y += rows * extents.height;
    }

  if (place)
    layout->legend_box = (WmRadarBox) { x, top, width, y - top };
  return y - top;
}

static void
set_colour (cairo_t           *cr,
            const WmRadarRgba *rgba,
            double             alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static void
set_series_line (cairo_t             *cr,
                 const WmRadarStyle  *style,
                 guint                s,
                 double               width)
{
  double dashes[WM_RADAR_MAX_DASHES];

  for (guint d = 0; d < style->n_dashes[s]; d++)
    dashes[d] = style->dashes[s][d] * width;
  cairo_set_dash (cr, dashes, style->n_dashes[s], 0);
  cairo_set_line_width (cr, width);
  set_colour (cr, &style->series[s], 1);
}

/* The valid points of series @s, as one closed path (an open one when only two are valid). */
static guint
series_path (cairo_t             *cr,
             const WmRadarLayout *layout,
             guint                s)
{
  guint n_valid = 0;

  cairo_new_path (cr);
  for (guint i = 0; i < layout->n_axes; i++)
    if (layout->points[s][i].valid)
      {
        cairo_line_to (cr, layout->points[s][i].x, layout->points[s][i].y);
        n_valid++;
      }
  if (n_valid > 2)
    cairo_close_path (cr);
  return n_valid;
}

static void
draw_grid (cairo_t             *cr,
           const WmRadarLayout *layout,
           const WmRadarStyle  *style)
{
  set_colour (cr, &style->grid, 1);
  cairo_set_line_width (cr, layout->line_width * 0.5);
  for (guint r = 0; r < layout->n_rings; r++)
    {
      for (guint i = 0; i < layout->n_axes; i++)
        cairo_line_to (cr, layout->cx + layout->ring_radius[r] * sin (layout->axes[i].angle),
                       layout->cy - layout->ring_radius[r] * cos (layout->axes[i].angle));
      cairo_close_path (cr);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < layout->n_axes; i++)
    {
      cairo_move_to (cr, layout->cx, layout->cy);
      cairo_line_to (cr, layout->cx + layout->radius * sin (layout->axes[i].angle),
                     layout->cy - layout->radius * cos (layout->axes[i].angle));
    }
  cairo_stroke (cr);
}

static void
draw_series (cairo_t             *cr,
             const WmRadarLayout *layout,
             const WmRadarStyle  *style)
{
  double width = layout->line_width;

  for (guint s = 0; s < layout->n_series; s++)
    if (series_path (cr, layout, s) > 2)
      {
        set_colour (cr, &style->series[s], style->fill_alpha);
        cairo_fill (cr);
      }

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint s = 0; s < layout->n_series; s++)
    {
      set_series_line (cr, style, s, width);
      if (series_path (cr, layout, s) > 1)
        cairo_stroke (cr);
      cairo_new_path (cr);
      for (guint i = 0; i < layout->n_axes; i++)
        if (layout->points[s][i].valid)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, layout->points[s][i].x, layout->points[s][i].y, width * 1.6, 0, 2 * G_PI);
          }
      cairo_fill (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_legend_samples (cairo_t             *cr,
                     const WmRadarLayout *layout,
                     const WmRadarStyle  *style)
{
  for (guint s = 0; s < layout->n_series; s++)
    {
      const WmRadarBox *box = &layout->swatches[s];

      set_colour (cr, &style->series[s], style->fill_alpha * 2);
      cairo_rectangle (cr, box->x, box->y, box->width, box->height);
      cairo_fill (cr);
      set_series_line (cr, style, s, layout->line_width * 1.2);
      cairo_move_to (cr, box->x, box->y + box->height / 2);
      cairo_line_to (cr, box->x + box->width, box->y + box->height / 2);
      cairo_stroke (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);
}

/**
 * wm_radar_draw:
 *
 * Draws the chart @layout placed for @data onto @cr, in user units from (0, 0) to the layout's
 * size. Draws only: every position was computed by wm_radar_layout_new().
 */
void
wm_radar_draw (cairo_t             *cr,
               const WmRadarLayout *layout,
               const WmRadarData   *data,
               const WmRadarStyle  *style)
{
  g_return_if_fail (cr != NULL && layout != NULL && data != NULL);

  if (style == NULL)
    style = wm_radar_style_print ();

  cairo_save (cr);
  set_colour (cr, &style->background, 1);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);

  draw_grid (cr, layout, style);
  draw_series (cr, layout, style);
  draw_legend_samples (cr, layout, style);

  for (guint t = 0; t < layout->texts->len; t++)
    {
      const WmRadarText *text = &g_array_index (layout->texts, WmRadarText, t);

      wm_radar_select_font (cr, NULL, text->size, text->role == WM_RADAR_TEXT_TITLE);
      cairo_move_to (cr, text->x, text->y);
      if (text->role == WM_RADAR_TEXT_RING)
        {
          /* A halo of the background keeps ring names legible over the series. */
          cairo_text_path (cr, text->text);
          set_colour (cr, &style->background, 0.85);
          cairo_set_line_width (cr, text->size * 0.3);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_stroke (cr);
          cairo_move_to (cr, text->x, text->y);
        }
      set_colour (cr, text->role == WM_RADAR_TEXT_RING ? &style->muted : &style->text, 1);
      cairo_show_text (cr, text->text);
    }
  cairo_restore (cr);
}
