/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-moodle"

#include "config.h"

#include <gio/gio.h>

#include "wm-csv.h"
#include "wm-framework-loader.h"
#include "wm-moodle.h"
#include "wm-test-def.h"

/* The CSV reader and writer, and the Moodle competency framework CSV: a sample
 * reads as documented, round trips are faithful, broken files say where. */

#define HEADER "Parent ID number,ID number,Short name,Description,Description format," \
               "Scale values,Scale configuration,Rule type (optional),Rule outcome (optional)," \
               "Rule config (optional),Cross-referenced competency ID numbers," \
               "Exported ID (optional),Is framework,Taxonomy\n"
#define CONFIG "\"[{\"\"scaleid\"\":\"\"1\"\"},{\"\"id\"\":1,\"\"scaledefault\"\":1}]\""

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize size = 0;

  g_file_get_contents (path, &data, &size, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, size);
}

static WmFrameworkDef *
import_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "moodle", "sample-framework.csv", NULL);
  g_autoptr(GBytes) bytes = read_bytes (path);
  WmFrameworkDef *def = wm_moodle_import (bytes, "sample-framework.csv", &error);

  g_assert_no_error (error);
  g_assert_nonnull (def);
  return def;
}

static WmFrameworkDef *
import_text (const char  *text,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return wm_moodle_import (bytes, "inline.csv", error);
}

static WmFrameworkDef *
export_and_import (const WmFrameworkDef *def)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = wm_moodle_export (def, &error);
  WmFrameworkDef *again;

  g_assert_no_error (error);
  g_assert_true (wm_moodle_sniff (csv));
  again = wm_moodle_import (csv, "exported.csv", &error);
  g_assert_no_error (error);
  return again;
}

static WmElementDef *
element_at (const WmFrameworkDef *def,
            guint                 index)
{
  const WmHeadingDef *heading = g_ptr_array_index (def->headings, 0);

  return g_ptr_array_index (heading->elements, index);
}


/* ---- The CSV reader and writer ----------------------------------------- */

static GPtrArray *
parse (const char  *text,
       gsize        size,
       GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, size);

  return wm_csv_parse (bytes, "t.csv", 0, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, error);
}

static void
test_csv_read (void)
{
  static const char text[] = "\xEF\xBB\xBF" "a,\"b, \"\"c\"\"\",\r\n"
                             ",\"two\r\nlines\",é\n"
                             "\"\",x\r"
                             "last,,";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = parse (text, sizeof text - 1, &error);
  WmCsvRecord *record;

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 4);

  record = g_ptr_array_index (records, 0);
  g_assert_cmpint (record->line, ==, 1);
  g_assert_cmpuint (record->n_fields, ==, 3);
  g_assert_cmpstr (record->fields[0], ==, "a");
  g_assert_cmpstr (record->fields[1], ==, "b, \"c\"");
  g_assert_cmpstr (record->fields[2], ==, "");
  g_assert_null (record->fields[3]);
  /* The byte order mark is no column. */
  g_assert_cmpint (record->columns[0], ==, 1);
  g_assert_cmpint (record->columns[1], ==, 3);
  g_assert_cmpint (record->columns[2], ==, 14);

  record = g_ptr_array_index (records, 1);
  g_assert_cmpint (record->line, ==, 2);
  g_assert_cmpuint (record->n_fields, ==, 3);
  g_assert_cmpstr (record->fields[0], ==, "");
  g_assert_cmpstr (record->fields[1], ==, "two\r\nlines");
  g_assert_cmpstr (record->fields[2], ==, "é");
  g_assert_cmpint (record->lines[2], ==, 3);
  g_assert_cmpint (record->columns[2], ==, 8);

  record = g_ptr_array_index (records, 2);
  g_assert_cmpint (record->line, ==, 4);
  g_assert_cmpstr (record->fields[0], ==, "");
  g_assert_cmpstr (record->fields[1], ==, "x");

  /* No line end at the end of the file; a trailing comma opens an empty field. */
  record = g_ptr_array_index (records, 3);
  g_assert_cmpint (record->line, ==, 5);
  g_assert_cmpuint (record->n_fields, ==, 3);
  g_assert_cmpstr (record->fields[2], ==, "");
}

static void
test_csv_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) empty = parse ("", 0, &error);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("a\nb\nc\n", 6);
  g_autoptr(GPtrArray) first = wm_csv_parse (bytes, "t.csv", 1, G_IO_ERROR, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (first->len, ==, 1);
}

typedef struct {
  const char *text;
  gsize       size;
  const char *message;
} BadCsv;

static const BadCsv bad_csv[] = {
  { "a,b\nc,\"d\ne,f\n", 0, "t.csv:2:3: a quoted field is never closed" },
  { "a,b\nc,d\"e\n", 0, "t.csv:2:4: a quote (\") inside a field that does not start with one" },
  { "a,\"b\"c\n", 0, "t.csv:1:6: text after the closing quote of a field" },
  { "a,b\r\nc\xC3(\n", 0, "t.csv:2:2: the file is not UTF-8 text" },
  { "a,\"two\nlines\",x\0y\n", 18, "t.csv:2:9: the file holds a NUL byte" },
};

static void
test_csv_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_csv); i++)
    {
      g_autoptr(GError) error = NULL;
      const BadCsv *bad = &bad_csv[i];
      g_autoptr(GPtrArray) records = parse (bad->text, bad->size ? bad->size : strlen (bad->text), &error);

      g_assert_null (records);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      if (!g_str_has_prefix (error->message, bad->message))
        g_error ("%s does not start with %s", error->message, bad->message);
    }
}

static void
test_csv_write (void)
{
  const char *row[] = { "plain", "a, b", "say \"hi\"", "two\nlines", " lead", "trail ", "", NULL };
  const char *lone[] = { "", NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  WmCsvRecord *record;

  wm_csv_append_row (out, row);
  wm_csv_append_row (out, lone);
  g_assert_cmpstr (out->str, ==,
                   "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\" lead\",\"trail \",\r\n"
                   "\"\"\r\n");

  records = parse (out->str, out->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);
  record = g_ptr_array_index (records, 0);
  g_assert_cmpstrv (record->fields, row);
  record = g_ptr_array_index (records, 1);
  g_assert_cmpstrv (record->fields, lone);
}

/* ---- Moodle ------------------------------------------------------------- */

static void
test_sample (void)
{
  g_autoptr(WmFrameworkDef) def = import_sample ();
  const WmHeadingDef *heading;
  const WmElementDef *element;
  const WmRatingDef *rating;
  const WmDescriptorDef *descriptor;
  const char *strands[] = { "SAFE.1", "SAFE.1.1", "SAFE.1.2", "SAFE.2" };
  guint n_elements, n_strands, n_descriptors;

  g_assert_cmpstr (def->id, ==, "digital-skills-for-staff");
  g_assert_cmpstr (def->title, ==, "Digital skills for staff");
  g_assert_cmpstr (def->version, ==, "1");
  g_assert_cmpstr (def->source, ==, "Moodle competency framework DIGI-STAFF");
  g_assert_cmpstr (def->description, ==,
                   "The digital skills every member of staff needs, from staying safe online "
                   "to teaching with technology.\n"
                   "Based on the school's ICT policy & the DigCompEdu model.");
  g_assert_cmpstr (def->label_heading, ==, "Framework");
  g_assert_cmpstr (def->label_element, ==, "Competency");

  g_assert_cmpuint (def->levels->len, ==, 1);
  g_assert_cmpstr (((WmLevelDef *) g_ptr_array_index (def->levels, 0))->id, ==, "competency");

  /* "Not yet competent" is the unjudged state already: nothing is prepended. */
  g_assert_cmpuint (def->ratings->len, ==, 2);
  rating = g_ptr_array_index (def->ratings, 0);
  g_assert_cmpstr (rating->id, ==, "not-yet-competent");
  g_assert_cmpstr (rating->name, ==, "Not yet competent");
  g_assert_cmpint (rating->score, ==, 0);
  rating = g_ptr_array_index (def->ratings, 1);
  g_assert_cmpstr (rating->id, ==, "competent");
  g_assert_cmpint (rating->score, ==, 1);

  g_assert_cmpuint (def->headings->len, ==, 1);
  heading = g_ptr_array_index (def->headings, 0);
  g_assert_cmpstr (heading->id, ==, "DIGI-STAFF");
  g_assert_cmpstr (heading->title, ==, "Digital skills for staff");

  wm_framework_def_count (def, &n_elements, &n_strands, &n_descriptors);
  g_assert_cmpuint (n_elements, ==, 3);
  g_assert_cmpuint (n_strands, ==, 8);
  g_assert_cmpuint (n_descriptors, ==, 8);

  /* Descendants in tree order, each a strand of its top-level competency. */
  element = element_at (def, 0);
  g_assert_cmpstr (element->id, ==, "SAFE");
  g_assert_cmpstr (element->summary, ==, "Keeps themselves, pupils and school data safe online.");
  g_assert_cmpuint (element->strands->len, ==, G_N_ELEMENTS (strands));
  for (guint s = 0; s < G_N_ELEMENTS (strands); s++)
    g_assert_cmpstr (((WmStrandDef *) g_ptr_array_index (element->strands, s))->id, ==, strands[s]);

  /* The comma, the doubled quote and the line break of one quoted field. */
  descriptor = wm_framework_def_find_descriptor (def, "SAFE.1");
  g_assert_cmpstr (descriptor->level, ==, "competency");
  g_assert_cmpstr (descriptor->text, ==, "Passwords and accounts");
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "description"), ==,
                   "Uses strong, unique passwords.\n"
                   "Never shares an account; knows what a \"password manager\" does.");
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "parent"), ==, "SAFE");

  descriptor = wm_framework_def_find_descriptor (def, "SAFE.1.1");
  g_assert_null (wm_descriptor_def_get_field (descriptor, "description"));
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "parent"), ==, "SAFE.1");
  g_assert_cmpuint (descriptor->fields->len, ==, 1);

  descriptor = wm_framework_def_find_descriptor (def, "SAFE.1.2");
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "description"), ==, "Sets up 2FA on school email & cloud storage.");

  /* Markdown (format 4) stays as written. */
  descriptor = wm_framework_def_find_descriptor (def, "SAFE.2");
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "description"), ==, "Spots *fake* senders and reports them.");

  /* A parent ID number naming the framework is the top level. */
  element = element_at (def, 1);
  g_assert_cmpstr (element->id, ==, "TEACH");
  g_assert_cmpuint (element->strands->len, ==, 3);
  g_assert_cmpstr (wm_descriptor_def_get_field (wm_framework_def_find_descriptor (def, "TEACH.1.1"), "parent"), ==, "TEACH.1");

  /* A top-level competency without children is an element of itself. */
  element = element_at (def, 2);
  g_assert_cmpstr (element->id, ==, "DATA");
  g_assert_cmpuint (element->strands->len, ==, 1);
  descriptor = wm_framework_def_find_descriptor (def, "DATA");
  g_assert_cmpstr (descriptor->text, ==, "Handling pupil data");
  g_assert_null (wm_descriptor_def_get_field (descriptor, "parent"));
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "description"), ==,
                   "Stores pupil data only on school systems\n"
                   "Shares files with the least access needed");
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def = import_sample ();
  g_autoptr(WmFrameworkDef) again = export_and_import (def);
  g_autoptr(GBytes) first = wm_moodle_export (def, &error);
  g_autoptr(GBytes) second = wm_moodle_export (again, &error);

  g_assert_no_error (error);
  wm_test_assert_defs_equal (def, again);
  /* The export is one normal form: written twice, the same bytes. */
  g_assert_true (g_bytes_equal (first, second));
  g_assert_true (g_str_has_prefix (g_bytes_get_data (first, NULL), "Parent ID number,ID number,Short name,"));
}

static void
test_not_started (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def =
    import_text (HEADER
                 ",F,\"Habits\",,2,\"Developing, Secure\"," CONFIG ",,,,,,1,\n"
                 ",A,\"Curiosity\",,2,,,,,,,,,\n", &error);
  g_autoptr(WmFrameworkDef) again = NULL;
  const char *ids[] = { "not-started", "developing", "secure" };

  g_assert_no_error (error);
  g_assert_cmpuint (def->ratings->len, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const WmRatingDef *rating = g_ptr_array_index (def->ratings, i);

      g_assert_cmpstr (rating->id, ==, ids[i]);
      g_assert_cmpint (rating->score, ==, (int) i);
    }
  g_assert_cmpstr (((WmRatingDef *) g_ptr_array_index (def->ratings, 0))->name, ==, "Not yet started");

  /* Written out, "Not yet started" is a scale value; read back, the same ratings. */
  again = export_and_import (def);
  wm_test_assert_defs_equal (def, again);
}

static void
test_tree_order (void)
{
  g_autoptr(GError) error = NULL;
  /* Children may come before their parents; siblings keep the file's order. */
  g_autoptr(WmFrameworkDef) def =
    import_text (HEADER
                 ",F,\"Tree\",,2,\"Not yet,Yes\"," CONFIG ",,,,,,1,\n"
                 "B,B2,\"B two\",,2,,,,,,,,,\n"
                 "B1,B11,\"B one one\",,2,,,,,,,,,\n"
                 "A,B,\"B\",,2,,,,,,,,,\n"
                 ",A,\"A\",,2,,,,,,,,,\n"
                 "B,B1,\"B one\",,2,,,,,,,,,\n"
                 "A,C,\"C\",,2,,,,,,,,,\n"
                 ",F,\"Same ID number as the framework\",,2,,,,,,,,,\n", &error);
  const char *order[] = { "B", "B2", "B1", "B11", "C" };
  const WmElementDef *element;

  g_assert_no_error (error);
  g_assert_cmpuint (((WmHeadingDef *) g_ptr_array_index (def->headings, 0))->elements->len, ==, 2);
  element = element_at (def, 0);
  g_assert_cmpstr (element->id, ==, "A");
  g_assert_cmpuint (element->strands->len, ==, G_N_ELEMENTS (order));
  for (guint s = 0; s < G_N_ELEMENTS (order); s++)
    g_assert_cmpstr (((WmStrandDef *) g_ptr_array_index (element->strands, s))->id, ==, order[s]);
  g_assert_cmpstr (element_at (def, 1)->id, ==, "F");

  {
    g_autoptr(WmFrameworkDef) again = export_and_import (def);
    wm_test_assert_defs_equal (def, again);
  }
}

static void
test_lqf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", "lqf.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WmFrameworkDef) lqf = wm_framework_load_file (file, &error);
  g_autoptr(WmFrameworkDef) again = NULL;
  guint n_elements, n_strands, n_descriptors, checked = 0;

  g_assert_no_error (error);
  again = export_and_import (lqf);

  /* Headings become elements; elements, strands and descriptors their strands. */
  g_assert_cmpstr (again->id, ==, "learning-quality-framework");
  g_assert_cmpstr (((WmHeadingDef *) g_ptr_array_index (again->headings, 0))->id, ==, "lqf");
  wm_framework_def_count (again, &n_elements, &n_strands, &n_descriptors);
  g_assert_cmpuint (n_elements, ==, 4);
  g_assert_cmpuint (n_strands, ==, 12 + 32 + 96);
  g_assert_cmpuint (n_descriptors, ==, 12 + 32 + 96);
  g_assert_cmpstr (element_at (again, 0)->title, ==, "Commitment");

  /* The ratings come back whole: "Not yet started" is read as the unjudged state. */
  g_assert_cmpuint (again->ratings->len, ==, lqf->ratings->len);
  for (guint i = 0; i < lqf->ratings->len; i++)
    {
      const WmRatingDef *a = g_ptr_array_index (lqf->ratings, i), *b = g_ptr_array_index (again->ratings, i);

      g_assert_cmpstr (a->id, ==, b->id);
      g_assert_cmpstr (a->name, ==, b->name);
      g_assert_cmpint (a->score, ==, b->score);
    }

  /* Every descriptor keeps its id; its text is the competency's description. */
  for (guint h = 0; h < lqf->headings->len; h++)
    {
      const WmHeadingDef *heading = g_ptr_array_index (lqf->headings, h);

      for (guint e = 0; e < heading->elements->len; e++)
        {
          const WmElementDef *element = g_ptr_array_index (heading->elements, e);

          for (guint s = 0; s < element->strands->len; s++)
            {
              const WmStrandDef *strand = g_ptr_array_index (element->strands, s);

              for (guint d = 0; d < strand->descriptors->len; d++)
                {
                  const WmDescriptorDef *original = g_ptr_array_index (strand->descriptors, d);
                  const WmDescriptorDef *copy = wm_framework_def_find_descriptor (again, original->id);

                  g_assert_nonnull (copy);
                  g_assert_cmpstr (wm_descriptor_def_get_field (copy, "description"), ==, original->text);
                  g_assert_cmpstr (wm_descriptor_def_get_field (copy, "parent"), ==, strand->id);
                  g_assert_true (g_str_has_prefix (copy->text, original->id));
                  checked++;
                }
            }
        }
    }
  g_assert_cmpuint (checked, ==, 96);
  g_assert_cmpstr (wm_framework_def_find_descriptor (again, "1.1b")->text, ==, "1.1b Bronze");
  g_assert_cmpstr (wm_framework_def_find_descriptor (again, "12.2g")->text, ==, "12.2g Gold");
}

static void
test_sniff (void)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "data", "moodle", "sample-framework.csv", NULL);
  g_autofree char *lqf = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", "lqf.json", NULL);
  g_autoptr(GBytes) sample_bytes = read_bytes (sample);
  g_autoptr(GBytes) lqf_bytes = read_bytes (lqf);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) other = g_bytes_new_static ("Name,Score\r\nAda,3\r\n", 20);

  g_assert_true (wm_moodle_sniff (sample_bytes));
  g_assert_false (wm_moodle_sniff (lqf_bytes));
  g_assert_false (wm_moodle_sniff (empty));
  g_assert_false (wm_moodle_sniff (other));
}

static void
test_export_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def = wm_framework_def_new ();
  g_autoptr(GBytes) bytes = NULL;

  def->id = g_strdup ("empty");
  bytes = wm_moodle_export (def, &error);
  g_assert_null (bytes);
  g_assert_error (error, WM_FRAMEWORK_ERROR, WM_FRAMEWORK_ERROR_INVALID);
}

typedef struct {
  const char *file;
  int         code;
  const char *message;   /* what follows "NAME" in the error */
} Broken;

static const Broken broken[] = {
  { "empty.csv", WM_FRAMEWORK_ERROR_PARSE, ":1: the file is empty" },
  { "blank-lines.csv", WM_FRAMEWORK_ERROR_PARSE, ":1: the file is empty" },
  { "not-utf8.csv", WM_FRAMEWORK_ERROR_PARSE, ":4:10: the file is not UTF-8 text" },
  { "nul-byte.csv", WM_FRAMEWORK_ERROR_PARSE, ":3:14: the file holds a NUL byte: it is not a text file" },
  { "unterminated-quote.csv", WM_FRAMEWORK_ERROR_PARSE, ":4:6: a quoted field is never closed: a quote (\") is missing" },
  { "stray-quote.csv", WM_FRAMEWORK_ERROR_PARSE, ":4:17: a quote (\") inside a field that does not start with one" },
  { "text-after-quote.csv", WM_FRAMEWORK_ERROR_PARSE, ":4:18: text after the closing quote of a field" },
  { "missing-column.csv", WM_FRAMEWORK_ERROR_INVALID, ":1: the header has no \"Scale values\" column" },
  { "unknown-column.csv", WM_FRAMEWORK_ERROR_INVALID, ":1:246: unknown column \"Colour\" in the header" },
  { "duplicate-column.csv", WM_FRAMEWORK_ERROR_INVALID, ":1:246: column \"Short name\" appears twice in the header" },
  { "wrong-field-count.csv", WM_FRAMEWORK_ERROR_INVALID, ":4: the row has 13 fields; the header has 14" },
  { "no-framework-row.csv", WM_FRAMEWORK_ERROR_INVALID, ":2: no framework row: the first row after the header must have \"Is framework\" set to 1" },
  { "framework-not-first.csv", WM_FRAMEWORK_ERROR_INVALID, ":3:125: the framework row must come first, right after the header" },
  { "second-framework-row.csv", WM_FRAMEWORK_ERROR_INVALID, ":4:125: a second framework row (the first is on line 2)" },
  { "no-competencies.csv", WM_FRAMEWORK_ERROR_INVALID, ":2: the framework \"F1\" has no competencies" },
  { "no-scale-values.csv", WM_FRAMEWORK_ERROR_INVALID, ":2:24: the framework has no scale values" },
  { "one-scale-value.csv", WM_FRAMEWORK_ERROR_INVALID, ":2:24: the scale has only \"Not yet competent\"" },
  { "bad-scale-config.csv", WM_FRAMEWORK_ERROR_INVALID, ":2:38: the scale configuration is not JSON (1:23: Parse error" },
  { "scale-config-not-list.csv", WM_FRAMEWORK_ERROR_INVALID, ":2:38: the scale configuration must be a JSON list that starts with {\"scaleid\": ...}" },
  { "scale-config-bad-id.csv", WM_FRAMEWORK_ERROR_INVALID, ":2:38: entry 2 of the scale configuration must name one of the 2 scale values by its \"id\", 1 to 2" },
  { "empty-idnumber.csv", WM_FRAMEWORK_ERROR_INVALID, ":4:3: the competency has an empty ID number" },
  { "empty-shortname.csv", WM_FRAMEWORK_ERROR_INVALID, ":4:6: the competency \"A1\" has an empty short name" },
  { "duplicate-idnumber.csv", WM_FRAMEWORK_ERROR_INVALID, ":4:3: ID number \"A\" appears more than once (first on line 3)" },
  { "unknown-parent.csv", WM_FRAMEWORK_ERROR_INVALID, ":4:1: competency \"A1\": parent ID number \"B\" is neither the framework's nor any competency's" },
  { "cycle.csv", WM_FRAMEWORK_ERROR_INVALID, ":4:1: competency \"B\": its parent ID numbers form a cycle (B > C > B)" },
};

static void
test_broken (gconstpointer data)
{
  const Broken *item = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "moodle", "broken", item->file, NULL);
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(WmFrameworkDef) def = wm_moodle_import (bytes, path, &error);
  g_autofree char *expected = g_strconcat (path, item->message, NULL);

  g_assert_null (def);
  g_assert_error (error, WM_FRAMEWORK_ERROR, item->code);
  if (!g_str_has_prefix (error->message, expected))
    g_error ("%s does not start with %s", error->message, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/read", test_csv_read);
  g_test_add_func ("/csv/limits", test_csv_limits);
  g_test_add_func ("/csv/errors", test_csv_errors);
  g_test_add_func ("/csv/write", test_csv_write);
  g_test_add_func ("/moodle/sample", test_sample);
  g_test_add_func ("/moodle/round-trip", test_round_trip);
  g_test_add_func ("/moodle/not-started", test_not_started);
  g_test_add_func ("/moodle/tree-order", test_tree_order);
  g_test_add_func ("/moodle/lqf", test_lqf);
  g_test_add_func ("/moodle/sniff", test_sniff);
  g_test_add_func ("/moodle/export-error", test_export_error);
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *path = g_strdup_printf ("/moodle/broken/%s", broken[i].file);
      g_test_add_data_func (path, &broken[i], test_broken);
    }

  return g_test_run ();
}
