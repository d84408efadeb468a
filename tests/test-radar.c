/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-radar"

#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "wm-radar-export.h"
#include "wm-radar.h"
#include "wm-test-util.h"

/* The radar chart: labels that never overlap, rings, series, and every export format. */

static const char *lqf[] = {
  "1 Vision for Learning", "2 A Framework for Learning", "3 A Language for Learning",
  "4 Leading innovation in learning", "5 Professional Learning", "6 Curriculum Design",
  "7 Teaching Methodologies", "8 The Learning Environment", "9 Learner Engagement",
  "10 Parents, Governors and Community", "11 Evaluating the impact",
  "12 Evaluating the learning organisation",
};

static const char *habits[] = {
  "Absorption", "Managing distractions", "Noticing", "Perseverance", "Questioning",
  "Making links", "Imagining", "Reasoning", "Capitalising", "Planning", "Revising", "Distilling",
  "Meta-learning", "Interdependence", "Collaboration", "Empathy and listening", "Imitation",
};

static const char *areas[] = {
  "Leadership and management", "Curriculum planning and assessment",
  "Learning and teaching with technology", "Extending opportunities for learning",
  "Technology infrastructure and resources",
};

static const char *rings[] = { "Phase 1", "Phase 2", "Phase 3", "Phase 4", "Phase 5" };

static WmRadarData *
make_data (guint n_axes,
           guint n_series)
{
  g_autoptr(WmRadarData) data = wm_radar_data_new ("Learning Quality Framework: Baseline and now",
                                                   n_axes, 5);

  for (guint i = 0; i < n_axes; i++)
    {
      g_autofree char *label = NULL;

      if (n_axes == G_N_ELEMENTS (lqf))
        label = g_strdup (lqf[i]);
      else if (n_axes == G_N_ELEMENTS (habits))
        label = g_strdup (habits[i]);
      else if (n_axes <= G_N_ELEMENTS (areas))
        label = g_strdup (areas[i]);
      else
        label = g_strdup_printf ("%u Quite a long element name, number %u of many", i + 1, i + 1);
      wm_radar_data_set_axis (data, i, label, NULL);
    }
  wm_radar_data_set_rings (data, rings, G_N_ELEMENTS (rings));

  for (guint s = 0; s < n_series; s++)
    {
      g_autofree double *values = g_new (double, n_axes);
      g_autofree char *name = g_strdup_printf ("Snapshot %u, spring term", s + 1);

      for (guint i = 0; i < n_axes; i++)
        values[i] = fmod (s * 0.7 + i * 1.3, 5.0);
      g_assert_true (wm_radar_data_add_series (data, name, values));
    }
  return g_steal_pointer (&data);
}

static gboolean
boxes_intersect (const WmRadarBox *a,
                 const WmRadarBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
assert_labels_clear (const WmRadarLayout *layout)
{
  g_assert_cmpfloat (layout->radius, >, 0);
  for (guint i = 0; i < layout->n_axes; i++)
    {
      const WmRadarBox *box = &layout->axes[i].box;
      double nx = CLAMP (layout->cx, box->x, box->x + box->width);
      double ny = CLAMP (layout->cy, box->y, box->y + box->height);

      g_assert_cmpfloat (box->width, >, 0);
      g_assert_cmpfloat (hypot (nx - layout->cx, ny - layout->cy), >=, layout->radius);
      g_assert_cmpfloat (box->x, >=, 0);
      g_assert_cmpfloat (box->y, >=, 0);
      g_assert_cmpfloat (box->x + box->width, <=, layout->width);
      g_assert_cmpfloat (box->y + box->height, <=, layout->legend_box.y);
      for (guint j = i + 1; j < layout->n_axes; j++)
        if (boxes_intersect (box, &layout->axes[j].box))
          g_error ("labels %u and %u of %u overlap at %g×%g", i, j, layout->n_axes,
                   layout->width, layout->height);
    }
}

static gboolean
has_text (const WmRadarLayout *layout,
          WmRadarTextRole      role,
          const char          *text)
{
  for (guint t = 0; t < layout->texts->len; t++)
    {
      const WmRadarText *item = &g_array_index (layout->texts, WmRadarText, t);

      if (item->role == role && g_str_equal (item->text, text))
        return TRUE;
    }
  return FALSE;
}

static void
test_layout_clear (void)
{
  const guint counts[] = { 3, 5, 12, 17, 40 };
  const double sizes[][2] = { { 595, 842 }, { 842, 595 }, { 400, 300 } };

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr(WmRadarData) data = make_data (counts[c], 3);
        g_autoptr(WmRadarLayout) layout = wm_radar_layout_new (data, sizes[s][0], sizes[s][1], NULL);
        gboolean any_abbreviated = FALSE;

        g_test_message ("%u axes at %g×%g: radius %.1f, font %.1f, key %d", counts[c],
                        sizes[s][0], sizes[s][1], layout->radius, layout->font_size, layout->has_key);
        assert_labels_clear (layout);
        for (guint r = 0; r < G_N_ELEMENTS (rings); r++)
          g_assert_true (has_text (layout, WM_RADAR_TEXT_RING, rings[r]));
        g_assert_true (has_text (layout, WM_RADAR_TEXT_LEGEND, "Snapshot 1, spring term"));

        /* Whatever was shortened is named in full in the key. */
        for (guint i = 0; i < layout->n_axes; i++)
          any_abbreviated |= layout->axes[i].abbreviated;
        g_assert_cmpint (layout->has_key, ==, any_abbreviated);
        if (layout->has_key && sizes[s][0] > 500)
          g_assert_true (has_text (layout, WM_RADAR_TEXT_KEY, data->labels[0]));
      }
}

/* The LQF's twelve names fit whole (wrapped) on A4: no key is needed. */
static void
test_layout_lqf_whole (void)
{
  g_autoptr(WmRadarData) data = make_data (12, 2);
  g_autoptr(WmRadarLayout) layout = wm_radar_layout_new (data, 595, 842, NULL);

  g_assert_false (layout->has_key);
  g_assert_cmpfloat (layout->radius, >, 150);
}

static void
test_style_distinct (void)
{
  const WmRadarStyle *style = wm_radar_style_print ();

  for (guint a = 0; a < WM_RADAR_MAX_SERIES; a++)
    for (guint b = a + 1; b < WM_RADAR_MAX_SERIES; b++)
      {
        const WmRadarRgba *x = &style->series[a], *y = &style->series[b];

        g_assert_false (x->red == y->red && x->green == y->green && x->blue == y->blue);
        g_assert_false (style->n_dashes[a] == style->n_dashes[b] &&
                        memcmp (style->dashes[a], style->dashes[b],
                                sizeof (double) * style->n_dashes[a]) == 0);
      }

  {
    g_autoptr(WmRadarData) data = make_data (5, WM_RADAR_MAX_SERIES);
    double values[5] = { 0 };

    g_assert_cmpuint (data->n_series, ==, WM_RADAR_MAX_SERIES);
    g_assert_false (wm_radar_data_add_series (data, "Ninth", values));
  }
}

static void
test_nan_skipped (void)
{
  g_autoptr(WmRadarData) data = make_data (5, 0);
  const double values[5] = { 1, NAN, 3, 5, NAN };
  g_autoptr(WmRadarLayout) layout = NULL;

  wm_radar_data_add_series (data, "Now", values);
  layout = wm_radar_layout_new (data, 400, 300, NULL);
  g_assert_true (layout->points[0][0].valid);
  g_assert_false (layout->points[0][1].valid);
  g_assert_true (layout->points[0][2].valid);
  g_assert_false (layout->points[0][4].valid);
  /* 5 of 5 reaches the outer ring. */
  g_assert_cmpfloat (fabs (hypot (layout->points[0][3].x - layout->cx,
                                  layout->points[0][3].y - layout->cy) - layout->radius), <, 1e-6);
}

static guint
count_colour (cairo_surface_t   *surface,
              const WmRadarRgba *rgba)
{
  const guchar *pixels = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint found = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 pixel = *(const guint32 *) (pixels + y * stride + x * 4);
        int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        if (abs (r - (int) (rgba->red * 255)) + abs (g - (int) (rgba->green * 255)) +
            abs (b - (int) (rgba->blue * 255)) < 24)
          found++;
      }
  return found;
}

static void
test_draw_pixels (void)
{
  g_autoptr(WmRadarData) data = make_data (12, 3);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(WmRadarLayout) layout = wm_radar_layout_new (data, 595, 842, cr);
  const WmRadarStyle *style = wm_radar_style_print ();

  wm_radar_draw (cr, layout, data, style);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  for (guint s = 0; s < 3; s++)
    g_assert_cmpuint (count_colour (surface, &style->series[s]), >, 50);
  g_assert_cmpuint (count_colour (surface, &style->series[5]), ==, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_export_png (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-radar-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autoptr(WmRadarData) data = make_data (17, 2);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  g_assert_true (wm_radar_export (data, path, WM_RADAR_FORMAT_PNG, 400, 300, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1667);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1250);
  cairo_surface_destroy (image);
  wm_test_remove_tree (dir);
}

static void
test_export_pdf_svg (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-radar-XXXXXX");
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autoptr(WmRadarData) data = make_data (12, 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  WmRadarFormat format;
  gsize length;

  g_assert_true (wm_radar_format_from_path (svg, &format));
  g_assert_cmpint (format, ==, WM_RADAR_FORMAT_SVG);
  g_assert_false (wm_radar_format_from_path ("chart.jpeg", &format));

  g_assert_true (wm_radar_export (data, svg, WM_RADAR_FORMAT_SVG, 595, 842, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (wm_radar_export (data, pdf, WM_RADAR_FORMAT_PDF, 595, 842, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  if (g_file_test ("/usr/bin/pdftotext", G_FILE_TEST_IS_EXECUTABLE))
    {
      const char *argv[] = { "/usr/bin/pdftotext", pdf, "-", NULL };
      g_autofree char *text = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &text, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_nonnull (strstr (text, "Learning Quality Framework: Baseline and now"));
      g_assert_nonnull (strstr (text, "Snapshot 1, spring term"));
    }
  else
    g_test_skip ("pdftotext is not installed: the PDF's text was not read back");
  wm_test_remove_tree (dir);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (folder) != NULL)
    n++;
  return n;
}

static void
test_export_fails_cleanly (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-radar-XXXXXX");
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "chart.pdf", NULL);
  g_autofree char *taken = g_build_filename (dir, "taken.png", NULL);
  g_autoptr(WmRadarData) data = make_data (5, 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (wm_radar_export (data, missing, WM_RADAR_FORMAT_PDF, 595, 842, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);
  g_assert_cmpuint (count_files (dir), ==, 0);

  /* A folder in the way: the chart is drawn, the rename fails, the temporary file goes. */
  g_assert_cmpint (g_mkdir (taken, 0700), ==, 0);
  g_assert_false (wm_radar_export (data, taken, WM_RADAR_FORMAT_PNG, 200, 150, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, taken));
  g_assert_cmpuint (count_files (dir), ==, 1);
  wm_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/radar/layout/clear", test_layout_clear);
  g_test_add_func ("/radar/layout/lqf-whole", test_layout_lqf_whole);
  g_test_add_func ("/radar/style/distinct", test_style_distinct);
  g_test_add_func ("/radar/layout/nan-skipped", test_nan_skipped);
  g_test_add_func ("/radar/draw/pixels", test_draw_pixels);
  g_test_add_func ("/radar/export/png", test_export_png);
  g_test_add_func ("/radar/export/pdf-svg", test_export_pdf_svg);
  g_test_add_func ("/radar/export/fails-cleanly", test_export_fails_cleanly);

  return g_test_run ();
}
