/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-store.h"

G_BEGIN_DECLS

/* Every framework's rating outside its scale; it needs a reason, and scores leave it out. */
#define WM_RATING_NOT_APPLICABLE "not-applicable"

gboolean    wm_judgements_resolve_descriptor (WmStore     *store,
                                              const char  *name,
                                              char       **framework_id,
                                              char       **descriptor_id,
                                              GError     **error);
char       *wm_judgements_resolve_rating     (WmStore     *store,
                                              const char  *framework_id,
                                              const char  *name,
                                              GError     **error);
gboolean    wm_judgements_rate               (WmStore     *store,
                                              const char  *framework_id,
                                              const char  *descriptor_id,
                                              const char  *rating_id,
                                              const char  *note,
                                              const char  *author,
                                              GError     **error);
gboolean    wm_judgements_lookup             (WmStore     *store,
                                              const char  *framework_id,
                                              const char  *descriptor_id,
                                              char       **rating_id,
                                              char       **rating_name,
                                              guint       *rating_position,
                                              char       **note,
                                              GError     **error);
GListModel *wm_judgements_history            (WmStore     *store,
                                              const char  *framework_id,
                                              const char  *descriptor_id,
                                              GError     **error);
gboolean    wm_judgements_last_change        (WmStore     *store,
                                              const char  *framework_id,
                                              const char  *descriptor_id,
                                              gint64      *change_id,
                                              GError     **error);
gboolean    wm_judgements_undo               (WmStore     *store,
                                              const char  *framework_id,
                                              const char  *descriptor_id,
                                              gint64       change_id,
                                              const char  *author,
                                              GError     **error);
char       *wm_judgements_default_author     (void);

G_END_DECLS
