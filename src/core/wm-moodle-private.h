/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-csv.h"
#include "wm-moodle.h"

G_BEGIN_DECLS

/*
 * Shared by the files of the Moodle format: wm-moodle.c (the columns, cells,
 * the header and the framework row, sniffing), wm-moodle-import.c (the
 * competencies) and wm-moodle-export.c (writing).
 */

typedef enum {
  COL_PARENT,
  COL_IDNUMBER,
  COL_SHORTNAME,
  COL_DESCRIPTION,
  COL_FORMAT,
  COL_SCALE_VALUES,
  COL_SCALE_CONFIG,
  COL_RULE_TYPE,
  COL_RULE_OUTCOME,
  COL_RULE_CONFIG,
  COL_RELATED,
  COL_EXPORT_ID,
  COL_IS_FRAMEWORK,
  COL_TAXONOMY,
  N_COLUMNS
} Column;

typedef struct {
  const char *key;
  const char *title;  /* as Moodle's English export writes it */
  gboolean    required;
} ColumnInfo;

extern const ColumnInfo wm_moodle_columns[N_COLUMNS];

#define FORMAT_HTML "1"
#define FORMAT_PLAIN "2"

typedef struct {
  const char *name;
  int         index[N_COLUMNS];  /* the field of each column, -1 when absent */
  guint       n_fields;
  GPtrArray  *competencies;      /* Competency, in file order */
  GHashTable *by_idnumber;       /* idnumber -> Competency */
} Import;

gboolean    wm_moodle_fail               (Import             *self,
                                          GError            **error,
                                          const WmCsvRecord  *record,
                                          int                 column,
                                          const char         *format,
                                          ...) G_GNUC_PRINTF (5, 6);
char       *wm_moodle_tidy               (const char         *text);
char       *wm_moodle_cell               (Import             *self,
                                          const WmCsvRecord  *record,
                                          Column              column);
gboolean    wm_moodle_is_blank           (const WmCsvRecord  *record);
gboolean    wm_moodle_is_framework_row   (Import             *self,
                                          const WmCsvRecord  *record);
char       *wm_moodle_description_text   (Import             *self,
                                          const WmCsvRecord  *record);
gboolean    wm_moodle_read_header        (Import             *self,
                                          const WmCsvRecord  *header,
                                          GError            **error);
gboolean    wm_moodle_read_framework     (Import             *self,
                                          const WmCsvRecord  *record,
                                          WmFrameworkDef     *def,
                                          WmHeadingDef       *heading,
                                          GError            **error);

G_END_DECLS
