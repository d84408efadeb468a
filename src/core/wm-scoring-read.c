/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-scoring"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-scoring.h"
#include "wm-snapshots.h"
#include "wm-store-private.h"

/*
 * Scores from a school file: the framework's levels, scale and structure, and
 * the (descriptor, rating) pairs of one side, now or a snapshot, read by
 * wm_snapshots_read_ratings() either way. The rules themselves are in wm-scoring.c.
 */

typedef struct {
  GStringChunk *strings;
  GPtrArray    *levels;     /* const char*, names, in order */
  GHashTable   *level_ids;  /* level id -> index + 1 */
  GArray       *ratings;    /* WmScoringRating */
  GArray       *items;      /* WmScoringItem */
} Reading;

static void
reading_clear (Reading *r)
{
  g_clear_pointer (&r->strings, g_string_chunk_free);
  g_clear_pointer (&r->levels, g_ptr_array_unref);
  g_clear_pointer (&r->level_ids, g_hash_table_unref);
  g_clear_pointer (&r->ratings, g_array_unref);
  g_clear_pointer (&r->items, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reading, reading_clear)

static const char *
keep (Reading      *r,
      sqlite3_stmt *stmt,
      int           col)
{
  return g_string_chunk_insert_const (r->strings, wm_column_text (stmt, col));
}

/* Steps through @stmt (the framework id bound as ?1), calling @row for each row. */
static gboolean
read_rows (WmStore      *store,
           const char   *sql,
           const char   *framework_id,
           Reading      *r,
           GHashTable   *pairs,
           void        (*row) (Reading *, sqlite3_stmt *, GHashTable *),
           GError      **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    row (r, stmt, pairs);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the framework"));
  return TRUE;
}

static void
level_row (Reading      *r,
           sqlite3_stmt *stmt,
           GHashTable   *pairs)
{
  g_hash_table_insert (r->level_ids, (gpointer) keep (r, stmt, 0),
                       GUINT_TO_POINTER (r->levels->len + 1));
  g_ptr_array_add (r->levels, (gpointer) keep (r, stmt, 1));
}

static void
rating_row (Reading      *r,
            sqlite3_stmt *stmt,
            GHashTable   *pairs)
{
  WmScoringRating rating = {
    keep (r, stmt, 0), keep (r, stmt, 1), sqlite3_column_int (stmt, 2),
    sqlite3_column_int (stmt, 3) != 0,
  };

  g_array_append_val (r->ratings, rating);
}

static void
descriptor_row (Reading      *r,
                sqlite3_stmt *stmt,
                GHashTable   *pairs)
{
  const char *rating_id = g_hash_table_lookup (pairs, wm_column_text (stmt, 0));
  guint level = GPOINTER_TO_UINT (g_hash_table_lookup (r->level_ids, wm_column_text (stmt, 4)));
  WmScoringItem item = { NULL, };

  /* Descriptors outside this side: retired before it, or added after a snapshot. */
  if (rating_id == NULL || level == 0)
    return;

  item.element_id = keep (r, stmt, 1);
  item.element_title = keep (r, stmt, 2);
  item.strand_id = keep (r, stmt, 3);
  item.level = level - 1;
  item.rating_id = g_string_chunk_insert_const (r->strings, rating_id);
  g_array_append_val (r->items, item);
}

/**
 * wm_scoring_compute:
 * @snapshot_id: a snapshot of @framework_id, or %WM_SNAPSHOT_NOW
 *
 * Scores a framework by its own rule (frameworks.scoring), from the judgements
 * as they are now or as a snapshot froze them. A snapshot is scored with the
 * framework's scale as it is now.
 *
 * Returns: (transfer full): the scores of each element and of the framework
 */
WmScores *
wm_scoring_compute (WmStore     *store,
                    const char  *framework_id,
                    gint64       snapshot_id,
                    GError     **error)
{
  g_auto(Reading) r = { NULL, };
  g_autoptr(GHashTable) pairs = NULL;
  g_autofree char *scoring = NULL;
  WmScoringInput input = { 0, };
  WmScores *scores;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  /* Also checks that the framework is there and the snapshot is one of its own. */
  if (!(pairs = wm_snapshots_read_ratings (store, framework_id, snapshot_id, error)))
    return NULL;

  stmt = wm_store_prepare (store, "SELECT scoring FROM frameworks WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    scoring = g_strdup (wm_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      wm_store_set_error (store, rc, error, _("Could not read the framework"));
      return NULL;
    }
  if (!wm_scoring_rule_from_name (scoring, &input.rule))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Framework %s is scored by “%s”, a rule this Waymark does not know"),
                   framework_id, scoring);
      return NULL;
    }

  r.strings = g_string_chunk_new (1024);
  r.levels = g_ptr_array_new ();
  r.level_ids = g_hash_table_new (g_str_hash, g_str_equal);
  r.ratings = g_array_new (FALSE, FALSE, sizeof (WmScoringRating));
  r.items = g_array_new (FALSE, FALSE, sizeof (WmScoringItem));

  if (!read_rows (store, "SELECT id, name FROM levels WHERE framework_id = ?1 ORDER BY position",
                  framework_id, &r, pairs, level_row, error) ||
      !read_rows (store, "SELECT id, name, score, kind = 'not-applicable' FROM ratings "
                         "WHERE framework_id = ?1 ORDER BY position",
                  framework_id, &r, pairs, rating_row, error) ||
      /* Every descriptor the framework ever had, in framework order: a snapshot may
       * hold some that a later version retired. */
      !read_rows (store, "SELECT d.id, e.id, e.title, s.id, d.level_id FROM descriptors d "
                         "JOIN strands s ON s.framework_id = d.framework_id AND s.id = d.strand_id "
                         "JOIN elements e ON e.framework_id = s.framework_id AND e.id = s.element_id "
                         "JOIN headings h ON h.framework_id = e.framework_id AND h.id = e.heading_id "
                         "WHERE d.framework_id = ?1 "
                         "ORDER BY h.position, e.position, s.position, d.position, d.id",
                  framework_id, &r, pairs, descriptor_row, error))
    return NULL;

  input.levels = (const char * const *) r.levels->pdata;
  input.n_levels = r.levels->len;
  input.ratings = (const WmScoringRating *) (gpointer) r.ratings->data;
  input.n_ratings = r.ratings->len;
  input.items = (const WmScoringItem *) (gpointer) r.items->data;
  input.n_items = r.items->len;

  if (!(scores = wm_scoring_compute_input (&input, error)))
    return NULL;
  scores->framework_id = g_strdup (framework_id);
  return scores;
}
