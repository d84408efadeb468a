/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WM_TYPE_TRUST_WINDOW (wm_trust_window_get_type ())
G_DECLARE_FINAL_TYPE (WmTrustWindow, wm_trust_window, WM, TRUST_WINDOW, AdwWindow)

WmTrustWindow *wm_trust_window_new              (GtkWindow     *parent,
                                                 const char    *dir,
                                                 GError       **error);
const char    *wm_trust_window_get_framework_id (WmTrustWindow *self);
gboolean       wm_trust_window_set_framework_id (WmTrustWindow *self,
                                                 const char    *framework_id);

G_END_DECLS
