/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * What the print dialog was last given, kept between runs in the user's config folder
 * (waymark/print.ini): each kind of document has its own two groups there, its print settings
 * and its page setup, so that printing one landscape leaves another portrait.
 */

typedef struct {
  const char         *settings_group;
  const char         *page_setup_group;
  GtkPageOrientation  orientation;   /* A4 this way round until something is kept */
  double              margin;        /* in points; the paper's own margins when 0 */
} WmPrintSettingsKind;

void wm_print_settings_load (GtkPrintOperation         *operation,
                             const WmPrintSettingsKind *kind);
void wm_print_settings_save (GtkPrintOperation         *operation,
                             const WmPrintSettingsKind *kind);

G_END_DECLS
