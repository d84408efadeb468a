/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-month"

#include "config.h"

#include "wm-action.h"
#include "wm-plan-group.h"
#include "wm-plan-month.h"
#include "wm-plan-section.h"

/* One month of a plan year: skipped, empty, or holding one habit's session. The month view
 * (wm_plan_get_month()) fills in the session's sections, its phase counts and the actions
 * placed in the month; the year view (wm_plan_list_months()) leaves those lists empty. */
struct _WmPlanMonth
{
  GObject        parent_instance;
  gint64         year_id;
  char          *month;      /* YYYY-MM */
  gboolean       skipped;
  WmPlanSession *session;    /* NULL: no habit this month */
  GListModel    *sections;   /* WmPlanSection */
  GListModel    *groups;     /* WmPlanGroup */
  GListModel    *actions;    /* WmAction */
};

G_DEFINE_FINAL_TYPE (WmPlanMonth, wm_plan_month, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MONTH,
  PROP_SKIPPED,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_plan_month_finalize (GObject *object)
{
  WmPlanMonth *self = (WmPlanMonth *) object;

  g_free (self->month);
  g_clear_object (&self->session);
  g_clear_object (&self->sections);
  g_clear_object (&self->groups);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (wm_plan_month_parent_class)->finalize (object);
}

static void
wm_plan_month_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WmPlanMonth *self = WM_PLAN_MONTH (object);

  switch (prop_id)
    {
    case PROP_MONTH: g_value_set_string (value, self->month); break;
    case PROP_SKIPPED: g_value_set_boolean (value, self->skipped); break;
    case PROP_SESSION: g_value_set_object (value, self->session); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_plan_month_class_init (WmPlanMonthClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wm_plan_month_finalize;
  object_class->get_property = wm_plan_month_get_property;

  properties[PROP_MONTH] = g_param_spec_string ("month", NULL, NULL, NULL, flags);
  properties[PROP_SKIPPED] = g_param_spec_boolean ("skipped", NULL, NULL, FALSE, flags);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WM_TYPE_PLAN_SESSION, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_plan_month_init (WmPlanMonth *self)
{
}

static GListModel *
list_or_empty (GListModel *list,
               GType       item_type)
{
  return list != NULL ? g_object_ref (list) : G_LIST_MODEL (g_list_store_new (item_type));
}

/* @session, @sections, @groups and @actions may be %NULL: none. */
WmPlanMonth *
wm_plan_month_new (gint64         year_id,
                   const char    *month,
                   gboolean       skipped,
                   WmPlanSession *session,
                   GListModel    *sections,
                   GListModel    *groups,
                   GListModel    *actions)
{
  WmPlanMonth *self = g_object_new (WM_TYPE_PLAN_MONTH, NULL);

  self->year_id = year_id;
  self->month = g_strdup (month);
  self->skipped = skipped;
  self->session = session != NULL ? g_object_ref (session) : NULL;
  self->sections = list_or_empty (sections, WM_TYPE_PLAN_SECTION);
  self->groups = list_or_empty (groups, WM_TYPE_PLAN_GROUP);
  self->actions = list_or_empty (actions, WM_TYPE_ACTION);
  return self;
}

gint64
wm_plan_month_get_year_id (WmPlanMonth *self)
{
  g_return_val_if_fail (WM_IS_PLAN_MONTH (self), 0);
  return self->year_id;
}

/* YYYY-MM */
const char *
wm_plan_month_get_month (WmPlanMonth *self)
{
  g_return_val_if_fail (WM_IS_PLAN_MONTH (self), NULL);
  return self->month;
}

/* A month kept free of sessions: a holiday, a busy term. */
gboolean
wm_plan_month_is_skipped (WmPlanMonth *self)
{
  g_return_val_if_fail (WM_IS_PLAN_MONTH (self), FALSE);
  return self->skipped;
}

/* Returns: (transfer none) (nullable): the habit's session, or %NULL for a month without one */
WmPlanSession *
wm_plan_month_get_session (WmPlanMonth *self)
{
  g_return_val_if_fail (WM_IS_PLAN_MONTH (self), NULL);
  return self->session;
}

/* Returns: (transfer none): the session's four #WmPlanSection, in order (month view only) */
GListModel *
wm_plan_month_get_sections (WmPlanMonth *self)
{
  g_return_val_if_fail (WM_IS_PLAN_MONTH (self), NULL);
  return self->sections;
}

/* Returns: (transfer none): the #WmPlanGroup counted in section 1, by name (month view only) */
GListModel *
wm_plan_month_get_groups (WmPlanMonth *self)
{
  g_return_val_if_fail (WM_IS_PLAN_MONTH (self), NULL);
  return self->groups;
}

/* Returns: (transfer none): the #WmAction placed in this month (month view only) */
GListModel *
wm_plan_month_get_actions (WmPlanMonth *self)
{
  g_return_val_if_fail (WM_IS_PLAN_MONTH (self), NULL);
  return self->actions;
}
