/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-trust.h"

G_BEGIN_DECLS

#define WM_TYPE_TRUST_WINDOW (wm_trust_window_get_type ())
G_DECLARE_FINAL_TYPE (WmTrustWindow, wm_trust_window, WM, TRUST_WINDOW, AdwWindow)

WmTrustWindow        *wm_trust_window_new               (GtkWindow          *parent,
                                                         const char         *dir,
                                                         GError            **error);
WmTrustWindow        *wm_trust_window_new_for_files     (GtkWindow          *parent,
                                                         const char * const *paths);
const char           *wm_trust_window_get_framework_id  (WmTrustWindow      *self);
gboolean              wm_trust_window_set_framework_id  (WmTrustWindow      *self,
                                                         const char         *framework_id);

/* What the actions do once their file chooser has answered (wm-trust-window-add.c and
 * wm-trust-window-export.c). */
void                  wm_trust_window_add_files         (WmTrustWindow      *self,
                                                         const char * const *paths);
void                  wm_trust_window_export_to         (WmTrustWindow      *self,
                                                         const char         *path,
                                                         WmTrustFormat       format);
GtkPrintOperation    *wm_trust_window_new_print         (WmTrustWindow      *self);

/* A chooser of summary bundles (*.json, several at once), for the trust window and the main
 * window alike; the paths chosen, once it answers. */
GtkFileChooserNative *wm_trust_window_choose_summaries  (GtkWindow          *parent,
                                                         const char         *title,
                                                         const char         *accept);
GStrv                 wm_trust_window_chosen_summaries  (GtkFileChooser     *chooser);

G_END_DECLS
