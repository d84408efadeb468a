/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-descriptor-cell.h"

G_BEGIN_DECLS

/* Shared by the files of WmDescriptorCell: wm-descriptor-cell.c (the cell, its rating and
 * tooltips) and wm-descriptor-cell-footer.c (the evidence count, the note, dropped files). */

struct _WmDescriptorCell
{
  GtkWidget      parent_instance;

  WmDescriptor  *descriptor;
  WmStore       *store;
  char          *level_name;
  guint          n_ratings;
  GMenuModel    *rating_menu;
  char          *rating_class;

  GtkLabel      *id_label;
  GtkLabel      *text_label;
  GtkMenuButton *rating_button;
  GtkLabel      *rating_label;

  /* wm-descriptor-cell-footer.c */
  GtkWidget     *footer;
  GtkWidget     *evidence_box;
  GtkLabel      *evidence_label;
  GtkWidget     *note_icon;
  GtkWidget     *progress_bar;
};

/* wm-descriptor-cell-footer.c */
void wm_descriptor_cell_footer_init (WmDescriptorCell *self);
void wm_descriptor_cell_footer_show (WmDescriptorCell *self);

G_END_DECLS
