/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-scoring.h"
#include "wm-store.h"

G_BEGIN_DECLS

/*
 * A school's summary bundle (docs/bundle-format.md): a small JSON file a school hands to its
 * trust, holding its name and identity and, per framework it uses, the scores of each element at
 * chosen snapshots and now, with counts of judged descriptors and of evidence. Nothing else:
 * no notes, no evidence, no names of staff, nothing about any pupil.
 */

#define WM_BUNDLE_FORMAT         "waymark-summary"
#define WM_BUNDLE_FORMAT_VERSION 1

typedef struct {
  char *id;
  char *title;
} WmBundleElement;

/* A framework's scores at one moment: a snapshot, or "now". */
typedef struct {
  char   *name;               /* the snapshot's name; NULL for now */
  char   *taken_on;           /* YYYY-MM-DD; for now, the day the bundle was made */
  char   *framework_version;  /* the version of the framework it was scored under */
  double  overall;            /* NAN: no score */
  double *scores;             /* one per element of its framework, in order; NAN: no score */
  guint   n_judged;           /* descriptors rated above the lowest rating */
  guint   n_descriptors;
} WmBundleSide;

typedef struct {
  char          *id;
  char          *version;
  char          *title;
  WmScoringRule  rule;
  double         max;         /* the highest score an element can have */
  GStrv          levels;      /* level names, in order */
  GPtrArray     *elements;    /* WmBundleElement, in framework order */
  GPtrArray     *snapshots;   /* WmBundleSide, oldest first */
  WmBundleSide  *now;
  guint          n_evidence;  /* pieces of evidence attached to its descriptors, each once */
} WmBundleFramework;

typedef struct {
  char      *path;            /* the file it was read from; NULL when gathered from a school */
  char      *made_at;         /* ISO 8601, UTC: "2026-11-22T10:15:00Z" */
  char      *generator;       /* "Waymark 0.9" */
  char      *school_name;
  char      *school_id;       /* the school file's own random identity */
  GPtrArray *frameworks;      /* WmBundleFramework */
} WmBundle;

/* Scores are kept to this many decimal places, in the file and once read. */
#define WM_BUNDLE_DECIMALS 2

/* wm-bundle.c: gathering from a school file */
WmBundle                *wm_bundle_new_from_store (WmStore             *store,
                                                   const char * const  *snapshot_names,
                                                   GError             **error);
const WmBundleFramework *wm_bundle_find_framework (const WmBundle      *bundle,
                                                   const char          *framework_id);
const char              *wm_bundle_rule_name      (WmScoringRule        rule);
double                   wm_bundle_round          (double               score);
WmBundleSide            *wm_bundle_side_new       (guint                n_elements);
void                     wm_bundle_side_free      (WmBundleSide        *side);
WmBundleFramework       *wm_bundle_framework_new  (void);
void                     wm_bundle_framework_free (WmBundleFramework   *framework);
WmBundle                *wm_bundle_new            (void);
void                     wm_bundle_free           (WmBundle            *bundle);

/* wm-bundle-write.c */
GBytes                  *wm_bundle_to_bytes       (const WmBundle      *bundle);
gboolean                 wm_bundle_save           (const WmBundle      *bundle,
                                                   const char          *path,
                                                   GError             **error);
gboolean                 wm_bundle_write          (WmStore             *store,
                                                   const char          *path,
                                                   const char * const  *snapshot_names,
                                                   GError             **error);

/* wm-bundle-read.c */
WmBundle                *wm_bundle_read_bytes     (GBytes              *bytes,
                                                   const char          *name,
                                                   GError             **error);
WmBundle                *wm_bundle_read           (const char          *path,
                                                   GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmBundle, wm_bundle_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmBundleSide, wm_bundle_side_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmBundleFramework, wm_bundle_framework_free)

G_END_DECLS
