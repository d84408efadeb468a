/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-descriptor-cell.h"
#include "wm-window.h"

G_BEGIN_DECLS

/* Helpers for the tests that drive a real window under Xvfb. */

void              wm_test_ui_wait_for_idle   (void);
GtkWidget        *wm_test_ui_find_widget     (GtkWidget  *root,
                                              GType       type);
void              wm_test_ui_collect_widgets (GtkWidget  *root,
                                              GType       type,
                                              GPtrArray  *found);
GtkWidget        *wm_test_ui_find_with_class (GtkWidget  *root,
                                              const char *css_class);
void              wm_test_ui_collect_cells   (GtkWidget  *root,
                                              GHashTable *ids,
                                              GPtrArray  *cells);
WmDescriptorCell *wm_test_ui_find_cell       (GtkWidget  *root,
                                              const char *descriptor_id);
char             *wm_test_ui_stored_rating   (const char *path,
                                              const char *descriptor_id);
WmWindow         *wm_test_ui_open_window     (const char *path);

G_END_DECLS
