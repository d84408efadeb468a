/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion"

#include "config.h"

#include "wm-inclusion-pupil.h"

/* One pupil of an inclusion cohort (a list item), known only by a pseudonymous code, with
 * their needs by EEF pillar. Special-category data: it is shown in the school's own views
 * and never put into anything meant for sharing. */
struct _WmInclusionPupil
{
  GObject parent_instance;
  gint64  id;
  gint64  cohort_id;
  char   *cohort_name;
  char   *code;              /* "AB07" */
  char   *added_at;
  GStrv   need_pillars;      /* pillar ids, in the framework's order */
  GStrv   need_notes;        /* the note of each, "" for none */
  guint   n_interventions;
};

G_DEFINE_FINAL_TYPE (WmInclusionPupil, wm_inclusion_pupil, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_COHORT_ID,
  PROP_COHORT_NAME,
  PROP_CODE,
  PROP_ADDED_AT,
  PROP_NEED_PILLARS,
  PROP_N_INTERVENTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wm_inclusion_pupil_finalize (GObject *object)
{
  WmInclusionPupil *self = (WmInclusionPupil *) object;

  g_free (self->cohort_name);
  g_free (self->code);
  g_free (self->added_at);
  g_strfreev (self->need_pillars);
  g_strfreev (self->need_notes);

  G_OBJECT_CLASS (wm_inclusion_pupil_parent_class)->finalize (object);
}

static void
wm_inclusion_pupil_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  WmInclusionPupil *self = WM_INCLUSION_PUPIL (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_COHORT_ID: g_value_set_int64 (value, self->cohort_id); break;
    case PROP_COHORT_NAME: g_value_set_string (value, self->cohort_name); break;
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_ADDED_AT: g_value_set_string (value, self->added_at); break;
    case PROP_NEED_PILLARS: g_value_set_boxed (value, self->need_pillars); break;
    case PROP_N_INTERVENTIONS: g_value_set_uint (value, self->n_interventions); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_inclusion_pupil_class_init (WmInclusionPupilClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wm_inclusion_pupil_finalize;
  object_class->get_property = wm_inclusion_pupil_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_COHORT_ID] =
    g_param_spec_int64 ("cohort-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_COHORT_NAME] = g_param_spec_string ("cohort-name", NULL, NULL, NULL, flags);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_ADDED_AT] = g_param_spec_string ("added-at", NULL, NULL, NULL, flags);
  properties[PROP_NEED_PILLARS] =
    g_param_spec_boxed ("need-pillars", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_N_INTERVENTIONS] =
    g_param_spec_uint ("n-interventions", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_inclusion_pupil_init (WmInclusionPupil *self)
{
}

/* @need_pillars and @need_notes: as many notes as pillars; either may be %NULL for none. */
WmInclusionPupil *
wm_inclusion_pupil_new (gint64              id,
                        gint64              cohort_id,
                        const char         *cohort_name,
                        const char         *code,
                        const char         *added_at,
                        const char * const *need_pillars,
                        const char * const *need_notes,
                        guint               n_interventions)
{
  guint n_needs = need_pillars ? g_strv_length ((GStrv) need_pillars) : 0;
  WmInclusionPupil *self;

  g_return_val_if_fail (n_needs == (need_notes ? g_strv_length ((GStrv) need_notes) : 0), NULL);

  self = g_object_new (WM_TYPE_INCLUSION_PUPIL, NULL);
  self->id = id;
  self->cohort_id = cohort_id;
  self->cohort_name = g_strdup (cohort_name ? cohort_name : "");
  self->code = g_strdup (code ? code : "");
  self->added_at = g_strdup (added_at ? added_at : "");
  self->need_pillars = need_pillars ? g_strdupv ((GStrv) need_pillars) : g_new0 (char *, 1);
  self->need_notes = need_notes ? g_strdupv ((GStrv) need_notes) : g_new0 (char *, 1);
  self->n_interventions = n_interventions;
  return self;
}

gint64
wm_inclusion_pupil_get_id (WmInclusionPupil *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_PUPIL (self), 0);
  return self->id;
}

gint64
wm_inclusion_pupil_get_cohort_id (WmInclusionPupil *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_PUPIL (self), 0);
  return self->cohort_id;
}

const char *
wm_inclusion_pupil_get_cohort_name (WmInclusionPupil *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_PUPIL (self), NULL);
  return self->cohort_name;
}

/* The pseudonymous code ("AB07"): all Waymark knows of who the pupil is. */
const char *
wm_inclusion_pupil_get_code (WmInclusionPupil *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_PUPIL (self), NULL);
  return self->code;
}

const char *
wm_inclusion_pupil_get_added_at (WmInclusionPupil *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_PUPIL (self), NULL);
  return self->added_at;
}

/* The EEF pillars the pupil has a need in ("behaviour", "sel" …), in the framework's order. */
const char * const *
wm_inclusion_pupil_get_need_pillars (WmInclusionPupil *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_PUPIL (self), NULL);
  return (const char * const *) self->need_pillars;
}

/* The note of the need in @pillar_id ("" when it has none), or %NULL for no need there. */
const char *
wm_inclusion_pupil_get_need_note (WmInclusionPupil *self,
                                  const char       *pillar_id)
{
  g_return_val_if_fail (WM_IS_INCLUSION_PUPIL (self), NULL);
  g_return_val_if_fail (pillar_id != NULL, NULL);

  for (guint i = 0; self->need_pillars[i] != NULL; i++)
    if (g_str_equal (self->need_pillars[i], pillar_id))
      return self->need_notes[i];
  return NULL;
}

guint
wm_inclusion_pupil_get_n_needs (WmInclusionPupil *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_PUPIL (self), 0);
  return g_strv_length (self->need_pillars);
}

guint
wm_inclusion_pupil_get_n_interventions (WmInclusionPupil *self)
{
  g_return_val_if_fail (WM_IS_INCLUSION_PUPIL (self), 0);
  return self->n_interventions;
}
