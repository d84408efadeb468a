/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "wm-scoring.h"

G_BEGIN_DECLS

/* A radar (spider) chart: the data, its geometry for one size, and one routine that draws it onto
 * any cairo_t (widget, print, PDF, SVG, PNG). docs/radar.md says how labels are laid out. */

#define WM_RADAR_MIN_AXES   3
#define WM_RADAR_MAX_AXES   40
#define WM_RADAR_MAX_SERIES 8
#define WM_RADAR_MAX_DASHES 6

typedef struct {
  double red, green, blue, alpha;
} WmRadarRgba;

typedef struct {
  char   *name;
  double *values;       /* one per axis; NAN for "no score" */
} WmRadarSeries;

typedef struct {
  char          *title;
  guint          n_axes;
  char         **labels;        /* full names: "1 Vision for Learning" */
  char         **short_labels;  /* used when a name does not fit, with a key: "1" */
  double         max;           /* the value at the outer ring */
  guint          n_rings;
  char         **ring_names;    /* ring i stands at max × (i + 1) ÷ n_rings; may be NULL */
  guint          n_series;
  WmRadarSeries  series[WM_RADAR_MAX_SERIES];
} WmRadarData;

typedef struct {
  WmRadarRgba  text;
  WmRadarRgba  muted;       /* ring names and the key */
  WmRadarRgba  grid;
  WmRadarRgba  background;
  WmRadarRgba  series[WM_RADAR_MAX_SERIES];
  double       dashes[WM_RADAR_MAX_SERIES][WM_RADAR_MAX_DASHES];  /* in line widths */
  guint        n_dashes[WM_RADAR_MAX_SERIES];                     /* 0: a solid line */
  double       fill_alpha;
} WmRadarStyle;

typedef struct {
  double x, y, width, height;
} WmRadarBox;

typedef enum {
  WM_RADAR_TEXT_TITLE,
  WM_RADAR_TEXT_LABEL,
  WM_RADAR_TEXT_RING,
  WM_RADAR_TEXT_LEGEND,
  WM_RADAR_TEXT_KEY,
} WmRadarTextRole;

/* One line of text, placed: @x, @y is the start of its baseline. */
typedef struct {
  char            *text;
  double           x, y;
  double           size;
  WmRadarTextRole  role;
} WmRadarText;

typedef struct {
  double     angle;         /* radians, clockwise from the top (cairo's y grows downwards) */
  WmRadarBox box;           /* the label's box: outside the plot circle, apart from every other */
  gboolean   abbreviated;   /* wrapped, cut or shortened so the key names it in full */
} WmRadarAxis;

typedef struct {
  double   x, y;
  gboolean valid;           /* FALSE where the value is NAN: the point is skipped */
} WmRadarPoint;

typedef struct {
  double      width, height;
  double      font_size;
  double      line_width;
  double      cx, cy, radius;
  WmRadarBox  plot_area;    /* where the circle and its labels must stay */
  guint       n_axes;
  WmRadarAxis *axes;
  double      ring_radius[16];
  guint       n_rings;
  guint       n_series;
  WmRadarPoint *points[WM_RADAR_MAX_SERIES];   /* n_axes each */
  WmRadarBox  swatches[WM_RADAR_MAX_SERIES];   /* legend samples of each series' line */
  gboolean    has_key;      /* the legend lists every axis in full */
  WmRadarBox  legend_box;
  GArray     *texts;        /* WmRadarText */
} WmRadarLayout;

WmRadarData        *wm_radar_data_new          (const char          *title,
                                                guint                n_axes,
                                                double               max);
void                wm_radar_data_set_axis     (WmRadarData         *data,
                                                guint                axis,
                                                const char          *label,
                                                const char          *short_label);
void                wm_radar_data_set_rings    (WmRadarData         *data,
                                                const char * const  *ring_names,
                                                guint                n_rings);
gboolean            wm_radar_data_add_series   (WmRadarData         *data,
                                                const char          *name,
                                                const double        *values);
WmRadarData        *wm_radar_data_from_scores  (const char          *title,
                                                WmScores           **scores,
                                                const char         **series_names,
                                                guint                n_series,
                                                const char * const  *ring_names,
                                                guint                n_rings);
void                wm_radar_data_free         (WmRadarData         *data);

const WmRadarStyle *wm_radar_style_print       (void);

WmRadarLayout      *wm_radar_layout_new        (const WmRadarData   *data,
                                                double               width,
                                                double               height,
                                                cairo_t             *measure_cr);
void                wm_radar_layout_free       (WmRadarLayout       *layout);

void                wm_radar_draw              (cairo_t             *cr,
                                                const WmRadarLayout *layout,
                                                const WmRadarData   *data,
                                                const WmRadarStyle  *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmRadarData, wm_radar_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmRadarLayout, wm_radar_layout_free)

G_END_DECLS
