/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-descriptor.h"
#include "wm-grid-model.h"
#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_DETAIL_PANE (wm_detail_pane_get_type ())
G_DECLARE_FINAL_TYPE (WmDetailPane, wm_detail_pane, WM, DETAIL_PANE, GtkWidget)

void          wm_detail_pane_set_store      (WmDetailPane *self,
                                             WmStore      *store);
void          wm_detail_pane_set_model      (WmDetailPane *self,
                                             WmGridModel  *model);
WmDescriptor *wm_detail_pane_get_descriptor (WmDetailPane *self);
void          wm_detail_pane_set_descriptor (WmDetailPane *self,
                                             WmDescriptor *descriptor);
void          wm_detail_pane_save_note      (WmDetailPane *self);

G_END_DECLS
