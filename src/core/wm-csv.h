/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * RFC 4180 CSV, read with the line and column where every record and field
 * starts, so that a format built on CSV can refuse bad content with
 * "NAME:LINE:COLUMN: what is wrong"; and written the way spreadsheets and
 * Moodle read it back.
 */

typedef struct {
  int     line;       /* where the record starts, from 1 */
  guint   n_fields;
  char  **fields;     /* n_fields UTF-8 strings, %NULL-terminated */
  int    *lines;      /* where each field starts */
  int    *columns;    /* in characters, from 1 */
} WmCsvRecord;

void        wm_csv_record_free  (WmCsvRecord        *record);
GPtrArray  *wm_csv_parse        (GBytes             *bytes,
                                 const char         *name,
                                 guint               max_records,
                                 GQuark              domain,
                                 int                 code,
                                 GError            **error);
void        wm_csv_append_row   (GString            *out,
                                 const char * const *fields);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmCsvRecord, wm_csv_record_free)

G_END_DECLS
