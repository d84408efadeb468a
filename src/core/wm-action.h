/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* An action's status, as the school file stores it. Planned and under way are "open". */
#define WM_ACTION_STATUS_PLANNED   "planned"
#define WM_ACTION_STATUS_UNDER_WAY "under-way"
#define WM_ACTION_STATUS_DONE      "done"
#define WM_ACTION_STATUS_DROPPED   "dropped"

#define WM_TYPE_ACTION (wm_action_get_type ())
G_DECLARE_FINAL_TYPE (WmAction, wm_action, WM, ACTION, GObject)

gint64              wm_action_get_id                 (WmAction   *self);
const char         *wm_action_get_framework_id       (WmAction   *self);
const char         *wm_action_get_title              (WmAction   *self);
const char         *wm_action_get_owner              (WmAction   *self);
const char         *wm_action_get_due_on             (WmAction   *self);
gboolean            wm_action_get_due_date           (WmAction   *self,
                                                      GDate      *date);
const char         *wm_action_get_target_rating_id   (WmAction   *self);
const char         *wm_action_get_target_rating_name (WmAction   *self);
const char         *wm_action_get_status             (WmAction   *self);
const char         *wm_action_get_notes              (WmAction   *self);
const char         *wm_action_get_created_by         (WmAction   *self);
const char         *wm_action_get_created_at         (WmAction   *self);
const char         *wm_action_get_updated_at         (WmAction   *self);
const char * const *wm_action_get_descriptor_ids     (WmAction   *self);
char               *wm_action_dup_descriptors_label  (WmAction   *self);
gboolean            wm_action_is_open                (WmAction   *self);
gboolean            wm_action_is_overdue             (WmAction   *self,
                                                      GDate      *today);

gboolean            wm_action_status_is_open         (const char *status);
const char         *wm_action_status_get_label       (const char *status);
gboolean            wm_action_parse_date             (const char *text,
                                                      GDate      *date);

G_END_DECLS
