/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A minimal ZIP archive built in memory: stored (uncompressed) entries only, no ZIP64, no extra
 * fields. Enough for an ODF package, whose first entry must be "mimetype", stored, so that its
 * content sits at byte 38 of the file for anything that sniffs it.
 */

typedef struct _WmZipWriter WmZipWriter;

WmZipWriter *wm_zip_writer_new      (void);
void         wm_zip_writer_set_time (WmZipWriter  *self,
                                     GDateTime    *time);
void         wm_zip_writer_add      (WmZipWriter  *self,
                                     const char   *name,
                                     GBytes       *data);
GBytes      *wm_zip_writer_finish   (WmZipWriter  *self);
void         wm_zip_writer_free     (WmZipWriter  *self);

guint32      wm_zip_crc32           (guint32       crc,
                                     const guint8 *data,
                                     gsize         length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmZipWriter, wm_zip_writer_free)

G_END_DECLS
