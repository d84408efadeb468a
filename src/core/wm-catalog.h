/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wm-framework-def.h"
#include "wm-store.h"

G_BEGIN_DECLS

gboolean    wm_catalog_install          (WmStore               *store,
                                         const WmFrameworkDef  *def,
                                         GError               **error);
GListModel *wm_catalog_list             (WmStore               *store,
                                         GError               **error);
guint       wm_catalog_count_judged     (WmStore               *store,
                                         const char            *framework_id,
                                         GError               **error);
GStrv       wm_catalog_bundled_ids      (void);
WmFrameworkDef *wm_catalog_load_bundled (const char            *id,
                                         GError               **error);
gboolean    wm_catalog_install_bundled  (WmStore               *store,
                                         GError               **error);
WmStore    *wm_catalog_open_school      (const char            *path,
                                         GError               **error);

/* What installing a new version of a framework changes, for the school to review. */
typedef struct {
  char      *framework_id;
  char      *from_version;
  char      *to_version;
  GPtrArray *added;       /* descriptor ids new in this version (or back from retirement) */
  GPtrArray *removed;     /* descriptor ids it drops: retired, kept with their judgements */
  GPtrArray *reworded;    /* descriptor ids whose text changed */
  guint      n_removed_judged;  /* of the removed, how many had been judged */
} WmFrameworkChanges;

void                wm_framework_changes_free  (WmFrameworkChanges    *changes);
gboolean            wm_framework_changes_empty (const WmFrameworkChanges *changes);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmFrameworkChanges, wm_framework_changes_free)

/* wm-catalog-upgrade.c */
WmFrameworkChanges *wm_catalog_compare         (WmStore               *store,
                                                const WmFrameworkDef  *def,
                                                GError               **error);
WmFrameworkChanges *wm_catalog_upgrade         (WmStore               *store,
                                                const WmFrameworkDef  *def,
                                                GError               **error);
gboolean            wm_catalog_has             (WmStore               *store,
                                                const char            *framework_id,
                                                gboolean              *has,
                                                GError               **error);

/* wm-catalog-read.c */
WmFrameworkDef *wm_catalog_read         (WmStore               *store,
                                         const char            *framework_id,
                                         GError               **error);
GPtrArray      *wm_catalog_read_fields  (WmStore               *store,
                                         const char            *framework_id,
                                         const char            *descriptor_id,
                                         GError               **error);

G_END_DECLS
