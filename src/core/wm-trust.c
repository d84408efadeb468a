/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-trust"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wm-trust.h"

/*
 * The trust's schools: one summary bundle per school, kept in order of name. A school is known
 * by its id, not its name: two bundles with one id are the same school twice, and only the one
 * made later is used (the other is reported as left out); two with one name and different ids
 * are two schools, both shown, with a warning. Nothing is ever merged.
 */

static void
problem_free (gpointer data)
{
  WmTrustProblem *problem = data;

  g_free (problem->file);
  g_free (problem->reason);
  g_free (problem);
}

WmTrust *
wm_trust_new (void)
{
  WmTrust *trust = g_new0 (WmTrust, 1);

  trust->schools = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_bundle_free);
  trust->problems = g_ptr_array_new_with_free_func (problem_free);
  return trust;
}

void
wm_trust_free (WmTrust *trust)
{
  if (trust == NULL)
    return;
  g_ptr_array_unref (trust->schools);
  g_ptr_array_unref (trust->problems);
  g_free (trust);
}

static void
add_problem (WmTrust    *trust,
             const char *file,
             gboolean    skipped,
             const char *reason)
{
  WmTrustProblem *problem = g_new0 (WmTrustProblem, 1);

  problem->file = g_strdup (file);
  problem->reason = g_strdup (reason);
  problem->skipped = skipped;
  g_ptr_array_add (trust->problems, problem);
}

static const char *
file_of (const WmBundle *bundle)
{
  return bundle->path != NULL ? bundle->path : _("(a bundle not read from a file)");
}

static int
compare_schools (const WmBundle *a,
                 const WmBundle *b)
{
  int by_name = g_utf8_collate (a->school_name, b->school_name);

  return by_name != 0 ? by_name : strcmp (a->school_id, b->school_id);
}

static void
insert_sorted (WmTrust  *trust,
               WmBundle *bundle)
{
  guint i = 0;

  while (i < trust->schools->len && compare_schools (g_ptr_array_index (trust->schools, i), bundle) <= 0)
    i++;
  g_ptr_array_insert (trust->schools, (int) i, bundle);
}

/**
 * wm_trust_add_bundle:
 * @bundle: (transfer full): a school's bundle
 *
 * Adds a school to the trust. When the trust already has the same school (the same id), the
 * bundle made later is kept and the other left out, and a problem says so.
 *
 * Returns: %TRUE when @bundle is in the trust; %FALSE with @error set when it was left out
 */
gboolean
wm_trust_add_bundle (WmTrust   *trust,
                     WmBundle  *bundle,
                     GError   **error)
{
  g_autoptr(WmBundle) owned = bundle;

  g_return_val_if_fail (trust != NULL && bundle != NULL, FALSE);

  for (guint i = 0; i < trust->schools->len; i++)
    {
      WmBundle *other = g_ptr_array_index (trust->schools, i);
      g_autofree char *reason = NULL;

      if (g_str_equal (other->school_id, bundle->school_id))
        {
          if (g_strcmp0 (bundle->made_at, other->made_at) > 0)
            {
              /* Translators: "old.json: the same school as new.json (Oakfield Primary), whose
               * summary is more recent" */
              reason = g_strdup_printf (_("%s: the same school as %s (%s), whose summary is more recent"),
                                        file_of (other), file_of (bundle), bundle->school_name);
              add_problem (trust, file_of (other), TRUE, reason);
              g_ptr_array_remove_index (trust->schools, i);
              insert_sorted (trust, g_steal_pointer (&owned));
              return TRUE;
            }
          reason = g_strdup_printf (_("%s: the same school as %s (%s), whose summary was made later or "
                                      "at the same moment"),
                                    file_of (bundle), file_of (other), other->school_name);
          add_problem (trust, file_of (bundle), TRUE, reason);
          g_set_error_literal (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS, reason);
          return FALSE;
        }
    }

  for (guint i = 0; i < trust->schools->len; i++)
    {
      WmBundle *other = g_ptr_array_index (trust->schools, i);

      if (g_utf8_collate (other->school_name, bundle->school_name) == 0)
        {
          g_autofree char *reason =
            g_strdup_printf (_("%s: “%s” has the same name as the school in %s, but comes from another "
                               "school file: both are shown"),
                             file_of (bundle), bundle->school_name, file_of (other));

          add_problem (trust, file_of (bundle), FALSE, reason);
          break;
        }
    }

  insert_sorted (trust, g_steal_pointer (&owned));
  return TRUE;
}

/**
 * wm_trust_add_file:
 *
 * Reads the bundle at @path and adds its school (see wm_trust_add_bundle()). A bundle that
 * cannot be read is recorded as a problem and left out.
 *
 * Returns: %TRUE when the school is in the trust; %FALSE with @error set when it was left out
 */
gboolean
wm_trust_add_file (WmTrust     *trust,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  WmBundle *bundle;

  g_return_val_if_fail (trust != NULL && path != NULL, FALSE);

  if (!(bundle = wm_bundle_read (path, &local_error)))
    {
      add_problem (trust, path, TRUE, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return wm_trust_add_bundle (trust, bundle, error);
}

static int
compare_file_names (gconstpointer a,
                    gconstpointer b)
{
  g_autofree char *key_a = g_utf8_collate_key_for_filename (*(const char * const *) a, -1);
  g_autofree char *key_b = g_utf8_collate_key_for_filename (*(const char * const *) b, -1);

  return strcmp (key_a, key_b);
}

/**
 * wm_trust_load_dir:
 *
 * Reads every bundle in @dir (each "*.json" file, in order of name; not its subfolders). A bundle
 * that is malformed, from a newer Waymark or a repeat of a school is a problem, left out.
 *
 * Returns: (transfer full): the trust, perhaps with no school; %NULL with @error set only when
 *   @dir cannot be read
 */
WmTrust *
wm_trust_load_dir (const char  *dir,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) folder = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  WmTrust *trust;
  const char *name;

  g_return_val_if_fail (dir != NULL, NULL);

  if (!(folder = g_dir_open (dir, 0, &local_error)))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND, _("Could not read the trust folder %s: %s"),
                   dir, local_error->message);
      return NULL;
    }
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (name, -1);
      g_autofree char *path = NULL;

      if (name[0] == '.' || !g_str_has_suffix (lower, ".json"))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
  g_ptr_array_sort (paths, compare_file_names);

  trust = wm_trust_new ();
  for (guint i = 0; i < paths->len; i++)
    wm_trust_add_file (trust, g_ptr_array_index (paths, i), NULL);
  return trust;
}

static int
compare_titles (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GHashTable *titles = user_data;
  const char *id_a = *(const char * const *) a;
  const char *id_b = *(const char * const *) b;
  int by_title = g_utf8_collate (g_hash_table_lookup (titles, id_a), g_hash_table_lookup (titles, id_b));

  return by_title != 0 ? by_title : strcmp (id_a, id_b);
}

/**
 * wm_trust_framework_ids:
 *
 * Returns: (transfer full): every framework some school uses, by title
 */
GStrv
wm_trust_framework_ids (const WmTrust *trust)
{
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint s = 0; s < trust->schools->len; s++)
    {
      const WmBundle *school = g_ptr_array_index (trust->schools, s);

      for (guint f = 0; f < school->frameworks->len; f++)
        {
          const WmBundleFramework *framework = g_ptr_array_index (school->frameworks, f);

          if (g_hash_table_contains (titles, framework->id))
            continue;
          g_hash_table_insert (titles, framework->id, framework->title);
          g_ptr_array_add (ids, framework->id);
        }
    }
  g_ptr_array_sort_with_data (ids, compare_titles, titles);
  g_ptr_array_add (ids, NULL);
  return g_strdupv ((char **) ids->pdata);
}

/* The bundles left out (rather than only warned about). */
guint
wm_trust_count_skipped (const WmTrust *trust)
{
  guint n = 0;

  for (guint i = 0; i < trust->problems->len; i++)
    n += ((WmTrustProblem *) g_ptr_array_index (trust->problems, i))->skipped;
  return n;
}
