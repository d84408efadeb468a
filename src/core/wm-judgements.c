/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-judgements"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-change.h"
#include "wm-judgements.h"
#include "wm-store-private.h"

/*
 * Judging descriptors. Every write goes through wm_judgements_rate(), one
 * transaction each; the history itself is written by the schema's triggers.
 */

/**
 * wm_judgements_resolve_descriptor:
 * @name: "FRAMEWORK:ID" (`lqf:8.3g`), or an id that only one framework has
 */
gboolean
wm_judgements_resolve_descriptor (WmStore     *store,
                                  const char  *name,
                                  char       **framework_id,
                                  char       **descriptor_id,
                                  GError     **error)
{
  const char *colon = strchr (name, ':');
  sqlite3_stmt *stmt;
  g_autofree char *fw = NULL;
  g_autofree char *id = NULL;
  guint matches = 0;
  int rc;

  if (colon != NULL)
    {
      fw = g_strndup (name, colon - name);
      stmt = wm_store_prepare (store,
                               "SELECT framework_id, id FROM descriptors "
                               "WHERE framework_id = ?1 AND id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, fw, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, colon + 1, -1, SQLITE_TRANSIENT);
    }
  else
    {
      stmt = wm_store_prepare (store,
                               "SELECT framework_id, id FROM descriptors WHERE id = ?1 "
                               "ORDER BY framework_id", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
    }

  g_clear_pointer (&fw, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (matches++ == 0)
        {
          fw = g_strdup (wm_column_text (stmt, 0));
          id = g_strdup (wm_column_text (stmt, 1));
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not look up the descriptor"));

  if (matches == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No descriptor “%s” in %s"), name, wm_store_get_path (store));
      return FALSE;
    }
  if (matches > 1)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_AMBIGUOUS,
                   _("Several frameworks have a descriptor “%s”: name it as FRAMEWORK:%s"),
                   name, name);
      return FALSE;
    }

  *framework_id = g_steal_pointer (&fw);
  *descriptor_id = g_steal_pointer (&id);
  return TRUE;
}

/* Accepts a rating's id or its name, in any case: "secure", "Not yet started", "not-started". */
char *
wm_judgements_resolve_rating (WmStore     *store,
                              const char  *framework_id,
                              const char  *name,
                              GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT id, name FROM ratings WHERE framework_id = ?1 ORDER BY position", error);
  g_autoptr(GString) known = g_string_new (NULL);
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  char *found = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *id = g_utf8_casefold (wm_column_text (stmt, 0), -1);
      g_autofree char *title = g_utf8_casefold (wm_column_text (stmt, 1), -1);

      if (found == NULL && (g_str_equal (id, wanted) || g_str_equal (title, wanted)))
        found = g_strdup (wm_column_text (stmt, 0));
      g_string_append_printf (known, "%s%s", known->len ? ", " : "", wm_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      g_free (found);
      wm_store_set_error (store, rc, error, _("Could not read the ratings"));
      return NULL;
    }

  if (found == NULL)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("“%s” is not a rating of framework %s (use one of: %s)"),
                 name, framework_id, known->str);
  return found;
}

gboolean
wm_judgements_lookup (WmStore     *store,
                      const char  *framework_id,
                      const char  *descriptor_id,
                      char       **rating_id,
                      char       **rating_name,
                      guint       *rating_position,
                      char       **note,
                      GError     **error)
{
  /* An unjudged descriptor stands at the first rating of its framework's scale. */
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT r.id, r.name, r.position, coalesce (j.note, '') "
    "FROM descriptors d "
    "LEFT JOIN judgements j ON j.framework_id = d.framework_id AND j.descriptor_id = d.id "
    "JOIN ratings r ON r.framework_id = d.framework_id "
    " AND r.id = coalesce (j.rating_id, (SELECT id FROM ratings WHERE framework_id = d.framework_id"
    "                                    ORDER BY position LIMIT 1)) "
    "WHERE d.framework_id = ?1 AND d.id = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (rating_id)
        *rating_id = g_strdup (wm_column_text (stmt, 0));
      if (rating_name)
        *rating_name = g_strdup (wm_column_text (stmt, 1));
      if (rating_position)
        *rating_position = (guint) sqlite3_column_int (stmt, 2);
      if (note)
        *note = g_strdup (wm_column_text (stmt, 3));
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No descriptor “%s:%s” in %s"), framework_id, descriptor_id,
                   wm_store_get_path (store));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the judgement"));

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/**
 * wm_judgements_rate:
 * @rating_id: a rating id of the descriptor's framework
 * @note: (nullable): the new note, or %NULL to keep the note as it is
 *
 * Records a judgement in one transaction. Writing what is already recorded
 * changes nothing and adds no history.
 */
gboolean
wm_judgements_rate (WmStore     *store,
                    const char  *framework_id,
                    const char  *descriptor_id,
                    const char  *rating_id,
                    const char  *note,
                    const char  *author,
                    GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
  g_autofree char *current_rating = NULL;
  g_autofree char *current_note = NULL;
  g_autofree char *retired_in = NULL;
  sqlite3_stmt *stmt;
  int judged = 0;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (rating_id != NULL, FALSE);
  g_return_val_if_fail (author != NULL, FALSE);

  if (!wm_store_begin (store, error))
    return FALSE;

  if (!wm_judgements_lookup (store, framework_id, descriptor_id,
                             &current_rating, NULL, NULL, &current_note, error))
    goto failed;

  stmt = wm_store_prepare (store,
    "SELECT EXISTS (SELECT 1 FROM judgements WHERE framework_id = ?1 AND descriptor_id = ?2),"
    "       retired_in "
    "FROM descriptors WHERE framework_id = ?1 AND id = ?2", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      judged = sqlite3_column_int (stmt, 0);
      retired_in = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  /* Its history stays readable, but a descriptor its framework dropped is judged no more. */
  if (retired_in != NULL)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("Descriptor “%s:%s” was dropped by version %s of its framework"),
                   framework_id, descriptor_id, retired_in);
      goto failed;
    }

  if (note == NULL)
    note = current_note;

  /* The schema refuses it too; this says it in words. */
  if (g_str_equal (rating_id, WM_RATING_NOT_APPLICABLE) && is_blank (note))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("“Not applicable” needs a reason: write it in the note of %s:%s"),
                   framework_id, descriptor_id);
      goto failed;
    }

  if (judged && g_str_equal (current_rating, rating_id) && g_str_equal (current_note, note))
    {
      wm_store_rollback (store);
      return TRUE;
    }

  stmt = wm_store_prepare (store,
    "INSERT INTO judgements (framework_id, descriptor_id, rating_id, note, author, changed_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT (framework_id, descriptor_id) DO UPDATE SET "
    "  rating_id = excluded.rating_id, note = excluded.note, "
    "  author = excluded.author, changed_at = excluded.changed_at", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, rating_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, note, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, author, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, stamp, -1, SQLITE_TRANSIENT);

  if (!wm_store_step_done (store, stmt, error) || !wm_store_commit (store, error))
    goto failed;

  wm_store_emit_judgement_changed (store, framework_id, descriptor_id);
  return TRUE;

failed:
  wm_store_rollback (store);
  return FALSE;
}

/**
 * wm_judgements_history:
 *
 * Returns: (transfer full): a #GListModel of #WmChange, oldest first
 */
GListModel *
wm_judgements_history (WmStore     *store,
                       const char  *framework_id,
                       const char  *descriptor_id,
                       GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (WM_TYPE_CHANGE);
  sqlite3_stmt *stmt;
  int rc;

  if (!wm_judgements_lookup (store, framework_id, descriptor_id, NULL, NULL, NULL, NULL, error))
    return NULL;

  stmt = wm_store_prepare (store,
    "SELECT c.changed_at, c.author, o.name, n.name, c.old_note, c.new_note "
    "FROM judgement_changes c "
    "JOIN ratings n ON n.framework_id = c.framework_id AND n.id = c.new_rating_id "
    "LEFT JOIN ratings o ON o.framework_id = c.framework_id AND o.id = c.old_rating_id "
    "WHERE c.framework_id = ?1 AND c.descriptor_id = ?2 ORDER BY c.id", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WmChange) change =
        wm_change_new (wm_column_text (stmt, 0), wm_column_text (stmt, 1),
                       (const char *) sqlite3_column_text (stmt, 2),
                       wm_column_text (stmt, 3),
                       (const char *) sqlite3_column_text (stmt, 4),
                       wm_column_text (stmt, 5));
      g_list_store_append (list, change);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the history"));
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * wm_judgements_last_change:
 * @change_id: (out): the change's id in the history, 0 when there is none
 *
 * The most recent change to a descriptor's judgement, for undo.
 */
gboolean
wm_judgements_last_change (WmStore     *store,
                           const char  *framework_id,
                           const char  *descriptor_id,
                           gint64      *change_id,
                           GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT id FROM judgement_changes "
    "WHERE framework_id = ?1 AND descriptor_id = ?2 ORDER BY id DESC LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  *change_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the history"));
  return TRUE;
}

/**
 * wm_judgements_undo:
 * @change_id: the change to undo, from wm_judgements_last_change()
 *
 * Puts the judgement back as it was before @change_id, as a new change: the
 * history keeps both. Refused when the judgement is no longer what that
 * change made it, so an undo never overwrites a later judgement; undoing
 * several changes in turn, newest first, walks back through them.
 */
gboolean
wm_judgements_undo (WmStore     *store,
                    const char  *framework_id,
                    const char  *descriptor_id,
                    gint64       change_id,
                    const char  *author,
                    GError     **error)
{
  g_autofree char *old_rating = NULL;
  g_autofree char *old_note = NULL;
  g_autofree char *new_rating = NULL;
  g_autofree char *new_note = NULL;
  g_autofree char *current_rating = NULL;
  g_autofree char *current_note = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = wm_store_prepare (store,
    "SELECT c.old_rating_id, c.old_note, c.new_rating_id, c.new_note, "
    "  (SELECT id FROM ratings WHERE framework_id = ?1 AND kind = 'scale' ORDER BY position LIMIT 1) "
    "FROM judgement_changes c WHERE c.id = ?3 AND c.framework_id = ?1 AND c.descriptor_id = ?2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, change_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      /* Before its first judgement a descriptor stood at the scale's first rating, with no note. */
      old_rating = g_strdup (sqlite3_column_type (stmt, 0) != SQLITE_NULL ? wm_column_text (stmt, 0)
                                                                          : wm_column_text (stmt, 4));
      old_note = g_strdup (wm_column_text (stmt, 1));
      new_rating = g_strdup (wm_column_text (stmt, 2));
      new_note = g_strdup (wm_column_text (stmt, 3));
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No such change to %s:%s"), framework_id, descriptor_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the history"));

  if (!wm_judgements_lookup (store, framework_id, descriptor_id, &current_rating, NULL, NULL,
                             &current_note, error))
    return FALSE;

  if (!g_str_equal (current_rating, new_rating) || !g_str_equal (current_note, new_note))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("%s:%s has changed since; nothing was undone"), framework_id, descriptor_id);
      return FALSE;
    }

  return wm_judgements_rate (store, framework_id, descriptor_id, old_rating, old_note, author, error);
}

/* Who "I" am in the history: the account's full name, else its login. */
char *
wm_judgements_default_author (void)
{
  const char *real = g_get_real_name ();

  if (real != NULL && *real != '\0' && !g_str_equal (real, "Unknown"))
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}
