/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-survey-round"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-survey-round.h"

/* A survey round as read from the school file; read-only once made. */
struct _WmSurveyRound
{
  GObject  parent_instance;
  gint64   id;
  char    *name;
  char    *held_on;          /* YYYY-MM-DD */
  char    *framework_id;
  guint    n_respondents;
};

G_DEFINE_FINAL_TYPE (WmSurveyRound, wm_survey_round, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_HELD_ON,
  PROP_FRAMEWORK_ID,
  PROP_N_RESPONDENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_survey_round_finalize (GObject *object)
{
  WmSurveyRound *self = (WmSurveyRound *) object;

  g_free (self->name);
  g_free (self->held_on);
  g_free (self->framework_id);

  G_OBJECT_CLASS (wm_survey_round_parent_class)->finalize (object);
}

static void
wm_survey_round_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WmSurveyRound *self = WM_SURVEY_ROUND (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_HELD_ON: g_value_set_string (value, self->held_on); break;
    case PROP_FRAMEWORK_ID: g_value_set_string (value, self->framework_id); break;
    case PROP_N_RESPONDENTS: g_value_set_uint (value, self->n_respondents); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_survey_round_class_init (WmSurveyRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wm_survey_round_finalize;
  object_class->get_property = wm_survey_round_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_HELD_ON] = g_param_spec_string ("held-on", NULL, NULL, NULL, flags);
  properties[PROP_FRAMEWORK_ID] = g_param_spec_string ("framework-id", NULL, NULL, NULL, flags);
  properties[PROP_N_RESPONDENTS] =
    g_param_spec_uint ("n-respondents", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_survey_round_init (WmSurveyRound *self)
{
}

WmSurveyRound *
wm_survey_round_new (gint64      id,
                     const char *name,
                     const char *held_on,
                     const char *framework_id,
                     guint       n_respondents)
{
  WmSurveyRound *self = g_object_new (WM_TYPE_SURVEY_ROUND, NULL);

  self->id = id;
  self->name = g_strdup (name != NULL ? name : "");
  self->held_on = g_strdup (held_on != NULL ? held_on : "");
  self->framework_id = g_strdup (framework_id != NULL ? framework_id : "");
  self->n_respondents = n_respondents;
  return self;
}

gint64
wm_survey_round_get_id (WmSurveyRound *self)
{
  g_return_val_if_fail (WM_IS_SURVEY_ROUND (self), 0);
  return self->id;
}

const char *
wm_survey_round_get_name (WmSurveyRound *self)
{
  g_return_val_if_fail (WM_IS_SURVEY_ROUND (self), NULL);
  return self->name;
}

/* YYYY-MM-DD. */
const char *
wm_survey_round_get_held_on (WmSurveyRound *self)
{
  g_return_val_if_fail (WM_IS_SURVEY_ROUND (self), NULL);
  return self->held_on;
}

const char *
wm_survey_round_get_framework_id (WmSurveyRound *self)
{
  g_return_val_if_fail (WM_IS_SURVEY_ROUND (self), NULL);
  return self->framework_id;
}

/* How many people answered at least one question. */
guint
wm_survey_round_get_n_respondents (WmSurveyRound *self)
{
  g_return_val_if_fail (WM_IS_SURVEY_ROUND (self), 0);
  return self->n_respondents;
}

/* "Baseline (2026-09-15)": how charts and tables name the round. */
char *
wm_survey_round_dup_label (WmSurveyRound *self)
{
  g_return_val_if_fail (WM_IS_SURVEY_ROUND (self), NULL);
  /* TRANSLATORS: a survey round's name and the day it was held */
  return g_strdup_printf (_("%s (%s)"), self->name, self->held_on);
}
