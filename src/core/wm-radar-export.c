/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-radar"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wm-radar-export.h"
#include "wm-store.h"

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

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno,
                 const char  *reason)
{
  int code = saved_errno == ENOSPC ? WM_STORE_ERROR_FULL :
             saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM
               ? WM_STORE_ERROR_READ_ONLY : WM_STORE_ERROR_FAILED;

  g_set_error (error, WM_STORE_ERROR, code, _("Could not write the chart to %s: %s"),
               path, reason != NULL ? reason : g_strerror (saved_errno));
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
  g_autofree char *temp = g_strconcat (path, ".XXXXXX", NULL);
  cairo_status_t status;
  int fd;

  g_return_val_if_fail (data != NULL && path != NULL, FALSE);
  g_return_val_if_fail (width_pt > 0 && height_pt > 0, FALSE);

  /* Made (and so reserved) here, readable as any new file; cairo then writes to it by name. */
  if ((fd = g_mkstemp_full (temp, O_RDWR, 0666)) < 0)
    {
      set_write_error (error, path, errno, NULL);
      return FALSE;
    }
  g_close (fd, NULL);

  status = write_surface (data, temp, format, width_pt, height_pt);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      int saved_errno = status == CAIRO_STATUS_WRITE_ERROR ? EIO : 0;

      g_unlink (temp);
      set_write_error (error, path, saved_errno, cairo_status_to_string (status));
      return FALSE;
    }
  if (g_rename (temp, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp);
      set_write_error (error, path, saved_errno, NULL);
      return FALSE;
    }
  return TRUE;
}
