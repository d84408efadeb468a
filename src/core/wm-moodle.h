/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-framework-def.h"

G_BEGIN_DECLS

/*
 * The Moodle competency framework CSV (admin tool tool_lpimportcsv), read into
 * a framework def and written from one. Errors are in WM_FRAMEWORK_ERROR; see
 * docs/import-moodle.md for the mapping.
 */

gboolean        wm_moodle_sniff   (GBytes                *bytes);
WmFrameworkDef *wm_moodle_import  (GBytes                *bytes,
                                   const char            *name,
                                   GError               **error);
GBytes         *wm_moodle_export  (const WmFrameworkDef  *def,
                                   GError               **error);

G_END_DECLS
