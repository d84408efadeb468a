/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *wm_plain_text_from_html (const char *html);
char *wm_plain_text_to_html   (const char *text);

G_END_DECLS
