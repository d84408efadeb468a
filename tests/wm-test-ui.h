/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wm-descriptor-cell.h"
#include "wm-window.h"

G_BEGIN_DECLS

/* Helpers for the tests that drive a real window under Xvfb. */

/* How long a helper waits for the window to answer before it fails the test. */
#define WM_TEST_UI_DEADLINE (20 * G_USEC_PER_SEC)

void              wm_test_ui_wait_for_idle   (void);
GtkWidget        *wm_test_ui_find_widget     (GtkWidget  *root,
                                              GType       type);
void              wm_test_ui_collect_widgets (GtkWidget  *root,
                                              GType       type,
                                              GPtrArray  *found);
GtkWidget        *wm_test_ui_find_with_class (GtkWidget  *root,
                                              const char *css_class);
void              wm_test_ui_collect_cells   (GtkWidget  *root,
                                              GHashTable *ids,
                                              GPtrArray  *cells);
WmDescriptorCell *wm_test_ui_find_cell       (GtkWidget  *root,
                                              const char *descriptor_id);
char             *wm_test_ui_stored_rating   (const char *path,
                                              const char *descriptor_id);
WmWindow         *wm_test_ui_open_window     (const char *path);

GtkWidget        *wm_test_ui_find_toast      (GtkWidget  *root);
const char       *wm_test_ui_toast_text      (GtkWidget  *root);
char             *wm_test_ui_wait_for_toast  (GtkWidget  *root);
void              wm_test_ui_assert_toast_then_dismiss (GtkWidget  *root,
                                                        const char *text);

AdwMessageDialog *wm_test_ui_find_dialog     (const char *heading);
AdwMessageDialog *wm_test_ui_wait_for_dialog (const char *heading);
void              wm_test_ui_click_response  (AdwMessageDialog *dialog,
                                              const char       *label);
GtkWindow        *wm_test_ui_find_chooser    (void);

char             *wm_test_ui_names_in        (const char *dir);

/* A condition wm_test_ui_wait_until() waits for. */
typedef gboolean (*WmTestUiCondition) (gpointer data);

gboolean          wm_test_ui_wait_until      (WmTestUiCondition  done,
                                              gpointer           data);

G_END_DECLS
