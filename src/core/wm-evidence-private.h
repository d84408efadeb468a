/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the files of wm-evidence share; only they include this. */

#include "wm-evidence.h"
#include "wm-store-private.h"

G_BEGIN_DECLS

/* Reading and writing files in pieces of this size keeps memory flat for any file. */
#define WM_EVIDENCE_CHUNK (64 * 1024)

char   *wm_evidence_now    (void);
gint64  wm_evidence_insert (WmStore         *store,
                            WmEvidenceKind   kind,
                            const char      *label,
                            const char      *file_name,
                            const char      *content_type,
                            const char      *blob_sha256,
                            const char      *url,
                            const char      *text,
                            const char      *author,
                            GError         **error);

G_END_DECLS
