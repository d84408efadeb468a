/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-descriptor.h"

G_BEGIN_DECLS

typedef enum {
  WM_GRID_ROW_HEADING,
  WM_GRID_ROW_ELEMENT,
  WM_GRID_ROW_STRAND,
} WmGridRowKind;

#define WM_TYPE_GRID_ROW (wm_grid_row_get_type ())
G_DECLARE_FINAL_TYPE (WmGridRow, wm_grid_row, WM, GRID_ROW, GObject)

WmGridRow     *wm_grid_row_new            (WmGridRowKind  kind,
                                           const char    *id,
                                           const char    *title,
                                           const char    *summary,
                                           guint          n_levels);
WmGridRowKind  wm_grid_row_get_kind       (WmGridRow     *self);
const char    *wm_grid_row_get_id         (WmGridRow     *self);
const char    *wm_grid_row_get_title      (WmGridRow     *self);
const char    *wm_grid_row_get_summary    (WmGridRow     *self);
guint          wm_grid_row_get_n_levels   (WmGridRow     *self);
WmDescriptor  *wm_grid_row_get_descriptor (WmGridRow     *self,
                                           guint          level);
void           wm_grid_row_set_descriptor (WmGridRow     *self,
                                           guint          level,
                                           WmDescriptor  *descriptor);

G_END_DECLS
