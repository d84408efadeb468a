/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-grid-model.h"
#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_SCORES_WINDOW (wm_scores_window_get_type ())
G_DECLARE_FINAL_TYPE (WmScoresWindow, wm_scores_window, WM, SCORES_WINDOW, AdwWindow)

WmScoresWindow *wm_scores_window_new (GtkWindow    *parent,
                                      WmStore      *store,
                                      WmGridModel  *model,
                                      GError      **error);

G_END_DECLS
