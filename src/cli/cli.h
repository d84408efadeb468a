/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-import.h"
#include "wm-store.h"

G_BEGIN_DECLS

/* Exit status of every failed command: the message is on stderr, nothing was written. */
#define CLI_EXIT_ERROR 2

int cli_fail        (GError     *error);

/* cli-judging.c */
int cli_frameworks  (WmStore    *store);
int cli_show        (WmStore    *store,
                     const char *framework_id);
int cli_rate        (WmStore    *store,
                     const char *name,
                     const char *rating,
                     const char *note);
int cli_history     (WmStore    *store,
                     const char *name);

/* cli-framework.c */
int cli_import      (WmStore    *store,
                     const char *path,
                     WmFormat    format,
                     gboolean    dry_run);
int cli_export      (WmStore    *store,
                     const char *framework_id,
                     WmFormat    format,
                     const char *out);

G_END_DECLS
