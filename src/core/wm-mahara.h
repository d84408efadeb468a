/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-framework-def.h"

G_BEGIN_DECLS

/* What an imported Mahara framework names as its source. */
#define WM_MAHARA_SOURCE "Mahara SmartEvidence matrix"

gboolean        wm_mahara_sniff   (GBytes               *bytes);
WmFrameworkDef *wm_mahara_import  (GBytes               *bytes,
                                   const char           *name,
                                   GError              **error);
GBytes         *wm_mahara_export  (const WmFrameworkDef *def,
                                   GError              **error);

G_END_DECLS
