/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "wm-trust.h"

/*
 * One framework across the trust. Each school is shown at its latest snapshot (its last
 * considered, dated judgement), or as it was when it made its bundle if it has no snapshot, and
 * its movement is from the snapshot before that one. Schools on different versions of the
 * framework are compared on the elements every version has: an element some lack is left out of
 * the table, the charts and the overall scores, which are then the mean of the elements compared
 * (as a framework's overall score is the mean of its elements').
 */

typedef struct {
  const WmBundle          *school;
  const WmBundleFramework *framework;
} Entry;

static void
row_free (gpointer data)
{
  WmTrustRow *row = data;

  g_free (row->framework_version);
  g_free (row->snapshot);
  g_free (row->taken_on);
  g_free (row->scores);
  g_free (row->previous_snapshot);
  g_free (row->previous_taken_on);
  g_free (row->previous);
  g_free (row->change);
  g_free (row);
}

void
wm_trust_table_free (WmTrustTable *table)
{
  if (table == NULL)
    return;
  g_free (table->framework_id);
  g_free (table->title);
  g_strfreev (table->levels);
  g_strfreev (table->versions);
  g_clear_pointer (&table->elements, g_ptr_array_unref);
  g_strfreev (table->left_out);
  g_free (table->note);
  g_clear_pointer (&table->rows, g_ptr_array_unref);
  g_free (table->median);
  g_free (table);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The median of the values that are not NAN; NAN when none is. */
double
wm_trust_median (const double *values,
                 guint         n_values)
{
  g_autofree double *kept = g_new (double, MAX (n_values, 1));
  guint n = 0;

  for (guint i = 0; i < n_values; i++)
    if (!isnan (values[i]))
      kept[n++] = values[i];
  if (n == 0)
    return NAN;
  qsort (kept, n, sizeof (double), compare_doubles);
  return wm_bundle_round (n % 2 == 1 ? kept[n / 2] : (kept[n / 2 - 1] + kept[n / 2]) / 2);
}

static int
compare_versions (const char *a,
                  const char *b)
{
  g_autofree char *key_a = g_utf8_collate_key_for_filename (a, -1);
  g_autofree char *key_b = g_utf8_collate_key_for_filename (b, -1);

  return strcmp (key_a, key_b);
}

static int
compare_version_pointers (gconstpointer a,
                          gconstpointer b)
{
  return compare_versions (*(const char * const *) a, *(const char * const *) b);
}

static int
element_index (const WmBundleFramework *framework,
               const char              *id)
{
  for (guint i = 0; i < framework->elements->len; i++)
    if (g_str_equal (((WmBundleElement *) g_ptr_array_index (framework->elements, i))->id, id))
      return (int) i;
  return -1;
}

static WmBundleElement *
element_copy (const WmBundleElement *element)
{
  WmBundleElement *copy = g_new0 (WmBundleElement, 1);

  copy->id = g_strdup (element->id);
  copy->title = g_strdup (element->title);
  return copy;
}

static void
element_free (gpointer data)
{
  WmBundleElement *element = data;

  g_free (element->id);
  g_free (element->title);
  g_free (element);
}

/* The shared elements (in the newest version's order) and the ids left out. */
static void
compare_elements (WmTrustTable            *table,
                  GArray                  *entries,
                  const WmBundleFramework *newest)
{
  g_autoptr(GStrvBuilder) left_out = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint e = 0; e < newest->elements->len; e++)
    {
      const WmBundleElement *element = g_ptr_array_index (newest->elements, e);
      gboolean everywhere = TRUE;

      for (guint i = 0; everywhere && i < entries->len; i++)
        everywhere = element_index (g_array_index (entries, Entry, i).framework, element->id) >= 0;
      g_hash_table_add (seen, element->id);
      if (everywhere)
        g_ptr_array_add (table->elements, element_copy (element));
      else
        g_strv_builder_add (left_out, element->id);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      const WmBundleFramework *framework = g_array_index (entries, Entry, i).framework;

      for (guint e = 0; e < framework->elements->len; e++)
        {
          const WmBundleElement *element = g_ptr_array_index (framework->elements, e);

          if (g_hash_table_contains (seen, element->id))
            continue;
          g_hash_table_add (seen, element->id);
          g_strv_builder_add (left_out, element->id);
        }
    }
  table->left_out = g_strv_builder_end (left_out);
}

/* "1, 2 and 3" */
static char *
join_versions (const WmTrustTable *table)
{
  guint n = g_strv_length (table->versions);
  g_autoptr(GString) init = g_string_new (table->versions[0]);

  for (guint i = 1; i + 1 < n; i++)
    g_string_append_printf (init, ", %s", table->versions[i]);
  if (n < 2)
    return g_string_free (g_steal_pointer (&init), FALSE);
  /* Translators: the end of a list, "1, 2 and 3" */
  return g_strdup_printf (_("%s and %s"), init->str, table->versions[n - 1]);
}

static char *
make_note (const WmTrustTable *table)
{
  guint n_versions = g_strv_length (table->versions);
  guint n_left_out = g_strv_length (table->left_out);
  g_autofree char *versions = join_versions (table);
  g_autofree char *left_out = g_strjoinv (", ", table->left_out);
  g_autofree char *compared = NULL;

  if (n_versions < 2 && n_left_out == 0)
    return NULL;
  if (n_left_out == 0)
    /* Translators: "Schools use versions 1 and 2 of this framework; all share its 12 elements." */
    return g_strdup_printf (_("Schools use versions %s of this framework; all share its %u elements."),
                            versions, table->elements->len);

  /* Translators: "Compared on the 10 elements all versions share; 2 left out (12, 13)." */
  compared = g_strdup_printf (ngettext ("Compared on the %u element all versions share; %u left out (%s).",
                                        "Compared on the %u elements all versions share; %u left out (%s).",
                                        table->elements->len),
                              table->elements->len, n_left_out, left_out);
  if (n_versions < 2)
    return g_steal_pointer (&compared);
  return g_strdup_printf (_("Schools use versions %s of this framework. %s"), versions, compared);
}

/* The mean of the values that are not NAN: a framework's overall score. */
static double
mean (const double *values,
      guint         n)
{
  double sum = 0;
  guint counted = 0;

  for (guint i = 0; i < n; i++)
    if (!isnan (values[i]))
      {
        sum += values[i];
        counted++;
      }
  return counted > 0 ? wm_bundle_round (sum / counted) : NAN;
}

static double
change (double now,
        double then)
{
  return isnan (now) || isnan (then) ? NAN : wm_bundle_round (now - then);
}

/* Scores of @side on the table's elements; overall as the bundle has it when nothing is left out. */
static double *
side_scores (const WmTrustTable      *table,
             const WmBundleFramework *framework,
             const WmBundleSide      *side,
             double                  *overall)
{
  double *scores = g_new (double, MAX (table->elements->len, 1));

  for (guint i = 0; i < table->elements->len; i++)
    {
      const WmBundleElement *element = g_ptr_array_index (table->elements, i);

      scores[i] = side != NULL ? side->scores[element_index (framework, element->id)] : NAN;
    }
  if (side == NULL)
    *overall = NAN;
  else if (framework->elements->len == table->elements->len)
    *overall = side->overall;
  else
    *overall = mean (scores, table->elements->len);
  return scores;
}

static WmTrustRow *
make_row (const WmTrustTable *table,
          const Entry        *entry)
{
  const WmBundleFramework *framework = entry->framework;
  WmTrustRow *row = g_new0 (WmTrustRow, 1);
  const WmBundleSide *latest = NULL, *before = NULL;
  const WmBundleSide *side;

  /* Latest by the date each stands for; of one date, the later in the bundle. */
  for (guint i = 0; i < framework->snapshots->len; i++)
    {
      const WmBundleSide *snapshot = g_ptr_array_index (framework->snapshots, i);

      if (latest == NULL || strcmp (snapshot->taken_on, latest->taken_on) >= 0)
        {
          before = latest;
          latest = snapshot;
        }
      else if (before == NULL || strcmp (snapshot->taken_on, before->taken_on) >= 0)
        before = snapshot;
    }
  side = latest != NULL ? latest : framework->now;

  row->school = entry->school;
  row->framework_version = g_strdup (side->framework_version);
  row->snapshot = g_strdup (side->name);
  row->taken_on = g_strdup (side->taken_on);
  row->n_judged = side->n_judged;
  row->n_descriptors = side->n_descriptors;
  row->n_evidence = framework->n_evidence;
  row->scores = side_scores (table, framework, side, &row->overall);
  row->previous = side_scores (table, framework, before, &row->previous_overall);
  if (before != NULL)
    {
      row->previous_snapshot = g_strdup (before->name);
      row->previous_taken_on = g_strdup (before->taken_on);
    }
  row->change = g_new (double, MAX (table->elements->len, 1));
  for (guint i = 0; i < table->elements->len; i++)
    row->change[i] = change (row->scores[i], row->previous[i]);
  row->change_overall = change (row->overall, row->previous_overall);
  return row;
}

static void
compute_medians (WmTrustTable *table)
{
  g_autofree double *column = g_new (double, MAX (table->rows->len, 1));

  table->median = g_new (double, MAX (table->elements->len, 1));
  for (guint e = 0; e < table->elements->len; e++)
    {
      for (guint r = 0; r < table->rows->len; r++)
        column[r] = ((WmTrustRow *) g_ptr_array_index (table->rows, r))->scores[e];
      table->median[e] = wm_trust_median (column, table->rows->len);
    }
  for (guint r = 0; r < table->rows->len; r++)
    column[r] = ((WmTrustRow *) g_ptr_array_index (table->rows, r))->overall;
  table->median_overall = wm_trust_median (column, table->rows->len);
}

/**
 * wm_trust_table_new:
 *
 * Returns: (transfer full): @framework_id across the trust's schools, or %NULL with @error set
 *   when no school uses it, or when its versions share no element
 */
WmTrustTable *
wm_trust_table_new (const WmTrust  *trust,
                    const char     *framework_id,
                    GError        **error)
{
  g_autoptr(WmTrustTable) table = g_new0 (WmTrustTable, 1);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autoptr(GPtrArray) versions = g_ptr_array_new ();
  const WmBundleFramework *newest = NULL;

  g_return_val_if_fail (trust != NULL && framework_id != NULL, NULL);

  for (guint s = 0; s < trust->schools->len; s++)
    {
      Entry entry = { g_ptr_array_index (trust->schools, s), NULL };

      if (!(entry.framework = wm_bundle_find_framework (entry.school, framework_id)))
        continue;
      g_array_append_val (entries, entry);
      if (newest == NULL || compare_versions (entry.framework->version, newest->version) > 0)
        newest = entry.framework;
      if (!g_ptr_array_find_with_equal_func (versions, entry.framework->version, g_str_equal, NULL))
        g_ptr_array_add (versions, entry.framework->version);
    }
  if (newest == NULL)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No school in the trust uses framework %s"), framework_id);
      return NULL;
    }

  g_ptr_array_sort (versions, compare_version_pointers);
  g_ptr_array_add (versions, NULL);
  table->versions = g_strdupv ((char **) versions->pdata);
  table->framework_id = g_strdup (framework_id);
  table->title = g_strdup (newest->title);
  table->rule = newest->rule;
  table->levels = g_strdupv (newest->levels);
  table->elements = g_ptr_array_new_with_free_func (element_free);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  for (guint i = 0; i < entries->len; i++)
    table->max = MAX (table->max, g_array_index (entries, Entry, i).framework->max);

  compare_elements (table, entries, newest);
  if (table->elements->len == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("The schools’ versions of %s share no element, so they cannot be compared"),
                   table->title);
      return NULL;
    }
  table->note = make_note (table);

  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (table->rows, make_row (table, &g_array_index (entries, Entry, i)));
  compute_medians (table);
  return g_steal_pointer (&table);
}
