/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-moodle"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "wm-moodle.h"

/*
 * libFuzzer harness for the Moodle competency framework CSV. Any input either
 * imports or fails with a message naming the file; what imports must export,
 * the export must import again, and that must export to the very same bytes.
 * A crash, a leak, a critical or a warning is a finding.
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
  g_autoptr(WmFrameworkDef) again = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) reexported = NULL;

  if (!initialised)
    {
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialised = TRUE;
    }

  bytes = g_bytes_new (data, size);
  (void) wm_moodle_sniff (bytes);

  def = wm_moodle_import (bytes, "fuzz.csv", &error);
  if (def == NULL)
    {
      if (error == NULL || error->message == NULL || !g_str_has_prefix (error->message, "fuzz.csv:"))
        abort ();
      return 0;
    }

  exported = wm_moodle_export (def, &error);
  if (exported == NULL)
    {
      g_printerr ("export failed: %s\n", error->message);
      abort ();
    }
  if (!wm_moodle_sniff (exported))
    abort ();

  again = wm_moodle_import (exported, "exported.csv", &error);
  if (again == NULL)
    {
      g_printerr ("the export does not import: %s\n", error->message);
      abort ();
    }

  reexported = wm_moodle_export (again, &error);
  if (reexported == NULL || !g_bytes_equal (exported, reexported))
    {
      g_printerr ("a second round trip changes the export\n");
      abort ();
    }

  return 0;
}
