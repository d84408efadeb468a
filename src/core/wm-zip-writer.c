/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-zip"

#include "config.h"

#include <string.h>

#include "wm-zip-writer.h"

/*
 * Each entry is written as it is added: a local file header, then the data. finish() appends the
 * central directory, which repeats each header with the entry's offset, and the end record that
 * points at it (APPNOTE.TXT 4.3). Numbers are little-endian. Entries stay far below the 4 GiB and
 * 65535-entry limits that would call for ZIP64.
 */

#define LOCAL_SIGNATURE   0x04034b50
#define CENTRAL_SIGNATURE 0x02014b50
#define END_SIGNATURE     0x06054b50
#define VERSION_NEEDED    10          /* 1.0: stored entries */
#define VERSION_MADE_BY   0x0314      /* Unix, 2.0: so the external attributes are Unix modes */
#define FLAG_UTF8_NAME    0x0800
#define UNIX_FILE_MODE    0100644

typedef struct {
  char    *name;
  guint32  crc;
  guint32  size;
  guint32  offset;
  guint16  dos_time;
  guint16  dos_date;
} Entry;

struct _WmZipWriter {
  GByteArray *out;
  GArray     *entries;   /* Entry */
  guint16     dos_time;
  guint16     dos_date;
  gboolean    finished;
};

static guint32 crc_table[256];

static gpointer
make_crc_table (gpointer unused)
{
  /* The reflected CRC-32 of ZIP, PNG and Ethernet: polynomial 0xEDB88320. */
  for (guint32 n = 0; n < 256; n++)
    {
      guint32 c = n;

      for (int k = 0; k < 8; k++)
        c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
      crc_table[n] = c;
    }
  return NULL;
}

/**
 * wm_zip_crc32:
 * @crc: 0 to start, or the value returned for the data before
 *
 * Returns: the CRC-32 of everything so far, as ZIP stores it.
 */
guint32
wm_zip_crc32 (guint32       crc,
              const guint8 *data,
              gsize         length)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, make_crc_table, NULL);
  crc ^= 0xffffffffU;
  for (gsize i = 0; i < length; i++)
    crc = crc_table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return crc ^ 0xffffffffU;
}

static void
put16 (GByteArray *out,
       guint16     value)
{
  guint8 b[2] = { value & 0xff, value >> 8 };

  g_byte_array_append (out, b, sizeof b);
}

static void
put32 (GByteArray *out,
       guint32     value)
{
  guint8 b[4] = { value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >> 24 };

  g_byte_array_append (out, b, sizeof b);
}

static gboolean
is_ascii (const char *s)
{
  for (; *s != '\0'; s++)
    if ((guchar) *s >= 0x80)
      return FALSE;
  return TRUE;
}

WmZipWriter *
wm_zip_writer_new (void)
{
  WmZipWriter *self = g_new0 (WmZipWriter, 1);

  self->out = g_byte_array_new ();
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  /* Without a time, 1 January 1980 00:00, the earliest a DOS date can say: the same input then
   * always makes the same bytes. */
  self->dos_date = (1 << 5) | 1;
  self->dos_time = 0;
  return self;
}

/* Stamps the entries added after this with @time, as read on its own clock (ZIP has no zone). */
void
wm_zip_writer_set_time (WmZipWriter *self,
                        GDateTime   *time)
{
  int year;

  g_return_if_fail (self != NULL && time != NULL);

  year = CLAMP (g_date_time_get_year (time), 1980, 1980 + 127);
  self->dos_date = ((year - 1980) << 9) | (g_date_time_get_month (time) << 5) |
                   g_date_time_get_day_of_month (time);
  self->dos_time = (g_date_time_get_hour (time) << 11) | (g_date_time_get_minute (time) << 5) |
                   (g_date_time_get_second (time) / 2);
}

/* The fields the local header and the central directory share, from "version needed" on. */
static void
put_common (WmZipWriter *self,
            const Entry *entry)
{
  put16 (self->out, VERSION_NEEDED);
  put16 (self->out, is_ascii (entry->name) ? 0 : FLAG_UTF8_NAME);
  put16 (self->out, 0);   /* method: stored */
  put16 (self->out, entry->dos_time);
  put16 (self->out, entry->dos_date);
  put32 (self->out, entry->crc);
  put32 (self->out, entry->size);   /* compressed size: the same, being stored */
  put32 (self->out, entry->size);
  put16 (self->out, (guint16) strlen (entry->name));
  put16 (self->out, 0);   /* no extra field: ODF wants none on "mimetype" */
}

/**
 * wm_zip_writer_add:
 * @name: the entry's path in the archive, with "/" between folders (UTF-8)
 *
 * Adds @data, stored as it is. Entries keep the order they are added in.
 */
void
wm_zip_writer_add (WmZipWriter *self,
                   const char  *name,
                   GBytes      *data)
{
  Entry entry = { 0 };
  gsize size;
  const guint8 *bytes;

  g_return_if_fail (self != NULL && !self->finished);
  g_return_if_fail (name != NULL && *name != '\0' && strlen (name) < G_MAXUINT16);
  g_return_if_fail (data != NULL);
  g_return_if_fail (self->entries->len < G_MAXUINT16);

  bytes = g_bytes_get_data (data, &size);
  g_return_if_fail (size < G_MAXUINT32 && self->out->len < G_MAXUINT32 - size);

  entry.name = g_strdup (name);
  entry.crc = wm_zip_crc32 (0, bytes, size);
  entry.size = (guint32) size;
  entry.offset = self->out->len;
  entry.dos_time = self->dos_time;
  entry.dos_date = self->dos_date;

  put32 (self->out, LOCAL_SIGNATURE);
  put_common (self, &entry);
  g_byte_array_append (self->out, (const guint8 *) name, strlen (name));
  if (size > 0)
    g_byte_array_append (self->out, bytes, size);
  g_array_append_val (self->entries, entry);
}

/**
 * wm_zip_writer_finish:
 *
 * Closes the archive. Nothing can be added after this.
 *
 * Returns: (transfer full): the whole archive
 */
GBytes *
wm_zip_writer_finish (WmZipWriter *self)
{
  guint32 directory_offset;
  GBytes *bytes;

  g_return_val_if_fail (self != NULL && !self->finished, NULL);

  directory_offset = self->out->len;
  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, i);

      put32 (self->out, CENTRAL_SIGNATURE);
      put16 (self->out, VERSION_MADE_BY);
      put_common (self, entry);
      put16 (self->out, 0);   /* comment length */
      put16 (self->out, 0);   /* disk number */
      put16 (self->out, 0);   /* internal attributes */
      put32 (self->out, (guint32) UNIX_FILE_MODE << 16);
      put32 (self->out, entry->offset);
      g_byte_array_append (self->out, (const guint8 *) entry->name, strlen (entry->name));
    }

  put32 (self->out, END_SIGNATURE);
  put16 (self->out, 0);   /* this disk */
  put16 (self->out, 0);   /* the disk the directory starts on */
  put16 (self->out, (guint16) self->entries->len);
  put16 (self->out, (guint16) self->entries->len);
  put32 (self->out, self->out->len - 12 - directory_offset);   /* 12: what the end record has so far */
  put32 (self->out, directory_offset);
  put16 (self->out, 0);   /* comment length */

  self->finished = TRUE;
  bytes = g_byte_array_free_to_bytes (self->out);
  self->out = NULL;
  return bytes;
}

void
wm_zip_writer_free (WmZipWriter *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->entries->len; i++)
    g_free (g_array_index (self->entries, Entry, i).name);
  g_array_unref (self->entries);
  if (self->out != NULL)
    g_byte_array_unref (self->out);
  g_free (self);
}
