/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the metainfo says (data/org.waymark.Waymark.metainfo.xml.in.in); tests/test-welcome.c
 * checks that the two agree. */
#define WM_ABOUT_WEBSITE   "https://github.com/waymark/waymark"
#define WM_ABOUT_ISSUE_URL "https://github.com/waymark/waymark/issues"

GtkWidget *wm_about_window_new    (GtkWindow *parent);
char      *wm_about_release_notes (void);

G_END_DECLS
