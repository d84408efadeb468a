/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-csv"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "wm-csv.h"

/*
 * The reader takes RFC 4180 with the usual leniencies: a UTF-8 byte order
 * mark is skipped, and a record may end in CRLF, LF or a lone CR. A line
 * break inside a quoted field is kept as it is written. Columns count
 * characters, not bytes, so that they match what an editor shows.
 */

typedef struct {
  const char *p;
  const char *end;
  int         line;
  int         column;
  const char *name;
  GQuark      domain;
  int         code;
} Reader;

static gpointer
fail (Reader      *reader,
      GError     **error,
      int          line,
      int          column,
      const char  *message)
{
  g_set_error (error, reader->domain, reader->code, "%s:%d:%d: %s",
               reader->name, line, column, message);
  return NULL;
}

static gboolean
at_line_end (Reader *reader)
{
  return reader->p < reader->end && (*reader->p == '\r' || *reader->p == '\n');
}

/* Moves past one character, or past one line break (CRLF counts once). */
static void
advance (Reader *reader)
{
  char c = *reader->p++;

  if (c == '\r' && reader->p < reader->end && *reader->p == '\n')
    reader->p++;
  if (c == '\r' || c == '\n')
    {
      reader->line++;
      reader->column = 1;
      return;
    }
  while (reader->p < reader->end && ((guchar) *reader->p & 0xC0) == 0x80)
    reader->p++;
  reader->column++;
}

/* Appends the character or line break at the reader, as written, and moves past it. */
static void
take (Reader  *reader,
      GString *text)
{
  const char *start = reader->p;

  advance (reader);
  g_string_append_len (text, start, reader->p - start);
}

/* Finds the first byte that is not UTF-8 text, or a NUL, and names its place. */
static gboolean
check_text (Reader  *reader,
            GError **error)
{
  const char *nul = memchr (reader->p, '\0', reader->end - reader->p);
  const char *stop = nul ? nul : reader->end;
  const char *bad = NULL;
  const char *message;
  Reader scan = *reader;

  if (g_utf8_validate_len (reader->p, stop - reader->p, &bad))
    {
      if (nul == NULL)
        return TRUE;
      bad = nul;
      message = _("the file holds a NUL byte: it is not a text file");
    }
  else
    {
      message = _("the file is not UTF-8 text");
    }

  while (scan.p < bad)
    advance (&scan);
  fail (reader, error, scan.line, scan.column, message);
  return FALSE;
}

static char *
read_quoted (Reader  *reader,
             GError **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int line = reader->line, column = reader->column;

  advance (reader);  /* the opening quote */
  for (;;)
    {
      if (reader->p >= reader->end)
        return fail (reader, error, line, column,
                     _("a quoted field is never closed: a quote (\") is missing"));

      if (*reader->p != '"')
        {
          take (reader, text);
          continue;
        }

      advance (reader);
      if (reader->p < reader->end && *reader->p == '"')
        take (reader, text);  /* a doubled quote stands for one */
      else
        break;
    }

  if (reader->p < reader->end && *reader->p != ',' && !at_line_end (reader))
    return fail (reader, error, reader->line, reader->column,
                 _("text after the closing quote of a field; quote the whole field"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
read_unquoted (Reader  *reader,
               GError **error)
{
  const char *start = reader->p;

  while (reader->p < reader->end && *reader->p != ',' && !at_line_end (reader))
    {
      if (*reader->p == '"')
        return fail (reader, error, reader->line, reader->column,
                     _("a quote (\") inside a field that does not start with one; "
                       "quote the whole field and double the quote"));
      advance (reader);
    }

  return g_strndup (start, reader->p - start);
}

static WmCsvRecord *
read_record (Reader  *reader,
             GError **error)
{
  g_autoptr(WmCsvRecord) record = g_new0 (WmCsvRecord, 1);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (int));

  record->line = reader->line;
  for (;;)
    {
      char *field;

      g_array_append_val (lines, reader->line);
      g_array_append_val (columns, reader->column);
      if (reader->p < reader->end && *reader->p == '"')
        field = read_quoted (reader, error);
      else
        field = read_unquoted (reader, error);
      if (field == NULL)
        return NULL;
      g_ptr_array_add (fields, field);

      if (reader->p < reader->end && *reader->p == ',')
        {
          advance (reader);
          continue;  /* a comma at the very end still opens an empty field */
        }
      if (at_line_end (reader))
        advance (reader);
      break;
    }

  record->n_fields = fields->len;
  g_ptr_array_add (fields, NULL);
  record->fields = (char **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
  record->lines = (int *) (gpointer) g_array_free (g_steal_pointer (&lines), FALSE);
  record->columns = (int *) (gpointer) g_array_free (g_steal_pointer (&columns), FALSE);
  return g_steal_pointer (&record);
}

void
wm_csv_record_free (WmCsvRecord *record)
{
  if (record == NULL)
    return;

  g_strfreev (record->fields);
  g_free (record->lines);
  g_free (record->columns);
  g_free (record);
}

/**
 * wm_csv_parse:
 * @bytes: the file's content
 * @name: the file's name, to begin every message with
 * @max_records: stop after this many records; 0 reads them all
 * @domain: (not nullable): the error domain to report in
 * @code: the error code to report with
 *
 * Reads CSV into records. Text that is not UTF-8, a NUL byte, a quoted field
 * never closed, a stray quote or text after a closing quote is refused with
 * "NAME:LINE:COLUMN: what is wrong". Empty content gives no records.
 *
 * Returns: (transfer container) (element-type WmCsvRecord): the records, in order
 */
GPtrArray *
wm_csv_parse (GBytes      *bytes,
              const char  *name,
              guint        max_records,
              GQuark       domain,
              int          code,
              GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  gsize size = 0;
  const char *data;
  Reader reader;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* Empty bytes may have no data at all: no pointer to count from. */
  data = g_bytes_get_data (bytes, &size);
  if (data == NULL)
    data = "";
  reader = (Reader) { data, data + size, 1, 1, name, domain, code };
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    reader.p += 3;

  if (!check_text (&reader, error))
    return NULL;

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_csv_record_free);
  while (reader.p < reader.end && (max_records == 0 || records->len < max_records))
    {
      WmCsvRecord *record = read_record (&reader, error);

      if (record == NULL)
        return NULL;
      g_ptr_array_add (records, record);
    }

  return g_steal_pointer (&records);
}

static gboolean
needs_quotes (const char *field)
{
  size_t len = strlen (field);

  if (len == 0)
    return FALSE;
  return strpbrk (field, ",\"\r\n") != NULL ||
         field[0] == ' ' || field[0] == '\t' ||
         field[len - 1] == ' ' || field[len - 1] == '\t';
}

/**
 * wm_csv_append_row:
 * @out: where to write
 * @fields: (array zero-terminated=1): the record's fields
 *
 * Writes one record, quoting the fields that need it, ended by CRLF.
 */
void
wm_csv_append_row (GString            *out,
                   const char * const *fields)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL);

  /* A lone empty field is quoted, or the line would read as a blank one. */
  if (fields[0] != NULL && fields[0][0] == '\0' && fields[1] == NULL)
    {
      g_string_append (out, "\"\"\r\n");
      return;
    }

  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *field = fields[i];

      if (i > 0)
        g_string_append_c (out, ',');
      if (!needs_quotes (field))
        {
          g_string_append (out, field);
          continue;
        }

      g_string_append_c (out, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}
