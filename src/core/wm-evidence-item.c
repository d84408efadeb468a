/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-evidence-item"

#include "config.h"

#include "wm-evidence-item.h"

/*
 * One piece of evidence as a list shows it: a file, a web link or a short note,
 * with how many descriptors it is attached to now. A snapshot: after a change
 * the list is read again, so the properties never change and never notify.
 */
struct _WmEvidenceItem
{
  GObject         parent_instance;
  gint64          id;
  WmEvidenceKind  kind;
  char           *label;
  char           *file_name;      /* files only */
  gint64          size;           /* files only, else 0 */
  char           *content_type;   /* files only */
  char           *url;            /* links only */
  char           *text;           /* notes only */
  gboolean        reviewed;
  char           *added_by;
  char           *added_at;
  guint           n_descriptors;
};

G_DEFINE_FINAL_TYPE (WmEvidenceItem, wm_evidence_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_FILE_NAME,
  PROP_SIZE,
  PROP_CONTENT_TYPE,
  PROP_URL,
  PROP_TEXT,
  PROP_REVIEWED,
  PROP_ADDED_BY,
  PROP_ADDED_AT,
  PROP_N_DESCRIPTORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_names[] = { "file", "link", "note" };

static void
wm_evidence_item_finalize (GObject *object)
{
  WmEvidenceItem *self = (WmEvidenceItem *) object;

  g_free (self->label);
  g_free (self->file_name);
  g_free (self->content_type);
  g_free (self->url);
  g_free (self->text);
  g_free (self->added_by);
  g_free (self->added_at);

  G_OBJECT_CLASS (wm_evidence_item_parent_class)->finalize (object);
}

static void
wm_evidence_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WmEvidenceItem *self = WM_EVIDENCE_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_LABEL: g_value_set_string (value, self->label); break;
    case PROP_FILE_NAME: g_value_set_string (value, self->file_name); break;
    case PROP_SIZE: g_value_set_int64 (value, self->size); break;
    case PROP_CONTENT_TYPE: g_value_set_string (value, self->content_type); break;
    case PROP_URL: g_value_set_string (value, self->url); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_REVIEWED: g_value_set_boolean (value, self->reviewed); break;
    case PROP_ADDED_BY: g_value_set_string (value, self->added_by); break;
    case PROP_ADDED_AT: g_value_set_string (value, self->added_at); break;
    case PROP_N_DESCRIPTORS: g_value_set_uint (value, self->n_descriptors); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_evidence_item_class_init (WmEvidenceItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = wm_evidence_item_finalize;
  object_class->get_property = wm_evidence_item_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_FILE_NAME] = g_param_spec_string ("file-name", NULL, NULL, NULL, flags);
  properties[PROP_SIZE] = g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CONTENT_TYPE] = g_param_spec_string ("content-type", NULL, NULL, NULL, flags);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_REVIEWED] = g_param_spec_boolean ("reviewed", NULL, NULL, FALSE, flags);
  properties[PROP_ADDED_BY] = g_param_spec_string ("added-by", NULL, NULL, NULL, flags);
  properties[PROP_ADDED_AT] = g_param_spec_string ("added-at", NULL, NULL, NULL, flags);
  properties[PROP_N_DESCRIPTORS] =
    g_param_spec_uint ("n-descriptors", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wm_evidence_item_init (WmEvidenceItem *self)
{
}

WmEvidenceItem *
wm_evidence_item_new (gint64          id,
                      WmEvidenceKind  kind,
                      const char     *label,
                      const char     *file_name,
                      gint64          size,
                      const char     *content_type,
                      const char     *url,
                      const char     *text,
                      gboolean        reviewed,
                      const char     *added_by,
                      const char     *added_at,
                      guint           n_descriptors)
{
  WmEvidenceItem *self = g_object_new (WM_TYPE_EVIDENCE_ITEM, NULL);

  self->id = id;
  self->kind = kind;
  self->label = g_strdup (label);
  self->file_name = g_strdup (file_name);
  self->size = size;
  self->content_type = g_strdup (content_type);
  self->url = g_strdup (url);
  self->text = g_strdup (text);
  self->reviewed = !!reviewed;
  self->added_by = g_strdup (added_by);
  self->added_at = g_strdup (added_at);
  self->n_descriptors = n_descriptors;
  return self;
}

gint64
wm_evidence_item_get_id (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), 0);
  return self->id;
}

WmEvidenceKind
wm_evidence_item_get_kind (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), WM_EVIDENCE_KIND_FILE);
  return self->kind;
}

/* "file", "link" or "note". */
const char *
wm_evidence_item_get_kind_name (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), NULL);
  return wm_evidence_kind_to_string (self->kind);
}

const char *
wm_evidence_item_get_label (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), NULL);
  return self->label;
}

const char *
wm_evidence_item_get_file_name (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), NULL);
  return self->file_name;
}

gint64
wm_evidence_item_get_size (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), 0);
  return self->size;
}

const char *
wm_evidence_item_get_content_type (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), NULL);
  return self->content_type;
}

const char *
wm_evidence_item_get_url (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), NULL);
  return self->url;
}

const char *
wm_evidence_item_get_text (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), NULL);
  return self->text;
}

gboolean
wm_evidence_item_get_reviewed (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), FALSE);
  return self->reviewed;
}

const char *
wm_evidence_item_get_added_by (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), NULL);
  return self->added_by;
}

const char *
wm_evidence_item_get_added_at (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), NULL);
  return self->added_at;
}

guint
wm_evidence_item_get_n_descriptors (WmEvidenceItem *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_ITEM (self), 0);
  return self->n_descriptors;
}

const char *
wm_evidence_kind_to_string (WmEvidenceKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

gboolean
wm_evidence_kind_from_string (const char     *name,
                              WmEvidenceKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = (WmEvidenceKind) i;
        return TRUE;
      }
  return FALSE;
}
