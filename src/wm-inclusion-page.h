/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-store.h"

G_BEGIN_DECLS

#define WM_TYPE_INCLUSION_PAGE (wm_inclusion_page_get_type ())
G_DECLARE_FINAL_TYPE (WmInclusionPage, wm_inclusion_page, WM, INCLUSION_PAGE, GtkWidget)

void     wm_inclusion_page_set_store          (WmInclusionPage *self,
                                               WmStore         *store);
gint64   wm_inclusion_page_get_cohort_id      (WmInclusionPage *self);
void     wm_inclusion_page_select_cohort      (WmInclusionPage *self,
                                               gint64           cohort_id);
gint64   wm_inclusion_page_get_pupil_id       (WmInclusionPage *self);
void     wm_inclusion_page_select_pupil       (WmInclusionPage *self,
                                               gint64           pupil_id);

/* The save paths the dialogs take, without the dialogs: for the tests. */
gint64   wm_inclusion_page_add_pupil_for_test   (WmInclusionPage *self,
                                                 const char      *initials);
gboolean wm_inclusion_page_erase_pupil_for_test (WmInclusionPage *self,
                                                 gint64           pupil_id);
gboolean wm_inclusion_page_erase_cohort_for_test (WmInclusionPage *self,
                                                  gint64           cohort_id);

G_END_DECLS
