/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-action.h"
#include "wm-store.h"

G_BEGIN_DECLS

typedef enum {
  WM_ACTIONS_BY_DUE,     /* soonest first, undated last */
  WM_ACTIONS_BY_OWNER,   /* by owner (unowned last), then by due date */
} WmActionsOrder;

/* Which actions to list; a zeroed query lists every action by due date. */
typedef struct {
  const char     *framework_id;   /* NULL: every framework */
  const char     *descriptor_id;  /* NULL: any; "8.3g" (in framework_id) or "lqf:8.3g" */
  const char     *owner;          /* NULL: anyone; matched ignoring ASCII case */
  gboolean        open_only;      /* planned and under way only */
  WmActionsOrder  order;
} WmActionQuery;

gint64      wm_actions_add                   (WmStore            *store,
                                              const char         *framework_id,
                                              const char * const *descriptor_names,
                                              const char         *title,
                                              const char         *owner,
                                              const char         *due_on,
                                              const char         *target_rating,
                                              const char         *author,
                                              GError            **error);
WmAction   *wm_actions_get                   (WmStore            *store,
                                              gint64              id,
                                              GError            **error);
GListModel *wm_actions_list                  (WmStore            *store,
                                              const WmActionQuery *query,
                                              GError            **error);
GStrv       wm_actions_descriptors_with_open (WmStore            *store,
                                              const char         *framework_id,
                                              GError            **error);

gboolean    wm_actions_set_title             (WmStore            *store,
                                              gint64              id,
                                              const char         *title,
                                              GError            **error);
gboolean    wm_actions_set_owner             (WmStore            *store,
                                              gint64              id,
                                              const char         *owner,
                                              GError            **error);
gboolean    wm_actions_set_due               (WmStore            *store,
                                              gint64              id,
                                              const char         *due_on,
                                              GError            **error);
gboolean    wm_actions_set_target            (WmStore            *store,
                                              gint64              id,
                                              const char         *target_rating,
                                              GError            **error);
gboolean    wm_actions_set_status            (WmStore            *store,
                                              gint64              id,
                                              const char         *status,
                                              GError            **error);
gboolean    wm_actions_set_notes             (WmStore            *store,
                                              gint64              id,
                                              const char         *notes,
                                              GError            **error);

G_END_DECLS
