/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion"

#include "config.h"

#include "wm-action.h"
#include "wm-intervention.h"

/* One planned intervention for a pupil of an inclusion cohort (a list item): what, who, by
 * which provider, when it starts and is reviewed, what it costs, and its outcome at review. */
struct _WmIntervention
{
  GObject  parent_instance;
  gint64   id;
  gint64   pupil_id;
  char    *pupil_code;
  char    *pillar_id;        /* NULL: none */
  char    *what;
  char    *who;
  gboolean external;
  char    *provider_name;
  char    *starts_on;        /* NULL: not set */
  char    *review_on;        /* NULL: not set */
  gint64   cost_pence;
  gint64   spent_pence;
  char    *outcome;
};

G_DEFINE_FINAL_TYPE (WmIntervention, wm_intervention, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PUPIL_ID,
  PROP_PUPIL_CODE,
  PROP_PILLAR_ID,
  PROP_WHAT,
  PROP_WHO,
  PROP_EXTERNAL,
  PROP_PROVIDER_NAME,
  PROP_STARTS_ON,
  PROP_REVIEW_ON,
  PROP_COST_PENCE,
  PROP_SPENT_PENCE,
  PROP_OUTCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_intervention_finalize (GObject *object)
{
  WmIntervention *self = (WmIntervention *) object;

  g_free (self->pupil_code);
  g_free (self->pillar_id);
  g_free (self->what);
  g_free (self->who);
  g_free (self->provider_name);
  g_free (self->starts_on);
  g_free (self->review_on);
  g_free (self->outcome);

  G_OBJECT_CLASS (wm_intervention_parent_class)->finalize (object);
}

static void
wm_intervention_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WmIntervention *self = WM_INTERVENTION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PUPIL_ID: g_value_set_int64 (value, self->pupil_id); break;
    case PROP_PUPIL_CODE: g_value_set_string (value, self->pupil_code); break;
    case PROP_PILLAR_ID: g_value_set_string (value, self->pillar_id); break;
    case PROP_WHAT: g_value_set_string (value, self->what); break;
    case PROP_WHO: g_value_set_string (value, self->who); break;
    case PROP_EXTERNAL: g_value_set_boolean (value, self->external); break;
    case PROP_PROVIDER_NAME: g_value_set_string (value, self->provider_name); break;
    case PROP_STARTS_ON: g_value_set_string (value, self->starts_on); break;
    case PROP_REVIEW_ON: g_value_set_string (value, self->review_on); break;
    case PROP_COST_PENCE: g_value_set_int64 (value, self->cost_pence); break;
    case PROP_SPENT_PENCE: g_value_set_int64 (value, self->spent_pence); break;
    case PROP_OUTCOME: g_value_set_string (value, self->outcome); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_intervention_class_init (WmInterventionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wm_intervention_finalize;
  object_class->get_property = wm_intervention_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PUPIL_ID] = g_param_spec_int64 ("pupil-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PUPIL_CODE] = g_param_spec_string ("pupil-code", NULL, NULL, NULL, flags);
  properties[PROP_PILLAR_ID] = g_param_spec_string ("pillar-id", NULL, NULL, NULL, flags);
  properties[PROP_WHAT] = g_param_spec_string ("what", NULL, NULL, NULL, flags);
  properties[PROP_WHO] = g_param_spec_string ("who", NULL, NULL, NULL, flags);
  properties[PROP_EXTERNAL] = g_param_spec_boolean ("external", NULL, NULL, FALSE, flags);
  properties[PROP_PROVIDER_NAME] = g_param_spec_string ("provider-name", NULL, NULL, NULL, flags);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, NULL, flags);
  properties[PROP_REVIEW_ON] = g_param_spec_string ("review-on", NULL, NULL, NULL, flags);
  properties[PROP_COST_PENCE] =
    g_param_spec_int64 ("cost-pence", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SPENT_PENCE] =
    g_param_spec_int64 ("spent-pence", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_OUTCOME] = g_param_spec_string ("outcome", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_intervention_init (WmIntervention *self)
{
}

static char *
dup_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

WmIntervention *
wm_intervention_new (gint64                    id,
                     gint64                    pupil_id,
                     const char               *pupil_code,
                     const WmInterventionSpec *spec)
{
  WmIntervention *self;

  g_return_val_if_fail (spec != NULL, NULL);

  self = g_object_new (WM_TYPE_INTERVENTION, NULL);
  self->id = id;
  self->pupil_id = pupil_id;
  self->pupil_code = g_strdup (pupil_code ? pupil_code : "");
  self->pillar_id = dup_or_null (spec->pillar_id);
  self->what = g_strdup (spec->what ? spec->what : "");
  self->who = g_strdup (spec->who ? spec->who : "");
  self->external = spec->external;
  self->provider_name = g_strdup (spec->provider_name ? spec->provider_name : "");
  self->starts_on = dup_or_null (spec->starts_on);
  self->review_on = dup_or_null (spec->review_on);
  self->cost_pence = spec->cost_pence;
  self->spent_pence = spec->spent_pence;
  self->outcome = g_strdup (spec->outcome ? spec->outcome : "");
  return self;
}

/* Fills @spec with the intervention as it is; the strings belong to @self. Change a field
 * and pass it to wm_inclusion_update_intervention() to change the intervention. */
void
wm_intervention_get_spec (WmIntervention     *self,
                          WmInterventionSpec *spec)
{
  g_return_if_fail (WM_IS_INTERVENTION (self));
  g_return_if_fail (spec != NULL);

  *spec = (WmInterventionSpec) {
    .pillar_id = self->pillar_id,
    .what = self->what,
    .who = self->who,
    .external = self->external,
    .provider_name = self->provider_name,
    .starts_on = self->starts_on,
    .review_on = self->review_on,
    .cost_pence = self->cost_pence,
    .spent_pence = self->spent_pence,
    .outcome = self->outcome,
  };
}

gint64
wm_intervention_get_id (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), 0);
  return self->id;
}

gint64
wm_intervention_get_pupil_id (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), 0);
  return self->pupil_id;
}

const char *
wm_intervention_get_pupil_code (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), NULL);
  return self->pupil_code;
}

/* %NULL when the intervention serves no pillar in particular. */
const char *
wm_intervention_get_pillar_id (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), NULL);
  return self->pillar_id;
}

const char *
wm_intervention_get_what (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), NULL);
  return self->what;
}

const char *
wm_intervention_get_who (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), NULL);
  return self->who;
}

gboolean
wm_intervention_is_external (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), FALSE);
  return self->external;
}

const char *
wm_intervention_get_provider_name (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), NULL);
  return self->provider_name;
}

const char *
wm_intervention_get_starts_on (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), NULL);
  return self->starts_on;
}

const char *
wm_intervention_get_review_on (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), NULL);
  return self->review_on;
}

gint64
wm_intervention_get_cost_pence (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), 0);
  return self->cost_pence;
}

gint64
wm_intervention_get_spent_pence (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), 0);
  return self->spent_pence;
}

const char *
wm_intervention_get_outcome (WmIntervention *self)
{
  g_return_val_if_fail (WM_IS_INTERVENTION (self), NULL);
  return self->outcome;
}

/* How the review date compares with @today; %FALSE when there is nothing left to review. */
static gboolean
compare_review (WmIntervention *self,
                const GDate    *today,
                int            *cmp)
{
  GDate review;

  if (*self->outcome != '\0' || self->review_on == NULL ||
      !wm_action_parse_date (self->review_on, &review))
    return FALSE;
  *cmp = g_date_compare (&review, today);
  return TRUE;
}

/* %TRUE when the review date is @today or before and no outcome is recorded yet. */
gboolean
wm_intervention_is_review_due (WmIntervention *self,
                               const GDate    *today)
{
  int cmp;

  g_return_val_if_fail (WM_IS_INTERVENTION (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  return compare_review (self, today, &cmp) && cmp <= 0;
}

/* %TRUE when the review date is before @today and no outcome is recorded yet. */
gboolean
wm_intervention_is_review_overdue (WmIntervention *self,
                                   const GDate    *today)
{
  int cmp;

  g_return_val_if_fail (WM_IS_INTERVENTION (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  return compare_review (self, today, &cmp) && cmp < 0;
}
