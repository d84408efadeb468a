/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wm-radar-view.h"
#include "wm-report.h"
#include "wm-trust-window-private.h"

/*
 * The trust view: the summary bundles in one folder, or chosen one by one, read when the window
 * opens (wm-trust.c); more can be added later (wm-trust-window-add.c). Per framework the schools
 * are on one radar chart (a small chart each, against the trust median, when there are more than
 * eight), with a table of each school's scores, its movement since its snapshot before, and the
 * trust median. Bundles left out are listed first, each with its reason. Print and Export
 * (wm-trust-window-export.c) give the whole trust on paper, or as CSV, JSON or a PDF.
 */

#define SMALL_CHART_HEIGHT 340

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
  /* A score and its movement under it line up on the right, as figures in a column do. */
  if (xalign == 1.0)
    gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
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

/* "1 Vision for Learning · 2 A Framework for Learning …": what the short labels stand for. */
static char *
element_key (const WmTrustTable *table)
{
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint e = 0; e < table->elements->len; e++)
    {
      const WmBundleElement *element = g_ptr_array_index (table->elements, e);
      g_autofree char *label = wm_trust_table_short_label (table, e);

      /* A no-break space: a line never ends between a number and its name. */
      g_string_append_printf (key, "%s%s\u00a0%s", e > 0 ? " · " : "", label, element->title);
    }
  return g_string_free (g_steal_pointer (&key), FALSE);
}

static void
fill_table (WmTrustWindow      *self,
            const WmTrustTable *table)
{
  GtkGrid *grid = self->table_grid;
  g_autofree char *key = element_key (table);
  g_autofree char *text = NULL;
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
  text = g_strconcat (key, _(". Each school at its latest snapshot; an arrow is its movement since the snapshot "
                             "before."), NULL);
  gtk_label_set_text (self->key_label, text);
}

static void
fill_charts (WmTrustWindow      *self,
             const WmTrustTable *table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) charts = wm_trust_table_charts (table, &error);
  gboolean small;

  clear_container (GTK_WIDGET (self->charts_box));
  gtk_widget_set_visible (GTK_WIDGET (self->chart_error_label), charts == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->charts_key_label), charts != NULL && charts->len > 1);
  if (charts == NULL)
    {
      gtk_label_set_text (self->chart_error_label, error->message);
      return;
    }
  /* One chart spans the width. Small multiples sit as many to a line as fit at their smallest
   * readable size (two at least, four at most), their axes numbered as the table's columns are, with one key above them all rather than one
   * in each. */
  small = charts->len > 1;
  if (small)
    {
      g_autofree char *key = element_key (table);
      /* Translators: above a small chart per school; %s is "1 Vision for Learning · 2 …" */
      g_autofree char *text = g_strdup_printf (_("Each school against the trust median. %s"), key);

      gtk_label_set_text (self->charts_key_label, text);
    }
  gtk_flow_box_set_min_children_per_line (self->charts_box, small ? 2 : 1);
  gtk_flow_box_set_max_children_per_line (self->charts_box, small ? 4 : 1);
  while (charts->len > 0)
    {
      GtkWidget *view = wm_radar_view_new ();
      WmRadarData *data = g_ptr_array_steal_index (charts, 0);

      for (guint a = 0; small && a < data->n_axes; a++)
        wm_radar_data_set_axis (data, a, data->short_labels[a], NULL);
      wm_radar_view_set_data (WM_RADAR_VIEW (view), data, NULL);
      wm_radar_view_set_compact (WM_RADAR_VIEW (view), small);
      gtk_widget_set_size_request (view, -1, small ? SMALL_CHART_HEIGHT : 520);
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

static void
wm_trust_window_finalize (GObject *object)
{
  WmTrustWindow *self = WM_TRUST_WINDOW (object);

  /* Here, not in dispose: an export still running holds the window, and reads the trust. */
  g_clear_pointer (&self->trust, wm_trust_free);
  g_clear_pointer (&self->framework_ids, g_strfreev);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
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
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, charts_key_label);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, charts_box);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, table_heading);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, table_grid);
  gtk_widget_class_bind_template_child (widget_class, WmTrustWindow, key_label);

  gtk_widget_class_install_action (widget_class, "trust.add-summaries", NULL, wm_trust_window_add_action);
  gtk_widget_class_install_action (widget_class, "trust.print", NULL, wm_trust_window_print_action);
  gtk_widget_class_install_action (widget_class, "trust.export", NULL, wm_trust_window_export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "trust.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
wm_trust_window_init (WmTrustWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->framework_dropdown, "notify::selected", G_CALLBACK (framework_selected_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Takes @trust, and shows it; @dir names the window when the trust is a folder. */
static WmTrustWindow *
new_window (GtkWindow  *parent,
            const char *dir,
            WmTrust    *trust)
{
  WmTrustWindow *self = g_object_new (WM_TYPE_TRUST_WINDOW, "transient-for", parent, NULL);

  self->dir = g_strdup (dir);
  self->trust = trust;
  if (dir != NULL)
    {
      g_autofree char *folder = g_filename_display_basename (dir);

      adw_window_title_set_subtitle (self->window_title, folder);
      gtk_window_set_title (GTK_WINDOW (self), folder);
    }
  wm_trust_window_refresh (self);
  return self;
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
  WmTrust *trust;

  g_return_val_if_fail (dir != NULL, NULL);

  if (!(trust = wm_trust_load_dir (dir, error)))
    return NULL;
  return new_window (parent, dir, trust);
}

/**
 * wm_trust_window_new_for_files:
 * @parent: (nullable): the window it was opened from
 * @paths: the summary bundles chosen, one per school
 *
 * Opens the trust view on the bundles chosen; one that is malformed, from a newer Waymark or a
 * repeat of a school is listed as left out, as in a folder.
 *
 * Returns: (transfer none): the window, owned by GTK as every toplevel is
 */
WmTrustWindow *
wm_trust_window_new_for_files (GtkWindow          *parent,
                               const char * const *paths)
{
  WmTrust *trust = wm_trust_new ();

  g_return_val_if_fail (paths != NULL, NULL);

  for (guint i = 0; paths[i] != NULL; i++)
    wm_trust_add_file (trust, paths[i], NULL);
  return new_window (parent, NULL, trust);
}

void
wm_trust_window_toast (WmTrustWindow *self,
                       const char    *message)
{
  show_toast (self, message);
}
