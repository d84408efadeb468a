/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-snapshots"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-snapshots.h"
#include "wm-store-private.h"

/* Which descriptors moved between two snapshots, or between a snapshot and now. */

typedef struct {
  char *name;
  int   position;
  guint on_scale : 1;   /* FALSE for "Not applicable" */
} RatingInfo;

static void
rating_info_free (gpointer data)
{
  RatingInfo *info = data;

  g_free (info->name);
  g_free (info);
}

static GHashTable *
read_rating_infos (WmStore     *store,
                   const char  *framework_id,
                   GError     **error)
{
  g_autoptr(GHashTable) infos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, rating_info_free);
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT id, name, position, kind = 'scale' FROM ratings WHERE framework_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RatingInfo *info = g_new0 (RatingInfo, 1);

      info->name = g_strdup (wm_column_text (stmt, 1));
      info->position = sqlite3_column_int (stmt, 2);
      info->on_scale = sqlite3_column_int (stmt, 3) != 0;
      g_hash_table_insert (infos, g_strdup (wm_column_text (stmt, 0)), info);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the ratings"));
      return NULL;
    }
  return g_steal_pointer (&infos);
}

static WmMoveDirection
direction_of (const RatingInfo *from,
              const RatingInfo *to)
{
  if (from == NULL)
    return WM_MOVE_ADDED;
  if (to == NULL)
    return WM_MOVE_REMOVED;
  /* Into or out of "Not applicable" is a change of kind, neither up nor down the scale. */
  if (!from->on_scale || !to->on_scale)
    return WM_MOVE_CHANGED;
  return to->position > from->position ? WM_MOVE_UP : WM_MOVE_DOWN;
}

/**
 * wm_snapshots_compare:
 * @from_id: the earlier side: a snapshot of @framework_id, or %WM_SNAPSHOT_NOW
 * @to_id: the later side: a snapshot of @framework_id, or %WM_SNAPSHOT_NOW
 *
 * Every descriptor whose rating differs between the two sides, in framework
 * order: up or down the scale, changed into or out of "Not applicable", or
 * added or removed where the framework was upgraded in between. A note that
 * changed alone is not a move.
 *
 * Returns: (transfer full): a #GListModel of #WmMove
 */
GListModel *
wm_snapshots_compare (WmStore     *store,
                      const char  *framework_id,
                      gint64       from_id,
                      gint64       to_id,
                      GError     **error)
{
  g_autoptr(GListStore) moves = g_list_store_new (WM_TYPE_MOVE);
  g_autoptr(GHashTable) from = NULL;
  g_autoptr(GHashTable) to = NULL;
  g_autoptr(GHashTable) infos = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!(from = wm_snapshots_read_ratings (store, framework_id, from_id, error)) ||
      !(to = wm_snapshots_read_ratings (store, framework_id, to_id, error)) ||
      !(infos = read_rating_infos (store, framework_id, error)))
    return NULL;

  /* Every descriptor the framework ever had, retired ones too, in the grid's order. */
  stmt = wm_store_prepare (store,
    "SELECT d.id FROM descriptors d "
    "LEFT JOIN strands s ON s.framework_id = d.framework_id AND s.id = d.strand_id "
    "LEFT JOIN elements e ON e.framework_id = s.framework_id AND e.id = s.element_id "
    "LEFT JOIN headings h ON h.framework_id = e.framework_id AND h.id = e.heading_id "
    "WHERE d.framework_id = ?1 ORDER BY h.position, e.position, s.position, d.position, d.id", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = wm_column_text (stmt, 0);
      const char *from_rating = g_hash_table_lookup (from, id);
      const char *to_rating = g_hash_table_lookup (to, id);
      const RatingInfo *a = from_rating ? g_hash_table_lookup (infos, from_rating) : NULL;
      const RatingInfo *b = to_rating ? g_hash_table_lookup (infos, to_rating) : NULL;
      g_autoptr(WmMove) move = NULL;

      if (g_strcmp0 (from_rating, to_rating) == 0)
        continue;
      /* The schema keeps a rating any snapshot uses, so every rating read is known. */
      if ((from_rating && a == NULL) || (to_rating && b == NULL))
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                       _("Descriptor %s:%s has the rating “%s”, which the framework no longer has"),
                       framework_id, id, a == NULL ? from_rating : to_rating);
          sqlite3_reset (stmt);
          return NULL;
        }

      move = wm_move_new (id, direction_of (a, b),
                          from_rating, a ? a->name : NULL, a ? a->position : -1,
                          to_rating, b ? b->name : NULL, b ? b->position : -1);
      g_list_store_append (moves, move);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the framework"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&moves));
}
