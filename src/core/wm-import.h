/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-framework-def.h"

G_BEGIN_DECLS

/* The framework file formats Waymark reads and writes. */
typedef enum {
  WM_FORMAT_AUTO,      /* reading only: tell from the content */
  WM_FORMAT_WAYMARK,   /* docs/framework-format.md */
  WM_FORMAT_MAHARA,    /* Mahara SmartEvidence .matrix */
  WM_FORMAT_MOODLE,    /* Moodle competency framework CSV */
} WmFormat;

gboolean        wm_format_from_name     (const char            *name,
                                         WmFormat              *format);
const char     *wm_format_get_name      (WmFormat               format);
const char     *wm_format_get_extension (WmFormat               format);
WmFormat        wm_format_detect        (GBytes                *bytes);
WmFrameworkDef *wm_import_bytes         (GBytes                *bytes,
                                         const char            *name,
                                         WmFormat               format,
                                         GError               **error);
WmFrameworkDef *wm_import_file          (GFile                 *file,
                                         WmFormat               format,
                                         GError               **error);
GBytes         *wm_export_bytes         (const WmFrameworkDef  *def,
                                         WmFormat               format,
                                         GError               **error);

G_END_DECLS
