/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-step"

#include "config.h"

#include "wm-step.h"

/* One small step: who took it, when, what it was and what it serves. Read-only once made;
 * wm-steps.c makes them from the school file. */
struct _WmStep
{
  GObject  parent_instance;
  gint64   id;
  char    *taken_on;
  char    *week_start;
  char    *who;
  char    *what;
  char    *framework_id;       /* NULL: serves nothing named */
  char    *target_id;          /* NULL with framework_id */
  gboolean serves_descriptor;
  char    *serves_name;
  char    *serves_text;
  gint64   evidence_id;
  char    *evidence_label;
  char    *added_at;
};

G_DEFINE_FINAL_TYPE (WmStep, wm_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TAKEN_ON,
  PROP_WEEK_START,
  PROP_WHO,
  PROP_WHAT,
  PROP_FRAMEWORK_ID,
  PROP_TARGET_ID,
  PROP_SERVES_DESCRIPTOR,
  PROP_SERVES_NAME,
  PROP_SERVES_TEXT,
  PROP_EVIDENCE_ID,
  PROP_EVIDENCE_LABEL,
  PROP_ADDED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_step_finalize (GObject *object)
{
  WmStep *self = (WmStep *) object;

  g_free (self->taken_on);
  g_free (self->week_start);
  g_free (self->who);
  g_free (self->what);
  g_free (self->framework_id);
  g_free (self->target_id);
  g_free (self->serves_name);
  g_free (self->serves_text);
  g_free (self->evidence_label);
  g_free (self->added_at);

  G_OBJECT_CLASS (wm_step_parent_class)->finalize (object);
}

static void
wm_step_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  WmStep *self = WM_STEP (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_TAKEN_ON: g_value_set_string (value, self->taken_on); break;
    case PROP_WEEK_START: g_value_set_string (value, self->week_start); break;
    case PROP_WHO: g_value_set_string (value, self->who); break;
    case PROP_WHAT: g_value_set_string (value, self->what); break;
    case PROP_FRAMEWORK_ID: g_value_set_string (value, self->framework_id); break;
    case PROP_TARGET_ID: g_value_set_string (value, self->target_id); break;
    case PROP_SERVES_DESCRIPTOR: g_value_set_boolean (value, self->serves_descriptor); break;
    case PROP_SERVES_NAME: g_value_set_string (value, self->serves_name); break;
    case PROP_SERVES_TEXT: g_value_set_string (value, self->serves_text); break;
    case PROP_EVIDENCE_ID: g_value_set_int64 (value, self->evidence_id); break;
    case PROP_EVIDENCE_LABEL: g_value_set_string (value, self->evidence_label); break;
    case PROP_ADDED_AT: g_value_set_string (value, self->added_at); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_step_class_init (WmStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wm_step_finalize;
  object_class->get_property = wm_step_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TAKEN_ON] = g_param_spec_string ("taken-on", NULL, NULL, NULL, flags);
  properties[PROP_WEEK_START] = g_param_spec_string ("week-start", NULL, NULL, NULL, flags);
  properties[PROP_WHO] = g_param_spec_string ("who", NULL, NULL, NULL, flags);
  properties[PROP_WHAT] = g_param_spec_string ("what", NULL, NULL, NULL, flags);
  properties[PROP_FRAMEWORK_ID] = g_param_spec_string ("framework-id", NULL, NULL, NULL, flags);
  properties[PROP_TARGET_ID] = g_param_spec_string ("target-id", NULL, NULL, NULL, flags);
  properties[PROP_SERVES_DESCRIPTOR] =
    g_param_spec_boolean ("serves-descriptor", NULL, NULL, FALSE, flags);
  properties[PROP_SERVES_NAME] = g_param_spec_string ("serves-name", NULL, NULL, NULL, flags);
  properties[PROP_SERVES_TEXT] = g_param_spec_string ("serves-text", NULL, NULL, NULL, flags);
  properties[PROP_EVIDENCE_ID] =
    g_param_spec_int64 ("evidence-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_EVIDENCE_LABEL] = g_param_spec_string ("evidence-label", NULL, NULL, NULL, flags);
  properties[PROP_ADDED_AT] = g_param_spec_string ("added-at", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_step_init (WmStep *self)
{
}

static char *
dup_or_empty (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

WmStep *
wm_step_new (const WmStepFields *fields)
{
  WmStep *self = g_object_new (WM_TYPE_STEP, NULL);
  gboolean serves = fields->framework_id != NULL && fields->target_id != NULL;

  self->id = fields->id;
  self->taken_on = dup_or_empty (fields->taken_on);
  self->week_start = dup_or_empty (fields->week_start);
  self->who = dup_or_empty (fields->who);
  self->what = dup_or_empty (fields->what);
  self->framework_id = serves ? g_strdup (fields->framework_id) : NULL;
  self->target_id = serves ? g_strdup (fields->target_id) : NULL;
  self->serves_descriptor = serves && fields->serves_descriptor;
  /* A framework removed since leaves the step with the bare id it named. */
  self->serves_name = serves ? g_strdup (fields->serves_name != NULL && *fields->serves_name
                                         ? fields->serves_name : fields->target_id)
                             : g_strdup ("");
  self->serves_text = dup_or_empty (serves ? fields->serves_text : NULL);
  self->evidence_id = MAX (fields->evidence_id, 0);
  self->evidence_label = dup_or_empty (self->evidence_id ? fields->evidence_label : NULL);
  self->added_at = dup_or_empty (fields->added_at);
  return self;
}

gint64
wm_step_get_id (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), 0);
  return self->id;
}

/* YYYY-MM-DD. */
const char *
wm_step_get_taken_on (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);
  return self->taken_on;
}

/* The Monday (YYYY-MM-DD) of the ISO week of the step: what the timeline groups by. */
const char *
wm_step_get_week_start (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);
  return self->week_start;
}

const char *
wm_step_get_who (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);
  return self->who;
}

const char *
wm_step_get_what (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);
  return self->what;
}

/* %NULL when the step serves no descriptor or habit. */
const char *
wm_step_get_framework_id (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);
  return self->framework_id;
}

/* A descriptor's id, or an element's (a habit's); %NULL when it serves nothing named. */
const char *
wm_step_get_target_id (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);
  return self->target_id;
}

gboolean
wm_step_get_serves_descriptor (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), FALSE);
  return self->serves_descriptor;
}

/* "8.3g" for a descriptor, "Absorption" for a habit, "" for nothing. */
const char *
wm_step_get_serves_name (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);
  return self->serves_name;
}

/* The descriptor's text, or the habit's summary; "" when there is none. */
const char *
wm_step_get_serves_text (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);
  return self->serves_text;
}

/* 0 when the step has no evidence. */
gint64
wm_step_get_evidence_id (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), 0);
  return self->evidence_id;
}

const char *
wm_step_get_evidence_label (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);
  return self->evidence_label;
}

const char *
wm_step_get_added_at (WmStep *self)
{
  g_return_val_if_fail (WM_IS_STEP (self), NULL);
  return self->added_at;
}
