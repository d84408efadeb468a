/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_TYPE_FRAMEWORK_INFO (wm_framework_info_get_type ())
G_DECLARE_FINAL_TYPE (WmFrameworkInfo, wm_framework_info, WM, FRAMEWORK_INFO, GObject)

const char *wm_framework_info_get_id            (WmFrameworkInfo *self);
const char *wm_framework_info_get_title         (WmFrameworkInfo *self);
const char *wm_framework_info_get_short_title   (WmFrameworkInfo *self);
const char *wm_framework_info_get_version       (WmFrameworkInfo *self);
const char *wm_framework_info_get_publisher     (WmFrameworkInfo *self);
const char *wm_framework_info_get_licence       (WmFrameworkInfo *self);
const char *wm_framework_info_get_attribution   (WmFrameworkInfo *self);
guint       wm_framework_info_get_n_elements    (WmFrameworkInfo *self);
guint       wm_framework_info_get_n_strands     (WmFrameworkInfo *self);
guint       wm_framework_info_get_n_descriptors (WmFrameworkInfo *self);
guint       wm_framework_info_get_n_judged      (WmFrameworkInfo *self);
void        wm_framework_info_set_n_judged      (WmFrameworkInfo *self,
                                                 guint            n_judged);
char       *wm_framework_info_dup_progress      (WmFrameworkInfo *self);
const char *wm_framework_info_get_summary       (WmFrameworkInfo *self);
void        wm_framework_info_set_summary       (WmFrameworkInfo *self,
                                                 const char      *summary);

G_END_DECLS
