/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-trust-window.h"
#include "wm-trust.h"

G_BEGIN_DECLS

/* Shared by the files of WmTrustWindow: wm-trust-window.c and wm-trust-window-export.c. */
const WmTrust *wm_trust_window_get_trust     (WmTrustWindow *self);
const char    *wm_trust_window_get_dir       (WmTrustWindow *self);
void           wm_trust_window_toast         (WmTrustWindow *self,
                                              const char    *message);
void           wm_trust_window_export_action (GtkWidget     *widget,
                                              const char    *action_name,
                                              GVariant      *parameter);

G_END_DECLS
