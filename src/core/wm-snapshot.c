/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-snapshot"

#include "config.h"

#include "wm-snapshot.h"

/* One snapshot of a framework (a list item): its name, the date it stands for, and
 * how many of the descriptors it froze had been judged. Snapshots never change,
 * so neither does this. */
struct _WmSnapshot
{
  GObject parent_instance;
  gint64  id;
  char   *framework_id;
  char   *name;
  char   *taken_on;           /* YYYY-MM-DD */
  char   *framework_version;  /* the framework's version when it was taken */
  char   *created_by;
  char   *created_at;
  guint   n_descriptors;
  guint   n_judged;           /* rated anything but the first rating of the scale */
};

G_DEFINE_FINAL_TYPE (WmSnapshot, wm_snapshot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FRAMEWORK_ID,
  PROP_NAME,
  PROP_TAKEN_ON,
  PROP_FRAMEWORK_VERSION,
  PROP_CREATED_BY,
  PROP_CREATED_AT,
  PROP_N_DESCRIPTORS,
  PROP_N_JUDGED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_snapshot_finalize (GObject *object)
{
  WmSnapshot *self = (WmSnapshot *) object;

  g_free (self->framework_id);
  g_free (self->name);
  g_free (self->taken_on);
  g_free (self->framework_version);
  g_free (self->created_by);
  g_free (self->created_at);

  G_OBJECT_CLASS (wm_snapshot_parent_class)->finalize (object);
}

static void
wm_snapshot_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WmSnapshot *self = WM_SNAPSHOT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_FRAMEWORK_ID: g_value_set_string (value, self->framework_id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_TAKEN_ON: g_value_set_string (value, self->taken_on); break;
    case PROP_FRAMEWORK_VERSION: g_value_set_string (value, self->framework_version); break;
    case PROP_CREATED_BY: g_value_set_string (value, self->created_by); break;
    case PROP_CREATED_AT: g_value_set_string (value, self->created_at); break;
    case PROP_N_DESCRIPTORS: g_value_set_uint (value, self->n_descriptors); break;
    case PROP_N_JUDGED: g_value_set_uint (value, self->n_judged); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_snapshot_class_init (WmSnapshotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wm_snapshot_finalize;
  object_class->get_property = wm_snapshot_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_FRAMEWORK_ID] = g_param_spec_string ("framework-id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_TAKEN_ON] = g_param_spec_string ("taken-on", NULL, NULL, NULL, flags);
  properties[PROP_FRAMEWORK_VERSION] =
    g_param_spec_string ("framework-version", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_BY] = g_param_spec_string ("created-by", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, flags);
  properties[PROP_N_DESCRIPTORS] =
    g_param_spec_uint ("n-descriptors", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_JUDGED] = g_param_spec_uint ("n-judged", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_snapshot_init (WmSnapshot *self)
{
}

WmSnapshot *
wm_snapshot_new (gint64      id,
                 const char *framework_id,
                 const char *name,
                 const char *taken_on,
                 const char *framework_version,
                 const char *created_by,
                 const char *created_at,
                 guint       n_descriptors,
                 guint       n_judged)
{
  WmSnapshot *self = g_object_new (WM_TYPE_SNAPSHOT, NULL);

  self->id = id;
  self->framework_id = g_strdup (framework_id);
  self->name = g_strdup (name);
  self->taken_on = g_strdup (taken_on);
  self->framework_version = g_strdup (framework_version);
  self->created_by = g_strdup (created_by);
  self->created_at = g_strdup (created_at);
  self->n_descriptors = n_descriptors;
  self->n_judged = n_judged;
  return self;
}

gint64
wm_snapshot_get_id (WmSnapshot *self)
{
  g_return_val_if_fail (WM_IS_SNAPSHOT (self), 0);
  return self->id;
}

const char *
wm_snapshot_get_framework_id (WmSnapshot *self)
{
  g_return_val_if_fail (WM_IS_SNAPSHOT (self), NULL);
  return self->framework_id;
}

const char *
wm_snapshot_get_name (WmSnapshot *self)
{
  g_return_val_if_fail (WM_IS_SNAPSHOT (self), NULL);
  return self->name;
}

const char *
wm_snapshot_get_taken_on (WmSnapshot *self)
{
  g_return_val_if_fail (WM_IS_SNAPSHOT (self), NULL);
  return self->taken_on;
}

const char *
wm_snapshot_get_framework_version (WmSnapshot *self)
{
  g_return_val_if_fail (WM_IS_SNAPSHOT (self), NULL);
  return self->framework_version;
}

const char *
wm_snapshot_get_created_by (WmSnapshot *self)
{
  g_return_val_if_fail (WM_IS_SNAPSHOT (self), NULL);
  return self->created_by;
}

const char *
wm_snapshot_get_created_at (WmSnapshot *self)
{
  g_return_val_if_fail (WM_IS_SNAPSHOT (self), NULL);
  return self->created_at;
}

guint
wm_snapshot_get_n_descriptors (WmSnapshot *self)
{
  g_return_val_if_fail (WM_IS_SNAPSHOT (self), 0);
  return self->n_descriptors;
}

guint
wm_snapshot_get_n_judged (WmSnapshot *self)
{
  g_return_val_if_fail (WM_IS_SNAPSHOT (self), 0);
  return self->n_judged;
}
