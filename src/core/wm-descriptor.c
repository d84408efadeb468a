/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-descriptor"

#include "config.h"

#include "wm-descriptor.h"

/* One descriptor of a framework with its current judgement, as a grid cell shows it. */
struct _WmDescriptor
{
  GObject parent_instance;
  char   *framework_id;
  char   *id;
  char   *level_id;
  char   *text;
  char   *rating_id;
  char   *rating_name;
  guint   rating_position;
  char   *note;
};

G_DEFINE_FINAL_TYPE (WmDescriptor, wm_descriptor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRAMEWORK_ID,
  PROP_ID,
  PROP_LEVEL_ID,
  PROP_TEXT,
  PROP_RATING_ID,
  PROP_RATING_NAME,
  PROP_RATING_POSITION,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_descriptor_finalize (GObject *object)
{
  WmDescriptor *self = (WmDescriptor *) object;

  g_free (self->framework_id);
  g_free (self->id);
  g_free (self->level_id);
  g_free (self->text);
  g_free (self->rating_id);
  g_free (self->rating_name);
  g_free (self->note);

  G_OBJECT_CLASS (wm_descriptor_parent_class)->finalize (object);
}

static void
wm_descriptor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WmDescriptor *self = WM_DESCRIPTOR (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK_ID: g_value_set_string (value, self->framework_id); break;
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_LEVEL_ID: g_value_set_string (value, self->level_id); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_RATING_ID: g_value_set_string (value, self->rating_id); break;
    case PROP_RATING_NAME: g_value_set_string (value, self->rating_name); break;
    case PROP_RATING_POSITION: g_value_set_uint (value, self->rating_position); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_descriptor_class_init (WmDescriptorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wm_descriptor_finalize;
  object_class->get_property = wm_descriptor_get_property;

  properties[PROP_FRAMEWORK_ID] = g_param_spec_string ("framework-id", NULL, NULL, NULL, flags);
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_LEVEL_ID] = g_param_spec_string ("level-id", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_RATING_ID] = g_param_spec_string ("rating-id", NULL, NULL, NULL, flags);
  properties[PROP_RATING_NAME] = g_param_spec_string ("rating-name", NULL, NULL, NULL, flags);
  properties[PROP_RATING_POSITION] =
    g_param_spec_uint ("rating-position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_descriptor_init (WmDescriptor *self)
{
}

WmDescriptor *
wm_descriptor_new (const char *framework_id,
                   const char *id,
                   const char *level_id,
                   const char *text)
{
  WmDescriptor *self = g_object_new (WM_TYPE_DESCRIPTOR, NULL);

  self->framework_id = g_strdup (framework_id);
  self->id = g_strdup (id);
  self->level_id = g_strdup (level_id);
  self->text = g_strdup (text);
  self->note = g_strdup ("");
  return self;
}

const char *
wm_descriptor_get_framework_id (WmDescriptor *self)
{
  g_return_val_if_fail (WM_IS_DESCRIPTOR (self), NULL);
  return self->framework_id;
}

const char *
wm_descriptor_get_id (WmDescriptor *self)
{
  g_return_val_if_fail (WM_IS_DESCRIPTOR (self), NULL);
  return self->id;
}

const char *
wm_descriptor_get_level_id (WmDescriptor *self)
{
  g_return_val_if_fail (WM_IS_DESCRIPTOR (self), NULL);
  return self->level_id;
}

const char *
wm_descriptor_get_text (WmDescriptor *self)
{
  g_return_val_if_fail (WM_IS_DESCRIPTOR (self), NULL);
  return self->text;
}

const char *
wm_descriptor_get_rating_id (WmDescriptor *self)
{
  g_return_val_if_fail (WM_IS_DESCRIPTOR (self), NULL);
  return self->rating_id;
}

const char *
wm_descriptor_get_rating_name (WmDescriptor *self)
{
  g_return_val_if_fail (WM_IS_DESCRIPTOR (self), NULL);
  return self->rating_name;
}

guint
wm_descriptor_get_rating_position (WmDescriptor *self)
{
  g_return_val_if_fail (WM_IS_DESCRIPTOR (self), 0);
  return self->rating_position;
}

const char *
wm_descriptor_get_note (WmDescriptor *self)
{
  g_return_val_if_fail (WM_IS_DESCRIPTOR (self), NULL);
  return self->note;
}

void
wm_descriptor_set_judgement (WmDescriptor *self,
                             const char   *rating_id,
                             const char   *rating_name,
                             guint         rating_position,
                             const char   *note)
{
  g_return_if_fail (WM_IS_DESCRIPTOR (self));

  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->rating_id, rating_id) != 0)
    {
      g_free (self->rating_id);
      self->rating_id = g_strdup (rating_id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING_ID]);
    }
  if (g_strcmp0 (self->rating_name, rating_name) != 0)
    {
      g_free (self->rating_name);
      self->rating_name = g_strdup (rating_name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING_NAME]);
    }
  if (self->rating_position != rating_position)
    {
      self->rating_position = rating_position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING_POSITION]);
    }
  if (g_strcmp0 (self->note, note ? note : "") != 0)
    {
      g_free (self->note);
      self->note = g_strdup (note ? note : "");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}
