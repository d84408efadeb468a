/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plain-text"

#include "config.h"

#include <string.h>

#include "wm-plain-text.h"

/*
 * The "simple HTML" that other tools keep in names and descriptions, turned
 * into the plain text Waymark shows, and back. Not an HTML parser: tags are
 * dropped, a few of them mark line breaks, entities are decoded. The result
 * is normal: no control characters, no runs of spaces, no spaces at either
 * end of a line, at most one empty line in a row, none at either end, so
 * that wm_plain_text_from_html (wm_plain_text_to_html (text)) gives text back.
 */

typedef struct {
  GString  *out;
  gboolean  line_has_text;   /* something other than spaces since the last '\n' */
} Builder;

static const struct {
  const char *name;
  gunichar    c;
} entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", ' ' }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "hellip", 0x2026 },
  { "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "ldquo", 0x201C }, { "rdquo", 0x201D },
  { "copy", 0x00A9 },
};

/* Tags that end a line of text, as a browser would start a new block. */
static const char * const block_tags[] = {
  "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "blockquote", "pre",
  "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "article", "header", "footer",
};

static void
append_char (Builder  *b,
             gunichar  c)
{
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0)
    {
      g_string_append_c (b->out, ' ');
      return;
    }
  /* Control characters say nothing in a text; drop them. */
  if (c < 0x20 || (c >= 0x7F && c < 0xA0))
    return;

  g_string_append_unichar (b->out, c);
  b->line_has_text = TRUE;
}

static void
hard_break (Builder *b)
{
  g_string_append_c (b->out, '\n');
  b->line_has_text = FALSE;
}

/* A block starts or ends: a new line, unless the current one is still empty. */
static void
soft_break (Builder *b)
{
  if (b->line_has_text)
    hard_break (b);
}

/* Decodes the entity at @p (which is at '&'); returns where it ends, or %NULL
 * when @p starts no entity this knows (the '&' is then plain text). */
static const char *
decode_entity (const char *p,
               gunichar   *out)
{
  const char *q = p + 1;

  if (*q == '#')
    {
      gboolean hex = (q[1] == 'x' || q[1] == 'X');
      guint32 value = 0;
      guint digits = 0;

      q += hex ? 2 : 1;
      for (; hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q); q++, digits++)
        {
          value = value * (hex ? 16 : 10) + (guint32) (hex ? g_ascii_xdigit_value (*q)
                                                           : g_ascii_digit_value (*q));
          if (value > 0x10FFFF)
            return NULL;
        }
      if (digits == 0 || *q != ';' || value == 0 || (value >= 0xD800 && value <= 0xDFFF))
        return NULL;
      *out = value;
      return q + 1;
    }

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      gsize len = strlen (entities[i].name);

      if (strncmp (q, entities[i].name, len) == 0 && q[len] == ';')
        {
          *out = entities[i].c;
          return q + len + 1;
        }
    }

  return NULL;
}

/* Finds the '>' that closes the tag at @p, past any quoted attribute value. */
static const char *
tag_end (const char *p)
{
  char quote = 0;

  for (const char *q = p + 1; *q; q++)
    {
      if (quote)
        {
          if (*q == quote)
            quote = 0;
        }
      else if (*q == '"' || *q == '\'')
        quote = *q;
      else if (*q == '>')
        return q;
    }
  return NULL;
}

/* Skips the content of a <script> or <style> element: returns where its
 * closing tag starts, or the end of the text. */
static const char *
skip_raw_text (const char *p,
               const char *name)
{
  gsize len = strlen (name);

  for (; *p; p++)
    if (p[0] == '<' && p[1] == '/' && g_ascii_strncasecmp (p + 2, name, len) == 0 &&
        !g_ascii_isalnum (p[2 + len]))
      return p;
  return p;
}

/* Reads the tag at @p (at '<'), acts on it and returns where the text goes on;
 * %NULL when the '<' starts no tag and is plain text. */
static const char *
read_tag (Builder    *b,
          const char *p)
{
  const char *end;
  const char *q = p + 1;
  char name[12];
  gsize len = 0;
  gboolean closing = FALSE;

  if (!(g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!' || p[1] == '?'))
    return NULL;

  if (g_str_has_prefix (p, "<!--"))
    {
      end = strstr (p + 4, "-->");
      return end ? end + 3 : p + strlen (p);
    }

  if ((end = tag_end (p)) == NULL)
    return NULL;

  if (*q == '/')
    {
      closing = TRUE;
      q++;
    }
  while (g_ascii_isalnum (*q) && len < sizeof name - 1)
    name[len++] = g_ascii_tolower (*q++);
  name[len] = '\0';
  if (g_ascii_isalnum (*q))
    return end + 1;  /* a name longer than any tag acted on */

  if (g_str_equal (name, "br"))
    {
      hard_break (b);
      return end + 1;
    }

  for (guint i = 0; i < G_N_ELEMENTS (block_tags); i++)
    if (g_str_equal (name, block_tags[i]))
      {
        soft_break (b);
        break;
      }

  if (!closing && (g_str_equal (name, "script") || g_str_equal (name, "style")))
    return skip_raw_text (end + 1, name);

  return end + 1;
}

/* Appends @line (@len bytes, no '\n' in it) to @out with its runs of spaces
 * collapsed and both ends trimmed. */
static void
append_collapsed (GString    *out,
                  const char *line,
                  gsize       len)
{
  gboolean space = FALSE;
  gsize start = out->len;

  for (gsize i = 0; i < len; i++)
    {
      if (line[i] == ' ')
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > start)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, line[i]);
    }
}

/**
 * wm_plain_text_from_html:
 * @html: (nullable): UTF-8 text that may hold simple HTML
 *
 * Drops the tags of @html and decodes its entities (&amp;amp; &amp;lt; &amp;gt;
 * &amp;quot; &amp;#39; &amp;nbsp; &amp;#NN; &amp;#xNN; and a few typographic
 * ones). `<br>` ends a line; so does the start or end of a block (`</p>`,
 * `</li>`, `<ul>` …) unless the line is still empty. Runs of white space
 * inside a line become one space; lines are trimmed; at most one empty line
 * is kept in a row. Text that is not an entity or a tag, such as "a < b" or
 * "R&D", is kept as it is.
 *
 * Returns: (transfer full): the plain text, "" for %NULL
 */
char *
wm_plain_text_from_html (const char *html)
{
  g_autofree char *valid = g_utf8_make_valid (html ? html : "", -1);
  g_autoptr(GString) raw = g_string_new (NULL);
  GString *out = g_string_new (NULL);
  Builder b = { raw, FALSE };
  g_autoptr(GString) collapsed = g_string_new (NULL);
  const char *p = valid;
  guint empty_lines = 0;

  while (*p)
    {
      const char *next = NULL;
      gunichar c;

      if (*p == '<')
        next = read_tag (&b, p);
      else if (*p == '&' && (next = decode_entity (p, &c)) != NULL)
        append_char (&b, c);

      if (next)
        {
          p = next;
          continue;
        }

      c = g_utf8_get_char (p);
      append_char (&b, c);
      p = g_utf8_next_char (p);
    }

  /* Normalise line by line: an empty line is written only between two
   * others, and only one of a run. */
  for (const char *line = raw->str; line != NULL; )
    {
      const char *nl = strchr (line, '\n');
      gsize len = nl ? (gsize) (nl - line) : strlen (line);

      g_string_truncate (collapsed, 0);
      append_collapsed (collapsed, line, len);
      if (collapsed->len == 0)
        empty_lines += out->len > 0;
      else
        {
          if (out->len > 0)
            g_string_append (out, empty_lines > 0 ? "\n\n" : "\n");
          g_string_append_len (out, collapsed->str, collapsed->len);
          empty_lines = 0;
        }
      line = nl ? nl + 1 : NULL;
    }

  return g_string_free (out, FALSE);
}

/**
 * wm_plain_text_to_html:
 * @text: (nullable): plain UTF-8 text
 *
 * The inverse of wm_plain_text_from_html() for text in its normal form:
 * escapes `&`, `<` and `>`, and writes each line break as `<br>`.
 *
 * Returns: (transfer full): simple HTML, "" for %NULL
 */
char *
wm_plain_text_to_html (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '\n': g_string_append (out, "<br>"); break;
        default: g_string_append_c (out, *p); break;
        }
    }

  return g_string_free (out, FALSE);
}
