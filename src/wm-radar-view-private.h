/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-radar-view.h"

G_BEGIN_DECLS

/* Shared by wm-radar-view.c (the widget, its input and accessibility) and wm-radar-view-draw.c
 * (its colours, layout, hit testing and drawing). */
struct _WmRadarView
{
  GtkWidget      parent_instance;

  WmRadarData   *data;
  char         **axis_ids;
  char          *description;
  WmRadarLayout *layout;
  int            layout_width, layout_height;   /* the widget size the layout was made for */
  double         zoom;                          /* screen pixels per layout unit */
  double         caption_height;
  double         base_line_width;
  int            focused_axis;
  int            hovered_axis;
  gboolean       compact;                       /* asks for no more than its minimum size */
};

char     *wm_radar_view_axis_summary      (const WmRadarData *data,
                                           guint              axis);
char     *wm_radar_view_describe          (const WmRadarData *data);
gboolean  wm_radar_view_ensure_layout     (WmRadarView       *self);
void      wm_radar_view_invalidate_layout (WmRadarView       *self);
int       wm_radar_view_axis_at           (WmRadarView       *self,
                                           double             x,
                                           double             y);
void      wm_radar_view_snapshot          (GtkWidget         *widget,
                                           GtkSnapshot       *snapshot);
void      wm_radar_view_measure           (GtkWidget         *widget,
                                           GtkOrientation     orientation,
                                           int                for_size,
                                           int               *minimum,
                                           int               *natural,
                                           int               *minimum_baseline,
                                           int               *natural_baseline);

G_END_DECLS
