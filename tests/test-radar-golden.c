/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-radar-golden"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "wm-radar.h"

/*
 * Golden images: the radar chart drawn for fixed data, compared pixel by pixel with the PNGs in
 * tests/data/golden/. docs/radar.md says what the tolerance allows and how to update them:
 *
 *   WAYMARK_UPDATE_GOLDEN=1 meson test -C build test-radar-golden
 *
 * and then look at every image it wrote before committing it.
 */

#define WIDTH  560
#define HEIGHT 420

/* A pixel differs when one of its channels is more than this far off: antialiasing and
 * FreeType's rounding move edges by a few levels, a missing line or a moved label by far more. */
#define CHANNEL_TOLERANCE 48
/* The image differs when more than this share of its pixels does. */
#define MAX_DIFFERING     0.005
/* The references live in git: an image larger than this wants a simpler case. */
#define MAX_BYTES         (100 * 1024)

static const char *lqf_elements[] = {
  "1 Vision for Learning", "2 A Framework for Learning", "3 A Language for Learning",
  "4 Leading innovation in learning", "5 Professional Learning", "6 Curriculum Design",
  "7 Teaching Methodologies", "8 The Learning Environment", "9 Learner Engagement",
  "10 Parents, Governors and Community", "11 Evaluating the impact",
  "12 Evaluating the learning organisation",
};

/* The LQF's 32 strands, by id and (where it has one) title. */
static const char *lqf_strands[] = {
  "1.1", "1.2", "2.1 The school's view of learning", "2.2", "3.1", "3.2", "4.1 Dialogue",
  "4.2 Enabling Exploration", "4.3 Monitoring practice", "5.1 Aligning CPD to the school's vision",
  "5.2 Professional Learning Communities", "5.3 Coaching Learning", "5.4",
  "6.1 Adapting the taught curriculum", "6.2", "7.1", "7.2", "7.3 Constructing Learning", "7.4",
  "8.1 Relating for Learning", "8.2 Talking for Learning", "8.3 Constructing Learning",
  "8.4 Celebrating Learning", "9.1", "9.2 Students as designers of learning", "10.1",
  "10.2 Building parent power", "11.1", "11.2 Using progression to refine practice",
  "11.3 Building self-reflective learners", "12.1", "12.2 Evaluation for development",
};

static const char *long_labels[] = {
  "Leaders share a clear, ambitious vision for learning with staff, pupils and parents",
  "The curriculum is planned so that knowledge and skills build on what pupils learned before",
  "Teachers check understanding systematically and adapt their teaching as they go",
  "Pupils with special educational needs and disabilities achieve the best possible outcomes",
  "Reading is prioritised so that every pupil learns to read fluently and with confidence",
  "Behaviour and attitudes: pupils are committed to their learning and know how to study",
  "Staff development is aligned with the school's priorities for teaching and learning",
  "Governors hold leaders to account for the quality of education and for safeguarding",
};

static const char *areas[] = {
  "Leadership and management", "Curriculum planning and assessment",
  "Learning and teaching with technology", "Extending opportunities for learning",
  "Technology infrastructure and resources",
};

static const char *lqf_rings[] = { "Bronze", "Silver", "Gold" };
static const char *phases[] = { "Phase 1", "Phase 2", "Phase 3", "Phase 4", "Phase 5" };
static const char *whole_numbers[] = { "1", "2", "3", "4" };
static const char *snapshots[] = { "Now", "Spring term 2025", "Autumn term 2024", "Baseline 2023" };

typedef struct {
  const char   *name;        /* the reference image is tests/data/golden/NAME.png */
  const char   *title;
  const char  **labels;
  guint         n_axes;
  const char  **rings;
  guint         n_rings;
  double        max;
  guint         n_series;
  gboolean      with_nan;    /* some values are NAN: those points are skipped */
} GoldenCase;

static const GoldenCase cases[] = {
  { "radar-3-axes-1-series", "Digital strategy: three areas", areas, 3, whole_numbers, 4, 4, 1, FALSE },
  { "radar-5-axes-4-series", "Technology self-review", areas, 5, phases, 5, 5, 4, FALSE },
  { "radar-12-axes-1-series", "Learning Quality Framework", lqf_elements, 12, lqf_rings, 3, 3, 1, FALSE },
  { "radar-12-axes-4-series", "Learning Quality Framework", lqf_elements, 12, lqf_rings, 3, 3, 4, FALSE },
  { "radar-32-axes-4-series", "Learning Quality Framework: strands", lqf_strands, 32, lqf_rings, 3, 3, 4, FALSE },
  { "radar-long-labels", "School self-evaluation", long_labels, 8, phases, 5, 5, 2, FALSE },
  { "radar-nan-values", "Learning Quality Framework", lqf_elements, 12, lqf_rings, 3, 3, 2, TRUE },
};

/* Fixed values spread between 0 and @max, different for every series and axis. */
static double
value_at (const GoldenCase *golden,
          guint             series,
          guint             axis)
{
  double value = fmod (0.35 + series * 0.9 + axis * 1.7 + (axis % 3) * 0.45, golden->max + 0.6);

  if (golden->with_nan && series == 0 && (axis == 2 || axis == 3 || axis == 9))
    return NAN;
  if (golden->with_nan && series == 1 && axis == 6)
    return NAN;
  return MIN (value, golden->max);
}

static WmRadarData *
make_data (const GoldenCase *golden)
{
  g_autoptr(WmRadarData) data = wm_radar_data_new (golden->title, golden->n_axes, golden->max);

  for (guint i = 0; i < golden->n_axes; i++)
    {
      /* The short label is the element's number, as wm_radar_data_from_scores() makes it. */
      g_autofree char *number = g_strndup (golden->labels[i], strcspn (golden->labels[i], " "));

      wm_radar_data_set_axis (data, i, golden->labels[i],
                              g_ascii_isdigit (*number) ? number : NULL);
    }
  wm_radar_data_set_rings (data, golden->rings, golden->n_rings);

  for (guint s = 0; s < golden->n_series; s++)
    {
      g_autofree double *values = g_new (double, golden->n_axes);

      for (guint i = 0; i < golden->n_axes; i++)
        values[i] = value_at (golden, s, i);
      g_assert_true (wm_radar_data_add_series (data, snapshots[s], values));
    }
  return g_steal_pointer (&data);
}

/* Draws @data as the PNG export would: the print style on a white image at scale 1. */
static cairo_surface_t *
render (const WmRadarData *data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(WmRadarLayout) layout = NULL;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  /* No font options here: wm_radar_select_font() replaces the cr's options for every run of
   * text (unhinted, unhinted metrics); main() turns off subpixel rendering. */
  layout = wm_radar_layout_new (data, WIDTH, HEIGHT, cr);
  wm_radar_draw (cr, layout, data, wm_radar_style_print ());
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* ARGB of a pixel. cairo writes an opaque chart as an RGB PNG and reads that back as RGB24,
 * whose top byte is undefined: it reads as opaque. */
static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);
  guint32 pixel = ((const guint32 *) row)[x];

  return cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24 ? pixel | 0xff000000 : pixel;
}

static gboolean
pixels_differ (guint32 a,
               guint32 b)
{
  for (guint shift = 0; shift < 32; shift += 8)
    if (abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > CHANNEL_TOLERANCE)
      return TRUE;
  return FALSE;
}

/* The share of pixels that differ, or -1 when the sizes do. With @diff, draws them in red on
 * the faded @reference. */
static double
compare_images (cairo_surface_t  *reference,
                cairo_surface_t  *actual,
                cairo_surface_t **diff)
{
  int width = cairo_image_surface_get_width (reference);
  int height = cairo_image_surface_get_height (reference);
  guint32 *out = NULL;
  int out_stride = 0;
  guint64 differing = 0;

  if (width != cairo_image_surface_get_width (actual) ||
      height != cairo_image_surface_get_height (actual) || width == 0 || height == 0)
    return -1;

  if (diff != NULL)
    {
      *diff = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_surface_flush (*diff);
      out = (guint32 *) cairo_image_surface_get_data (*diff);
      out_stride = cairo_image_surface_get_stride (*diff) / 4;
    }
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 before = pixel_at (reference, x, y);
        gboolean differs = pixels_differ (before, pixel_at (actual, x, y));
        guint32 faded = 0xff000000;

        differing += differs;
        if (out == NULL)
          continue;
        for (guint shift = 0; shift < 24; shift += 8)
          faded |= (guint32) (((before >> shift) & 0xff) / 4 + 191) << shift;
        out[y * out_stride + x] = differs ? 0xffff0000 : faded;
      }
  if (diff != NULL)
    cairo_surface_mark_dirty (*diff);
  return (double) differing / ((double) width * height);
}

static gboolean
update_mode (void)
{
  return g_strcmp0 (g_getenv ("WAYMARK_UPDATE_GOLDEN"), "1") == 0;
}

static char *
reference_path (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".png", NULL);

  return g_test_build_filename (G_TEST_DIST, "data", "golden", file, NULL);
}

static void
write_png (cairo_surface_t *surface,
           const char      *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  if (cairo_surface_write_to_png (surface, path) != CAIRO_STATUS_SUCCESS)
    g_error ("Could not write %s", path);
}

/* Loads the reference image, or returns NULL (and says why in @why) when there is none. */
static cairo_surface_t *
load_reference (const char  *path,
                char       **why)
{
  cairo_surface_t *reference;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      *why = g_strdup ("it is missing");
      return NULL;
    }
  reference = cairo_image_surface_create_from_png (path);
  if (cairo_surface_status (reference) != CAIRO_STATUS_SUCCESS)
    {
      *why = g_strdup_printf ("it could not be read (%s)",
                              cairo_status_to_string (cairo_surface_status (reference)));
      cairo_surface_destroy (reference);
      return NULL;
    }
  return reference;
}

/* Checks @actual against the reference image @name, or (in update mode) replaces it. */
static void
check_golden (const char      *name,
              cairo_surface_t *actual)
{
  g_autofree char *path = reference_path (name);
  g_autofree char *why = NULL;
  cairo_surface_t *reference = load_reference (path, &why);
  cairo_surface_t *diff = NULL;
  double fraction = reference != NULL ? compare_images (reference, actual, &diff) : -1;
  g_autofree char *out_dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "golden-output", NULL);
  g_autofree char *actual_path = g_strdup_printf ("%s/%s-actual.png", out_dir, name);
  g_autofree char *diff_path = g_strdup_printf ("%s/%s-diff.png", out_dir, name);

  if (why == NULL && fraction < 0)
    why = g_strdup_printf ("it is %dx%d, not %dx%d", cairo_image_surface_get_width (reference),
                           cairo_image_surface_get_height (reference),
                           cairo_image_surface_get_width (actual),
                           cairo_image_surface_get_height (actual));

  if (update_mode ())
    {
      GStatBuf info;

      write_png (actual, path);
      if (g_stat (path, &info) == 0 && info.st_size > MAX_BYTES)
        g_test_message ("%s is %ld KB: keep reference images under %d KB", path,
                        (long) info.st_size / 1024, MAX_BYTES / 1024);
      if (why != NULL)
        g_test_message ("Updated %s (before: %s): look at it before committing it", path, why);
      else
        g_test_message ("Updated %s (before: %.3f%% of pixels differed): look at it before "
                        "committing it", path, fraction * 100);
    }
  else if (why != NULL)
    {
      write_png (actual, actual_path);
      g_test_fail_printf ("Reference image %s: %s. The chart as drawn now is %s. To create the "
                          "references, run WAYMARK_UPDATE_GOLDEN=1 meson test -C build "
                          "test-radar-golden and look at every image it writes.",
                          path, why, actual_path);
    }
  else if (fraction > MAX_DIFFERING)
    {
      write_png (actual, actual_path);
      write_png (diff, diff_path);
      g_test_fail_printf ("%.3f%% of the pixels of %s differ from %s (at most %.1f%% may): the "
                          "chart as drawn now is %s, the differences are red in %s. If the change "
                          "is intended, update the references (docs/radar.md); if the text moved, "
                          "check that fonts-dejavu-core is installed.",
                          fraction * 100, name, path, MAX_DIFFERING * 100, actual_path, diff_path);
    }
  else
    g_test_message ("%s: %.3f%% of pixels differ", name, fraction * 100);

  g_clear_pointer (&diff, cairo_surface_destroy);
  g_clear_pointer (&reference, cairo_surface_destroy);
}

static void
test_golden (gconstpointer user_data)
{
  const GoldenCase *golden = user_data;
  g_autoptr(WmRadarData) data = make_data (golden);
  cairo_surface_t *actual = render (data);

  check_golden (golden->name, actual);
  cairo_surface_destroy (actual);
}

/* The chart's text is measured in DejaVu Sans: another face would move every label. */
static void
test_font (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_text_extents_t extents;

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, options);
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 100);
  cairo_text_extents (cr, "Learning Quality Framework", &extents);
  /* DejaVu Sans 2.3x: this title is 1419.4 wide at size 100. */
  if (fabs (extents.x_advance - 1419.4) > 2)
    g_test_fail_printf ("The text is not in DejaVu Sans (%.1f units wide, not 1419.4): install "
                        "fonts-dejavu-core, or the golden images will not match", extents.x_advance);
  cairo_font_options_destroy (options);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The comparison can fail: the 12-axis chart without its first snapshot ("Now"), so that the
 * others take its colour and line, is well over the threshold; unchanged, it is under it. */
static void
test_detects_change (void)
{
  const GoldenCase *golden = &cases[3];
  g_autoptr(WmRadarData) data = make_data (golden);
  g_autofree char *path = reference_path (golden->name);
  g_autofree char *why = NULL;
  cairo_surface_t *reference = load_reference (path, &why);
  cairo_surface_t *actual;
  double same, changed;

  g_assert_cmpstr (golden->name, ==, "radar-12-axes-4-series");
  if (reference == NULL)
    {
      g_test_fail_printf ("Reference image %s: %s: run WAYMARK_UPDATE_GOLDEN=1 meson test -C build "
                          "test-radar-golden", path, why);
      return;
    }

  actual = render (data);
  same = compare_images (reference, actual, NULL);
  cairo_surface_destroy (actual);

  g_free (data->series[0].name);
  g_free (data->series[0].values);
  memmove (&data->series[0], &data->series[1], sizeof (WmRadarSeries) * (data->n_series - 1));
  data->n_series--;
  actual = render (data);
  changed = compare_images (reference, actual, NULL);
  cairo_surface_destroy (actual);
  cairo_surface_destroy (reference);

  g_test_message ("unchanged: %.3f%% of pixels differ; without \"Now\": %.3f%%",
                  same * 100, changed * 100);
  g_assert_cmpfloat (same, >=, 0);
  g_assert_cmpfloat (same, <=, MAX_DIFFERING);
  g_assert_cmpfloat (changed, >, MAX_DIFFERING);
}

/* The chart asks cairo for unhinted text, but a system whose fontconfig asks for subpixel
 * rendering still gets coloured fringes on an image surface (cairo 1.16 lets the font's rgba
 * win), and then no reference matches. This configuration reads the usual one and then turns
 * subpixel rendering and hinting off. Returns the folder it is in. */
static char *
use_plain_fontconfig (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("waymark-golden-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *conf = NULL;
  const char *system = g_getenv ("FONTCONFIG_FILE");

  g_assert_no_error (error);
  path = g_build_filename (dir, "fonts.conf", NULL);
  conf = g_markup_printf_escaped (
    "<?xml version=\"1.0\"?>\n<fontconfig>\n"
    "  <include ignore_missing=\"yes\">%s</include>\n"
    "  <match target=\"font\">\n"
    "    <edit name=\"antialias\" mode=\"assign\"><bool>true</bool></edit>\n"
    "    <edit name=\"rgba\" mode=\"assign\"><const>none</const></edit>\n"
    "    <edit name=\"hinting\" mode=\"assign\"><bool>false</bool></edit>\n"
    "  </match>\n</fontconfig>\n",
    system != NULL ? system : "/etc/fonts/fonts.conf");
  g_assert_true (g_file_set_contents (path, conf, -1, &error));
  g_assert_no_error (error);
  g_setenv ("FONTCONFIG_FILE", path, TRUE);
  return dir;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *fontconfig_dir = NULL;
  g_autofree char *fontconfig_file = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  fontconfig_dir = use_plain_fontconfig ();
  fontconfig_file = g_build_filename (fontconfig_dir, "fonts.conf", NULL);

  g_test_add_func ("/radar-golden/font", test_font);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *test_path = g_strdup_printf ("/radar-golden/%s", cases[c].name);

      g_test_add_data_func (test_path, &cases[c], test_golden);
    }
  g_test_add_func ("/radar-golden/detects-change", test_detects_change);

  status = g_test_run ();
  g_unlink (fontconfig_file);
  g_rmdir (fontconfig_dir);
  return status;
}
