/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WM_TYPE_WELCOME_PAGE (wm_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (WmWelcomePage, wm_welcome_page, WM, WELCOME_PAGE, AdwBin)

const char *wm_welcome_page_get_school_name (WmWelcomePage *self);
void        wm_welcome_page_set_school_name (WmWelcomePage *self,
                                             const char    *name);
void        wm_welcome_page_set_busy        (WmWelcomePage *self,
                                             gboolean       busy);

G_END_DECLS
