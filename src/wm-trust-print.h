/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-trust.h"

G_BEGIN_DECLS

#define WM_TYPE_TRUST_PRINT (wm_trust_print_get_type ())
G_DECLARE_FINAL_TYPE (WmTrustPrint, wm_trust_print, WM, TRUST_PRINT, GtkPrintOperation)

WmTrustPrint *wm_trust_print_new       (const WmTrust *trust,
                                        const char    *name,
                                        GObject       *owner);
const GError *wm_trust_print_get_error (WmTrustPrint  *self);

G_END_DECLS
