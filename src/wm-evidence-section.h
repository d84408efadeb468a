/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-descriptor.h"
#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_EVIDENCE_SECTION (wm_evidence_section_get_type ())
G_DECLARE_FINAL_TYPE (WmEvidenceSection, wm_evidence_section, WM, EVIDENCE_SECTION, GtkWidget)

WmStore      *wm_evidence_section_get_store      (WmEvidenceSection *self);
void          wm_evidence_section_set_store      (WmEvidenceSection *self,
                                                  WmStore           *store);
WmDescriptor *wm_evidence_section_get_descriptor (WmEvidenceSection *self);
void          wm_evidence_section_set_descriptor (WmEvidenceSection *self,
                                                  WmDescriptor      *descriptor);
gboolean      wm_evidence_section_get_busy       (WmEvidenceSection *self);
void          wm_evidence_section_add_files      (WmEvidenceSection *self,
                                                  GSList            *files);

G_END_DECLS
