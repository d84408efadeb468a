/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-framework"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "wm-framework-loader.h"

/*
 * libFuzzer harness for Waymark's own framework format: any input either
 * loads or fails with a message naming the file; never a crash, a leak, a
 * critical or a warning.
 */

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialised = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WmFrameworkDef) def = NULL;

  if (!initialised)
    {
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialised = TRUE;
    }

  bytes = g_bytes_new (data, size);
  def = wm_framework_load_bytes (bytes, "fuzz.json", &error);
  if (def == NULL &&
      (error == NULL || error->message == NULL || !g_str_has_prefix (error->message, "fuzz.json")))
    abort ();

  return 0;
}
