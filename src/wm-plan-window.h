/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_PLAN_WINDOW (wm_plan_window_get_type ())
G_DECLARE_FINAL_TYPE (WmPlanWindow, wm_plan_window, WM, PLAN_WINDOW, AdwWindow)

WmPlanWindow *wm_plan_window_new          (GtkWindow    *parent,
                                           WmStore      *store);
guint         wm_plan_window_get_n_overdue (WmPlanWindow *self);

G_END_DECLS
