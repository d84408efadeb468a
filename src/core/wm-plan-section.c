/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-section"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-private.h"
#include "wm-plan-section.h"

/* One of a session's four sections, with its expected time, due date and done tick
 * (a list item). */
struct _WmPlanSection
{
  GObject  parent_instance;
  gint64   session_id;
  guint    number;      /* 1 to 4 */
  guint    minutes;
  char    *due_on;      /* YYYY-MM-DD */
  char    *done_on;     /* NULL: not done yet */
  char    *notes;
};

G_DEFINE_FINAL_TYPE (WmPlanSection, wm_plan_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_plan_section_finalize (GObject *object)
{
  WmPlanSection *self = (WmPlanSection *) object;

  g_free (self->due_on);
  g_free (self->done_on);
  g_free (self->notes);

  G_OBJECT_CLASS (wm_plan_section_parent_class)->finalize (object);
}

static void
wm_plan_section_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WmPlanSection *self = WM_PLAN_SECTION (object);

  switch (prop_id)
    {
    case PROP_NUMBER: g_value_set_uint (value, self->number); break;
    case PROP_TITLE: g_value_set_string (value, wm_plan_section_get_title (self)); break;
    case PROP_DONE: g_value_set_boolean (value, self->done_on != NULL); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_plan_section_class_init (WmPlanSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wm_plan_section_finalize;
  object_class->get_property = wm_plan_section_get_property;

  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 1, 4, 1, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DONE] = g_param_spec_boolean ("done", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_plan_section_init (WmPlanSection *self)
{
}

/* A row of WM_PLAN_SECTION_SELECT. */
WmPlanSection *
wm_plan_section_new_from_stmt (sqlite3_stmt *stmt)
{
  WmPlanSection *self = g_object_new (WM_TYPE_PLAN_SECTION, NULL);

  self->session_id = sqlite3_column_int64 (stmt, 0);
  self->number = (guint) sqlite3_column_int (stmt, 1);
  self->minutes = (guint) sqlite3_column_int (stmt, 2);
  self->due_on = g_strdup (wm_column_text (stmt, 3));
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    self->done_on = g_strdup (wm_column_text (stmt, 4));
  self->notes = g_strdup (wm_column_text (stmt, 5));
  return self;
}

gint64
wm_plan_section_get_session_id (WmPlanSection *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SECTION (self), 0);
  return self->session_id;
}

/* 1 to 4 */
guint
wm_plan_section_get_number (WmPlanSection *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SECTION (self), 0);
  return self->number;
}

const char *
wm_plan_section_get_title (WmPlanSection *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SECTION (self), NULL);
  return wm_plan_section_title (self->number);
}

/* The time it is expected to take. */
guint
wm_plan_section_get_minutes (WmPlanSection *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SECTION (self), 0);
  return self->minutes;
}

const char *
wm_plan_section_get_due_on (WmPlanSection *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SECTION (self), NULL);
  return self->due_on;
}

/* The day it was ticked done, or %NULL. */
const char *
wm_plan_section_get_done_on (WmPlanSection *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SECTION (self), NULL);
  return self->done_on;
}

gboolean
wm_plan_section_is_done (WmPlanSection *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SECTION (self), FALSE);
  return self->done_on != NULL;
}

const char *
wm_plan_section_get_notes (WmPlanSection *self)
{
  g_return_val_if_fail (WM_IS_PLAN_SECTION (self), NULL);
  return self->notes;
}

/* The section's name as a heading: "Taking the habit into classroom culture". */
const char *
wm_plan_section_title (guint number)
{
  switch (number)
    {
    case 1: return _("How the habit develops");
    case 2: return _("Taking the habit into classroom culture");
    case 3: return _("Teaching for learning");
    case 4: return _("Professional Learning Team session");
    default: g_return_val_if_reached (NULL);
    }
}

/* The section's name within a sentence ("Making links: section 2, taking the habit into
 * classroom culture"); a translation may not simply lower the heading's first letter. */
const char *
wm_plan_section_phrase (guint number)
{
  switch (number)
    {
    case 1: return C_("section in a sentence", "how the habit develops");
    case 2: return C_("section in a sentence", "taking the habit into classroom culture");
    case 3: return C_("section in a sentence", "teaching for learning");
    case 4: return C_("section in a sentence", "the Professional Learning Team session");
    default: g_return_val_if_reached (NULL);
    }
}

/* The Stepping Stones programme's own estimates: about 20, 10, 30 and 75 minutes. */
guint
wm_plan_section_default_minutes (guint number)
{
  static const guint minutes[] = { 20, 10, 30, 75 };

  g_return_val_if_fail (number >= 1 && number <= 4, 0);
  return minutes[number - 1];
}
