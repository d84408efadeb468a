/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-grid-filter.h"
#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_FILTER_BAR (wm_filter_bar_get_type ())
G_DECLARE_FINAL_TYPE (WmFilterBar, wm_filter_bar, WM, FILTER_BAR, GtkWidget)

void      wm_filter_bar_set_store      (WmFilterBar *self,
                                        WmStore     *store);
void      wm_filter_bar_set_model      (WmFilterBar *self,
                                        WmGridModel *model);
void      wm_filter_bar_get_query      (WmFilterBar *self,
                                        WmGridQuery *query);
void      wm_filter_bar_show_count     (WmFilterBar *self,
                                        guint        n_matching);
void      wm_filter_bar_set_text       (WmFilterBar *self,
                                        const char  *text);
GtkSearchBar *wm_filter_bar_get_search_bar (WmFilterBar *self);

G_END_DECLS
