/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-radar.h"

G_BEGIN_DECLS

typedef enum {
  WM_RADAR_FORMAT_PDF,
  WM_RADAR_FORMAT_SVG,
  WM_RADAR_FORMAT_PNG,
} WmRadarFormat;

/* PNG exports are drawn at this resolution. */
#define WM_RADAR_PNG_DPI 300

gboolean wm_radar_format_from_path (const char         *path,
                                    WmRadarFormat      *format);
gboolean wm_radar_export           (const WmRadarData  *data,
                                    const char         *path,
                                    WmRadarFormat       format,
                                    double              width_pt,
                                    double              height_pt,
                                    GError            **error);

GBytes  *wm_radar_export_png_bytes (const WmRadarData  *data,
                                    double              width_pt,
                                    double              height_pt,
                                    GError            **error);

G_END_DECLS
