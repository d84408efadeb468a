/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-mahara"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "wm-mahara.h"
#include "wm-plain-text.h"

/*
 * libFuzzer harness for the Mahara SmartEvidence importer. Any input either
 * imports or fails with a message; what imports must export, and the export
 * must import again and export to the very same bytes. A critical or a
 * warning is a finding too.
 */

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_plain_text (const uint8_t *data,
                  size_t         size)
{
  g_autofree char *html = g_strndup ((const char *) data, size);
  g_autofree char *plain = wm_plain_text_from_html (html);
  g_autofree char *back = wm_plain_text_to_html (plain);
  g_autofree char *again = wm_plain_text_from_html (back);

  if (!g_str_equal (plain, again))
    {
      g_printerr ("plain text does not survive HTML: \"%s\" gives \"%s\"\n", plain, again);
      abort ();
    }
}

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

  check_plain_text (data, size);
  bytes = g_bytes_new (data, size);
  (void) wm_mahara_sniff (bytes);

  def = wm_mahara_import (bytes, "fuzz.matrix", &error);
  if (def == NULL)
    {
      if (error == NULL || error->message == NULL || !g_str_has_prefix (error->message, "fuzz.matrix"))
        abort ();
      return 0;
    }

  exported = wm_mahara_export (def, &error);
  if (exported == NULL)
    {
      g_printerr ("export failed: %s\n", error->message);
      abort ();
    }
  if (!wm_mahara_sniff (exported))
    abort ();

  again = wm_mahara_import (exported, "exported.matrix", &error);
  if (again == NULL)
    {
      g_printerr ("the export does not import: %s\n", error->message);
      abort ();
    }

  reexported = wm_mahara_export (again, &error);
  if (reexported == NULL || !g_bytes_equal (exported, reexported))
    {
      g_printerr ("a second round trip changes the export\n");
      abort ();
    }

  return 0;
}
