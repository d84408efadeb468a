/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-grid-model"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-grid-model.h"
#include "wm-judgements.h"
#include "wm-store-private.h"

/*
 * A framework laid out as its grid: a GListModel of WmGridRow (headings,
 * elements, strands in the framework's order), each strand holding one
 * WmDescriptor per level. The descriptors follow the store: a judgement
 * written anywhere through it shows up in the model.
 */
struct _WmGridModel
{
  GObject     parent_instance;
  WmStore    *store;
  gulong      changed_id;
  char       *framework_id;
  char       *title;
  char       *strand_label;
  gboolean    shows_strands;  /* FALSE when every element is one untitled strand */
  GPtrArray  *rows;          /* WmGridRow */
  GPtrArray  *level_ids;     /* char* */
  GPtrArray  *level_names;   /* char* */
  GPtrArray  *rating_ids;    /* char* */
  GPtrArray  *rating_names;  /* char* */
  GHashTable *descriptors;   /* id -> WmDescriptor (borrowed from rows) */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WmGridModel, wm_grid_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return WM_TYPE_GRID_ROW;
}

static guint
get_n_items (GListModel *model)
{
  return WM_GRID_MODEL (model)->rows->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  WmGridModel *self = WM_GRID_MODEL (model);

  if (position >= self->rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
wm_grid_model_dispose (GObject *object)
{
  WmGridModel *self = (WmGridModel *) object;

  g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wm_grid_model_parent_class)->dispose (object);
}

static void
wm_grid_model_finalize (GObject *object)
{
  WmGridModel *self = (WmGridModel *) object;

  g_free (self->framework_id);
  g_free (self->title);
  g_free (self->strand_label);
  g_hash_table_unref (self->descriptors);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->level_ids);
  g_ptr_array_unref (self->level_names);
  g_ptr_array_unref (self->rating_ids);
  g_ptr_array_unref (self->rating_names);

  G_OBJECT_CLASS (wm_grid_model_parent_class)->finalize (object);
}

static void
wm_grid_model_class_init (WmGridModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wm_grid_model_dispose;
  object_class->finalize = wm_grid_model_finalize;
}

static void
wm_grid_model_init (WmGridModel *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->level_ids = g_ptr_array_new_with_free_func (g_free);
  self->level_names = g_ptr_array_new_with_free_func (g_free);
  self->rating_ids = g_ptr_array_new_with_free_func (g_free);
  self->rating_names = g_ptr_array_new_with_free_func (g_free);
  self->descriptors = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
refresh_descriptor (WmGridModel   *self,
                    WmDescriptor  *descriptor,
                    GError       **error)
{
  g_autofree char *rating_id = NULL;
  g_autofree char *rating_name = NULL;
  g_autofree char *note = NULL;
  guint position = 0;

  if (!wm_judgements_lookup (self->store, self->framework_id, wm_descriptor_get_id (descriptor),
                             &rating_id, &rating_name, &position, &note, error))
    return FALSE;

  wm_descriptor_set_judgement (descriptor, rating_id, rating_name, position, note);
  return TRUE;
}

static void
judgement_changed_cb (WmGridModel *self,
                      const char  *framework_id,
                      const char  *descriptor_id,
                      WmStore     *store)
{
  g_autoptr(GError) error = NULL;
  WmDescriptor *descriptor;

  if (!g_str_equal (framework_id, self->framework_id))
    return;
  if (!(descriptor = g_hash_table_lookup (self->descriptors, descriptor_id)))
    return;

  if (!refresh_descriptor (self, descriptor, &error))
    g_warning ("Could not refresh %s: %s", descriptor_id, error->message);
}

/* Runs @sql with the framework id bound as ?1, appending column 0 and 1 to the arrays. */
static gboolean
read_pairs (WmGridModel  *self,
            const char   *sql,
            GPtrArray    *ids,
            GPtrArray    *names,
            GError      **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (self->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, self->framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (ids, g_strdup (wm_column_text (stmt, 0)));
      g_ptr_array_add (names, g_strdup (wm_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return wm_store_set_error (self->store, rc, error, _("Could not read the framework"));
  return TRUE;
}

static gboolean
read_rows (WmGridModel  *self,
           GError      **error)
{
  /* One pass over the tree in framework order; a row per heading, element and strand. */
  sqlite3_stmt *stmt = wm_store_prepare (self->store,
    "SELECT h.id, h.title, h.summary, e.id, e.title, e.summary, s.id, s.title, s.summary "
    "FROM strands s "
    "JOIN elements e ON e.framework_id = s.framework_id AND e.id = s.element_id "
    "JOIN headings h ON h.framework_id = e.framework_id AND h.id = e.heading_id "
    "WHERE s.framework_id = ?1 "
    /* structure that a later version left with no current descriptor is not shown; the strands
     * that have one are listed once (descriptors has no index by strand: asked strand by strand,
     * this walked every descriptor of the framework for each strand, 48 ms for 500 strands) */
    "  AND s.id IN (SELECT d.strand_id FROM descriptors d WHERE d.framework_id = ?1"
    "               AND d.retired_in IS NULL) "
    "ORDER BY h.position, e.position, s.position", error);
  g_autoptr(GHashTable) strands = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *heading = NULL;
  g_autofree char *element = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, self->framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WmGridRow *row;

      if (g_strcmp0 (heading, wm_column_text (stmt, 0)) != 0)
        {
          g_free (heading);
          heading = g_strdup (wm_column_text (stmt, 0));
          g_ptr_array_add (self->rows, wm_grid_row_new (WM_GRID_ROW_HEADING, heading,
                                                        wm_column_text (stmt, 1),
                                                        wm_column_text (stmt, 2), 0));
        }
      if (g_strcmp0 (element, wm_column_text (stmt, 3)) != 0)
        {
          g_free (element);
          element = g_strdup (wm_column_text (stmt, 3));
          g_ptr_array_add (self->rows, wm_grid_row_new (WM_GRID_ROW_ELEMENT, element,
                                                        wm_column_text (stmt, 4),
                                                        wm_column_text (stmt, 5), 0));
        }
      else
        self->shows_strands = TRUE;  /* a second strand under one element */
      row = wm_grid_row_new (WM_GRID_ROW_STRAND, wm_column_text (stmt, 6),
                             wm_column_text (stmt, 7), wm_column_text (stmt, 8),
                             self->level_ids->len);
      if (*wm_grid_row_get_title (row) != '\0' || *wm_grid_row_get_summary (row) != '\0')
        self->shows_strands = TRUE;
      g_ptr_array_add (self->rows, row);
      g_hash_table_insert (strands, (gpointer) wm_grid_row_get_id (row), row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return wm_store_set_error (self->store, rc, error, _("Could not read the framework"));

  stmt = wm_store_prepare (self->store,
    "SELECT d.strand_id, d.id, d.level_id, d.text, l.position, r.id, r.name, r.position,"
    "       coalesce (j.note, '') "
    "FROM descriptors d "
    "JOIN levels l ON l.framework_id = d.framework_id AND l.id = d.level_id "
    "LEFT JOIN judgements j ON j.framework_id = d.framework_id AND j.descriptor_id = d.id "
    "JOIN ratings r ON r.framework_id = d.framework_id "
    " AND r.id = coalesce (j.rating_id, (SELECT id FROM ratings WHERE framework_id = ?1"
    "                                    ORDER BY position LIMIT 1)) "
    "WHERE d.framework_id = ?1 AND d.retired_in IS NULL ORDER BY d.position", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, self->framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WmGridRow *row = g_hash_table_lookup (strands, wm_column_text (stmt, 0));
      guint level = (guint) sqlite3_column_int (stmt, 4);
      g_autoptr(WmDescriptor) descriptor = NULL;

      if (row == NULL || level >= self->level_ids->len)
        continue;

      descriptor = wm_descriptor_new (self->framework_id, wm_column_text (stmt, 1),
                                      wm_column_text (stmt, 2), wm_column_text (stmt, 3));
      wm_descriptor_set_judgement (descriptor, wm_column_text (stmt, 5), wm_column_text (stmt, 6),
                                   (guint) sqlite3_column_int (stmt, 7), wm_column_text (stmt, 8));
      wm_grid_row_set_descriptor (row, level, descriptor);
      g_hash_table_insert (self->descriptors, (gpointer) wm_descriptor_get_id (descriptor),
                           descriptor);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return wm_store_set_error (self->store, rc, error, _("Could not read the framework"));

  return TRUE;
}

/**
 * wm_grid_model_new:
 *
 * Reads the framework @framework_id of @store with every current judgement.
 */
WmGridModel *
wm_grid_model_new (WmStore     *store,
                   const char  *framework_id,
                   GError     **error)
{
  g_autoptr(WmGridModel) self = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (WM_IS_STORE (store), NULL);
  g_return_val_if_fail (framework_id != NULL, NULL);

  self = g_object_new (WM_TYPE_GRID_MODEL, NULL);
  self->store = g_object_ref (store);
  self->framework_id = g_strdup (framework_id);

  if (!read_pairs (self, "SELECT title, label_strand FROM frameworks WHERE id = ?1",
                   titles, labels, error))
    return NULL;
  if (titles->len == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No framework “%s” in %s"), framework_id, wm_store_get_path (store));
      return NULL;
    }
  self->title = g_strdup (g_ptr_array_index (titles, 0));
  self->strand_label = g_strdup (g_ptr_array_index (labels, 0));

  if (!read_pairs (self, "SELECT id, name FROM levels WHERE framework_id = ?1 ORDER BY position",
                   self->level_ids, self->level_names, error) ||
      /* The framework's scale: what the grid's rating menus offer. "Not applicable"
       * needs a reason, so it is set where a note can be written (the CLI for now). */
      !read_pairs (self, "SELECT id, name FROM ratings WHERE framework_id = ?1 AND kind = 'scale' "
                         "ORDER BY position",
                   self->rating_ids, self->rating_names, error) ||
      !read_rows (self, error))
    return NULL;

  self->changed_id = g_signal_connect_object (store, "judgement-changed",
                                              G_CALLBACK (judgement_changed_cb), self,
                                              G_CONNECT_SWAPPED);
  return g_steal_pointer (&self);
}

const char *
wm_grid_model_get_framework_id (WmGridModel *self)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), NULL);
  return self->framework_id;
}

const char *
wm_grid_model_get_title (WmGridModel *self)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), NULL);
  return self->title;
}

/* What the framework calls a strand ("Strand", "Area of interest" …). */
const char *
wm_grid_model_get_strand_label (WmGridModel *self)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), NULL);
  return self->strand_label;
}

/* Whether strands need a column of their own: not when each element is a
 * single untitled strand, as in a steps-by-areas grid. */
gboolean
wm_grid_model_get_shows_strands (WmGridModel *self)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), FALSE);
  return self->shows_strands;
}

guint
wm_grid_model_get_n_levels (WmGridModel *self)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), 0);
  return self->level_ids->len;
}

const char *
wm_grid_model_get_level_name (WmGridModel *self,
                              guint        level)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), NULL);
  g_return_val_if_fail (level < self->level_names->len, NULL);
  return g_ptr_array_index (self->level_names, level);
}

const char *
wm_grid_model_get_level_name_by_id (WmGridModel *self,
                                    const char  *level_id)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), NULL);

  for (guint i = 0; i < self->level_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->level_ids, i), level_id))
      return g_ptr_array_index (self->level_names, i);
  return level_id;
}

guint
wm_grid_model_get_n_ratings (WmGridModel *self)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), 0);
  return self->rating_ids->len;
}

const char *
wm_grid_model_get_rating_id (WmGridModel *self,
                             guint        position)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), NULL);
  g_return_val_if_fail (position < self->rating_ids->len, NULL);
  return g_ptr_array_index (self->rating_ids, position);
}

const char *
wm_grid_model_get_rating_name (WmGridModel *self,
                               guint        position)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), NULL);
  g_return_val_if_fail (position < self->rating_names->len, NULL);
  return g_ptr_array_index (self->rating_names, position);
}

guint
wm_grid_model_get_n_descriptors (WmGridModel *self)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), 0);
  return g_hash_table_size (self->descriptors);
}

/**
 * wm_grid_model_lookup:
 *
 * Returns: (transfer none) (nullable): the descriptor with that id
 */
WmDescriptor *
wm_grid_model_lookup (WmGridModel *self,
                      const char  *descriptor_id)
{
  g_return_val_if_fail (WM_IS_GRID_MODEL (self), NULL);
  return g_hash_table_lookup (self->descriptors, descriptor_id);
}
