/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wm-store.h"

G_BEGIN_DECLS

void  wm_evidence_attach_files_async  (GtkWidget           *widget,
                                       WmStore             *store,
                                       const char          *framework_id,
                                       const char          *descriptor_id,
                                       GSList              *files,
                                       GtkProgressBar      *progress,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
guint wm_evidence_attach_files_finish (GtkWidget           *widget,
                                       GAsyncResult        *result,
                                       GError             **error);
void  wm_evidence_attach_toast        (GtkWidget           *widget,
                                       const char          *message);

G_END_DECLS
