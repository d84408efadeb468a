/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by wm-backup.c and wm-backup-restore.c. */

#include "wm-store.h"

G_BEGIN_DECLS

/* A SQLite file's own name (""), then the files SQLite keeps beside it. */
#define WM_BACKUP_N_SIDECARS 4
extern const char * const wm_backup_sidecars[WM_BACKUP_N_SIDECARS];

WmStoreError wm_backup_code_for_errno (int         errsv);
void         wm_backup_sync_folder    (const char *dir);

G_END_DECLS
