/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-descriptor.h"
#include "wm-grid-model.h"
#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_ACTION_SECTION (wm_action_section_get_type ())
G_DECLARE_FINAL_TYPE (WmActionSection, wm_action_section, WM, ACTION_SECTION, GtkWidget)

WmStore      *wm_action_section_get_store      (WmActionSection *self);
void          wm_action_section_set_store      (WmActionSection *self,
                                                WmStore         *store);
WmGridModel  *wm_action_section_get_model      (WmActionSection *self);
void          wm_action_section_set_model      (WmActionSection *self,
                                                WmGridModel     *model);
WmDescriptor *wm_action_section_get_descriptor (WmActionSection *self);
void          wm_action_section_set_descriptor (WmActionSection *self,
                                                WmDescriptor    *descriptor);
gint64        wm_action_section_add_action     (WmActionSection *self,
                                                const char      *title,
                                                const char      *owner,
                                                const char      *due_on,
                                                const char      *target_rating_id,
                                                const char      *notes,
                                                GError         **error);

G_END_DECLS
