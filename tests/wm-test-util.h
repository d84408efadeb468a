/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Helpers shared by the test programs: temporary folders and raw looks at files. */

/* A fixture: a temporary folder and the path of a school file in it (not yet created). */
typedef struct {
  char *dir;
  char *path;
} WmTestSchool;

void     wm_test_school_set_up    (WmTestSchool  *school,
                                   gconstpointer  data);
void     wm_test_school_tear_down (WmTestSchool  *school,
                                   gconstpointer  data);

char    *wm_test_make_dir     (const char *template_name);
void     wm_test_remove_tree  (const char *path);
GBytes  *wm_test_read_bytes   (const char *path);
void     wm_test_assert_same_bytes (GBytes *before,
                                    GBytes *after);
void     wm_test_sqlite_exec  (const char *path,
                               const char *sql);
int      wm_test_sqlite_int   (const char *path,
                               const char *sql);

void     wm_test_done          (gboolean             ok,
                                GError             **error);
gint64   wm_test_made          (gint64               id,
                                GError             **error);
gboolean wm_test_bytes_contain (GBytes              *bytes,
                                const char          *word);

gboolean wm_test_have_programs (const char * const *names);
gboolean wm_test_have_poppler  (void);
char    *wm_test_run_program   (const char * const *argv);

G_END_DECLS
