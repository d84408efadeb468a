/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-evidence-section"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wm-evidence-attach.h"
#include "wm-evidence-section-private.h"
#include "wm-judgements.h"

/*
 * The evidence of the descriptor shown in the detail pane: one row per piece,
 * each with its menu (open, save a copy, rename, reviewed, remove), and the
 * ways to add more (file chooser, a drop, a link, a written note, or evidence
 * already in the school file). Everything goes through the "evidence." actions;
 * the list follows the store's "changed::evidence", never the other way round.
 * The rows and what can be done to one item are in wm-evidence-section-items.c,
 * the dialogs in wm-evidence-section-dialogs.c.
 */

G_DEFINE_FINAL_TYPE (WmEvidenceSection, wm_evidence_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DESCRIPTOR,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
wm_evidence_section_show_error (WmEvidenceSection *self,
                                const char        *message)
{
  wm_evidence_attach_toast (GTK_WIDGET (self), message);
}

/* Attaches on the window's connection; says why not in a toast. */
gboolean
wm_evidence_section_attach (WmEvidenceSection *self,
                            const char        *framework_id,
                            const char        *descriptor_id,
                            gint64             evidence_id)
{
  g_autoptr(GError) error = NULL;

  if (wm_evidence_attach (self->store, framework_id, descriptor_id, evidence_id, self->author, &error))
    return TRUE;
  wm_evidence_section_show_error (self, error->message);
  return FALSE;
}

GtkWindow *
wm_evidence_section_get_window (WmEvidenceSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
update_actions (WmEvidenceSection *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean ready = self->store != NULL && self->descriptor != NULL;

  gtk_widget_action_set_enabled (widget, "evidence.add-file", ready && self->copying == NULL);
  gtk_widget_action_set_enabled (widget, "evidence.add-link", ready);
  gtk_widget_action_set_enabled (widget, "evidence.add-note", ready);
  gtk_widget_action_set_enabled (widget, "evidence.use-existing", ready);
  gtk_widget_action_set_enabled (widget, "evidence.cancel", self->copying != NULL);
}

static void
reload (WmEvidenceSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autofree char *heading = NULL;

  g_clear_handle_id (&self->reload_idle, g_source_remove);

  if (self->store != NULL && self->descriptor != NULL)
    {
      items = wm_evidence_list (self->store, wm_descriptor_get_framework_id (self->descriptor),
                                wm_descriptor_get_id (self->descriptor), WM_EVIDENCE_FILTER_ALL, &error);
      if (items == NULL)
        wm_evidence_section_show_error (self, error->message);
    }

  gtk_list_box_bind_model (self->list_box, items, wm_evidence_section_create_row, self, NULL);
  heading = g_strdup_printf (_("Evidence (%u)"), items ? g_list_model_get_n_items (items) : 0);
  gtk_label_set_label (self->heading_label, heading);
  update_actions (self);
}

static gboolean
reload_idle_cb (gpointer data)
{
  WmEvidenceSection *self = data;

  self->reload_idle = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Later, not now: the change may come from a row's own check button or menu,
 * which the reload destroys. */
static void
evidence_changed_cb (WmEvidenceSection *self,
                     const char        *framework_id,
                     WmStore           *store)
{
  if (self->descriptor == NULL ||
      (framework_id != NULL && !g_str_equal (framework_id, wm_descriptor_get_framework_id (self->descriptor))))
    return;
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_idle_cb, self);
}

static void
add_files_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (object);
  g_autoptr(GError) error = NULL;

  wm_evidence_attach_files_finish (GTK_WIDGET (self), result, &error);
  g_clear_object (&self->copying);
  gtk_widget_set_visible (self->progress_box, FALSE);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/**
 * wm_evidence_section_add_files:
 * @files: (element-type GFile): files to copy into the school file and attach
 *
 * What "Add File…" and a drop on the section do: copies in a thread, with
 * the progress shown in the section, and attaches each file to the descriptor
 * shown now. One batch at a time: while one is copied, another is refused.
 */
void
wm_evidence_section_add_files (WmEvidenceSection *self,
                               GSList            *files)
{
  g_return_if_fail (WM_IS_EVIDENCE_SECTION (self));

  if (self->store == NULL || self->descriptor == NULL || files == NULL)
    return;
  if (self->copying != NULL)
    {
      wm_evidence_section_show_error (self, _("Files are still being copied in: add more when they are done"));
      return;
    }

  self->copying = g_cancellable_new ();
  gtk_widget_set_visible (self->progress_box, TRUE);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  wm_evidence_attach_files_async (GTK_WIDGET (self), self->store,
                                  wm_descriptor_get_framework_id (self->descriptor),
                                  wm_descriptor_get_id (self->descriptor),
                                  files, self->progress_bar, self->copying,
                                  add_files_done_cb, NULL);
}

static void
add_file_response_cb (GtkNativeDialog   *chooser,
                      int                response,
                      WmEvidenceSection *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoslist(GFile) files = NULL;

      for (guint i = g_list_model_get_n_items (chosen); i > 0; i--)
        files = g_slist_prepend (files, g_list_model_get_item (chosen, i - 1));
      wm_evidence_section_add_files (self, files);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

/* evidence.add-file: choose files to copy in. */
static void
add_file_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Add Evidence"), wm_evidence_section_get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (add_file_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* evidence.cancel: stop copying; the file being copied is not kept. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (widget);

  if (self->copying != NULL)
    g_cancellable_cancel (self->copying);
}

static gboolean
drop_cb (GtkDropTarget     *target,
         const GValue      *value,
         double             x,
         double             y,
         WmEvidenceSection *self)
{
  g_autoptr(GSList) files = gdk_file_list_get_files (g_value_get_boxed (value));

  if (files == NULL || self->store == NULL || self->descriptor == NULL)
    return FALSE;

  wm_evidence_section_add_files (self, files);
  return TRUE;
}

static void
wm_evidence_section_dispose (GObject *object)
{
  WmEvidenceSection *self = (WmEvidenceSection *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->copying != NULL)
    g_cancellable_cancel (self->copying);
  g_clear_object (&self->copying);

  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_EVIDENCE_SECTION);
  /* The template's root box is not a bound child: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->descriptor);

  G_OBJECT_CLASS (wm_evidence_section_parent_class)->dispose (object);
}

static void
wm_evidence_section_finalize (GObject *object)
{
  WmEvidenceSection *self = (WmEvidenceSection *) object;

  g_free (self->author);

  G_OBJECT_CLASS (wm_evidence_section_parent_class)->finalize (object);
}

static void
wm_evidence_section_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_DESCRIPTOR: g_value_set_object (value, self->descriptor); break;
    case PROP_BUSY: g_value_set_boolean (value, self->copying != NULL); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_evidence_section_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  WmEvidenceSection *self = WM_EVIDENCE_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE: wm_evidence_section_set_store (self, g_value_get_object (value)); break;
    case PROP_DESCRIPTOR: wm_evidence_section_set_descriptor (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wm_evidence_section_class_init (WmEvidenceSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_evidence_section_dispose;
  object_class->finalize = wm_evidence_section_finalize;
  object_class->get_property = wm_evidence_section_get_property;
  object_class->set_property = wm_evidence_section_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, WM_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The descriptor whose evidence is shown; NULL shows none. */
  properties[PROP_DESCRIPTOR] =
    g_param_spec_object ("descriptor", NULL, NULL, WM_TYPE_DESCRIPTOR,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Whether files are being copied in. */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-evidence-section.ui");
  gtk_widget_class_bind_template_child (widget_class, WmEvidenceSection, heading_label);
  gtk_widget_class_bind_template_child (widget_class, WmEvidenceSection, list_box);
  gtk_widget_class_bind_template_child (widget_class, WmEvidenceSection, progress_box);
  gtk_widget_class_bind_template_child (widget_class, WmEvidenceSection, progress_bar);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "wm-evidence-section");

  gtk_widget_class_install_action (widget_class, "evidence.add-file", NULL, add_file_action);
  gtk_widget_class_install_action (widget_class, "evidence.cancel", NULL, cancel_action);
  wm_evidence_section_items_class_init (widget_class);
  wm_evidence_section_dialogs_class_init (widget_class);
}

static void
wm_evidence_section_init (WmEvidenceSection *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->author = wm_judgements_default_author ();

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  reload (self);
}

WmStore *
wm_evidence_section_get_store (WmEvidenceSection *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_SECTION (self), NULL);
  return self->store;
}

void
wm_evidence_section_set_store (WmEvidenceSection *self,
                               WmStore           *store)
{
  g_return_if_fail (WM_IS_EVIDENCE_SECTION (self));
  g_return_if_fail (!store || WM_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed::evidence", G_CALLBACK (evidence_changed_cb),
                             self, G_CONNECT_SWAPPED);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

WmDescriptor *
wm_evidence_section_get_descriptor (WmEvidenceSection *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_SECTION (self), NULL);
  return self->descriptor;
}

void
wm_evidence_section_set_descriptor (WmEvidenceSection *self,
                                    WmDescriptor      *descriptor)
{
  g_return_if_fail (WM_IS_EVIDENCE_SECTION (self));
  g_return_if_fail (!descriptor || WM_IS_DESCRIPTOR (descriptor));

  if (!g_set_object (&self->descriptor, descriptor))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTOR]);
}

gboolean
wm_evidence_section_get_busy (WmEvidenceSection *self)
{
  g_return_val_if_fail (WM_IS_EVIDENCE_SECTION (self), FALSE);
  return self->copying != NULL;
}
