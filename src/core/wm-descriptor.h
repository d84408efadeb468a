/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_TYPE_DESCRIPTOR (wm_descriptor_get_type ())
G_DECLARE_FINAL_TYPE (WmDescriptor, wm_descriptor, WM, DESCRIPTOR, GObject)

WmDescriptor *wm_descriptor_new              (const char   *framework_id,
                                              const char   *id,
                                              const char   *level_id,
                                              const char   *text);
const char   *wm_descriptor_get_framework_id (WmDescriptor *self);
const char   *wm_descriptor_get_id           (WmDescriptor *self);
const char   *wm_descriptor_get_level_id     (WmDescriptor *self);
const char   *wm_descriptor_get_text         (WmDescriptor *self);
const char   *wm_descriptor_get_rating_id    (WmDescriptor *self);
const char   *wm_descriptor_get_rating_name  (WmDescriptor *self);
guint         wm_descriptor_get_rating_position (WmDescriptor *self);
const char   *wm_descriptor_get_note         (WmDescriptor *self);
void          wm_descriptor_set_judgement    (WmDescriptor *self,
                                              const char   *rating_id,
                                              const char   *rating_name,
                                              guint         rating_position,
                                              const char   *note);

G_END_DECLS
