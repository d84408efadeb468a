/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-move"

#include "config.h"

#include "wm-move.h"

/* One descriptor that moved between two sides of a comparison (a list item).
 * A side the descriptor is missing from has NULL rating id and name, position -1. */
struct _WmMove
{
  GObject          parent_instance;
  char            *descriptor_id;
  WmMoveDirection  direction;
  char            *from_rating_id;
  char            *from_rating_name;
  int              from_position;   /* ratings.position: the scale from 0, 1000 for not applicable */
  char            *to_rating_id;
  char            *to_rating_name;
  int              to_position;
};

G_DEFINE_FINAL_TYPE (WmMove, wm_move, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DESCRIPTOR_ID,
  PROP_DIRECTION,
  PROP_FROM_RATING_ID,
  PROP_FROM_RATING_NAME,
  PROP_TO_RATING_ID,
  PROP_TO_RATING_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_move_finalize (GObject *object)
{
  WmMove *self = (WmMove *) object;

  g_free (self->descriptor_id);
  g_free (self->from_rating_id);
  g_free (self->from_rating_name);
  g_free (self->to_rating_id);
  g_free (self->to_rating_name);

  G_OBJECT_CLASS (wm_move_parent_class)->finalize (object);
}

static void
wm_move_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  WmMove *self = WM_MOVE (object);

  switch (prop_id)
    {
    case PROP_DESCRIPTOR_ID: g_value_set_string (value, self->descriptor_id); break;
    case PROP_DIRECTION: g_value_set_int (value, self->direction); break;
    case PROP_FROM_RATING_ID: g_value_set_string (value, self->from_rating_id); break;
    case PROP_FROM_RATING_NAME: g_value_set_string (value, self->from_rating_name); break;
    case PROP_TO_RATING_ID: g_value_set_string (value, self->to_rating_id); break;
    case PROP_TO_RATING_NAME: g_value_set_string (value, self->to_rating_name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_move_class_init (WmMoveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wm_move_finalize;
  object_class->get_property = wm_move_get_property;

  properties[PROP_DESCRIPTOR_ID] = g_param_spec_string ("descriptor-id", NULL, NULL, NULL, flags);
  properties[PROP_DIRECTION] =
    g_param_spec_int ("direction", NULL, NULL, WM_MOVE_UP, WM_MOVE_REMOVED, WM_MOVE_UP, flags);
  properties[PROP_FROM_RATING_ID] = g_param_spec_string ("from-rating-id", NULL, NULL, NULL, flags);
  properties[PROP_FROM_RATING_NAME] =
    g_param_spec_string ("from-rating-name", NULL, NULL, NULL, flags);
  properties[PROP_TO_RATING_ID] = g_param_spec_string ("to-rating-id", NULL, NULL, NULL, flags);
  properties[PROP_TO_RATING_NAME] = g_param_spec_string ("to-rating-name", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_move_init (WmMove *self)
{
}

WmMove *
wm_move_new (const char      *descriptor_id,
             WmMoveDirection  direction,
             const char      *from_rating_id,
             const char      *from_rating_name,
             int              from_position,
             const char      *to_rating_id,
             const char      *to_rating_name,
             int              to_position)
{
  WmMove *self = g_object_new (WM_TYPE_MOVE, NULL);

  self->descriptor_id = g_strdup (descriptor_id);
  self->direction = direction;
  self->from_rating_id = g_strdup (from_rating_id);
  self->from_rating_name = g_strdup (from_rating_name);
  self->from_position = from_rating_id ? from_position : -1;
  self->to_rating_id = g_strdup (to_rating_id);
  self->to_rating_name = g_strdup (to_rating_name);
  self->to_position = to_rating_id ? to_position : -1;
  return self;
}

const char *
wm_move_get_descriptor_id (WmMove *self)
{
  g_return_val_if_fail (WM_IS_MOVE (self), NULL);
  return self->descriptor_id;
}

WmMoveDirection
wm_move_get_direction (WmMove *self)
{
  g_return_val_if_fail (WM_IS_MOVE (self), WM_MOVE_CHANGED);
  return self->direction;
}

const char *
wm_move_get_from_rating_id (WmMove *self)
{
  g_return_val_if_fail (WM_IS_MOVE (self), NULL);
  return self->from_rating_id;
}

const char *
wm_move_get_from_rating_name (WmMove *self)
{
  g_return_val_if_fail (WM_IS_MOVE (self), NULL);
  return self->from_rating_name;
}

int
wm_move_get_from_position (WmMove *self)
{
  g_return_val_if_fail (WM_IS_MOVE (self), -1);
  return self->from_position;
}

const char *
wm_move_get_to_rating_id (WmMove *self)
{
  g_return_val_if_fail (WM_IS_MOVE (self), NULL);
  return self->to_rating_id;
}

const char *
wm_move_get_to_rating_name (WmMove *self)
{
  g_return_val_if_fail (WM_IS_MOVE (self), NULL);
  return self->to_rating_name;
}

int
wm_move_get_to_position (WmMove *self)
{
  g_return_val_if_fail (WM_IS_MOVE (self), -1);
  return self->to_position;
}
