/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion"

#include "config.h"

#include "wm-action.h"
#include "wm-inclusion-cohort.h"

/* One cohort of the inclusion action plan (a list item): its name, its grant, and the date
 * until which its pupils' details are kept. Nothing here names or codes a pupil. */
struct _WmInclusionCohort
{
  GObject parent_instance;
  gint64  id;
  char   *name;
  gint64  grant_pence;
  char   *retain_until;   /* YYYY-MM-DD, or NULL: kept until erased by hand */
  char   *created_at;
  guint   n_pupils;
};

G_DEFINE_FINAL_TYPE (WmInclusionCohort, wm_inclusion_cohort, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_GRANT_PENCE,
  PROP_RETAIN_UNTIL,
  PROP_CREATED_AT,
  PROP_N_PUPILS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_inclusion_cohort_finalize (GObject *object)
{
  WmInclusionCohort *self = (WmInclusionCohort *) object;

  g_free (self->name);
  g_free (self->retain_until);
  g_free (self->created_at);

  G_OBJECT_CLASS (wm_inclusion_cohort_parent_class)->finalize (object);
}

static void
wm_inclusion_cohort_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  WmInclusionCohort *self = WM_INCLUSION_COHORT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_GRANT_PENCE: g_value_set_int64 (value, self->grant_pence); break;
    case PROP_RETAIN_UNTIL: g_value_set_string (value, self->retain_until); break;
    case PROP_CREATED_AT: g_value_set_string (value, self->created_at); break;
    case PROP_N_PUPILS: g_value_set_uint (value, self->n_pupils); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_inclusion_cohort_class_init (WmInclusionCohortClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wm_inclusion_cohort_finalize;
  object_class->get_property = wm_inclusion_cohort_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_GRANT_PENCE] =
    g_param_spec_int64 ("grant-pence", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_RETAIN_UNTIL] = g_param_spec_string ("retain-until", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, flags);
  properties[PROP_N_PUPILS] = g_param_spec_uint ("n-pupils", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_inclusion_cohort_init (WmInclusionCohort *self)
{
}

WmInclusionCohort *
wm_inclusion_cohort_new (gint64      id,
                         const char *name,
                         gint64      grant_pence,
                         const char *retain_until,
                         const char *created_at,
                         guint       n_pupils)
{
  WmInclusionCohort *self = g_object_new (WM_TYPE_INCLUSION_COHORT, NULL);

  self->id = id;
  self->name = g_strdup (name ? name : "");
  self->grant_pence = grant_pence;
  self->retain_until = retain_until && *retain_until ? g_strdup (retain_until) : NULL;
  self->created_at = g_strdup (created_at ? created_at : "");
  self->n_pupils = n_pupils;
  return self;
}

gint64
wm_inclusion_cohort_get_id (WmInclusionCohort *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_COHORT (self), 0);
  return self->id;
}

const char *
wm_inclusion_cohort_get_name (WmInclusionCohort *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_COHORT (self), NULL);
  return self->name;
}

gint64
wm_inclusion_cohort_get_grant_pence (WmInclusionCohort *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_COHORT (self), 0);
  return self->grant_pence;
}

/* YYYY-MM-DD, or %NULL when the cohort has no retention date. */
const char *
wm_inclusion_cohort_get_retain_until (WmInclusionCohort *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_COHORT (self), NULL);
  return self->retain_until;
}

const char *
wm_inclusion_cohort_get_created_at (WmInclusionCohort *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_COHORT (self), NULL);
  return self->created_at;
}

guint
wm_inclusion_cohort_get_n_pupils (WmInclusionCohort *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_COHORT (self), 0);
  return self->n_pupils;
}

/**
 * wm_inclusion_cohort_is_past_retention:
 * @today: the date to judge by
 *
 * Returns: %TRUE when the cohort's retention date is before @today, so that its pupils'
 *   details should be offered for erasure. On the day itself they are still kept.
 */
gboolean
wm_inclusion_cohort_is_past_retention (WmInclusionCohort *self,
                                       const GDate       *today)
{
  GDate until;

  g_return_val_if_fail (WM_IS_INCLUSION_COHORT (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  return self->retain_until != NULL &&
         wm_action_parse_date (self->retain_until, &until) &&
         g_date_compare (&until, today) < 0;
}
