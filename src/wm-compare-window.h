/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-grid-model.h"
#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_COMPARE_WINDOW (wm_compare_window_get_type ())
G_DECLARE_FINAL_TYPE (WmCompareWindow, wm_compare_window, WM, COMPARE_WINDOW, AdwWindow)

WmCompareWindow *wm_compare_window_new        (GtkWindow       *parent,
                                               WmStore         *store,
                                               WmGridModel     *model,
                                               GError         **error);
guint            wm_compare_window_get_n_moves (WmCompareWindow *self);

G_END_DECLS
