/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-radar"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "wm-export-file.h"
#include "wm-radar-export.h"

/*
 * The radar chart as a PDF (vector, its text selectable), an SVG or a 300 dpi PNG. Each is drawn
 * by wm_radar_draw() into a temporary file beside @path and renamed over it only once complete,
 * so a failed export never leaves half a file.
 */

gboolean
wm_radar_format_from_path (const char    *path,
                           WmRadarFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    *format = WM_RADAR_FORMAT_PDF;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = WM_RADAR_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".png"))
    *format = WM_RADAR_FORMAT_PNG;
  else
    return FALSE;
  return TRUE;
}

static cairo_status_t
draw_to (cairo_surface_t   *surface,
         const WmRadarData *data,
         double             scale,
         double             width_pt,
         double             height_pt)
{
  cairo_t *cr = cairo_create (surface);
  WmRadarLayout *layout;
  cairo_status_t status;

  cairo_scale (cr, scale, scale);
  layout = wm_radar_layout_new (data, width_pt, height_pt, cr);
  wm_radar_draw (cr, layout, data, wm_radar_style_print ());
  wm_radar_layout_free (layout);
  status = cairo_status (cr);
  cairo_destroy (cr);
  return status;
}

static cairo_status_t
write_surface (const WmRadarData *data,
               const char        *path,
               WmRadarFormat      format,
               double             width_pt,
               double             height_pt)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  double scale = 1;

  switch (format)
    {
    case WM_RADAR_FORMAT_PDF:
      surface = cairo_pdf_surface_create (path, width_pt, height_pt);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, data->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark");
      break;
    case WM_RADAR_FORMAT_SVG:
      surface = cairo_svg_surface_create (path, width_pt, height_pt);
      break;
    case WM_RADAR_FORMAT_PNG:
    default:
      scale = WM_RADAR_PNG_DPI / 72.0;
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width_pt * scale),
                                            (int) ceil (height_pt * scale));
      break;
    }

  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = draw_to (surface, data, scale, width_pt, height_pt);
  if (status == CAIRO_STATUS_SUCCESS && format == WM_RADAR_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

/**
 * wm_radar_export:
 * @width_pt: the chart's width in points (1/72 inch); a PNG is @width_pt ÷ 72 × 300 pixels wide
 *
 * Writes the chart of @data to @path, replacing it only once the new file is complete.
 */
gboolean
wm_radar_export (const WmRadarData  *data,
                 const char         *path,
                 WmRadarFormat       format,
                 double              width_pt,
                 double              height_pt,
                 GError            **error)
{
  g_autofree char *temp = NULL;
  cairo_status_t status;

  g_return_val_if_fail (data != NULL && path != NULL, FALSE);
  g_return_val_if_fail (width_pt > 0 && height_pt > 0, FALSE);

  if (!(temp = wm_export_file_begin (path, error)))
    return FALSE;
  status = write_surface (data, temp, format, width_pt, height_pt);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      wm_export_file_abandon (temp);
      wm_export_file_set_error (error, path, status == CAIRO_STATUS_WRITE_ERROR ? EIO : 0,
                                cairo_status_to_string (status));
      return FALSE;
    }
  return wm_export_file_commit (temp, path, error);
}

static cairo_status_t
append_png_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * wm_radar_export_png_bytes:
 *
 * The chart as a 300 dpi PNG in memory, for a document that embeds it (the ODF report).
 */
GBytes *
wm_radar_export_png_bytes (const WmRadarData  *data,
                           double              width_pt,
                           double              height_pt,
                           GError            **error)
{
  double scale = WM_RADAR_PNG_DPI / 72.0;
  /* Less a hair, so that 480 pt × 300 ÷ 72 is 2000 pixels, not 2001 by rounding. */
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) ceil (width_pt * scale - 1e-6),
                                                         (int) ceil (height_pt * scale - 1e-6));
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_t *cr = cairo_create (surface);

      /* The last row of pixels is only partly under the chart: paper under it, not black. */
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_destroy (cr);
      status = draw_to (surface, data, scale, width_pt, height_pt);
    }
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_png_cb, png);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED, _("Could not draw the chart “%s”: %s"),
                   data->title, cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}
