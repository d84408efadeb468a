/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define WM_STORE_ERROR (wm_store_error_quark ())

typedef enum {
  WM_STORE_ERROR_FAILED,       /* SQLite said no; the message says why */
  WM_STORE_ERROR_NOT_SCHOOL,   /* not a database, or a database that is not a school file */
  WM_STORE_ERROR_NEWER,        /* written by a newer Waymark: refused, left untouched */
  WM_STORE_ERROR_CORRUPT,      /* SQLite reports the file damaged */
  WM_STORE_ERROR_NOT_FOUND,    /* no such framework, descriptor or rating */
  WM_STORE_ERROR_AMBIGUOUS,    /* a bare descriptor id that several frameworks have */
  WM_STORE_ERROR_EXISTS,       /* a framework with that id is already installed */
  WM_STORE_ERROR_READ_ONLY,
  WM_STORE_ERROR_FULL,
} WmStoreError;

/* The schema version this Waymark writes; see wm-migrations.c. */
#define WM_STORE_SCHEMA_VERSION 5

#define WM_TYPE_STORE (wm_store_get_type ())
G_DECLARE_FINAL_TYPE (WmStore, wm_store, WM, STORE, GObject)

GQuark       wm_store_error_quark       (void);
char        *wm_store_default_path      (void);
WmStore     *wm_store_open              (const char  *path,
                                         GError     **error);
const char  *wm_store_get_path          (WmStore     *self);
gboolean     wm_store_was_created       (WmStore     *self);
int          wm_store_get_schema_version (WmStore    *self);
void         wm_store_close             (WmStore     *self);

G_END_DECLS
