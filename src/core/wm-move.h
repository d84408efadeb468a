/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How a descriptor's rating differs between two snapshots (or a snapshot and now). */
typedef enum {
  WM_MOVE_UP,       /* to a higher rating of the scale */
  WM_MOVE_DOWN,     /* to a lower rating of the scale */
  WM_MOVE_CHANGED,  /* into or out of "Not applicable": neither up nor down */
  WM_MOVE_ADDED,    /* only in the later side: the framework was upgraded in between */
  WM_MOVE_REMOVED,  /* only in the earlier side: a later version dropped it */
} WmMoveDirection;

#define WM_TYPE_MOVE (wm_move_get_type ())
G_DECLARE_FINAL_TYPE (WmMove, wm_move, WM, MOVE, GObject)

WmMove         *wm_move_new                (const char      *descriptor_id,
                                            WmMoveDirection  direction,
                                            const char      *from_rating_id,
                                            const char      *from_rating_name,
                                            int              from_position,
                                            const char      *to_rating_id,
                                            const char      *to_rating_name,
                                            int              to_position);
const char     *wm_move_get_descriptor_id  (WmMove *self);
WmMoveDirection wm_move_get_direction      (WmMove *self);
const char     *wm_move_get_from_rating_id   (WmMove *self);
const char     *wm_move_get_from_rating_name (WmMove *self);
int             wm_move_get_from_position    (WmMove *self);
const char     *wm_move_get_to_rating_id     (WmMove *self);
const char     *wm_move_get_to_rating_name   (WmMove *self);
int             wm_move_get_to_position      (WmMove *self);

G_END_DECLS
