/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-evidence-item.h"
#include "wm-store.h"

G_BEGIN_DECLS

/* Files over this size (in bytes) deserve a warning before they are copied in. */
#define WM_EVIDENCE_LARGE_FILE (100 * 1000 * 1000)

typedef enum {
  WM_EVIDENCE_FILTER_ALL,
  WM_EVIDENCE_FILTER_UNREVIEWED,
} WmEvidenceFilter;

/* How far adding a file has come, from 0.0 to 1.0; the last call says 1.0. */
typedef void (*WmEvidenceProgress) (double   fraction,
                                    gpointer user_data);

/* wm-evidence-file.c; the _async pair in wm-evidence-async.c */
gint64      wm_evidence_add_file            (WmStore             *store,
                                             GFile               *file,
                                             const char          *label,
                                             const char          *author,
                                             GCancellable        *cancellable,
                                             WmEvidenceProgress   progress,
                                             gpointer             user_data,
                                             GError             **error);
void        wm_evidence_add_file_async      (WmStore             *store,
                                             GFile               *file,
                                             const char          *label,
                                             const char          *author,
                                             GCancellable        *cancellable,
                                             WmEvidenceProgress   progress,
                                             gpointer             progress_data,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gint64      wm_evidence_add_file_finish     (WmStore             *store,
                                             GAsyncResult        *result,
                                             GError             **error);

/* wm-evidence.c */
gint64      wm_evidence_add_link            (WmStore             *store,
                                             const char          *url,
                                             const char          *label,
                                             const char          *author,
                                             GError             **error);
gint64      wm_evidence_add_note            (WmStore             *store,
                                             const char          *text,
                                             const char          *label,
                                             const char          *author,
                                             GError             **error);
gboolean    wm_evidence_attach              (WmStore             *store,
                                             const char          *framework_id,
                                             const char          *descriptor_id,
                                             gint64               evidence_id,
                                             const char          *author,
                                             GError             **error);
gboolean    wm_evidence_detach              (WmStore             *store,
                                             const char          *framework_id,
                                             const char          *descriptor_id,
                                             gint64               evidence_id,
                                             GError             **error);
gboolean    wm_evidence_rename              (WmStore             *store,
                                             gint64               evidence_id,
                                             const char          *label,
                                             GError             **error);
gboolean    wm_evidence_set_reviewed        (WmStore             *store,
                                             gint64               evidence_id,
                                             gboolean             reviewed,
                                             GError             **error);

/* wm-evidence-list.c */
GListModel *wm_evidence_list                (WmStore             *store,
                                             const char          *framework_id,
                                             const char          *descriptor_id,
                                             WmEvidenceFilter     filter,
                                             GError             **error);
guint       wm_evidence_count               (WmStore             *store,
                                             const char          *framework_id,
                                             const char          *descriptor_id,
                                             GError             **error);
WmEvidenceItem *wm_evidence_lookup          (WmStore             *store,
                                             gint64               evidence_id,
                                             GError             **error);

/* wm-evidence-extract.c */
gboolean    wm_evidence_extract             (WmStore             *store,
                                             gint64               evidence_id,
                                             GFile               *dest,
                                             GCancellable        *cancellable,
                                             GError             **error);
GFile      *wm_evidence_open_temporary      (WmStore             *store,
                                             gint64               evidence_id,
                                             GError             **error);

G_END_DECLS
