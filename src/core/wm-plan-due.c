/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-due"

#include "config.h"

#include "wm-plan-due.h"

/* Something of the plan due this week or overdue: a section not done yet, or a team session
 * (a list item). */
struct _WmPlanDue
{
  GObject        parent_instance;
  WmPlanDueKind  kind;
  char          *title;
  char          *due_on;     /* YYYY-MM-DD */
  gboolean       overdue;
  char          *month;      /* the session's month, YYYY-MM */
  char          *habit_id;
  guint          section;    /* 1 to 4 */
};

G_DEFINE_FINAL_TYPE (WmPlanDue, wm_plan_due, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DUE_ON,
  PROP_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_plan_due_finalize (GObject *object)
{
  WmPlanDue *self = (WmPlanDue *) object;

  g_free (self->title);
  g_free (self->due_on);
  g_free (self->month);
  g_free (self->habit_id);

  G_OBJECT_CLASS (wm_plan_due_parent_class)->finalize (object);
}

static void
wm_plan_due_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WmPlanDue *self = WM_PLAN_DUE (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_DUE_ON: g_value_set_string (value, self->due_on); break;
    case PROP_OVERDUE: g_value_set_boolean (value, self->overdue); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_plan_due_class_init (WmPlanDueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wm_plan_due_finalize;
  object_class->get_property = wm_plan_due_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, flags);
  properties[PROP_OVERDUE] = g_param_spec_boolean ("overdue", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_plan_due_init (WmPlanDue *self)
{
}

WmPlanDue *
wm_plan_due_new (WmPlanDueKind  kind,
                 const char    *title,
                 const char    *due_on,
                 gboolean       overdue,
                 const char    *month,
                 const char    *habit_id,
                 guint          section)
{
  WmPlanDue *self = g_object_new (WM_TYPE_PLAN_DUE, NULL);

  self->kind = kind;
  self->title = g_strdup (title);
  self->due_on = g_strdup (due_on);
  self->overdue = overdue;
  self->month = g_strdup (month);
  self->habit_id = g_strdup (habit_id);
  self->section = section;
  return self;
}

WmPlanDueKind
wm_plan_due_get_kind (WmPlanDue *self)
{
  g_return_val_if_fail (WM_IS_PLAN_DUE (self), WM_PLAN_DUE_SECTION);
  return self->kind;
}

/* "Making links: section 2, taking the habit into classroom culture" */
const char *
wm_plan_due_get_title (WmPlanDue *self)
{
  g_return_val_if_fail (WM_IS_PLAN_DUE (self), NULL);
  return self->title;
}

/* YYYY-MM-DD: the section's due date, or the team session's day. */
const char *
wm_plan_due_get_due_on (WmPlanDue *self)
{
  g_return_val_if_fail (WM_IS_PLAN_DUE (self), NULL);
  return self->due_on;
}

/* Due before the day the list was made for; due that day is not overdue yet. */
gboolean
wm_plan_due_is_overdue (WmPlanDue *self)
{
  g_return_val_if_fail (WM_IS_PLAN_DUE (self), FALSE);
  return self->overdue;
}

const char *
wm_plan_due_get_month (WmPlanDue *self)
{
  g_return_val_if_fail (WM_IS_PLAN_DUE (self), NULL);
  return self->month;
}

const char *
wm_plan_due_get_habit_id (WmPlanDue *self)
{
  g_return_val_if_fail (WM_IS_PLAN_DUE (self), NULL);
  return self->habit_id;
}

guint
wm_plan_due_get_section (WmPlanDue *self)
{
  g_return_val_if_fail (WM_IS_PLAN_DUE (self), 0);
  return self->section;
}
