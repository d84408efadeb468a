/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <cairo-pdf.h>

#include "wm-export-file.h"
#include "wm-report-layout.h"
#include "wm-trust.h"

/*
 * The trust's summary as a PDF of A4 landscape pages, with the export's margins: the layout
 * (wm-trust-layout.c) is the one the print operation uses, for the page size given here.
 */

#define PAGE_WIDTH   WM_REPORT_A4_HEIGHT      /* landscape */
#define PAGE_HEIGHT  WM_REPORT_A4_WIDTH

/* Lays the trust out and draws it onto a PDF at @temp. The text is measured on the PDF itself, as
 * the print operation measures on its own surface, so that both break their pages alike. */
static gboolean
write_pdf (const char     *temp,
           const WmTrust  *trust,
           cairo_status_t *status,
           GError        **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (temp, PAGE_WIDTH, PAGE_HEIGHT);
  g_autoptr(WmTrustLayout) layout = NULL;
  cairo_t *cr = cairo_create (surface);

  if ((*status = cairo_surface_status (surface)) == CAIRO_STATUS_SUCCESS
      && (layout = wm_trust_layout_new (trust, PAGE_WIDTH - 2 * WM_REPORT_MARGIN, PAGE_HEIGHT - 2 * WM_REPORT_MARGIN,
                                        cr, error)) != NULL)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Trust summary"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark");
      for (guint page = 0; page < wm_trust_layout_get_n_pages (layout); page++)
        {
          cairo_save (cr);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
          cairo_translate (cr, WM_REPORT_MARGIN, WM_REPORT_MARGIN);
          wm_trust_layout_draw_page (layout, cr, page);
          cairo_restore (cr);
          cairo_show_page (cr);
        }
      *status = cairo_status (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (*status == CAIRO_STATUS_SUCCESS)
    *status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return layout != NULL;
}

/**
 * wm_trust_export_pdf:
 *
 * Writes the trust's summary as a PDF of A4 landscape pages to @path, whole.
 */
gboolean
wm_trust_export_pdf (const WmTrust  *trust,
                     const char     *path,
                     GError        **error)
{
  g_autofree char *temp = NULL;
  cairo_status_t status = CAIRO_STATUS_SUCCESS;

  g_return_val_if_fail (trust != NULL && path != NULL, FALSE);

  if (!(temp = wm_export_file_begin (path, error)))
    return FALSE;
  if (write_pdf (temp, trust, &status, error) && status == CAIRO_STATUS_SUCCESS)
    return wm_export_file_commit (temp, path, error);
  wm_export_file_abandon (temp);
  /* Unless the layout said what went wrong, cairo does. */
  if (status != CAIRO_STATUS_SUCCESS && (error == NULL || *error == NULL))
    wm_export_file_set_error (error, path, status == CAIRO_STATUS_WRITE_ERROR ? EIO : 0,
                              cairo_status_to_string (status));
  return FALSE;
}
