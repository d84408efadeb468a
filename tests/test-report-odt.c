/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-report-odt"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "wm-report-odt.h"
#include "wm-test-util.h"
#include "wm-zip-writer.h"

/* The governors' pack as ODF text: a package unzip accepts, XML that parses, the chart inside, and
 * (when LibreOffice is installed) a document LibreOffice turns into a PDF. */

#define ODT_MIMETYPE "application/vnd.oasis.opendocument.text"

static const char *titles[] = {
  "1 Vision for Learning", "2 Framework & <Language>", "3 Leading \"innovation\"",
  "4 Professional Learning", "5 Curriculum Design",
};
static const char *rings[] = { "Bronze", "Silver", "Gold" };

/* ---- Reports made by hand (wm_report_new_empty), freed by wm_report_free() ---- */

static void
add_line (GPtrArray  *lines,
          const char *element_title,
          const char *text,
          const char *detail)
{
  WmReportLine *line = g_new0 (WmReportLine, 1);

  line->element_title = g_strdup (element_title);
  line->text = g_strdup (text);
  line->detail = g_strdup (detail);
  g_ptr_array_add (lines, line);
}

/* Five elements: up, down, level, no score then, and no score now. */
static WmReport *
make_report (const char *school,
             const char *framework_title,
             gboolean    compared)
{
  static const double now[] = { 2.5, 1.0, 2.0, 1.5, NAN };
  static const double then[] = { 1.5, 2.0, 2.0, NAN, NAN };
  static const WmReportDirection directions[] = {
    WM_REPORT_UP, WM_REPORT_DOWN, WM_REPORT_LEVEL, WM_REPORT_SAME, WM_REPORT_SAME,
  };
  WmReport *report = wm_report_new_empty ();

  report->school_name = g_strdup (school);
  report->date = g_strdup ("2026-03-01");
  report->framework_id = g_strdup ("lqf");
  report->framework_title = g_strdup (framework_title);
  report->scale_name = g_strdup ("Bronze, Silver, Gold");
  report->compare_name = compared ? g_strdup ("Autumn baseline") : NULL;
  report->compare_date = compared ? g_strdup ("2025-10-01") : NULL;
  report->has_now = TRUE;
  report->now = 1.75;
  report->has_then = compared;
  report->then = compared ? 1.8 : 0;
  report->max = 3;
  report->summary = g_strdup ("The school stands at Silver overall.\nVision for Learning moved up; "
                              "Framework & Language moved down.");
  report->chart = wm_radar_data_new (framework_title, G_N_ELEMENTS (titles), 3);
  wm_radar_data_set_rings (report->chart, rings, G_N_ELEMENTS (rings));

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      WmReportElement *element = g_new0 (WmReportElement, 1);

      element->id = g_strdup_printf ("%u", i + 1);
      element->title = g_strdup (titles[i]);
      element->has_now = !isnan (now[i]);
      element->now = element->has_now ? now[i] : 0;
      element->has_then = compared && !isnan (then[i]);
      element->then = element->has_then ? then[i] : 0;
      element->direction = compared ? directions[i] : WM_REPORT_SAME;
      element->n_descriptors = 12;
      element->n_judged = 12 - i;
      element->n_evidence = 3 * i;
      g_ptr_array_add (report->elements, element);
      wm_radar_data_set_axis (report->chart, i, titles[i], element->id);
    }
  wm_radar_data_add_series (report->chart, "Now", now);
  if (compared)
    {
      wm_radar_data_add_series (report->chart, "Autumn baseline", then);
      add_line (report->strengths, titles[0], "1.3a: Leaders share a vision of learning", "Gold");
      add_line (report->strengths, titles[1], "2.1b: Pupils choose how to learn", NULL);
      report->n_strengths_left_out = 4;
    }
  add_line (report->next_steps, NULL, "Review the curriculum map", "Ms Shah, due 2026-12-01");
  add_line (report->next_steps, titles[2], "3.2c: Staff try new methods", "Partial → Secure");
  return report;
}

typedef struct {
  char     *dir;
  WmReport *reports[2];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = wm_test_make_dir ("waymark-odt-XXXXXX");
  f->reports[0] = make_report ("Hillside Primary & Nursery", "Learning Quality Framework", TRUE);
  f->reports[1] = make_report ("", "ICT Mark", FALSE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  wm_report_free (f->reports[0]);
  wm_report_free (f->reports[1]);
  wm_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
write_pack (Fixture    *f,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (wm_report_write_odt (f->reports, G_N_ELEMENTS (f->reports), path, &error));
  g_assert_no_error (error);
  return path;
}

/* ---- Reading the results back ---- */

static guint32
le (const guint8 *p,
    guint         n)
{
  guint32 value = 0;

  for (guint i = n; i > 0; i--)
    value = (value << 8) | p[i - 1];
  return value;
}

/* Walks a stored-only archive the way its local headers and its central directory describe it,
 * checking each entry's CRC; returns name → content, and the names in order in @order. */
static GHashTable *
read_stored_zip (GBytes    *zip,
                 GPtrArray *order)
{
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  gsize size;
  const guint8 *data = g_bytes_get_data (zip, &size);
  const guint8 *end_record = data + size - 22;
  gsize at = 0, directory;

  while (at + 30 <= size && le (data + at, 4) == 0x04034b50)
    {
      guint32 length = le (data + at + 22, 4);
      guint name_length = le (data + at + 26, 2);
      char *name = g_strndup ((const char *) data + at + 30, name_length);
      const guint8 *content = data + at + 30 + name_length + le (data + at + 28, 2);

      g_assert_cmpuint (le (data + at + 8, 2), ==, 0);          /* stored */
      g_assert_cmpuint (le (data + at + 18, 4), ==, length);    /* compressed size: the same */
      g_assert_cmpuint (le (data + at + 14, 4), ==, wm_zip_crc32 (0, content, length));
      g_hash_table_insert (entries, name, g_bytes_new_from_bytes (zip, content - data, length));
      g_ptr_array_add (order, g_strdup (name));
      at = content + length - data;
    }

  g_assert_cmpuint (le (end_record, 4), ==, 0x06054b50);
  g_assert_cmpuint (le (end_record + 10, 2), ==, order->len);
  directory = le (end_record + 16, 4);
  g_assert_cmpuint (directory, ==, at);
  g_assert_cmpuint (le (end_record + 12, 4), ==, (gsize) (end_record - data) - directory);
  for (guint i = 0; i < order->len; i++)
    {
      g_assert_cmpuint (le (data + directory, 4), ==, 0x02014b50);
      g_assert_cmpmem (data + directory + 46, strlen (order->pdata[i]), order->pdata[i], strlen (order->pdata[i]));
      directory += 46 + le (data + directory + 28, 2) + le (data + directory + 30, 2) + le (data + directory + 32, 2);
    }
  g_assert_true (data + directory == end_record);
  return entries;
}

typedef struct {
  GPtrArray  *paragraphs;   /* the text of each text:p and text:h, line breaks as "\n" */
  GString    *current;
  GPtrArray  *binaries;     /* the text of each office:binary-data */
  GString    *binary;
  GHashTable *counts;       /* element name → how many */
  GHashTable *attributes;   /* "name=value" of every attribute */
  GArray     *columns;      /* columns of each table:table */
  char       *root;
} Parsed;

static void
parsed_free (Parsed *p)
{
  g_ptr_array_unref (p->paragraphs);
  g_ptr_array_unref (p->binaries);
  g_hash_table_unref (p->counts);
  g_hash_table_unref (p->attributes);
  g_array_unref (p->columns);
  g_free (p->root);
  g_free (p);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Parsed, parsed_free)

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  Parsed *p = user_data;

  if (p->root == NULL)
    p->root = g_strdup (name);
  g_hash_table_insert (p->counts, g_strdup (name),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (p->counts, name)) + 1));
  for (guint i = 0; attribute_names[i] != NULL; i++)
    g_hash_table_add (p->attributes, g_strconcat (attribute_names[i], "=", attribute_values[i], NULL));

  if (g_str_equal (name, "text:p") || g_str_equal (name, "text:h"))
    p->current = g_string_new (NULL);
  else if (g_str_equal (name, "text:line-break") && p->current != NULL)
    g_string_append_c (p->current, '\n');
  else if (g_str_equal (name, "office:binary-data"))
    p->binary = g_string_new (NULL);
  else if (g_str_equal (name, "table:table"))
    g_array_append_val (p->columns, (guint) { 0 });
  else if (g_str_equal (name, "table:table-column"))
    g_array_index (p->columns, guint, p->columns->len - 1)++;
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *name,
                gpointer              user_data,
                GError              **error)
{
  Parsed *p = user_data;

  if ((g_str_equal (name, "text:p") || g_str_equal (name, "text:h")) && p->current != NULL)
    g_ptr_array_add (p->paragraphs, g_string_free (g_steal_pointer (&p->current), FALSE));
  else if (g_str_equal (name, "office:binary-data") && p->binary != NULL)
    g_ptr_array_add (p->binaries, g_string_free (g_steal_pointer (&p->binary), FALSE));
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Parsed *p = user_data;

  if (p->binary != NULL)
    g_string_append_len (p->binary, text, length);
  else if (p->current != NULL)
    g_string_append_len (p->current, text, length);
}

static Parsed *
parse_xml (GBytes *xml)
{
  static const GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  g_autoptr(GError) error = NULL;
  Parsed *p = g_new0 (Parsed, 1);
  GMarkupParseContext *context;
  gsize size;
  const char *data = g_bytes_get_data (xml, &size);

  p->paragraphs = g_ptr_array_new_with_free_func (g_free);
  p->binaries = g_ptr_array_new_with_free_func (g_free);
  p->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p->attributes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p->columns = g_array_new (FALSE, TRUE, sizeof (guint));
  g_assert_true (g_utf8_validate (data, (gssize) size, NULL));
  context = g_markup_parse_context_new (&parser, 0, p, NULL);
  g_markup_parse_context_parse (context, data, (gssize) size, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  return p;
}

static guint
count (Parsed     *p,
       const char *element)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (p->counts, element));
}

static gboolean
has_paragraph (Parsed     *p,
               const char *text)
{
  for (guint i = 0; i < p->paragraphs->len; i++)
    if (g_str_equal (p->paragraphs->pdata[i], text))
      return TRUE;
  return FALSE;
}

static gboolean
has_text (Parsed     *p,
          const char *text)
{
  for (guint i = 0; i < p->paragraphs->len; i++)
    if (strstr (p->paragraphs->pdata[i], text) != NULL)
      return TRUE;
  return FALSE;
}

/* What every report's content must say, as LibreOffice will read it. */
static void
check_content (Parsed *p)
{
  g_assert_cmpuint (count (p, "text:section"), ==, 2);
  g_assert_cmpuint (count (p, "table:table"), ==, 2);
  g_assert_cmpuint (count (p, "draw:frame"), ==, 2);
  g_assert_cmpuint (p->columns->len, ==, 2);
  g_assert_cmpuint (g_array_index (p->columns, guint, 0), ==, 6);   /* with "Then" */
  g_assert_cmpuint (g_array_index (p->columns, guint, 1), ==, 5);

  g_assert_true (has_paragraph (p, "Hillside Primary & Nursery: Learning Quality Framework"));
  g_assert_true (has_paragraph (p, "ICT Mark"));
  g_assert_true (has_paragraph (p, "Made on 2026-03-01, compared with Autumn baseline (2025-10-01)"));
  g_assert_true (has_paragraph (p, "Made on 2026-03-01"));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_assert_true (has_paragraph (p, titles[i]));
  g_assert_true (has_paragraph (p, "↑") && has_paragraph (p, "↓") && has_paragraph (p, "→"));
  g_assert_true (has_paragraph (p, "2.5") && has_paragraph (p, "1.5") && has_paragraph (p, "–"));
  g_assert_true (has_paragraph (p, "11 of 12"));
  g_assert_true (has_paragraph (p, "The school stands at Silver overall.\nVision for Learning moved up; "
                                   "Framework & Language moved down."));
  g_assert_true (has_paragraph (p, "Strengths") && has_paragraph (p, "Next steps"));
  g_assert_true (has_paragraph (p, "1 Vision for Learning: 1.3a: Leaders share a vision of learning — Gold"));
  g_assert_true (has_paragraph (p, "Review the curriculum map — Ms Shah, due 2026-12-01"));
  g_assert_true (has_paragraph (p, "… and 4 more"));
  g_assert_true (has_paragraph (p, "No descriptor has reached the top rating yet."));
  g_assert_true (has_text (p, "Partial → Secure"));

  /* Real styles: each report's title a Heading 1, the second on a new page. */
  g_assert_true (g_hash_table_contains (p->attributes, "text:style-name=P_first"));
  g_assert_true (g_hash_table_contains (p->attributes, "text:style-name=P_break"));
  g_assert_true (g_hash_table_contains (p->attributes, "fo:break-before=page"));
  g_assert_true (g_hash_table_contains (p->attributes, "style:parent-style-name=Heading_20_1"));
  g_assert_true (g_hash_table_contains (p->attributes, "text:style-name=Heading_20_2"));
  g_assert_true (g_hash_table_contains (p->attributes, "svg:width=17.000cm"));
}

static void
check_styles (Parsed *p)
{
  const char *expected[] = {
    "style:name=Heading_20_1", "style:display-name=Heading 1", "style:name=Heading_20_2",
    "style:name=Text_20_body", "style:name=Table_20_Contents", "style:name=Table_20_Heading",
    "fo:language=en", "fo:country=GB", "fo:page-width=21cm", "fo:page-height=29.7cm",
    "fo:margin-left=2cm", "fo:margin-right=2cm", "fo:margin-top=2cm", "fo:margin-bottom=2cm",
    "style:page-layout-name=A4",
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!g_hash_table_contains (p->attributes, expected[i]))
      g_error ("The styles lack %s", expected[i]);
}

typedef struct {
  const guint8 *data;
  gsize         size, at;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  Reader *reader = closure;

  if (reader->size - reader->at < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->at, length);
  reader->at += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
check_png (const guint8 *data,
           gsize         size)
{
  Reader reader = { data, size, 0 };
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_cb, &reader);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), >=, 1800);
  /* 480 × 400 points, the aspect kept to the pixel. */
  g_assert_cmpint (ABS (cairo_image_surface_get_height (surface) * 480 -
                        cairo_image_surface_get_width (surface) * 400), <=, 480);
  cairo_surface_destroy (surface);
}

/* ---- The tests ---- */

static void
test_crc32 (void)
{
  const guint8 *check = (const guint8 *) "123456789";

  g_assert_cmphex (wm_zip_crc32 (0, check, 9), ==, 0xcbf43926);
  g_assert_cmphex (wm_zip_crc32 (0, NULL, 0), ==, 0);
  /* In pieces, as in one go. */
  g_assert_cmphex (wm_zip_crc32 (wm_zip_crc32 (0, check, 4), check + 4, 5), ==, 0xcbf43926);
}

static void
test_zip (void)
{
  g_autoptr(WmZipWriter) zip = wm_zip_writer_new ();
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) text = g_bytes_new_static ("hello, world\n", 13);
  g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 3, 1, 14, 30, 10);
  g_autoptr(GBytes) archive = NULL;
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  const guint8 *data;

  wm_zip_writer_set_time (zip, time);
  wm_zip_writer_add (zip, "empty", empty);
  wm_zip_writer_add (zip, "folder/hello.txt", text);
  archive = wm_zip_writer_finish (zip);
  entries = read_stored_zip (archive, order);
  g_assert_cmpuint (order->len, ==, 2);
  g_assert_cmpstr (order->pdata[1], ==, "folder/hello.txt");
  g_assert_true (g_bytes_equal (g_hash_table_lookup (entries, "folder/hello.txt"), text));
  g_assert_cmpuint (g_bytes_get_size (g_hash_table_lookup (entries, "empty")), ==, 0);

  /* DOS time and date: 14:30:10 on 2026-03-01. */
  data = g_bytes_get_data (archive, NULL);
  g_assert_cmphex (le (data + 10, 2), ==, (14 << 11) | (30 << 5) | 5);
  g_assert_cmphex (le (data + 12, 2), ==, ((2026 - 1980) << 9) | (3 << 5) | 1);
}

static void
test_package (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = write_pack (f, "pack.odt");
  g_autoptr(GBytes) bytes = wm_test_read_bytes (path);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) entries = read_stored_zip (bytes, order);
  g_autoptr(Parsed) manifest = NULL, content = NULL, styles = NULL, meta = NULL;
  const guint8 *raw = g_bytes_get_data (bytes, NULL);
  GBytes *png;

  /* The ODF magic: "mimetype", stored, without an extra field, its content at byte 38. */
  g_assert_cmpmem (raw, 4, "PK\3\4", 4);
  g_assert_cmpuint (le (raw + 8, 2), ==, 0);
  g_assert_cmpuint (le (raw + 28, 2), ==, 0);
  g_assert_cmpmem (raw + 30, 8, "mimetype", 8);
  g_assert_cmpmem (raw + 38, strlen (ODT_MIMETYPE), ODT_MIMETYPE, strlen (ODT_MIMETYPE));
  g_assert_cmpstr (order->pdata[0], ==, "mimetype");

  /* The manifest lists every entry but itself and the mimetype. */
  manifest = parse_xml (g_hash_table_lookup (entries, "META-INF/manifest.xml"));
  g_assert_cmpstr (manifest->root, ==, "manifest:manifest");
  g_assert_true (g_hash_table_contains (manifest->attributes, "manifest:media-type=" ODT_MIMETYPE));
  for (guint i = 0; i < order->len; i++)
    {
      g_autofree char *entry = g_strconcat ("manifest:full-path=", order->pdata[i], NULL);

      if (!g_str_equal (order->pdata[i], "mimetype") && !g_str_equal (order->pdata[i], "META-INF/manifest.xml"))
        g_assert_true (g_hash_table_contains (manifest->attributes, entry));
    }
  g_assert_cmpuint (count (manifest, "manifest:file-entry"), ==, order->len - 1);

  content = parse_xml (g_hash_table_lookup (entries, "content.xml"));
  g_assert_cmpstr (content->root, ==, "office:document-content");
  check_content (content);
  g_assert_true (g_hash_table_contains (content->attributes, "xlink:href=Pictures/chart-1.png"));
  g_assert_true (g_hash_table_contains (content->attributes, "xlink:href=Pictures/chart-2.png"));

  styles = parse_xml (g_hash_table_lookup (entries, "styles.xml"));
  g_assert_cmpstr (styles->root, ==, "office:document-styles");
  check_styles (styles);
  meta = parse_xml (g_hash_table_lookup (entries, "meta.xml"));
  g_assert_cmpstr (meta->root, ==, "office:document-meta");
  g_assert_cmpuint (count (meta, "dc:title"), ==, 1);
  g_assert_cmpuint (count (meta, "dc:language"), ==, 1);

  png = g_hash_table_lookup (entries, "Pictures/chart-1.png");
  g_assert_nonnull (png);
  check_png (g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  g_assert_true (g_hash_table_contains (entries, "Pictures/chart-2.png"));
}

static char *
run (const char * const *argv,
     const char * const *envp,
     gboolean           *ok)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, (char **) envp, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  *ok = g_spawn_check_wait_status (status, NULL);
  if (!*ok)
    g_test_message ("%s failed: %s%s", argv[0], out, err);
  return out;
}

static void
test_unzip (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *unzip = g_find_program_in_path ("unzip");
  g_autofree char *path = NULL;
  g_autofree char *tested = NULL, *listed = NULL;
  g_auto(GStrv) names = NULL;
  gboolean ok;

  if (unzip == NULL)
    {
      g_test_skip ("unzip is not installed: the check of the package with another ZIP reader is skipped");
      return;
    }
  path = write_pack (f, "pack.odt");
  tested = run ((const char *[]) { unzip, "-t", path, NULL }, NULL, &ok);
  g_assert_true (ok);
  g_assert_nonnull (strstr (tested, "No errors detected"));
  listed = run ((const char *[]) { unzip, "-Z1", path, NULL }, NULL, &ok);
  g_assert_true (ok);
  names = g_strsplit (listed, "\n", -1);
  g_assert_cmpstr (names[0], ==, "mimetype");
  g_assert_true (g_strv_contains ((const char * const *) names, "content.xml"));
  g_assert_true (g_strv_contains ((const char * const *) names, "Pictures/chart-2.png"));
}

static void
test_flat (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = write_pack (f, "pack.fodt");
  g_autoptr(GBytes) bytes = wm_test_read_bytes (path);
  g_autoptr(Parsed) p = parse_xml (bytes);

  g_assert_cmpstr (p->root, ==, "office:document");
  g_assert_true (g_hash_table_contains (p->attributes, "office:mimetype=" ODT_MIMETYPE));
  g_assert_cmpuint (count (p, "office:styles"), ==, 1);
  g_assert_cmpuint (count (p, "office:master-styles"), ==, 1);
  check_content (p);
  check_styles (p);
  g_assert_cmpuint (p->binaries->len, ==, 2);
  for (guint i = 0; i < p->binaries->len; i++)
    {
      gsize size;
      g_autofree guchar *png = g_base64_decode (p->binaries->pdata[i], &size);

      check_png (png, size);
    }
}

static void
test_missing_dir (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", NULL);
  g_autofree char *path = g_build_filename (missing, "pack.odt", NULL);
  g_autoptr(GDir) dir = NULL;

  g_assert_false (wm_report_write_odt (f->reports, 2, path, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, g_strerror (ENOENT)));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_pack (f, "pack.odt");
  g_autoptr(GBytes) before = wm_test_read_bytes (path);
  g_autoptr(GBytes) after = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("Running as root, which may write anywhere: the read-only folder check is skipped");
      return;
    }
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_assert_false (wm_report_write_odt (f->reports, 1, path, &error));
  g_chmod (f->dir, 0755);
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, path));
  /* The old file is untouched. */
  after = wm_test_read_bytes (path);
  wm_test_assert_same_bytes (before, after);
}

static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *first = write_pack (f, "pack.odt");
  g_autofree char *second = write_pack (f, "pack.odt");
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);

  /* Written again over itself, and no temporary file left beside it. */
  g_assert_cmpstr (g_dir_read_name (dir), ==, "pack.odt");
  g_assert_null (g_dir_read_name (dir));
}

/* What LibreOffice makes of both forms: a PDF each, with the words in it and the chart on it. */
static void
test_libreoffice (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *profile = g_build_filename (f->dir, "lo-profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *installation = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  g_autofree char *out = g_build_filename (f->dir, "pdf", NULL);
  g_autofree char *package = write_pack (f, "pack.odt");
  g_autofree char *flat = write_pack (f, "flat.fodt");
  g_autofree char *log = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *pdfs[] = { "pack.pdf", "flat.pdf" };
  gboolean ok;

  if (soffice == NULL)
    soffice = g_find_program_in_path ("libreoffice");
  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice is not installed: the headless conversion check is skipped");
      return;
    }

  /* Its own HOME and profile, so the user's are never touched; and not our G_DEBUG: LibreOffice
   * loads GIO, and a GLib warning in it (dconf's, say) must not abort the conversion. */
  env = g_environ_setenv (env, "HOME", f->dir, TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_unsetenv (env, "G_DEBUG");
  log = run ((const char *[]) { soffice, installation, "--headless", "--convert-to", "pdf", "--outdir", out,
                                package, flat, NULL }, (const char * const *) env, &ok);
  g_test_message ("%s", log);
  g_assert_true (ok);

  for (guint i = 0; i < G_N_ELEMENTS (pdfs); i++)
    {
      g_autofree char *pdf = g_build_filename (out, pdfs[i], NULL);
      g_autoptr(GBytes) bytes = wm_test_read_bytes (pdf);
      g_autofree char *text = NULL;
      g_auto(GStrv) pages = NULL;
      guint report_two = 0;

      g_assert_nonnull (bytes);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 10000);   /* the charts make it big */
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
      if (pdftotext == NULL)
        continue;

      text = run ((const char *[]) { pdftotext, pdf, "-", NULL }, NULL, &ok);
      g_assert_true (ok);
      g_assert_nonnull (strstr (text, "1 Vision for Learning"));
      g_assert_nonnull (strstr (text, "Hillside Primary"));
      g_assert_nonnull (strstr (text, "Framework & <Language>"));

      /* The second report starts a page of its own: none of the first's words share it. */
      pages = g_strsplit (text, "\f", -1);
      while (pages[report_two] != NULL && strstr (pages[report_two], "Made on 2026-03-01\n") == NULL)
        report_two++;
      g_assert_nonnull (pages[report_two]);
      g_assert_cmpuint (report_two, >, 0);
      g_assert_null (strstr (pages[report_two], "Autumn baseline"));
    }
  if (pdftotext == NULL)
    g_test_skip ("pdftotext is not installed: the PDFs were made but their text is not checked");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/report-odt/crc32", test_crc32);
  g_test_add_func ("/report-odt/zip", test_zip);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/report-odt/package", test_package);
  ADD ("/report-odt/unzip", test_unzip);
  ADD ("/report-odt/flat", test_flat);
  ADD ("/report-odt/missing-dir", test_missing_dir);
  ADD ("/report-odt/read-only", test_read_only);
  ADD ("/report-odt/replace", test_replace);
  ADD ("/report-odt/libreoffice", test_libreoffice);
#undef ADD
  return g_test_run ();
}
