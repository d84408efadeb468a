/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust"

#include "config.h"

#include <math.h>

#include "wm-export-file.h"
#include "wm-bundle-private.h"
#include "wm-csv.h"
#include "wm-trust.h"

/*
 * The trust's summary as data: CSV, one row per school and element of each framework, for a
 * spreadsheet; or JSON (docs/bundle-format.md, "The trust's summary"), the tables and medians
 * whole. wm-trust-pdf.c draws the same tables for paper.
 */

#define WM_TRUST_FORMAT         "waymark-trust-summary"
#define WM_TRUST_FORMAT_VERSION 1

gboolean
wm_trust_format_from_name (const char    *name,
                           WmTrustFormat *format)
{
  static const char * const names[] = { "csv", "json", "pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = (WmTrustFormat) i;
        return TRUE;
      }
  return FALSE;
}

/* Every framework's table; %NULL with @error set when one cannot be made. */
static GPtrArray *
all_tables (const WmTrust  *trust,
            GError        **error)
{
  g_auto(GStrv) ids = wm_trust_framework_ids (trust);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_trust_table_free);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      WmTrustTable *table = wm_trust_table_new (trust, ids[i], error);

      if (table == NULL)
        return NULL;
      g_ptr_array_add (tables, table);
    }
  return g_steal_pointer (&tables);
}

static char *
score_text (double value)
{
  char *text = wm_bundle_format_score (value);

  return text != NULL ? text : g_strdup ("");
}

/**
 * wm_trust_to_csv:
 *
 * Returns: (transfer full): a heading row, then a row per school and element compared of each
 *   framework: school, framework, framework_version, element_id, element_title, score, previous,
 *   change (an empty cell where there is no score)
 */
GBytes *
wm_trust_to_csv (const WmTrust  *trust,
                 GError        **error)
{
  static const char * const heading[] = { "school", "framework", "framework_version", "element_id",
                                          "element_title", "score", "previous", "change", NULL };
  g_autoptr(GPtrArray) tables = all_tables (trust, error);
  GString *out;

  if (tables == NULL)
    return NULL;
  out = g_string_new (NULL);
  wm_csv_append_row (out, heading);
  for (guint t = 0; t < tables->len; t++)
    {
      const WmTrustTable *table = g_ptr_array_index (tables, t);

      for (guint r = 0; r < table->rows->len; r++)
        {
          const WmTrustRow *row = g_ptr_array_index (table->rows, r);

          for (guint e = 0; e < table->elements->len; e++)
            {
              const WmBundleElement *element = g_ptr_array_index (table->elements, e);
              g_autofree char *score = score_text (row->scores[e]);
              g_autofree char *previous = score_text (row->previous[e]);
              g_autofree char *change = score_text (row->change[e]);
              const char *fields[] = { row->school->school_name, table->framework_id,
                                       row->framework_version, element->id, element->title,
                                       score, previous, change, NULL };

              wm_csv_append_row (out, fields);
            }
        }
    }
  return g_string_free_to_bytes (out);
}

static void
write_scores (WmBundleJson       *json,
              const WmTrustTable *table,
              const char         *key,
              double              overall,
              const double       *scores)
{
  wm_bundle_json_begin_object (json, key, FALSE);
  wm_bundle_json_score (json, "overall", overall);
  wm_bundle_json_begin_object (json, "elements", TRUE);
  for (guint e = 0; e < table->elements->len; e++)
    wm_bundle_json_score (json, ((WmBundleElement *) g_ptr_array_index (table->elements, e))->id, scores[e]);
  wm_bundle_json_end_object (json);
  wm_bundle_json_end_object (json);
}

static void
write_row (WmBundleJson       *json,
           const WmTrustTable *table,
           const WmTrustRow   *row)
{
  wm_bundle_json_begin_object (json, NULL, FALSE);
  wm_bundle_json_string (json, "name", row->school->school_name);
  wm_bundle_json_string (json, "id", row->school->school_id);
  wm_bundle_json_string (json, "framework_version", row->framework_version);
  wm_bundle_json_string (json, "snapshot", row->snapshot);
  wm_bundle_json_string (json, "taken_on", row->taken_on);
  wm_bundle_json_int (json, "n_judged", row->n_judged);
  wm_bundle_json_int (json, "n_descriptors", row->n_descriptors);
  wm_bundle_json_int (json, "n_evidence", row->n_evidence);
  wm_bundle_json_score (json, "overall", row->overall);
  wm_bundle_json_begin_object (json, "elements", TRUE);
  for (guint e = 0; e < table->elements->len; e++)
    wm_bundle_json_score (json, ((WmBundleElement *) g_ptr_array_index (table->elements, e))->id, row->scores[e]);
  wm_bundle_json_end_object (json);
  if (row->previous_snapshot != NULL)
    {
      wm_bundle_json_begin_object (json, "previous", FALSE);
      wm_bundle_json_string (json, "snapshot", row->previous_snapshot);
      wm_bundle_json_string (json, "taken_on", row->previous_taken_on);
      wm_bundle_json_end_object (json);
      write_scores (json, table, "previous_scores", row->previous_overall, row->previous);
      write_scores (json, table, "change", row->change_overall, row->change);
    }
  else
    {
      wm_bundle_json_string (json, "previous", NULL);
      wm_bundle_json_string (json, "previous_scores", NULL);
      wm_bundle_json_string (json, "change", NULL);
    }
  wm_bundle_json_end_object (json);
}

static void
write_table (WmBundleJson       *json,
             const WmTrustTable *table)
{
  wm_bundle_json_begin_object (json, NULL, FALSE);
  wm_bundle_json_string (json, "id", table->framework_id);
  wm_bundle_json_string (json, "title", table->title);
  wm_bundle_json_score (json, "max", table->max);
  wm_bundle_json_begin_array (json, "versions", TRUE);
  for (guint i = 0; table->versions[i] != NULL; i++)
    wm_bundle_json_string (json, NULL, table->versions[i]);
  wm_bundle_json_end_array (json);
  wm_bundle_json_string (json, "note", table->note);
  wm_bundle_json_begin_array (json, "elements", FALSE);
  for (guint e = 0; e < table->elements->len; e++)
    {
      const WmBundleElement *element = g_ptr_array_index (table->elements, e);

      wm_bundle_json_begin_object (json, NULL, TRUE);
      wm_bundle_json_string (json, "id", element->id);
      wm_bundle_json_string (json, "title", element->title);
      wm_bundle_json_end_object (json);
    }
  wm_bundle_json_end_array (json);
  wm_bundle_json_begin_array (json, "left_out", TRUE);
  for (guint i = 0; table->left_out[i] != NULL; i++)
    wm_bundle_json_string (json, NULL, table->left_out[i]);
  wm_bundle_json_end_array (json);
  write_scores (json, table, "median", table->median_overall, table->median);
  wm_bundle_json_begin_array (json, "schools", FALSE);
  for (guint r = 0; r < table->rows->len; r++)
    write_row (json, table, g_ptr_array_index (table->rows, r));
  wm_bundle_json_end_array (json);
  wm_bundle_json_end_object (json);
}

/**
 * wm_trust_to_json:
 *
 * Returns: (transfer full): the trust's schools, its problems and every framework's table
 */
GBytes *
wm_trust_to_json (const WmTrust  *trust,
                  GError        **error)
{
  g_autoptr(GPtrArray) tables = all_tables (trust, error);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *made_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  WmBundleJson json;

  if (tables == NULL)
    return NULL;
  wm_bundle_json_init (&json);
  wm_bundle_json_begin_object (&json, NULL, FALSE);
  wm_bundle_json_string (&json, "format", WM_TRUST_FORMAT);
  wm_bundle_json_int (&json, "format_version", WM_TRUST_FORMAT_VERSION);
  wm_bundle_json_string (&json, "made_at", made_at);

  wm_bundle_json_begin_array (&json, "schools", FALSE);
  for (guint s = 0; s < trust->schools->len; s++)
    {
      const WmBundle *school = g_ptr_array_index (trust->schools, s);

      wm_bundle_json_begin_object (&json, NULL, TRUE);
      wm_bundle_json_string (&json, "name", school->school_name);
      wm_bundle_json_string (&json, "id", school->school_id);
      wm_bundle_json_string (&json, "made_at", school->made_at);
      wm_bundle_json_string (&json, "file", school->path);
      wm_bundle_json_end_object (&json);
    }
  wm_bundle_json_end_array (&json);

  wm_bundle_json_begin_array (&json, "problems", FALSE);
  for (guint p = 0; p < trust->problems->len; p++)
    {
      const WmTrustProblem *problem = g_ptr_array_index (trust->problems, p);

      wm_bundle_json_begin_object (&json, NULL, TRUE);
      wm_bundle_json_string (&json, "file", problem->file);
      wm_bundle_json_boolean (&json, "skipped", problem->skipped);
      wm_bundle_json_string (&json, "reason", problem->reason);
      wm_bundle_json_end_object (&json);
    }
  wm_bundle_json_end_array (&json);

  wm_bundle_json_begin_array (&json, "frameworks", FALSE);
  for (guint t = 0; t < tables->len; t++)
    write_table (&json, g_ptr_array_index (tables, t));
  wm_bundle_json_end_array (&json);
  wm_bundle_json_end_object (&json);
  return wm_bundle_json_finish (&json);
}

/**
 * wm_trust_export:
 *
 * Writes the trust's summary to @path in @format, whole: beside @path, then renamed over it.
 */
gboolean
wm_trust_export (const WmTrust  *trust,
                 const char     *path,
                 WmTrustFormat   format,
                 GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (trust != NULL && path != NULL, FALSE);

  if (format == WM_TRUST_FORMAT_PDF)
    return wm_trust_export_pdf (trust, path, error);
  bytes = format == WM_TRUST_FORMAT_CSV ? wm_trust_to_csv (trust, error) : wm_trust_to_json (trust, error);
  return bytes != NULL && wm_export_file_write_bytes (path, bytes, error);
}
