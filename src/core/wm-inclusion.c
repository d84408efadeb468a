/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-action.h"
#include "wm-inclusion-private.h"

/*
 * The inclusion action plan's cohorts, their grants and retention dates, and the checks the
 * other wm-inclusion*.c files share. Every write goes through wm_inclusion_write_begin()
 * (wm-inclusion-erase.c), one transaction per user action.
 */

char *
wm_inclusion_now_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

void
wm_inclusion_format_date (const GDate *date,
                          char         text[11])
{
  g_snprintf (text, 11, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

/* @text: YYYY-MM-DD, or NULL or "" for none. @what names the date in the message. */
gboolean
wm_inclusion_check_date (const char  *text,
                         const char  *what,
                         GError     **error)
{
  GDate date;

  if (text == NULL || *text == '\0' || wm_action_parse_date (text, &date))
    return TRUE;

  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
               _("“%s” is not a date: write the %s as YYYY-MM-DD"), text, what);
  return FALSE;
}

static gboolean
set_cohort_not_found (WmStore  *store,
                      gint64    cohort_id,
                      GError  **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, cohort_id);

  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
               _("No inclusion cohort %s in %s"), number, wm_store_get_path (store));
  return FALSE;
}

gboolean
wm_inclusion_check_cohort (WmStore  *store,
                           gint64    cohort_id,
                           GError  **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT 1 FROM inclusion_cohorts WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cohort_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    return set_cohort_not_found (store, cohort_id, error);
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not look up the inclusion cohort"));
  return TRUE;
}

/* The id of the cohort named @name (ignoring ASCII case), 0 if none; -1 on error. */
static gint64
lookup_cohort (WmStore     *store,
               const char  *name,
               GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT id FROM inclusion_cohorts WHERE name = ?1 COLLATE NOCASE", error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not look up the inclusion cohort"));
      return -1;
    }
  return id;
}

/**
 * wm_inclusion_add_cohort:
 * @name: "2025-26 action plan"; unique, ignoring case
 * @grant_pence: the grant the plan spends, in pence (WM_INCLUSION_DEFAULT_GRANT_PENCE: GBP 5000)
 * @retain_until: (nullable): YYYY-MM-DD, after which erasing the cohort is offered
 *
 * Returns: the new cohort's id, or 0 with @error set
 */
gint64
wm_inclusion_add_cohort (WmStore     *store,
                         const char  *name,
                         gint64       grant_pence,
                         const char  *retain_until,
                         GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name ? name : ""));
  g_autofree char *stamp = wm_inclusion_now_stamp ();
  WmInclusionWrite write;
  sqlite3_stmt *stmt;
  gint64 existing;

  g_return_val_if_fail (WM_IS_STORE (store), 0);

  if (*clean == '\0')
    {
      g_set_error_literal (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                           _("An inclusion cohort needs a name, such as “2025-26”"));
      return 0;
    }
  if (grant_pence < 0)
    {
      g_set_error_literal (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                           _("A cohort's grant cannot be less than nothing"));
      return 0;
    }
  if (!wm_inclusion_check_date (retain_until, _("date to keep the cohort until"), error))
    return 0;

  if (!wm_inclusion_write_begin (store, &write, error))
    return 0;

  existing = lookup_cohort (store, clean, error);
  if (existing < 0)
    goto failed;
  if (existing > 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS,
                   _("There is already an inclusion cohort named “%s”"), clean);
      goto failed;
    }

  stmt = wm_store_prepare (store,
    "INSERT INTO inclusion_cohorts (name, grant_pence, retain_until, created_at) "
    "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, grant_pence);
  sqlite3_bind_text (stmt, 3, retain_until && *retain_until ? retain_until : NULL, -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, stamp, -1, SQLITE_TRANSIENT);
  return wm_inclusion_write_insert (store, &write, stmt, error);

failed:
  wm_inclusion_write_rollback (store, &write);
  return 0;
}

/* Returns: the id of the cohort named @name (ignoring case), or 0 with @error set. */
gint64
wm_inclusion_find_cohort (WmStore     *store,
                          const char  *name,
                          GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name ? name : ""));
  gint64 id;

  g_return_val_if_fail (WM_IS_STORE (store), 0);

  id = lookup_cohort (store, clean, error);
  if (id == 0)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No inclusion cohort named “%s” in %s"), clean, wm_store_get_path (store));
  return MAX (id, 0);
}

/* ?1: the date retention must have passed by, or NULL for all; ?2: one cohort, or NULL. */
static const char select_cohorts[] =
  "SELECT c.id, c.name, c.grant_pence, c.retain_until, c.created_at,"
  "       (SELECT count(*) FROM inclusion_pupils p WHERE p.cohort_id = c.id) "
  "FROM inclusion_cohorts c "
  "WHERE (?1 IS NULL OR (c.retain_until IS NOT NULL AND c.retain_until < ?1))"
  "  AND (?2 IS NULL OR c.id = ?2) "
  "ORDER BY c.id";

static GListModel *
select_cohort_list (WmStore      *store,
                    const GDate  *before,
                    gint64        cohort_id,
                    GError      **error)
{
  g_autoptr(GListStore) list = g_list_store_new (WM_TYPE_INCLUSION_COHORT);
  sqlite3_stmt *stmt = wm_store_prepare (store, select_cohorts, error);
  char date[11];
  int rc;

  if (stmt == NULL)
    return NULL;
  if (before != NULL)
    {
      wm_inclusion_format_date (before, date);
      sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
    }
  if (cohort_id > 0)
    sqlite3_bind_int64 (stmt, 2, cohort_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WmInclusionCohort) cohort =
        wm_inclusion_cohort_new (sqlite3_column_int64 (stmt, 0), wm_column_text (stmt, 1),
                                 sqlite3_column_int64 (stmt, 2),
                                 (const char *) sqlite3_column_text (stmt, 3),
                                 wm_column_text (stmt, 4), (guint) sqlite3_column_int (stmt, 5));
      g_list_store_append (list, cohort);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the inclusion cohorts"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

WmInclusionCohort *
wm_inclusion_get_cohort (WmStore  *store,
                         gint64    cohort_id,
                         GError  **error)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (cohort_id <= 0)
    {
      set_cohort_not_found (store, cohort_id, error);
      return NULL;
    }
  if ((list = select_cohort_list (store, NULL, cohort_id, error)) == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      set_cohort_not_found (store, cohort_id, error);
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

/* Returns: (transfer full): every cohort, oldest first, as WmInclusionCohort items */
GListModel *
wm_inclusion_list_cohorts (WmStore  *store,
                           GError  **error)
{
  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  return select_cohort_list (store, NULL, 0, error);
}

/**
 * wm_inclusion_cohorts_past_retention:
 * @today: the date to judge by
 *
 * The cohorts whose retention date is before @today: the ones to offer for erasure.
 *
 * Returns: (transfer full): WmInclusionCohort items, oldest first
 */
GListModel *
wm_inclusion_cohorts_past_retention (WmStore      *store,
                                     const GDate  *today,
                                     GError      **error)
{
  g_return_val_if_fail (WM_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  return select_cohort_list (store, today, 0, error);
}

/* Sets one column of a cohort: ?1 the id, ?2 the value (an integer, or text if @text). */
static gboolean
set_cohort_column (WmStore     *store,
                   gint64       cohort_id,
                   const char  *sql,
                   gint64       number,
                   const char  *text,
                   gboolean     is_text,
                   GError     **error)
{
  WmInclusionWrite write;
  sqlite3_stmt *stmt;

  if (!wm_inclusion_write_begin (store, &write, error))
    return FALSE;
  if (!wm_inclusion_check_cohort (store, cohort_id, error) ||
      (stmt = wm_store_prepare (store, sql, error)) == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, cohort_id);
  if (is_text)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 2, number);
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
wm_inclusion_set_cohort_grant (WmStore  *store,
                               gint64    cohort_id,
                               gint64    grant_pence,
                               GError  **error)
{
  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  if (grant_pence < 0)
    {
      g_set_error_literal (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                           _("A cohort's grant cannot be less than nothing"));
      return FALSE;
    }
  return set_cohort_column (store, cohort_id,
                            "UPDATE inclusion_cohorts SET grant_pence = ?2 WHERE id = ?1",
                            grant_pence, NULL, FALSE, error);
}

/* @retain_until: YYYY-MM-DD, or NULL or "" to keep the cohort until it is erased by hand. */
gboolean
wm_inclusion_set_cohort_retain_until (WmStore     *store,
                                      gint64       cohort_id,
                                      const char  *retain_until,
                                      GError     **error)
{
  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  if (!wm_inclusion_check_date (retain_until, _("date to keep the cohort until"), error))
    return FALSE;
  return set_cohort_column (store, cohort_id,
                            "UPDATE inclusion_cohorts SET retain_until = ?2 WHERE id = ?1", 0,
                            retain_until && *retain_until ? retain_until : NULL, TRUE, error);
}
