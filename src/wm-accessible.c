/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-accessible"

#include "config.h"

#include "wm-accessible.h"

/**
 * wm_accessible_name_drop_down:
 *
 * GTK 4.8 names a GtkDropDown's own button after its type ("GtkToggleButton"), not after the
 * drop-down's label: a screen reader then announces the button without saying what it chooses.
 * The button is labelled by its drop-down, whose label the template gives.
 */
void
wm_accessible_name_drop_down (GtkDropDown *drop_down)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (drop_down));

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  if (button != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    drop_down, NULL, -1);
}
