/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-bundle"

#include "config.h"

#include "fuzz-common.h"
#include "wm-bundle.h"

/*
 * libFuzzer harness for the summary bundle reader (docs/bundle-format.md), with the same checks
 * as fuzz_round_trip() in fuzz-common.h: any input is read or refused with a message that names
 * the file; a bundle read writes out, what it writes reads again, and a second write gives the
 * very same bytes. The writer is byte-stable: "made_at" and "generator" are copied as read, never
 * made afresh, so nothing needs masking. A critical or a warning is a finding too.
 */

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialised = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(WmBundle) bundle = NULL;
  g_autoptr(WmBundle) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;

  if (!initialised)
    {
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialised = TRUE;
    }

  bundle = wm_bundle_read_bytes (bytes, "fuzz.json", &error);
  if (bundle == NULL)
    {
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz.json"))
        fuzz_fail ("an error that does not name the file", error);
      return 0;
    }

  written = wm_bundle_to_bytes (bundle);
  if (!(again = wm_bundle_read_bytes (written, "written.json", &error)))
    fuzz_fail ("what was written does not read", error);
  rewritten = wm_bundle_to_bytes (again);
  if (!g_bytes_equal (written, rewritten))
    {
      fprintf (stderr, "first:\n%.*s\nsecond:\n%.*s\n",
               (int) g_bytes_get_size (written), (const char *) g_bytes_get_data (written, NULL),
               (int) g_bytes_get_size (rewritten), (const char *) g_bytes_get_data (rewritten, NULL));
      fuzz_fail ("a second round trip changes what is written", NULL);
    }

  return 0;
}
