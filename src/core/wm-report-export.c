/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-report"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "wm-export-file.h"
#include "wm-radar-export.h"
#include "wm-report-export.h"
#include "wm-report-layout.h"
#include "wm-report-odt.h"

/*
 * The governors' pack as files: a PDF of A4 pages (vector, its text selectable and its font
 * embedded), or one SVG or 300 dpi PNG per page ("pack.png", "pack-2.png", …), or an editable
 * ODF document. Every file is written whole beside its name and renamed into place only once
 * all of them are complete.
 */

gboolean
wm_report_format_from_name (const char     *name,
                            WmReportFormat *format)
{
  static const char * const names[] = { "pdf", "svg", "png", "odt" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = (WmReportFormat) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
wm_report_format_from_path (const char     *path,
                            WmReportFormat *format)
{
  const char *dot = strrchr (path, '.');

  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  /* Flat ODF is ODF too: the ending tells the writer which to write. */
  if (g_ascii_strcasecmp (dot + 1, "fodt") == 0)
    {
      *format = WM_REPORT_FORMAT_ODT;
      return TRUE;
    }
  return wm_report_format_from_name (dot + 1, format);
}

/* "pack.png" for the first page, "pack-2.png" for the second. */
static char *
page_path (const char *path,
           guint       page)
{
  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, G_DIR_SEPARATOR);

  if (page == 0)
    return g_strdup (path);
  if (dot == NULL || (slash != NULL && dot < slash))
    return g_strdup_printf ("%s-%u", path, page + 1);
  return g_strdup_printf ("%.*s-%u%s", (int) (dot - path), path, page + 1, dot);
}

static cairo_surface_t *
create_surface (WmReportFormat  format,
                const char     *temp)
{
  double scale = WM_RADAR_PNG_DPI / 72.0;

  switch (format)
    {
    case WM_REPORT_FORMAT_PDF:
      return cairo_pdf_surface_create (temp, WM_REPORT_A4_WIDTH, WM_REPORT_A4_HEIGHT);
    case WM_REPORT_FORMAT_SVG:
      return cairo_svg_surface_create (temp, WM_REPORT_A4_WIDTH, WM_REPORT_A4_HEIGHT);
    case WM_REPORT_FORMAT_PNG:
    case WM_REPORT_FORMAT_ODT:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (WM_REPORT_A4_WIDTH * scale),
                                         (int) ceil (WM_REPORT_A4_HEIGHT * scale));
    }
}

/* Draws @page (all of them for a PDF) onto @surface, white paper under it. */
static cairo_status_t
draw_pages (cairo_surface_t      *surface,
            const WmReportLayout *layout,
            WmReportFormat        format,
            guint                 first,
            guint                 last)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  if (format == WM_REPORT_FORMAT_PNG)
    cairo_scale (cr, WM_RADAR_PNG_DPI / 72.0, WM_RADAR_PNG_DPI / 72.0);
  for (guint page = first; page <= last; page++)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_translate (cr, WM_REPORT_MARGIN, WM_REPORT_MARGIN);
      wm_report_layout_draw_page (layout, cr, page);
      cairo_restore (cr);
      if (format == WM_REPORT_FORMAT_PDF)
        cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  return status;
}

static cairo_status_t
write_file (const char           *temp,
            const WmReportLayout *layout,
            WmReportFormat        format,
            const char           *title,
            guint                 first,
            guint                 last)
{
  cairo_surface_t *surface = create_surface (format, temp);
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS && format == WM_REPORT_FORMAT_PDF)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark");
    }
  if (status == CAIRO_STATUS_SUCCESS)
    status = draw_pages (surface, layout, format, first, last);
  if (status == CAIRO_STATUS_SUCCESS && format == WM_REPORT_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, temp);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

static char *
report_title (WmReport * const *reports,
              guint             n_reports)
{
  g_autoptr(GString) title = g_string_new (reports[0]->school_name);

  for (guint r = 0; r < n_reports; r++)
    g_string_append_printf (title, "%s%s", title->len > 0 ? (r == 0 ? ": " : ", ") : "",
                            reports[r]->framework_title);
  return g_string_free (g_steal_pointer (&title), FALSE);
}

/**
 * wm_report_export:
 *
 * Writes the governors' pack of @reports to @path (and, for SVG and PNG, a file per further page
 * beside it).
 *
 * Returns: (transfer full): the files written, or %NULL with @error set and nothing left behind
 */
GStrv
wm_report_export (WmReport * const *reports,
                  guint             n_reports,
                  const char       *path,
                  WmReportFormat    format,
                  GError          **error)
{
  g_autoptr(WmReportLayout) layout = NULL;
  g_autoptr(GPtrArray) temps = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GStrvBuilder) written = g_strv_builder_new ();
  g_autofree char *title = NULL;
  guint n_files;

  g_return_val_if_fail (n_reports > 0 && path != NULL, NULL);

  if (format == WM_REPORT_FORMAT_ODT)
    {
      if (!wm_report_write_odt ((WmReport **) reports, n_reports, path, error))
        return NULL;
      g_strv_builder_add (written, path);
      return g_strv_builder_end (written);
    }

  title = report_title (reports, n_reports);
  layout = wm_report_layout_new (reports, n_reports, WM_REPORT_A4_WIDTH - 2 * WM_REPORT_MARGIN,
                                 WM_REPORT_A4_HEIGHT - 2 * WM_REPORT_MARGIN, NULL);
  n_files = format == WM_REPORT_FORMAT_PDF ? 1 : wm_report_layout_get_n_pages (layout);

  for (guint f = 0; f < n_files; f++)
    {
      g_autofree char *name = page_path (path, f);
      char *temp = wm_export_file_begin (name, error);
      cairo_status_t status;

      if (temp == NULL)
        goto failed;
      g_ptr_array_add (temps, temp);
      status = format == WM_REPORT_FORMAT_PDF
        ? write_file (temp, layout, format, title, 0, wm_report_layout_get_n_pages (layout) - 1)
        : write_file (temp, layout, format, title, f, f);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          wm_export_file_set_error (error, name, status == CAIRO_STATUS_WRITE_ERROR ? EIO : 0,
                                    cairo_status_to_string (status));
          goto failed;
        }
    }

  /* Every page is complete. A name that cannot be taken (a folder of that name) is found before
   * any is, so the pages are all replaced or none is. */
  for (guint f = 0; f < n_files; f++)
    {
      g_autofree char *name = page_path (path, f);

      if (g_file_test (name, G_FILE_TEST_IS_DIR))
        {
          wm_export_file_set_error (error, name, EISDIR, NULL);
          goto failed;
        }
    }

  /* Only now does any take its name. */
  for (guint f = 0; f < n_files; f++)
    {
      g_autofree char *name = page_path (path, f);

      gboolean committed = wm_export_file_commit (g_ptr_array_index (temps, f), name, error);

      /* Committed or removed by the commit: either way no longer to abandon. */
      g_clear_pointer (&temps->pdata[f], g_free);
      if (!committed)
        goto failed;
      g_strv_builder_add (written, name);
    }
  return g_strv_builder_end (written);

failed:
  for (guint f = 0; f < temps->len; f++)
    wm_export_file_abandon (g_ptr_array_index (temps, f));
  return NULL;
}
