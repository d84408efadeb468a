/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void wm_accessible_name_drop_down (GtkDropDown *drop_down);

G_END_DECLS
