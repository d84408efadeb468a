/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-welcome-page.h"

/*
 * The first thing a new school file shows: what Waymark does, in three sentences, the school's
 * name, and the two ways in. Its buttons are the window's actions (win.welcome-start and
 * win.welcome-demo, in wm-window-welcome.c); the page only holds what they read.
 */

struct _WmWelcomePage
{
  AdwBin         parent_instance;

  AdwStatusPage *status_page;
  AdwEntryRow   *name_row;
  GtkSpinner    *demo_spinner;
};

G_DEFINE_FINAL_TYPE (WmWelcomePage, wm_welcome_page, ADW_TYPE_BIN)

/* Enter in the name starts, as the suggested button does. */
static void
name_activated_cb (WmWelcomePage *self,
                   AdwEntryRow   *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.welcome-start", NULL);
}

static void
wm_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), WM_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (wm_welcome_page_parent_class)->dispose (object);
}

static void
wm_welcome_page_class_init (WmWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_welcome_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, WmWelcomePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, WmWelcomePage, demo_spinner);
  gtk_widget_class_bind_template_callback (widget_class, name_activated_cb);
}

static void
wm_welcome_page_init (WmWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The app's own icon, which the Devel build names differently. */
  adw_status_page_set_icon_name (self->status_page, APP_ID);
}

/* The name as typed; "" when left empty. */
const char *
wm_welcome_page_get_school_name (WmWelcomePage *self)
{
  g_return_val_if_fail (WM_IS_WELCOME_PAGE (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

void
wm_welcome_page_set_school_name (WmWelcomePage *self,
                                 const char    *name)
{
  g_return_if_fail (WM_IS_WELCOME_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name ? name : "");
}

/* While the demo school is being made: a spinner in its button. */
void
wm_welcome_page_set_busy (WmWelcomePage *self,
                          gboolean       busy)
{
  g_return_if_fail (WM_IS_WELCOME_PAGE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->demo_spinner), busy);
  gtk_spinner_set_spinning (self->demo_spinner, busy);
}
