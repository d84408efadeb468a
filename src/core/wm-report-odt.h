/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-report.h"

G_BEGIN_DECLS

/*
 * The governors' pack as an editable OpenDocument text: one section per report, each after the
 * first on a new page, with its radar chart embedded as a 300 dpi PNG. A path ending in ".fodt"
 * gets flat ODF (one XML file); any other, a zipped ".odt" package. The file is replaced only once
 * the new one is complete.
 */

gboolean wm_report_write_odt (WmReport   **reports,
                              guint        n_reports,
                              const char  *path,
                              GError     **error);

G_END_DECLS
