/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-window.h"

G_BEGIN_DECLS

/* wm-window-welcome.c: the welcome page of a new school file, for WmWindow. */
void wm_window_welcome_class_init (GtkWidgetClass *widget_class);
void wm_window_welcome_init       (WmWindow       *self);

G_END_DECLS
