/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-descriptor.h"

G_BEGIN_DECLS

void     wm_grid_keys_attach (GtkWidget        *grid,
                              GtkListView      *list_view);
gboolean wm_grid_keys_move   (GtkListView      *list_view,
                              GtkDirectionType  direction);
void     wm_grid_keys_focus  (GtkListView      *list_view,
                              guint             position,
                              WmDescriptor     *target);

G_END_DECLS
