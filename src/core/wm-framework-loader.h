/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-framework-def.h"

G_BEGIN_DECLS

#define WM_FRAMEWORK_ERROR (wm_framework_error_quark ())

typedef enum {
  WM_FRAMEWORK_ERROR_PARSE,    /* not JSON, or not UTF-8 */
  WM_FRAMEWORK_ERROR_INVALID,  /* JSON, but not a framework */
  WM_FRAMEWORK_ERROR_NEWER,    /* a format version this Waymark does not know */
} WmFrameworkError;

#define WM_FRAMEWORK_FORMAT_VERSION 1

GQuark          wm_framework_error_quark      (void);
WmFrameworkDef *wm_framework_load_bytes       (GBytes      *bytes,
                                               const char  *name,
                                               GError     **error);
WmFrameworkDef *wm_framework_load_file        (GFile       *file,
                                               GError     **error);

G_END_DECLS
