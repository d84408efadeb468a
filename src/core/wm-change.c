/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-change"

#include "config.h"

#include "wm-change.h"

/* One entry of a descriptor's history: who changed its judgement, when, from what to what. */
struct _WmChange
{
  GObject parent_instance;
  char   *changed_at;
  char   *author;
  char   *old_rating_name;   /* NULL for the first judgement */
  char   *new_rating_name;
  char   *old_note;          /* NULL for the first judgement */
  char   *new_note;
};

G_DEFINE_FINAL_TYPE (WmChange, wm_change, G_TYPE_OBJECT)

static void
wm_change_finalize (GObject *object)
{
  WmChange *self = (WmChange *) object;

  g_free (self->changed_at);
  g_free (self->author);
  g_free (self->old_rating_name);
  g_free (self->new_rating_name);
  g_free (self->old_note);
  g_free (self->new_note);

  G_OBJECT_CLASS (wm_change_parent_class)->finalize (object);
}

static void
wm_change_class_init (WmChangeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wm_change_finalize;
}

static void
wm_change_init (WmChange *self)
{
}

WmChange *
wm_change_new (const char *changed_at,
               const char *author,
               const char *old_rating_name,
               const char *new_rating_name,
               const char *old_note,
               const char *new_note)
{
  WmChange *self = g_object_new (WM_TYPE_CHANGE, NULL);

  self->changed_at = g_strdup (changed_at);
  self->author = g_strdup (author);
  self->old_rating_name = g_strdup (old_rating_name);
  self->new_rating_name = g_strdup (new_rating_name);
  self->old_note = g_strdup (old_note);
  self->new_note = g_strdup (new_note);
  return self;
}

const char *
wm_change_get_changed_at (WmChange *self)
{
  g_return_val_if_fail (WM_IS_CHANGE (self), NULL);
  return self->changed_at;
}

const char *
wm_change_get_author (WmChange *self)
{
  g_return_val_if_fail (WM_IS_CHANGE (self), NULL);
  return self->author;
}

const char *
wm_change_get_old_rating_name (WmChange *self)
{
  g_return_val_if_fail (WM_IS_CHANGE (self), NULL);
  return self->old_rating_name;
}

const char *
wm_change_get_new_rating_name (WmChange *self)
{
  g_return_val_if_fail (WM_IS_CHANGE (self), NULL);
  return self->new_rating_name;
}

const char *
wm_change_get_old_note (WmChange *self)
{
  g_return_val_if_fail (WM_IS_CHANGE (self), NULL);
  return self->old_note;
}

const char *
wm_change_get_new_note (WmChange *self)
{
  g_return_val_if_fail (WM_IS_CHANGE (self), NULL);
  return self->new_note;
}
