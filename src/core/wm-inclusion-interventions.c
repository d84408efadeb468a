/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-private.h"

/* The interventions planned for each pupil: what, who, which provider, when, what they cost. */

static gboolean
set_not_found (WmStore  *store,
               gint64    intervention_id,
               GError  **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, intervention_id);

  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
               _("No intervention %s in %s"), number, wm_store_get_path (store));
  return FALSE;
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* A spec with its texts trimmed; free with clean_spec_clear(). */
typedef struct {
  WmInterventionSpec spec;
  char *texts[4];
} CleanSpec;

static void
clean_spec_init (CleanSpec                *clean,
                 const WmInterventionSpec *spec)
{
  clean->spec = *spec;
  clean->spec.what = clean->texts[0] = g_strstrip (g_strdup (spec->what ? spec->what : ""));
  clean->spec.who = clean->texts[1] = g_strstrip (g_strdup (spec->who ? spec->who : ""));
  clean->spec.provider_name = clean->texts[2] =
    g_strstrip (g_strdup (spec->provider_name ? spec->provider_name : ""));
  clean->spec.outcome = clean->texts[3] =
    g_strstrip (g_strdup (spec->outcome ? spec->outcome : ""));
  if (!is_set (spec->pillar_id))
    clean->spec.pillar_id = NULL;
  if (!is_set (spec->starts_on))
    clean->spec.starts_on = NULL;
  if (!is_set (spec->review_on))
    clean->spec.review_on = NULL;
}

static void
clean_spec_clear (CleanSpec *clean)
{
  for (guint i = 0; i < G_N_ELEMENTS (clean->texts); i++)
    g_clear_pointer (&clean->texts[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CleanSpec, clean_spec_clear)

/* Everything that can be checked before the school file is asked. */
static gboolean
check_spec (const WmInterventionSpec  *spec,
            GError                   **error)
{
  if (*spec->what == '\0')
    {
      g_set_error_literal (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                           _("An intervention needs a description: say what will be done"));
      return FALSE;
    }
  if (spec->cost_pence < 0 || spec->spent_pence < 0)
    {
      g_set_error_literal (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                           _("An intervention's cost, and what has been spent on it, cannot be "
                             "less than nothing"));
      return FALSE;
    }
  if (!wm_inclusion_check_date (spec->starts_on, _("start date"), error) ||
      !wm_inclusion_check_date (spec->review_on, _("review date"), error))
    return FALSE;
  if (spec->starts_on != NULL && spec->review_on != NULL &&
      strcmp (spec->review_on, spec->starts_on) < 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The review date %s is before the start date %s"),
                   spec->review_on, spec->starts_on);
      return FALSE;
    }
  return TRUE;
}

/* Binds ?2 … ?11 of an INSERT or UPDATE to @spec. */
static void
bind_spec (sqlite3_stmt             *stmt,
           const WmInterventionSpec *spec)
{
  sqlite3_bind_text (stmt, 2, spec->pillar_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, spec->what, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, spec->who, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, spec->external ? "external" : "internal", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, spec->provider_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, spec->starts_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, spec->review_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 9, spec->cost_pence);
  sqlite3_bind_int64 (stmt, 10, spec->spent_pence);
  sqlite3_bind_text (stmt, 11, spec->outcome, -1, SQLITE_TRANSIENT);
}

/**
 * wm_inclusion_add_intervention:
 * @spec: the intervention; its what is needed, the rest may be left empty
 *
 * Returns: the new intervention's id, or 0 with @error set
 */
gint64
wm_inclusion_add_intervention (WmStore                  *store,
                               gint64                    pupil_id,
                               const WmInterventionSpec *spec,
                               GError                  **error)
{
  g_auto(CleanSpec) clean = { 0 };
  WmInclusionWrite write;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), 0);
  g_return_val_if_fail (spec != NULL, 0);

  clean_spec_init (&clean, spec);
  if (!check_spec (&clean.spec, error))
    return 0;

  if (!wm_inclusion_write_begin (store, &write, error))
    return 0;
  if (!wm_inclusion_check_pupil (store, pupil_id, error) ||
      (clean.spec.pillar_id != NULL &&
       !wm_inclusion_check_pillar (store, clean.spec.pillar_id, error)))
    goto failed;

  stmt = wm_store_prepare (store,
    "INSERT INTO inclusion_interventions (pupil_id, pillar_id, what, who, provider, provider_name,"
    "                                     starts_on, review_on, cost_pence, spent_pence, outcome) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, pupil_id);
  bind_spec (stmt, &clean.spec);
  return wm_inclusion_write_insert (store, &write, stmt, error);

failed:
  wm_inclusion_write_rollback (store, &write);
  return 0;
}

/* Writes every field of @spec over the intervention's: start from wm_intervention_get_spec(). */
gboolean
wm_inclusion_update_intervention (WmStore                  *store,
                                  gint64                    intervention_id,
                                  const WmInterventionSpec *spec,
                                  GError                  **error)
{
  g_auto(CleanSpec) clean = { 0 };
  WmInclusionWrite write;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  clean_spec_init (&clean, spec);
  if (!check_spec (&clean.spec, error))
    return FALSE;

  if (!wm_inclusion_write_begin (store, &write, error))
    return FALSE;
  if (clean.spec.pillar_id != NULL &&
      !wm_inclusion_check_pillar (store, clean.spec.pillar_id, error))
    goto failed;

  stmt = wm_store_prepare (store,
    "UPDATE inclusion_interventions SET pillar_id = ?2, what = ?3, who = ?4, provider = ?5,"
    "  provider_name = ?6, starts_on = ?7, review_on = ?8, cost_pence = ?9, spent_pence = ?10,"
    "  outcome = ?11 "
    "WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, intervention_id);
  bind_spec (stmt, &clean.spec);
  if (!wm_store_step_done (store, stmt, error))
    goto failed;
  if (sqlite3_changes (wm_store_get_db (store)) == 0)
    {
      set_not_found (store, intervention_id, error);
      goto failed;
    }

  if (!wm_inclusion_write_commit (store, &write, error))
    return FALSE;
  wm_store_emit_changed (store, "inclusion", NULL);
  return TRUE;

failed:
  wm_inclusion_write_rollback (store, &write);
  return FALSE;
}

gboolean
wm_inclusion_remove_intervention (WmStore  *store,
                                  gint64    intervention_id,
                                  GError  **error)
{
  WmInclusionWrite write;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  if (!wm_inclusion_write_begin (store, &write, error))
    return FALSE;
  stmt = wm_store_prepare (store, "DELETE FROM inclusion_interventions WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, intervention_id);
  if (!wm_store_step_done (store, stmt, error))
    goto failed;
  if (sqlite3_changes (wm_store_get_db (store)) == 0)
    {
      set_not_found (store, intervention_id, error);
      goto failed;
    }

  if (!wm_inclusion_write_commit (store, &write, error))
    return FALSE;
  wm_store_emit_changed (store, "inclusion", NULL);
  return TRUE;

failed:
  wm_inclusion_write_rollback (store, &write);
  return FALSE;
}

/* ?1 one cohort, ?2 one pupil, ?3 one intervention; each NULL for any. */
static const char select_interventions[] =
  "SELECT i.id, i.pupil_id, p.code, i.pillar_id, i.what, i.who, i.provider, i.provider_name,"
  "       i.starts_on, i.review_on, i.cost_pence, i.spent_pence, i.outcome "
  "FROM inclusion_interventions i JOIN inclusion_pupils p ON p.id = i.pupil_id "
  "WHERE (?1 IS NULL OR p.cohort_id = ?1) AND (?2 IS NULL OR i.pupil_id = ?2)"
  "  AND (?3 IS NULL OR i.id = ?3) "
  "ORDER BY p.cohort_id, p.code, i.review_on IS NULL, i.review_on, i.id";

static GListModel *
select_list (WmStore  *store,
             gint64    cohort_id,
             gint64    pupil_id,
             gint64    intervention_id,
             GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (WM_TYPE_INTERVENTION);
  sqlite3_stmt *stmt = wm_store_prepare (store, select_interventions, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (cohort_id > 0)
    sqlite3_bind_int64 (stmt, 1, cohort_id);
  if (pupil_id > 0)
    sqlite3_bind_int64 (stmt, 2, pupil_id);
  if (intervention_id > 0)
    sqlite3_bind_int64 (stmt, 3, intervention_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WmInterventionSpec spec = {
        .pillar_id = (const char *) sqlite3_column_text (stmt, 3),
        .what = wm_column_text (stmt, 4),
        .who = wm_column_text (stmt, 5),
        .external = g_str_equal (wm_column_text (stmt, 6), "external"),
        .provider_name = wm_column_text (stmt, 7),
        .starts_on = (const char *) sqlite3_column_text (stmt, 8),
        .review_on = (const char *) sqlite3_column_text (stmt, 9),
        .cost_pence = sqlite3_column_int64 (stmt, 10),
        .spent_pence = sqlite3_column_int64 (stmt, 11),
        .outcome = wm_column_text (stmt, 12),
      };
      g_autoptr(WmIntervention) intervention =
        wm_intervention_new (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                             wm_column_text (stmt, 2), &spec);

      g_list_store_append (list, intervention);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the interventions"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

WmIntervention *
wm_inclusion_get_intervention (WmStore  *store,
                               gint64    intervention_id,
                               GError  **error)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (intervention_id <= 0)
    {
      set_not_found (store, intervention_id, error);
      return NULL;
    }
  if ((list = select_list (store, 0, 0, intervention_id, error)) == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      set_not_found (store, intervention_id, error);
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

/**
 * wm_inclusion_list_interventions:
 * @cohort_id: one cohort, or 0 for every cohort
 * @pupil_id: one pupil, or 0 for every pupil
 *
 * Returns: (transfer full): WmIntervention items, by pupil, then soonest review first
 */
GListModel *
wm_inclusion_list_interventions (WmStore  *store,
                                 gint64    cohort_id,
                                 gint64    pupil_id,
                                 GError  **error)
{
  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if ((cohort_id > 0 && !wm_inclusion_check_cohort (store, cohort_id, error)) ||
      (pupil_id > 0 && !wm_inclusion_check_pupil (store, pupil_id, error)))
    return NULL;
  return select_list (store, cohort_id, pupil_id, 0, error);
}
