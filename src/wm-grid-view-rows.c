/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-grid-view"

#include "config.h"

#include "wm-descriptor-cell.h"
#include "wm-grid-view-private.h"

/*
 * The grid's rows: made by the list view's factory, bound empty at a learned height and
 * filled with their labels and descriptor cells only when they come in sight
 * (fill_rows_in_sight); and the column header above them, laid out as the strand rows are.
 */

#define STRAND_COLUMN_WIDTH 150
/* px: a row's height before any of its kind is in sight (those of the LQF and a large
 * framework at 1280×800 in DejaVu Sans); too high costs a round of filling, too low a row or
 * two filled and then pushed out of sight */
#define ESTIMATED_HEADING_HEIGHT 64
#define ESTIMATED_ELEMENT_HEIGHT 56
#define ESTIMATED_STRAND_HEIGHT  180
/* Each round fills at least one row newly in sight, and there are few: a bound all the same. */
#define MAX_FILL_ROUNDS 10

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
strand_row_new (WmGridView *self,
                WmGridRow  *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *cells = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *title = wm_grid_row_get_title (row);
  const char *summary = wm_grid_row_get_summary (row);

  if (wm_grid_model_get_shows_strands (self->model))
    {
      GtkWidget *strand = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      gtk_widget_set_size_request (strand, STRAND_COLUMN_WIDTH, -1);
      gtk_box_append (GTK_BOX (strand), label_new (wm_grid_row_get_id (row), "heading"));
      if (*title)
        gtk_box_append (GTK_BOX (strand), label_new (title, "caption-heading"));
      if (*summary)
        gtk_box_append (GTK_BOX (strand), label_new (summary, "caption"));
      gtk_box_append (GTK_BOX (box), strand);
    }

  gtk_box_set_homogeneous (GTK_BOX (cells), TRUE);
  gtk_widget_set_hexpand (cells, TRUE);
  for (guint l = 0; l < wm_grid_row_get_n_levels (row); l++)
    {
      WmDescriptor *descriptor = wm_grid_row_get_descriptor (row, l);

      if (descriptor != NULL)
        gtk_box_append (GTK_BOX (cells),
                        wm_descriptor_cell_new (descriptor, self->store,
                                                wm_grid_model_get_level_name (self->model, l),
                                                wm_grid_model_get_shows_strands (self->model),
                                                wm_grid_model_get_n_ratings (self->model),
                                                G_MENU_MODEL (self->rating_menu)));
      else
        gtk_box_append (GTK_BOX (cells), gtk_label_new (NULL));
    }
  gtk_box_append (GTK_BOX (box), cells);

  return box;
}

/* By WmGridRowKind: a row's style class, and how a row of the kind is told from others. */
static const char * const kind_classes[] = { "wm-heading", "wm-element", "wm-strand" };

/* An element's title as its row shows it. */
static char *
element_title (WmGridRow *row)
{
  const char *id = wm_grid_row_get_id (row);

  /* A numbered element ("8") reads with its number; a named one ("learning") without. */
  if (strspn (id, "0123456789.") == strlen (id))
    return g_strdup_printf ("%s  %s", id, wm_grid_row_get_title (row));
  return g_strdup (wm_grid_row_get_title (row));
}

/* What a row is called before it is filled: its title, or its id when it has none. */
static char *
row_name (WmGridRow *row)
{
  if (wm_grid_row_get_kind (row) == WM_GRID_ROW_ELEMENT)
    return element_title (row);
  return g_strdup (*wm_grid_row_get_title (row) ? wm_grid_row_get_title (row) : wm_grid_row_get_id (row));
}

/* Puts the row's labels and descriptor cells into its box: the costly part of a row. */
static void
fill_row (WmGridView *self,
          GtkWidget  *box,
          WmGridRow  *row)
{
  g_autofree char *title = NULL;

  gtk_widget_set_size_request (box, -1, -1);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL);

  switch (wm_grid_row_get_kind (row))
    {
    case WM_GRID_ROW_HEADING:
      gtk_box_append (GTK_BOX (box), label_new (wm_grid_row_get_title (row), "title-2"));
      if (*wm_grid_row_get_summary (row))
        gtk_box_append (GTK_BOX (box), label_new (wm_grid_row_get_summary (row), "dim-label"));
      break;

    case WM_GRID_ROW_ELEMENT:
      title = element_title (row);
      gtk_box_append (GTK_BOX (box), label_new (title, "title-4"));
      if (*wm_grid_row_get_summary (row))
        gtk_box_append (GTK_BOX (box), label_new (wm_grid_row_get_summary (row), "dim-label"));
      break;

    case WM_GRID_ROW_STRAND:
      gtk_box_append (GTK_BOX (box), strand_row_new (self, row));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
fill_pending (WmGridView *self,
              GtkWidget  *box)
{
  GtkListItem *item = g_hash_table_lookup (self->pending, box);

  g_hash_table_remove (self->pending, box);
  g_hash_table_add (self->filled, box);
  fill_row (self, box, gtk_list_item_get_item (item));
}

/*
 * GTK 4.8's list view keeps about 200 rows bound around the one it scrolls to, whatever
 * its height (GTK 4.12 binds only those in sight), and measures every one of them: filled
 * at once, the 2,000-descriptor grid made 780 descriptor cells and laid out their texts to
 * draw the twenty in sight. So a row is bound empty, at the height rows of its kind took,
 * named for screen readers, and filled once the list view maps it, which it does only to
 * the rows it shows.
 */
static gboolean
fill_rows_in_sight (WmGridView *self)
{
  g_autoptr(GPtrArray) due = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer box;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &box, NULL))
    if (gtk_widget_get_mapped (box))
      g_ptr_array_add (due, box);

  for (guint i = 0; i < due->len; i++)
    fill_pending (self, g_ptr_array_index (due, i));
  return due->len > 0;
}

/* The heights the filled rows in sight take, kind by kind, for the rows bound empty later. */
static void
learn_heights (WmGridView *self)
{
  int total[G_N_ELEMENTS (kind_classes)] = { 0 };
  int count[G_N_ELEMENTS (kind_classes)] = { 0 };
  GHashTableIter iter;
  gpointer box;

  g_hash_table_iter_init (&iter, self->filled);
  while (g_hash_table_iter_next (&iter, &box, NULL))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (box) || !gtk_widget_compute_bounds (box, box, &bounds))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (kind_classes); k++)
        if (gtk_widget_has_css_class (box, kind_classes[k]))
          {
            total[k] += (int) bounds.size.height;
            count[k]++;
          }
    }
  for (guint k = 0; k < G_N_ELEMENTS (kind_classes); k++)
    if (count[k] > 0)
      self->row_height[k] = total[k] / count[k];
}

/* Another framework's rows are no guide to this one's. */
void
wm_grid_view_reset_heights (WmGridView *self)
{
  self->row_height[WM_GRID_ROW_HEADING] = ESTIMATED_HEADING_HEIGHT;
  self->row_height[WM_GRID_ROW_ELEMENT] = ESTIMATED_ELEMENT_HEIGHT;
  self->row_height[WM_GRID_ROW_STRAND] = ESTIMATED_STRAND_HEIGHT;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          WmGridView               *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (box, "wm-grid-row");
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         WmGridView               *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  WmGridRow *row = gtk_list_item_get_item (item);
  g_autofree char *name = row_name (row);

  gtk_widget_add_css_class (box, kind_classes[wm_grid_row_get_kind (row)]);
  gtk_widget_set_size_request (box, -1, self->row_height[wm_grid_row_get_kind (row)]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_hash_table_insert (self->pending, box, item);
  /* Once the list view has placed it, it is filled if in sight (wm_grid_view_size_allocate). */
  if (!self->allocating)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           WmGridView               *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *child;

  g_hash_table_remove (self->pending, box);
  g_hash_table_remove (self->filled, box);
  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);

  for (guint k = 0; k < G_N_ELEMENTS (kind_classes); k++)
    gtk_widget_remove_css_class (box, kind_classes[k]);
}

/* The levels' names above the grid, in columns as wide as the strand rows' own. */
void
wm_grid_view_rebuild_header (WmGridView *self)
{
  GtkWidget *child;
  GtkWidget *levels;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->column_header))) != NULL)
    gtk_box_remove (self->column_header, child);

  if (self->model == NULL)
    return;

  if (wm_grid_model_get_shows_strands (self->model))
    {
      child = label_new (wm_grid_model_get_strand_label (self->model), "heading");
      gtk_widget_set_size_request (child, STRAND_COLUMN_WIDTH, -1);
      gtk_box_append (self->column_header, child);
    }

  levels = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (levels), TRUE);
  gtk_widget_set_hexpand (levels, TRUE);
  for (guint l = 0; l < wm_grid_model_get_n_levels (self->model); l++)
    gtk_box_append (GTK_BOX (levels), label_new (wm_grid_model_get_level_name (self->model, l), "heading"));
  gtk_box_append (self->column_header, levels);
}

/* The template's one child, measured and allocated as a GtkBinLayout would. */
static GtkSizeRequestMode
wm_grid_view_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (gtk_widget_get_first_child (widget));
}

static void
wm_grid_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
wm_grid_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  WmGridView *self = WM_GRID_VIEW (widget);
  GtkWidget *child = gtk_widget_get_first_child (widget);

  self->allocating = TRUE;
  gtk_widget_allocate (child, width, height, baseline, NULL);
  /* Filled rows take their real height, which may bring others into sight: place them again.
   * Within this allocation, so that the frame drawn shows every row in sight filled. */
  for (guint round = 0; round < MAX_FILL_ROUNDS && fill_rows_in_sight (self); round++)
    {
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, NULL, NULL, NULL);
      gtk_widget_allocate (child, width, height, baseline, NULL);
    }
  learn_heights (self);
  self->allocating = FALSE;
}

/* Scrolling moves rows into sight without a new allocation of the grid: ask for one. */
static void
scrolled_cb (WmGridView *self)
{
  if (!self->allocating && g_hash_table_size (self->pending) > 0)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * wm_grid_view_fill_row:
 * @position: a row the list view has just been scrolled to
 *
 * Fills the row at once if it waits to come in sight, so that a cell of it can take the
 * focus now rather than after the next frame.
 */
void
wm_grid_view_fill_row (WmGridView *self,
                       guint       position)
{
  GHashTableIter iter;
  gpointer box, item;

  g_return_if_fail (WM_IS_GRID_VIEW (self));

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &box, &item))
    if (gtk_list_item_get_position (item) == position)
      {
        fill_pending (self, box);
        return;
      }
}

void
wm_grid_view_rows_class_init (GtkWidgetClass *widget_class)
{
  widget_class->get_request_mode = wm_grid_view_get_request_mode;
  widget_class->measure = wm_grid_view_measure;
  widget_class->size_allocate = wm_grid_view_size_allocate;
}

void
wm_grid_view_rows_init (WmGridView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->pending = g_hash_table_new (NULL, NULL);
  self->filled = g_hash_table_new (NULL, NULL);
  wm_grid_view_reset_heights (self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view)),
                           "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
}
