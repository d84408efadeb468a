/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-snapshots"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-snapshots.h"
#include "wm-store-private.h"

/*
 * Snapshots: every current descriptor of a framework with its rating and note,
 * frozen under a name and the date it stands for. The schema's triggers refuse
 * any change to a snapshot once written. Comparing two sides (snapshots, or a
 * snapshot and now) and scoring (wm-scoring.c) both read a side through
 * wm_snapshots_read_ratings(), so "now" is read the one way a snapshot copies it.
 */

/* The (descriptor, rating, note) of every current descriptor, ?1 the framework: an
 * unjudged descriptor stands at the first rating of the scale, as the grid shows it. */
#define NOW_JUDGEMENTS \
  "SELECT d.id, coalesce (j.rating_id, (SELECT id FROM ratings WHERE framework_id = ?1" \
  "                                     AND kind = 'scale' ORDER BY position LIMIT 1)), " \
  "       coalesce (j.note, '') " \
  "FROM descriptors d " \
  "LEFT JOIN judgements j ON j.framework_id = d.framework_id AND j.descriptor_id = d.id " \
  "WHERE d.framework_id = ?1 AND d.retired_in IS NULL"

static gboolean
read_framework_version (WmStore     *store,
                        const char  *framework_id,
                        char       **version,
                        GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, "SELECT version FROM frameworks WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && version != NULL)
    *version = g_strdup (wm_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No framework “%s” in %s"), framework_id, wm_store_get_path (store));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the framework"));
  return TRUE;
}

/* Strictly YYYY-MM-DD, and a day the calendar has. */
static gboolean
check_date (const char  *date,
            GError     **error)
{
  gboolean valid = strlen (date) == 10 && date[4] == '-' && date[7] == '-';

  for (guint i = 0; valid && i < 10; i++)
    valid = (i == 4 || i == 7) || g_ascii_isdigit (date[i]);

  if (valid)
    valid = g_date_valid_dmy ((GDateDay) atoi (date + 8), (GDateMonth) atoi (date + 5),
                              (GDateYear) atoi (date));
  if (!valid)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                 _("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-09-01"), date);
  return valid;
}

/* The id of the snapshot of @framework_id named @name, in any case; 0 if none, -1 on error.
 * @found_name, @taken_on: (optional): its name as written, and its date */
static gint64
lookup_name (WmStore     *store,
             const char  *framework_id,
             const char  *name,
             char       **found_name,
             char       **taken_on,
             GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT id, name, taken_on FROM snapshots WHERE framework_id = ?1 ORDER BY id", error);
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  gint64 found = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *folded = g_utf8_casefold (wm_column_text (stmt, 1), -1);

      if (found == 0 && g_str_equal (folded, wanted))
        {
          found = sqlite3_column_int64 (stmt, 0);
          if (found_name != NULL)
            *found_name = g_strdup (wm_column_text (stmt, 1));
          if (taken_on != NULL)
            *taken_on = g_strdup (wm_column_text (stmt, 2));
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the snapshots"));
      return -1;
    }
  return found;
}

/**
 * wm_snapshots_create:
 * @taken_on: (nullable): the date the snapshot stands for, YYYY-MM-DD; %NULL for today
 * @author: who took it
 *
 * Freezes every current descriptor of @framework_id with its rating and note, in
 * one transaction. Names are one line, and unique within a framework in any case.
 *
 * Returns: the new snapshot's id, or 0 on error
 */
gint64
wm_snapshots_create (WmStore     *store,
                     const char  *framework_id,
                     const char  *name,
                     const char  *taken_on,
                     const char  *author,
                     GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
  g_autofree char *today = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *clean = g_strstrip (g_strdup (name));
  g_autofree char *version = NULL;
  g_autofree char *other_name = NULL;
  g_autofree char *other_date = NULL;
  sqlite3_stmt *stmt;
  gint64 existing;
  gint64 id;

  g_return_val_if_fail (WM_IS_STORE (store), 0);
  g_return_val_if_fail (framework_id != NULL && name != NULL && author != NULL, 0);

  if (*clean == '\0')
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("A snapshot needs a name, such as “Baseline, September 2026”"));
      return 0;
    }
  if (strpbrk (clean, "\t\n\r") != NULL || !g_utf8_validate (clean, -1, NULL))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("A snapshot's name is one line of text, without tabs"));
      return 0;
    }
  if (taken_on == NULL)
    taken_on = today;
  else if (!check_date (taken_on, error))
    return 0;

  if (!wm_store_begin (store, error))
    return 0;

  if (!read_framework_version (store, framework_id, &version, error) ||
      (existing = lookup_name (store, framework_id, clean, &other_name, &other_date, error)) < 0)
    goto failed;
  if (existing > 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS,
                   _("Framework %s already has a snapshot named “%s” (taken on %s): "
                     "choose another name"), framework_id, other_name, other_date);
      goto failed;
    }

  if (!wm_store_run (store,
                     "INSERT INTO snapshots (framework_id, name, taken_on, framework_version, "
                     "  created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                     error, 6, 's', framework_id, 's', clean, 's', taken_on, 's', version,
                     's', author, 's', stamp))
    goto failed;
  id = sqlite3_last_insert_rowid (wm_store_get_db (store));

  stmt = wm_store_prepare (store,
    "INSERT INTO snapshot_judgements (snapshot_id, descriptor_id, rating_id, note) "
    "SELECT ?2, * FROM (" NOW_JUDGEMENTS ")", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!wm_store_step_done (store, stmt, error) || !wm_store_commit (store, error))
    goto failed;

  wm_store_emit_changed (store, "snapshots", framework_id);
  return id;

failed:
  wm_store_rollback (store);
  return 0;
}

static GListModel *
read_snapshots (WmStore     *store,
                const char  *framework_id,
                gint64       snapshot_id,
                GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (WM_TYPE_SNAPSHOT);
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT s.id, s.framework_id, s.name, s.taken_on, s.framework_version, s.created_by, "
    "       s.created_at, "
    "       (SELECT count(*) FROM snapshot_judgements j WHERE j.snapshot_id = s.id), "
    "       (SELECT count(*) FROM snapshot_judgements j "
    "        JOIN ratings r ON r.framework_id = s.framework_id AND r.id = j.rating_id "
    "        WHERE j.snapshot_id = s.id AND r.position > 0) "
    "FROM snapshots s JOIN frameworks f ON f.id = s.framework_id "
    "WHERE (?1 IS NULL OR s.framework_id = ?1) AND (?2 = 0 OR s.id = ?2) "
    "ORDER BY f.position, s.taken_on, s.id", error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, snapshot_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WmSnapshot) snapshot =
        wm_snapshot_new (sqlite3_column_int64 (stmt, 0), wm_column_text (stmt, 1),
                         wm_column_text (stmt, 2), wm_column_text (stmt, 3),
                         wm_column_text (stmt, 4), wm_column_text (stmt, 5),
                         wm_column_text (stmt, 6), (guint) sqlite3_column_int (stmt, 7),
                         (guint) sqlite3_column_int (stmt, 8));
      g_list_store_append (list, snapshot);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the snapshots"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * wm_snapshots_list:
 * @framework_id: (nullable): one framework's snapshots, or %NULL for all
 *
 * Returns: (transfer full): a #GListModel of #WmSnapshot, by framework, then oldest first
 */
GListModel *
wm_snapshots_list (WmStore     *store,
                   const char  *framework_id,
                   GError     **error)
{
  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (framework_id != NULL && !read_framework_version (store, framework_id, NULL, error))
    return NULL;
  return read_snapshots (store, framework_id, 0, error);
}

/**
 * wm_snapshots_get:
 *
 * Returns: (transfer full): the snapshot @snapshot_id
 */
WmSnapshot *
wm_snapshots_get (WmStore     *store,
                  gint64       snapshot_id,
                  GError     **error)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (snapshot_id > 0 && !(list = read_snapshots (store, NULL, snapshot_id, error)))
    return NULL;
  if (list == NULL || g_list_model_get_n_items (list) == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No snapshot %lld in %s"), (long long) snapshot_id,
                   wm_store_get_path (store));
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

/**
 * wm_snapshots_find:
 * @name: "NAME", or "FRAMEWORK:NAME" (`lqf:Autumn review`); any case
 * @framework_id: (nullable): where a bare name is looked for; %NULL for every framework
 * @framework_id_out: (out) (optional): the snapshot's framework
 */
gboolean
wm_snapshots_find (WmStore     *store,
                   const char  *name,
                   const char  *framework_id,
                   gint64      *snapshot_id,
                   char       **framework_id_out,
                   GError     **error)
{
  const char *colon = strchr (name, ':');
  g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gint64 found = 0;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  /* "lqf:Autumn review" names lqf's; a name with a colon of its own is still found whole. */
  if (colon != NULL)
    {
      g_autofree char *fw = g_strndup (name, colon - name);

      if ((found = lookup_name (store, fw, colon + 1, NULL, NULL, error)) < 0)
        return FALSE;
      if (found > 0)
        g_ptr_array_add (matches, g_steal_pointer (&fw));
    }

  if (found == 0)
    {
      stmt = wm_store_prepare (store,
        "SELECT id, framework_id, name FROM snapshots WHERE ?1 IS NULL OR framework_id = ?1 "
        "ORDER BY framework_id, id", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);

      {
        g_autofree char *wanted = g_utf8_casefold (name, -1);

        while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
          {
            g_autofree char *folded = g_utf8_casefold (wm_column_text (stmt, 2), -1);

            if (!g_str_equal (folded, wanted))
              continue;
            found = sqlite3_column_int64 (stmt, 0);
            g_ptr_array_add (matches, g_strdup (wm_column_text (stmt, 1)));
          }
      }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return wm_store_set_error (store, rc, error, _("Could not read the snapshots"));
    }

  if (matches->len == 0)
    {
      if (framework_id != NULL)
        g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                     _("Framework %s has no snapshot named “%s”"), framework_id, name);
      else
        g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                     _("No snapshot named “%s” in %s"), name, wm_store_get_path (store));
      return FALSE;
    }
  if (matches->len > 1)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_AMBIGUOUS,
                   _("Several frameworks have a snapshot named “%s”: name it as %s:%s"),
                   name, (const char *) g_ptr_array_index (matches, 0), name);
      return FALSE;
    }

  *snapshot_id = found;
  if (framework_id_out != NULL)
    *framework_id_out = g_strdup (g_ptr_array_index (matches, 0));
  return TRUE;
}

/**
 * wm_snapshots_read_ratings:
 * @snapshot_id: a snapshot of @framework_id, or %WM_SNAPSHOT_NOW
 *
 * One side of a comparison or a score: the rating of each descriptor, as the
 * snapshot froze it or as it is now (every current descriptor; unjudged ones at
 * the first rating of the scale).
 *
 * Returns: (transfer full): descriptor id → rating id
 */
GHashTable *
wm_snapshots_read_ratings (WmStore     *store,
                           const char  *framework_id,
                           gint64       snapshot_id,
                           GError     **error)
{
  g_autoptr(GHashTable) ratings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!read_framework_version (store, framework_id, NULL, error))
    return NULL;

  if (snapshot_id != WM_SNAPSHOT_NOW)
    {
      g_autoptr(WmSnapshot) snapshot = wm_snapshots_get (store, snapshot_id, error);

      if (snapshot == NULL)
        return NULL;
      if (!g_str_equal (wm_snapshot_get_framework_id (snapshot), framework_id))
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                       _("Snapshot “%s” is of framework %s, not %s"),
                       wm_snapshot_get_name (snapshot), wm_snapshot_get_framework_id (snapshot),
                       framework_id);
          return NULL;
        }
    }

  stmt = wm_store_prepare (store,
    "SELECT descriptor_id, rating_id, note FROM snapshot_judgements "
    "WHERE ?2 != 0 AND snapshot_id = ?2 "
    "UNION ALL "
    "SELECT * FROM (" NOW_JUDGEMENTS ") WHERE ?2 = 0", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, snapshot_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (ratings, g_strdup (wm_column_text (stmt, 0)),
                         g_strdup (wm_column_text (stmt, 1)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the judgements"));
      return NULL;
    }
  return g_steal_pointer (&ratings);
}

