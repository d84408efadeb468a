/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-window.h"

G_BEGIN_DECLS

#define WM_TYPE_BACKUP_WINDOW (wm_backup_window_get_type ())
G_DECLARE_FINAL_TYPE (WmBackupWindow, wm_backup_window, WM, BACKUP_WINDOW, AdwWindow)

WmBackupWindow *wm_backup_window_new         (WmWindow             *main_window,
                                              const char           *school_path);
GListModel     *wm_backup_window_get_backups (WmBackupWindow       *self);
gboolean        wm_backup_window_restore     (WmBackupWindow       *self,
                                              const char           *backup_path,
                                              WmWindow            **new_window,
                                              GError              **error);

void            wm_backup_window_list_async  (const char           *school_path,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
GListModel     *wm_backup_window_list_finish (GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
