/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The SQLite connection is the core's own business: only files of src/core include this. */

#include <sqlite3.h>

#include "wm-store.h"

G_BEGIN_DECLS

sqlite3      *wm_store_get_db        (WmStore     *self);
sqlite3_stmt *wm_store_prepare       (WmStore     *self,
                                      const char  *sql,
                                      GError     **error);
gboolean      wm_store_run           (WmStore     *self,
                                      const char  *sql,
                                      GError     **error,
                                      int          n_values,
                                      ...);
gboolean      wm_store_exec          (WmStore     *self,
                                      const char  *sql,
                                      GError     **error);
gboolean      wm_store_step_done     (WmStore     *self,
                                      sqlite3_stmt *stmt,
                                      GError     **error);
gboolean      wm_store_begin         (WmStore     *self,
                                      GError     **error);
gboolean      wm_store_commit        (WmStore     *self,
                                      GError     **error);
void          wm_store_rollback      (WmStore     *self);
gboolean      wm_store_set_error     (WmStore     *self,
                                      int          rc,
                                      GError     **error,
                                      const char  *what);
void          wm_store_emit_judgement_changed (WmStore    *self,
                                               const char *framework_id,
                                               const char *descriptor_id);
void          wm_store_emit_frameworks_changed (WmStore   *self);
void          wm_store_emit_changed  (WmStore     *self,
                                      const char  *what,
                                      const char  *framework_id);

/* For tests: the SQL of every statement prepared (and cached) since the file was opened,
 * sorted; tests/test-query-plans.c asks SQLite how it would run each one. */
GPtrArray    *wm_store_dup_statement_sql (WmStore   *self);

/* wm-migrations.c */
gboolean      wm_migrations_run      (WmStore     *self,
                                      int          from_version,
                                      GError     **error);

/* Text of column @col, never NULL. */
static inline const char *
wm_column_text (sqlite3_stmt *stmt,
                int           col)
{
  const unsigned char *text = sqlite3_column_text (stmt, col);
  return text ? (const char *) text : "";
}

G_END_DECLS
