/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-catalog"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-catalog-private.h"
#include "wm-core-resources.h"
#include "wm-framework-info.h"
#include "wm-framework-loader.h"
#include "wm-plan.h"
#include "wm-store-private.h"

/* The frameworks of a school file: installing them and listing them. */

#define BUNDLED_PATH "/org/waymark/Waymark/frameworks/"

static char *
now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format_iso8601 (now);
}

/* Writes @def's levels, ratings and tree, inserting or updating by id: the
 * same path installs a framework and brings it to a new version. Fields are
 * only inserted; an upgrade clears them first. */
gboolean
wm_catalog_write_tree (WmStore               *store,
                       const WmFrameworkDef  *def,
                       GError               **error)
{
  const char *fw = def->id;
  int position = 0;

  for (guint i = 0; i < def->levels->len; i++)
    {
      const WmLevelDef *level = g_ptr_array_index (def->levels, i);

      if (!wm_store_run (store, "INSERT INTO levels (framework_id, id, name, summary, position) "
                                "VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT DO UPDATE SET name = excluded.name, "
                                "  summary = excluded.summary, position = excluded.position",
                         error, 5, 's', fw, 's', level->id, 's', level->name, 's', level->summary,
                         'i', (int) i))
        return FALSE;

      for (guint f = 0; f < level->fields->len; f++)
        {
          const WmFieldDef *field = g_ptr_array_index (level->fields, f);

          if (!wm_store_run (store, "INSERT INTO level_fields (framework_id, level_id, id, label, text, position) "
                                    "VALUES (?, ?, ?, ?, ?, ?)",
                             error, 6, 's', fw, 's', level->id, 's', field->id,
                             's', field->label, 's', field->text, 'i', (int) f))
            return FALSE;
        }
    }

  for (guint i = 0; i < def->ratings->len; i++)
    {
      const WmRatingDef *rating = g_ptr_array_index (def->ratings, i);
      if (!wm_store_run (store, "INSERT INTO ratings (framework_id, id, name, score, position) "
                                "VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT DO UPDATE SET name = excluded.name, "
                                "  score = excluded.score, position = excluded.position",
                         error, 5, 's', fw, 's', rating->id, 's', rating->name, 'i', rating->score,
                         'i', (int) i))
        return FALSE;
    }

  /* "Not applicable" is Waymark's, not the framework's: every framework has it, last. */
  if (!wm_store_run (store, "INSERT INTO ratings (framework_id, id, name, score, position, kind) "
                            "VALUES (?, 'not-applicable', 'Not applicable', 0, 1000, 'not-applicable') "
                            "ON CONFLICT DO NOTHING",
                     error, 1, 's', fw))
    return FALSE;

  for (guint h = 0; h < def->headings->len; h++)
    {
      const WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      if (!wm_store_run (store, "INSERT INTO headings (framework_id, id, title, summary, position) "
                                "VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT DO UPDATE SET title = excluded.title, "
                                "  summary = excluded.summary, position = excluded.position",
                         error, 5, 's', fw, 's', heading->id, 's', heading->title,
                         's', heading->summary, 'i', (int) h))
        return FALSE;

      for (guint e = 0; e < heading->elements->len; e++)
        {
          const WmElementDef *element = g_ptr_array_index (heading->elements, e);

          if (!wm_store_run (store, "INSERT INTO elements (framework_id, id, heading_id, title, summary, position) "
                                    "VALUES (?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT DO UPDATE SET heading_id = excluded.heading_id, "
                                    "  title = excluded.title, summary = excluded.summary, "
                                    "  position = excluded.position",
                             error, 6, 's', fw, 's', element->id, 's', heading->id, 's', element->title,
                             's', element->summary, 'i', position++))
            return FALSE;

          for (guint s = 0; s < element->strands->len; s++)
            {
              const WmStrandDef *strand = g_ptr_array_index (element->strands, s);

              if (!wm_store_run (store, "INSERT INTO strands (framework_id, id, element_id, title, summary, position) "
                                        "VALUES (?, ?, ?, ?, ?, ?) "
                                        "ON CONFLICT DO UPDATE SET element_id = excluded.element_id, "
                                        "  title = excluded.title, summary = excluded.summary, "
                                        "  position = excluded.position",
                                 error, 6, 's', fw, 's', strand->id, 's', element->id, 's', strand->title,
                                 's', strand->summary, 'i', position++))
                return FALSE;

              for (guint d = 0; d < strand->descriptors->len; d++)
                {
                  const WmDescriptorDef *descriptor = g_ptr_array_index (strand->descriptors, d);

                  if (!wm_store_run (store, "INSERT INTO descriptors (framework_id, id, strand_id, level_id, text, position) "
                                            "VALUES (?, ?, ?, ?, ?, ?) "
                                            "ON CONFLICT DO UPDATE SET strand_id = excluded.strand_id, "
                                            "  level_id = excluded.level_id, text = excluded.text, "
                                            "  position = excluded.position, retired_in = NULL",
                                     error, 6, 's', fw, 's', descriptor->id, 's', strand->id,
                                     's', descriptor->level, 's', descriptor->text, 'i', position++))
                    return FALSE;

                  for (guint f = 0; f < descriptor->fields->len; f++)
                    {
                      const WmFieldDef *field = g_ptr_array_index (descriptor->fields, f);

                      if (!wm_store_run (store, "INSERT INTO descriptor_fields (framework_id, descriptor_id, id, label, text, position) "
                                                "VALUES (?, ?, ?, ?, ?, ?)",
                                         error, 6, 's', fw, 's', descriptor->id, 's', field->id,
                                         's', field->label, 's', field->text, 'i', (int) f))
                        return FALSE;
                    }
                }
            }
        }
    }

  return TRUE;
}

/* Whether @sql, with @key bound to ?1, finds a row. */
static gboolean
row_exists (WmStore     *store,
            const char  *sql,
            const char  *key,
            gboolean    *exists,
            GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the school file"));

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
wm_catalog_has (WmStore     *store,
                const char  *framework_id,
                gboolean    *has,
                GError     **error)
{
  return row_exists (store, "SELECT 1 FROM frameworks WHERE id = ?1", framework_id, has, error);
}

/**
 * wm_catalog_install:
 *
 * Installs a framework into the school file in one transaction: all of it, or,
 * on any error, none of it.
 */
gboolean
wm_catalog_install (WmStore               *store,
                    const WmFrameworkDef  *def,
                    GError               **error)
{
  g_autofree char *now = now_iso8601 ();
  gboolean exists = FALSE;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (def != NULL, FALSE);

  if (!wm_store_begin (store, error))
    return FALSE;

  if (!wm_catalog_has (store, def->id, &exists, error))
    goto failed;

  if (exists)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS,
                   _("A framework with the id “%s” is already in %s"),
                   def->id, wm_store_get_path (store));
      goto failed;
    }

  if (!wm_store_run (store,
                     "INSERT INTO frameworks (id, version, title, short_title, publisher, licence, "
                     "  attribution, source, description, label_heading, label_element, label_strand, "
                     "  label_level, label_descriptor, scoring, position, installed_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "        (SELECT coalesce (max (position) + 1, 0) FROM frameworks), ?)",
                     error, 16,
                     's', def->id, 's', def->version, 's', def->title, 's', def->short_title,
                     's', def->publisher, 's', def->licence, 's', def->attribution, 's', def->source,
                     's', def->description, 's', def->label_heading, 's', def->label_element,
                     's', def->label_strand, 's', def->label_level, 's', def->label_descriptor,
                     's', def->scoring, 's', now) ||
      !wm_catalog_write_tree (store, def, error) ||
      !wm_store_commit (store, error))
    goto failed;

  wm_store_emit_frameworks_changed (store);
  return TRUE;

failed:
  wm_store_rollback (store);
  return FALSE;
}

guint
wm_catalog_count_judged (WmStore     *store,
                         const char  *framework_id,
                         GError     **error)
{
  /* Judged: rated anything but the first rating of the scale, "not yet started". */
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT count(*) FROM judgements j "
    "JOIN ratings r ON r.framework_id = j.framework_id AND r.id = j.rating_id "
    "JOIN descriptors d ON d.framework_id = j.framework_id AND d.id = j.descriptor_id "
    "WHERE j.framework_id = ?1 AND r.position > 0 AND d.retired_in IS NULL", error);
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = (guint) sqlite3_column_int (stmt, 0);
  else
    wm_store_set_error (store, rc, error, _("Could not count judgements"));
  sqlite3_reset (stmt);
  return n;
}

/**
 * wm_catalog_list:
 *
 * Returns: (transfer full): a #GListModel of #WmFrameworkInfo, in sidebar order
 */
GListModel *
wm_catalog_list (WmStore  *store,
                 GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (WM_TYPE_FRAMEWORK_INFO);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  stmt = wm_store_prepare (store,
    "SELECT f.id, f.title, f.short_title, f.version, f.publisher, f.licence, f.attribution,"
    "  (SELECT count(DISTINCT s.element_id) FROM descriptors d JOIN strands s"
    "     ON s.framework_id = d.framework_id AND s.id = d.strand_id"
    "   WHERE d.framework_id = f.id AND d.retired_in IS NULL),"
    "  (SELECT count(DISTINCT d.strand_id) FROM descriptors d"
    "   WHERE d.framework_id = f.id AND d.retired_in IS NULL),"
    "  (SELECT count(*) FROM descriptors d WHERE d.framework_id = f.id AND d.retired_in IS NULL),"
    "  (SELECT count(*) FROM judgements j"
    "     JOIN ratings r ON r.framework_id = j.framework_id AND r.id = j.rating_id"
    "     JOIN descriptors d ON d.framework_id = j.framework_id AND d.id = j.descriptor_id"
    "   WHERE j.framework_id = f.id AND r.position > 0 AND d.retired_in IS NULL) "
    "FROM frameworks f ORDER BY f.position", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WmFrameworkInfo) info =
        g_object_new (WM_TYPE_FRAMEWORK_INFO,
                      "id", wm_column_text (stmt, 0),
                      "title", wm_column_text (stmt, 1),
                      "short-title", wm_column_text (stmt, 2),
                      "version", wm_column_text (stmt, 3),
                      "publisher", wm_column_text (stmt, 4),
                      "licence", wm_column_text (stmt, 5),
                      "attribution", wm_column_text (stmt, 6),
                      "n-elements", (guint) sqlite3_column_int (stmt, 7),
                      "n-strands", (guint) sqlite3_column_int (stmt, 8),
                      "n-descriptors", (guint) sqlite3_column_int (stmt, 9),
                      "n-judged", (guint) sqlite3_column_int (stmt, 10),
                      NULL);
      g_list_store_append (list, info);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the frameworks"));
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

static void
ensure_resources (void)
{
  static gsize registered = 0;

  /* Registered by hand: a constructor in a static library is dropped by the linker. */
  if (g_once_init_enter (&registered))
    {
      wm_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

/* The sidebar order of the frameworks that ship; any other bundled file follows, by id. */
static const char * const bundled_order[] = { "lqf", "becta-steps", "habits", "eef-pillars" };

static int
bundled_rank (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (bundled_order); i++)
    if (g_str_equal (id, bundled_order[i]))
      return (int) i;
  return G_N_ELEMENTS (bundled_order);
}

static int
compare_bundled (gconstpointer a,
                 gconstpointer b)
{
  const char *id_a = *(const char * const *) a;
  const char *id_b = *(const char * const *) b;
  int rank = bundled_rank (id_a) - bundled_rank (id_b);

  return rank != 0 ? rank : strcmp (id_a, id_b);
}

/**
 * wm_catalog_bundled_ids:
 *
 * Returns: (transfer full): the ids of the frameworks that ship with Waymark,
 *   in the order a new school file lists them
 */
GStrv
wm_catalog_bundled_ids (void)
{
  g_auto(GStrv) children = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GStrv ids;

  ensure_resources ();
  children = g_resources_enumerate_children (BUNDLED_PATH, 0, NULL);
  for (guint i = 0; children != NULL && children[i]; i++)
    if (g_str_has_suffix (children[i], ".json"))
      {
        g_autofree char *id = g_strndup (children[i], strlen (children[i]) - strlen (".json"));
        g_strv_builder_add (builder, id);
      }

  ids = g_strv_builder_end (builder);
  qsort (ids, g_strv_length (ids), sizeof (char *), compare_bundled);
  return ids;
}

WmFrameworkDef *
wm_catalog_load_bundled (const char  *id,
                         GError     **error)
{
  g_autofree char *path = g_strconcat (BUNDLED_PATH, id, ".json", NULL);
  g_autofree char *name = g_strconcat (id, ".json", NULL);
  g_autoptr(GBytes) bytes = NULL;

  ensure_resources ();
  bytes = g_resources_lookup_data (path, 0, error);
  if (bytes == NULL)
    return NULL;

  return wm_framework_load_bytes (bytes, name, error);
}

/* Installs every bundled framework that this school file has not been offered
 * yet, once per framework in the life of the file: a framework the school later
 * removes is not forced back on it, and one that a newer Waymark brings is
 * added. A run cut short resumes where it stopped. */
gboolean
wm_catalog_install_bundled (WmStore  *store,
                            GError  **error)
{
  g_auto(GStrv) ids = wm_catalog_bundled_ids ();

  for (guint i = 0; ids[i]; i++)
    {
      g_autofree char *key = g_strconcat ("bundled-offered:", ids[i], NULL);
      g_autoptr(WmFrameworkDef) def = NULL;
      g_autofree char *now = NULL;
      gboolean offered = FALSE;
      gboolean exists = FALSE;

      if (!row_exists (store, "SELECT 1 FROM school WHERE key = ?1", key, &offered, error))
        return FALSE;
      if (offered)
        continue;

      if (!(def = wm_catalog_load_bundled (ids[i], error)) ||
          !wm_catalog_has (store, def->id, &exists, error) ||
          (!exists && !wm_catalog_install (store, def, error)))
        return FALSE;

      now = now_iso8601 ();
      if (!wm_store_run (store, "INSERT INTO school (key, value) VALUES (?, ?)",
                         error, 2, 's', key, 's', now))
        return FALSE;
    }

  return TRUE;
}

/**
 * wm_catalog_open_school:
 * @path: (nullable): the school file, or %NULL for the default one
 *
 * Opens a school file as the app and the CLI do: a new file receives the
 * frameworks that ship with Waymark.
 */
WmStore *
wm_catalog_open_school (const char  *path,
                        GError     **error)
{
  g_autofree char *default_path = path ? NULL : wm_store_default_path ();
  g_autoptr(WmStore) store = wm_store_open (path ? path : default_path, error);
  g_autoptr(GError) local_error = NULL;
  GDate today;

  if (store == NULL)
    return NULL;

  if (!wm_catalog_install_bundled (store, error))
    return NULL;

  /* A school file holds a year plan to edit from the start (docs/planner.md); never a second.
   * A file without the habit library (the tests make some) has no draft to hold. */
  if (!wm_plan_get_today (&today, error))
    return NULL;
  if (!wm_plan_create_draft (store, &today, &local_error) &&
      !g_error_matches (local_error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&store);
}
