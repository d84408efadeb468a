/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What wm-actions.c, wm-actions-list.c and wm-actions-update.c share. */

#include "wm-actions.h"

G_BEGIN_DECLS

char     *wm_actions_now_stamp          (void);
gboolean  wm_actions_check_framework    (WmStore     *store,
                                         const char  *framework_id,
                                         GError     **error);
gboolean  wm_actions_set_not_found      (WmStore     *store,
                                         gint64       id,
                                         GError     **error);
gboolean  wm_actions_resolve_descriptor (WmStore     *store,
                                         const char  *framework_id,
                                         const char  *name,
                                         char       **fw,
                                         char       **id,
                                         GError     **error);
gboolean  wm_actions_check_due          (const char  *text,
                                         GError     **error);
gboolean  wm_actions_resolve_target     (WmStore     *store,
                                         const char  *framework_id,
                                         const char  *name,
                                         char       **rating_id,
                                         GError     **error);

G_END_DECLS
