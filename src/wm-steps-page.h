/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_STEPS_PAGE (wm_steps_page_get_type ())
G_DECLARE_FINAL_TYPE (WmStepsPage, wm_steps_page, WM, STEPS_PAGE, GtkWidget)

void        wm_steps_page_set_store (WmStepsPage *self,
                                     WmStore     *store);
void        wm_steps_page_set_today (WmStepsPage *self,
                                     const char  *today);
char       *wm_steps_page_dup_today (WmStepsPage *self);

G_END_DECLS
