/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-trust"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "wm-bundle.h"
#include "wm-catalog.h"
#include "wm-csv.h"
#include "wm-judgements.h"
#include "wm-school.h"
#include "wm-snapshots.h"
#include "wm-trust.h"
#include "wm-test-util.h"

/*
 * The trust: twelve school files made through the core, their bundles read back as one trust,
 * the medians and movement checked by hand, the charts, the CSV, JSON and PDF; a duplicate, a
 * malformed and a newer bundle left out; and schools on two versions of the LQF compared on the
 * elements both share.
 *
 * Each school climbs the LQF one level at a time, every strand of an element alike, so that an
 * element's score is the number of levels secured. School k (0 to 11), Autumn 2025 → Summer 2026:
 *   element 1: max (k mod 4 − 1, 0) → k mod 4
 *   element 2: 2 → 3 for k < 9, else 0 → 0
 *   elements 3 to 12: 1 → 1
 */

#define N_SCHOOLS 12

static char *trust_dir;      /* the twelve schools' bundles */
static char *mixed_dir;      /* four schools, two of them on the LQF's version 2 */
static char *work_dir;

static const char * const level_ids[] = { "b", "s", "g" };

static void
rate_element (WmStore              *store,
              const WmFrameworkDef *def,
              const char           *element_id,
              guint                 from,
              guint                 to)
{
  for (guint h = 0; h < def->headings->len; h++)
    {
      WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      for (guint e = 0; e < heading->elements->len; e++)
        {
          WmElementDef *element = g_ptr_array_index (heading->elements, e);

          if (!g_str_equal (element->id, element_id))
            continue;
          for (guint s = 0; s < element->strands->len; s++)
            {
              WmStrandDef *strand = g_ptr_array_index (element->strands, s);

              for (guint d = 0; d < strand->descriptors->len; d++)
                {
                  WmDescriptorDef *descriptor = g_ptr_array_index (strand->descriptors, d);
                  g_autoptr(GError) error = NULL;

                  for (guint l = from; l < to; l++)
                    if (g_str_equal (descriptor->level, level_ids[l]))
                      {
                        g_assert_true (wm_judgements_rate (store, "lqf", descriptor->id, "secure", NULL, "Head", &error));
                        g_assert_no_error (error);
                      }
                }
            }
        }
    }
}

static guint
autumn_level (guint k,
              guint element)
{
  return element == 1 ? MAX ((int) (k % 4) - 1, 0) : element == 2 ? (k < 9 ? 2 : 0) : 1;
}

static guint
summer_level (guint k,
              guint element)
{
  return element == 1 ? k % 4 : element == 2 ? (k < 9 ? 3 : 0) : 1;
}

/* The LQF as a version 2: element 12 dropped, a new element 13 with one strand. */
static WmFrameworkDef *
lqf_version_2 (void)
{
  g_autoptr(GError) error = NULL;
  WmFrameworkDef *def = wm_catalog_load_bundled ("lqf", &error);
  WmHeadingDef *last;
  WmElementDef *element = wm_element_def_new ();
  WmStrandDef *strand = wm_strand_def_new ();

  g_assert_no_error (error);
  g_free (def->version);
  def->version = g_strdup ("2");
  last = g_ptr_array_index (def->headings, def->headings->len - 1);
  g_ptr_array_remove_index (last->elements, last->elements->len - 1);

  element->id = g_strdup ("13");
  element->title = g_strdup ("Learning beyond the school");
  element->summary = g_strdup ("");
  strand->id = g_strdup ("13.1");
  strand->title = g_strdup ("");
  strand->summary = g_strdup ("");
  for (guint l = 0; l < G_N_ELEMENTS (level_ids); l++)
    {
      WmDescriptorDef *descriptor = wm_descriptor_def_new ();

      descriptor->id = g_strdup_printf ("13.1%s", level_ids[l]);
      descriptor->level = g_strdup (level_ids[l]);
      descriptor->text = g_strdup ("The school learns with its community.");
      g_ptr_array_add (strand->descriptors, descriptor);
    }
  g_ptr_array_add (element->strands, strand);
  g_ptr_array_add (last->elements, element);
  return def;
}

/* School @k's file in @dir, and its bundle beside it; upgraded to version 2 before the summer. */
static void
make_school (const char           *dir,
             guint                 k,
             const WmFrameworkDef *lqf,
             const WmFrameworkDef *v2)
{
  g_autofree char *path = g_strdup_printf ("%s/school-%02u.waymark", dir, k);
  g_autofree char *bundle = g_strdup_printf ("%s/school-%02u.json", dir, k);
  g_autofree char *name = g_strdup_printf ("School %02u", k);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (path, &error);

  g_assert_no_error (error);
  g_assert_true (wm_school_set_name (store, name, &error));
  for (guint e = 1; e <= 12; e++)
    {
      g_autofree char *id = g_strdup_printf ("%u", e);

      rate_element (store, lqf, id, 0, autumn_level (k, e));
    }
  g_assert_cmpint (wm_snapshots_create (store, "lqf", "Autumn 2025", "2025-10-01", "Head", &error), >, 0);
  if (v2 != NULL)
    {
      g_autoptr(WmFrameworkChanges) changes = wm_catalog_upgrade (store, v2, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (changes->to_version, ==, "2");
      rate_element (store, v2, "13", 0, 2);
    }
  for (guint e = 1; e <= 12; e++)
    {
      g_autofree char *id = g_strdup_printf ("%u", e);

      if (v2 == NULL || e != 12)
        rate_element (store, lqf, id, autumn_level (k, e), summer_level (k, e));
    }
  g_assert_cmpint (wm_snapshots_create (store, "lqf", "Summer 2026", "2026-07-01", "Head", &error), >, 0);
  g_assert_true (wm_bundle_write (store, bundle, NULL, &error));
  g_assert_no_error (error);
}

static WmTrust *
load (const char *dir)
{
  g_autoptr(GError) error = NULL;
  WmTrust *trust = wm_trust_load_dir (dir, &error);

  g_assert_no_error (error);
  return trust;
}

static const WmTrustRow *
row_of (const WmTrustTable *table,
        const char         *school)
{
  for (guint r = 0; r < table->rows->len; r++)
    {
      const WmTrustRow *row = g_ptr_array_index (table->rows, r);

      if (g_str_equal (row->school->school_name, school))
        return row;
    }
  g_error ("no row for %s", school);
}

static void
test_table (void)
{
  g_autoptr(WmTrust) trust = load (trust_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmTrustTable) table = NULL;
  g_auto(GStrv) ids = NULL;
  const WmTrustRow *row;

  g_assert_cmpuint (trust->schools->len, ==, N_SCHOOLS);
  g_assert_cmpuint (trust->problems->len, ==, 0);
  g_assert_cmpstr (((WmBundle *) g_ptr_array_index (trust->schools, 0))->school_name, ==, "School 00");
  ids = wm_trust_framework_ids (trust);
  g_assert_cmpstrv (ids, ((const char *[]) { "lqf", NULL }));

  table = wm_trust_table_new (trust, "lqf", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (table->elements->len, ==, 12);
  g_assert_cmpuint (table->rows->len, ==, N_SCHOOLS);
  g_assert_null (table->note);
  g_assert_cmpstrv (table->versions, ((const char *[]) { "1", NULL }));

  /* Element 1: 0, 1, 2, 3 three times each, so the middle two are 1 and 2. Element 2: nine at 3,
   * three at 0. The others: all at 1. */
  g_assert_cmpfloat (table->median[0], ==, 1.5);
  g_assert_cmpfloat (table->median[1], ==, 3);
  for (guint e = 2; e < 12; e++)
    g_assert_cmpfloat (table->median[e], ==, 1);
  /* Overall, (element 1 + element 2 + 10) ÷ 12: 1.08 (×4), 1.17 (×2), 1.25 (×2), 1.33 (×2), 0.92, 1.00;
   * the middle two, 1.08 and 1.17. */
  g_assert_cmpfloat_with_epsilon (table->median_overall, 1.125, 0.006);

  /* Movement, between the last two snapshots. */
  row = row_of (table, "School 01");
  g_assert_cmpstr (row->snapshot, ==, "Summer 2026");
  g_assert_cmpstr (row->previous_snapshot, ==, "Autumn 2025");
  g_assert_cmpfloat (row->scores[0], ==, 1);
  g_assert_cmpfloat (row->previous[0], ==, 0);
  g_assert_cmpfloat (row->change[0], ==, 1);
  g_assert_cmpfloat (row->change[1], ==, 1);
  g_assert_cmpfloat (row->change[2], ==, 0);
  g_assert_cmpfloat (row->overall, ==, 1.17);
  g_assert_cmpfloat (row->previous_overall, ==, 1);
  g_assert_cmpfloat (row->change_overall, ==, 0.17);
  row = row_of (table, "School 09");
  g_assert_cmpfloat (row->scores[1], ==, 0);
  g_assert_cmpfloat (row->change[1], ==, 0);
  g_assert_cmpfloat (row->overall, ==, 0.92);

  g_assert_null (wm_trust_table_new (trust, "nope", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static void
test_charts (void)
{
  g_autoptr(WmTrust) trust = load (trust_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) charts = wm_trust_charts (trust, "lqf", &error);
  const WmRadarData *first;

  /* Twelve schools: small multiples, each school against the trust median. */
  g_assert_no_error (error);
  g_assert_cmpuint (charts->len, ==, N_SCHOOLS);
  first = g_ptr_array_index (charts, 0);
  g_assert_cmpuint (first->n_axes, ==, 12);
  g_assert_cmpuint (first->n_series, ==, 2);
  g_assert_cmpstr (first->series[0].name, ==, "School 00");
  g_assert_cmpstr (first->series[1].name, ==, "Trust median");
  g_assert_cmpfloat (first->series[1].values[0], ==, 1.5);
  g_assert_cmpfloat (first->max, ==, 3);
  g_assert_cmpstr (first->ring_names[2], ==, "Gold");

  g_assert_null (wm_trust_chart (trust, "lqf", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
}

static void
test_csv_json (void)
{
  g_autoptr(WmTrust) trust = load (trust_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = wm_trust_to_csv (trust, &error);
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  WmCsvRecord *record;
  JsonObject *framework;

  g_assert_no_error (error);
  records = wm_csv_parse (csv, "trust.csv", 0, WM_STORE_ERROR, WM_STORE_ERROR_FAILED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1 + N_SCHOOLS * 12);
  record = g_ptr_array_index (records, 0);
  g_assert_cmpstr (record->fields[0], ==, "school");
  g_assert_cmpstr (record->fields[7], ==, "change");
  record = g_ptr_array_index (records, 1 + 12);   /* School 01, element 1 */
  g_assert_cmpstr (record->fields[0], ==, "School 01");
  g_assert_cmpstr (record->fields[1], ==, "lqf");
  g_assert_cmpstr (record->fields[2], ==, "1");
  g_assert_cmpstr (record->fields[3], ==, "1");
  g_assert_cmpstr (record->fields[5], ==, "1");
  g_assert_cmpstr (record->fields[6], ==, "0");
  g_assert_cmpstr (record->fields[7], ==, "1");

  json = wm_trust_to_json (trust, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (json, NULL), g_bytes_get_size (json), &error));
  framework = json_array_get_object_element (json_object_get_array_member (
                json_node_get_object (json_parser_get_root (parser)), "frameworks"), 0);
  g_assert_cmpstr (json_object_get_string_member (framework, "id"), ==, "lqf");
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (json_object_get_object_member (
                       framework, "median"), "elements"), "1"), ==, 1.5);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (framework, "schools")), ==, N_SCHOOLS);
}

/* The PDF's pages: its "/Type /Page" objects (not "/Type /Pages"). */
static guint
count_pages (GBytes *pdf)
{
  static const char page[] = "/Type /Page";
  gsize size, length = strlen (page);
  const char *data = g_bytes_get_data (pdf, &size);
  guint n = 0;

  for (gsize i = 0; i + length < size; i++)
    n += memcmp (data + i, page, length) == 0 && data[i + length] != 's';
  return n;
}

static void
test_pdf (void)
{
  g_autoptr(WmTrust) trust = load (trust_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (work_dir, "trust.pdf", NULL);
  g_autoptr(GBytes) pdf = NULL;

  g_assert_true (wm_trust_export (trust, path, WM_TRUST_FORMAT_PDF, &error));
  g_assert_no_error (error);
  pdf = wm_test_read_bytes (path);
  g_assert_nonnull (pdf);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));
  /* Twelve small charts, two rows of four a page; then the table of twelve schools. */
  g_assert_cmpuint (count_pages (pdf), ==, 3);
}

/* Copies @from into @dir as @name, with @replace replaced by @with. */
static void
copy_file (const char *from,
           const char *dir,
           const char *name,
           const char *replace,
           const char *with)
{
  g_autofree char *to = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;

  g_assert_true (g_file_get_contents (from, &contents, NULL, &error));
  text = g_string_new (contents);
  if (replace != NULL)
    g_assert_cmpuint (g_string_replace (text, replace, with, 1), ==, 1);
  g_assert_true (g_file_set_contents (to, text->str, -1, &error));
  g_assert_no_error (error);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
}

static const WmTrustProblem *
problem_of (const WmTrust *trust,
            const char    *file)
{
  for (guint i = 0; i < trust->problems->len; i++)
    {
      const WmTrustProblem *problem = g_ptr_array_index (trust->problems, i);

      if (g_str_has_suffix (problem->file, file))
        return problem;
    }
  g_error ("no problem with %s", file);
}

static void
test_problems (void)
{
  g_autofree char *dir = g_build_filename (work_dir, "problems", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmTrust) trust = NULL;
  g_autoptr(GDir) folder = g_dir_open (trust_dir, 0, &error);
  g_autofree char *school_03 = g_build_filename (trust_dir, "school-03.json", NULL);
  g_autofree char *part = NULL;
  g_autoptr(WmBundle) later = NULL;
  const WmTrustProblem *problem;
  const char *name;
  gsize length;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      {
        g_autofree char *from = g_build_filename (trust_dir, name, NULL);

        copy_file (from, dir, name, NULL, NULL);
      }

  /* The same school twice (made at the same moment), half a bundle, one from a newer Waymark,
   * another school of the same name, and a file that is no bundle at all. */
  copy_file (school_03, dir, "zz-again.json", NULL, NULL);
  copy_file (school_03, dir, "newer.json", "\"format_version\": 1", "\"format_version\": 2");
  copy_file (school_03, dir, "namesake.json", "\"id\": \"", "\"id\": \"x");
  g_assert_true (g_file_get_contents (school_03, &part, &length, &error));
  write_file (dir, "broken.json", part, length / 2);
  write_file (dir, "notes.txt", "not a bundle", -1);

  trust = load (dir);
  g_assert_cmpuint (trust->schools->len, ==, N_SCHOOLS + 1);
  g_assert_cmpuint (trust->problems->len, ==, 4);
  g_assert_cmpuint (wm_trust_count_skipped (trust), ==, 3);

  problem = problem_of (trust, "zz-again.json");
  g_assert_true (problem->skipped);
  g_assert_nonnull (strstr (problem->reason, "the same school as"));
  g_assert_nonnull (strstr (problem->reason, "school-03.json (School 03)"));
  problem = problem_of (trust, "newer.json");
  g_assert_true (problem->skipped);
  g_assert_nonnull (strstr (problem->reason, "newer.json:3: made by a newer Waymark"));
  problem = problem_of (trust, "broken.json");
  g_assert_true (problem->skipped);
  g_assert_true (g_str_has_prefix (problem->reason, problem->file));
  /* Read in order of file name: the namesake first, so School 03's own bundle is the one warned of. */
  problem = problem_of (trust, "school-03.json");
  g_assert_false (problem->skipped);
  g_assert_nonnull (strstr (problem->reason, "has the same name as the school in"));
  g_assert_nonnull (strstr (problem->reason, "namesake.json"));

  /* A later bundle of a school takes the place of the earlier, which is reported. */
  later = wm_bundle_read (school_03, &error);
  g_assert_no_error (error);
  g_free (later->made_at);
  later->made_at = g_strdup ("2099-01-01T00:00:00Z");
  g_free (later->path);
  later->path = g_strdup ("later.json");
  g_assert_true (wm_trust_add_bundle (trust, g_steal_pointer (&later), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trust->schools->len, ==, N_SCHOOLS + 1);
  problem = g_ptr_array_index (trust->problems, trust->problems->len - 1);
  g_assert_true (g_str_has_suffix (problem->file, "school-03.json"));
  g_assert_nonnull (strstr (problem->reason, "whose summary is more recent"));
  wm_test_remove_tree (dir);
}

static void
test_mixed_versions (void)
{
  g_autoptr(WmTrust) trust = load (mixed_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmTrustTable) table = wm_trust_table_new (trust, "lqf", &error);
  g_autoptr(WmRadarData) chart = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GPtrArray) records = NULL;
  const WmTrustRow *row;

  g_assert_no_error (error);
  g_assert_cmpuint (table->rows->len, ==, 4);
  g_assert_cmpstrv (table->versions, ((const char *[]) { "1", "2", NULL }));
  g_assert_cmpuint (table->elements->len, ==, 11);
  g_assert_cmpstrv (table->left_out, ((const char *[]) { "13", "12", NULL }));
  g_assert_cmpstr (table->note, ==, "Schools use versions 1 and 2 of this framework. Compared on the 11 elements "
                                    "all versions share; 2 left out (13, 12).");

  /* An upgraded school's overall score is the mean of the eleven elements compared. */
  row = row_of (table, "School 01");
  g_assert_cmpstr (row->framework_version, ==, "2");
  g_assert_cmpfloat (row->overall, ==, 1.18);   /* (1 + 3 + 9 × 1) ÷ 11 */
  row = row_of (table, "School 02");
  g_assert_cmpstr (row->framework_version, ==, "1");
  g_assert_cmpfloat (row->overall, ==, 1.27);   /* (2 + 3 + 9 × 1) ÷ 11: its element 12 left out */

  /* Four schools: one chart, a series each, on the eleven shared axes. */
  chart = wm_trust_chart (trust, "lqf", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chart->n_axes, ==, 11);
  g_assert_cmpuint (chart->n_series, ==, 4);

  csv = wm_trust_to_csv (trust, &error);
  g_assert_no_error (error);
  records = wm_csv_parse (csv, "trust.csv", 0, WM_STORE_ERROR, WM_STORE_ERROR_FAILED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1 + 4 * 11);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) lqf = NULL;
  g_autoptr(WmFrameworkDef) v2 = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* Made once, read by every test. */
  work_dir = wm_test_make_dir ("waymark-trust-XXXXXX");
  trust_dir = g_build_filename (work_dir, "trust", NULL);
  mixed_dir = g_build_filename (work_dir, "mixed", NULL);
  g_assert_cmpint (g_mkdir (trust_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (mixed_dir, 0700), ==, 0);
  lqf = wm_catalog_load_bundled ("lqf", &error);
  g_assert_no_error (error);
  v2 = lqf_version_2 ();
  for (guint k = 0; k < N_SCHOOLS; k++)
    make_school (trust_dir, k, lqf, NULL);
  for (guint k = 0; k < 4; k++)
    make_school (mixed_dir, k, lqf, k < 2 ? v2 : NULL);

  g_test_add_func ("/trust/table", test_table);
  g_test_add_func ("/trust/charts", test_charts);
  g_test_add_func ("/trust/csv-json", test_csv_json);
  g_test_add_func ("/trust/pdf", test_pdf);
  g_test_add_func ("/trust/problems", test_problems);
  g_test_add_func ("/trust/mixed-versions", test_mixed_versions);
  status = g_test_run ();

  wm_test_remove_tree (work_dir);
  g_free (work_dir);
  g_free (trust_dir);
  g_free (mixed_dir);
  return status;
}
