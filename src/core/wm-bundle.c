/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-bundle"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wm-bundle.h"
#include "wm-catalog.h"
#include "wm-framework-info.h"
#include "wm-school.h"
#include "wm-snapshots.h"
#include "wm-store-private.h"

/*
 * Gathering a summary bundle from a school file. Only scores and counts are read: the queries
 * here never touch a note, a piece of evidence, an action, the planner, the surveys or the
 * inclusion plan, and a snapshot's author is left behind. A framework is in the bundle when the
 * school uses it: some descriptor of it is judged, or it has a snapshot.
 */

/* One count with the framework id as ?1. */
static gboolean
count (WmStore     *store,
       const char  *sql,
       const char  *framework_id,
       guint       *n,
       GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *n = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the school file"));
  return TRUE;
}

static GStrv
read_levels (WmStore     *store,
             const char  *framework_id,
             GError     **error)
{
  g_autoptr(GStrvBuilder) levels = g_strv_builder_new ();
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT name FROM levels WHERE framework_id = ?1 ORDER BY position", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (levels, wm_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the framework"));
      return NULL;
    }
  return g_strv_builder_end (levels);
}

/* The scores of @scores by the framework's elements: a snapshot may lack one, or hold one the
 * framework has since dropped, which is left out. */
static WmBundleSide *
side_from_scores (const WmBundleFramework *framework,
                  const WmScores          *scores)
{
  WmBundleSide *side = wm_bundle_side_new (framework->elements->len);

  side->overall = scores->has_score ? wm_bundle_round (scores->score) : NAN;
  for (guint i = 0; i < framework->elements->len; i++)
    {
      const WmBundleElement *element = g_ptr_array_index (framework->elements, i);

      for (guint e = 0; e < scores->elements->len; e++)
        {
          const WmElementScore *score = g_ptr_array_index (scores->elements, e);

          if (g_str_equal (score->id, element->id) && score->has_score)
            side->scores[i] = wm_bundle_round (score->score);
        }
    }
  return side;
}

static WmBundleFramework *
gather_framework (WmStore         *store,
                  WmFrameworkInfo *info,
                  GHashTable      *chosen,
                  const char      *today,
                  GError         **error)
{
  const char *id = wm_framework_info_get_id (info);
  g_autoptr(WmBundleFramework) framework = wm_bundle_framework_new ();
  g_autoptr(WmScores) now = NULL;
  g_autoptr(GListModel) snapshots = NULL;

  if (!(now = wm_scoring_compute (store, id, WM_SNAPSHOT_NOW, error)) ||
      !(framework->levels = read_levels (store, id, error)) ||
      !(snapshots = wm_snapshots_list (store, id, error)) ||
      !count (store, "SELECT count(DISTINCT de.evidence_id) FROM descriptor_evidence de "
                     "JOIN descriptors d ON d.framework_id = de.framework_id AND d.id = de.descriptor_id "
                     "WHERE de.framework_id = ?1 AND de.removed_at IS NULL AND d.retired_in IS NULL",
              id, &framework->n_evidence, error))
    return NULL;

  framework->id = g_strdup (id);
  framework->version = g_strdup (wm_framework_info_get_version (info));
  framework->title = g_strdup (wm_framework_info_get_title (info));
  framework->rule = now->rule;
  framework->max = now->max;
  for (guint e = 0; e < now->elements->len; e++)
    {
      const WmElementScore *score = g_ptr_array_index (now->elements, e);
      WmBundleElement *element = g_new0 (WmBundleElement, 1);

      element->id = g_strdup (score->id);
      element->title = g_strdup (score->title);
      g_ptr_array_add (framework->elements, element);
    }

  framework->now = side_from_scores (framework, now);
  framework->now->taken_on = g_strdup (today);
  framework->now->framework_version = g_strdup (framework->version);
  framework->now->n_judged = wm_framework_info_get_n_judged (info);
  framework->now->n_descriptors = wm_framework_info_get_n_descriptors (info);

  for (guint i = 0; i < g_list_model_get_n_items (snapshots); i++)
    {
      g_autoptr(WmSnapshot) snapshot = g_list_model_get_item (snapshots, i);
      gint64 snapshot_id = wm_snapshot_get_id (snapshot);
      g_autoptr(WmScores) then = NULL;
      WmBundleSide *side;

      if (chosen != NULL && !g_hash_table_contains (chosen, &snapshot_id))
        continue;
      if (!(then = wm_scoring_compute (store, id, snapshot_id, error)))
        return NULL;
      side = side_from_scores (framework, then);
      side->name = g_strdup (wm_snapshot_get_name (snapshot));
      side->taken_on = g_strdup (wm_snapshot_get_taken_on (snapshot));
      side->framework_version = g_strdup (wm_snapshot_get_framework_version (snapshot));
      side->n_judged = wm_snapshot_get_n_judged (snapshot);
      side->n_descriptors = wm_snapshot_get_n_descriptors (snapshot);
      g_ptr_array_add (framework->snapshots, side);
    }
  return g_steal_pointer (&framework);
}

static gboolean
gather (WmStore    *store,
        WmBundle   *bundle,
        GHashTable *chosen,
        const char *today,
        GError    **error)
{
  g_autoptr(GListModel) frameworks = wm_catalog_list (store, error);

  if (frameworks == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (frameworks); i++)
    {
      g_autoptr(WmFrameworkInfo) info = g_list_model_get_item (frameworks, i);
      WmBundleFramework *framework;
      guint used = 0;

      if (!count (store, "SELECT EXISTS (SELECT 1 FROM judgements WHERE framework_id = ?1) "
                         "OR EXISTS (SELECT 1 FROM snapshots WHERE framework_id = ?1)",
                  wm_framework_info_get_id (info), &used, error))
        return FALSE;
      if (!used)
        continue;
      if (!(framework = gather_framework (store, info, chosen, today, error)))
        return FALSE;
      g_ptr_array_add (bundle->frameworks, framework);
    }
  return TRUE;
}

/**
 * wm_bundle_new_from_store:
 * @snapshot_names: (nullable): the snapshots to include ("NAME" or "FRAMEWORK:NAME"); %NULL for
 *   every snapshot
 *
 * Gathers the school's summary: its name and identity, and every framework it uses with its
 * scores now and at the snapshots. The school must have a name. The identity is made (and
 * written, in a transaction of its own) the first time; everything else is only read, in one
 * read transaction, so the bundle is one moment of the file.
 *
 * Returns: (transfer full): the bundle, or %NULL with @error set
 */
WmBundle *
wm_bundle_new_from_store (WmStore             *store,
                          const char * const  *snapshot_names,
                          GError             **error)
{
  g_autoptr(WmBundle) bundle = wm_bundle_new ();
  g_autoptr(GHashTable) chosen = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  gboolean ok;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (!(bundle->school_name = wm_school_get_name (store, error)))
    return NULL;
  if (*bundle->school_name == '\0')
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The school has no name yet: name it before sharing its summary, so that "
                     "the trust can tell which school it is"));
      return NULL;
    }
  if (snapshot_names != NULL)
    {
      chosen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; snapshot_names[i] != NULL; i++)
        {
          gint64 id;

          if (!wm_snapshots_find (store, snapshot_names[i], NULL, &id, NULL, error))
            return NULL;
          g_hash_table_add (chosen, g_memdup2 (&id, sizeof id));
        }
    }

  /* Only now, with nothing left to refuse, is the identity made if need be. */
  if (!(bundle->school_id = wm_school_get_id (store, error)))
    return NULL;
  bundle->made_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  bundle->generator = g_strdup ("Waymark " PACKAGE_VERSION);

  /* A deferred transaction only reads: it takes no write lock. */
  if (!wm_store_exec (store, "BEGIN", error))
    return NULL;
  ok = gather (store, bundle, chosen, today, error);
  wm_store_rollback (store);
  if (!ok)
    {
      g_prefix_error (error, _("Could not gather the school’s summary: "));
      return NULL;
    }
  return g_steal_pointer (&bundle);
}
