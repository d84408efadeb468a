/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-steps"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-action.h"
#include "wm-judgements.h"
#include "wm-steps-private.h"
#include "wm-store-private.h"

/*
 * The small-steps log: adding, changing and deleting steps (wm-steps-list.c reads them). The
 * log is the school's own record, so a step can be deleted outright; each write is one
 * transaction.
 */

/* The framework whose elements a bare habit name ("absorption", "Making links") is looked up in. */
#define HABITS_FRAMEWORK "habits"

/* Strictly YYYY-MM-DD, and a day the calendar has. */
gboolean
wm_steps_check_date (const char  *text,
                     GDate       *date,
                     GError     **error)
{
  if (wm_action_parse_date (text, date))
    return TRUE;

  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
               _("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-09-01"), text);
  return FALSE;
}

char *
wm_steps_format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

char *
wm_steps_local_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The element of @framework_id whose id or title is @name, ignoring case, into @element_id;
 * %NULL there when there is none. FALSE only when the file could not be read. */
static gboolean
find_element (WmStore     *store,
              const char  *framework_id,
              const char  *name,
              char       **element_id,
              GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT id, title FROM elements WHERE framework_id = ?1 ORDER BY position", error);
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  int rc;

  *element_id = NULL;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *id = g_utf8_casefold (wm_column_text (stmt, 0), -1);
      g_autofree char *title = g_utf8_casefold (wm_column_text (stmt, 1), -1);

      if (g_str_equal (id, wanted) || g_str_equal (title, wanted))
        {
          *element_id = g_strdup (wm_column_text (stmt, 0));
          rc = SQLITE_DONE;
          break;
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the elements"));
  return TRUE;
}

/* What a step serves: "FRAMEWORK:ID" of a descriptor or of an element, a descriptor id that
 * only one framework has, or a habit's id or title. Blank or NULL: nothing. */
static gboolean
resolve_serves (WmStore     *store,
                const char  *serves,
                char       **framework_id,
                char       **target_id,
                GError     **error)
{
  g_autofree char *name = g_strstrip (g_strdup (serves != NULL ? serves : ""));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *framework = NULL;
  const char *element;
  const char *colon;

  *framework_id = NULL;
  *target_id = NULL;
  if (*name == '\0')
    return TRUE;

  if (wm_judgements_resolve_descriptor (store, name, framework_id, target_id, &local_error))
    return TRUE;
  if (!g_error_matches (local_error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_clear_error (&local_error);

  colon = strchr (name, ':');
  framework = colon ? g_strndup (name, colon - name) : g_strdup (HABITS_FRAMEWORK);
  element = colon ? colon + 1 : name;
  if (!find_element (store, framework, element, target_id, error))
    return FALSE;
  if (*target_id != NULL)
    {
      *framework_id = g_steal_pointer (&framework);
      return TRUE;
    }

  if (colon != NULL)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("A step serves a descriptor or an element, and framework %s has no “%s”"),
                 framework, element);
  else
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No descriptor or habit “%s”: name a descriptor as FRAMEWORK:ID (lqf:8.3g) "
                   "or a habit by its id or title"), name);
  return FALSE;
}

/* Checks the texts and the date; fills @who_out etc. with the trimmed values. */
static gboolean
check_fields (const char  *who,
              const char  *taken_on,
              const char  *what,
              gint64       evidence_id,
              char       **who_out,
              char       **what_out,
              GError     **error)
{
  GDate date;

  *who_out = g_strstrip (g_strdup (who != NULL ? who : ""));
  *what_out = g_strstrip (g_strdup (what != NULL ? what : ""));

  if (**who_out == '\0')
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                 _("A small step needs to say who took it"));
  else if (**what_out == '\0')
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                 _("A small step needs to say what was done"));
  else if (evidence_id < 0)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No evidence %lld"), (long long) evidence_id);
  else if (taken_on == NULL || wm_steps_check_date (taken_on, &date, error))
    return TRUE;

  g_clear_pointer (who_out, g_free);
  g_clear_pointer (what_out, g_free);
  return FALSE;
}

static gboolean
check_evidence (WmStore     *store,
                gint64       evidence_id,
                GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (evidence_id == 0)
    return TRUE;

  stmt = wm_store_prepare (store, "SELECT 1 FROM evidence WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, evidence_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No evidence %lld in %s"), (long long) evidence_id,
                   wm_store_get_path (store));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the evidence"));
  return TRUE;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           col,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, col, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, col);
}

/**
 * wm_steps_add:
 * @taken_on: (nullable): YYYY-MM-DD; %NULL for today (local time)
 * @serves: (nullable): what the step serves, see resolve_serves(); %NULL or "" for nothing
 * @evidence_id: a piece of evidence in the file, or 0
 *
 * Returns: the new step's id, or 0 with @error set
 */
gint64
wm_steps_add (WmStore     *store,
              const char  *who,
              const char  *taken_on,
              const char  *what,
              const char  *serves,
              gint64       evidence_id,
              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
  g_autofree char *today = NULL;
  g_autofree char *who_text = NULL;
  g_autofree char *what_text = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *target_id = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (WM_IS_STORE (store), 0);

  if (!check_fields (who, taken_on, what, evidence_id, &who_text, &what_text, error))
    return 0;
  if (taken_on == NULL)
    taken_on = today = wm_steps_local_today ();

  if (!wm_store_begin (store, error))
    return 0;

  if (!resolve_serves (store, serves, &framework_id, &target_id, error) ||
      !check_evidence (store, evidence_id, error))
    goto failed;

  stmt = wm_store_prepare (store,
    "INSERT INTO small_steps (taken_on, who, what, framework_id, descriptor_id, evidence_id, "
    "                         added_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, nullif (?6, 0), ?7)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, taken_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, who_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, what_text, -1, SQLITE_TRANSIENT);
  bind_text_or_null (stmt, 4, framework_id);
  bind_text_or_null (stmt, 5, target_id);
  sqlite3_bind_int64 (stmt, 6, evidence_id);
  sqlite3_bind_text (stmt, 7, stamp, -1, SQLITE_TRANSIENT);
  if (!wm_store_step_done (store, stmt, error))
    goto failed;
  id = sqlite3_last_insert_rowid (wm_store_get_db (store));

  if (!wm_store_commit (store, error))
    goto failed;

  wm_store_emit_changed (store, "steps", framework_id);
  return id;

failed:
  wm_store_rollback (store);
  return 0;
}

/**
 * wm_steps_update:
 * @taken_on: (nullable): the new date, or %NULL to keep it
 *
 * Sets every field of step @id as wm_steps_add() would, in one transaction.
 */
gboolean
wm_steps_update (WmStore     *store,
                 gint64       id,
                 const char  *who,
                 const char  *taken_on,
                 const char  *what,
                 const char  *serves,
                 gint64       evidence_id,
                 GError     **error)
{
  g_autofree char *who_text = NULL;
  g_autofree char *what_text = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *target_id = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  if (!check_fields (who, taken_on, what, evidence_id, &who_text, &what_text, error))
    return FALSE;

  if (!wm_store_begin (store, error))
    return FALSE;

  if (!resolve_serves (store, serves, &framework_id, &target_id, error) ||
      !check_evidence (store, evidence_id, error))
    goto failed;

  stmt = wm_store_prepare (store,
    "UPDATE small_steps SET taken_on = coalesce (?2, taken_on), who = ?3, what = ?4, "
    "  framework_id = ?5, descriptor_id = ?6, evidence_id = nullif (?7, 0) "
    "WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_text_or_null (stmt, 2, taken_on);
  sqlite3_bind_text (stmt, 3, who_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, what_text, -1, SQLITE_TRANSIENT);
  bind_text_or_null (stmt, 5, framework_id);
  bind_text_or_null (stmt, 6, target_id);
  sqlite3_bind_int64 (stmt, 7, evidence_id);
  if (!wm_store_step_done (store, stmt, error))
    goto failed;

  if (sqlite3_changes (wm_store_get_db (store)) == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No small step %lld"), (long long) id);
      goto failed;
    }

  if (!wm_store_commit (store, error))
    goto failed;

  wm_store_emit_changed (store, "steps", framework_id);
  return TRUE;

failed:
  wm_store_rollback (store);
  return FALSE;
}

gboolean
wm_steps_delete (WmStore  *store,
                 gint64    id,
                 GError  **error)
{
  g_autoptr(WmStep) step = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  if (!wm_store_begin (store, error))
    return FALSE;

  if (!(step = wm_steps_get (store, id, error)) ||
      !(stmt = wm_store_prepare (store, "DELETE FROM small_steps WHERE id = ?1", error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!wm_store_step_done (store, stmt, error) || !wm_store_commit (store, error))
    goto failed;

  wm_store_emit_changed (store, "steps", wm_step_get_framework_id (step));
  return TRUE;

failed:
  wm_store_rollback (store);
  return FALSE;
}
