/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-framework"

#include "config.h"

#include "fuzz-common.h"
#include "wm-framework-loader.h"
#include "wm-framework-writer.h"

/* libFuzzer harness for Waymark's own framework format (see fuzz-common.h). */

static GBytes *
write_json (const WmFrameworkDef  *def,
            GError               **error)
{
  return wm_framework_write_json (def);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  return fuzz_round_trip (data, size, "fuzz.json", wm_framework_load_bytes, write_json, NULL);
}
