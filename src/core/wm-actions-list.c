/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-actions-private.h"
#include "wm-store-private.h"

/* Reading action plans: lists of actions, one action, and which descriptors have open ones. */

/* One SELECT for listing and for fetching one action: a row per descriptor of each action,
 * the rows of one action together. ?1 framework, ?2 ?3 a descriptor, ?4 owner,
 * ?5 open only, ?6 one action's id. @which says which actions in a form SQLite takes through an
 * index: a condition "?6 IS NULL OR a.id = ?6" would walk every action to find one. */
#define SELECT_ACTIONS(which) \
  "SELECT a.id, a.framework_id, a.title, a.owner, a.due_on, a.target_rating_id, r.name," \
  "       a.status, a.notes, a.created_by, a.created_at, a.updated_at, d.descriptor_id " \
  "FROM actions a " \
  "JOIN action_descriptors d ON d.action_id = a.id " \
  "LEFT JOIN ratings r ON r.framework_id = a.framework_id AND r.id = a.target_rating_id " \
  "WHERE " which \
  "  AND (?1 IS NULL OR a.framework_id = ?1)" \
  "  AND (?4 IS NULL OR a.owner = ?4 COLLATE NOCASE)" \
  "  AND (?5 = 0 OR a.status IN ('planned', 'under-way')) "

/* Every action: the whole list is the answer. */
#define EVERY_ACTION "1"
/* One action, by its key. */
#define ONE_ACTION "a.id = ?6"
/* The actions of one descriptor, through action_descriptors_by_descriptor. */
#define DESCRIPTOR_ACTIONS \
  "a.id IN (SELECT x.action_id FROM action_descriptors x" \
  "         WHERE x.framework_id = ?2 AND x.descriptor_id = ?3)"

#define BY_DUE "ORDER BY a.due_on IS NULL, a.due_on, a.id, d.rowid"
#define BY_OWNER \
  "ORDER BY a.owner = '', a.owner COLLATE NOCASE, a.due_on IS NULL, a.due_on, a.id, d.rowid"

/* [which][order]: which as above, order as WmActionsOrder. */
static const char * const select_actions_sql[3][2] = {
  { SELECT_ACTIONS (EVERY_ACTION) BY_DUE, SELECT_ACTIONS (EVERY_ACTION) BY_OWNER },
  { SELECT_ACTIONS (ONE_ACTION) BY_DUE, SELECT_ACTIONS (ONE_ACTION) BY_OWNER },
  { SELECT_ACTIONS (DESCRIPTOR_ACTIONS) BY_DUE, SELECT_ACTIONS (DESCRIPTOR_ACTIONS) BY_OWNER },
};

/* The first row of an action, held until its last row has given every descriptor. */
typedef struct {
  gint64     id;
  char      *text[11];         /* columns 1 to 11; NULL where the column is NULL */
  GPtrArray *descriptor_ids;
} Pending;

static void
pending_clear (Pending *pending)
{
  for (guint i = 0; i < G_N_ELEMENTS (pending->text); i++)
    g_clear_pointer (&pending->text[i], g_free);
  g_clear_pointer (&pending->descriptor_ids, g_ptr_array_unref);
  pending->id = 0;
}

static void
pending_start (Pending      *pending,
               sqlite3_stmt *stmt)
{
  pending->id = sqlite3_column_int64 (stmt, 0);
  for (guint i = 0; i < G_N_ELEMENTS (pending->text); i++)
    pending->text[i] = g_strdup ((const char *) sqlite3_column_text (stmt, (int) i + 1));
  pending->descriptor_ids = g_ptr_array_new_with_free_func (g_free);
}

static void
pending_flush (Pending    *pending,
               GListStore *list)
{
  g_autoptr(WmAction) action = NULL;

  if (pending->id == 0)
    return;

  g_ptr_array_add (pending->descriptor_ids, NULL);
  action = g_object_new (WM_TYPE_ACTION,
                         "id", pending->id,
                         "framework-id", pending->text[0],
                         "title", pending->text[1],
                         "owner", pending->text[2],
                         "due-on", pending->text[3],
                         "target-rating-id", pending->text[4],
                         "target-rating-name", pending->text[5],
                         "status", pending->text[6],
                         "notes", pending->text[7],
                         "created-by", pending->text[8],
                         "created-at", pending->text[9],
                         "updated-at", pending->text[10],
                         "descriptor-ids", (GStrv) pending->descriptor_ids->pdata,
                         NULL);
  g_list_store_append (list, action);
  pending_clear (pending);
}

static GListModel *
select_actions (WmStore              *store,
                const WmActionQuery  *query,
                gint64                id,
                GError              **error)
{
  g_autoptr(GListStore) list = g_list_store_new (WM_TYPE_ACTION);
  g_autofree char *desc_fw = NULL;
  g_autofree char *desc_id = NULL;
  g_autofree char *owner = NULL;
  Pending pending = { 0 };
  sqlite3_stmt *stmt;
  int rc;

  if (query->framework_id != NULL &&
      !wm_actions_check_framework (store, query->framework_id, error))
    return NULL;
  if (query->descriptor_id != NULL &&
      !wm_actions_resolve_descriptor (store, query->framework_id, query->descriptor_id,
                                      &desc_fw, &desc_id, error))
    return NULL;
  if (query->owner != NULL)
    owner = g_strstrip (g_strdup (query->owner));

  stmt = wm_store_prepare (store,
                           select_actions_sql[id > 0 ? 1 : desc_id != NULL ? 2 : 0]
                                             [query->order == WM_ACTIONS_BY_OWNER ? 1 : 0],
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, query->framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, desc_fw, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, desc_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, owner, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, query->open_only ? 1 : 0);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 6, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (sqlite3_column_int64 (stmt, 0) != pending.id)
        {
          pending_flush (&pending, list);
          pending_start (&pending, stmt);
        }
      g_ptr_array_add (pending.descriptor_ids, g_strdup (wm_column_text (stmt, 12)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      pending_clear (&pending);
      wm_store_set_error (store, rc, error, _("Could not read the actions"));
      return NULL;
    }
  pending_flush (&pending, list);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * wm_actions_list:
 * @query: (nullable): which actions, in which order; %NULL lists them all by due date
 *
 * Returns: (transfer full): a #GListModel of #WmAction
 */
GListModel *
wm_actions_list (WmStore              *store,
                 const WmActionQuery  *query,
                 GError              **error)
{
  static const WmActionQuery everything = { 0 };

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  return select_actions (store, query ? query : &everything, 0, error);
}

/* Returns: (transfer full): action @id, or %NULL with @error set when there is none. */
WmAction *
wm_actions_get (WmStore  *store,
                gint64    id,
                GError  **error)
{
  static const WmActionQuery everything = { 0 };
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  list = select_actions (store, &everything, id, error);
  if (list == NULL)
    return NULL;
  if (id <= 0 || g_list_model_get_n_items (list) == 0)
    {
      wm_actions_set_not_found (store, id, error);
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

/**
 * wm_actions_descriptors_with_open:
 *
 * Returns: (transfer full): the ids of @framework_id's descriptors that have an open
 *   (planned or under way) action, sorted, each once
 */
GStrv
wm_actions_descriptors_with_open (WmStore     *store,
                                  const char  *framework_id,
                                  GError     **error)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);
  g_return_val_if_fail (framework_id != NULL, NULL);

  if (!wm_actions_check_framework (store, framework_id, error))
    return NULL;

  stmt = wm_store_prepare (store,
    "SELECT DISTINCT d.descriptor_id FROM action_descriptors d "
    "JOIN actions a ON a.id = d.action_id "
    "WHERE d.framework_id = ?1 AND a.status IN ('planned', 'under-way') "
    "ORDER BY d.descriptor_id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (ids, wm_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the actions"));
      return NULL;
    }
  return g_strv_builder_end (ids);
}
