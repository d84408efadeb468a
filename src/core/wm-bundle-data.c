/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-bundle"

#include "config.h"

#include <math.h>

#include "wm-bundle.h"

/* A summary bundle as plain data: made by wm-bundle.c or wm-bundle-read.c, freed here. */

static const char * const rule_names[] = { "ladder", "reached", "mean" };

const char *
wm_bundle_rule_name (WmScoringRule rule)
{
  g_return_val_if_fail ((guint) rule < G_N_ELEMENTS (rule_names), "mean");
  return rule_names[rule];
}

/* Scores travel to WM_BUNDLE_DECIMALS places: enough to compare, and the same once read back. */
double
wm_bundle_round (double score)
{
  return isnan (score) ? NAN : round (score * 100.0) / 100.0;
}

WmBundleSide *
wm_bundle_side_new (guint n_elements)
{
  WmBundleSide *side = g_new0 (WmBundleSide, 1);

  side->overall = NAN;
  side->scores = g_new (double, MAX (n_elements, 1));
  for (guint i = 0; i < n_elements; i++)
    side->scores[i] = NAN;
  return side;
}

void
wm_bundle_side_free (WmBundleSide *side)
{
  if (side == NULL)
    return;
  g_free (side->name);
  g_free (side->taken_on);
  g_free (side->framework_version);
  g_free (side->scores);
  g_free (side);
}

static void
element_free (gpointer data)
{
  WmBundleElement *element = data;

  g_free (element->id);
  g_free (element->title);
  g_free (element);
}

WmBundleFramework *
wm_bundle_framework_new (void)
{
  WmBundleFramework *framework = g_new0 (WmBundleFramework, 1);

  framework->elements = g_ptr_array_new_with_free_func (element_free);
  framework->snapshots = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_bundle_side_free);
  return framework;
}

void
wm_bundle_framework_free (WmBundleFramework *framework)
{
  if (framework == NULL)
    return;
  g_free (framework->id);
  g_free (framework->version);
  g_free (framework->title);
  g_strfreev (framework->levels);
  g_ptr_array_unref (framework->elements);
  g_ptr_array_unref (framework->snapshots);
  wm_bundle_side_free (framework->now);
  g_free (framework);
}

WmBundle *
wm_bundle_new (void)
{
  WmBundle *bundle = g_new0 (WmBundle, 1);

  bundle->frameworks = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_bundle_framework_free);
  return bundle;
}

void
wm_bundle_free (WmBundle *bundle)
{
  if (bundle == NULL)
    return;
  g_free (bundle->path);
  g_free (bundle->made_at);
  g_free (bundle->generator);
  g_free (bundle->school_name);
  g_free (bundle->school_id);
  g_ptr_array_unref (bundle->frameworks);
  g_free (bundle);
}

const WmBundleFramework *
wm_bundle_find_framework (const WmBundle *bundle,
                          const char     *framework_id)
{
  for (guint i = 0; i < bundle->frameworks->len; i++)
    {
      const WmBundleFramework *framework = g_ptr_array_index (bundle->frameworks, i);

      if (g_str_equal (framework->id, framework_id))
        return framework;
    }
  return NULL;
}
