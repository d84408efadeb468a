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

GPtrArray *wm_test_cli_collect_args   (const char *first,
                                       va_list     ap);
char      *wm_test_cli_run_ok         (const char *file,
                                       const char *first,
                                       ...) G_GNUC_NULL_TERMINATED;
void       wm_test_cli_assert_refused (const char *file,
                                       const char *message,
                                       const char *first,
                                       ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
