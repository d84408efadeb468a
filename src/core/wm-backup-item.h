/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define WM_TYPE_BACKUP_ITEM (wm_backup_item_get_type ())
G_DECLARE_FINAL_TYPE (WmBackupItem, wm_backup_item, WM, BACKUP_ITEM, GObject)

WmBackupItem *wm_backup_item_read               (const char   *path,
                                                 const char   *date);
const char   *wm_backup_item_get_path           (WmBackupItem *self);
const char   *wm_backup_item_get_date           (WmBackupItem *self);
guint64       wm_backup_item_get_size           (WmBackupItem *self);
guint         wm_backup_item_get_n_judgements   (WmBackupItem *self);
guint         wm_backup_item_get_n_evidence     (WmBackupItem *self);
guint         wm_backup_item_get_n_snapshots    (WmBackupItem *self);
int           wm_backup_item_get_schema_version (WmBackupItem *self);
const char   *wm_backup_item_get_error          (WmBackupItem *self);
gboolean      wm_backup_item_check              (WmBackupItem *self,
                                                 GError      **error);

G_END_DECLS
