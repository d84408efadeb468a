/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a piece of evidence is; the same words as the school file's evidence.kind. */
typedef enum {
  WM_EVIDENCE_KIND_FILE,
  WM_EVIDENCE_KIND_LINK,
  WM_EVIDENCE_KIND_NOTE,
} WmEvidenceKind;

#define WM_TYPE_EVIDENCE_ITEM (wm_evidence_item_get_type ())
G_DECLARE_FINAL_TYPE (WmEvidenceItem, wm_evidence_item, WM, EVIDENCE_ITEM, GObject)

WmEvidenceItem *wm_evidence_item_new              (gint64          id,
                                                   WmEvidenceKind  kind,
                                                   const char     *label,
                                                   const char     *file_name,
                                                   gint64          size,
                                                   const char     *content_type,
                                                   const char     *url,
                                                   const char     *text,
                                                   gboolean        reviewed,
                                                   const char     *added_by,
                                                   const char     *added_at,
                                                   guint           n_descriptors);
gint64          wm_evidence_item_get_id            (WmEvidenceItem *self);
WmEvidenceKind  wm_evidence_item_get_kind          (WmEvidenceItem *self);
const char     *wm_evidence_item_get_kind_name     (WmEvidenceItem *self);
const char     *wm_evidence_item_get_label         (WmEvidenceItem *self);
const char     *wm_evidence_item_get_file_name     (WmEvidenceItem *self);
gint64          wm_evidence_item_get_size          (WmEvidenceItem *self);
const char     *wm_evidence_item_get_content_type  (WmEvidenceItem *self);
const char     *wm_evidence_item_get_url           (WmEvidenceItem *self);
const char     *wm_evidence_item_get_text          (WmEvidenceItem *self);
gboolean        wm_evidence_item_get_reviewed      (WmEvidenceItem *self);
const char     *wm_evidence_item_get_added_by      (WmEvidenceItem *self);
const char     *wm_evidence_item_get_added_at      (WmEvidenceItem *self);
guint           wm_evidence_item_get_n_descriptors (WmEvidenceItem *self);

const char     *wm_evidence_kind_to_string         (WmEvidenceKind  kind);
gboolean        wm_evidence_kind_from_string       (const char     *name,
                                                    WmEvidenceKind *kind);

G_END_DECLS
