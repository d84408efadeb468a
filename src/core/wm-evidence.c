/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-evidence"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-evidence-private.h"

/*
 * Evidence for descriptors: files, web links and short notes, each a row of
 * `evidence`, attached to descriptors through `descriptor_evidence`. Files are
 * added by wm-evidence-file.c, read back by wm-evidence-extract.c, listed by
 * wm-evidence-list.c; this file adds links and notes and does the small writes.
 *
 * Nothing here deletes: detaching sets removed_at, and attaching again (undo)
 * clears it, so the same row comes back. Every call is one transaction.
 */

/* Long enough to tell notes apart in a list, short enough for one line. */
#define NOTE_LABEL_CHARS 60

char *
wm_evidence_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Inserts one evidence row; the caller holds the transaction. Returns its id, or 0. */
gint64
wm_evidence_insert (WmStore         *store,
                    WmEvidenceKind   kind,
                    const char      *label,
                    const char      *file_name,
                    const char      *content_type,
                    const char      *blob_sha256,
                    const char      *url,
                    const char      *text,
                    const char      *author,
                    GError         **error)
{
  g_autofree char *stamp = wm_evidence_now ();
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "INSERT INTO evidence (kind, label, file_name, content_type, blob_sha256, url, text, "
    "                      added_by, added_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);

  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, wm_evidence_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, label, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, file_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, content_type, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, blob_sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, url, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, author, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, stamp, -1, SQLITE_TRANSIENT);

  if (!wm_store_step_done (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (wm_store_get_db (store));
}

/* Adds a link or a note: one row, one transaction. */
static gint64
add_simple (WmStore         *store,
            WmEvidenceKind   kind,
            const char      *label,
            const char      *url,
            const char      *text,
            const char      *author,
            GError         **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (label));
  gint64 id;

  if (!wm_store_begin (store, error))
    return 0;

  id = wm_evidence_insert (store, kind, trimmed, NULL, NULL, NULL, url, text, author, error);
  if (id == 0 || !wm_store_commit (store, error))
    {
      wm_store_rollback (store);
      return 0;
    }
  wm_store_emit_changed (store, "evidence", NULL);
  return id;
}

/**
 * wm_evidence_add_link:
 * @url: an http:// or https:// address
 * @label: (nullable): what to show for it; %NULL or blank for the address itself
 *
 * Returns: the new evidence's id, or 0 with @error set
 */
gint64
wm_evidence_add_link (WmStore     *store,
                      const char  *url,
                      const char  *label,
                      const char  *author,
                      GError     **error)
{
  g_autofree char *address = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  g_return_val_if_fail (WM_IS_STORE (store), 0);
  g_return_val_if_fail (url != NULL, 0);
  g_return_val_if_fail (author != NULL, 0);

  address = g_strstrip (g_strdup (url));
  uri = g_uri_parse (address, G_URI_FLAGS_NONE, NULL);
  scheme = uri ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      is_blank (g_uri_get_host (uri)))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("“%s” is not a web address: it must start with http:// or https:// "
                     "and name a site"), url);
      return 0;
    }

  if (is_blank (label))
    label = address;
  return add_simple (store, WM_EVIDENCE_KIND_LINK, label, address, NULL, author, error);
}

/* The first line of @text, cut short with an ellipsis. */
static char *
label_for_note (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  char *newline = strchr (stripped, '\n');

  if (newline != NULL)
    *newline = '\0';
  g_strchomp (stripped);

  if (g_utf8_strlen (stripped, -1) <= NOTE_LABEL_CHARS)
    return g_steal_pointer (&stripped);

  *g_utf8_offset_to_pointer (stripped, NOTE_LABEL_CHARS - 1) = '\0';
  return g_strconcat (g_strchomp (stripped), "…", NULL);
}

/**
 * wm_evidence_add_note:
 * @text: what the note says; not blank
 * @label: (nullable): what to show for it; %NULL or blank for its first line
 *
 * Returns: the new evidence's id, or 0 with @error set
 */
gint64
wm_evidence_add_note (WmStore     *store,
                      const char  *text,
                      const char  *label,
                      const char  *author,
                      GError     **error)
{
  g_autofree char *first_line = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), 0);
  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (author != NULL, 0);

  if (is_blank (text) || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("A note needs some text"));
      return 0;
    }

  if (is_blank (label))
    label = first_line = label_for_note (text);
  return add_simple (store, WM_EVIDENCE_KIND_NOTE, label, NULL, text, author, error);
}

/* Says in words why evidence cannot go on a descriptor; the caller holds the transaction. */
static gboolean
check_target (WmStore     *store,
              const char  *framework_id,
              const char  *descriptor_id,
              gint64       evidence_id,
              GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT retired_in, (SELECT count(*) FROM evidence WHERE id = ?3) "
    "FROM descriptors WHERE framework_id = ?1 AND id = ?2", error);
  g_autofree char *retired_in = NULL;
  gboolean found;
  int has_evidence = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, evidence_id);
  rc = sqlite3_step (stmt);
  found = rc == SQLITE_ROW;
  if (found)
    {
      retired_in = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      has_evidence = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not look up the descriptor"));

  if (!found)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No descriptor “%s:%s” in %s"), framework_id, descriptor_id,
                 wm_store_get_path (store));
  else if (retired_in != NULL)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("Descriptor “%s:%s” was dropped by version %s of its framework"),
                 framework_id, descriptor_id, retired_in);
  else if (!has_evidence)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No evidence %lld in %s"), (long long) evidence_id,
                 wm_store_get_path (store));
  else
    return TRUE;
  return FALSE;
}

/**
 * wm_evidence_attach:
 *
 * Attaches evidence to a descriptor. Attaching it again after
 * wm_evidence_detach() is the undo: the same row comes back. Attaching what is
 * already attached changes nothing.
 */
gboolean
wm_evidence_attach (WmStore     *store,
                    const char  *framework_id,
                    const char  *descriptor_id,
                    gint64       evidence_id,
                    const char  *author,
                    GError     **error)
{
  g_autofree char *stamp = wm_evidence_now ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (framework_id != NULL && descriptor_id != NULL, FALSE);
  g_return_val_if_fail (author != NULL, FALSE);

  if (!wm_store_begin (store, error))
    return FALSE;

  if (!check_target (store, framework_id, descriptor_id, evidence_id, error))
    goto failed;

  stmt = wm_store_prepare (store,
    "INSERT INTO descriptor_evidence (framework_id, descriptor_id, evidence_id, "
    "                                 attached_by, attached_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (framework_id, descriptor_id, evidence_id) DO UPDATE SET "
    "  attached_by = excluded.attached_by, attached_at = excluded.attached_at, removed_at = NULL "
    "WHERE removed_at IS NOT NULL", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, evidence_id);
  sqlite3_bind_text (stmt, 4, author, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, stamp, -1, SQLITE_TRANSIENT);
  if (!wm_store_step_done (store, stmt, error) || !wm_store_commit (store, error))
    goto failed;
  wm_store_emit_changed (store, "evidence", framework_id);
  return TRUE;

failed:
  wm_store_rollback (store);
  return FALSE;
}

/* Runs an UPDATE bound by the caller in its own transaction; fails with
 * @missing (already formatted) when it matched no row. */
static gboolean
run_update (WmStore       *store,
            sqlite3_stmt  *stmt,
            const char    *missing,
            GError       **error)
{
  if (!wm_store_step_done (store, stmt, error))
    goto failed;

  if (sqlite3_changes (wm_store_get_db (store)) == 0)
    {
      g_set_error_literal (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND, missing);
      goto failed;
    }

  if (!wm_store_commit (store, error))
    goto failed;
  wm_store_emit_changed (store, "evidence", NULL);
  return TRUE;

failed:
  wm_store_rollback (store);
  return FALSE;
}

/**
 * wm_evidence_detach:
 *
 * Takes evidence off a descriptor. The attachment is marked removed, never
 * deleted: wm_evidence_attach() brings it back, and the evidence itself stays
 * in the school file for other descriptors.
 */
gboolean
wm_evidence_detach (WmStore     *store,
                    const char  *framework_id,
                    const char  *descriptor_id,
                    gint64       evidence_id,
                    GError     **error)
{
  g_autofree char *stamp = wm_evidence_now ();
  g_autofree char *missing = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (framework_id != NULL && descriptor_id != NULL, FALSE);

  if (!wm_store_begin (store, error))
    return FALSE;

  stmt = wm_store_prepare (store,
    "UPDATE descriptor_evidence SET removed_at = ?4 "
    "WHERE framework_id = ?1 AND descriptor_id = ?2 AND evidence_id = ?3 "
    "  AND removed_at IS NULL", error);
  if (stmt == NULL)
    {
      wm_store_rollback (store);
      return FALSE;
    }

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, descriptor_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, evidence_id);
  sqlite3_bind_text (stmt, 4, stamp, -1, SQLITE_TRANSIENT);

  missing = g_strdup_printf (_("Evidence %lld is not attached to %s:%s"),
                             (long long) evidence_id, framework_id, descriptor_id);
  return run_update (store, stmt, missing, error);
}

gboolean
wm_evidence_rename (WmStore     *store,
                    gint64       evidence_id,
                    const char  *label,
                    GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *missing = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (label));
  if (*trimmed == '\0')
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Evidence %lld needs a name: it cannot be blank"),
                   (long long) evidence_id);
      return FALSE;
    }

  if (!wm_store_begin (store, error))
    return FALSE;

  stmt = wm_store_prepare (store, "UPDATE evidence SET label = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    {
      wm_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, evidence_id);
  sqlite3_bind_text (stmt, 2, trimmed, -1, SQLITE_TRANSIENT);

  missing = g_strdup_printf (_("No evidence %lld in %s"), (long long) evidence_id,
                             wm_store_get_path (store));
  return run_update (store, stmt, missing, error);
}

gboolean
wm_evidence_set_reviewed (WmStore     *store,
                          gint64       evidence_id,
                          gboolean     reviewed,
                          GError     **error)
{
  g_autofree char *missing = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);

  if (!wm_store_begin (store, error))
    return FALSE;

  stmt = wm_store_prepare (store, "UPDATE evidence SET reviewed = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    {
      wm_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, evidence_id);
  sqlite3_bind_int (stmt, 2, reviewed ? 1 : 0);

  missing = g_strdup_printf (_("No evidence %lld in %s"), (long long) evidence_id,
                             wm_store_get_path (store));
  return run_update (store, stmt, missing, error);
}
