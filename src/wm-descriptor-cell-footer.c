/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-descriptor-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-descriptor-cell-private.h"
#include "wm-evidence.h"
#include "wm-evidence-attach.h"

/*
 * A descriptor cell's footer: how many evidence items its descriptor has (following the
 * store's "changed::evidence"), whether it has a note, and the progress of files dropped on
 * the cell, which are attached to its descriptor.
 */

/* The footer shows only what there is: no empty line under every cell. */
static void
update_footer (WmDescriptorCell *self)
{
  gtk_widget_set_visible (self->footer,
                          gtk_widget_get_visible (self->evidence_box) ||
                          gtk_widget_get_visible (self->note_icon) ||
                          gtk_widget_get_visible (self->progress_bar));
}

static void
update_evidence (WmDescriptorCell *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  g_autofree char *description = NULL;
  guint n = 0;

  if (self->store != NULL)
    n = wm_evidence_count (self->store, wm_descriptor_get_framework_id (self->descriptor),
                           wm_descriptor_get_id (self->descriptor), &error);
  if (error != NULL)
    g_debug ("Could not count the evidence of %s: %s", wm_descriptor_get_id (self->descriptor), error->message);

  count = g_strdup_printf ("%u", n);
  description = g_strdup_printf (ngettext ("%u evidence item", "%u evidence items", n), n);
  gtk_label_set_label (self->evidence_label, count);
  /* Hidden without evidence: a cell made with none needs no tooltip (query_tooltip_cb). */
  if (n > 0 || gtk_widget_get_has_tooltip (self->evidence_box))
    gtk_widget_set_tooltip_text (self->evidence_box, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->evidence_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_widget_set_visible (self->evidence_box, n > 0);
  update_footer (self);
}

static void
evidence_changed_cb (WmDescriptorCell *self,
                     const char       *framework_id,
                     WmStore          *store)
{
  if (framework_id == NULL || g_str_equal (framework_id, wm_descriptor_get_framework_id (self->descriptor)))
    update_evidence (self);
}

static void
update_note (WmDescriptorCell *self)
{
  const char *note = wm_descriptor_get_note (self->descriptor);

  gtk_widget_set_visible (self->note_icon, note != NULL && *note != '\0');
  update_footer (self);
}

static gboolean
drop_cb (GtkDropTarget    *target,
         const GValue     *value,
         double            x,
         double            y,
         WmDescriptorCell *self)
{
  g_autoptr(GSList) files = gdk_file_list_get_files (g_value_get_boxed (value));

  if (files == NULL || self->store == NULL)
    return FALSE;

  wm_evidence_attach_files_async (GTK_WIDGET (self), self->store,
                                  wm_descriptor_get_framework_id (self->descriptor),
                                  wm_descriptor_get_id (self->descriptor),
                                  files, GTK_PROGRESS_BAR (self->progress_bar), NULL, NULL, NULL);
  return TRUE;
}

/* From the cell's init: files dropped on the cell, and the footer shown while they are copied in. */
void
wm_descriptor_cell_footer_init (WmDescriptorCell *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  g_signal_connect_object (self->progress_bar, "notify::visible",
                           G_CALLBACK (update_footer), self, G_CONNECT_SWAPPED);
}

/* Shows the descriptor's evidence count and note, and follows their changes. */
void
wm_descriptor_cell_footer_show (WmDescriptorCell *self)
{
  update_evidence (self);
  update_note (self);

  g_signal_connect_object (self->descriptor, "notify::note",
                           G_CALLBACK (update_note), self, G_CONNECT_SWAPPED);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed::evidence",
                             G_CALLBACK (evidence_changed_cb), self, G_CONNECT_SWAPPED);
}
