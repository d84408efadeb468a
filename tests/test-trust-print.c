/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-trust-print"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "wm-bundle.h"
#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-inclusion.h"
#include "wm-judgements.h"
#include "wm-radar-view.h"
#include "wm-report-layout.h"
#include "wm-school.h"
#include "wm-snapshots.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"
#include "wm-trust-print.h"
#include "wm-trust-window.h"

/*
 * Printing the trust's summary through GtkPrintOperation, in export mode under Xvfb: three
 * schools' bundles and a broken one. The print is A4 landscape the first time, has as many pages
 * as the PDF export of the same trust and names every school and the trust median; what was
 * chosen is kept for the next trust print, and the governors' pack's own page setup is left as
 * it was. Laid out for A4 portrait instead, the same summary fits the narrower page.
 *
 * Then a trust of twelve schools, each made through the core with judgements, notes, evidence and
 * an inclusion pupil of its own: the window draws a small chart per school against the trust
 * median, its table has the twelve and the median, printing it gives the PDF, and no note,
 * evidence name or pupil code of any school is in any bundle.
 *
 * Not G_TEST_OPTION_ISOLATE_DIRS (a UI test): the config folder where print settings are kept is
 * made the test's own in main().
 */

static const char * const schools[] = { "Alder Vale Primary", "Birchwood Academy", "Chestnut Lane School" };

typedef struct {
  char    *dir;
  char    *trust_dir;
  WmTrust *trust;
  char    *ini;
} Fixture;

static void
rate (WmStore    *store,
      const char *framework_id,
      const char *descriptor_id,
      const char *rating_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wm_judgements_rate (store, framework_id, descriptor_id, rating_id, NULL, "Head", &error));
  g_assert_no_error (error);
}

static void
make_school (Fixture *f,
             guint    k)
{
  g_autofree char *path = g_strdup_printf ("%s/school-%u.waymark", f->dir, k);
  g_autofree char *bundle = g_strdup_printf ("%s/school-%u.json", f->trust_dir, k);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (path, &error);

  g_assert_no_error (error);
  g_assert_true (wm_school_set_name (store, schools[k], &error));
  rate (store, "lqf", "1.1b", "secure");
  rate (store, "lqf", "2.1b", k > 0 ? "secure" : "partial");
  g_assert_cmpint (wm_snapshots_create (store, "lqf", "Autumn 2025", "2025-10-01", "Head", &error), >, 0);
  rate (store, "lqf", "3.1b", k == 2 ? "secure" : "developing");
  if (k == 0)
    rate (store, "eef-pillars", "metacognition-identify", "3");
  g_assert_true (wm_bundle_write (store, bundle, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *broken = NULL;

  f->dir = wm_test_make_dir ("waymark-trust-print-XXXXXX");
  f->trust_dir = g_build_filename (f->dir, "Northern Lights Trust", NULL);
  g_assert_cmpint (g_mkdir_with_parents (f->trust_dir, 0700), ==, 0);
  for (guint k = 0; k < G_N_ELEMENTS (schools); k++)
    make_school (f, k);
  broken = g_build_filename (f->trust_dir, "broken.json", NULL);
  g_assert_true (g_file_set_contents (broken, "{ \"format\": ", -1, &error));
  f->trust = wm_trust_load_dir (f->trust_dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->trust->schools->len, ==, 3);

  /* Every test starts with nothing kept. */
  f->ini = g_build_filename (g_get_user_config_dir (), "waymark", "print.ini", NULL);
  g_unlink (f->ini);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_unlink (f->ini);
  g_clear_pointer (&f->trust, wm_trust_free);
  wm_test_remove_tree (f->dir);
  g_free (f->ini);
  g_free (f->trust_dir);
  g_free (f->dir);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         int                     *out)
{
  *out = result;
}

/* Prints @operation to @pdf in export mode, and lets it go. */
static void
print_to (GtkPrintOperation *operation,
          const char        *pdf)
{
  g_autoptr(GError) error = NULL;
  int done = -1;

  g_signal_connect (operation, "done", G_CALLBACK (done_cb), &done);
  gtk_print_operation_set_export_filename (operation, pdf);
  gtk_print_operation_set_allow_async (operation, FALSE);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpint (done, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_null (wm_trust_print_get_error (WM_TRUST_PRINT (operation)));
  g_assert_finalize_object (operation);
}

/* pdfinfo and pdftotext read the PDF; without them the test is skipped, not passed. */
/* pdfinfo's value for @key ("Pages", "Page size"), trimmed. */
static char *
pdf_info (const char *pdf,
          const char *key)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = wm_test_run_program (argv);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  g_error ("pdfinfo says no %s for %s:\n%s", key, pdf, info);
}

static guint
count_pages (const char *pdf)
{
  g_autofree char *pages = pdf_info (pdf, "Pages");

  return (guint) g_ascii_strtoull (pages, NULL, 10);
}

/* The page size in points, rounded: "842 x 595". */
static char *
page_size (const char *pdf)
{
  g_autofree char *size = pdf_info (pdf, "Page size");
  double width = g_ascii_strtod (size, NULL);
  const char *by = strstr (size, " x ");

  g_assert_nonnull (by);
  return g_strdup_printf ("%.0f x %.0f", width, g_ascii_strtod (by + 3, NULL));
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return wm_test_run_program (argv);
}

static void
check_names (const char *pdf)
{
  g_autofree char *text = pdf_text (pdf);

  for (guint k = 0; k < G_N_ELEMENTS (schools); k++)
    if (strstr (text, schools[k]) == NULL)
      g_error ("“%s” is not in %s:\n%s", schools[k], pdf, text);
  g_assert_nonnull (strstr (text, "Trust median"));
  g_assert_nonnull (strstr (text, "Learning Quality Framework"));
  g_assert_nonnull (strstr (text, "broken.json"));
}

/* The pack's print settings, kept before the trust is printed. */
static void
keep_pack_settings (const char *ini)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *dir = g_path_get_dirname (ini);
  g_autoptr(GError) error = NULL;

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, letter);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_settings_set (settings, "waymark-test", "pack");
  gtk_page_setup_to_key_file (page_setup, file, "Page Setup");
  gtk_print_settings_to_key_file (settings, file, "Print Settings");
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_key_file_save_to_file (file, ini, &error));
  g_assert_no_error (error);
}

/* One group of the kept settings, as text, to compare before and after. */
static char *
group_text (const char *ini,
            const char *group)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) keys = NULL;

  g_assert_true (g_key_file_load_from_file (file, ini, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  keys = g_key_file_get_keys (file, group, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = g_key_file_get_value (file, group, keys[i], NULL);

      g_string_append_printf (text, "%s=%s\n", keys[i], value);
    }
  return g_strdup (text->str);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (f->dir, "exported.pdf", NULL);
  g_autofree char *size = NULL;
  g_autofree char *pack_setup = NULL;
  g_autofree char *pack_settings = NULL;
  g_autofree char *setup_after = NULL;
  g_autofree char *settings_after = NULL;
  g_autoptr(GError) error = NULL;
  WmTrustPrint *operation;
  GtkPageSetup *page_setup;
  guint pages;

  keep_pack_settings (f->ini);
  pack_setup = group_text (f->ini, "Page Setup");
  pack_settings = group_text (f->ini, "Print Settings");

  /* The first time: A4 landscape, with the PDF export's margins. */
  operation = wm_trust_print_new (f->trust, "Northern Lights Trust", NULL);
  page_setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation));
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (page_setup)), ==, GTK_PAPER_NAME_A4);
  g_assert_cmpint (gtk_page_setup_get_orientation (page_setup), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_left_margin (page_setup, GTK_UNIT_POINTS), WM_REPORT_MARGIN,
                                  0.01);
  print_to (GTK_PRINT_OPERATION (operation), pdf);
  g_assert_true (wm_trust_export_pdf (f->trust, exported, &error));
  g_assert_no_error (error);

  /* Kept for the next trust print, and the pack's own choice left as it was. */
  g_assert_true (g_file_test (f->ini, G_FILE_TEST_IS_REGULAR));
  setup_after = group_text (f->ini, "Page Setup");
  settings_after = group_text (f->ini, "Print Settings");
  g_assert_cmpstr (setup_after, ==, pack_setup);
  g_assert_cmpstr (settings_after, ==, pack_settings);
  operation = wm_trust_print_new (f->trust, NULL, NULL);
  page_setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation));
  g_assert_cmpint (gtk_page_setup_get_orientation (page_setup), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_assert_finalize_object (operation);

  if (!wm_test_have_poppler ())
    return;
  size = page_size (pdf);
  g_assert_cmpstr (size, ==, "842 x 595");
  pages = count_pages (pdf);
  g_test_message ("printed: %u pages of %s points; exported: %u pages", pages, size, count_pages (exported));
  /* The LQF and the EEF pillars from a page each, and the bundle left out. */
  g_assert_cmpuint (pages, >=, 3);
  g_assert_cmpuint (pages, ==, count_pages (exported));
  check_names (pdf);
}

/* Kept portrait, the same summary is laid out again for the narrower page. */
static void
test_portrait (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "portrait.pdf", NULL);
  g_autofree char *size = NULL;
  WmTrustPrint *operation = wm_trust_print_new (f->trust, NULL, NULL);
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_copy (
    gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation)));

  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), page_setup);
  print_to (GTK_PRINT_OPERATION (operation), pdf);

  if (!wm_test_have_poppler ())
    return;
  size = page_size (pdf);
  g_assert_cmpstr (size, ==, "595 x 842");
  check_names (pdf);
}

/* A print cancelled keeps nothing. */
static void
test_cancel_keeps_nothing (Fixture       *f,
                           gconstpointer  data)
{
  WmTrustPrint *operation = wm_trust_print_new (f->trust, NULL, NULL);

  g_signal_emit_by_name (operation, "done", GTK_PRINT_OPERATION_RESULT_CANCEL);
  g_assert_false (g_file_test (f->ini, G_FILE_TEST_EXISTS));
  g_assert_finalize_object (operation);
}

/* The twelve schools: each rates every LQF element its own way, twice (a snapshot between), and
 * keeps things no bundle may carry: notes, evidence names and a pupil's code. */
static const char * const twelve[] = {
  "Ashdown Primary", "Bramley Church School", "Coldharbour Academy", "Dunmore Infant School",
  "Elmstead Junior School", "Fernhill Primary", "Greyfriars Academy", "Hollins Park School",
  "Ivybridge Primary", "Juniper Green School", "Kingsmead Academy", "Larkrise Primary",
};

static const char * const ratings[] = { "not-started", "developing", "partial", "secure" };

/* What school @k keeps private, @what of the three. */
static char *
private_text (guint       k,
              const char *what)
{
  if (g_str_equal (what, "code"))
    return g_strdup_printf ("ZQ%02uX", k + 1);
  return g_strdup_printf ("%s-%s-%02u", what, k % 2 ? "Lapwing" : "Merlin", k + 1);
}

static void
make_twelfth (const char *dir,
              const char *trust_dir,
              guint       k)
{
  g_autofree char *path = g_strdup_printf ("%s/school-%02u.waymark", dir, k);
  g_autofree char *bundle = g_strdup_printf ("%s/school-%02u.json", trust_dir, k);
  g_autofree char *note = private_text (k, "NOTE");
  g_autofree char *evidence = private_text (k, "EVIDENCE");
  g_autofree char *code = private_text (k, "code");
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (path, &error);
  gint64 id;

  g_assert_no_error (error);
  g_assert_true (wm_school_set_name (store, twelve[k], &error));
  for (guint round = 0; round < 2; round++)
    {
      /* The first two strands of each element: Bronze, and Silver once Bronze is secure. */
      for (guint e = 1; e <= 12; e++)
        for (guint strand = 1; strand <= 2; strand++)
          {
            guint bronze = 1 + (k + e + strand + round) % 3;
            guint silver = (k * 3 + e * 2 + strand + round * 2) % 4;
            g_autofree char *descriptor = g_strdup_printf ("%u.%ub", e, strand);

            g_assert_true (wm_judgements_rate (store, "lqf", descriptor, ratings[bronze], note, "Head", &error));
            if (bronze < 3)
              continue;
            descriptor[strlen (descriptor) - 1] = 's';
            g_assert_true (wm_judgements_rate (store, "lqf", descriptor, ratings[silver], note, "Head", &error));
            g_assert_no_error (error);
          }
      g_assert_cmpint (wm_snapshots_create (store, "lqf", round ? "Summer 2026" : "Autumn 2025",
                                            round ? "2026-07-01" : "2025-10-01", "Head", &error), >, 0);
    }
  id = wm_evidence_add_note (store, "Minutes of the meeting", evidence, "Head", &error);
  g_assert_cmpint (id, >, 0);
  g_assert_true (wm_evidence_attach (store, "lqf", "1.1b", id, "Head", &error));
  id = wm_inclusion_add_cohort (store, "Year 5", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL, &error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (wm_inclusion_add_pupil (store, id, code, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (wm_bundle_write (store, bundle, NULL, &error));
  g_assert_no_error (error);
}

/* How many rows of the table have a school (or the median) in their first column. */
static guint
table_rows (GtkGrid *grid)
{
  guint n = 0;

  while (gtk_grid_get_child_at (grid, 0, (int) n + 1) != NULL)
    n++;
  return n;
}

static void
test_twelve_schools (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *trust_dir = g_build_filename (f->dir, "Twelve Schools Trust", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "twelve-printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (f->dir, "twelve-exported.pdf", NULL);
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GString) table = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmTrust) trust = NULL;
  WmTrustWindow *window;
  GtkGrid *grid;

  g_assert_cmpint (g_mkdir (trust_dir, 0700), ==, 0);
  for (guint k = 0; k < G_N_ELEMENTS (twelve); k++)
    make_twelfth (f->dir, trust_dir, k);

  /* No bundle holds anything private of any school. */
  for (guint k = 0; k < G_N_ELEMENTS (twelve); k++)
    {
      g_autofree char *bundle = g_strdup_printf ("%s/school-%02u.json", trust_dir, k);
      g_autoptr(GBytes) bytes = wm_test_read_bytes (bundle);
      gsize size;
      const char *contents = g_bytes_get_data (bytes, &size);

      g_assert_nonnull (g_strstr_len (contents, size, twelve[k]));
      for (guint other = 0; other < G_N_ELEMENTS (twelve); other++)
        {
          const char *what[] = { "NOTE", "EVIDENCE", "code" };

          for (guint w = 0; w < G_N_ELEMENTS (what); w++)
            {
              g_autofree char *secret = private_text (other, what[w]);

              if (g_strstr_len (contents, size, secret) != NULL)
                g_error ("%s holds %s, which school %u keeps private", bundle, secret, other);
            }
        }
    }

  window = wm_trust_window_new (NULL, trust_dir, &error);
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  gtk_window_present (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  g_assert_true (wm_trust_window_set_framework_id (window, "lqf"));
  wm_test_ui_wait_for_idle ();

  /* Small multiples: a chart per school, each the school against the trust median. */
  wm_test_ui_collect_widgets (GTK_WIDGET (window), WM_TYPE_RADAR_VIEW, views);
  g_assert_cmpuint (views->len, ==, G_N_ELEMENTS (twelve));
  for (guint i = 0; i < views->len; i++)
    {
      const WmRadarData *chart = wm_radar_view_get_data (g_ptr_array_index (views, i));

      g_assert_cmpuint (chart->n_series, ==, 2);
      g_assert_cmpstr (chart->series[0].name, ==, twelve[i]);
      g_assert_cmpstr (chart->series[1].name, ==, "Trust median");
      g_assert_cmpuint (chart->n_axes, ==, 12);
    }

  /* The table: the twelve and the median under the heading row. */
  grid = GTK_GRID (wm_test_ui_find_widget (GTK_WIDGET (window), GTK_TYPE_GRID));
  g_assert_cmpuint (table_rows (grid), ==, G_N_ELEMENTS (twelve) + 1);
  wm_test_ui_collect_widgets (GTK_WIDGET (grid), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (table, "%s\n", gtk_label_get_text (g_ptr_array_index (labels, i)));
  for (guint k = 0; k < G_N_ELEMENTS (twelve); k++)
    g_assert_nonnull (strstr (table->str, twelve[k]));
  g_assert_nonnull (strstr (table->str, "Trust median\nof 12 schools"));

  /* Printed from the window: the PDF, page for page as the export of the same folder. */
  print_to (wm_trust_window_new_print (window), pdf);
  trust = wm_trust_load_dir (trust_dir, &error);
  g_assert_no_error (error);
  g_assert_true (wm_trust_export_pdf (trust, exported, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));

  if (!wm_test_have_poppler ())
    return;
  {
    g_autofree char *text = pdf_text (pdf);
    g_autofree char *size = page_size (pdf);

    g_test_message ("twelve schools: %u pages printed, %u exported", count_pages (pdf), count_pages (exported));
    g_assert_cmpstr (size, ==, "842 x 595");
    g_assert_cmpuint (count_pages (pdf), ==, count_pages (exported));
    for (guint k = 0; k < G_N_ELEMENTS (twelve); k++)
      if (strstr (text, twelve[k]) == NULL)
        g_error ("“%s” is not in the printed trust summary:\n%s", twelve[k], text);
    g_assert_nonnull (strstr (text, "Trust median"));
    g_assert_null (strstr (text, "NOTE-"));
    g_assert_null (strstr (text, "EVIDENCE-"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = NULL;
  int status;

  /* The print settings are kept in a config folder of the test's own, made before GLib first
   * reads where it is. */
  config = wm_test_make_dir ("waymark-trust-print-config-XXXXXX");
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/trust-print/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/trust-print/portrait", Fixture, NULL, fixture_set_up, test_portrait, fixture_tear_down);
  g_test_add ("/trust-print/cancel-keeps-nothing", Fixture, NULL, fixture_set_up, test_cancel_keeps_nothing,
              fixture_tear_down);
  g_test_add ("/trust-print/twelve-schools", Fixture, NULL, fixture_set_up, test_twelve_schools, fixture_tear_down);

  status = g_test_run ();
  wm_test_remove_tree (config);
  return status;
}
