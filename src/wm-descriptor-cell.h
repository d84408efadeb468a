/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-descriptor.h"
#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_DESCRIPTOR_CELL (wm_descriptor_cell_get_type ())
G_DECLARE_FINAL_TYPE (WmDescriptorCell, wm_descriptor_cell, WM, DESCRIPTOR_CELL, GtkWidget)

GtkWidget    *wm_descriptor_cell_new            (WmDescriptor     *descriptor,
                                                 WmStore          *store,
                                                 const char       *level_name,
                                                 gboolean          show_id,
                                                 guint             n_ratings,
                                                 GMenuModel       *rating_menu);
WmDescriptor *wm_descriptor_cell_get_descriptor (WmDescriptorCell *self);

G_END_DECLS
