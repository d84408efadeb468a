/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-school"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-school.h"
#include "wm-store-private.h"

/*
 * The school's own details: its name, which heads every report made for governors,
 * and yes-or-no flags such as whether the welcome page has been seen through. They
 * live in the `school` table beside the file's other facts about itself, under keys
 * of their own ("name", "welcomed").
 */

#define KEY_NAME "name"
#define KEY_ID   "uid"

/* The value under @key in *@value, %NULL when there is none; @what says what failed. */
static gboolean
read_value (WmStore     *store,
            const char  *key,
            char       **value,
            const char  *what,
            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *value = NULL;
  stmt = wm_store_prepare (store, "SELECT value FROM school WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = g_strdup (wm_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, what);
  return TRUE;
}

/**
 * wm_school_get_name:
 *
 * Returns: (transfer full): the school's name; "" when it has not named itself,
 *   %NULL only on error
 */
char *
wm_school_get_name (WmStore  *store,
                    GError  **error)
{
  char *name = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!read_value (store, KEY_NAME, &name, _("Could not read the school’s name"), error))
    return NULL;
  return name ? name : g_strdup ("");
}

/**
 * wm_school_set_name:
 * @name: the school's name, one line of up to %WM_SCHOOL_NAME_MAX characters;
 *   blank to clear it
 *
 * Names the school, in one transaction. Spaces around @name are dropped.
 */
gboolean
wm_school_set_name (WmStore     *store,
                    const char  *name,
                    GError     **error)
{
  g_autofree char *clean = NULL;
  gboolean ok;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!g_utf8_validate (name, -1, NULL))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The school’s name is not valid text (UTF-8)"));
      return FALSE;
    }

  clean = g_strstrip (g_strdup (name));
  if (strpbrk (clean, "\t\n\r") != NULL)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The school’s name is one line of text, without tabs"));
      return FALSE;
    }
  if (g_utf8_strlen (clean, -1) > WM_SCHOOL_NAME_MAX)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The school’s name is %ld characters long: shorten it to %d at most"),
                   g_utf8_strlen (clean, -1), WM_SCHOOL_NAME_MAX);
      return FALSE;
    }

  if (!wm_store_begin (store, error))
    return FALSE;

  if (*clean == '\0')
    ok = wm_store_run (store, "DELETE FROM school WHERE key = ?1", error, 1, 's', KEY_NAME);
  else
    ok = wm_store_run (store,
                       "INSERT INTO school (key, value) VALUES (?1, ?2) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       error, 2, 's', KEY_NAME, 's', clean);

  if (!ok || !wm_store_commit (store, error))
    {
      wm_store_rollback (store);
      g_prefix_error (error, _("Could not name the school: "));
      return FALSE;
    }

  wm_store_emit_changed (store, "school", NULL);
  return TRUE;
}

/**
 * wm_school_get_flag:
 * @key: the flag, such as %WM_SCHOOL_FLAG_WELCOMED
 * @value: (out): whether it is set; %FALSE when the file has never set it
 */
gboolean
wm_school_get_flag (WmStore     *store,
                    const char  *key,
                    gboolean    *value,
                    GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  *value = FALSE;
  if (!read_value (store, key, &text, _("Could not read the school file’s details"), error))
    return FALSE;
  *value = g_strcmp0 (text, "1") == 0;
  return TRUE;
}

/**
 * wm_school_set_flag:
 * @key: the flag, such as %WM_SCHOOL_FLAG_WELCOMED; never "name"
 *
 * Sets (to "1") or clears a flag, in one transaction.
 */
gboolean
wm_school_set_flag (WmStore     *store,
                    const char  *key,
                    gboolean     value,
                    GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (key != NULL && !g_str_equal (key, KEY_NAME), FALSE);

  if (!wm_store_begin (store, error))
    return FALSE;

  if (value)
    ok = wm_store_run (store,
                       "INSERT INTO school (key, value) VALUES (?1, '1') "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       error, 1, 's', key);
  else
    ok = wm_store_run (store, "DELETE FROM school WHERE key = ?1", error, 1, 's', key);

  if (!ok || !wm_store_commit (store, error))
    {
      wm_store_rollback (store);
      g_prefix_error (error, _("Could not save the school file’s “%s”: "), key);
      return FALSE;
    }

  wm_store_emit_changed (store, "school", NULL);
  return TRUE;
}

/**
 * wm_school_get_id:
 *
 * The school file's own identity, made (in a transaction of its own) the first time it is
 * asked for.
 *
 * Returns: (transfer full): a random UUID, or %NULL with @error set
 */
char *
wm_school_get_id (WmStore  *store,
                  GError  **error)
{
  g_autofree char *fresh = NULL;
  char *id = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!read_value (store, KEY_ID, &id, _("Could not read the school file’s identity"), error) || id != NULL)
    return id;

  fresh = g_uuid_string_random ();
  if (!wm_store_begin (store, error))
    return NULL;
  if (!wm_store_run (store, "INSERT INTO school (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
                     error, 2, 's', KEY_ID, 's', fresh) ||
      !wm_store_commit (store, error))
    {
      wm_store_rollback (store);
      g_prefix_error (error, _("Could not give the school file its identity: "));
      return NULL;
    }
  wm_store_emit_changed (store, "school", NULL);

  /* Another Waymark may have made one first: theirs stands. */
  if (!read_value (store, KEY_ID, &id, _("Could not read the school file’s identity"), error))
    return NULL;
  return id;
}
