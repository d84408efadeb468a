/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-action-section.h"

G_BEGIN_DECLS

/* Shared by the files of WmActionSection: wm-action-section.c and
 * wm-action-section-add.c. */
struct _WmActionSection
{
  GtkWidget     parent_instance;

  WmStore      *store;
  WmGridModel  *model;
  WmDescriptor *descriptor;
  char         *author;
  guint         reload_idle;

  GtkLabel     *heading_label;
  GtkListBox   *list_box;
};

void wm_action_section_show_error  (WmActionSection *self,
                                    const char      *message);
gint64 wm_action_section_add_for   (WmActionSection *self,
                                    WmDescriptor    *descriptor,
                                    const char      *title,
                                    const char      *owner,
                                    const char      *due_on,
                                    const char      *target_rating_id,
                                    const char      *notes,
                                    GError         **error);
void wm_action_section_add_class_init (GtkWidgetClass *widget_class);

G_END_DECLS
