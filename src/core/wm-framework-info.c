/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-framework-info"

#include "config.h"

#include "wm-framework-info.h"

/* One installed framework as the sidebar and `waymark-cli frameworks` list it. */
struct _WmFrameworkInfo
{
  GObject parent_instance;
  char   *id;
  char   *title;
  char   *short_title;
  char   *version;
  char   *publisher;
  char   *licence;
  char   *attribution;
  guint   n_elements;
  guint   n_strands;
  guint   n_descriptors;
  guint   n_judged;
  char   *summary;
};

G_DEFINE_FINAL_TYPE (WmFrameworkInfo, wm_framework_info, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SHORT_TITLE,
  PROP_VERSION,
  PROP_PUBLISHER,
  PROP_LICENCE,
  PROP_ATTRIBUTION,
  PROP_N_ELEMENTS,
  PROP_N_STRANDS,
  PROP_N_DESCRIPTORS,
  PROP_N_JUDGED,
  PROP_PROGRESS,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_framework_info_finalize (GObject *object)
{
  WmFrameworkInfo *self = (WmFrameworkInfo *) object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->short_title);
  g_free (self->version);
  g_free (self->publisher);
  g_free (self->licence);
  g_free (self->attribution);
  g_free (self->summary);

  G_OBJECT_CLASS (wm_framework_info_parent_class)->finalize (object);
}

static void
wm_framework_info_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WmFrameworkInfo *self = WM_FRAMEWORK_INFO (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_SHORT_TITLE: g_value_set_string (value, wm_framework_info_get_short_title (self)); break;
    case PROP_VERSION: g_value_set_string (value, self->version); break;
    case PROP_PUBLISHER: g_value_set_string (value, self->publisher); break;
    case PROP_LICENCE: g_value_set_string (value, self->licence); break;
    case PROP_ATTRIBUTION: g_value_set_string (value, self->attribution); break;
    case PROP_N_ELEMENTS: g_value_set_uint (value, self->n_elements); break;
    case PROP_N_STRANDS: g_value_set_uint (value, self->n_strands); break;
    case PROP_N_DESCRIPTORS: g_value_set_uint (value, self->n_descriptors); break;
    case PROP_N_JUDGED: g_value_set_uint (value, self->n_judged); break;
    case PROP_PROGRESS: g_value_take_string (value, wm_framework_info_dup_progress (self)); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_framework_info_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WmFrameworkInfo *self = WM_FRAMEWORK_INFO (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_TITLE: self->title = g_value_dup_string (value); break;
    case PROP_SHORT_TITLE: self->short_title = g_value_dup_string (value); break;
    case PROP_VERSION: self->version = g_value_dup_string (value); break;
    case PROP_PUBLISHER: self->publisher = g_value_dup_string (value); break;
    case PROP_LICENCE: self->licence = g_value_dup_string (value); break;
    case PROP_ATTRIBUTION: self->attribution = g_value_dup_string (value); break;
    case PROP_N_ELEMENTS: self->n_elements = g_value_get_uint (value); break;
    case PROP_N_STRANDS: self->n_strands = g_value_get_uint (value); break;
    case PROP_N_DESCRIPTORS: self->n_descriptors = g_value_get_uint (value); break;
    case PROP_N_JUDGED: wm_framework_info_set_n_judged (self, g_value_get_uint (value)); break;
    case PROP_SUMMARY: wm_framework_info_set_summary (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_framework_info_class_init (WmFrameworkInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wm_framework_info_finalize;
  object_class->get_property = wm_framework_info_get_property;
  object_class->set_property = wm_framework_info_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, construct);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, construct);
  properties[PROP_SHORT_TITLE] = g_param_spec_string ("short-title", NULL, NULL, NULL, construct);
  properties[PROP_VERSION] = g_param_spec_string ("version", NULL, NULL, NULL, construct);
  properties[PROP_PUBLISHER] = g_param_spec_string ("publisher", NULL, NULL, NULL, construct);
  properties[PROP_LICENCE] = g_param_spec_string ("licence", NULL, NULL, NULL, construct);
  properties[PROP_ATTRIBUTION] = g_param_spec_string ("attribution", NULL, NULL, NULL, construct);
  properties[PROP_N_ELEMENTS] = g_param_spec_uint ("n-elements", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_N_STRANDS] = g_param_spec_uint ("n-strands", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_N_DESCRIPTORS] = g_param_spec_uint ("n-descriptors", NULL, NULL, 0, G_MAXUINT, 0, construct);
  properties[PROP_N_JUDGED] =
    g_param_spec_uint ("n-judged", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* "41/96": judged descriptors out of all of them, for the sidebar. */
  properties[PROP_PROGRESS] =
    g_param_spec_string ("progress", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* Where the school stands on it, in a few words ("Score 1.4 of 3"). */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_framework_info_init (WmFrameworkInfo *self)
{
}

const char *
wm_framework_info_get_id (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), NULL);
  return self->id;
}

const char *
wm_framework_info_get_title (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), NULL);
  return self->title;
}

const char *
wm_framework_info_get_short_title (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), NULL);
  return self->short_title && *self->short_title ? self->short_title : self->title;
}

const char *
wm_framework_info_get_version (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), NULL);
  return self->version;
}

const char *
wm_framework_info_get_publisher (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), NULL);
  return self->publisher;
}

const char *
wm_framework_info_get_licence (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), NULL);
  return self->licence;
}

const char *
wm_framework_info_get_attribution (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), NULL);
  return self->attribution;
}

guint
wm_framework_info_get_n_elements (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), 0);
  return self->n_elements;
}

guint
wm_framework_info_get_n_strands (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), 0);
  return self->n_strands;
}

guint
wm_framework_info_get_n_descriptors (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), 0);
  return self->n_descriptors;
}

guint
wm_framework_info_get_n_judged (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), 0);
  return self->n_judged;
}

void
wm_framework_info_set_n_judged (WmFrameworkInfo *self,
                                guint            n_judged)
{
  g_return_if_fail (WM_IS_FRAMEWORK_INFO (self));

  if (self->n_judged == n_judged)
    return;

  self->n_judged = n_judged;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_JUDGED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

char *
wm_framework_info_dup_progress (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), NULL);
  return g_strdup_printf ("%u/%u", self->n_judged, self->n_descriptors);
}

const char *
wm_framework_info_get_summary (WmFrameworkInfo *self)
{
  g_return_val_if_fail (WM_IS_FRAMEWORK_INFO (self), NULL);
  return self->summary;
}

void
wm_framework_info_set_summary (WmFrameworkInfo *self,
                               const char      *summary)
{
  g_return_if_fail (WM_IS_FRAMEWORK_INFO (self));

  if (g_strcmp0 (self->summary, summary) == 0)
    return;

  g_free (self->summary);
  self->summary = g_strdup (summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}
