/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-bundle"

#include "config.h"


#include "wm-bundle.h"
#include "wm-bundle-private.h"
#include "wm-export-file.h"

/*
 * Writing a summary bundle, in the form docs/bundle-format.md describes: the same bundle always
 * gives the same bytes, members in a fixed order, each snapshot's element scores on one line.
 */

static void
write_side (WmBundleJson            *json,
            const WmBundleFramework *framework,
            const WmBundleSide      *side,
            const char              *key)
{
  wm_bundle_json_begin_object (json, key, FALSE);
  if (side->name != NULL)
    wm_bundle_json_string (json, "name", side->name);
  wm_bundle_json_string (json, "taken_on", side->taken_on);
  wm_bundle_json_string (json, "framework_version", side->framework_version);
  wm_bundle_json_score (json, "overall", side->overall);
  wm_bundle_json_int (json, "n_judged", side->n_judged);
  wm_bundle_json_int (json, "n_descriptors", side->n_descriptors);
  wm_bundle_json_begin_object (json, "elements", TRUE);
  for (guint i = 0; i < framework->elements->len; i++)
    {
      const WmBundleElement *element = g_ptr_array_index (framework->elements, i);

      wm_bundle_json_score (json, element->id, side->scores[i]);
    }
  wm_bundle_json_end_object (json);
  wm_bundle_json_end_object (json);
}

static void
write_framework (WmBundleJson            *json,
                 const WmBundleFramework *framework)
{
  wm_bundle_json_begin_object (json, NULL, FALSE);
  wm_bundle_json_string (json, "id", framework->id);
  wm_bundle_json_string (json, "version", framework->version);
  wm_bundle_json_string (json, "title", framework->title);
  wm_bundle_json_string (json, "scoring", wm_bundle_rule_name (framework->rule));
  wm_bundle_json_score (json, "max", framework->max);

  wm_bundle_json_begin_array (json, "levels", TRUE);
  for (guint i = 0; framework->levels != NULL && framework->levels[i] != NULL; i++)
    wm_bundle_json_string (json, NULL, framework->levels[i]);
  wm_bundle_json_end_array (json);

  wm_bundle_json_begin_array (json, "elements", FALSE);
  for (guint i = 0; i < framework->elements->len; i++)
    {
      const WmBundleElement *element = g_ptr_array_index (framework->elements, i);

      wm_bundle_json_begin_object (json, NULL, TRUE);
      wm_bundle_json_string (json, "id", element->id);
      wm_bundle_json_string (json, "title", element->title);
      wm_bundle_json_end_object (json);
    }
  wm_bundle_json_end_array (json);

  wm_bundle_json_int (json, "n_evidence", framework->n_evidence);
  write_side (json, framework, framework->now, "now");

  wm_bundle_json_begin_array (json, "snapshots", FALSE);
  for (guint i = 0; i < framework->snapshots->len; i++)
    write_side (json, framework, g_ptr_array_index (framework->snapshots, i), NULL);
  wm_bundle_json_end_array (json);
  wm_bundle_json_end_object (json);
}

/**
 * wm_bundle_to_bytes:
 *
 * Returns: (transfer full): @bundle as the JSON of docs/bundle-format.md, UTF-8
 */
GBytes *
wm_bundle_to_bytes (const WmBundle *bundle)
{
  WmBundleJson json;

  g_return_val_if_fail (bundle != NULL, NULL);

  wm_bundle_json_init (&json);
  wm_bundle_json_begin_object (&json, NULL, FALSE);
  wm_bundle_json_string (&json, "format", WM_BUNDLE_FORMAT);
  wm_bundle_json_int (&json, "format_version", WM_BUNDLE_FORMAT_VERSION);
  wm_bundle_json_string (&json, "generator", bundle->generator);
  wm_bundle_json_string (&json, "made_at", bundle->made_at);

  wm_bundle_json_begin_object (&json, "school", FALSE);
  wm_bundle_json_string (&json, "name", bundle->school_name);
  wm_bundle_json_string (&json, "id", bundle->school_id);
  wm_bundle_json_end_object (&json);

  wm_bundle_json_begin_array (&json, "frameworks", FALSE);
  for (guint i = 0; i < bundle->frameworks->len; i++)
    write_framework (&json, g_ptr_array_index (bundle->frameworks, i));
  wm_bundle_json_end_array (&json);
  wm_bundle_json_end_object (&json);
  return wm_bundle_json_finish (&json);
}

/* Writes @bundle to @path, whole. */
gboolean
wm_bundle_save (const WmBundle  *bundle,
                const char      *path,
                GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (bundle != NULL && path != NULL, FALSE);

  bytes = wm_bundle_to_bytes (bundle);
  return wm_export_file_write_bytes (path, bytes, error);
}

/**
 * wm_bundle_write:
 * @snapshot_names: (nullable): the snapshots to share ("NAME" or "FRAMEWORK:NAME"); %NULL for all
 *
 * Writes the school's summary bundle to @path: gathered by wm_bundle_new_from_store(), written
 * beside @path and renamed over it once complete. A path that cannot be written is refused before
 * anything is read, and so is anything else that is refused, so that the school file is left as
 * it was (its identity is made only for a bundle that is written).
 */
gboolean
wm_bundle_write (WmStore             *store,
                 const char          *path,
                 const char * const  *snapshot_names,
                 GError             **error)
{
  g_autoptr(WmBundle) bundle = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *temp = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(temp = wm_export_file_begin (path, error)))
    return FALSE;
  if (!(bundle = wm_bundle_new_from_store (store, snapshot_names, error)))
    {
      wm_export_file_abandon (temp);
      return FALSE;
    }
  bytes = wm_bundle_to_bytes (bundle);
  return wm_export_file_write (temp, path, bytes, error) && wm_export_file_commit (temp, path, error);
}
