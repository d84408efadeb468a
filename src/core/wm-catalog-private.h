/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-catalog.h"

G_BEGIN_DECLS

/* Shared by the files of the catalog: wm-catalog.c and wm-catalog-upgrade.c. */
gboolean wm_catalog_write_tree (WmStore               *store,
                                const WmFrameworkDef  *def,
                                GError               **error);

G_END_DECLS
