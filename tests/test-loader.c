/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-loader"

#include "config.h"

#include "wm-catalog.h"
#include "wm-framework-loader.h"

/* Framework format v1: the shipped frameworks load, and every broken file says what is wrong, where. */

static WmFrameworkDef *
load (const char  *dir,
      const char  *name,
      GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return wm_framework_load_file (file, error);
}

/* Every strand of @def, in order (borrowed from @def). */
static GPtrArray *
all_strands (WmFrameworkDef *def)
{
  GPtrArray *strands = g_ptr_array_new ();

  for (guint h = 0; h < def->headings->len; h++)
    {
      WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      for (guint e = 0; e < heading->elements->len; e++)
        {
          WmElementDef *element = g_ptr_array_index (heading->elements, e);

          g_ptr_array_extend (strands, element->strands, NULL, NULL);
        }
    }
  return strands;
}

static void
test_lqf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def = load ("../data/frameworks", "lqf.json", &error);
  const char *headings[] = { "Commitment", "Planning", "Action", "Evaluation" };
  const char *ratings[] = { "Not yet started", "Developing", "Partial", "Secure" };
  const char *levels[] = { "Bronze", "Silver", "Gold" };
  g_autoptr(GPtrArray) strands = NULL;
  guint n_elements, n_strands, n_descriptors;
  WmDescriptorDef *descriptor;

  g_assert_no_error (error);
  g_assert_cmpstr (def->id, ==, "lqf");
  g_assert_cmpstr (def->title, ==, "Learning Quality Framework");

  wm_framework_def_count (def, &n_elements, &n_strands, &n_descriptors);
  g_assert_cmpuint (n_elements, ==, 12);
  g_assert_cmpuint (n_strands, ==, 32);
  g_assert_cmpuint (n_descriptors, ==, 96);

  g_assert_cmpuint (def->headings->len, ==, G_N_ELEMENTS (headings));
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_assert_cmpstr (((WmHeadingDef *) g_ptr_array_index (def->headings, i))->title, ==, headings[i]);

  g_assert_cmpuint (def->ratings->len, ==, G_N_ELEMENTS (ratings));
  for (guint i = 0; i < G_N_ELEMENTS (ratings); i++)
    g_assert_cmpstr (((WmRatingDef *) g_ptr_array_index (def->ratings, i))->name, ==, ratings[i]);

  g_assert_cmpuint (def->levels->len, ==, G_N_ELEMENTS (levels));
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    g_assert_cmpstr (((WmLevelDef *) g_ptr_array_index (def->levels, i))->name, ==, levels[i]);

  /* Ids the extraction dropped, filled by the same numbering. */
  descriptor = wm_framework_def_find_descriptor (def, "1.1b");
  g_assert_nonnull (descriptor);
  g_assert_true (g_str_has_prefix (descriptor->text, "The school is investigating social, economic"));
  descriptor = wm_framework_def_find_descriptor (def, "4.1s");
  g_assert_nonnull (descriptor);
  g_assert_true (g_str_has_prefix (descriptor->text, "There are open debates"));
  descriptor = wm_framework_def_find_descriptor (def, "8.3g");
  g_assert_cmpstr (descriptor->level, ==, "g");
  g_assert_cmpstr (descriptor->text, ==,
                   "Most students are reflective learners, able to think for themselves, "
                   "take responsible risks and manage their own learning.");
  g_assert_nonnull (wm_framework_def_find_descriptor (def, "12.2g"));

  /* Every strand has its three descriptors, b, s, g, and no text kept an id or a split word. */
  strands = all_strands (def);
  g_assert_cmpuint (strands->len, ==, 32);
  for (guint s = 0; s < strands->len; s++)
    {
      WmStrandDef *strand = g_ptr_array_index (strands, s);

      g_assert_cmpuint (strand->descriptors->len, ==, 3);
      for (guint d = 0; d < 3; d++)
        {
          WmDescriptorDef *item = g_ptr_array_index (strand->descriptors, d);
          g_autofree char *id = g_strdup_printf ("%s%c", strand->id, "bsg"[d]);

          g_assert_cmpstr (item->id, ==, id);
          g_assert_cmpint (item->level[0], ==, "bsg"[d]);
          g_assert_cmpint (item->level[1], ==, '\0');
          g_assert_false (g_ascii_isdigit (item->text[0]));
          g_assert_null (strstr (item->text, "  "));
          g_assert_null (strchr (item->text, '\t'));
        }
    }
}

static void
test_bundled (void)
{
  g_auto(GStrv) ids = wm_catalog_bundled_ids ();

  g_assert_cmpuint (g_strv_length (ids), >=, 1);
  g_assert_true (g_strv_contains ((const char * const *) ids, "lqf"));

  /* What is compiled in is exactly what is in data/frameworks. */
  for (guint i = 0; ids[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strconcat (ids[i], ".json", NULL);
      g_autoptr(WmFrameworkDef) bundled = wm_catalog_load_bundled (ids[i], &error);
      g_autoptr(WmFrameworkDef) file = NULL;
      guint a[3], b[3];

      g_assert_no_error (error);
      file = load ("../data/frameworks", name, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (bundled->id, ==, ids[i]);
      g_assert_cmpstr (bundled->version, ==, file->version);
      wm_framework_def_count (bundled, &a[0], &a[1], &a[2]);
      wm_framework_def_count (file, &b[0], &b[1], &b[2]);
      g_assert_cmpmem (a, sizeof a, b, sizeof b);
    }
}

static void
test_valid_small (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def = load ("data", "valid-small.json", &error);
  WmDescriptorDef *silver;
  WmFieldDef *field;

  g_assert_no_error (error);
  /* Labels default when the file does not name them. */
  g_assert_cmpstr (def->label_strand, ==, "Strand");
  g_assert_cmpstr (def->short_title, ==, "");
  silver = wm_framework_def_find_descriptor (def, "1.1s");
  g_assert_cmpuint (silver->fields->len, ==, 1);
  field = g_ptr_array_index (silver->fields, 0);
  g_assert_cmpstr (field->label, ==, "How do I get there?");
  g_assert_cmpstr (field->text, ==, "");
}

typedef struct {
  const char *file;
  int         code;
  const char *message;   /* what follows "PATH" in the error */
} Broken;

static const Broken broken[] = {
  { "empty.json", WM_FRAMEWORK_ERROR_PARSE, ": the file is empty" },
  { "not-utf8.json", WM_FRAMEWORK_ERROR_PARSE, ":27: the file is not UTF-8 text" },
  { "truncated.json", WM_FRAMEWORK_ERROR_PARSE, ":10:" },
  { "trailing-comma.json", WM_FRAMEWORK_ERROR_PARSE, ":9:36: Parse error" },
  { "array-root.json", WM_FRAMEWORK_ERROR_INVALID, ": the file must hold one JSON object, the framework" },
  { "wrong-format.json", WM_FRAMEWORK_ERROR_INVALID, ":2: \"format\" is \"lqf-matrix\", not \"waymark-framework\"" },
  { "newer-format.json", WM_FRAMEWORK_ERROR_NEWER, ":3: written for a newer Waymark (framework format 2; this version reads format 1)" },
  { "missing-title.json", WM_FRAMEWORK_ERROR_INVALID, ":1: the framework: missing \"title\"" },
  { "bad-id.json", WM_FRAMEWORK_ERROR_INVALID, ":4: the framework id \"Small Framework!\" must be 1 to 32 lower-case letters, digits or hyphens" },
  { "one-rating.json", WM_FRAMEWORK_ERROR_INVALID, ":11: the framework: \"ratings\" must hold at least 2 entries" },
  { "score-not-number.json", WM_FRAMEWORK_ERROR_INVALID, ":13: rating \"secure\": \"score\" must be a whole number" },
  { "no-headings.json", WM_FRAMEWORK_ERROR_INVALID, ":15: the framework: \"headings\" must hold at least 1 entry" },
  { "strands-not-list.json", WM_FRAMEWORK_ERROR_INVALID, ":23: element \"1\": \"strands\" must be a list" },
  { "text-not-string.json", WM_FRAMEWORK_ERROR_INVALID, ":27: descriptor \"1.1b\": \"text\" must be a string" },
  { "empty-text.json", WM_FRAMEWORK_ERROR_INVALID, ":27: descriptor \"1.1b\": \"text\" must not be empty" },
  { "unknown-level.json", WM_FRAMEWORK_ERROR_INVALID, ":28: descriptor \"1.1s\": level \"x\" is not one of the framework's levels (b, s)" },
  { "duplicate-descriptor.json", WM_FRAMEWORK_ERROR_INVALID, ":28: descriptor \"1.1b\" appears more than once" },
  { "two-at-one-level.json", WM_FRAMEWORK_ERROR_INVALID, ":28: descriptor \"1.1s\": strand \"1.1\" already has a descriptor at level \"b\"" },
  { "field-without-label.json", WM_FRAMEWORK_ERROR_INVALID, ":29: field 1 of descriptor \"1.1s\": missing \"label\"" },
};

static void
test_broken (gconstpointer data)
{
  const Broken *item = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "broken", item->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WmFrameworkDef) def = wm_framework_load_file (file, &error);
  g_autofree char *expected = g_strconcat (path, item->message, NULL);

  g_assert_null (def);
  g_assert_error (error, WM_FRAMEWORK_ERROR, item->code);
  g_assert_true (g_str_has_prefix (error->message, expected));
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/waymark/framework.json");
  g_autoptr(WmFrameworkDef) def = wm_framework_load_file (file, &error);

  g_assert_null (def);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/waymark/framework.json"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader/lqf", test_lqf);
  g_test_add_func ("/loader/bundled", test_bundled);
  g_test_add_func ("/loader/valid-small", test_valid_small);
  g_test_add_func ("/loader/missing-file", test_missing_file);
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *path = g_strdup_printf ("/loader/broken/%s", broken[i].file);
      g_test_add_data_func (path, &broken[i], test_broken);
    }

  return g_test_run ();
}
