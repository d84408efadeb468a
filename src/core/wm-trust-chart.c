/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-report.h"
#include "wm-trust.h"

/*
 * The trust's radar charts of a framework, one axis per element compared. Up to
 * WM_TRUST_MAX_SCHOOLS_PER_CHART (8) schools share one chart, a series each. More would be a
 * tangle no one can read and more series than the chart has colours and dashes, so then each
 * school gets a small chart of its own, drawn against the trust's median: the same axes, rings
 * and scale in every one, so that they compare at a glance (small multiples).
 */

static gboolean
is_number (const char *id)
{
  if (*id == '\0')
    return FALSE;
  for (const char *c = id; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;
  return TRUE;
}

/**
 * wm_trust_table_short_label:
 *
 * Returns: (transfer full): what names element @element where there is no room for its title:
 *   its id when that is a number ("8"), else its place in the table ("3")
 */
char *
wm_trust_table_short_label (const WmTrustTable *table,
                            guint               element)
{
  const WmBundleElement *e;

  g_return_val_if_fail (element < table->elements->len, NULL);

  e = g_ptr_array_index (table->elements, element);
  return is_number (e->id) ? g_strdup (e->id) : g_strdup_printf ("%u", element + 1);
}

static WmRadarData *
new_chart (const WmTrustTable *table,
           const char         *title)
{
  WmRadarData *data = wm_radar_data_new (title, table->elements->len, table->max);
  WmScores scale = { NULL, table->rule, NULL, FALSE, 0, table->max, NULL };
  g_auto(GStrv) rings = NULL;

  for (guint i = 0; i < table->elements->len; i++)
    {
      const WmBundleElement *element = g_ptr_array_index (table->elements, i);
      g_autofree char *label = is_number (element->id)
        ? g_strdup_printf ("%s %s", element->id, element->title) : g_strdup (element->title);
      g_autofree char *short_label = wm_trust_table_short_label (table, i);

      wm_radar_data_set_axis (data, i, label, short_label);
    }
  rings = wm_report_ring_names (&scale, (const char * const *) table->levels, g_strv_length (table->levels));
  wm_radar_data_set_rings (data, (const char * const *) rings, g_strv_length (rings));
  return data;
}

static void
clear_chart (gpointer data)
{
  wm_radar_data_free (data);
}

/**
 * wm_trust_table_charts:
 *
 * Returns: (transfer full) (element-type WmRadarData): one chart with a series per school when
 *   there are at most WM_TRUST_MAX_SCHOOLS_PER_CHART; else a chart per school, each with the
 *   school's series and the trust median's. %NULL with @error set when the framework is compared
 *   on fewer than WM_RADAR_MIN_AXES or more than WM_RADAR_MAX_AXES elements.
 */
GPtrArray *
wm_trust_table_charts (const WmTrustTable  *table,
                       GError             **error)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func (clear_chart);

  g_return_val_if_fail (table != NULL, NULL);

  if (table->elements->len < WM_RADAR_MIN_AXES || table->elements->len > WM_RADAR_MAX_AXES)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Framework %s is compared on %u elements: a radar chart needs %u to %u"),
                   table->framework_id, table->elements->len, WM_RADAR_MIN_AXES, WM_RADAR_MAX_AXES);
      return NULL;
    }

  if (table->rows->len <= WM_TRUST_MAX_SCHOOLS_PER_CHART)
    {
      WmRadarData *data = new_chart (table, table->title);

      for (guint r = 0; r < table->rows->len; r++)
        {
          const WmTrustRow *row = g_ptr_array_index (table->rows, r);

          wm_radar_data_add_series (data, row->school->school_name, row->scores);
        }
      g_ptr_array_add (charts, data);
      return g_steal_pointer (&charts);
    }

  for (guint r = 0; r < table->rows->len; r++)
    {
      const WmTrustRow *row = g_ptr_array_index (table->rows, r);
      WmRadarData *data = new_chart (table, row->school->school_name);

      wm_radar_data_add_series (data, row->school->school_name, row->scores);
      wm_radar_data_add_series (data, _("Trust median"), table->median);
      g_ptr_array_add (charts, data);
    }
  return g_steal_pointer (&charts);
}

/**
 * wm_trust_charts:
 *
 * The charts of @framework_id (see wm_trust_table_charts()).
 *
 * Returns: (transfer full) (element-type WmRadarData): the charts, or %NULL with @error set
 */
GPtrArray *
wm_trust_charts (const WmTrust  *trust,
                 const char     *framework_id,
                 GError        **error)
{
  g_autoptr(WmTrustTable) table = wm_trust_table_new (trust, framework_id, error);

  return table != NULL ? wm_trust_table_charts (table, error) : NULL;
}

/**
 * wm_trust_chart:
 *
 * The one chart of @framework_id with a series per school, for a framework that at most
 * WM_TRUST_MAX_SCHOOLS_PER_CHART schools use; more are drawn by wm_trust_charts().
 *
 * Returns: (transfer full): the chart, or %NULL with @error set
 */
WmRadarData *
wm_trust_chart (const WmTrust  *trust,
                const char     *framework_id,
                GError        **error)
{
  g_autoptr(WmTrustTable) table = wm_trust_table_new (trust, framework_id, error);
  g_autoptr(GPtrArray) charts = NULL;

  if (table == NULL)
    return NULL;
  if (table->rows->len > WM_TRUST_MAX_SCHOOLS_PER_CHART)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("%u schools use %s: one radar chart shows at most %u, so each school is drawn "
                     "on its own against the trust median"),
                   table->rows->len, table->title, WM_TRUST_MAX_SCHOOLS_PER_CHART);
      return NULL;
    }
  if (!(charts = wm_trust_table_charts (table, error)))
    return NULL;
  return g_ptr_array_steal_index (charts, 0);
}
