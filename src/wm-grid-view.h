/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-grid-filter.h"
#include "wm-grid-model.h"
#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_GRID_VIEW (wm_grid_view_get_type ())
G_DECLARE_FINAL_TYPE (WmGridView, wm_grid_view, WM, GRID_VIEW, GtkWidget)

WmGridModel *wm_grid_view_get_model (WmGridView  *self);
void         wm_grid_view_set_model (WmGridView  *self,
                                     WmGridModel *model);
WmStore     *wm_grid_view_get_store (WmGridView  *self);
void         wm_grid_view_set_store (WmGridView  *self,
                                     WmStore     *store);
WmDescriptor *wm_grid_view_get_selected (WmGridView *self);
gboolean     wm_grid_view_show_element (WmGridView *self,
                                        const char *element_id);
void         wm_grid_view_fill_row  (WmGridView *self,
                                     guint       position);
guint        wm_grid_view_set_query (WmGridView         *self,
                                     const WmGridQuery  *query,
                                     GError            **error);

G_END_DECLS
