/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-group"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wm-plan-group.h"

/* Where the pupils of one class or group stand on a habit's five phases: how many pupils
 * at each phase, as plotted in section 1 of the habit's session (a list item). */
struct _WmPlanGroup
{
  GObject  parent_instance;
  char    *name;
  guint    counts[WM_PLAN_N_PHASES];
  char    *counted_on;   /* YYYY-MM-DD */
};

G_DEFINE_FINAL_TYPE (WmPlanGroup, wm_plan_group, G_TYPE_OBJECT)

static void
wm_plan_group_finalize (GObject *object)
{
  WmPlanGroup *self = (WmPlanGroup *) object;

  g_free (self->name);
  g_free (self->counted_on);

  G_OBJECT_CLASS (wm_plan_group_parent_class)->finalize (object);
}

static void
wm_plan_group_class_init (WmPlanGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wm_plan_group_finalize;
}

static void
wm_plan_group_init (WmPlanGroup *self)
{
}

/* @counts: WM_PLAN_N_PHASES numbers of pupils, phase 1 first. */
WmPlanGroup *
wm_plan_group_new (const char  *name,
                   const guint *counts,
                   const char  *counted_on)
{
  WmPlanGroup *self = g_object_new (WM_TYPE_PLAN_GROUP, NULL);

  self->name = g_strdup (name);
  self->counted_on = g_strdup (counted_on);
  memcpy (self->counts, counts, sizeof self->counts);
  return self;
}

/* "Year 3 Oak" */
const char *
wm_plan_group_get_name (WmPlanGroup *self)
{
  g_return_val_if_fail (WM_IS_PLAN_GROUP (self), NULL);
  return self->name;
}

/* The number of pupils at @phase, 1 to 5. */
guint
wm_plan_group_get_count (WmPlanGroup *self,
                         guint        phase)
{
  g_return_val_if_fail (WM_IS_PLAN_GROUP (self), 0);
  g_return_val_if_fail (phase >= 1 && phase <= WM_PLAN_N_PHASES, 0);
  return self->counts[phase - 1];
}

guint
wm_plan_group_get_total (WmPlanGroup *self)
{
  guint total = 0;

  g_return_val_if_fail (WM_IS_PLAN_GROUP (self), 0);
  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    total += self->counts[i];
  return total;
}

/* The group's mean phase, 1 to 5; NAN when no pupil was counted. */
double
wm_plan_group_get_mean (WmPlanGroup *self)
{
  double sum = 0;
  guint total;

  g_return_val_if_fail (WM_IS_PLAN_GROUP (self), NAN);
  total = wm_plan_group_get_total (self);
  if (total == 0)
    return NAN;
  for (guint i = 0; i < WM_PLAN_N_PHASES; i++)
    sum += (double) (i + 1) * self->counts[i];
  return sum / total;
}

const char *
wm_plan_group_get_counted_on (WmPlanGroup *self)
{
  g_return_val_if_fail (WM_IS_PLAN_GROUP (self), NULL);
  return self->counted_on;
}
