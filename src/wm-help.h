/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WM_HELP_URI "help:waymark"

void  wm_help_show       (GtkWindow *parent);
char *wm_help_find_pages (void);

G_END_DECLS
