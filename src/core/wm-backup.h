/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-store.h"

G_BEGIN_DECLS

/* How many backups rotation keeps: the newest daily copies, then one per ISO week. */
#define WM_BACKUP_KEEP_DAILY  7
#define WM_BACKUP_KEEP_WEEKLY 4

char       *wm_backup_dir          (const char  *school_path);
gboolean    wm_backup_ensure_daily (WmStore     *store,
                                    GDateTime   *now,
                                    GError     **error);
GListModel *wm_backup_list         (const char  *school_path,
                                    GError     **error);
gboolean    wm_backup_restore      (const char  *school_path,
                                    const char  *backup_path,
                                    GError     **error);

G_END_DECLS
