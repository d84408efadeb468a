/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-moodle"

#include "config.h"

#include "fuzz-common.h"
#include "wm-moodle.h"

/* libFuzzer harness for the Moodle competency framework CSV (see fuzz-common.h). */

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  return fuzz_round_trip (data, size, "fuzz.csv", wm_moodle_import, wm_moodle_export, wm_moodle_sniff);
}
