/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     wm_grid_keys_attach (GtkWidget        *grid,
                              GtkListView      *list_view);
gboolean wm_grid_keys_move   (GtkListView      *list_view,
                              GtkDirectionType  direction);

G_END_DECLS
