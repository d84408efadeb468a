/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wm-radar-view.h"
#include "wm-report.h"
#include "wm-trust-window-private.h"

/*
 * The trust view: the summary bundles in one folder, read once when the window opens
 * (wm-trust.c), and per framework the schools on one radar chart (a small chart each, against
 * the trust median, when there are more than eight), with a table of each school's scores, its
 * movement since its snapshot before, and the trust median. Bundles left out are listed first,
 * each with its reason. Export writes the whole trust as CSV, JSON or a PDF to print.
 */

struct _WmTrustWindow
{
  AdwWindow        parent_instance;

  char            *dir;
  WmTrust         *trust;           /* read-only once loaded: an export reads it on a worker */
  GStrv            framework_ids;   /* in the order of the drop-down */

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
  GtkFlowBox      *charts_box;
  GtkLabel        *table_heading;
  GtkGrid         *table_grid;
  GtkLabel        *key_label;
};

G_DEFINE_FINAL_TYPE (WmTrustWindow, wm_trust_window, ADW_TYPE_WINDOW)

static void
show_toast (WmTrustWindow *self,
            const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
clear_container (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else
        gtk_grid_remove (GTK_GRID (container), child);
    }
}

static GtkWidget *
cell_label (const char *markup,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  return label;
}

/* "2.3" over "↑ 0.5" (small, dim) when the school moved since its snapshot before; a score
 * that stayed where it was has no arrow, so that the movements stand out. */
static GtkWidget *
score_cell (double   score,
            double   change,
            double   previous,
            gboolean bold)
{
  g_autofree char *text = wm_report_format_score (!isnan (score), score);
  WmReportDirection direction = isnan (change) ? WM_REPORT_SAME : wm_report_direction (TRUE, score, TRUE, previous);
  g_autofree char *markup = NULL;

  if (direction == WM_REPORT_UP || direction == WM_REPORT_DOWN)
    {
      g_autofree char *moved = wm_report_format_change (direction, score, previous);

      markup = g_markup_printf_escaped ("%s\n<small><span alpha=\"70%%\">%s</span></small>", text, moved);
    }
  else
    markup = bold ? g_markup_printf_escaped ("<b>%s</b>", text) : g_markup_escape_text (text, -1);
  return cell_label (markup, 1.0);
}

static GtkWidget *
school_cell (const char *name,
             const char *detail)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>\n<small><span alpha=\"70%%\">%s</span></small>",
                                                     name, detail);
  GtkWidget *label = cell_label (markup, 0.0);

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  return label;
}

static char *
row_detail (const WmTrustRow *row)
{
  if (row->snapshot == NULL)
    return g_strdup_printf (_("as on %s, no snapshot"), row->taken_on);
  if (row->previous_snapshot != NULL)
    /* Translators: the snapshot the scores are from, and the one the arrows compare with */
    return g_strdup_printf (_("%s (%s), since %s"), row->snapshot, row->taken_on, row->previous_snapshot);
  return g_strdup_printf ("%s (%s)", row->snapshot, row->taken_on);
}

static void
fill_table (WmTrustWindow      *self,
            const WmTrustTable *table)
{
  GtkGrid *grid = self->table_grid;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autofree char *heading = NULL;
  guint n = table->elements->len;

  clear_container (GTK_WIDGET (grid));
  gtk_grid_attach (grid, cell_label (_("<b>School</b>"), 0.0), 0, 0, 1, 1);
  gtk_grid_attach (grid, cell_label (_("<b>Overall</b>"), 1.0), 1, 0, 1, 1);
  for (guint e = 0; e < n; e++)
    {
      const WmBundleElement *element = g_ptr_array_index (table->elements, e);
      g_autofree char *label = wm_trust_table_short_label (table, e);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", label);
      GtkWidget *cell = cell_label (markup, 1.0);

      gtk_widget_set_tooltip_text (cell, element->title);
      gtk_grid_attach (grid, cell, (int) e + 2, 0, 1, 1);
      g_string_append_printf (key, "%s%s %s", e > 0 ? " · " : "", label, element->title);
    }

  for (guint r = 0; r < table->rows->len; r++)
    {
      const WmTrustRow *row = g_ptr_array_index (table->rows, r);
      g_autofree char *detail = row_detail (row);
      int y = (int) r + 1;

      gtk_grid_attach (grid, school_cell (row->school->school_name, detail), 0, y, 1, 1);
      gtk_grid_attach (grid, score_cell (row->overall, row->change_overall, row->previous_overall, FALSE), 1, y, 1, 1);
      for (guint e = 0; e < n; e++)
        gtk_grid_attach (grid, score_cell (row->scores[e], row->change[e], row->previous[e], FALSE),
                         (int) e + 2, y, 1, 1);
    }

  {
    g_autofree char *detail = g_strdup_printf (g_dngettext (NULL, "of %u school", "of %u schools",
                                                            table->rows->len), table->rows->len);
    int y = (int) table->rows->len + 1;

    gtk_grid_attach (grid, school_cell (_("Trust median"), detail), 0, y, 1, 1);
    gtk_grid_attach (grid, score_cell (table->median_overall, NAN, NAN, TRUE), 1, y, 1, 1);
    for (guint e = 0; e < n; e++)
      gtk_grid_attach (grid, score_cell (table->median[e], NAN, NAN, TRUE), (int) e + 2, y, 1, 1);
  }

  heading = g_strdup_printf (_("Scores by element, out of %g"), table->max);
  gtk_label_set_text (self->table_heading, heading);
  g_string_append (key, _(". Each school at its latest snapshot; an arrow is its movement since the snapshot "
                          "before."));
  gtk_label_set_text (self->key_label, key->str);
}

static void
fill_charts (WmTrustWindow      *self,
             const WmTrustTable *table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) charts = wm_trust_table_charts (table, &error);

  clear_container (GTK_WIDGET (self->charts_box));
  gtk_widget_set_visible (GTK_WIDGET (self->chart_error_label), charts == NULL);
  if (charts == NULL)
    {
      gtk_label_set_text (self->chart_error_label, error->message);
      return;
    }
  /* One chart spans the width; small multiples sit three to a line. */
  gtk_flow_box_set_max_children_per_line (self->charts_box, charts->len > 1 ? 3 : 1);
  while (charts->len > 0)
    {
      WmRadarData *data = g_ptr_array_steal_index (charts, 0);
      GtkWidget *view = wm_radar_view_new ();

      if (charts->len > 0 || gtk_widget_get_first_child (GTK_WIDGET (self->charts_box)) != NULL)
        gtk_widget_set_size_request (view, -1, 320);
      else
        gtk_widget_set_size_request (view, -1, 520);
      wm_radar_view_set_data (WM_RADAR_VIEW (view), data, NULL);
      gtk_flow_box_append (self->charts_box, view);
    }
}

/**
 * wm_trust_window_set_framework_id:
 *
 * Shows @framework_id's chart and table, and chooses it in the drop-down.
 *
 * Returns: %FALSE when no school in the trust uses it
 */
gboolean
wm_trust_window_set_framework_id (WmTrustWindow *self,
                                  const char    *framework_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmTrustTable) table = NULL;
  guint position;

  g_return_val_if_fail (WM_IS_TRUST_WINDOW (self), FALSE);

  if (framework_id == NULL || !g_strv_contains ((const char * const *) self->framework_ids, framework_id))
    return FALSE;
  for (position = 0; !g_str_equal (self->framework_ids[position], framework_id); position++)
    ;
  if (gtk_drop_down_get_selected (self->framework_dropdown) != position)
    {
      /* notify::selected comes back here. */
      gtk_drop_down_set_selected (self->framework_dropdown, position);
      return TRUE;
    }

  if (!(table = wm_trust_table_new (self->trust, framework_id, &error)))
    {
      gtk_widget_set_visible (self->content_box, FALSE);
      show_toast (self, error->message);
      return FALSE;
    }
  gtk_widget_set_visible (self->content_box, TRUE);
  gtk_label_set_text (self->note_label, table->note != NULL ? table->note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), table->note != NULL);
  fill_charts (self, table);
  fill_table (self, table);
  return TRUE;
}

const char *
wm_trust_window_get_framework_id (WmTrustWindow *self)
{
  guint selected;

  g_return_val_if_fail (WM_IS_TRUST_WINDOW (self), NULL);

  selected = gtk_drop_down_get_selected (self->framework_dropdown);
  return selected < g_strv_length (self->framework_ids) ? self->framework_ids[selected] : NULL;
}

static void
framework_selected_cb (WmTrustWindow *self)
{
  const char *framework_id = wm_trust_window_get_framework_id (self);

  if (framework_id != NULL)
    wm_trust_window_set_framework_id (self, framework_id);
}

static const char *
framework_title (const WmTrust *trust,
                 const char    *framework_id)
{
  for (guint s = 0; s < trust->schools->len; s++)
    {
      const WmBundleFramework *framework = wm_bundle_find_framework (g_ptr_array_index (trust->schools, s),
                                                                     framework_id);

      if (framework != NULL)
        return framework->title;
    }
  return framework_id;
}

static void
fill_problems (WmTrustWindow *self)
{
  guint n_skipped = wm_trust_count_skipped (self->trust);
  guint n = self->trust->problems->len;
  g_autofree char *heading = NULL;

  gtk_widget_set_visible (self->problems_box, n > 0);
  if (n == 0)
    return;
  heading = n_skipped > 0
    ? g_strdup_printf (g_dngettext (NULL, "%u bundle was left out", "%u bundles were left out", n_skipped), n_skipped)
    : g_strdup (_("Read with a warning"));
  gtk_label_set_text (self->problems_heading, heading);
  for (guint i = 0; i < n; i++)
    {
      const WmTrustProblem *problem = g_ptr_array_index (self->trust->problems, i);
      g_autofree char *name = g_path_get_basename (problem->file);
      g_autofree char *title = g_markup_escape_text (name, -1);
      g_autofree char *reason = g_markup_escape_text (problem->reason, -1);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->problems_list, row);
    }
}

static void
wm_trust_window_finalize (GObject *object)
{
  WmTrustWindow *self = WM_TRUST_WINDOW (object);

  /* Here, not in dispose: an export still running holds the window, and reads the trust. */
  g_clear_pointer (&self->trust, wm_trust_free);
  g_clear_pointer (&self->framework_ids, g_strfreev);
  g_free (self->dir);
  G_OBJECT_CLASS (wm_trust_window_parent_class)->finalize (object);
}

static void
wm_trust_window_class_init (WmTrustWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = wm_trust_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-trust-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, framework_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, problems_box);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, problems_heading);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, problems_list);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, note_label);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, chart_error_label);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, charts_box);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, table_heading);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, table_grid);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, key_label);

  gtk_widget_class_install_action (widget_class, "trust.export", NULL, wm_trust_window_export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
wm_trust_window_init (WmTrustWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * wm_trust_window_new:
 * @parent: (nullable): the window it was opened from
 * @dir: the trust folder: one summary bundle per school
 *
 * Returns: (transfer none): the window, owned by GTK as every toplevel is; %NULL with @error set
 *   when @dir cannot be read
 */
WmTrustWindow *
wm_trust_window_new (GtkWindow   *parent,
                     const char  *dir,
                     GError     **error)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autofree char *folder = NULL;
  WmTrustWindow *self;
  WmTrust *trust;

  g_return_val_if_fail (dir != NULL, NULL);

  if (!(trust = wm_trust_load_dir (dir, error)))
    return NULL;
  self = g_object_new (WM_TYPE_TRUST_WINDOW, "transient-for", parent, NULL);
  self->dir = g_strdup (dir);
  self->trust = trust;
  self->framework_ids = wm_trust_framework_ids (trust);

  folder = g_filename_display_basename (dir);
  adw_window_title_set_subtitle (self->window_title, folder);
  gtk_window_set_title (GTK_WINDOW (self), folder);
  fill_problems (self);

  for (guint i = 0; self->framework_ids[i] != NULL; i++)
    gtk_string_list_append (titles, framework_title (trust, self->framework_ids[i]));
  gtk_drop_down_set_model (self->framework_dropdown, G_LIST_MODEL (titles));
  gtk_widget_set_visible (GTK_WIDGET (self->framework_dropdown), self->framework_ids[0] != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trust.export", trust->schools->len > 0);
  if (trust->schools->len == 0 && trust->problems->len == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "empty");
  gtk_widget_set_visible (self->content_box, FALSE);
  g_signal_connect_object (self->framework_dropdown, "notify::selected", G_CALLBACK (framework_selected_cb), self,
                           G_CONNECT_SWAPPED);
  framework_selected_cb (self);
  return self;
}

const WmTrust *
wm_trust_window_get_trust (WmTrustWindow *self)
{
  return self->trust;
}

const char *
wm_trust_window_get_dir (WmTrustWindow *self)
{
  return self->dir;
}

void
wm_trust_window_toast (WmTrustWindow *self,
                       const char    *message)
{
  show_toast (self, message);
}
