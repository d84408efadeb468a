/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define WM_TYPE_CHANGE (wm_change_get_type ())
G_DECLARE_FINAL_TYPE (WmChange, wm_change, WM, CHANGE, GObject)

WmChange   *wm_change_new                 (const char *changed_at,
                                           const char *author,
                                           const char *old_rating_name,
                                           const char *new_rating_name,
                                           const char *old_note,
                                           const char *new_note);
const char *wm_change_get_changed_at      (WmChange   *self);
const char *wm_change_get_author          (WmChange   *self);
const char *wm_change_get_old_rating_name (WmChange   *self);
const char *wm_change_get_new_rating_name (WmChange   *self);
const char *wm_change_get_old_note        (WmChange   *self);
const char *wm_change_get_new_note        (WmChange   *self);

G_END_DECLS
