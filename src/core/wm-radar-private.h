/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-radar.h"

G_BEGIN_DECLS

/* Shared by wm-radar.c and wm-radar-layout.c: text is measured and drawn with the same face. */
#define WM_RADAR_FONT "DejaVu Sans"

void    wm_radar_select_font  (cairo_t             *cr,
                               const char          *family,
                               double               size,
                               gboolean             bold);
char   *wm_radar_fit_text     (cairo_t             *cr,
                               const char          *text,
                               double               max_width,
                               gboolean            *cut);
double  wm_radar_box_distance (const WmRadarBox    *box,
                               double               x,
                               double               y);
void    wm_radar_layout_add_text (WmRadarLayout   *layout,
                                  char            *text,
                                  double           x,
                                  double           y,
                                  double           size,
                                  WmRadarTextRole  role);
double  wm_radar_legend_build (WmRadarLayout       *layout,
                               const WmRadarData   *data,
                               cairo_t             *cr,
                               double               x,
                               double               width,
                               double               top,
                               gboolean             place);

G_END_DECLS
