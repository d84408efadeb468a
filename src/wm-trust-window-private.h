/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-trust-window.h"

G_BEGIN_DECLS

/* Shared by the files of WmTrustWindow: wm-trust-window.c (the view), wm-trust-window-add.c
 * (adding summaries) and wm-trust-window-export.c (export and print). */

struct _WmTrustWindow
{
  AdwWindow        parent_instance;

  char            *dir;             /* the trust folder; NULL when opened on files chosen */
  WmTrust         *trust;           /* an export reads it on a worker: changed only while none runs */
  GStrv            framework_ids;   /* in the order of the drop-down */
  guint            n_readers;       /* exports running */
  GPtrArray       *pending;         /* paths to add once no export runs */

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkDropDown     *framework_dropdown;
  GtkStack        *main_stack;
  GtkWidget       *problems_box;
  GtkLabel        *problems_heading;
  GtkListBox      *problems_list;
  GtkWidget       *content_box;
  GtkLabel        *note_label;
  GtkLabel        *chart_error_label;
  GtkLabel        *charts_key_label;
  GtkFlowBox      *charts_box;
  GtkLabel        *table_heading;
  GtkGrid         *table_grid;
  GtkLabel        *key_label;
};

/* wm-trust-window.c */
void  wm_trust_window_toast          (WmTrustWindow *self,
                                      const char    *message);

/* wm-trust-window-add.c */
void  wm_trust_window_refresh        (WmTrustWindow *self);
void  wm_trust_window_add_action     (GtkWidget     *widget,
                                      const char    *action_name,
                                      GVariant      *parameter);

/* wm-trust-window-export.c */
void  wm_trust_window_update_actions (WmTrustWindow *self);
void  wm_trust_window_export_action  (GtkWidget     *widget,
                                      const char    *action_name,
                                      GVariant      *parameter);
void  wm_trust_window_print_action   (GtkWidget     *widget,
                                      const char    *action_name,
                                      GVariant      *parameter);

G_END_DECLS
