/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-move.h"
#include "wm-snapshot.h"
#include "wm-store.h"

G_BEGIN_DECLS

gint64      wm_snapshots_create       (WmStore     *store,
                                       const char  *framework_id,
                                       const char  *name,
                                       const char  *taken_on,
                                       const char  *author,
                                       GError     **error);
GListModel *wm_snapshots_list         (WmStore     *store,
                                       const char  *framework_id,
                                       GError     **error);
WmSnapshot *wm_snapshots_get          (WmStore     *store,
                                       gint64       snapshot_id,
                                       GError     **error);
gboolean    wm_snapshots_find         (WmStore     *store,
                                       const char  *name,
                                       const char  *framework_id,
                                       gint64      *snapshot_id,
                                       char       **framework_id_out,
                                       GError     **error);
GHashTable *wm_snapshots_read_ratings (WmStore     *store,
                                       const char  *framework_id,
                                       gint64       snapshot_id,
                                       GError     **error);
GListModel *wm_snapshots_compare      (WmStore     *store,
                                       const char  *framework_id,
                                       gint64       from_id,
                                       gint64       to_id,
                                       GError     **error);

G_END_DECLS
