/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-actions-private.h"
#include "wm-judgements.h"
#include "wm-store-private.h"

/*
 * Action plans: what a school will do about some descriptors of one framework,
 * who owns it, by when, and how far it has got. Every write is one transaction
 * that checks everything before it writes anything.
 */

char *
wm_actions_now_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

gboolean
wm_actions_check_framework (WmStore     *store,
                            const char  *framework_id,
                            GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, "SELECT 1 FROM frameworks WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No framework “%s” in %s"), framework_id, wm_store_get_path (store));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not look up the framework"));
  return TRUE;
}

gboolean
wm_actions_set_not_found (WmStore  *store,
                          gint64    id,
                          GError  **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
               _("No action %s in %s"), number, wm_store_get_path (store));
  return FALSE;
}

/* @name as typed ("8.3g" or "lqf:8.3g"); a bare id is looked for in @framework_id first. */
gboolean
wm_actions_resolve_descriptor (WmStore     *store,
                               const char  *framework_id,
                               const char  *name,
                               char       **fw,
                               char       **id,
                               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *qualified = NULL;

  if (framework_id == NULL || strchr (name, ':') != NULL)
    return wm_judgements_resolve_descriptor (store, name, fw, id, error);

  qualified = g_strconcat (framework_id, ":", name, NULL);
  if (wm_judgements_resolve_descriptor (store, qualified, fw, id, &local_error))
    return TRUE;
  if (!g_error_matches (local_error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* Not in that framework: find where it is, to say so. */
  return wm_judgements_resolve_descriptor (store, name, fw, id, error);
}

static gboolean
check_current (WmStore     *store,
               const char  *framework_id,
               const char  *descriptor_id,
               GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT retired_in FROM descriptors WHERE framework_id = ?1 AND id = ?2", error);
  g_autofree char *retired_in = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    retired_in = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not look up the descriptor"));
  if (retired_in != NULL)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("Descriptor “%s:%s” was dropped by version %s of its framework"),
                   framework_id, descriptor_id, retired_in);
      return FALSE;
    }
  return TRUE;
}

/* Resolves every name into @ids (without repeats), all in one framework: *@framework_id's
 * if set, else the first descriptor's, which it then holds. */
static gboolean
resolve_descriptors (WmStore             *store,
                     char               **framework_id,
                     const char * const  *names,
                     GPtrArray           *ids,
                     GError             **error)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *fw = NULL;
      g_autofree char *id = NULL;

      if (!wm_actions_resolve_descriptor (store, *framework_id, names[i], &fw, &id, error))
        return FALSE;
      if (*framework_id == NULL)
        *framework_id = g_strdup (fw);
      else if (!g_str_equal (fw, *framework_id))
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                       _("Descriptor “%s:%s” is not in framework %s: an action belongs to one "
                         "framework"), fw, id, *framework_id);
          return FALSE;
        }
      if (!check_current (store, fw, id, error))
        return FALSE;
      if (!g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
        g_ptr_array_add (ids, g_steal_pointer (&id));
    }

  if (ids->len == 0)
    {
      g_set_error_literal (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                           _("An action needs at least one descriptor"));
      return FALSE;
    }
  return TRUE;
}

/* A due date is YYYY-MM-DD; NULL or "" is none. */
gboolean
wm_actions_check_due (const char  *text,
                      GError     **error)
{
  GDate date;

  if (text == NULL || *text == '\0' || wm_action_parse_date (text, &date))
    return TRUE;

  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
               _("“%s” is not a date: write the due date as YYYY-MM-DD"), text);
  return FALSE;
}

/* NULL or "" is no target: *@rating_id stays NULL. */
gboolean
wm_actions_resolve_target (WmStore     *store,
                           const char  *framework_id,
                           const char  *name,
                           char       **rating_id,
                           GError     **error)
{
  *rating_id = NULL;
  if (name == NULL || *name == '\0')
    return TRUE;

  *rating_id = wm_judgements_resolve_rating (store, framework_id, name, error);
  if (*rating_id == NULL)
    return FALSE;

  if (g_str_equal (*rating_id, WM_RATING_NOT_APPLICABLE))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("“%s” cannot be the rating an action aims for"), name);
      g_clear_pointer (rating_id, g_free);
      return FALSE;
    }
  return TRUE;
}

/**
 * wm_actions_add:
 * @framework_id: (nullable): the action's framework; %NULL takes the first descriptor's
 * @descriptor_names: one or more descriptors of that framework, "8.3g" or "lqf:8.3g"
 * @owner: (nullable): who owns it
 * @due_on: (nullable): YYYY-MM-DD
 * @target_rating: (nullable): a rating id or name of the framework, to aim for
 *
 * Adds a planned action in one transaction; nothing is written if anything is wrong.
 *
 * Returns: the new action's id, or 0 with @error set
 */
gint64
wm_actions_add (WmStore            *store,
                const char         *framework_id,
                const char * const *descriptor_names,
                const char         *title,
                const char         *owner,
                const char         *due_on,
                const char         *target_rating,
                const char         *author,
                GError            **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *fw = g_strdup (framework_id);
  g_autofree char *clean_title = g_strstrip (g_strdup (title ? title : ""));
  g_autofree char *clean_owner = g_strstrip (g_strdup (owner ? owner : ""));
  g_autofree char *target_id = NULL;
  g_autofree char *stamp = wm_actions_now_stamp ();
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (WM_IS_STORE (store), 0);
  g_return_val_if_fail (author != NULL, 0);

  if (*clean_title == '\0')
    {
      g_set_error_literal (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                           _("An action needs a title: say what will be done"));
      return 0;
    }

  if (!wm_store_begin (store, error))
    return 0;

  if ((fw != NULL && !wm_actions_check_framework (store, fw, error)) ||
      !resolve_descriptors (store, &fw, descriptor_names, ids, error) ||
      !wm_actions_check_due (due_on, error) ||
      !wm_actions_resolve_target (store, fw, target_rating, &target_id, error))
    goto failed;

  stmt = wm_store_prepare (store,
    "INSERT INTO actions (framework_id, title, owner, due_on, target_rating_id, status, notes,"
    "                     created_by, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, 'planned', '', ?6, ?7, ?7)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, fw, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, clean_title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, clean_owner, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, due_on && *due_on ? due_on : NULL, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, target_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, author, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, stamp, -1, SQLITE_TRANSIENT);
  if (!wm_store_step_done (store, stmt, error))
    goto failed;
  id = sqlite3_last_insert_rowid (wm_store_get_db (store));

  /* Inserted in the order given, which is the order they are listed in. */
  for (guint i = 0; i < ids->len; i++)
    {
      stmt = wm_store_prepare (store,
        "INSERT INTO action_descriptors (action_id, framework_id, descriptor_id) "
        "VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, fw, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, g_ptr_array_index (ids, i), -1, SQLITE_TRANSIENT);
      if (!wm_store_step_done (store, stmt, error))
        goto failed;
    }

  if (!wm_store_commit (store, error))
    goto failed;
  wm_store_emit_changed (store, "actions", fw);
  return id;

failed:
  wm_store_rollback (store);
  return 0;
}
