/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-actions-private.h"
#include "wm-store-private.h"

/* Changing an action, one field at a time, each change one transaction. */

typedef enum {
  FIELD_TITLE,
  FIELD_OWNER,
  FIELD_DUE,
  FIELD_TARGET,
  FIELD_STATUS,
  FIELD_NOTES,
} Field;

/* Each leaves the row alone when the value is what it already holds, so updated_at
 * moves only when something did. ?1 id, ?2 the value, ?3 the time. */
static const char * const update_sql[] = {
  [FIELD_TITLE] = "UPDATE actions SET title = ?2, updated_at = ?3 "
                  "WHERE id = ?1 AND title IS NOT ?2",
  [FIELD_OWNER] = "UPDATE actions SET owner = ?2, updated_at = ?3 "
                  "WHERE id = ?1 AND owner IS NOT ?2",
  [FIELD_DUE] = "UPDATE actions SET due_on = ?2, updated_at = ?3 "
                "WHERE id = ?1 AND due_on IS NOT ?2",
  [FIELD_TARGET] = "UPDATE actions SET target_rating_id = ?2, updated_at = ?3 "
                   "WHERE id = ?1 AND target_rating_id IS NOT ?2",
  [FIELD_STATUS] = "UPDATE actions SET status = ?2, updated_at = ?3 "
                   "WHERE id = ?1 AND status IS NOT ?2",
  [FIELD_NOTES] = "UPDATE actions SET notes = ?2, updated_at = ?3 "
                  "WHERE id = ?1 AND notes IS NOT ?2",
};

/* "Under way", "under-way" and "UNDER_WAY" are all under-way. */
static const char *
resolve_status (const char  *name,
                GError     **error)
{
  static const char * const statuses[] = {
    WM_ACTION_STATUS_PLANNED, WM_ACTION_STATUS_UNDER_WAY,
    WM_ACTION_STATUS_DONE, WM_ACTION_STATUS_DROPPED,
  };
  g_autofree char *wanted = g_utf8_casefold (name ? name : "", -1);

  g_strdelimit (g_strstrip (wanted), " _", '-');
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_str_equal (wanted, statuses[i]))
      return statuses[i];

  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
               _("“%s” is not an action status (use planned, under-way, done or dropped)"),
               name ? name : "");
  return NULL;
}

static gboolean
lookup_framework (WmStore     *store,
                  gint64       id,
                  char       **framework_id,
                  GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, "SELECT framework_id FROM actions WHERE id = ?1",
                                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *framework_id = g_strdup (wm_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    return wm_actions_set_not_found (store, id, error);
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the action"));
  return TRUE;
}

/* Checks @value for @field, then writes it, in one transaction. */
static gboolean
update_field (WmStore     *store,
              gint64       id,
              Field        field,
              const char  *value,
              GError     **error)
{
  g_autofree char *framework_id = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *stamp = wm_actions_now_stamp ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  if (!wm_store_begin (store, error))
    return FALSE;
  if (!lookup_framework (store, id, &framework_id, error))
    goto failed;

  switch (field)
    {
    case FIELD_TITLE:
      stored = g_strstrip (g_strdup (value ? value : ""));
      if (*stored == '\0')
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                       _("Action %s needs a title: say what will be done"), number);
          goto failed;
        }
      break;
    case FIELD_OWNER:
      stored = g_strstrip (g_strdup (value ? value : ""));
      break;
    case FIELD_DUE:
      if (!wm_actions_check_due (value, error))
        goto failed;
      stored = value && *value ? g_strdup (value) : NULL;
      break;
    case FIELD_TARGET:
      if (!wm_actions_resolve_target (store, framework_id, value, &stored, error))
        goto failed;
      break;
    case FIELD_STATUS:
      {
        const char *status = resolve_status (value, error);

        if (status == NULL)
          goto failed;
        stored = g_strdup (status);
      }
      break;
    case FIELD_NOTES:
      stored = g_strdup (value ? value : "");
      break;
    default:
      g_assert_not_reached ();
    }

  stmt = wm_store_prepare (store, update_sql[field], error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, stored, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_TRANSIENT);
  if (!wm_store_step_done (store, stmt, error) || !wm_store_commit (store, error))
    goto failed;
  wm_store_emit_changed (store, "actions", NULL);
  return TRUE;

failed:
  wm_store_rollback (store);
  return FALSE;
}

gboolean
wm_actions_set_title (WmStore     *store,
                      gint64       id,
                      const char  *title,
                      GError     **error)
{
  return update_field (store, id, FIELD_TITLE, title, error);
}

/* @owner: (nullable): %NULL or "" leaves the action unowned. */
gboolean
wm_actions_set_owner (WmStore     *store,
                      gint64       id,
                      const char  *owner,
                      GError     **error)
{
  return update_field (store, id, FIELD_OWNER, owner, error);
}

/* @due_on: (nullable): YYYY-MM-DD; %NULL or "" takes the due date away. */
gboolean
wm_actions_set_due (WmStore     *store,
                    gint64       id,
                    const char  *due_on,
                    GError     **error)
{
  return update_field (store, id, FIELD_DUE, due_on, error);
}

/* @target_rating: (nullable): a rating id or name; %NULL or "" for no target. */
gboolean
wm_actions_set_target (WmStore     *store,
                       gint64       id,
                       const char  *target_rating,
                       GError     **error)
{
  return update_field (store, id, FIELD_TARGET, target_rating, error);
}

/* @status: planned, under-way, done or dropped (a label such as "Under way" will do). */
gboolean
wm_actions_set_status (WmStore     *store,
                       gint64       id,
                       const char  *status,
                       GError     **error)
{
  return update_field (store, id, FIELD_STATUS, status, error);
}

gboolean
wm_actions_set_notes (WmStore     *store,
                      gint64       id,
                      const char  *notes,
                      GError     **error)
{
  return update_field (store, id, FIELD_NOTES, notes, error);
}
