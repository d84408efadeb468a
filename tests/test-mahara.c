/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mahara"

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "wm-framework-loader.h"
#include "wm-framework-writer.h"
#include "wm-mahara.h"
#include "wm-test-def.h"
#include "wm-plain-text.h"

/* Mahara SmartEvidence .matrix files: both forms read alike, round trips
 * keep everything, other frameworks export, and every broken file says
 * what is wrong, where. */

static GBytes *
read_data (const char *name,
           char      **path_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "mahara", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  if (path_out)
    *path_out = g_steal_pointer (&path);
  return bytes;
}

static WmFrameworkDef *
import_sample (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = read_data (name, &path);
  WmFrameworkDef *def = wm_mahara_import (bytes, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (def);
  return def;
}

static WmFrameworkDef *
import_string (const char  *json,
               GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return wm_mahara_import (bytes, "inline.matrix", error);
}

static WmDescriptorDef *
find_descriptor (const WmFrameworkDef *def,
                 const char           *id,
                 const WmElementDef  **element_out)
{
  for (guint h = 0; h < def->headings->len; h++)
    {
      const WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      for (guint e = 0; e < heading->elements->len; e++)
        {
          const WmElementDef *element = g_ptr_array_index (heading->elements, e);

          for (guint s = 0; s < element->strands->len; s++)
            {
              const WmStrandDef *strand = g_ptr_array_index (element->strands, s);

              for (guint d = 0; d < strand->descriptors->len; d++)
                {
                  WmDescriptorDef *descriptor = g_ptr_array_index (strand->descriptors, d);

                  if (g_str_equal (descriptor->id, id))
                    {
                      if (element_out)
                        *element_out = element;
                      return descriptor;
                    }
                }
            }
        }
    }
  return NULL;
}

/* The ids of every descriptor of @def, in order, joined by spaces. */
static char *
descriptor_ids (const WmFrameworkDef *def)
{
  GString *ids = g_string_new (NULL);

  for (guint h = 0; h < def->headings->len; h++)
    {
      const WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      for (guint e = 0; e < heading->elements->len; e++)
        {
          const WmElementDef *element = g_ptr_array_index (heading->elements, e);

          for (guint s = 0; s < element->strands->len; s++)
            {
              const WmStrandDef *strand = g_ptr_array_index (element->strands, s);

              for (guint d = 0; d < strand->descriptors->len; d++)
                g_string_append_printf (ids, "%s%s", ids->len ? " " : "",
                                        ((WmDescriptorDef *) g_ptr_array_index (strand->descriptors, d))->id);
            }
        }
    }
  return g_string_free (ids, FALSE);
}


/* What both samples hold, apart from the evidence statuses. */
static void
assert_sample_content (const WmFrameworkDef *def)
{
  const char *elements[][3] = {
    { "1. Know", "Know your learners & how they learn online", "Teachers know their students’ digital skills." },
    { "2. Teach", "Teach with technology", "" },
    { "3. Grow", "Grow as a professional", "Keep learning." },
  };
  const WmHeadingDef *heading;
  const WmLevelDef *level;
  const WmElementDef *element = NULL;
  WmDescriptorDef *descriptor;
  g_autofree char *ids = descriptor_ids (def);
  guint n_elements, n_strands, n_descriptors;

  g_assert_cmpstr (def->id, ==, "digital-teaching-learning");
  g_assert_cmpstr (def->title, ==, "Digital Teaching & Learning");
  g_assert_cmpstr (def->version, ==, "1");
  g_assert_cmpstr (def->source, ==, "Mahara SmartEvidence matrix");
  g_assert_cmpstr (def->publisher, ==, "northfield");
  g_assert_cmpstr (def->description, ==,
                   "Standards for teaching with technology at Northfield College.\n"
                   "Use them to gather evidence of your practice:\n"
                   "plan & teach\n"
                   "assess <online>");

  g_assert_cmpuint (def->levels->len, ==, 1);
  level = g_ptr_array_index (def->levels, 0);
  g_assert_cmpstr (level->id, ==, "standard");
  g_assert_cmpstr (level->name, ==, "Standard");

  g_assert_cmpuint (def->ratings->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      const char *ids_in_order[] = { "not-started", "begun", "incomplete", "partialcomplete", "completed" };
      const WmRatingDef *rating = g_ptr_array_index (def->ratings, i);

      g_assert_cmpstr (rating->id, ==, ids_in_order[i]);
      g_assert_cmpint (rating->score, ==, (int) i);
    }
  g_assert_cmpstr (((WmRatingDef *) g_ptr_array_index (def->ratings, 0))->name, ==, "Not yet started");

  /* One heading; the fourth standard has no elements and is left out. */
  wm_framework_def_count (def, &n_elements, &n_strands, &n_descriptors);
  g_assert_cmpuint (def->headings->len, ==, 1);
  g_assert_cmpuint (n_elements, ==, 3);
  g_assert_cmpuint (n_strands, ==, 9);
  g_assert_cmpuint (n_descriptors, ==, 9);
  heading = g_ptr_array_index (def->headings, 0);
  g_assert_cmpstr (heading->id, ==, "standards");
  g_assert_cmpstr (heading->title, ==, "Standards");
  for (guint e = 0; e < G_N_ELEMENTS (elements); e++)
    {
      const WmElementDef *item = g_ptr_array_index (heading->elements, e);

      g_assert_cmpstr (item->id, ==, elements[e][0]);
      g_assert_cmpstr (item->title, ==, elements[e][1]);
      g_assert_cmpstr (item->summary, ==, elements[e][2]);
    }

  /* File order, each sub-element right after its parent (and its siblings). */
  g_assert_cmpstr (ids, ==, "1.1 1.2 1.2.1 1.2.2 1.3 2.1 2.2 3.1 3.1.1");

  descriptor = find_descriptor (def, "1.1", &element);
  g_assert_cmpstr (element->id, ==, "1. Know");
  g_assert_cmpstr (descriptor->level, ==, "standard");
  g_assert_cmpstr (descriptor->text, ==, "Digital skills of learners");
  g_assert_cmpuint (descriptor->fields->len, ==, 1);
  g_assert_cmpstr (((WmFieldDef *) g_ptr_array_index (descriptor->fields, 0))->label, ==, "Description");
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "description"), ==, "Find out what your learners can already do.");

  descriptor = find_descriptor (def, "1.2", NULL);
  g_assert_cmpstr (descriptor->text, ==, "Access & inclusion");
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "description"), ==, "Plan for learners who cannot get online at home.");
  g_assert_null (wm_descriptor_def_get_field (descriptor, "parent"));

  descriptor = find_descriptor (def, "1.2.1", NULL);
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "description"), ==, "Screen readers, captions…");
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "parent"), ==, "1.2");
  g_assert_cmpstr (((WmFieldDef *) g_ptr_array_index (descriptor->fields, 1))->label, ==, "Parent element");

  /* No description: no field, but still the parent. */
  descriptor = find_descriptor (def, "1.2.2", NULL);
  g_assert_cmpstr (descriptor->text, ==, "Devices & connectivity");
  g_assert_cmpuint (descriptor->fields->len, ==, 1);
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "parent"), ==, "1.2");

  descriptor = find_descriptor (def, "1.3", NULL);
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "description"), ==, "Teach learners to stay safe\nand to report concerns.");
  descriptor = find_descriptor (def, "2.1", &element);
  g_assert_cmpstr (element->id, ==, "2. Teach");
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "description"), ==,
                   "Start from the learning goal.\nPick the simplest tool that works.");
  descriptor = find_descriptor (def, "2.2", NULL);
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "description"), ==, "Use comments, audio \"notes\" or rubrics.");
  descriptor = find_descriptor (def, "3.1.1", &element);
  g_assert_cmpstr (element->id, ==, "3. Grow");
  g_assert_cmpstr (descriptor->text, ==, "Share with colleagues");
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "description"), ==, "Post a reflection to your team's space.");
  g_assert_cmpstr (wm_descriptor_def_get_field (descriptor, "parent"), ==, "3.1");
}

static void
assert_rating_names (const WmFrameworkDef *def,
                     const char * const    names[4])
{
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (((WmRatingDef *) g_ptr_array_index (def->ratings, i + 1))->name, ==, names[i]);
}

static void
test_nested (void)
{
  const char * const defaults[] = { "Ready for assessment", "Doesn't meet the standard",
                                    "Partially meets the standard", "Meets the standard" };
  g_autoptr(WmFrameworkDef) def = import_sample ("sample-nested.matrix");

  assert_sample_content (def);
  assert_rating_names (def, defaults);
}

static void
test_flat (void)
{
  const char * const custom[] = { "Evidence added", "Not yet met", "Partly met", "Met & signed off" };
  g_autoptr(WmFrameworkDef) def = import_sample ("sample-flat.matrix");

  assert_sample_content (def);
  assert_rating_names (def, custom);
}

static void
test_forms_equal (void)
{
  g_autoptr(WmFrameworkDef) nested = import_sample ("sample-nested.matrix");
  g_autoptr(WmFrameworkDef) flat = import_sample ("sample-flat.matrix");

  /* Only the flat sample names its evidence statuses: everything else is the same. */
  g_assert_cmpuint (nested->ratings->len, ==, flat->ratings->len);
  for (guint i = 0; i < nested->ratings->len; i++)
    {
      WmRatingDef *a = g_ptr_array_index (nested->ratings, i);
      WmRatingDef *b = g_ptr_array_index (flat->ratings, i);

      g_assert_cmpstr (a->id, ==, b->id);
      g_free (a->name);
      a->name = g_strdup (b->name);
    }
  wm_test_assert_defs_equal (nested, flat);
}

/* A def from Mahara is valid in Waymark's own format, too. */
static void
test_valid_waymark (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def = import_sample ("sample-flat.matrix");
  g_autoptr(GBytes) json = wm_framework_write_json (def);
  g_autoptr(WmFrameworkDef) loaded = wm_framework_load_bytes (json, "written.json", &error);

  g_assert_no_error (error);
  wm_test_assert_defs_equal (def, loaded);
}

static void
test_round_trip (gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def = import_sample (data);
  g_autoptr(GBytes) exported = wm_mahara_export (def, &error);
  g_autoptr(WmFrameworkDef) again = NULL;
  g_autoptr(GBytes) exported_again = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *fw;
  JsonArray *elements, *statuses;

  g_assert_no_error (error);
  g_assert_true (wm_mahara_sniff (exported));
  again = wm_mahara_import (exported, "exported.matrix", &error);
  g_assert_no_error (error);
  wm_test_assert_defs_equal (def, again);

  /* The export is a fixed point. */
  exported_again = wm_mahara_export (again, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (exported, exported_again));

  /* Mahara's version 2 shape: wrapped, flat, statuses as one-member objects. */
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (exported, NULL),
                                             (gssize) g_bytes_get_size (exported), &error));
  fw = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "framework");
  g_assert_nonnull (fw);
  g_assert_cmpstr (json_object_get_string_member (fw, "institution"), ==, "northfield");
  g_assert_cmpstr (json_object_get_string_member (fw, "name"), ==, "Digital Teaching & Learning");
  g_assert_false (json_object_get_boolean_member (fw, "selfassess"));
  statuses = json_object_get_array_member (fw, "evidencestatuses");
  g_assert_cmpuint (json_array_get_length (statuses), ==, 4);
  g_assert_true (json_object_has_member (json_array_get_object_element (statuses, 2), "partialcomplete"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (fw, "standards")), ==, 3);
  elements = json_object_get_array_member (fw, "standardelements");
  g_assert_cmpuint (json_array_get_length (elements), ==, 9);
  /* 1.2.1, under 1.2 */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (elements, 2), "shortname"), ==, "1.2.1");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (elements, 2), "elementid"), ==, "1.3");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (elements, 2), "parentelementid"), ==, "1.2");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (elements, 2), "standardid"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (elements, 4), "description"), ==,
                   "Teach learners to stay safe<br>and to report concerns.");
}

static void
test_lqf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", "lqf.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WmFrameworkDef) lqf = wm_framework_load_file (file, &error);
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(WmFrameworkDef) def = NULL;
  g_autoptr(GBytes) exported_again = NULL;
  const WmElementDef *element = NULL;
  WmDescriptorDef *original, *descriptor;
  g_autofree char *ids = NULL;
  g_auto(GStrv) split = NULL;
  guint n_elements, n_strands, n_descriptors, n_long = 0;

  g_assert_no_error (error);
  exported = wm_mahara_export (lqf, &error);
  g_assert_no_error (error);
  def = wm_mahara_import (exported, "lqf.matrix", &error);
  g_assert_no_error (error);

  wm_framework_def_count (def, &n_elements, &n_strands, &n_descriptors);
  g_assert_cmpuint (n_elements, ==, 12);
  g_assert_cmpuint (n_strands, ==, 96);
  g_assert_cmpuint (n_descriptors, ==, 96);
  g_assert_cmpstr (def->title, ==, "Learning Quality Framework");
  g_assert_cmpstr (def->id, ==, "learning-quality-framework");
  g_assert_cmpstr (def->publisher, ==, "");
  g_assert_cmpstr (def->description, ==, lqf->description);
  /* The LQF's scale is not Mahara's: Mahara's statuses, by their default names. */
  g_assert_cmpstr (((WmRatingDef *) g_ptr_array_index (def->ratings, 4))->name, ==, "Meets the standard");

  original = find_descriptor (lqf, "8.3g", NULL);
  descriptor = find_descriptor (def, "8.3g", &element);
  g_assert_nonnull (descriptor);
  g_assert_cmpstr (element->id, ==, "8");
  g_assert_true (g_str_has_prefix (descriptor->text, "Gold: "));
  g_assert_cmpstr (descriptor->text + strlen ("Gold: "), ==, original->text);
  g_assert_null (wm_descriptor_def_get_field (descriptor, "parent"));

  /* Names longer than Mahara's 255 characters are cut; the description has them whole. */
  ids = descriptor_ids (def);
  split = g_strsplit (ids, " ", -1);
  g_assert_cmpuint (g_strv_length (split), ==, 96);
  for (guint i = 0; split[i]; i++)
    {
      descriptor = find_descriptor (def, split[i], NULL);
      g_assert_cmpint (g_utf8_strlen (descriptor->text, -1), <=, 255);
      if (g_str_has_suffix (descriptor->text, "…"))
        {
          const char *description = wm_descriptor_def_get_field (descriptor, "description");
          g_autofree char *start = g_strndup (descriptor->text, strlen (descriptor->text) - strlen ("…"));

          n_long++;
          g_assert_nonnull (description);
          g_assert_true (g_str_has_prefix (description, start));
          g_assert_cmpint (g_utf8_strlen (description, -1), >, 255);
        }
    }
  g_assert_cmpuint (n_long, >, 0);

  /* Once in Mahara's shape, it stays as it is. */
  exported_again = wm_mahara_export (def, &error);
  g_assert_no_error (error);
  {
    g_autoptr(WmFrameworkDef) again = wm_mahara_import (exported_again, "again.matrix", &error);

    g_assert_no_error (error);
    wm_test_assert_defs_equal (def, again);
  }
}

static void
test_unique_ids (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def = import_string (
    "{\"framework\": {\"name\": \"Repeats\", \"institution\": \"mahara\", \"standards\": ["
    " {\"shortname\": \"A\", \"name\": \"First A\", \"standardelement\": ["
    "   {\"shortname\": \"x\", \"name\": \"one\"}, {\"shortname\": \"x\", \"name\": \"two\"}]},"
    " {\"shortname\": \"A\", \"name\": \"Second A\", \"standardelement\": ["
    "   {\"shortname\": \"x\", \"name\": \"three\"}, {\"shortname\": \"x-2\", \"name\": \"four\"}]},"
    " {\"shortname\": \"A-2\", \"standardelement\": [ {\"shortname\": \"y\"} ]}]}}", &error);
  const WmHeadingDef *heading;
  g_autofree char *ids = NULL;
  WmDescriptorDef *descriptor;

  g_assert_no_error (error);
  g_assert_cmpstr (def->publisher, ==, "");
  heading = g_ptr_array_index (def->headings, 0);
  g_assert_cmpuint (heading->elements->len, ==, 3);
  g_assert_cmpstr (((WmElementDef *) g_ptr_array_index (heading->elements, 0))->id, ==, "A");
  g_assert_cmpstr (((WmElementDef *) g_ptr_array_index (heading->elements, 1))->id, ==, "A-2");
  g_assert_cmpstr (((WmElementDef *) g_ptr_array_index (heading->elements, 2))->id, ==, "A-2-2");
  /* No name: the shortname stands in. */
  g_assert_cmpstr (((WmElementDef *) g_ptr_array_index (heading->elements, 2))->title, ==, "A-2");
  ids = descriptor_ids (def);
  g_assert_cmpstr (ids, ==, "x x-2 x-3 x-2-2 y");
  descriptor = find_descriptor (def, "x-3", NULL);
  g_assert_cmpstr (descriptor->text, ==, "three");
  descriptor = find_descriptor (def, "y", NULL);
  g_assert_cmpstr (descriptor->text, ==, "y");
  g_assert_cmpuint (descriptor->fields->len, ==, 0);
}

/* A sub-element listed before its parent still follows it; Mahara's editor
 * posts the framework unwrapped, its statuses as one object. */
static void
test_editor_form (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def = import_string (
    "{\"institution\": \"all\", \"name\": \"Editor\", \"selfassess\": 1,"
    " \"evidencestatuses\": {\"begun\": \"Begun\", \"3\": \"Done\", \"incomplete\": null},"
    " \"standards\": [ {\"shortname\": \"S\", \"name\": \"S\", \"standardid\": 1} ],"
    " \"standardelements\": ["
    "   {\"shortname\": \"c\", \"standardid\": \"1\", \"elementid\": \"1.3\", \"parentelementid\": \"1.2\"},"
    "   {\"shortname\": \"a\", \"standardid\": 1, \"elementid\": 11, \"parentelementid\": \"\"},"
    "   {\"shortname\": \"b\", \"standardid\": 1, \"elementid\": \"1.2\", \"parentelementid\": \"11\"}]}",
    &error);
  g_autofree char *ids = NULL;

  g_assert_no_error (error);
  ids = descriptor_ids (def);
  g_assert_cmpstr (ids, ==, "a b c");
  g_assert_cmpstr (wm_descriptor_def_get_field (find_descriptor (def, "b", NULL), "parent"), ==, "a");
  g_assert_cmpstr (wm_descriptor_def_get_field (find_descriptor (def, "c", NULL), "parent"), ==, "b");
  g_assert_cmpstr (((WmRatingDef *) g_ptr_array_index (def->ratings, 1))->name, ==, "Begun");
  g_assert_cmpstr (((WmRatingDef *) g_ptr_array_index (def->ratings, 2))->name, ==, "Doesn't meet the standard");
  g_assert_cmpstr (((WmRatingDef *) g_ptr_array_index (def->ratings, 4))->name, ==, "Done");
}

static void
test_export_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def = wm_framework_def_new ();
  g_autoptr(GBytes) bytes = NULL;

  def->title = g_strdup ("Empty");
  bytes = wm_mahara_export (def, &error);
  g_assert_null (bytes);
  g_assert_error (error, WM_FRAMEWORK_ERROR, WM_FRAMEWORK_ERROR_INVALID);
}

static void
test_sniff (void)
{
  const char *yes[] = { "sample-nested.matrix", "sample-flat.matrix", "broken/no-name.matrix",
                        "broken/unknown-parent.matrix" };
  const char *no[] = { "broken/empty.matrix", "broken/not-json.matrix", "broken/array-root.matrix",
                       "broken/neither-form.matrix", "broken/not-utf8.matrix" };
  g_autofree char *lqf_path = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", "lqf.json", NULL);
  g_autoptr(GFile) lqf_file = g_file_new_for_path (lqf_path);
  g_autoptr(GBytes) lqf = g_file_load_bytes (lqf_file, NULL, NULL, NULL);
  g_autoptr(GBytes) csv = g_bytes_new_static ("shortname,name\n1,One\n", 22);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      g_autoptr(GBytes) bytes = read_data (yes[i], NULL);
      g_assert_true (wm_mahara_sniff (bytes));
    }
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    {
      g_autoptr(GBytes) bytes = read_data (no[i], NULL);
      g_assert_false (wm_mahara_sniff (bytes));
    }
  g_assert_nonnull (lqf);
  g_assert_false (wm_mahara_sniff (lqf));
  g_assert_false (wm_mahara_sniff (csv));
}

typedef struct {
  const char *html;
  const char *text;
} PlainCase;

static const PlainCase plain_cases[] = {
  { "", "" },
  { "Plain text stays.", "Plain text stays." },
  { "<p>One</p><p>Two</p>", "One\nTwo" },
  { "a<br>b<br/>c<BR >d", "a\nb\nc\nd" },
  { "a<br><br><br><br>b", "a\n\nb" },
  { "<ul><li>x</li><li>y:<ul><li>z</li></ul></li></ul>", "x\ny:\nz" },
  { "&amp; &lt; &gt; &quot; &#39; &apos;", "& < > \" ' '" },
  { "a&nbsp;&nbsp;b", "a b" },
  { "&#8212;&#x2014;&#X41;&#65;", "——AA" },
  { "R&D, a < b, a&b; &bogus; &#; &#xZZ; &#0; &#1114112;", "R&D, a < b, a&b; &bogus; &#; &#xZZ; &#0; &#1114112;" },
  { "  lots \t of\n\n  space  ", "lots of space" },
  { "<a href=\"x>y\" title='a>b'>link</a> text", "link text" },
  { "<b>bold</b> and <em>em</em>", "bold and em" },
  { "a<!-- hidden <p> -->b", "ab" },
  { "a<script>if (a < b) alert('<p>')</script>b<style>p{}</style>c", "abc" },
  { "x <unterminated", "x <unterminated" },
  { "<p> indented</p>\n<p>\tline </p>", "indented\nline" },
  { "ctrl\x01" "char", "ctrlchar" },
  { "caf\xc3\xa9 &ndash; na&iuml;ve", "café – na&iuml;ve" },
};

static void
test_plain_text (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (plain_cases); i++)
    {
      g_autofree char *text = wm_plain_text_from_html (plain_cases[i].html);
      g_autofree char *html = wm_plain_text_to_html (text);
      g_autofree char *again = wm_plain_text_from_html (html);

      g_assert_cmpstr (text, ==, plain_cases[i].text);
      g_assert_cmpstr (again, ==, text);
    }

  {
    g_autofree char *empty = wm_plain_text_from_html (NULL);
    g_autofree char *html = wm_plain_text_to_html ("a & b < c > d\ne");

    g_assert_cmpstr (empty, ==, "");
    g_assert_cmpstr (html, ==, "a &amp; b &lt; c &gt; d<br>e");
  }
}

typedef struct {
  const char *file;
  int         code;
  const char *message;   /* what follows "PATH" in the error */
} Broken;

static const Broken broken[] = {
  { "empty.matrix", WM_FRAMEWORK_ERROR_PARSE, ": the file is empty" },
  { "not-utf8.matrix", WM_FRAMEWORK_ERROR_PARSE, ":3: the file is not UTF-8 text" },
  { "not-json.matrix", WM_FRAMEWORK_ERROR_PARSE, ":5:" },
  { "array-root.matrix", WM_FRAMEWORK_ERROR_INVALID, ": the file must hold one JSON object, a Mahara SmartEvidence matrix" },
  { "neither-form.matrix", WM_FRAMEWORK_ERROR_INVALID, ":1: not a Mahara SmartEvidence matrix: no \"framework\" object and no \"standards\" list" },
  { "framework-not-object.matrix", WM_FRAMEWORK_ERROR_INVALID, ":2: \"framework\" must be an object" },
  { "no-name.matrix", WM_FRAMEWORK_ERROR_INVALID, ":2: the framework: missing \"name\"" },
  { "name-no-text.matrix", WM_FRAMEWORK_ERROR_INVALID, ":3: the framework: \"name\" has no text" },
  { "no-standards.matrix", WM_FRAMEWORK_ERROR_INVALID, ":6: the framework: \"standards\" must hold at least 1 entry" },
  { "no-elements.matrix", WM_FRAMEWORK_ERROR_INVALID, ":4: the framework: no standard has any standard elements" },
  { "standards-not-list.matrix", WM_FRAMEWORK_ERROR_INVALID, ":4: the framework: \"standards\" must be a list" },
  { "shortname-not-string.matrix", WM_FRAMEWORK_ERROR_INVALID, ":8: standard element 2 of standard \"1\": \"shortname\" must be a string" },
  { "selfassess-not-flag.matrix", WM_FRAMEWORK_ERROR_INVALID, ":4: the framework: \"selfassess\" must be true or false" },
  { "standardid-not-id.matrix", WM_FRAMEWORK_ERROR_INVALID, ":8: entry 1 of \"standardelements\": \"standardid\" must be a whole number or a string" },
  { "unknown-status.matrix", WM_FRAMEWORK_ERROR_INVALID, ":6: evidence status \"done\" is not one of begun, incomplete, partialcomplete, completed" },
  { "unknown-standard.matrix", WM_FRAMEWORK_ERROR_INVALID, ":10: entry 2 of \"standardelements\": standardid 3 is not the standardid of any standard (1, 2)" },
  { "unknown-parent.matrix", WM_FRAMEWORK_ERROR_INVALID, ":11: standard element \"B.1\": parentelementid \"1.1\" is not the elementid of any element of standard \"B\"" },
  { "parent-first.matrix", WM_FRAMEWORK_ERROR_INVALID, ":7: standard element \"1.1.1\": \"parent\" is true, but no element of standard \"1\" comes before it" },
  { "parent-cycle.matrix", WM_FRAMEWORK_ERROR_INVALID, ":9: standard element \"A.2\": its parent elements form a cycle (A.2 → A.3 → A.2)" },
  { "duplicate-standardid.matrix", WM_FRAMEWORK_ERROR_INVALID, ":6: standard \"B\": standardid 1 is already the standardid of standard \"A\"" },
  { "duplicate-elementid.matrix", WM_FRAMEWORK_ERROR_INVALID, ":9: standard element \"A.2\": elementid \"1.1\" is already the elementid of standard element \"A.1\" in standard \"A\"" },
};

static void
test_broken (gconstpointer data)
{
  const Broken *item = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_build_filename ("broken", item->file, NULL);
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = read_data (name, &path);
  g_autoptr(WmFrameworkDef) def = wm_mahara_import (bytes, path, &error);
  g_autofree char *expected = g_strconcat (path, item->message, NULL);

  g_assert_null (def);
  g_assert_error (error, WM_FRAMEWORK_ERROR, item->code);
  if (!g_str_has_prefix (error->message, expected))
    g_error ("expected \"%s\", got \"%s\"", expected, error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mahara/nested", test_nested);
  g_test_add_func ("/mahara/flat", test_flat);
  g_test_add_func ("/mahara/forms-equal", test_forms_equal);
  g_test_add_func ("/mahara/valid-waymark", test_valid_waymark);
  g_test_add_data_func ("/mahara/round-trip/nested", "sample-nested.matrix", test_round_trip);
  g_test_add_data_func ("/mahara/round-trip/flat", "sample-flat.matrix", test_round_trip);
  g_test_add_func ("/mahara/export-lqf", test_lqf);
  g_test_add_func ("/mahara/unique-ids", test_unique_ids);
  g_test_add_func ("/mahara/editor-form", test_editor_form);
  g_test_add_func ("/mahara/export-empty", test_export_empty);
  g_test_add_func ("/mahara/sniff", test_sniff);
  g_test_add_func ("/mahara/plain-text", test_plain_text);
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *path = g_strdup_printf ("/mahara/broken/%s", broken[i].file);
      g_test_add_data_func (path, &broken[i], test_broken);
    }

  return g_test_run ();
}
