/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-steps-page.h"

G_BEGIN_DECLS

/* Shared by wm-steps-page.c and wm-steps-page-dialogs.c. */

struct _WmStepsPage
{
  GtkWidget        parent_instance;

  WmStore         *store;
  char            *today;        /* YYYY-MM-DD; NULL: the local date */
  GHashTable      *week_counts;  /* week's Monday → steps shown in that week */
  guint            reload_id;

  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkSearchEntry  *search_entry;
  GtkLabel        *term_label;
  GtkListBox      *steps_list;
};

/* What the add form holds: kept when the form opens again to show what was wrong. */
typedef struct {
  const char *who;
  const char *what;
  const char *serves;
  const char *taken_on;
} WmStepDraft;

void  wm_steps_page_show_error     (WmStepsPage       *self,
                                    const char        *message);
char *wm_steps_page_format_date    (const char        *date,
                                    const char        *format);

/* wm-steps-page-dialogs.c */
void  wm_steps_page_open_add_form  (WmStepsPage       *self,
                                    const WmStepDraft *draft,
                                    const char        *problem);
void  wm_steps_page_confirm_delete (WmStepsPage       *self,
                                    gint64             step_id);

G_END_DECLS
