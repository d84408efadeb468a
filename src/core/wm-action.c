/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-action"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-action.h"

/* One action of a school's plan, as read from the school file (a list item). */
struct _WmAction
{
  GObject parent_instance;
  gint64  id;
  char   *framework_id;
  char   *title;
  char   *owner;
  char   *due_on;               /* YYYY-MM-DD, or NULL */
  char   *target_rating_id;     /* NULL: no target */
  char   *target_rating_name;
  char   *status;
  char   *notes;
  char   *created_by;
  char   *created_at;
  char   *updated_at;
  GStrv   descriptor_ids;
};

G_DEFINE_FINAL_TYPE (WmAction, wm_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FRAMEWORK_ID,
  PROP_TITLE,
  PROP_OWNER,
  PROP_DUE_ON,
  PROP_TARGET_RATING_ID,
  PROP_TARGET_RATING_NAME,
  PROP_STATUS,
  PROP_NOTES,
  PROP_CREATED_BY,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_DESCRIPTOR_IDS,
  PROP_OPEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_action_finalize (GObject *object)
{
  WmAction *self = (WmAction *) object;

  g_free (self->framework_id);
  g_free (self->title);
  g_free (self->owner);
  g_free (self->due_on);
  g_free (self->target_rating_id);
  g_free (self->target_rating_name);
  g_free (self->status);
  g_free (self->notes);
  g_free (self->created_by);
  g_free (self->created_at);
  g_free (self->updated_at);
  g_strfreev (self->descriptor_ids);

  G_OBJECT_CLASS (wm_action_parent_class)->finalize (object);
}

static void
wm_action_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WmAction *self = WM_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_FRAMEWORK_ID: g_value_set_string (value, self->framework_id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_OWNER: g_value_set_string (value, self->owner); break;
    case PROP_DUE_ON: g_value_set_string (value, self->due_on); break;
    case PROP_TARGET_RATING_ID: g_value_set_string (value, self->target_rating_id); break;
    case PROP_TARGET_RATING_NAME: g_value_set_string (value, self->target_rating_name); break;
    case PROP_STATUS: g_value_set_string (value, self->status); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_CREATED_BY: g_value_set_string (value, self->created_by); break;
    case PROP_CREATED_AT: g_value_set_string (value, self->created_at); break;
    case PROP_UPDATED_AT: g_value_set_string (value, self->updated_at); break;
    case PROP_DESCRIPTOR_IDS: g_value_set_boxed (value, self->descriptor_ids); break;
    case PROP_OPEN: g_value_set_boolean (value, wm_action_is_open (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_action_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  WmAction *self = WM_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_FRAMEWORK_ID: self->framework_id = g_value_dup_string (value); break;
    case PROP_TITLE: self->title = g_value_dup_string (value); break;
    case PROP_OWNER: self->owner = g_value_dup_string (value); break;
    case PROP_DUE_ON: self->due_on = g_value_dup_string (value); break;
    case PROP_TARGET_RATING_ID: self->target_rating_id = g_value_dup_string (value); break;
    case PROP_TARGET_RATING_NAME: self->target_rating_name = g_value_dup_string (value); break;
    case PROP_STATUS: self->status = g_value_dup_string (value); break;
    case PROP_NOTES: self->notes = g_value_dup_string (value); break;
    case PROP_CREATED_BY: self->created_by = g_value_dup_string (value); break;
    case PROP_CREATED_AT: self->created_at = g_value_dup_string (value); break;
    case PROP_UPDATED_AT: self->updated_at = g_value_dup_string (value); break;
    case PROP_DESCRIPTOR_IDS: self->descriptor_ids = g_value_dup_boxed (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_action_constructed (GObject *object)
{
  WmAction *self = WM_ACTION (object);

  G_OBJECT_CLASS (wm_action_parent_class)->constructed (object);

  /* The getters promise strings; only the due date and the target may be absent. */
  if (self->descriptor_ids == NULL)
    self->descriptor_ids = g_new0 (char *, 1);
#define EMPTY_IF_NULL(field) if (self->field == NULL) self->field = g_strdup ("")
  EMPTY_IF_NULL (framework_id);
  EMPTY_IF_NULL (title);
  EMPTY_IF_NULL (owner);
  EMPTY_IF_NULL (notes);
  EMPTY_IF_NULL (created_by);
  EMPTY_IF_NULL (created_at);
  EMPTY_IF_NULL (updated_at);
#undef EMPTY_IF_NULL
  if (self->status == NULL)
    self->status = g_strdup (WM_ACTION_STATUS_PLANNED);
}

static void
wm_action_class_init (WmActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wm_action_finalize;
  object_class->constructed = wm_action_constructed;
  object_class->get_property = wm_action_get_property;
  object_class->set_property = wm_action_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, construct);
  properties[PROP_FRAMEWORK_ID] = g_param_spec_string ("framework-id", NULL, NULL, NULL, construct);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, construct);
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, construct);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, construct);
  properties[PROP_TARGET_RATING_ID] =
    g_param_spec_string ("target-rating-id", NULL, NULL, NULL, construct);
  properties[PROP_TARGET_RATING_NAME] =
    g_param_spec_string ("target-rating-name", NULL, NULL, NULL, construct);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, construct);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, construct);
  properties[PROP_CREATED_BY] = g_param_spec_string ("created-by", NULL, NULL, NULL, construct);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, construct);
  properties[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, construct);
  properties[PROP_DESCRIPTOR_IDS] =
    g_param_spec_boxed ("descriptor-ids", NULL, NULL, G_TYPE_STRV, construct);
  /* Planned or under way: what the grid's "has open actions" filter looks at. */
  properties[PROP_OPEN] =
    g_param_spec_boolean ("open", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_action_init (WmAction *self)
{
}

gint64
wm_action_get_id (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), 0);
  return self->id;
}

const char *
wm_action_get_framework_id (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return self->framework_id;
}

const char *
wm_action_get_title (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return self->title;
}

/* "" when nobody owns it yet. */
const char *
wm_action_get_owner (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return self->owner;
}

/* YYYY-MM-DD, or %NULL for an action with no due date. */
const char *
wm_action_get_due_on (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return self->due_on;
}

/* Fills @date with the due date; %FALSE (and @date cleared) when there is none. */
gboolean
wm_action_get_due_date (WmAction *self,
                        GDate    *date)
{
  g_return_val_if_fail (WM_IS_ACTION (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (self->due_on == NULL || !wm_action_parse_date (self->due_on, date))
    {
      g_date_clear (date, 1);
      return FALSE;
    }
  return TRUE;
}

/* %NULL when the action aims at no particular rating. */
const char *
wm_action_get_target_rating_id (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return self->target_rating_id;
}

const char *
wm_action_get_target_rating_name (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return self->target_rating_name;
}

/* One of the WM_ACTION_STATUS_… ids. */
const char *
wm_action_get_status (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return self->status;
}

const char *
wm_action_get_notes (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return self->notes;
}

const char *
wm_action_get_created_by (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return self->created_by;
}

const char *
wm_action_get_created_at (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return self->created_at;
}

const char *
wm_action_get_updated_at (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return self->updated_at;
}

/* The ids, within the action's framework, of the descriptors it serves, in the order given. */
const char * const *
wm_action_get_descriptor_ids (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), NULL);
  return (const char * const *) self->descriptor_ids;
}

/* "lqf: 8.3g, 8.4g": the framework once, then its descriptors. */
char *
wm_action_dup_descriptors_label (WmAction *self)
{
  g_autofree char *ids = NULL;

  g_return_val_if_fail (WM_IS_ACTION (self), NULL);

  ids = g_strjoinv (", ", self->descriptor_ids);
  return g_strdup_printf ("%s: %s", self->framework_id, ids);
}

gboolean
wm_action_is_open (WmAction *self)
{
  g_return_val_if_fail (WM_IS_ACTION (self), FALSE);
  return wm_action_status_is_open (self->status);
}

/**
 * wm_action_is_overdue:
 * @today: the date to judge by; the caller's local date, so that tests can fix it
 *
 * Returns: %TRUE for an open action due before @today. Due today is not overdue yet.
 */
gboolean
wm_action_is_overdue (WmAction *self,
                      GDate    *today)
{
  GDate due;

  g_return_val_if_fail (WM_IS_ACTION (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  return wm_action_is_open (self) &&
         wm_action_get_due_date (self, &due) &&
         g_date_compare (&due, today) < 0;
}

gboolean
wm_action_status_is_open (const char *status)
{
  return g_strcmp0 (status, WM_ACTION_STATUS_PLANNED) == 0 ||
         g_strcmp0 (status, WM_ACTION_STATUS_UNDER_WAY) == 0;
}

/* The status as a person reads it ("Under way"), or %NULL for a status that does not exist. */
const char *
wm_action_status_get_label (const char *status)
{
  if (g_strcmp0 (status, WM_ACTION_STATUS_PLANNED) == 0)
    return C_("action status", "Planned");
  if (g_strcmp0 (status, WM_ACTION_STATUS_UNDER_WAY) == 0)
    return C_("action status", "Under way");
  if (g_strcmp0 (status, WM_ACTION_STATUS_DONE) == 0)
    return C_("action status", "Done");
  if (g_strcmp0 (status, WM_ACTION_STATUS_DROPPED) == 0)
    return C_("action status", "Dropped");
  return NULL;
}

/**
 * wm_action_parse_date:
 * @text: a date written exactly as YYYY-MM-DD, the way the school file keeps dates
 * @date: (out caller-allocates): the date read
 *
 * Returns: %TRUE if @text is such a date and a real one (no 31 April)
 */
gboolean
wm_action_parse_date (const char *text,
                      GDate      *date)
{
  guint64 year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);
  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}
