/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-store.h"

G_BEGIN_DECLS

/* The school's own details, kept in the school file's `school` key-value table. */

/* The longest school name, in characters. */
#define WM_SCHOOL_NAME_MAX 200

char     *wm_school_get_name (WmStore     *store,
                              GError     **error);
gboolean  wm_school_set_name (WmStore     *store,
                              const char  *name,
                              GError     **error);

/* The file's own random identity: the UIDs of its calendars end with it, and a trust tells its
 * summaries apart by it, whatever the school is called. */
char     *wm_school_get_id   (WmStore     *store,
                              GError     **error);

/* Yes-or-no facts about the file, under keys of their own. */
#define WM_SCHOOL_FLAG_WELCOMED "welcomed"   /* the welcome page was seen through */

gboolean  wm_school_get_flag (WmStore     *store,
                              const char  *key,
                              gboolean    *value,
                              GError     **error);
gboolean  wm_school_set_flag (WmStore     *store,
                              const char  *key,
                              gboolean     value,
                              GError     **error);

G_END_DECLS
