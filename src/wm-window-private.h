/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-chart-page.h"
#include "wm-detail-pane.h"
#include "wm-filter-bar.h"
#include "wm-grid-view.h"
#include "wm-window.h"

G_BEGIN_DECLS

/* Shared by the files of WmWindow: wm-window.c and wm-window-io.c. */
struct _WmWindow
{
  AdwApplicationWindow  parent_instance;

  WmStore              *store;
  char                 *error_message;
  GSettings            *settings;
  GtkSingleSelection   *selection;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkListView          *sidebar_list;
  AdwViewSwitcherTitle *content_title;
  AdwViewStack         *view_stack;
  WmGridView           *grid_view;
  WmChartPage          *chart_page;
  AdwFlap              *detail_flap;
  WmFilterBar          *filter_bar;
  GtkToggleButton      *search_button;
  GtkWidget            *details_button;

  /* wm-window-undo.c */
  GPtrArray            *undo_stack;
  AdwToast             *undo_toast;
  gboolean              undoing;
  WmDetailPane         *detail_pane;

  /* wm-window-backup.c */
  char                 *school_path;   /* shown, or that could not be opened */
  GtkWidget            *restore_button;
  GCancellable         *cancellable;
  struct _WmBackupJob  *backup_job;    /* today's backup, while it is being made */
};

void wm_window_show_toast        (WmWindow    *self,
                                  const char  *message);
void wm_window_toast_class_init  (GtkWidgetClass *widget_class);
void wm_window_io_class_init     (GtkWidgetClass *widget_class);
void wm_window_io_init           (WmWindow    *self);
void wm_window_io_update_actions (WmWindow    *self);
void wm_window_undo_class_init   (GtkWidgetClass *widget_class);
void wm_window_snapshots_class_init (GtkWidgetClass *widget_class);
void wm_window_report_class_init (GtkWidgetClass *widget_class);
void wm_window_planner_class_init (GtkWidgetClass *widget_class);
void wm_window_planner_announce (WmWindow       *self);
void wm_window_report_update_actions (WmWindow   *self);
void wm_window_undo_init         (WmWindow    *self);
void wm_window_undo_watch        (WmWindow    *self);
void wm_window_backup_class_init (GtkWidgetClass *widget_class);
void wm_window_share_class_init  (GtkWidgetClass *widget_class);
void wm_window_trust_class_init  (GtkWidgetClass *widget_class);
void wm_window_share_summary_to  (WmWindow    *self,
                                  GFile       *file,
                                  const char * const *names);
void wm_window_export_copy_to    (WmWindow    *self,
                                  GFile       *file);
void wm_window_backup_start      (WmWindow    *self);
void wm_window_backup_offer_restore (WmWindow *self);
void wm_window_backup_dispose    (WmWindow    *self);

G_END_DECLS
