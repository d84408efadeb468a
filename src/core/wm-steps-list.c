/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-steps"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-steps-private.h"
#include "wm-store-private.h"

/*
 * Reading the small-steps log: one step, or the steps of a period that match a search, with
 * what each serves. The search folds case (beyond ASCII) in memory rather than in SQL, so a
 * "%" or "_" in it is only a character.
 */

/* Each step with what it serves: a descriptor if (framework, id) is one, else an element. */
#define STEP_SELECT \
  "SELECT s.id, s.taken_on, s.who, s.what, s.framework_id, s.descriptor_id, d.id IS NOT NULL, " \
  "       coalesce (d.id, e.title), coalesce (d.text, e.summary), coalesce (s.evidence_id, 0), " \
  "       v.label, s.added_at " \
  "FROM small_steps s " \
  "LEFT JOIN descriptors d ON d.framework_id = s.framework_id AND d.id = s.descriptor_id " \
  "LEFT JOIN elements e ON d.id IS NULL AND e.framework_id = s.framework_id " \
  "                        AND e.id = s.descriptor_id " \
  "LEFT JOIN evidence v ON v.id = s.evidence_id "

static WmStep *
step_from_row (sqlite3_stmt *stmt)
{
  const char *taken_on = wm_column_text (stmt, 1);
  g_autofree char *week_start = wm_steps_week_start (taken_on);
  WmStepFields fields = {
    .id = sqlite3_column_int64 (stmt, 0),
    .taken_on = taken_on,
    .week_start = week_start,
    .who = wm_column_text (stmt, 2),
    .what = wm_column_text (stmt, 3),
    .framework_id = (const char *) sqlite3_column_text (stmt, 4),
    .target_id = (const char *) sqlite3_column_text (stmt, 5),
    .serves_descriptor = sqlite3_column_int (stmt, 6),
    .serves_name = (const char *) sqlite3_column_text (stmt, 7),
    .serves_text = (const char *) sqlite3_column_text (stmt, 8),
    .evidence_id = sqlite3_column_int64 (stmt, 9),
    .evidence_label = (const char *) sqlite3_column_text (stmt, 10),
    .added_at = wm_column_text (stmt, 11),
  };

  return wm_step_new (&fields);
}

WmStep *
wm_steps_get (WmStore  *store,
              gint64    id,
              GError  **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, STEP_SELECT "WHERE s.id = ?1", error);
  WmStep *step = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    step = step_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No small step %lld"), (long long) id);
  else if (rc != SQLITE_ROW)
    wm_store_set_error (store, rc, error, _("Could not read the small steps"));
  return step;
}

/* Text made comparable: canonical Unicode, then case-folded. */
static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normal != NULL ? normal : text, -1);
}

static gboolean
step_matches (WmStep  *step,
              GStrv    words)
{
  g_autofree char *haystack = NULL;
  g_autofree char *joined = g_strjoin ("\n", wm_step_get_who (step), wm_step_get_what (step),
                                       wm_step_get_serves_name (step),
                                       wm_step_get_serves_text (step),
                                       wm_step_get_target_id (step) ? wm_step_get_target_id (step)
                                                                    : "",
                                       NULL);

  haystack = fold (joined);
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* The words of @search, folded; empty words dropped. */
static GStrv
search_words (const char *search)
{
  g_auto(GStrv) parts = g_strsplit_set (search != NULL ? search : "", " \t\n\r", -1);
  GPtrArray *words = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (words, fold (parts[i]));
  g_ptr_array_add (words, NULL);
  return (GStrv) g_ptr_array_free (words, FALSE);
}

/**
 * wm_steps_list:
 * @query: (nullable): which steps; %NULL for all
 *
 * Returns: (transfer full): a #GListModel of #WmStep, newest first (by date, then the
 *   most recently added first)
 */
GListModel *
wm_steps_list (WmStore            *store,
               const WmStepQuery  *query,
               GError            **error)
{
  static const WmStepQuery all = { NULL };
  g_autoptr(GListStore) list = g_list_store_new (WM_TYPE_STEP);
  g_auto(GStrv) words = NULL;
  sqlite3_stmt *stmt;
  GDate date;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (query == NULL)
    query = &all;
  if ((query->from != NULL && !wm_steps_check_date (query->from, &date, error)) ||
      (query->to != NULL && !wm_steps_check_date (query->to, &date, error)))
    return NULL;
  words = search_words (query->search);

  stmt = wm_store_prepare (store,
    STEP_SELECT "WHERE s.taken_on >= ?1 AND s.taken_on <= ?2 "
    "ORDER BY s.taken_on DESC, s.id DESC", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, query->from ? query->from : "0000-00-00", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, query->to ? query->to : "9999-99-99", -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WmStep) step = step_from_row (stmt);

      if (step_matches (step, words))
        g_list_store_append (list, step);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the small steps"));
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}
