/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "wm-framework-def.h"

G_BEGIN_DECLS

GBytes *wm_framework_write_json (const WmFrameworkDef *def);

G_END_DECLS
