/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-report"

#include "config.h"

#include <unistd.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

/*
 * waymark-cli report and school name, driven for real. The PDF is read back with poppler's own
 * tools (pdfinfo, pdftotext, pdftoppm) where they are installed; PNG sizes come straight from
 * the IHDR chunk, and SVG and flat ODF are parsed with GMarkup (and xmllint where present).
 * Every report is dated 22 November 2026 through WAYMARK_REPORT_DATE, which the children inherit.
 */

#define SCHOOL      "Hillside Primary School"
#define SECRET      "PUPIL-SECRET"
#define LQF_TITLE   "Learning Quality Framework"
#define BECTA_TITLE "Learning Platform: Steps to Adoption"

typedef struct {
  char *dir;
  char *file;
  char *out;   /* where the reports go, apart from the school file */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = wm_test_make_dir ("test-cli-report-XXXXXX");
  f->file = g_build_filename (f->dir, "school.waymark", NULL);
  f->out = g_build_filename (f->dir, "out", NULL);
  g_assert_cmpint (g_mkdir (f->out, 0755), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_chmod (f->out, 0755);
  wm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->file);
  g_free (f->out);
}

static char *
run_va (const char *file,
        int         expected,
        char      **err,
        va_list     ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  char *out = NULL;
  const char *arg;

  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  g_ptr_array_add (args, NULL);
  g_assert_cmpint (wm_test_run_cli_argv (NULL, file, (const char * const *) args->pdata, &out, err),
                   ==, expected);
  return out;
}

/* Runs waymark-cli with the NULL-terminated arguments; it must succeed, silent on stderr. */
G_GNUC_NULL_TERMINATED static char *
run_ok (const char *file,
        ...)
{
  g_autofree char *err = NULL;
  char *out;
  va_list ap;

  va_start (ap, file);
  out = run_va (file, 0, &err, ap);
  va_end (ap);
  g_assert_cmpstr (err, ==, "");
  return out;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, one a line. */
static char *
listing (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, (char *) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

/* Runs a command that must fail with status 2, a message containing @message on stderr,
 * nothing on stdout, nothing new in the output folder and the school file as it was. */
G_GNUC_NULL_TERMINATED static void
assert_refused (Fixture    *f,
                const char *message,
                ...)
{
  g_autoptr(GBytes) before = wm_test_read_bytes (f->file);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *files_before = listing (f->out);
  g_autofree char *files_after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  va_list ap;

  va_start (ap, message);
  out = run_va (f->file, 2, &err, ap);
  va_end (ap);
  g_assert_cmpstr (out, ==, "");
  if (strstr (err, message) == NULL)
    g_error ("expected “%s” in: %s", message, err);

  after = wm_test_read_bytes (f->file);
  wm_test_assert_same_bytes (before, after);
  files_after = listing (f->out);
  g_assert_cmpstr (files_after, ==, files_before);
}

static void
rate (const char *file,
      const char *descriptor,
      const char *rating,
      const char *note)
{
  g_autofree char *out = note ? run_ok (file, "rate", descriptor, rating, "--note", note, NULL)
                              : run_ok (file, "rate", descriptor, rating, NULL);
}

/* A dozen LQF judgements, one an element, noted; a snapshot; then some move: elements 1, 2, 4,
 * 11 and 12 go up, 10 goes down, the rest stay. */
static void
build_school (Fixture *f)
{
  static const char * const before[][2] = {
    { "1.1b", "secure" }, { "2.1b", "developing" }, { "3.1b", "secure" }, { "4.1b", "partial" },
    { "5.1b", "developing" }, { "6.1b", "secure" }, { "7.1b", "partial" }, { "8.1b", "secure" },
    { "9.1b", "developing" }, { "10.1b", "partial" }, { "11.1b", "developing" }, { "12.1b", "secure" },
  };
  static const char * const after[][2] = {
    { "1.1s", "secure" }, { "2.1b", "secure" }, { "4.1b", "secure" }, { "10.1b", "developing" },
    { "11.2b", "partial" }, { "12.2b", "secure" },
  };
  g_autofree char *named = run_ok (f->file, "school", "name", SCHOOL, NULL);
  g_autofree char *taken = NULL;
  g_autofree char *planned = NULL;

  g_assert_cmpstr (named, ==, SCHOOL "\n");
  for (guint i = 0; i < G_N_ELEMENTS (before); i++)
    rate (f->file, before[i][0], before[i][1], SECRET);
  taken = run_ok (f->file, "snapshot", "create", "lqf", "Autumn review", "--date", "2025-10-01", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (after); i++)
    rate (f->file, after[i][0], after[i][1], NULL);
  planned = run_ok (f->file, "action", "add", "Share the vision", "1.1g", "2.2b",
                    "--owner", "Head", "--due", "2026-12-01", NULL);
}

/* @name's path in the output folder. */
static char *
out_path (Fixture    *f,
          const char *name)
{
  return g_build_filename (f->out, name, NULL);
}

/* The files named by the "Wrote PATH" lines of @out, which must be nothing else. */
static GStrv
wrote (const char *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autoptr(GStrvBuilder) files = g_strv_builder_new ();
  guint n = g_strv_length (lines);

  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_true (g_str_has_prefix (lines[i], "Wrote "));
      g_strv_builder_add (files, lines[i] + strlen ("Wrote "));
    }
  return g_strv_builder_end (files);
}

/* "pack.svg", then "pack-2.svg", "pack-3.svg", …: the page files of @first. */
static void
assert_page_names (GStrv       files,
                   const char *first)
{
  const char *dot = strrchr (first, '.');

  g_assert_cmpstr (files[0], ==, first);
  for (guint i = 1; files[i] != NULL; i++)
    {
      g_autofree char *expected = g_strdup_printf ("%.*s-%u%s", (int) (dot - first), first, i + 1, dot);

      g_assert_cmpstr (files[i], ==, expected);
    }
}

/* Runs a tool that must succeed; returns its stdout. */
G_GNUC_NULL_TERMINATED static char *
tool (const char *name,
      ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, (char *) name);
  va_start (ap, name);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  return wm_test_run_program ((const char * const *) argv->pdata);
}

/* The whole of @pattern's first match in @text, or its group @group; NULL when none. */
static char *
match (const char *text,
       const char *pattern,
       int         group)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;

  g_assert_nonnull (regex);
  if (!g_regex_match (regex, text, 0, &info))
    return NULL;
  return g_match_info_fetch (info, group);
}

static guint
count_matches (const char *text,
               const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;
  guint n = 0;

  g_assert_nonnull (regex);
  for (g_regex_match (regex, text, 0, &info); g_match_info_matches (info); g_match_info_next (info, NULL))
    n++;
  return n;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("expected “%s” in:\n%s", part, text);
}

/* pdfinfo's count of pages, each of which it must find A4. */
static guint
pdf_pages (const char *path)
{
  g_autofree char *info = tool ("pdfinfo", path, NULL);
  g_autofree char *pages = match (info, "^Pages:\\s+(\\d+)$", 1);
  g_autofree char *sizes = NULL;
  g_autofree char *last = NULL;
  guint n;

  g_assert_nonnull (pages);
  n = (guint) g_ascii_strtoull (pages, NULL, 10);
  g_assert_cmpuint (n, >, 0);
  last = g_strdup_printf ("%u", n);
  sizes = tool ("pdfinfo", "-f", "1", "-l", last, path, NULL);
  g_assert_cmpuint (count_matches (sizes, "^Page +\\d+ size:\\s+595\\.276 x 841\\.89 pts \\(A4\\)$"), ==, n);
  return n;
}

/* pdftotext's text of each page; each must carry its own "Page k of @n" footer, once. */
static GStrv
pdf_text_pages (const char *path,
                guint       n,
                gboolean    layout)
{
  g_autofree char *text = layout ? tool ("pdftotext", "-enc", "UTF-8", "-layout", path, "-", NULL)
                                 : tool ("pdftotext", "-enc", "UTF-8", path, "-", NULL);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

  /* A form feed ends every page, so the last piece is empty. */
  g_assert_cmpuint (g_strv_length (pages), ==, n + 1);
  g_assert_cmpstr (pages[n], ==, "");
  for (guint k = 1; k <= n; k++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", k, n);

      g_assert_cmpuint (count_matches (pages[k - 1], "Page \\d+ of \\d+"), ==, 1);
      assert_contains (pages[k - 1], footer);
    }
  return g_steal_pointer (&pages);
}

/* An element of `waymark-cli score`'s output: its id, title and two-decimal score. */
typedef struct {
  char   *id;
  char   *title;
  double  score;
} Score;

static void
score_clear (gpointer data)
{
  Score *score = data;

  g_free (score->id);
  g_free (score->title);
}

/* The elements, then "Overall" (with an empty title), of `score FRAMEWORK [--snapshot NAME]`. */
static GArray *
scores (const char *file,
        const char *snapshot)
{
  g_autofree char *out = snapshot ? run_ok (file, "score", "lqf", "--snapshot", snapshot, NULL)
                                  : run_ok (file, "score", "lqf", NULL);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  GArray *result = g_array_new (FALSE, TRUE, sizeof (Score));

  g_array_set_clear_func (result, score_clear);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      gboolean overall = g_str_equal (fields[0], "Overall");
      const char *value = fields[overall ? 1 : 2];
      Score score = { g_strdup (fields[0]), g_strdup (overall ? "" : fields[1]), 0 };

      g_assert_true (g_str_has_suffix (value, " / 3"));
      score.score = g_ascii_strtod (value, NULL);
      g_array_append_val (result, score);
    }
  g_assert_cmpuint (result->len, ==, 13);
  return result;
}

/* A one-decimal figure of the report agrees with the same score to two decimals: both are
 * roundings of one number, so they are at most 0.05 + 0.005 apart. */
static void
assert_same_score (const char *shown,
                   double      score,
                   double      slack)
{
  double value = g_ascii_strtod (shown, NULL);

  if (ABS (value - score) > slack + 1e-9)
    g_error ("the report shows %s where the score is %.2f", shown, score);
}

static const char *
expected_arrow (const char *id)
{
  static const char * const up[] = { "1", "2", "4", "11", "12", NULL };

  return g_strv_contains (up, id) ? "↑" : g_str_equal (id, "10") ? "↓" : "→";
}

/* The table's row of each element: its title, now and then as `score` has them, the arrow
 * each moved by and by how much. */
static void
assert_table (const char *text,
              GArray     *now,
              GArray     *then)
{
  for (guint i = 0; i < now->len; i++)
    {
      Score *n = &g_array_index (now, Score, i);
      Score *t = &g_array_index (then, Score, i);
      g_autofree char *name = g_regex_escape_string (n->title, -1);
      g_autofree char *pattern = *n->title != '\0'
        ? g_strdup_printf ("^\\s*%s %s\\s+(\\d+\\.\\d)\\s+(\\d+\\.\\d)\\s+(↑|↓|→) (\\d+\\.\\d)"
                           "\\s+\\d+ of \\d+\\s+\\d+\\s*$", n->id, name)
        : g_strdup ("^\\s*Overall\\s+(\\d+\\.\\d)\\s+(\\d+\\.\\d)\\s+(↑|↓|→) (\\d+\\.\\d)\\s*$");
      g_autofree char *shown_now = match (text, pattern, 1);
      g_autofree char *shown_then = match (text, pattern, 2);
      g_autofree char *arrow = match (text, pattern, 3);
      g_autofree char *change = match (text, pattern, 4);
      const char *expected = n->score > t->score ? "↑" : n->score < t->score ? "↓" : "→";

      g_assert_cmpstr (n->id, ==, t->id);
      if (shown_now == NULL)
        g_error ("no table row for %s %s in:\n%s", n->id, n->title, text);
      g_assert_cmpuint (count_matches (text, pattern), ==, 1);
      assert_same_score (shown_now, n->score, 0.055);
      assert_same_score (shown_then, t->score, 0.055);
      assert_same_score (change, ABS (n->score - t->score), 0.06);
      g_assert_cmpstr (arrow, ==, expected);
      if (*n->title != '\0')
        g_assert_cmpstr (arrow, ==, expected_arrow (n->id));
    }
}

static guint32
big_endian (const guint8 *bytes)
{
  return (guint32) bytes[0] << 24 | (guint32) bytes[1] << 16 | (guint32) bytes[2] << 8 | bytes[3];
}

/* A PNG's size, read from its IHDR chunk. */
static void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  g_autoptr(GBytes) bytes = wm_test_read_bytes (path);
  const guint8 *data;
  gsize size;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpuint (size, >, 33);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  *width = big_endian (data + 16);
  *height = big_endian (data + 20);
}

static void
root_element_cb (GMarkupParseContext  *context,
                 const char           *element,
                 const char          **names,
                 const char          **values,
                 gpointer              data,
                 GError              **error)
{
  char **root = data;

  if (*root == NULL)
    *root = g_strdup (element);
}

/* @path is well-formed XML whose root is @root (checked by xmllint too, where installed). */
static void
assert_xml (const char *path,
            const char *root)
{
  static const char * const xmllint[] = { "xmllint", NULL };
  const GMarkupParser parser = { root_element_cb, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *found = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &found, NULL);
  if (!g_markup_parse_context_parse (context, text, (gssize) length, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    g_error ("%s is not well-formed XML: %s", path, error->message);
  g_assert_cmpstr (found, ==, root);
  if (wm_test_have_programs (xmllint))
    g_free (tool ("xmllint", "--noout", "--nonet", path, NULL));
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = out_path (f, "pack.pdf");
  g_autofree char *render = out_path (f, "render");
  g_autofree char *prefix = g_build_filename (render, "page", NULL);
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *rendered = NULL;
  g_autofree char *whole = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GArray) now = NULL;
  g_autoptr(GArray) then = NULL;
  g_auto(GStrv) text = NULL;
  g_auto(GStrv) layout = NULL;
  g_auto(GStrv) pngs = NULL;
  guint n;

  build_school (f);
  out = run_ok (f->file, "report", "lqf", "--compare", "Autumn review", "--out", pdf, NULL);
  expected = g_strdup_printf ("Wrote %s\n", pdf);
  g_assert_cmpstr (out, ==, expected);
  listed = listing (f->out);
  g_assert_cmpstr (listed, ==, "pack.pdf");
  bytes = wm_test_read_bytes (pdf);
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);

  if (!wm_test_have_poppler ())
    return;

  /* Two counts of the pages, each page A4 and footed with its own number. */
  n = pdf_pages (pdf);
  g_assert_cmpuint (n, >=, 2);
  text = pdf_text_pages (pdf, n, FALSE);
  layout = pdf_text_pages (pdf, n, TRUE);
  whole = g_strjoinv ("\f", text);

  g_assert_true (g_str_has_prefix (text[0], SCHOOL "\n" LQF_TITLE "\n"));
  assert_contains (text[0], "Report for governors, 22 November 2026, compared with Autumn review");
  assert_contains (whole, "Share the vision");
  g_assert_null (strstr (whole, SECRET));

  /* Every element, with the scores `score` gives now and at the snapshot. */
  now = scores (f->file, NULL);
  then = scores (f->file, "Autumn review");
  g_clear_pointer (&whole, g_free);
  whole = g_strjoinv ("\f", layout);
  g_assert_null (strstr (whole, SECRET));
  assert_table (whole, now, then);

  /* poppler draws every page. */
  g_assert_cmpint (g_mkdir (render, 0755), ==, 0);
  g_free (tool ("pdftoppm", "-r", "40", "-png", pdf, prefix, NULL));
  rendered = listing (render);
  pngs = g_strsplit (rendered, "\n", -1);
  g_assert_cmpuint (g_strv_length (pngs), ==, n);
  for (guint i = 0; pngs[i] != NULL; i++)
    {
      g_autofree char *page = g_build_filename (render, pngs[i], NULL);
      guint width, height;

      g_assert_true (g_str_has_prefix (pngs[i], "page-") && g_str_has_suffix (pngs[i], ".png"));
      png_size (page, &width, &height);
      g_assert_cmpfloat (ABS (width - 595.276 * 40 / 72), <=, 1);
      g_assert_cmpfloat (ABS (height - 841.89 * 40 / 72), <=, 1);
    }
}

/* How many pages the PDF of the same report has; 0 when pdfinfo is not there to say. */
static guint
pdf_pages_of_report (Fixture *f)
{
  static const char * const pdfinfo[] = { "pdfinfo", NULL };
  g_autofree char *pdf = g_build_filename (f->dir, "count.pdf", NULL);
  g_autofree char *out = NULL;

  if (!wm_test_have_programs (pdfinfo))
    return 0;
  out = run_ok (f->file, "report", "lqf", "--compare", "Autumn review", "--out", pdf, NULL);
  return pdf_pages (pdf);
}

static void
test_svg (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *svg = out_path (f, "pack.svg");
  g_autofree char *out = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *files_listed = NULL;
  g_auto(GStrv) files = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n, pages;

  build_school (f);
  out = run_ok (f->file, "report", "lqf", "--compare", "Autumn review", "--format", "svg",
                "--out", svg, NULL);
  files = wrote (out);
  n = g_strv_length (files);
  assert_page_names (files, svg);
  g_assert_cmpuint (n, >=, 2);
  pages = pdf_pages_of_report (f);
  if (pages != 0)
    g_assert_cmpuint (n, ==, pages);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = NULL;

      assert_xml (files[i], "svg");
      g_assert_true (g_file_get_contents (files[i], &text, NULL, NULL));
      assert_contains (text, "<svg");
      assert_contains (text, "width=\"595.276pt\" height=\"841.89pt\"");
      g_ptr_array_add (names, g_path_get_basename (files[i]));
    }

  /* Nothing else, no temporary file left over. */
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  files_listed = g_strjoinv ("\n", (char **) names->pdata);
  listed = listing (f->out);
  g_assert_cmpstr (listed, ==, files_listed);
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *png = out_path (f, "pack.png");
  g_autofree char *out = NULL;
  g_auto(GStrv) files = NULL;
  guint n, pages;

  build_school (f);
  out = run_ok (f->file, "report", "lqf", "--compare", "Autumn review", "--out", png, NULL);
  files = wrote (out);
  n = g_strv_length (files);
  assert_page_names (files, png);
  g_assert_cmpuint (n, >=, 2);
  pages = pdf_pages_of_report (f);
  if (pages != 0)
    g_assert_cmpuint (n, ==, pages);

  /* A4 at 300 dpi, read from each file's IHDR. */
  for (guint i = 0; i < n; i++)
    {
      guint width, height;

      png_size (files[i], &width, &height);
      g_assert_cmpuint (width, ==, 2481);
      g_assert_cmpuint (height, ==, 3508);
    }
}

static void
test_odt (Fixture       *f,
          gconstpointer  data)
{
  static const char mimetype[] = "application/vnd.oasis.opendocument.text";
  g_autofree char *odt = out_path (f, "pack.odt");
  g_autofree char *fodt = out_path (f, "pack.fodt");
  g_autofree char *wrote_odt = NULL;
  g_autofree char *wrote_fodt = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autofree char *listed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const guint8 *zip;
  gsize size;

  build_school (f);
  wrote_odt = run_ok (f->file, "report", "lqf", "--compare", "Autumn review", "--out", odt, NULL);
  expected = g_strdup_printf ("Wrote %s\n", odt);
  g_assert_cmpstr (wrote_odt, ==, expected);

  /* A zip whose first entry is "mimetype", stored, as ODF requires. */
  bytes = wm_test_read_bytes (odt);
  g_assert_nonnull (bytes);
  zip = g_bytes_get_data (bytes, &size);
  g_assert_cmpuint (size, >, 38 + sizeof mimetype);
  g_assert_cmpmem (zip, 4, "PK\x03\x04", 4);
  g_assert_cmpuint (zip[8] | zip[9] << 8, ==, 0);
  g_assert_cmpuint (zip[26] | zip[27] << 8, ==, 8);
  g_assert_cmpuint (zip[28] | zip[29] << 8, ==, 0);
  g_assert_cmpmem (zip + 30, 8, "mimetype", 8);
  g_assert_cmpmem (zip + 38, sizeof mimetype - 1, mimetype, sizeof mimetype - 1);

  /* The flat document: XML, rooted in office:document, holding the report but no notes. */
  wrote_fodt = run_ok (f->file, "report", "lqf", "--compare", "Autumn review", "--out", fodt, NULL);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Wrote %s\n", fodt);
  g_assert_cmpstr (wrote_fodt, ==, expected);
  assert_xml (fodt, "office:document");
  g_assert_true (g_file_get_contents (fodt, &text, NULL, NULL));
  assert_contains (text, "office:document");
  assert_contains (text, SCHOOL);
  assert_contains (text, "Autumn review");
  assert_contains (text, "Vision for Learning");
  g_assert_null (strstr (text, SECRET));

  listed = listing (f->out);
  g_assert_cmpstr (listed, ==, "pack.fodt\npack.odt");
}

/* Two frameworks make one pack; the second starts on a page of its own. */
static void
test_two_frameworks (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *pdf = out_path (f, "pack.pdf");
  g_autofree char *frameworks = NULL;
  g_autofree char *out = NULL;
  g_autofree char *info = NULL;
  g_auto(GStrv) text = NULL;
  guint n, first_becta = 0;

  build_school (f);
  frameworks = run_ok (f->file, "frameworks", NULL);
  assert_contains (frameworks, "lqf\t" LQF_TITLE "\t");
  assert_contains (frameworks, "becta-steps\t" BECTA_TITLE "\t");
  out = run_ok (f->file, "report", "lqf", "becta-steps", "--out", pdf, NULL);
  if (!wm_test_have_poppler ())
    return;

  info = tool ("pdfinfo", pdf, NULL);
  assert_contains (info, SCHOOL);
  n = pdf_pages (pdf);
  text = pdf_text_pages (pdf, n, FALSE);
  g_assert_true (g_str_has_prefix (text[0], SCHOOL "\n" LQF_TITLE "\n"));
  for (guint k = 1; k <= n && first_becta == 0; k++)
    if (strstr (text[k - 1], BECTA_TITLE) != NULL)
      first_becta = k;
  g_assert_cmpuint (first_becta, >, 1);
  g_assert_true (g_str_has_prefix (text[first_becta - 1], SCHOOL "\n" BECTA_TITLE "\n"));
  g_assert_null (strstr (text[first_becta - 1], "Vision for Learning"));
  assert_contains (text[first_becta - 2], LQF_TITLE);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *pdf = out_path (f, "pack.pdf");
  g_autofree char *doc = out_path (f, "pack.doc");
  g_autofree char *spring = NULL;

  build_school (f);
  spring = run_ok (f->file, "snapshot", "create", "becta-steps", "Spring audit",
                   "--date", "2025-03-01", NULL);

  assert_refused (f, "report needs --out PATH", "report", "lqf", NULL);
  assert_refused (f, "report writes .pdf, .svg, .png, .odt or .fodt", "report", "lqf", "--out", doc, NULL);
  assert_refused (f, "unknown format “docx”", "report", "lqf", "--format", "docx", "--out", pdf, NULL);
  assert_refused (f, "unknown format “fodt”", "report", "lqf", "--format", "fodt", "--out", pdf, NULL);
  assert_refused (f, "lqf is named twice", "report", "lqf", "lqf", "--out", pdf, NULL);
  assert_refused (f, "Framework lqf has no snapshot named “No such snapshot”",
                  "report", "lqf", "--compare", "No such snapshot", "--out", pdf, NULL);
  assert_refused (f, "Framework lqf has no snapshot named “Spring audit”",
                  "report", "lqf", "--compare", "Spring audit", "--out", pdf, NULL);
  assert_refused (f, "Snapshot “Spring audit” is of framework becta-steps",
                  "report", "lqf", "--compare", "becta-steps:Spring audit", "--out", pdf, NULL);
  assert_refused (f, "Framework becta-steps has no snapshot named “Autumn review”",
                  "report", "lqf", "becta-steps", "--compare", "Autumn review", "--out", pdf, NULL);
  assert_refused (f, "No framework “nope”", "report", "nope", "--out", pdf, NULL);
  assert_refused (f, "wrong number of arguments", "report", "--out", pdf, NULL);
  assert_refused (f, "--compare is only for report", "score", "lqf", "--compare", "x", NULL);
  assert_refused (f, "--compare is only for report", "school", "name", "--compare", "x", NULL);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (doc, G_FILE_TEST_EXISTS));
}

static void
test_school_name (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *unnamed = run_ok (f->file, "school", "name", NULL);
  g_autofree char *named = NULL;
  g_autofree char *again = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *accented = NULL;
  g_autofree char *longest = g_strnfill (200, 'a');
  g_autofree char *too_long = g_strnfill (201, 'a');
  g_autoptr(GString) wide = g_string_new (NULL);
  g_autofree char *shown = NULL;

  g_assert_cmpstr (unnamed, ==,
                   "The school has no name yet: waymark-cli school name \"NAME\" gives it one.\n");
  named = run_ok (f->file, "school", "name", "Hillside", NULL);
  g_assert_cmpstr (named, ==, "Hillside\n");
  again = run_ok (f->file, "school", "name", NULL);
  g_assert_cmpstr (again, ==, "Hillside\n");

  /* 200 characters at most, counted as characters, not bytes. */
  assert_refused (f, "The school’s name is 201 characters long: shorten it to 200 at most",
                  "school", "name", too_long, NULL);
  for (guint i = 0; i < 200; i++)
    g_string_append (wide, "é");
  accented = run_ok (f->file, "school", "name", wide->str, NULL);
  g_assert_cmpstr (g_strchomp (accented), ==, wide->str);
  g_string_append (wide, "é");
  assert_refused (f, "is 201 characters long", "school", "name", wide->str, NULL);
  g_free (run_ok (f->file, "school", "name", longest, NULL));

  trimmed = run_ok (f->file, "school", "name", "  Hillside  ", NULL);
  g_assert_cmpstr (trimmed, ==, "Hillside\n");
  assert_refused (f, "wrong number of arguments", "school", "name", "Hillside", "Primary", NULL);
  shown = run_ok (f->file, "school", "name", NULL);
  g_assert_cmpstr (shown, ==, "Hillside\n");
}

/* A failed write leaves nothing behind, not even a temporary file. */
static void
test_atomic (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *missing = out_path (f, "missing");
  g_autofree char *in_missing = g_build_filename (missing, "pack.pdf", NULL);
  g_autofree char *folder = out_path (f, "pack.pdf");
  g_autofree char *folder_odt = out_path (f, "pack.odt");
  g_autofree char *rated = run_ok (f->file, "rate", "1.1b", "secure", NULL);

  assert_refused (f, "Could not write", "report", "lqf", "--out", in_missing, NULL);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* The temporary file is written, then cannot take the name of a folder. */
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (folder_odt, 0755), ==, 0);
  assert_refused (f, "Could not write", "report", "lqf", "--out", folder, NULL);
  assert_refused (f, "Could not write", "report", "lqf", "--out", folder_odt, NULL);
  assert_refused (f, "Could not write", "report", "lqf", "--format", "svg", "--out", folder, NULL);
}

/* A report over an earlier one, in a folder that has since become read-only. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *pdf = out_path (f, "pack.pdf");
  g_autofree char *rated = run_ok (f->file, "rate", "1.1b", "secure", NULL);
  g_autofree char *first = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  if (getuid () == 0)
    {
      g_test_skip ("running as root, which may write into a read-only folder");
      return;
    }

  first = run_ok (f->file, "report", "lqf", "--out", pdf, NULL);
  before = wm_test_read_bytes (pdf);
  g_assert_cmpint (g_chmod (f->out, 0555), ==, 0);
  g_free (run_ok (f->file, "rate", "1.2b", "secure", NULL));
  assert_refused (f, "Could not write", "report", "lqf", "--out", pdf, NULL);
  g_assert_cmpint (g_chmod (f->out, 0755), ==, 0);
  after = wm_test_read_bytes (pdf);
  wm_test_assert_same_bytes (before, after);
}

/* Pages are renamed into place only once all are written: a third page that cannot take its
 * name must leave the first two as they were. */
static void
test_atomic_pages (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *svg = out_path (f, "pack.svg");
  g_autofree char *second = out_path (f, "pack-2.svg");
  g_autofree char *third = out_path (f, "pack-3.svg");
  g_autofree char *rated = run_ok (f->file, "rate", "1.1b", "secure", NULL);
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autofree char *listed = NULL;
  g_autoptr(GBytes) old = g_bytes_new_static ("OLD", 3);
  g_autoptr(GBytes) after = NULL;
  const char *args[] = { "report", "lqf", "--out", svg, NULL };

  g_assert_true (g_file_set_contents (svg, "OLD", 3, NULL));
  g_assert_cmpint (g_mkdir (third, 0755), ==, 0);
  g_assert_cmpint (wm_test_run_cli_argv (NULL, f->file, args, &out, &err), ==, 2);
  assert_contains (err, "Could not write");
  assert_contains (err, "pack-3.svg");

  /* No temporary file, whatever else. */
  listed = listing (f->out);
  g_assert_null (strstr (listed, ".svg."));

  after = wm_test_read_bytes (svg);
  wm_test_assert_same_bytes (old, after);
  g_assert_false (g_file_test (second, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (listed, ==, "pack-3.svg\npack.svg");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* Inherited by every waymark-cli this test runs: reports are dated alike on any day. */
  g_setenv ("WAYMARK_REPORT_DATE", "2026-11-22", TRUE);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/report/pdf", test_pdf);
  ADD ("/cli/report/svg", test_svg);
  ADD ("/cli/report/png", test_png);
  ADD ("/cli/report/odt", test_odt);
  ADD ("/cli/report/two-frameworks", test_two_frameworks);
  ADD ("/cli/report/refused", test_refused);
  ADD ("/cli/report/atomic", test_atomic);
  ADD ("/cli/report/read-only", test_read_only);
  ADD ("/cli/report/atomic-pages", test_atomic_pages);
  ADD ("/cli/school/name", test_school_name);
#undef ADD

  return g_test_run ();
}
