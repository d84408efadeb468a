/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-private.h"

/*
 * The inclusion plan's budget and summary: counts and totals only, never a code, a note or a
 * provider's name, so that this, and only this, may go into the governors' pack and any export
 * meant for sharing. The figures are the ones the case study reports ("23% of interventions
 * are through an external provider").
 */

/* The pupils of cohort ?1, or of every cohort when ?1 is NULL, as a condition on @column (a
 * pupil's cohort_id) that SQLite takes through the index on inclusion_pupils (cohort_id, code):
 * with "?1 IS NULL OR p.cohort_id = ?1" it would walk every intervention even for one cohort. */
#define IN_COHORT(column) \
  column " IN (SELECT id FROM inclusion_cohorts WHERE ?1 IS NULL OR id = ?1)"

/* Binds @cohort_id to ?1, NULL (every cohort) when it is 0. */
static void
bind_cohort (sqlite3_stmt *stmt,
             gint64        cohort_id)
{
  if (cohort_id > 0)
    sqlite3_bind_int64 (stmt, 1, cohort_id);
}

/* Runs a one-row query over @cohort_id (?1) and @date (?2, may be NULL) into @values. */
static gboolean
read_row (WmStore     *store,
          const char  *sql,
          gint64       cohort_id,
          const char  *date,
          gint64      *values,
          int          n_values,
          GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_cohort (stmt, cohort_id);
  if (date != NULL)
    sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  for (int i = 0; rc == SQLITE_ROW && i < n_values; i++)
    values[i] = sqlite3_column_int64 (stmt, i);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the inclusion plan"));
  return TRUE;
}

/**
 * wm_inclusion_get_budget:
 * @cohort_id: one cohort, or 0 for every cohort together
 *
 * The grant, what the interventions have committed and spent, and whether that is over.
 */
gboolean
wm_inclusion_get_budget (WmStore            *store,
                         gint64              cohort_id,
                         WmInclusionBudget  *budget,
                         GError            **error)
{
  gint64 values[3] = { 0 };

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (budget != NULL, FALSE);

  if ((cohort_id > 0 && !wm_inclusion_check_cohort (store, cohort_id, error)) ||
      !read_row (store,
                 "SELECT (SELECT coalesce (sum (grant_pence), 0) FROM inclusion_cohorts"
                 "        WHERE ?1 IS NULL OR id = ?1),"
                 "       coalesce (sum (i.cost_pence), 0), coalesce (sum (i.spent_pence), 0) "
                 "FROM inclusion_interventions i JOIN inclusion_pupils p ON p.id = i.pupil_id "
                 "WHERE " IN_COHORT ("p.cohort_id"),
                 cohort_id, NULL, values, 3, error))
    return FALSE;

  *budget = (WmInclusionBudget) {
    .grant_pence = values[0],
    .committed_pence = values[1],
    .spent_pence = values[2],
    .remaining_pence = values[0] - values[1],
    .over_committed = values[1] > values[0],
    .over_spent = values[2] > values[0],
  };
  return TRUE;
}

static void
pillar_count_free (gpointer data)
{
  WmInclusionPillarCount *count = data;

  g_free (count->pillar_id);
  g_free (count->title);
  g_free (count);
}

static gboolean
count_pillars (WmStore             *store,
               gint64               cohort_id,
               WmInclusionSummary  *summary,
               GError             **error)
{
  g_auto(GStrv) titles = NULL;
  g_auto(GStrv) ids = wm_inclusion_list_pillars (store, &titles, error);

  if (ids == NULL)
    return FALSE;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      WmInclusionPillarCount *count = g_new0 (WmInclusionPillarCount, 1);
      gint64 values[2] = { 0 };

      count->pillar_id = g_strdup (ids[i]);
      count->title = g_strdup (titles[i]);
      g_ptr_array_add (summary->pillars, count);
      if (!read_row (store,
                     "SELECT (SELECT count (*) FROM inclusion_needs n"
                     "        JOIN inclusion_pupils p ON p.id = n.pupil_id"
                     "        WHERE n.pillar_id = ?2 AND " IN_COHORT ("p.cohort_id") "),"
                     "       (SELECT count (*) FROM inclusion_interventions i"
                     "        JOIN inclusion_pupils p ON p.id = i.pupil_id"
                     "        WHERE i.pillar_id = ?2 AND " IN_COHORT ("p.cohort_id") ")",
                     cohort_id, ids[i], values, 2, error))
        return FALSE;
      count->n_needs = (guint) values[0];
      count->n_interventions = (guint) values[1];
    }
  return TRUE;
}

/**
 * wm_inclusion_summary_new:
 * @cohort_id: one cohort, or 0 for every cohort together
 * @today: the date reviews are due by
 *
 * Returns: (transfer full): the figures, or %NULL with @error set
 */
WmInclusionSummary *
wm_inclusion_summary_new (WmStore      *store,
                          gint64        cohort_id,
                          const GDate  *today,
                          GError      **error)
{
  g_autoptr(WmInclusionSummary) summary = g_new0 (WmInclusionSummary, 1);
  g_autoptr(WmInclusionCohort) cohort = NULL;
  gint64 counts[2] = { 0 };
  gint64 values[7] = { 0 };
  char date[11];

  g_return_val_if_fail (WM_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  summary->pillars = g_ptr_array_new_with_free_func (pillar_count_free);
  wm_inclusion_format_date (today, date);

  if (cohort_id > 0)
    {
      if ((cohort = wm_inclusion_get_cohort (store, cohort_id, error)) == NULL)
        return NULL;
      summary->cohort_name = g_strdup (wm_inclusion_cohort_get_name (cohort));
    }

  if (!read_row (store,
                 "SELECT (SELECT count (*) FROM inclusion_cohorts WHERE ?1 IS NULL OR id = ?1),"
                 "       (SELECT count (*) FROM inclusion_pupils WHERE " IN_COHORT ("cohort_id") ")",
                 cohort_id, NULL, counts, 2, error) ||
      !read_row (store,
                 "SELECT count (*), sum (i.provider = 'external'),"
                 "       count (DISTINCT CASE WHEN i.provider = 'external' AND trim (i.provider_name) != ''"
                 "                            THEN lower (trim (i.provider_name)) END),"
                 "       sum (i.pillar_id IS NULL),"
                 "       sum (i.outcome = '' AND i.review_on <= ?2),"
                 "       sum (i.outcome = '' AND i.review_on < ?2),"
                 "       sum (i.outcome != '') "
                 "FROM inclusion_interventions i JOIN inclusion_pupils p ON p.id = i.pupil_id "
                 "WHERE " IN_COHORT ("p.cohort_id"),
                 cohort_id, date, values, 7, error) ||
      !count_pillars (store, cohort_id, summary, error) ||
      !wm_inclusion_get_budget (store, cohort_id, &summary->budget, error))
    return NULL;

  summary->n_cohorts = (guint) counts[0];
  summary->n_pupils = (guint) counts[1];
  summary->n_interventions = (guint) values[0];
  summary->n_external = (guint) values[1];
  summary->n_external_providers = (guint) values[2];
  summary->n_no_pillar = (guint) values[3];
  summary->n_reviews_due = (guint) values[4];
  summary->n_reviews_overdue = (guint) values[5];
  summary->n_outcomes = (guint) values[6];

  /* Rounded half up to one decimal in whole numbers, so that 3 of 13 is 23.1 everywhere. */
  if (summary->n_interventions > 0)
    summary->external_percent =
      (double) (((guint64) summary->n_external * 1000 + summary->n_interventions / 2) /
                summary->n_interventions) / 10.0;

  return g_steal_pointer (&summary);
}

void
wm_inclusion_summary_free (WmInclusionSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->cohort_name);
  g_clear_pointer (&summary->pillars, g_ptr_array_unref);
  g_free (summary);
}
