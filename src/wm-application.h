/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WM_TYPE_APPLICATION (wm_application_get_type ())
G_DECLARE_FINAL_TYPE (WmApplication, wm_application, WM, APPLICATION, AdwApplication)

WmApplication *wm_application_new (void);

G_END_DECLS
