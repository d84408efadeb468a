/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by wm-bundle-write.c and the trust's exports (wm-trust-export.c): JSON written by hand,
 * so that scores read "1.33" rather than json-glib's "1.3300000000000001", and small objects
 * (a snapshot's scores) stay on one line. */

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  GString *out;
  guint    depth;
  guint64  compact;    /* bit d: the container at depth d + 1 is written on one line */
  gboolean first;      /* nothing written yet in the open container */
} WmBundleJson;

void      wm_bundle_json_init         (WmBundleJson *json);
GBytes   *wm_bundle_json_finish       (WmBundleJson *json);
void      wm_bundle_json_begin_object (WmBundleJson *json,
                                       const char   *key,
                                       gboolean      one_line);
void      wm_bundle_json_end_object   (WmBundleJson *json);
void      wm_bundle_json_begin_array  (WmBundleJson *json,
                                       const char   *key,
                                       gboolean      one_line);
void      wm_bundle_json_end_array    (WmBundleJson *json);
void      wm_bundle_json_string       (WmBundleJson *json,
                                       const char   *key,
                                       const char   *value);
void      wm_bundle_json_score        (WmBundleJson *json,
                                       const char   *key,
                                       double        value);
void      wm_bundle_json_int          (WmBundleJson *json,
                                       const char   *key,
                                       gint64        value);
void      wm_bundle_json_boolean      (WmBundleJson *json,
                                       const char   *key,
                                       gboolean      value);
char     *wm_bundle_format_score      (double        value);


G_END_DECLS
