/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-grid-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-actions.h"
#include "wm-grid-filter.h"
#include "wm-move.h"
#include "wm-snapshots.h"
#include "wm-store-private.h"

/*
 * Search and filters for a framework's grid. The core works out which
 * descriptors match; a strand row stays while one of its descriptors does, and
 * its element and heading rows stay above it. The UI wraps the answer in a
 * GtkCustomFilter on a GtkFilterListModel.
 */

gboolean
wm_grid_query_is_empty (const WmGridQuery *query)
{
  return (query->text == NULL || *query->text == '\0') && query->rating_id == NULL &&
         query->evidence == WM_EVIDENCE_ANY && query->changed_since == 0 && !query->open_actions;
}

/* The ids of the descriptors with evidence nobody has marked reviewed yet. */
static GHashTable *
unreviewed (WmStore     *store,
            const char  *framework_id,
            GError     **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT DISTINCT de.descriptor_id FROM descriptor_evidence de "
    "JOIN evidence e ON e.id = de.evidence_id "
    "WHERE de.framework_id = ?1 AND de.removed_at IS NULL AND e.reviewed = 0", error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (ids, g_strdup (wm_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the evidence"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Descriptor id -> the names of its current evidence, one per line, case-folded. */
static GHashTable *
evidence_names (WmStore     *store,
                const char  *framework_id,
                GError     **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT de.descriptor_id, group_concat (e.label || char (10) || coalesce (e.file_name, e.url, ''), char (10)) "
    "FROM descriptor_evidence de JOIN evidence e ON e.id = de.evidence_id "
    "WHERE de.framework_id = ?1 AND de.removed_at IS NULL GROUP BY de.descriptor_id", error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (names, g_strdup (wm_column_text (stmt, 0)),
                         g_utf8_casefold (wm_column_text (stmt, 1), -1));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the evidence"));
      return NULL;
    }
  return g_steal_pointer (&names);
}

static gboolean
contains_folded (const char *haystack,
                 const char *folded_needle)
{
  g_autofree char *folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

static GHashTable *
strv_set (GStrv strv)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    g_hash_table_add (set, g_steal_pointer (&strv[i]));
  g_free (strv);
  return set;
}

/* The ids of the descriptors whose rating moved since snapshot @since. */
static GHashTable *
moved_since (WmStore     *store,
             const char  *framework_id,
             gint64       since,
             GError     **error)
{
  g_autoptr(GListModel) moves = wm_snapshots_compare (store, framework_id, since, WM_SNAPSHOT_NOW, error);
  GHashTable *moved;

  if (moves == NULL)
    return NULL;

  moved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (moves); i++)
    {
      g_autoptr(WmMove) move = g_list_model_get_item (moves, i);
      g_hash_table_add (moved, g_strdup (wm_move_get_descriptor_id (move)));
    }
  return moved;
}

static gboolean
descriptor_matches (WmDescriptor      *descriptor,
                    const WmGridQuery *query,
                    const char        *folded_text,
                    GHashTable        *evidence,
                    GHashTable        *to_review,
                    GHashTable        *moved,
                    GHashTable        *with_actions)
{
  const char *id = wm_descriptor_get_id (descriptor);
  const char *names = evidence ? g_hash_table_lookup (evidence, id) : NULL;

  if (query->rating_id != NULL && !g_str_equal (query->rating_id, wm_descriptor_get_rating_id (descriptor)))
    return FALSE;
  if (query->evidence == WM_EVIDENCE_WITH && names == NULL)
    return FALSE;
  if (query->evidence == WM_EVIDENCE_WITHOUT && names != NULL)
    return FALSE;
  if (to_review != NULL && !g_hash_table_contains (to_review, id))
    return FALSE;
  if (moved != NULL && !g_hash_table_contains (moved, id))
    return FALSE;
  if (with_actions != NULL && !g_hash_table_contains (with_actions, id))
    return FALSE;

  if (folded_text != NULL)
    return contains_folded (wm_descriptor_get_text (descriptor), folded_text) ||
           contains_folded (wm_descriptor_get_note (descriptor), folded_text) ||
           contains_folded (id, folded_text) ||
           (names != NULL && strstr (names, folded_text) != NULL);

  return TRUE;
}

static char *
row_key (WmGridRow *row)
{
  static const char kinds[] = { 'h', 'e', 's' };
  return g_strdup_printf ("%c:%s", kinds[wm_grid_row_get_kind (row)], wm_grid_row_get_id (row));
}

/**
 * wm_grid_filter_match:
 *
 * Returns: (transfer full): the keys of the rows to keep, and "d:ID" for every
 *   descriptor that matches; ask it with wm_grid_filter_keeps()
 */
GHashTable *
wm_grid_filter_match (WmStore           *store,
                      WmGridModel       *model,
                      const WmGridQuery *query,
                      GError           **error)
{
  g_autoptr(GHashTable) keep = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) evidence = NULL;
  g_autoptr(GHashTable) to_review = NULL;
  g_autoptr(GHashTable) moved = NULL;
  g_autoptr(GHashTable) with_actions = NULL;
  g_autofree char *folded_text = NULL;
  const char *fw = wm_grid_model_get_framework_id (model);
  g_autoptr(WmGridRow) heading = NULL;
  g_autoptr(WmGridRow) element = NULL;

  if (query->text != NULL && *query->text != '\0')
    folded_text = g_utf8_casefold (query->text, -1);

  if ((folded_text != NULL || query->evidence != WM_EVIDENCE_ANY) &&
      !(evidence = evidence_names (store, fw, error)))
    return NULL;
  if (query->evidence == WM_EVIDENCE_UNREVIEWED && !(to_review = unreviewed (store, fw, error)))
    return NULL;
  if (query->changed_since != 0 && !(moved = moved_since (store, fw, query->changed_since, error)))
    return NULL;
  if (query->open_actions)
    {
      GStrv ids = wm_actions_descriptors_with_open (store, fw, error);

      if (ids == NULL)
        return NULL;
      with_actions = strv_set (ids);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(WmGridRow) row = g_list_model_get_item (G_LIST_MODEL (model), i);
      gboolean any = FALSE;

      switch (wm_grid_row_get_kind (row))
        {
        case WM_GRID_ROW_HEADING:
          g_set_object (&heading, row);
          continue;
        case WM_GRID_ROW_ELEMENT:
          g_set_object (&element, row);
          continue;
        case WM_GRID_ROW_STRAND:
        default:
          break;
        }

      for (guint l = 0; l < wm_grid_row_get_n_levels (row); l++)
        {
          WmDescriptor *descriptor = wm_grid_row_get_descriptor (row, l);

          if (descriptor != NULL &&
              descriptor_matches (descriptor, query, folded_text, evidence, to_review, moved, with_actions))
            {
              g_hash_table_add (keep, g_strconcat ("d:", wm_descriptor_get_id (descriptor), NULL));
              any = TRUE;
            }
        }

      if (any)
        {
          g_hash_table_add (keep, row_key (row));
          if (element != NULL)
            g_hash_table_add (keep, row_key (element));
          if (heading != NULL)
            g_hash_table_add (keep, row_key (heading));
        }
    }

  return g_steal_pointer (&keep);
}

/* Whether @row stays in the grid under @match (from wm_grid_filter_match()). */
gboolean
wm_grid_filter_keeps (GHashTable *match,
                      WmGridRow  *row)
{
  g_autofree char *key = row_key (row);
  return g_hash_table_contains (match, key);
}
