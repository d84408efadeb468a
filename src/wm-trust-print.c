/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust-print"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-print-settings.h"
#include "wm-report-layout.h"
#include "wm-trust-print.h"

/*
 * Printing the trust's summary: the print dialog (with its page setup and preview) and the same
 * pages as the PDF export (wm-trust-layout.c), laid out for the paper and margins chosen. The
 * first time that is A4 landscape with the PDF's margins, so the two come out alike; what was
 * chosen is kept apart from the governors' pack's choice (wm-print-settings.c), which stays
 * portrait.
 *
 * The trust is read once, on the main thread, when printing begins: the layout holds all it needs
 * from then on. Until then the operation keeps the trust's owner (the trust window) alive.
 */

struct _WmTrustPrint
{
  GtkPrintOperation  parent_instance;

  const WmTrust     *trust;     /* borrowed from owner */
  GObject           *owner;
  WmTrustLayout     *layout;
  GError            *error;     /* why it could not be laid out */
};

G_DEFINE_FINAL_TYPE (WmTrustPrint, wm_trust_print, GTK_TYPE_PRINT_OPERATION)

static const WmPrintSettingsKind print_kind = {
  "Trust Print Settings", "Trust Page Setup", GTK_PAGE_ORIENTATION_LANDSCAPE, WM_REPORT_MARGIN
};

static void
wm_trust_print_begin_print (GtkPrintOperation *operation,
                            GtkPrintContext   *context)
{
  WmTrustPrint *self = WM_TRUST_PRINT (operation);

  g_clear_pointer (&self->layout, wm_trust_layout_free);
  g_clear_error (&self->error);
  self->layout = wm_trust_layout_new (self->trust, gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context),
                                      gtk_print_context_get_cairo_context (context), &self->error);
  if (self->layout == NULL)
    {
      /* A subclass cannot fail the operation: it ends as cancelled, and the error says why. */
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, wm_trust_layout_get_n_pages (self->layout));
}

static void
wm_trust_print_draw_page (GtkPrintOperation *operation,
                          GtkPrintContext   *context,
                          int                page_nr)
{
  WmTrustPrint *self = WM_TRUST_PRINT (operation);

  if (self->layout != NULL)
    wm_trust_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
wm_trust_print_end_print (GtkPrintOperation *operation,
                          GtkPrintContext   *context)
{
  WmTrustPrint *self = WM_TRUST_PRINT (operation);

  g_clear_pointer (&self->layout, wm_trust_layout_free);
}

static void
wm_trust_print_done (GtkPrintOperation       *operation,
                     GtkPrintOperationResult  result)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    wm_print_settings_save (operation, &print_kind);
}

static void
wm_trust_print_finalize (GObject *object)
{
  WmTrustPrint *self = WM_TRUST_PRINT (object);

  g_clear_pointer (&self->layout, wm_trust_layout_free);
  g_clear_error (&self->error);
  g_clear_object (&self->owner);
  G_OBJECT_CLASS (wm_trust_print_parent_class)->finalize (object);
}

static void
wm_trust_print_class_init (WmTrustPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = wm_trust_print_finalize;
  print_class->begin_print = wm_trust_print_begin_print;
  print_class->draw_page = wm_trust_print_draw_page;
  print_class->end_print = wm_trust_print_end_print;
  print_class->done = wm_trust_print_done;
}

static void
wm_trust_print_init (WmTrustPrint *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  wm_print_settings_load (operation, &print_kind);
}

/**
 * wm_trust_print_new:
 * @trust: the trust to print, read when printing begins
 * @name: (nullable): the trust's name (its folder's), for the print job
 * @owner: (nullable): what owns @trust: kept alive until the operation is finalized
 */
WmTrustPrint *
wm_trust_print_new (const WmTrust *trust,
                    const char    *name,
                    GObject       *owner)
{
  WmTrustPrint *self;
  g_autofree char *job = NULL;

  g_return_val_if_fail (trust != NULL, NULL);

  self = g_object_new (WM_TYPE_TRUST_PRINT, NULL);
  self->trust = trust;
  self->owner = owner != NULL ? g_object_ref (owner) : NULL;
  /* Translators: the print job's name: "Trust summary: Northern Lights Trust" */
  job = name != NULL ? g_strdup_printf (_("Trust summary: %s"), name) : g_strdup (_("Trust summary"));
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job);
  return self;
}

/**
 * wm_trust_print_get_error:
 *
 * Returns: (nullable): why the summary could not be laid out, when the operation ended cancelled
 *   for that reason rather than by the user
 */
const GError *
wm_trust_print_get_error (WmTrustPrint *self)
{
  g_return_val_if_fail (WM_IS_TRUST_PRINT (self), NULL);

  return self->error;
}
