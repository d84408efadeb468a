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

/* wm-catalog-read.c */
WmFrameworkDef *wm_catalog_read         (WmStore               *store,
                                         const char            *framework_id,
                                         GError               **error);

G_END_DECLS
