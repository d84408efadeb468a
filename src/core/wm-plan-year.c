/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-year"

#include "config.h"

#include "wm-plan-private.h"
#include "wm-plan-year.h"

/* One programme year of the plan ("2026-27", September to July): a list item. */
struct _WmPlanYear
{
  GObject  parent_instance;
  gint64   id;
  char    *name;
  char    *framework_id;   /* the habit library */
  GStrv    months;         /* YYYY-MM, first to last */
};

G_DEFINE_FINAL_TYPE (WmPlanYear, wm_plan_year, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_START_MONTH,
  PROP_N_MONTHS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_plan_year_finalize (GObject *object)
{
  WmPlanYear *self = (WmPlanYear *) object;

  g_free (self->name);
  g_free (self->framework_id);
  g_strfreev (self->months);

  G_OBJECT_CLASS (wm_plan_year_parent_class)->finalize (object);
}

static void
wm_plan_year_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WmPlanYear *self = WM_PLAN_YEAR (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_START_MONTH: g_value_set_string (value, wm_plan_year_get_start_month (self)); break;
    case PROP_N_MONTHS: g_value_set_uint (value, wm_plan_year_get_n_months (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_plan_year_class_init (WmPlanYearClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wm_plan_year_finalize;
  object_class->get_property = wm_plan_year_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_START_MONTH] = g_param_spec_string ("start-month", NULL, NULL, NULL, flags);
  properties[PROP_N_MONTHS] = g_param_spec_uint ("n-months", NULL, NULL, 0, 24, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_plan_year_init (WmPlanYear *self)
{
}

/* @start_month is YYYY-MM and already checked: the school file only holds good ones. */
WmPlanYear *
wm_plan_year_new (gint64      id,
                  const char *name,
                  const char *start_month,
                  guint       n_months,
                  const char *framework_id)
{
  WmPlanYear *self = g_object_new (WM_TYPE_PLAN_YEAR, NULL);
  g_autoptr(GStrvBuilder) months = g_strv_builder_new ();

  self->id = id;
  self->name = g_strdup (name);
  self->framework_id = g_strdup (framework_id);
  for (guint i = 0; i < n_months; i++)
    {
      g_autofree char *month = wm_plan_month_add (start_month, (int) i);

      g_strv_builder_add (months, month);
    }
  self->months = g_strv_builder_end (months);
  return self;
}

gint64
wm_plan_year_get_id (WmPlanYear *self)
{
  g_return_val_if_fail (WM_IS_PLAN_YEAR (self), 0);
  return self->id;
}

/* "2026-27" */
const char *
wm_plan_year_get_name (WmPlanYear *self)
{
  g_return_val_if_fail (WM_IS_PLAN_YEAR (self), NULL);
  return self->name;
}

/* YYYY-MM of the first month, "" for a year of no months (which the schema forbids). */
const char *
wm_plan_year_get_start_month (WmPlanYear *self)
{
  g_return_val_if_fail (WM_IS_PLAN_YEAR (self), NULL);
  return self->months[0] ? self->months[0] : "";
}

const char *
wm_plan_year_get_end_month (WmPlanYear *self)
{
  guint n;

  g_return_val_if_fail (WM_IS_PLAN_YEAR (self), NULL);
  n = g_strv_length (self->months);
  return n > 0 ? self->months[n - 1] : "";
}

guint
wm_plan_year_get_n_months (WmPlanYear *self)
{
  g_return_val_if_fail (WM_IS_PLAN_YEAR (self), 0);
  return g_strv_length (self->months);
}

/* The framework whose elements are the habits planned: "habits". */
const char *
wm_plan_year_get_framework_id (WmPlanYear *self)
{
  g_return_val_if_fail (WM_IS_PLAN_YEAR (self), NULL);
  return self->framework_id;
}

/* The YYYY-MM of month @index (0 is the first), or %NULL past the last. */
const char *
wm_plan_year_get_month (WmPlanYear *self,
                        guint       index)
{
  g_return_val_if_fail (WM_IS_PLAN_YEAR (self), NULL);
  return index < g_strv_length (self->months) ? self->months[index] : NULL;
}

gboolean
wm_plan_year_has_month (WmPlanYear *self,
                        const char *month)
{
  g_return_val_if_fail (WM_IS_PLAN_YEAR (self), FALSE);
  return month != NULL && g_strv_contains ((const char * const *) self->months, month);
}

/* Whether @date falls in one of the year's months. */
gboolean
wm_plan_year_has_date (WmPlanYear  *self,
                       const GDate *date)
{
  char month[16];

  g_return_val_if_fail (WM_IS_PLAN_YEAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  g_snprintf (month, sizeof month, "%04u-%02u", g_date_get_year (date), g_date_get_month (date));
  return wm_plan_year_has_month (self, month);
}
