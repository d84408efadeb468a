/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-session"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-private.h"
#include "wm-plan-session.h"

/* One habit's month of the plan: its online session and its Professional Learning Team
 * session, with how many of its four sections are done (a list item). */
struct _WmPlanSession
{
  GObject  parent_instance;
  gint64   id;
  gint64   year_id;
  char    *framework_id;
  char    *habit_id;
  char    *habit_title;
  char    *month;          /* YYYY-MM */
  char    *online_on;      /* YYYY-MM-DD */
  char    *team_on;
  char    *team_starts_at; /* HH:MM */
  guint    team_minutes;
  char    *attendees;
  char    *enquiry;
  char    *team_notes;
  char    *experiments;
  char    *indicators;
  guint    n_done;
};

G_DEFINE_FINAL_TYPE (WmPlanSession, wm_plan_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HABIT_ID,
  PROP_HABIT_TITLE,
  PROP_MONTH,
  PROP_N_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_plan_session_finalize (GObject *object)
{
  WmPlanSession *self = (WmPlanSession *) object;

  g_free (self->framework_id);
  g_free (self->habit_id);
  g_free (self->habit_title);
  g_free (self->month);
  g_free (self->online_on);
  g_free (self->team_on);
  g_free (self->team_starts_at);
  g_free (self->attendees);
  g_free (self->enquiry);
  g_free (self->team_notes);
  g_free (self->experiments);
  g_free (self->indicators);

  G_OBJECT_CLASS (wm_plan_session_parent_class)->finalize (object);
}

static void
wm_plan_session_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WmPlanSession *self = WM_PLAN_SESSION (object);

  switch (prop_id)
    {
    case PROP_HABIT_ID: g_value_set_string (value, self->habit_id); break;
    case PROP_HABIT_TITLE: g_value_set_string (value, self->habit_title); break;
    case PROP_MONTH: g_value_set_string (value, self->month); break;
    case PROP_N_DONE: g_value_set_uint (value, self->n_done); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_plan_session_class_init (WmPlanSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wm_plan_session_finalize;
  object_class->get_property = wm_plan_session_get_property;

  properties[PROP_HABIT_ID] = g_param_spec_string ("habit-id", NULL, NULL, NULL, flags);
  properties[PROP_HABIT_TITLE] = g_param_spec_string ("habit-title", NULL, NULL, NULL, flags);
  properties[PROP_MONTH] = g_param_spec_string ("month", NULL, NULL, NULL, flags);
  properties[PROP_N_DONE] =
    g_param_spec_uint ("n-done", NULL, NULL, 0, WM_PLAN_N_SECTIONS, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_plan_session_init (WmPlanSession *self)
{
}

/* A row of WM_PLAN_SESSION_SELECT. */
WmPlanSession *
wm_plan_session_new_from_stmt (sqlite3_stmt *stmt)
{
  WmPlanSession *self = g_object_new (WM_TYPE_PLAN_SESSION, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->year_id = sqlite3_column_int64 (stmt, 1);
  self->framework_id = g_strdup (wm_column_text (stmt, 2));
  self->habit_id = g_strdup (wm_column_text (stmt, 3));
  self->habit_title = g_strdup (wm_column_text (stmt, 4));
  self->month = g_strdup (wm_column_text (stmt, 5));
  self->online_on = g_strdup (wm_column_text (stmt, 6));
  self->team_on = g_strdup (wm_column_text (stmt, 7));
  self->team_starts_at = g_strdup (wm_column_text (stmt, 8));
  self->team_minutes = (guint) sqlite3_column_int (stmt, 9);
  self->attendees = g_strdup (wm_column_text (stmt, 10));
  self->enquiry = g_strdup (wm_column_text (stmt, 11));
  self->team_notes = g_strdup (wm_column_text (stmt, 12));
  self->experiments = g_strdup (wm_column_text (stmt, 13));
  self->indicators = g_strdup (wm_column_text (stmt, 14));
  self->n_done = (guint) sqlite3_column_int (stmt, 15);
  return self;
}

gint64
wm_plan_session_get_id (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), 0);
  return self->id;
}

gint64
wm_plan_session_get_year_id (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), 0);
  return self->year_id;
}

const char *
wm_plan_session_get_framework_id (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->framework_id;
}

/* The habit's element id in the library: "making-links". */
const char *
wm_plan_session_get_habit_id (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->habit_id;
}

/* "Making links" */
const char *
wm_plan_session_get_habit_title (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->habit_title;
}

/* YYYY-MM */
const char *
wm_plan_session_get_month (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->month;
}

/* The day of the online session, YYYY-MM-DD. */
const char *
wm_plan_session_get_online_on (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->online_on;
}

/* The day of the Professional Learning Team session, YYYY-MM-DD. */
const char *
wm_plan_session_get_team_on (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->team_on;
}

/* HH:MM, local time */
const char *
wm_plan_session_get_team_starts_at (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->team_starts_at;
}

guint
wm_plan_session_get_team_minutes (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), 0);
  return self->team_minutes;
}

const char *
wm_plan_session_get_attendees (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->attendees;
}

/* The team's enquiry question. */
const char *
wm_plan_session_get_enquiry (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->enquiry;
}

const char *
wm_plan_session_get_team_notes (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->team_notes;
}

/* The experiments the team agreed to try in class. */
const char *
wm_plan_session_get_experiments (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->experiments;
}

/* The impact indicators the team will look for. */
const char *
wm_plan_session_get_indicators (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return self->indicators;
}

/* How many of the four sections are ticked done. */
guint
wm_plan_session_get_n_done (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), 0);
  return self->n_done;
}

/* "2 of 4 sections done" */
char *
wm_plan_session_dup_progress (WmPlanSession *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SESSION (self), NULL);
  return g_strdup_printf (_("%u of %u sections done"), self->n_done, WM_PLAN_N_SECTIONS);
}
