/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-descriptor.h"
#include "wm-grid-row.h"
#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_GRID_MODEL (wm_grid_model_get_type ())
G_DECLARE_FINAL_TYPE (WmGridModel, wm_grid_model, WM, GRID_MODEL, GObject)

WmGridModel  *wm_grid_model_new               (WmStore     *store,
                                               const char  *framework_id,
                                               GError     **error);
const char   *wm_grid_model_get_framework_id  (WmGridModel *self);
const char   *wm_grid_model_get_title         (WmGridModel *self);
const char   *wm_grid_model_get_strand_label  (WmGridModel *self);
gboolean      wm_grid_model_get_shows_strands (WmGridModel *self);
guint         wm_grid_model_get_n_levels      (WmGridModel *self);
const char   *wm_grid_model_get_level_name    (WmGridModel *self,
                                               guint        level);
const char   *wm_grid_model_get_level_name_by_id (WmGridModel *self,
                                                  const char  *level_id);
guint         wm_grid_model_get_n_ratings     (WmGridModel *self);
const char   *wm_grid_model_get_rating_id     (WmGridModel *self,
                                               guint        position);
const char   *wm_grid_model_get_rating_name   (WmGridModel *self,
                                               guint        position);
guint         wm_grid_model_get_n_descriptors (WmGridModel *self);
WmDescriptor *wm_grid_model_lookup            (WmGridModel *self,
                                               const char  *descriptor_id);

G_END_DECLS
