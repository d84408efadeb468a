/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_PLANNER_WINDOW (wm_planner_window_get_type ())
G_DECLARE_FINAL_TYPE (WmPlannerWindow, wm_planner_window, WM, PLANNER_WINDOW, AdwWindow)

WmPlannerWindow *wm_planner_window_new       (GtkWindow       *parent,
                                              WmStore         *store);
void             wm_planner_window_show_page (WmPlannerWindow *self,
                                              const char      *name);

G_END_DECLS
