/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_WINDOW (wm_window_get_type ())
G_DECLARE_FINAL_TYPE (WmWindow, wm_window, WM, WINDOW, AdwApplicationWindow)

WmWindow *wm_window_new              (GtkApplication *application,
                                      WmStore        *store,
                                      const char     *error_message);
WmWindow *wm_window_open             (GtkApplication *application,
                                      const char     *path);
WmStore  *wm_window_get_store        (WmWindow       *self);
gboolean  wm_window_select_framework (WmWindow       *self,
                                      const char     *framework_id);

/* wm-window-backup.c */
gboolean  wm_window_restore_backup   (WmWindow       *self,
                                      const char     *backup_path,
                                      WmWindow      **new_window,
                                      GError        **error);

G_END_DECLS
