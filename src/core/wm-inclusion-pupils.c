/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-private.h"

/*
 * Pupils of an inclusion cohort and their needs by EEF pillar. A pupil is a pseudonymous code
 * and nothing more: Waymark never asks for a name, and refuses anything that looks like one.
 */

#define CODE_MIN 2
#define CODE_MAX 12

static const char code_example[] = "AB07";

/**
 * wm_inclusion_check_code:
 * @code: a pupil's code, as typed; spaces at either end do not count
 *
 * A code is 2 to 12 letters, digits and hyphens, with at least one digit: "AB07", "Y5-12".
 * Anything with a space in it, or without a digit, is most likely a name, and refused.
 */
gboolean
wm_inclusion_check_code (const char  *code,
                         GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (code ? code : ""));
  gboolean has_digit = FALSE;
  gsize length = strlen (clean);

  if (length == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("A pupil needs a code, such as %s"), code_example);
      return FALSE;
    }

  for (const char *c = clean; *c != '\0'; c++)
    if (g_ascii_isspace (*c))
      {
        g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                     _("Use a code such as %s, not a name: Waymark never keeps pupils' names"),
                     code_example);
        return FALSE;
      }

  for (const char *c = clean; *c != '\0'; c++)
    {
      has_digit |= g_ascii_isdigit (*c);
      if (!g_ascii_isalnum (*c) && *c != '-')
        length = 0;
    }
  if (length < CODE_MIN || length > CODE_MAX)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("“%s” is not a pupil code: a code has %d to %d letters, digits or hyphens, "
                     "such as %s"), clean, CODE_MIN, CODE_MAX, code_example);
      return FALSE;
    }
  if (!has_digit)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("“%s” has no number in it. Use a code such as %s, not a name: Waymark never "
                     "keeps pupils' names"), clean, code_example);
      return FALSE;
    }
  return TRUE;
}

/* The code as it is kept: trimmed, upper case. */
static char *
normalize_code (const char *code)
{
  g_autofree char *clean = g_strstrip (g_strdup (code));

  return g_ascii_strup (clean, -1);
}

/**
 * wm_inclusion_suggest_code:
 * @initials: one to three letters, such as "ab"
 *
 * The next code for those initials: "AB01", then "AB02" …, numbered after the highest such code
 * in any cohort, so that a code names one pupil across the whole file and an erased pupil's code
 * is not handed out again while higher ones remain.
 *
 * Returns: the code, or %NULL with @error set
 */
char *
wm_inclusion_suggest_code (WmStore     *store,
                           gint64       cohort_id,
                           const char  *initials,
                           GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (initials ? initials : ""));
  g_autofree char *upper = NULL;
  sqlite3_stmt *stmt;
  gsize length = strlen (clean);
  guint64 highest = 0;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  for (const char *c = clean; *c != '\0'; c++)
    if (!g_ascii_isalpha (*c))
      length = 0;
  if (length < 1 || length > 3)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("“%s” are not initials: give one to three letters, such as AB"), clean);
      return NULL;
    }
  upper = g_ascii_strup (clean, -1);

  if (!wm_inclusion_check_cohort (store, cohort_id, error))
    return NULL;

  stmt = wm_store_prepare (store,
    "SELECT substr (code, ?2 + 1) FROM inclusion_pupils WHERE substr (code, 1, ?2) = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, upper, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) length);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *number = wm_column_text (stmt, 0);
      guint64 value;

      /* Only the initials and a number count: "AB07", not "ABC07" or "AB-7". */
      if (g_ascii_string_to_unsigned (number, 10, 0, G_MAXUINT32, &value, NULL) &&
          g_ascii_isdigit (*number))
        highest = MAX (highest, value);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the pupils' codes"));
      return NULL;
    }

  return g_strdup_printf ("%s%02" G_GUINT64_FORMAT, upper, highest + 1);
}

/* Returns: the new pupil's id, or 0 with @error set. The code is kept in upper case. */
gint64
wm_inclusion_add_pupil (WmStore     *store,
                        gint64       cohort_id,
                        const char  *code,
                        GError     **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *stamp = wm_inclusion_now_stamp ();
  g_autoptr(WmInclusionCohort) cohort = NULL;
  WmInclusionWrite write;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), 0);

  if (!wm_inclusion_check_code (code, error))
    return 0;
  clean = normalize_code (code);

  if (!wm_inclusion_write_begin (store, &write, error))
    return 0;
  if ((cohort = wm_inclusion_get_cohort (store, cohort_id, error)) == NULL)
    goto failed;

  stmt = wm_store_prepare (store,
    "SELECT 1 FROM inclusion_pupils WHERE cohort_id = ?1 AND code = ?2", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, cohort_id);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS,
                   _("Cohort “%s” already has a pupil %s"),
                   wm_inclusion_cohort_get_name (cohort), clean);
      goto failed;
    }
  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the pupils' codes"));
      goto failed;
    }

  stmt = wm_store_prepare (store,
    "INSERT INTO inclusion_pupils (cohort_id, code, added_at) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, cohort_id);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_TRANSIENT);
  return wm_inclusion_write_insert (store, &write, stmt, error);

failed:
  wm_inclusion_write_rollback (store, &write);
  return 0;
}

/**
 * wm_inclusion_find_pupil:
 * @name: a code ("AB07"), or a cohort and a code ("2025-26:AB07") when several cohorts have it
 *
 * Returns: the pupil's id, or 0 with @error set
 */
gint64
wm_inclusion_find_pupil (WmStore     *store,
                         const char  *name,
                         GError     **error)
{
  const char *colon = strrchr (name ? name : "", ':');
  g_autofree char *cohort = colon ? g_strstrip (g_strndup (name, (gsize) (colon - name))) : NULL;
  g_autofree char *code = normalize_code (colon ? colon + 1 : name ? name : "");
  sqlite3_stmt *stmt;
  gint64 id = 0;
  guint n_found = 0;
  int rc;

  g_return_val_if_fail (WM_IS_STORE (store), 0);

  stmt = wm_store_prepare (store,
    "SELECT p.id FROM inclusion_pupils p JOIN inclusion_cohorts c ON c.id = p.cohort_id "
    "WHERE p.code = ?1 AND (?2 IS NULL OR c.name = ?2 COLLATE NOCASE)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, cohort, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      n_found++;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not look up the pupil"));
      return 0;
    }
  if (n_found == 0 && cohort != NULL)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No pupil %s in inclusion cohort “%s”"), code, cohort);
  else if (n_found == 0)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No pupil with the code %s in %s"), code, wm_store_get_path (store));
  else if (n_found > 1)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_AMBIGUOUS,
                 _("Several cohorts have a pupil %s: name it as COHORT:%s"), code, code);
  return n_found == 1 ? id : 0;
}

/* ?1: one cohort or NULL; ?2: one pupil or NULL. */
static const char select_pupils[] =
  "SELECT p.id, p.cohort_id, c.name, p.code, p.added_at,"
  "       (SELECT count(*) FROM inclusion_interventions i WHERE i.pupil_id = p.id) "
  "FROM inclusion_pupils p JOIN inclusion_cohorts c ON c.id = p.cohort_id "
  "WHERE (?1 IS NULL OR p.cohort_id = ?1) AND (?2 IS NULL OR p.id = ?2) "
  "ORDER BY p.cohort_id, p.code";

/* A pupil's needs, in the order of the pillars in their framework. */
static const char select_needs[] =
  "SELECT n.pillar_id, n.note FROM inclusion_needs n "
  "LEFT JOIN elements e ON e.framework_id = '" WM_INCLUSION_PILLARS_FRAMEWORK "'"
  "                    AND e.id = n.pillar_id "
  "LEFT JOIN headings h ON h.framework_id = e.framework_id AND h.id = e.heading_id "
  "WHERE n.pupil_id = ?1 "
  "ORDER BY h.position IS NULL, h.position, e.position, n.pillar_id";

static WmInclusionPupil *
read_pupil (WmStore       *store,
            sqlite3_stmt  *row,
            GError       **error)
{
  g_autoptr(GPtrArray) pillars = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = wm_store_prepare (store, select_needs, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, sqlite3_column_int64 (row, 0));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (pillars, g_strdup (wm_column_text (stmt, 0)));
      g_ptr_array_add (notes, g_strdup (wm_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the pupil's needs"));
      return NULL;
    }
  g_ptr_array_add (pillars, NULL);
  g_ptr_array_add (notes, NULL);

  return wm_inclusion_pupil_new (sqlite3_column_int64 (row, 0), sqlite3_column_int64 (row, 1),
                                 wm_column_text (row, 2), wm_column_text (row, 3),
                                 wm_column_text (row, 4),
                                 (const char * const *) pillars->pdata,
                                 (const char * const *) notes->pdata,
                                 (guint) sqlite3_column_int (row, 5));
}

static GListModel *
select_pupil_list (WmStore  *store,
                   gint64    cohort_id,
                   gint64    pupil_id,
                   GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (WM_TYPE_INCLUSION_PUPIL);
  sqlite3_stmt *stmt = wm_store_prepare (store, select_pupils, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (cohort_id > 0)
    sqlite3_bind_int64 (stmt, 1, cohort_id);
  if (pupil_id > 0)
    sqlite3_bind_int64 (stmt, 2, pupil_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WmInclusionPupil) pupil = read_pupil (store, stmt, error);

      if (pupil == NULL)
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      g_list_store_append (list, pupil);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the pupils"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gboolean
set_pupil_not_found (WmStore  *store,
                     gint64    pupil_id,
                     GError  **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, pupil_id);

  g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
               _("No pupil %s in %s"), number, wm_store_get_path (store));
  return FALSE;
}

WmInclusionPupil *
wm_inclusion_get_pupil (WmStore  *store,
                        gint64    pupil_id,
                        GError  **error)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (pupil_id <= 0)
    {
      set_pupil_not_found (store, pupil_id, error);
      return NULL;
    }
  if ((list = select_pupil_list (store, 0, pupil_id, error)) == NULL)
    return NULL;
  if (g_list_model_get_n_items (list) == 0)
    {
      set_pupil_not_found (store, pupil_id, error);
      return NULL;
    }
  return g_list_model_get_item (list, 0);
}

/**
 * wm_inclusion_list_pupils:
 * @cohort_id: one cohort, or 0 for every cohort
 *
 * Returns: (transfer full): WmInclusionPupil items, by cohort then by code
 */
GListModel *
wm_inclusion_list_pupils (WmStore  *store,
                          gint64    cohort_id,
                          GError  **error)
{
  g_return_val_if_fail (WM_IS_STORE (store), NULL);

  if (cohort_id > 0 && !wm_inclusion_check_cohort (store, cohort_id, error))
    return NULL;
  return select_pupil_list (store, cohort_id, 0, error);
}

gboolean
wm_inclusion_check_pupil (WmStore  *store,
                          gint64    pupil_id,
                          GError  **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT 1 FROM inclusion_pupils WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pupil_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    return set_pupil_not_found (store, pupil_id, error);
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not look up the pupil"));
  return TRUE;
}
