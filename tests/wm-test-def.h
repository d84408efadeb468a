/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-framework-writer.h"

G_BEGIN_DECLS

/* Two frameworks are the same when their normal forms, which carry every field
 * of a definition, are the same text; a failure shows both. */
static inline void
wm_test_assert_defs_equal (const WmFrameworkDef *a,
                           const WmFrameworkDef *b)
{
  g_autoptr(GBytes) bytes_a = wm_framework_write_json (a);
  g_autoptr(GBytes) bytes_b = wm_framework_write_json (b);

  g_assert_cmpstr (g_bytes_get_data (bytes_a, NULL), ==, g_bytes_get_data (bytes_b, NULL));
}

G_END_DECLS
