/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Exports are written whole: into a temporary file beside the chosen name, renamed over it only
 * once complete, so an interrupted or failed export never leaves half a file under that name.
 */

char     *wm_export_file_begin     (const char  *path,
                                    GError     **error);
gboolean  wm_export_file_commit    (const char  *temp,
                                    const char  *path,
                                    GError     **error);
void      wm_export_file_abandon   (const char  *temp);
gboolean  wm_export_file_write     (const char  *temp,
                                    const char  *path,
                                    GBytes      *bytes,
                                    GError     **error);
gboolean  wm_export_file_write_bytes (const char  *path,
                                      GBytes      *bytes,
                                      GError     **error);
void      wm_export_file_set_error (GError     **error,
                                    const char  *path,
                                    int          saved_errno,
                                    const char  *reason);

G_END_DECLS
