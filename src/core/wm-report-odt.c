/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-report"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <cairo.h>
#include <glib/gi18n.h>

#include "wm-export-file.h"
#include "wm-radar-export.h"
#include "wm-report-odt.h"
#include "wm-store.h"
#include "wm-zip-writer.h"

/*
 * The pack is written as ODF 1.3 text, by hand: the content needs only headings, paragraphs, one
 * table and one picture per report, and a school's governors must be able to edit it in LibreOffice
 * or Word. Named styles (Heading 1, Text body, Table Contents…) live in styles.xml so that editing
 * keeps to them; the few one-off styles (the page break, column widths) are automatic styles in
 * content.xml. The whole file is built in memory and written in one go.
 */

#define ODT_MIMETYPE    "application/vnd.oasis.opendocument.text"
#define CHART_WIDTH_PT  480.0
#define CHART_HEIGHT_PT 400.0
#define TEXT_WIDTH_CM   17.0   /* A4's 21 cm less two margins of 2 cm */
#define XML_DECL        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

#define NAMESPACES \
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"" \
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"" \
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" \
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"" \
  " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"" \
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"" \
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"" \
  " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" \
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" \
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"" \
  " office:version=\"1.3\""

#define FONT_FACES \
  "<office:font-face-decls><style:font-face style:name=\"Liberation Sans\"" \
  " svg:font-family=\"'Liberation Sans'\" style:font-family-generic=\"swiss\"" \
  " style:font-pitch=\"variable\"/></office:font-face-decls>"

/* The named styles: what a governor sees in Writer's style list. */
#define PARAGRAPH_STYLE(name, display, parent, props) \
  "<style:style style:name=\"" name "\" style:display-name=\"" display "\"" \
  " style:family=\"paragraph\" style:parent-style-name=\"" parent "\" style:class=\"text\">" \
  props "</style:style>"

static const char named_styles[] =
  "<office:styles>"
  "<style:default-style style:family=\"paragraph\">"
  "<style:paragraph-properties style:writing-mode=\"lr-tb\"/>"
  "<style:text-properties style:font-name=\"Liberation Sans\" fo:font-size=\"11pt\""
  " fo:language=\"en\" fo:country=\"GB\"/></style:default-style>"
  "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
  PARAGRAPH_STYLE ("Text_20_body", "Text body", "Standard",
    "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\""
    " fo:line-height=\"115%\"/>")
  PARAGRAPH_STYLE ("Heading", "Heading", "Standard",
    "<style:paragraph-properties fo:margin-top=\"0.5cm\" fo:margin-bottom=\"0.2cm\""
    " fo:keep-with-next=\"always\"/><style:text-properties fo:font-weight=\"bold\"/>")
  PARAGRAPH_STYLE ("Heading_20_1", "Heading 1", "Heading",
    "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.2cm\"/>"
    "<style:text-properties fo:font-size=\"20pt\"/>")
  PARAGRAPH_STYLE ("Heading_20_2", "Heading 2", "Heading",
    "<style:text-properties fo:font-size=\"14pt\"/>")
  PARAGRAPH_STYLE ("Subtitle", "Subtitle", "Standard",
    "<style:paragraph-properties fo:margin-bottom=\"0.4cm\"/>"
    "<style:text-properties fo:color=\"#4d4d4d\"/>")
  PARAGRAPH_STYLE ("Report_20_Line", "Report Line", "Text_20_body",
    "<style:paragraph-properties fo:margin-left=\"0.5cm\" fo:text-indent=\"-0.5cm\""
    " fo:margin-bottom=\"0.15cm\"/>")
  PARAGRAPH_STYLE ("Table_20_Contents", "Table Contents", "Standard", "")
  PARAGRAPH_STYLE ("Table_20_Heading", "Table Heading", "Table_20_Contents",
    "<style:text-properties fo:font-weight=\"bold\"/>")
  "<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\""
  " style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
  "<style:style style:name=\"Emphasis\" style:family=\"text\">"
  "<style:text-properties fo:font-style=\"italic\"/></style:style>"
  "<style:style style:name=\"Graphics\" style:family=\"graphic\">"
  "<style:graphic-properties text:anchor-type=\"as-char\" style:vertical-pos=\"top\""
  " style:vertical-rel=\"baseline\"/></style:style>"
  "</office:styles>";

static const char page_layout[] =
  "<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\""
  " fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" fo:margin-top=\"2cm\""
  " fo:margin-bottom=\"2cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\""
  " style:writing-mode=\"lr-tb\"/></style:page-layout>";

static const char master_styles[] =
  "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"/>"
  "</office:master-styles>";

#define COLUMN_STYLE(name, width) \
  "<style:style style:name=\"" name "\" style:family=\"table-column\">" \
  "<style:table-column-properties style:column-width=\"" width "\"/></style:style>"
#define CELL_STYLE(name, border, background) \
  "<style:style style:name=\"" name "\" style:family=\"table-cell\">" \
  "<style:table-cell-properties fo:padding=\"0.1cm\" fo:border-left=\"none\" fo:border-right=\"none\"" \
  " fo:border-top=\"none\" fo:border-bottom=\"" border "\" fo:background-color=\"" background "\"/>" \
  "</style:style>"

/* The one-off styles of content.xml. The columns add up to the text width, with and without
 * the "Then" column. */
static const char content_styles[] =
  "<style:style style:name=\"P_first\" style:family=\"paragraph\""
  " style:parent-style-name=\"Heading_20_1\" style:master-page-name=\"Standard\"/>"
  "<style:style style:name=\"P_break\" style:family=\"paragraph\""
  " style:parent-style-name=\"Heading_20_1\"><style:paragraph-properties fo:break-before=\"page\"/>"
  "</style:style>"
  "<style:style style:name=\"P_chart\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
  "<style:paragraph-properties fo:text-align=\"center\" fo:margin-bottom=\"0.3cm\"/></style:style>"
  "<style:style style:name=\"P_number\" style:family=\"paragraph\""
  " style:parent-style-name=\"Table_20_Contents\"><style:paragraph-properties fo:text-align=\"end\"/>"
  "</style:style>"
  "<style:style style:name=\"P_number_head\" style:family=\"paragraph\""
  " style:parent-style-name=\"Table_20_Heading\"><style:paragraph-properties fo:text-align=\"end\"/>"
  "</style:style>"
  "<style:style style:name=\"P_centre\" style:family=\"paragraph\""
  " style:parent-style-name=\"Table_20_Contents\"><style:paragraph-properties fo:text-align=\"center\"/>"
  "</style:style>"
  "<style:style style:name=\"P_centre_head\" style:family=\"paragraph\""
  " style:parent-style-name=\"Table_20_Heading\"><style:paragraph-properties fo:text-align=\"center\"/>"
  "</style:style>"
  "<style:style style:name=\"Tbl\" style:family=\"table\"><style:table-properties style:width=\"17cm\""
  " table:align=\"margins\" fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.3cm\"/></style:style>"
  COLUMN_STYLE ("Col_element", "6.2cm")
  COLUMN_STYLE ("Col_element_wide", "8cm")
  COLUMN_STYLE ("Col_number", "1.8cm")
  COLUMN_STYLE ("Col_change", "2cm")
  COLUMN_STYLE ("Col_judged", "3cm")
  COLUMN_STYLE ("Col_evidence", "2.2cm")
  CELL_STYLE ("Cell_head", "1pt solid #000000", "#eeeeee")
  CELL_STYLE ("Cell", "0.5pt solid #999999", "transparent")
  "<style:style style:name=\"Frame\" style:family=\"graphic\" style:parent-style-name=\"Graphics\">"
  "<style:graphic-properties style:horizontal-pos=\"center\" style:horizontal-rel=\"paragraph\"/>"
  "</style:style>";

typedef struct {
  GString   *xml;
  gboolean   flat;
  GPtrArray *pictures;   /* GBytes: Pictures/chart-N.png, N from 1 */
} Writer;

/* Escapes @text; a newline becomes a line break. Control characters, which XML 1.0 cannot hold
 * even escaped, are dropped. */
static void
append_text (GString    *xml,
             const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_auto(GStrv) lines = g_strsplit (valid, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;
      char *to = lines[i];

      for (const char *from = lines[i]; *from != '\0'; from++)
        if ((guchar) *from >= 0x20 || *from == '\t')
          *to++ = *from;
      *to = '\0';
      escaped = g_markup_escape_text (lines[i], -1);
      if (i > 0)
        g_string_append (xml, "<text:line-break/>");
      g_string_append (xml, escaped);
    }
}

static void
append_paragraph (GString    *xml,
                  const char *style,
                  const char *text)
{
  g_string_append_printf (xml, "<text:p text:style-name=\"%s\">", style);
  append_text (xml, text);
  g_string_append (xml, "</text:p>");
}

static gboolean
append_chart (Writer            *w,
              const WmRadarData *chart,
              GError           **error)
{
  char width[G_ASCII_DTOSTR_BUF_SIZE], height[G_ASCII_DTOSTR_BUF_SIZE];
  g_autoptr(GBytes) png = wm_radar_export_png_bytes (chart, CHART_WIDTH_PT, CHART_HEIGHT_PT, error);
  guint n;

  if (png == NULL)
    return FALSE;
  g_ptr_array_add (w->pictures, g_bytes_ref (png));
  n = w->pictures->len;

  g_string_append_printf (w->xml, "<text:p text:style-name=\"P_chart\"><draw:frame draw:style-name=\"Frame\""
                          " draw:name=\"Chart %u\" text:anchor-type=\"as-char\" svg:width=\"%scm\""
                          " svg:height=\"%scm\" draw:z-index=\"0\">", n,
                          g_ascii_formatd (width, sizeof width, "%.3f", TEXT_WIDTH_CM),
                          g_ascii_formatd (height, sizeof height, "%.3f",
                                           TEXT_WIDTH_CM * CHART_HEIGHT_PT / CHART_WIDTH_PT));
  if (w->flat)
    {
      g_autofree char *base64 = g_base64_encode (g_bytes_get_data (png, NULL), g_bytes_get_size (png));

      g_string_append_printf (w->xml, "<draw:image draw:mime-type=\"image/png\"><office:binary-data>%s"
                              "</office:binary-data></draw:image>", base64);
    }
  else
    g_string_append_printf (w->xml, "<draw:image xlink:href=\"Pictures/chart-%u.png\" xlink:type=\"simple\""
                            " xlink:show=\"embed\" xlink:actuate=\"onLoad\" draw:mime-type=\"image/png\"/>", n);
  g_string_append (w->xml, "<svg:title>");
  append_text (w->xml, chart->title);
  g_string_append (w->xml, "</svg:title><svg:desc>");
  append_text (w->xml, _("A radar chart of each element’s score; the table below gives the same figures."));
  g_string_append (w->xml, "</svg:desc></draw:frame></text:p>");
  return TRUE;
}

typedef enum { START, END, CENTRE } Align;

static void
append_cell (GString    *xml,
             gboolean    head,
             Align       align,
             const char *text)
{
  static const char *styles[][2] = {
    [START] = { "Table_20_Contents", "Table_20_Heading" },
    [END] = { "P_number", "P_number_head" },
    [CENTRE] = { "P_centre", "P_centre_head" },
  };

  g_string_append_printf (xml, "<table:table-cell table:style-name=\"%s\" office:value-type=\"string\">",
                          head ? "Cell_head" : "Cell");
  append_paragraph (xml, styles[align][head ? 1 : 0], text);
  g_string_append (xml, "</table:table-cell>");
}

static void
append_table (GString        *xml,
              const WmReport *report,
              guint           index)
{
  gboolean compared = report->compare_name != NULL;

  g_string_append_printf (xml, "<table:table table:name=\"Elements %u\" table:style-name=\"Tbl\">"
                          "<table:table-column table:style-name=\"%s\"/>"
                          "<table:table-column table:style-name=\"Col_number\"/>%s"
                          "<table:table-column table:style-name=\"Col_change\"/>"
                          "<table:table-column table:style-name=\"Col_judged\"/>"
                          "<table:table-column table:style-name=\"Col_evidence\"/>"
                          "<table:table-header-rows><table:table-row>",
                          index + 1, compared ? "Col_element" : "Col_element_wide",
                          compared ? "<table:table-column table:style-name=\"Col_number\"/>" : "");
  append_cell (xml, TRUE, START, _("Element"));
  append_cell (xml, TRUE, END, _("Now"));
  if (compared)
    append_cell (xml, TRUE, END, _("Then"));
  append_cell (xml, TRUE, CENTRE, _("Change"));
  append_cell (xml, TRUE, END, _("Judged"));
  append_cell (xml, TRUE, END, _("Evidence"));
  g_string_append (xml, "</table:table-row></table:table-header-rows>");

  for (guint i = 0; report->elements != NULL && i < report->elements->len; i++)
    {
      const WmReportElement *element = g_ptr_array_index (report->elements, i);
      g_autofree char *now = wm_report_format_score (element->has_now, element->now);
      g_autofree char *then = wm_report_format_score (element->has_then, element->then);
      g_autofree char *judged = g_strdup_printf (_("%u of %u"), element->n_judged, element->n_descriptors);
      g_autofree char *evidence = g_strdup_printf ("%u", element->n_evidence);

      g_string_append (xml, "<table:table-row>");
      append_cell (xml, FALSE, START, element->title);
      append_cell (xml, FALSE, END, now);
      if (compared)
        append_cell (xml, FALSE, END, then);
      append_cell (xml, FALSE, CENTRE, wm_report_direction_arrow (element->direction));
      append_cell (xml, FALSE, END, judged);
      append_cell (xml, FALSE, END, evidence);
      g_string_append (xml, "</table:table-row>");
    }
  g_string_append (xml, "</table:table>");
}

/* Strengths or next steps: "**Element**: text — *detail*", one paragraph each. */
static void
append_lines (GString    *xml,
              const char *heading,
              GPtrArray  *lines,
              guint       n_left_out,
              const char *none)
{
  guint n_lines = lines != NULL ? lines->len : 0;

  g_string_append (xml, "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">");
  append_text (xml, heading);
  g_string_append (xml, "</text:h>");
  if (n_lines == 0 && n_left_out == 0)
    append_paragraph (xml, "Text_20_body", none);

  for (guint i = 0; i < n_lines; i++)
    {
      const WmReportLine *line = g_ptr_array_index (lines, i);

      g_string_append (xml, "<text:p text:style-name=\"Report_20_Line\">");
      if (line->element_title != NULL)
        {
          g_string_append (xml, "<text:span text:style-name=\"Strong_20_Emphasis\">");
          append_text (xml, line->element_title);
          g_string_append (xml, "</text:span>: ");
        }
      append_text (xml, line->text);
      if (line->detail != NULL && *line->detail != '\0')
        {
          g_string_append (xml, " — <text:span text:style-name=\"Emphasis\">");
          append_text (xml, line->detail);
          g_string_append (xml, "</text:span>");
        }
      g_string_append (xml, "</text:p>");
    }

  if (n_left_out > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more",
                                                            "… and %u more", n_left_out), n_left_out);

      append_paragraph (xml, "Report_20_Line", more);
    }
}

/* What changed this term: the team's small steps, never who took them. */
static void
append_steps (GString        *xml,
              const WmReport *report)
{
  g_autofree char *intro = NULL;

  if (report->term_name == NULL)
    return;
  g_string_append (xml, "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">");
  append_text (xml, _("What changed this term"));
  g_string_append (xml, "</text:h>");
  if (report->n_steps == 0)
    intro = g_strdup_printf (_("No small steps were logged in the %s."), report->term_name);
  else
    intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u small step in the %s, about %.1f a week.",
                                          "%u small steps in the %s, about %.1f a week.", report->n_steps),
                             report->n_steps, report->term_name, report->steps_per_week);
  append_paragraph (xml, "Text_20_body", intro);
  for (guint i = 0; report->steps != NULL && i < report->steps->len; i++)
    append_paragraph (xml, "Report_20_Line", g_ptr_array_index (report->steps, i));
}

static gboolean
append_report (Writer          *w,
               const WmReport  *report,
               guint            index,
               GError         **error)
{
  g_autofree char *made = NULL;

  g_string_append_printf (w->xml, "<text:section text:name=\"Report %u\">"
                          "<text:h text:style-name=\"%s\" text:outline-level=\"1\">",
                          index + 1, index == 0 ? "P_first" : "P_break");
  if (report->school_name != NULL && *report->school_name != '\0')
    {
      append_text (w->xml, report->school_name);
      g_string_append (w->xml, ": ");
    }
  append_text (w->xml, report->framework_title);
  g_string_append (w->xml, "</text:h>");

  if (report->compare_name != NULL)
    made = g_strdup_printf (_("Made on %s, compared with %s (%s)"), report->date, report->compare_name,
                            report->compare_date != NULL ? report->compare_date : "");
  else
    made = g_strdup_printf (_("Made on %s"), report->date);
  append_paragraph (w->xml, "Subtitle", made);

  if (report->chart != NULL && !append_chart (w, report->chart, error))
    return FALSE;
  if (report->summary != NULL && *report->summary != '\0')
    append_paragraph (w->xml, "Text_20_body", report->summary);
  append_table (w->xml, report, index);
  append_lines (w->xml, _("Strengths"), report->strengths, report->n_strengths_left_out,
                _("No descriptor has reached the top rating yet."));
  append_lines (w->xml, _("Next steps"), report->next_steps, report->n_next_steps_left_out,
                _("No open actions, and nothing left to secure."));
  append_steps (w->xml, report);
  g_string_append (w->xml, "</text:section>");
  return TRUE;
}

static void
append_meta (GString         *xml,
             WmReport       **reports,
             guint            n_reports,
             GDateTime       *now)
{
  const char *school = reports[0]->school_name != NULL ? reports[0]->school_name : "";
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
  g_autofree char *title = NULL;

  if (n_reports == 1)
    title = *school != '\0' ? g_strdup_printf ("%s: %s", school, reports[0]->framework_title)
                            : g_strdup (reports[0]->framework_title);
  else
    title = *school != '\0' ? g_strdup_printf (_("Governors’ pack: %s"), school)
                            : g_strdup (_("Governors’ pack"));

  g_string_append (xml, "<office:meta><meta:generator>Waymark/" PACKAGE_VERSION "</meta:generator><dc:title>");
  append_text (xml, title);
  g_string_append_printf (xml, "</dc:title><dc:language>en-GB</dc:language>"
                          "<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date></office:meta>",
                          stamp, stamp);
}

static GBytes *
take_bytes (GString *xml)
{
  gsize length = xml->len;

  return g_bytes_new_take (g_string_free (xml, FALSE), length);
}

/* The package: "mimetype" first and stored, then the manifest and the parts it lists. */
static GBytes *
build_package (Writer     *w,
               const char *meta,
               GDateTime  *now)
{
  g_autoptr(WmZipWriter) zip = wm_zip_writer_new ();
  g_autoptr(GBytes) mimetype = g_bytes_new_static (ODT_MIMETYPE, strlen (ODT_MIMETYPE));
  GString *manifest = g_string_new (XML_DECL "<manifest:manifest xmlns:manifest="
                                    "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                                    "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\""
                                    " manifest:media-type=\"" ODT_MIMETYPE "\"/>");
  GString *content = g_string_new (XML_DECL "<office:document-content" NAMESPACES ">");
  GString *styles = g_string_new (XML_DECL "<office:document-styles" NAMESPACES ">");
  GString *meta_xml = g_string_new (XML_DECL "<office:document-meta" NAMESPACES ">");
  const char *parts[] = { "content.xml", "styles.xml", "meta.xml" };
  GString *texts[] = { content, styles, meta_xml };

  g_string_append_printf (content, "<office:automatic-styles>%s</office:automatic-styles>%s"
                          "</office:document-content>", content_styles, w->xml->str);
  g_string_append_printf (styles, FONT_FACES "%s<office:automatic-styles>%s</office:automatic-styles>%s"
                          "</office:document-styles>", named_styles, page_layout, master_styles);
  g_string_append_printf (meta_xml, "%s</office:document-meta>", meta);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_string_append_printf (manifest, "<manifest:file-entry manifest:full-path=\"%s\""
                            " manifest:media-type=\"text/xml\"/>", parts[i]);
  for (guint i = 0; i < w->pictures->len; i++)
    g_string_append_printf (manifest, "<manifest:file-entry manifest:full-path=\"Pictures/chart-%u.png\""
                            " manifest:media-type=\"image/png\"/>", i + 1);
  g_string_append (manifest, "</manifest:manifest>");

  wm_zip_writer_set_time (zip, now);
  wm_zip_writer_add (zip, "mimetype", mimetype);
  {
    g_autoptr(GBytes) bytes = take_bytes (manifest);

    wm_zip_writer_add (zip, "META-INF/manifest.xml", bytes);
  }
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(GBytes) bytes = take_bytes (texts[i]);

      wm_zip_writer_add (zip, parts[i], bytes);
    }
  for (guint i = 0; i < w->pictures->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("Pictures/chart-%u.png", i + 1);

      wm_zip_writer_add (zip, name, g_ptr_array_index (w->pictures, i));
    }
  return wm_zip_writer_finish (zip);
}

/* Flat ODF: the same parts as one XML document, the pictures inline in base64. */
static GBytes *
build_flat (Writer     *w,
            const char *meta)
{
  GString *xml = g_string_new (XML_DECL "<office:document" NAMESPACES
                               " office:mimetype=\"" ODT_MIMETYPE "\">");

  g_string_append_printf (xml, "%s" FONT_FACES "%s<office:automatic-styles>%s%s</office:automatic-styles>"
                          "%s%s</office:document>", meta, named_styles, page_layout, content_styles,
                          master_styles, w->xml->str);
  return take_bytes (xml);
}

/* GLib's own message names the temporary file; ours names the one the user chose, and a full
 * disk or a read-only folder gets its own code. */
static void
set_write_error (GError       **error,
                 const char    *path,
                 const GError  *file_error)
{
  static const struct { GFileError file; int errnum; } errnos[] = {
    { G_FILE_ERROR_NOSPC, ENOSPC }, { G_FILE_ERROR_ACCES, EACCES }, { G_FILE_ERROR_ROFS, EROFS },
    { G_FILE_ERROR_PERM, EPERM }, { G_FILE_ERROR_NOENT, ENOENT }, { G_FILE_ERROR_NOTDIR, ENOTDIR },
    { G_FILE_ERROR_ISDIR, EISDIR }, { G_FILE_ERROR_NAMETOOLONG, ENAMETOOLONG },
  };

  for (guint i = 0; i < G_N_ELEMENTS (errnos); i++)
    if (file_error->domain == G_FILE_ERROR && file_error->code == (int) errnos[i].file)
      {
        wm_export_file_set_error (error, path, errnos[i].errnum, NULL);
        return;
      }
  wm_export_file_set_error (error, path, EIO, file_error->message);
}

/**
 * wm_report_write_odt:
 * @reports: (array length=n_reports): the reports, one section each, in this order
 * @path: where to write: ".fodt" for flat ODF, anything else for an ".odt" package
 *
 * Writes the governors' pack to @path, replacing the file only once the new one is complete.
 */
gboolean
wm_report_write_odt (WmReport   **reports,
                     guint        n_reports,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *lower = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GString) body = g_string_new ("<office:body><office:text>");
  g_autoptr(GPtrArray) pictures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) file_error = NULL;
  Writer w = { body, FALSE, pictures };

  g_return_val_if_fail (reports != NULL && n_reports > 0 && path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  w.flat = g_str_has_suffix (lower, ".fodt");
  for (guint i = 0; i < n_reports; i++)
    if (!append_report (&w, reports[i], i, error))
      return FALSE;
  g_string_append (body, "</office:text></office:body>");
  append_meta (meta, reports, n_reports, now);

  bytes = w.flat ? build_flat (&w, meta->str) : build_package (&w, meta->str, now);
  if (!g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0666, &file_error))
    {
      set_write_error (error, path, file_error);
      return FALSE;
    }
  return TRUE;
}
