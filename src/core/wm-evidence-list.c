/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-evidence"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-evidence-private.h"

/* Reading evidence back as list items. The blob itself is never read here, only its size. */

#define ITEM_COLUMNS \
  "e.id, e.kind, e.label, e.file_name, coalesce (b.size, 0), e.content_type, e.url, e.text, " \
  "e.reviewed, e.added_by, e.added_at, " \
  "(SELECT count(*) FROM descriptor_evidence a " \
  " WHERE a.evidence_id = e.id AND a.removed_at IS NULL) "

#define ITEM_FROM \
  "FROM evidence e LEFT JOIN evidence_blobs b ON b.sha256 = e.blob_sha256 "

/* A list oldest first, of the evidence that @attached (a condition ending in AND, or nothing)
 * keeps; ?3 is 1 for the evidence nobody has reviewed yet. A descriptor's or a framework's
 * evidence is reached through descriptor_evidence's key, which starts with the framework and
 * the descriptor; only the whole library is read in full. */
#define LIST(attached) \
  "SELECT " ITEM_COLUMNS ITEM_FROM \
  "WHERE " attached "(?3 = 0 OR e.reviewed = 0) " \
  "ORDER BY e.id"

static const char list_every[] = LIST ("");
static const char list_framework[] =
  LIST ("e.id IN (SELECT a.evidence_id FROM descriptor_evidence a "
        "         WHERE a.framework_id = ?1 AND a.removed_at IS NULL) AND ");
static const char list_descriptor[] =
  LIST ("e.id IN (SELECT a.evidence_id FROM descriptor_evidence a "
        "         WHERE a.framework_id = ?1 AND a.descriptor_id = ?2 "
        "           AND a.removed_at IS NULL) AND ");

static WmEvidenceItem *
item_from_row (sqlite3_stmt *stmt)
{
  WmEvidenceKind kind = WM_EVIDENCE_KIND_FILE;

  /* The schema's CHECK allows nothing else. */
  if (!wm_evidence_kind_from_string (wm_column_text (stmt, 1), &kind))
    g_warning ("Evidence %lld has an unknown kind “%s”",
               (long long) sqlite3_column_int64 (stmt, 0), wm_column_text (stmt, 1));

  return wm_evidence_item_new (sqlite3_column_int64 (stmt, 0), kind,
                               wm_column_text (stmt, 2),
                               (const char *) sqlite3_column_text (stmt, 3),
                               sqlite3_column_int64 (stmt, 4),
                               (const char *) sqlite3_column_text (stmt, 5),
                               (const char *) sqlite3_column_text (stmt, 6),
                               (const char *) sqlite3_column_text (stmt, 7),
                               sqlite3_column_int (stmt, 8) != 0,
                               wm_column_text (stmt, 9),
                               wm_column_text (stmt, 10),
                               (guint) sqlite3_column_int (stmt, 11));
}

/**
 * wm_evidence_list:
 * @framework_id: (nullable): only evidence attached now to this framework's descriptors
 * @descriptor_id: (nullable): only evidence attached now to this descriptor (needs @framework_id)
 * @filter: %WM_EVIDENCE_FILTER_UNREVIEWED for the evidence nobody has reviewed yet
 *
 * With neither id, every piece of evidence in the school file, attached or
 * not: what can be reused on another descriptor. Oldest first.
 *
 * Returns: (transfer full): a #GListModel of #WmEvidenceItem, or %NULL with @error set
 */
GListModel *
wm_evidence_list (WmStore           *store,
                  const char        *framework_id,
                  const char        *descriptor_id,
                  WmEvidenceFilter   filter,
                  GError           **error)
{
  g_autoptr(GListStore) list = g_list_store_new (WM_TYPE_EVIDENCE_ITEM);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);
  g_return_val_if_fail (descriptor_id == NULL || framework_id != NULL, NULL);

  stmt = wm_store_prepare (store,
                           descriptor_id != NULL ? list_descriptor
                           : framework_id != NULL ? list_framework
                           : list_every, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, filter == WM_EVIDENCE_FILTER_UNREVIEWED);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WmEvidenceItem) item = item_from_row (stmt);
      g_list_store_append (list, item);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the evidence"));
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * wm_evidence_lookup:
 *
 * Returns: (transfer full): one piece of evidence, or %NULL with @error set
 */
WmEvidenceItem *
wm_evidence_lookup (WmStore     *store,
                    gint64       evidence_id,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  WmEvidenceItem *item = NULL;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  stmt = wm_store_prepare (store, "SELECT " ITEM_COLUMNS ITEM_FROM "WHERE e.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, evidence_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    item = item_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No evidence %lld in %s"), (long long) evidence_id,
                 wm_store_get_path (store));
  else if (rc != SQLITE_ROW)
    wm_store_set_error (store, rc, error, _("Could not read the evidence"));
  return item;
}

/**
 * wm_evidence_count:
 *
 * Returns: how many pieces of evidence are attached to the descriptor now;
 *   0 with @error set when it cannot be read
 */
guint
wm_evidence_count (WmStore     *store,
                   const char  *framework_id,
                   const char  *descriptor_id,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), 0);
  g_return_val_if_fail (framework_id != NULL && descriptor_id != NULL, 0);

  stmt = wm_store_prepare (store,
    "SELECT count(*) FROM descriptor_evidence "
    "WHERE framework_id = ?1 AND descriptor_id = ?2 AND removed_at IS NULL", error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    wm_store_set_error (store, rc, error, _("Could not count the evidence"));
  return count;
}
