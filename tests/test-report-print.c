/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-report-print"

#include "config.h"

#include <gtk/gtk.h>

#include "wm-catalog.h"
#include "wm-judgements.h"
#include "wm-report-print.h"
#include "wm-report.h"
#include "wm-snapshots.h"
#include "wm-test-util.h"

/*
 * Printing the report for governors through GtkPrintOperation, in export mode under Xvfb:
 * the PDF holds the pages, the chart is drawn on the first, and the print settings are kept
 * in the user's config folder for the next print.
 */

#define SNAPSHOT_NAME "Autumn review"

static const char *const element_titles[] = {
  "Vision for Learning", "A Framework for Learning", "A Language for Learning",
  "Leading innovation in learning", "Professional Learning", "Curriculum Design",
  "Teaching Methodologies", "The Learning Environment", "Learner Engagement",
  "Parents, Governors and Community", "Evaluating the impact",
  "Evaluating the learning organisation",
};

typedef struct {
  char    *dir;
  char    *path;
  WmStore *store;
  gint64   snapshot_id;
} Fixture;

/* Rates each "DESCRIPTOR=RATING" of lqf. */
static void
rate_all (WmStore            *store,
          const char * const *ratings)
{
  for (guint i = 0; ratings[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) pair = g_strsplit (ratings[i], "=", 2);

      g_assert_true (wm_judgements_rate (store, "lqf", pair[0], pair[1], NULL, "Head", &error));
      g_assert_no_error (error);
    }
}

static void
set_up (Fixture       *f,
        gconstpointer  user_data)
{
  const char *before[] = { "1.1b=secure", "2.1b=partial", "3.1b=developing", "5.1b=partial",
                           "8.1b=secure", "8.2b=partial", "11.1b=developing", NULL };
  const char *after[] = { "1.1s=secure", "1.2b=secure", "3.1b=secure", "4.1b=partial",
                          "7.1b=secure", "9.1b=partial", "12.1b=developing", NULL };
  g_autoptr(GError) error = NULL;

  f->dir = wm_test_make_dir ("waymark-print-XXXXXX");
  f->path = g_build_filename (f->dir, "school.waymark", NULL);
  f->store = wm_catalog_open_school (f->path, &error);
  g_assert_no_error (error);

  rate_all (f->store, before);
  f->snapshot_id = wm_snapshots_create (f->store, "lqf", SNAPSHOT_NAME, "2025-10-01", "Head", &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->snapshot_id, >, 0);
  rate_all (f->store, after);
}

static void
tear_down (Fixture       *f,
           gconstpointer  user_data)
{
  g_clear_object (&f->store);
  wm_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

static WmReportPrint *
new_print (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *reports = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_report_free);
  WmReport *report = wm_report_new (f->store, "lqf", f->snapshot_id, &error);
  WmReportPrint *operation;

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_ptr_array_add (reports, report);
  operation = wm_report_print_new (reports);
  g_assert_nonnull (operation);
  return operation;
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         int                     *out)
{
  *out = result;
}

/* pdfinfo, pdftotext and pdftoppm read the PDF; without them the test is skipped, not passed. */
/* The text with every run of white space made one space, so wrapped lines read whole. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static guint
count_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = wm_test_run_program (argv);
  const char *line;

  line = strstr (info, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static void
check_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *raw = wm_test_run_program (argv);
  g_autofree char *text = squeeze (raw);

  for (guint i = 0; i < G_N_ELEMENTS (element_titles); i++)
    if (strstr (text, element_titles[i]) == NULL)
      g_error ("“%s” is not in the PDF:\n%s", element_titles[i], raw);
  g_assert_nonnull (strstr (text, "Where the school stands"));
  g_assert_nonnull (strstr (text, "Now"));
  g_assert_nonnull (strstr (text, SNAPSHOT_NAME));
}

/* The first page at 50 dpi: blue ("Now") and orange (the snapshot) ink where the chart is, below
 * the heading and above the summary and the table (whose arrows are coloured too). */
static void
check_chart_drawn (const char *dir,
                   const char *pdf)
{
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autofree char *png = g_strconcat (prefix, ".png", NULL);
  const char *argv[] = { "pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", "-singlefile",
                         pdf, prefix, NULL };
  g_autofree char *out = wm_test_run_program (argv);
  cairo_surface_t *surface;
  guint blue = 0, orange = 0;
  int width, height, stride;
  const guchar *pixels;

  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  pixels = cairo_image_surface_get_data (surface);
  /* A4 at 50 dpi is about 413 × 585. */
  g_assert_cmpint (width, >, 350);
  g_assert_cmpint (height, >, 500);

  for (int y = height / 10; y < height * 62 / 100; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (pixels + y * stride + x * 4);
        int r = (pixel >> 16) & 0xff, b = pixel & 0xff;

        if (b - r > 60)
          blue++;
        else if (r - b > 60)
          orange++;
      }
  g_test_message ("page 1 (%d × %d): %u blue and %u orange pixels in the chart's part",
                  width, height, blue, orange);
  g_assert_cmpuint (blue, >, 20);
  g_assert_cmpuint (orange, >, 20);
  cairo_surface_destroy (surface);
}

static void
test_export (Fixture       *f,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  WmReportPrint *operation = new_print (f);
  GtkPrintOperationResult result;
  int done = -1;
  gint64 deadline;
  guint pages;

  g_signal_connect (operation, "done", G_CALLBACK (done_cb), &done);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), FALSE);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (done < 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (done, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_finalize_object (operation);

  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  if (!wm_test_have_poppler ())
    return;
  pages = count_pages (pdf);
  g_test_message ("%u pages", pages);
  g_assert_cmpuint (pages, >=, 2);
  check_text (pdf);
  check_chart_drawn (f->dir, pdf);
}

static void
test_settings_kept (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *ini = g_build_filename (g_get_user_config_dir (), "waymark", "print.ini", NULL);
  WmReportPrint *operation = new_print (f);
  GtkPrintSettings *settings;
  GtkPageSetup *page_setup;
  int done = -1;

  /* The first time, nothing is kept yet: A4 portrait. */
  g_assert_false (g_file_test (ini, G_FILE_TEST_EXISTS));
  page_setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation));
  g_assert_nonnull (page_setup);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (page_setup)), ==,
                   GTK_PAPER_NAME_A4);
  g_assert_cmpint (gtk_page_setup_get_orientation (page_setup), ==, GTK_PAGE_ORIENTATION_PORTRAIT);

  settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation));
  g_assert_nonnull (settings);
  gtk_print_settings_set (settings, "waymark-test", "1");
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), &done);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), FALSE);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                            GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpint (done, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_finalize_object (operation);

  /* Kept in the user's config folder, both groups. */
  g_assert_true (g_file_test (ini, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_key_file_load_from_file (file, ini, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (g_key_file_has_group (file, "Print Settings"));
  g_assert_true (g_key_file_has_group (file, "Page Setup"));

  /* The next print offers them again. */
  operation = new_print (f);
  settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation));
  g_assert_nonnull (settings);
  g_assert_cmpstr (gtk_print_settings_get (settings, "waymark-test"), ==, "1");
  page_setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation));
  g_assert_nonnull (page_setup);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (page_setup)), ==,
                   GTK_PAPER_NAME_A4);
  g_assert_finalize_object (operation);
}

/* A print cancelled keeps nothing. */
static void
test_cancel_keeps_nothing (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autofree char *ini = g_build_filename (g_get_user_config_dir (), "waymark", "print.ini", NULL);
  WmReportPrint *operation = new_print (f);

  g_signal_emit_by_name (operation, "done", GTK_PRINT_OPERATION_RESULT_CANCEL);
  g_assert_false (g_file_test (ini, G_FILE_TEST_EXISTS));
  g_assert_finalize_object (operation);
}

int
main (int   argc,
      char *argv[])
{
  /* Each test gets its own config folder, where the print settings are kept. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();

  g_test_add ("/report-print/export", Fixture, NULL, set_up, test_export, tear_down);
  g_test_add ("/report-print/settings-kept", Fixture, NULL, set_up, test_settings_kept, tear_down);
  g_test_add ("/report-print/cancel-keeps-nothing", Fixture, NULL, set_up, test_cancel_keeps_nothing,
              tear_down);

  return g_test_run ();
}
