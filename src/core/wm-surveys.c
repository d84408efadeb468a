/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-surveys"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-action.h"
#include "wm-store-private.h"
#include "wm-surveys.h"

/*
 * Survey rounds and their answers. Each write is one transaction; re-recording a respondent
 * replaces everything they said in that round.
 */

static gboolean
check_framework (WmStore     *store,
                 const char  *framework_id,
                 GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, "SELECT 1 FROM frameworks WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("No framework “%s” in %s"), framework_id, wm_store_get_path (store));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return wm_store_set_error (store, rc, error, _("Could not read the frameworks"));
  return TRUE;
}

/* The round's id, named as written or, when only one round is, in any case; 0 if none, -1 on
 * error. */
static gint64
lookup_round (WmStore     *store,
              const char  *name,
              GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, "SELECT id, name FROM survey_rounds ORDER BY id",
                                         error);
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  gint64 exact = 0, folded = 0;
  guint n_folded = 0;
  int rc;

  if (stmt == NULL)
    return -1;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *other = g_utf8_casefold (wm_column_text (stmt, 1), -1);

      if (g_str_equal (wm_column_text (stmt, 1), name))
        exact = sqlite3_column_int64 (stmt, 0);
      if (g_str_equal (other, wanted) && n_folded++ == 0)
        folded = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the survey rounds"));
      return -1;
    }
  return exact ? exact : n_folded == 1 ? folded : 0;
}

/**
 * wm_surveys_add_round:
 * @held_on: (nullable): YYYY-MM-DD; %NULL for today (local time)
 * @framework_id: (nullable): the framework asked about; %NULL for the EEF pillars
 *
 * Returns: the new round's id, or 0 with @error set
 */
gint64
wm_surveys_add_round (WmStore     *store,
                      const char  *name,
                      const char  *held_on,
                      const char  *framework_id,
                      GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *today = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  sqlite3_stmt *stmt;
  GDate date;
  gint64 id;

  g_return_val_if_fail (WM_IS_STORE (store), 0);

  if (framework_id == NULL)
    framework_id = WM_SURVEYS_DEFAULT_FRAMEWORK;
  if (held_on == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      held_on = today = g_date_time_format (now, "%Y-%m-%d");
    }

  if (*trimmed == '\0')
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED, _("A survey round needs a name"));
      return 0;
    }
  if (!wm_action_parse_date (held_on, &date))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-09-01"), held_on);
      return 0;
    }

  if (!wm_store_begin (store, error))
    return 0;

  if (!check_framework (store, framework_id, error) ||
      !(questions = wm_surveys_questions (store, framework_id, error)))
    goto failed;
  if (questions->len == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Framework %s has no descriptors to ask about"), framework_id);
      goto failed;
    }

  switch (lookup_round (store, trimmed, error))
    {
    case -1:
      goto failed;
    case 0:
      break;
    default:
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS,
                   _("There is already a survey round named “%s”"), trimmed);
      goto failed;
    }

  stmt = wm_store_prepare (store,
    "INSERT INTO survey_rounds (name, held_on, framework_id) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, held_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, framework_id, -1, SQLITE_TRANSIENT);
  if (!wm_store_step_done (store, stmt, error))
    goto failed;
  id = sqlite3_last_insert_rowid (wm_store_get_db (store));

  if (!wm_store_commit (store, error))
    goto failed;

  wm_store_emit_changed (store, "surveys", framework_id);
  return id;

failed:
  wm_store_rollback (store);
  return 0;
}

/* Deletes a round and every answer given in it. */
gboolean
wm_surveys_delete_round (WmStore  *store,
                         gint64    round_id,
                         GError  **error)
{
  g_autoptr(WmSurveyRound) round = NULL;
  sqlite3_stmt *stmt;

  if (!wm_store_begin (store, error))
    return FALSE;

  if (!(round = wm_surveys_get_round (store, round_id, error)) ||
      !(stmt = wm_store_prepare (store, "DELETE FROM survey_rounds WHERE id = ?1", error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, round_id);
  if (!wm_store_step_done (store, stmt, error) || !wm_store_commit (store, error))
    goto failed;

  wm_store_emit_changed (store, "surveys", wm_survey_round_get_framework_id (round));
  return TRUE;

failed:
  wm_store_rollback (store);
  return FALSE;
}

#define ROUND_SELECT \
  "SELECT r.id, r.name, r.held_on, r.framework_id, " \
  "       (SELECT count (DISTINCT respondent) FROM survey_responses WHERE round_id = r.id) " \
  "FROM survey_rounds r "

static WmSurveyRound *
round_from_row (sqlite3_stmt *stmt)
{
  return wm_survey_round_new (sqlite3_column_int64 (stmt, 0), wm_column_text (stmt, 1),
                              wm_column_text (stmt, 2), wm_column_text (stmt, 3),
                              (guint) sqlite3_column_int (stmt, 4));
}

WmSurveyRound *
wm_surveys_get_round (WmStore  *store,
                      gint64    round_id,
                      GError  **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, ROUND_SELECT "WHERE r.id = ?1", error);
  WmSurveyRound *round = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, round_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    round = round_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No survey round %lld"), (long long) round_id);
  else if (rc != SQLITE_ROW)
    wm_store_set_error (store, rc, error, _("Could not read the survey rounds"));
  return round;
}

/* The id of the round named @name (in any case when that is not ambiguous); 0 with @error
 * set when there is none. */
gint64
wm_surveys_find_round (WmStore     *store,
                       const char  *name,
                       GError     **error)
{
  gint64 id = lookup_round (store, name, error);

  if (id == 0)
    g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                 _("No survey round named “%s” (see waymark-cli survey summary)"), name);
  return MAX (id, 0);
}

/**
 * wm_surveys_list_rounds:
 *
 * Returns: (transfer full): a #GListModel of #WmSurveyRound, oldest first
 */
GListModel *
wm_surveys_list_rounds (WmStore  *store,
                        GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (WM_TYPE_SURVEY_ROUND);
  sqlite3_stmt *stmt = wm_store_prepare (store, ROUND_SELECT "ORDER BY r.held_on, r.id", error);
  int rc;

  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(WmSurveyRound) round = round_from_row (stmt);

      g_list_store_append (list, round);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the survey rounds"));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

void
wm_survey_question_free (WmSurveyQuestion *question)
{
  if (question == NULL)
    return;

  g_free (question->descriptor_id);
  g_free (question->pillar_id);
  g_free (question->pillar_title);
  g_free (question->judgement_id);
  g_free (question->judgement_name);
  g_free (question->text);
  g_free (question);
}

/**
 * wm_surveys_questions:
 *
 * Returns: (transfer full): a #GPtrArray of #WmSurveyQuestion, in framework order (pillar by
 *   pillar, judgements in level order); empty for a framework that is not installed
 */
GPtrArray *
wm_surveys_questions (WmStore     *store,
                      const char  *framework_id,
                      GError     **error)
{
  g_autoptr(GPtrArray) questions =
    g_ptr_array_new_with_free_func ((GDestroyNotify) wm_survey_question_free);
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT d.id, e.id, e.title, l.id, l.name, d.text "
    "FROM descriptors d "
    "JOIN strands s ON s.framework_id = d.framework_id AND s.id = d.strand_id "
    "JOIN elements e ON e.framework_id = s.framework_id AND e.id = s.element_id "
    "JOIN headings h ON h.framework_id = e.framework_id AND h.id = e.heading_id "
    "JOIN levels l ON l.framework_id = d.framework_id AND l.id = d.level_id "
    "WHERE d.framework_id = ?1 AND d.retired_in IS NULL "
    "ORDER BY h.position, e.position, s.position, l.position, d.position", error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WmSurveyQuestion *question = g_new0 (WmSurveyQuestion, 1);

      question->descriptor_id = g_strdup (wm_column_text (stmt, 0));
      question->pillar_id = g_strdup (wm_column_text (stmt, 1));
      question->pillar_title = g_strdup (wm_column_text (stmt, 2));
      question->judgement_id = g_strdup (wm_column_text (stmt, 3));
      question->judgement_name = g_strdup (wm_column_text (stmt, 4));
      question->text = g_strdup (wm_column_text (stmt, 5));
      g_ptr_array_add (questions, question);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the survey's questions"));
      return NULL;
    }
  return g_steal_pointer (&questions);
}
