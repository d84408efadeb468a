/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int   wm_test_run_cli_argv (const char         *data_home,
                            const char         *file,
                            const char * const *args,
                            char              **out,
                            char              **err);
int   wm_test_run_cli      (const char         *file,
                            char              **out,
                            char              **err,
                            ...) G_GNUC_NULL_TERMINATED;
char *wm_test_cli_ok       (const char         *file,
                            const char         *a,
                            const char         *b,
                            const char         *c);

G_END_DECLS
