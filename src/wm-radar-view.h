/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-radar.h"

G_BEGIN_DECLS

#define WM_TYPE_RADAR_VIEW (wm_radar_view_get_type ())
G_DECLARE_FINAL_TYPE (WmRadarView, wm_radar_view, WM, RADAR_VIEW, GtkWidget)

GtkWidget         *wm_radar_view_new              (void);
void               wm_radar_view_set_data         (WmRadarView        *self,
                                                   WmRadarData        *data,
                                                   const char * const *axis_ids);
const WmRadarData *wm_radar_view_get_data         (WmRadarView        *self);
int                wm_radar_view_get_focused_axis (WmRadarView        *self);
void               wm_radar_view_set_focused_axis (WmRadarView        *self,
                                                   int                 axis);
const char        *wm_radar_view_get_description  (WmRadarView        *self);
void               wm_radar_view_set_compact      (WmRadarView        *self,
                                                   gboolean            compact);

G_END_DECLS
