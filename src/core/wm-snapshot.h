/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Stands for "the judgements as they are now" wherever a snapshot id is asked for. */
#define WM_SNAPSHOT_NOW 0

#define WM_TYPE_SNAPSHOT (wm_snapshot_get_type ())
G_DECLARE_FINAL_TYPE (WmSnapshot, wm_snapshot, WM, SNAPSHOT, GObject)

WmSnapshot *wm_snapshot_new                   (gint64      id,
                                               const char *framework_id,
                                               const char *name,
                                               const char *taken_on,
                                               const char *framework_version,
                                               const char *created_by,
                                               const char *created_at,
                                               guint       n_descriptors,
                                               guint       n_judged);
gint64      wm_snapshot_get_id                (WmSnapshot *self);
const char *wm_snapshot_get_framework_id      (WmSnapshot *self);
const char *wm_snapshot_get_name              (WmSnapshot *self);
const char *wm_snapshot_get_taken_on          (WmSnapshot *self);
const char *wm_snapshot_get_framework_version (WmSnapshot *self);
const char *wm_snapshot_get_created_by        (WmSnapshot *self);
const char *wm_snapshot_get_created_at        (WmSnapshot *self);
guint       wm_snapshot_get_n_descriptors     (WmSnapshot *self);
guint       wm_snapshot_get_n_judged          (WmSnapshot *self);

G_END_DECLS
