/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-evidence.h"
#include "wm-evidence-section.h"

G_BEGIN_DECLS

/* Shared by the files of WmEvidenceSection: wm-evidence-section.c,
 * wm-evidence-section-items.c and wm-evidence-section-dialogs.c. */
struct _WmEvidenceSection
{
  GtkWidget       parent_instance;

  WmStore        *store;
  WmDescriptor   *descriptor;
  GCancellable   *copying;       /* the files being copied in, if any */
  char           *author;
  guint           reload_idle;

  GtkLabel       *heading_label;
  GtkListBox     *list_box;
  GtkWidget      *progress_box;
  GtkProgressBar *progress_bar;
};

GtkWindow *wm_evidence_section_get_window  (WmEvidenceSection *self);
void     wm_evidence_section_show_error     (WmEvidenceSection *self,
                                             const char        *message);
gboolean wm_evidence_section_attach         (WmEvidenceSection *self,
                                             const char        *framework_id,
                                             const char        *descriptor_id,
                                             gint64             evidence_id);
char    *wm_evidence_section_describe       (WmEvidenceItem    *item);
GIcon   *wm_evidence_section_icon_for       (WmEvidenceItem    *item);
GtkWidget *wm_evidence_section_create_row  (gpointer           item,
                                            gpointer           user_data);
void     wm_evidence_section_items_class_init   (GtkWidgetClass *widget_class);
void     wm_evidence_section_dialogs_class_init (GtkWidgetClass *widget_class);

G_END_DECLS
