/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-bundle.h"
#include "wm-radar.h"

G_BEGIN_DECLS

/*
 * A trust's view of its schools, from their summary bundles (docs/bundle-format.md): per
 * framework, a table of each school's scores by element beside the trust's median, and each
 * school's movement between its last two snapshots. A bundle that cannot be read, comes from a
 * newer Waymark or repeats a school already in the trust is reported and left out, never merged.
 */

typedef struct {
  char     *file;      /* the bundle's path */
  char     *reason;    /* a whole sentence, naming the file */
  gboolean  skipped;   /* FALSE for a warning that leaves the bundle in */
} WmTrustProblem;

typedef struct {
  GPtrArray *schools;    /* WmBundle, one per school, by name */
  GPtrArray *problems;   /* WmTrustProblem, in the order they were met */
} WmTrust;

/* One school's row of a framework's table. Scores are NAN where there is none. */
typedef struct {
  const WmBundle *school;            /* borrowed from the trust */
  char           *framework_version;
  char           *snapshot;          /* what the scores are: the latest snapshot; NULL for now
                                      * (a school without snapshots) */
  char           *taken_on;
  guint           n_judged;
  guint           n_descriptors;
  guint           n_evidence;
  double          overall;           /* over the elements compared */
  double         *scores;            /* one per element compared */
  char           *previous_snapshot; /* the snapshot before; NULL when there is none */
  char           *previous_taken_on;
  double          previous_overall;
  double         *previous;
  double          change_overall;    /* scores less previous: NAN unless both have a score */
  double         *change;
} WmTrustRow;

typedef struct {
  char       *framework_id;
  char       *title;
  WmScoringRule rule;
  double      max;
  GStrv       levels;
  GStrv       versions;      /* every version the schools use, oldest first */
  GPtrArray  *elements;      /* WmBundleElement: the elements every school's version has */
  GStrv       left_out;      /* element ids some versions have and others lack */
  char       *note;          /* what the comparison leaves out; NULL when all use one version */
  GPtrArray  *rows;          /* WmTrustRow, by school name */
  double     *median;        /* per element: the median of the schools with a score */
  double      median_overall;
} WmTrustTable;

typedef enum {
  WM_TRUST_FORMAT_CSV,
  WM_TRUST_FORMAT_JSON,
  WM_TRUST_FORMAT_PDF,
} WmTrustFormat;

/* A framework with more schools than this is drawn as small multiples: a chart per school. */
#define WM_TRUST_MAX_SCHOOLS_PER_CHART WM_RADAR_MAX_SERIES

/* wm-trust.c */
WmTrust      *wm_trust_new             (void);
void          wm_trust_free            (WmTrust           *trust);
WmTrust      *wm_trust_load_dir        (const char        *dir,
                                        GError           **error);
gboolean      wm_trust_add_file        (WmTrust           *trust,
                                        const char        *path,
                                        GError           **error);
gboolean      wm_trust_add_bundle      (WmTrust           *trust,
                                        WmBundle          *bundle,
                                        GError           **error);
GStrv         wm_trust_framework_ids   (const WmTrust     *trust);
guint         wm_trust_count_skipped   (const WmTrust     *trust);

/* wm-trust-table.c */
WmTrustTable *wm_trust_table_new       (const WmTrust     *trust,
                                        const char        *framework_id,
                                        GError           **error);
void          wm_trust_table_free      (WmTrustTable      *table);
double        wm_trust_median          (const double      *values,
                                        guint              n_values);

/* wm-trust-chart.c */
WmRadarData  *wm_trust_chart           (const WmTrust     *trust,
                                        const char        *framework_id,
                                        GError           **error);
GPtrArray    *wm_trust_charts          (const WmTrust     *trust,
                                        const char        *framework_id,
                                        GError           **error);
GPtrArray    *wm_trust_table_charts    (const WmTrustTable *table,
                                        GError           **error);
char         *wm_trust_table_short_label (const WmTrustTable *table,
                                          guint               element);

/* wm-trust-export.c */
gboolean      wm_trust_format_from_name (const char       *name,
                                         WmTrustFormat    *format);
GBytes       *wm_trust_to_csv          (const WmTrust     *trust,
                                        GError           **error);
GBytes       *wm_trust_to_json         (const WmTrust     *trust,
                                        GError           **error);
gboolean      wm_trust_export          (const WmTrust     *trust,
                                        const char        *path,
                                        WmTrustFormat      format,
                                        GError           **error);

/* wm-trust-layout.c: the summary on pages of any size, for the PDF and the print operation */
typedef struct _WmTrustLayout WmTrustLayout;

WmTrustLayout *wm_trust_layout_new         (const WmTrust       *trust,
                                            double               width,
                                            double               height,
                                            cairo_t             *measure_cr,
                                            GError             **error);
guint          wm_trust_layout_get_n_pages (const WmTrustLayout *layout);
void           wm_trust_layout_draw_page   (const WmTrustLayout *layout,
                                            cairo_t             *cr,
                                            guint                page);
void           wm_trust_layout_free        (WmTrustLayout       *layout);

/* wm-trust-pdf.c */
gboolean      wm_trust_export_pdf      (const WmTrust     *trust,
                                        const char        *path,
                                        GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmTrust, wm_trust_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmTrustTable, wm_trust_table_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmTrustLayout, wm_trust_layout_free)

G_END_DECLS
