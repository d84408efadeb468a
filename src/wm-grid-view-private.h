/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-grid-view.h"

G_BEGIN_DECLS

/* Shared by the files of WmGridView: wm-grid-view.c (the type, its model, filter and actions)
 * and wm-grid-view-rows.c (the rows: made empty, filled when in sight). */

struct _WmGridView
{
  GtkWidget     parent_instance;

  WmStore      *store;
  WmGridModel  *model;
  WmDescriptor *selected;
  GMenu        *rating_menu;
  GtkCustomFilter *filter;     /* NULL match: every row */
  GHashTable   *match;         /* from wm_grid_filter_match() */
  char         *author;

  /* wm-grid-view-rows.c */
  GHashTable   *pending;       /* row box -> its GtkListItem: bound, not filled yet */
  GHashTable   *filled;        /* row boxes bound and filled */
  int           row_height[3]; /* by WmGridRowKind: what such rows in sight take, filled */
  gboolean      allocating;

  GtkBox       *column_header;
  GtkListView  *list_view;
};

/* wm-grid-view-rows.c */
void wm_grid_view_rows_class_init  (GtkWidgetClass *widget_class);
void wm_grid_view_rows_init        (WmGridView     *self);
void wm_grid_view_reset_heights    (WmGridView     *self);
void wm_grid_view_rebuild_header   (WmGridView     *self);

G_END_DECLS
