/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-mahara"

#include "config.h"

#include "fuzz-common.h"
#include "wm-mahara.h"
#include "wm-plain-text.h"

/*
 * libFuzzer harness for the Mahara SmartEvidence importer (see fuzz-common.h),
 * and for the HTML to plain text conversion it uses: plain text must survive a
 * trip through HTML unchanged.
 */

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
      fprintf (stderr, "plain text does not survive HTML: \"%s\" gives \"%s\"\n", plain, again);
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  check_plain_text (data, size);
  return fuzz_round_trip (data, size, "fuzz.matrix", wm_mahara_import, wm_mahara_export, wm_mahara_sniff);
}
