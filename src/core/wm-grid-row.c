/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-grid-row"

#include "config.h"

#include "wm-grid-row.h"

/*
 * One row of a framework's grid: a heading, an element, or a strand with one
 * descriptor per level (or none, where the framework leaves a cell empty).
 */
struct _WmGridRow
{
  GObject        parent_instance;
  WmGridRowKind  kind;
  char          *id;
  char          *title;
  char          *summary;
  GPtrArray     *descriptors;   /* WmDescriptor or NULL, one per level */
};

G_DEFINE_FINAL_TYPE (WmGridRow, wm_grid_row, G_TYPE_OBJECT)

static void
wm_grid_row_finalize (GObject *object)
{
  WmGridRow *self = (WmGridRow *) object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  for (guint i = 0; i < self->descriptors->len; i++)
    g_clear_object ((WmDescriptor **) &self->descriptors->pdata[i]);
  g_ptr_array_unref (self->descriptors);

  G_OBJECT_CLASS (wm_grid_row_parent_class)->finalize (object);
}

static void
wm_grid_row_class_init (WmGridRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wm_grid_row_finalize;
}

static void
wm_grid_row_init (WmGridRow *self)
{
  /* No free func: empty cells are NULL; finalize drops the rest. */
  self->descriptors = g_ptr_array_new ();
}

WmGridRow *
wm_grid_row_new (WmGridRowKind  kind,
                 const char    *id,
                 const char    *title,
                 const char    *summary,
                 guint          n_levels)
{
  WmGridRow *self = g_object_new (WM_TYPE_GRID_ROW, NULL);

  self->kind = kind;
  self->id = g_strdup (id);
  self->title = g_strdup (title ? title : "");
  self->summary = g_strdup (summary ? summary : "");
  if (kind == WM_GRID_ROW_STRAND)
    g_ptr_array_set_size (self->descriptors, (int) n_levels);
  return self;
}

WmGridRowKind
wm_grid_row_get_kind (WmGridRow *self)
{
  g_return_val_if_fail (WM_IS_GRID_ROW (self), 0);
  return self->kind;
}

const char *
wm_grid_row_get_id (WmGridRow *self)
{
  g_return_val_if_fail (WM_IS_GRID_ROW (self), NULL);
  return self->id;
}

const char *
wm_grid_row_get_title (WmGridRow *self)
{
  g_return_val_if_fail (WM_IS_GRID_ROW (self), NULL);
  return self->title;
}

const char *
wm_grid_row_get_summary (WmGridRow *self)
{
  g_return_val_if_fail (WM_IS_GRID_ROW (self), NULL);
  return self->summary;
}

guint
wm_grid_row_get_n_levels (WmGridRow *self)
{
  g_return_val_if_fail (WM_IS_GRID_ROW (self), 0);
  return self->descriptors->len;
}

/**
 * wm_grid_row_get_descriptor:
 *
 * Returns: (transfer none) (nullable): the descriptor at @level, if the strand has one
 */
WmDescriptor *
wm_grid_row_get_descriptor (WmGridRow *self,
                            guint      level)
{
  g_return_val_if_fail (WM_IS_GRID_ROW (self), NULL);
  g_return_val_if_fail (level < self->descriptors->len || self->descriptors->len == 0, NULL);

  if (level >= self->descriptors->len)
    return NULL;
  return g_ptr_array_index (self->descriptors, level);
}

void
wm_grid_row_set_descriptor (WmGridRow    *self,
                            guint         level,
                            WmDescriptor *descriptor)
{
  g_return_if_fail (WM_IS_GRID_ROW (self));
  g_return_if_fail (level < self->descriptors->len);

  g_clear_object ((WmDescriptor **) &self->descriptors->pdata[level]);
  self->descriptors->pdata[level] = descriptor ? g_object_ref (descriptor) : NULL;
}
