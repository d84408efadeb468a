/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "wm-framework-def.h"

/*
 * What every importer's harness checks: any input either imports or fails
 * with a message that names the file; what imports exports, the export
 * imports again, and a second export gives the very same bytes. A critical or
 * a warning is a finding too.
 */

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

typedef WmFrameworkDef *(*FuzzImport) (GBytes *bytes, const char *name, GError **error);
typedef GBytes *(*FuzzExport) (const WmFrameworkDef *def, GError **error);
typedef gboolean (*FuzzSniff) (GBytes *bytes);

static inline void
fuzz_fail (const char *what,
           GError     *error)
{
  fprintf (stderr, "%s%s%s\n", what, error ? ": " : "", error ? error->message : "");
  abort ();
}

static inline int
fuzz_round_trip (const uint8_t *data,
                 size_t         size,
                 const char    *name,
                 FuzzImport     import,
                 FuzzExport     export,
                 FuzzSniff      sniff)
{
  static gboolean initialised = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(WmFrameworkDef) def = NULL;
  g_autoptr(WmFrameworkDef) again = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) reexported = NULL;

  if (!initialised)
    {
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialised = TRUE;
    }

  if (sniff != NULL)
    (void) sniff (bytes);

  def = import (bytes, name, &error);
  if (def == NULL)
    {
      if (error == NULL || !g_str_has_prefix (error->message, name))
        fuzz_fail ("an error that does not name the file", error);
      return 0;
    }

  if (!(exported = export (def, &error)))
    fuzz_fail ("export failed", error);
  if (sniff != NULL && !sniff (exported))
    fuzz_fail ("the export is not recognised as its own format", NULL);
  if (!(again = import (exported, "exported", &error)))
    fuzz_fail ("the export does not import", error);
  if (!(reexported = export (again, &error)))
    fuzz_fail ("a second export failed", error);
  if (!g_bytes_equal (exported, reexported))
    fuzz_fail ("a second round trip changes the export", NULL);

  return 0;
}
