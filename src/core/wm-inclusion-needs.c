/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-private.h"

/* A pupil's needs: at most one per EEF pillar, each with a short note. */

/**
 * wm_inclusion_list_pillars:
 * @titles: (out) (optional): the title of each
 *
 * Returns: the ids of the EEF pillars, in order, or %NULL with @error set
 */
GStrv
wm_inclusion_list_pillars (WmStore  *store,
                           GStrv    *titles,
                           GError  **error)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  stmt = wm_store_prepare (store,
    "SELECT e.id, e.title FROM elements e "
    "JOIN headings h ON h.framework_id = e.framework_id AND h.id = e.heading_id "
    "WHERE e.framework_id = '" WM_INCLUSION_PILLARS_FRAMEWORK "' "
    "ORDER BY h.position, e.position", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_strv_builder_add (ids, wm_column_text (stmt, 0));
      g_strv_builder_add (names, wm_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the EEF pillars"));
      return NULL;
    }

  if (titles != NULL)
    *titles = g_strv_builder_end (names);
  return g_strv_builder_end (ids);
}

gboolean
wm_inclusion_check_pillar (WmStore     *store,
                           const char  *pillar_id,
                           GError     **error)
{
  g_auto(GStrv) pillars = wm_inclusion_list_pillars (store, NULL, error);
  g_autofree char *choices = NULL;

  if (pillars == NULL)
    return FALSE;
  if (pillars[0] == NULL)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No framework “%s” in %s: needs and interventions are filed under its "
                     "pillars"), WM_INCLUSION_PILLARS_FRAMEWORK, wm_store_get_path (store));
      return FALSE;
    }
  if (pillar_id != NULL && g_strv_contains ((const char * const *) pillars, pillar_id))
    return TRUE;

  choices = g_strjoinv (", ", pillars);
  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
               _("“%s” is not an EEF pillar (use one of %s)"), pillar_id ? pillar_id : "",
               choices);
  return FALSE;
}

/**
 * wm_inclusion_set_need:
 * @pillar_id: an EEF pillar: "metacognition", "behaviour", "sel", "parents" or "send"
 * @note: (nullable): a short note on the need
 *
 * Records a need of the pupil in a pillar, or changes its note.
 */
gboolean
wm_inclusion_set_need (WmStore     *store,
                       gint64       pupil_id,
                       const char  *pillar_id,
                       const char  *note,
                       GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (note ? note : ""));
  WmInclusionWrite write;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  if (!wm_inclusion_write_begin (store, &write, error))
    return FALSE;
  if (!wm_inclusion_check_pillar (store, pillar_id, error) ||
      !wm_inclusion_check_pupil (store, pupil_id, error))
    goto failed;

  stmt = wm_store_prepare (store,
    "INSERT INTO inclusion_needs (pupil_id, pillar_id, note) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (pupil_id, pillar_id) DO UPDATE SET note = excluded.note", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, pupil_id);
  sqlite3_bind_text (stmt, 2, pillar_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, clean, -1, SQLITE_TRANSIENT);
  if (!wm_store_step_done (store, stmt, error))
    goto failed;

  if (!wm_inclusion_write_commit (store, &write, error))
    return FALSE;
  wm_store_emit_changed (store, "inclusion", NULL);
  return TRUE;

failed:
  wm_inclusion_write_rollback (store, &write);
  return FALSE;
}

gboolean
wm_inclusion_remove_need (WmStore     *store,
                          gint64       pupil_id,
                          const char  *pillar_id,
                          GError     **error)
{
  g_autoptr(WmInclusionPupil) pupil = NULL;
  WmInclusionWrite write;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  if (!wm_inclusion_write_begin (store, &write, error))
    return FALSE;
  if ((pupil = wm_inclusion_get_pupil (store, pupil_id, error)) == NULL)
    goto failed;
  if (pillar_id == NULL || wm_inclusion_pupil_get_need_note (pupil, pillar_id) == NULL)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("Pupil %s has no need recorded in “%s”"),
                   wm_inclusion_pupil_get_code (pupil), pillar_id ? pillar_id : "");
      goto failed;
    }
  stmt = wm_store_prepare (store,
    "DELETE FROM inclusion_needs WHERE pupil_id = ?1 AND pillar_id = ?2", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, pupil_id);
  sqlite3_bind_text (stmt, 2, pillar_id, -1, SQLITE_TRANSIENT);
  if (!wm_store_step_done (store, stmt, error))
    goto failed;

  if (!wm_inclusion_write_commit (store, &write, error))
    return FALSE;
  wm_store_emit_changed (store, "inclusion", NULL);
  return TRUE;

failed:
  wm_inclusion_write_rollback (store, &write);
  return FALSE;
}
