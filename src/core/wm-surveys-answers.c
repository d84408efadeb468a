/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-surveys"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-store-private.h"
#include "wm-surveys.h"

/*
 * The answers of a survey round: recording a respondent's (in place of what they said before,
 * in one transaction), forgetting them, and who answered.
 */

/* A respondent's label, trimmed, or NULL with @error set. */
static char *
check_respondent (const char  *respondent,
                  GError     **error)
{
  g_autofree char *label = g_strstrip (g_strdup (respondent != NULL ? respondent : ""));

  if (*label == '\0')
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Name the respondent, by role or initials"));
      return NULL;
    }
  if (!g_utf8_validate (label, -1, NULL) || g_utf8_strlen (label, -1) > WM_SURVEYS_RESPONDENT_MAX)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("“%s” is too long for a respondent: name them by role or initials, in at "
                     "most %d characters"), label, WM_SURVEYS_RESPONDENT_MAX);
      return NULL;
    }
  return g_steal_pointer (&label);
}

/* Every answer a question of @round's framework, asked once, with a score on the scale. */
static gboolean
check_answers (WmStore               *store,
               WmSurveyRound         *round,
               const WmSurveyAnswer  *answers,
               guint                  n_answers,
               const char            *respondent,
               GError               **error)
{
  const char *framework_id = wm_survey_round_get_framework_id (round);
  g_autoptr(GPtrArray) questions = wm_surveys_questions (store, framework_id, error);
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (questions == NULL)
    return FALSE;
  for (guint i = 0; i < questions->len; i++)
    g_hash_table_add (known, ((WmSurveyQuestion *) questions->pdata[i])->descriptor_id);

  if (n_answers == 0)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("No answers to record for %s"), respondent);
      return FALSE;
    }

  for (guint i = 0; i < n_answers; i++)
    {
      const char *id = answers[i].descriptor_id != NULL ? answers[i].descriptor_id : "";

      if (!g_hash_table_contains (known, id))
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                       _("“%s” is not a question of survey round “%s” (framework %s)"),
                       id, wm_survey_round_get_name (round), framework_id);
          return FALSE;
        }
      if (!g_hash_table_add (seen, (char *) id))
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                       _("%s answered “%s” twice"), respondent, id);
          return FALSE;
        }
      if (answers[i].score < WM_SURVEYS_MIN_SCORE || answers[i].score > WM_SURVEYS_MAX_SCORE)
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                       _("Scores run from %d to %d: %d is not one (%s)"), WM_SURVEYS_MIN_SCORE,
                       WM_SURVEYS_MAX_SCORE, answers[i].score, id);
          return FALSE;
        }
    }
  return TRUE;
}

/* Forgets what @respondent (in any ASCII case) said in the round; @deleted says whether they
 * had said anything. */
static gboolean
delete_answers (WmStore     *store,
                gint64       round_id,
                const char  *respondent,
                gboolean    *deleted,
                GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "DELETE FROM survey_responses WHERE round_id = ?1 AND lower (respondent) = lower (?2)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_text (stmt, 2, respondent, -1, SQLITE_TRANSIENT);
  if (!wm_store_step_done (store, stmt, error))
    return FALSE;
  *deleted = sqlite3_changes (wm_store_get_db (store)) > 0;
  return TRUE;
}

/**
 * wm_surveys_record:
 * @respondent: a role or initials, at most %WM_SURVEYS_RESPONDENT_MAX characters
 * @answers: (array length=n_answers): some or all of the round's questions, each once
 *
 * Records what @respondent answered in the round, in one transaction, in place of anything
 * they answered before (the same label in another ASCII case is the same respondent).
 */
gboolean
wm_surveys_record (WmStore               *store,
                   gint64                 round_id,
                   const char            *respondent,
                   const WmSurveyAnswer  *answers,
                   guint                  n_answers,
                   GError               **error)
{
  g_autofree char *label = NULL;
  g_autoptr(WmSurveyRound) round = NULL;
  gboolean deleted;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (answers != NULL || n_answers == 0, FALSE);

  if (!(label = check_respondent (respondent, error)))
    return FALSE;

  if (!wm_store_begin (store, error))
    return FALSE;

  if (!(round = wm_surveys_get_round (store, round_id, error)) ||
      !check_answers (store, round, answers, n_answers, label, error) ||
      !delete_answers (store, round_id, label, &deleted, error))
    goto failed;

  for (guint i = 0; i < n_answers; i++)
    {
      sqlite3_stmt *stmt = wm_store_prepare (store,
        "INSERT INTO survey_responses (round_id, respondent, descriptor_id, score) "
        "VALUES (?1, ?2, ?3, ?4)", error);

      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, round_id);
      sqlite3_bind_text (stmt, 2, label, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, answers[i].descriptor_id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 4, answers[i].score);
      if (!wm_store_step_done (store, stmt, error))
        goto failed;
    }

  if (!wm_store_commit (store, error))
    goto failed;

  wm_store_emit_changed (store, "surveys", wm_survey_round_get_framework_id (round));
  return TRUE;

failed:
  wm_store_rollback (store);
  return FALSE;
}

/* Forgets everything @respondent answered in the round. */
gboolean
wm_surveys_remove_respondent (WmStore     *store,
                              gint64       round_id,
                              const char  *respondent,
                              GError     **error)
{
  g_autoptr(WmSurveyRound) round = NULL;
  gboolean deleted = FALSE;

  if (!wm_store_begin (store, error))
    return FALSE;

  if (!(round = wm_surveys_get_round (store, round_id, error)) ||
      !delete_answers (store, round_id, respondent != NULL ? respondent : "", &deleted, error))
    goto failed;

  if (!deleted)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("Nobody called “%s” answered survey round “%s”"),
                   respondent != NULL ? respondent : "", wm_survey_round_get_name (round));
      goto failed;
    }

  if (!wm_store_commit (store, error))
    goto failed;

  wm_store_emit_changed (store, "surveys", wm_survey_round_get_framework_id (round));
  return TRUE;

failed:
  wm_store_rollback (store);
  return FALSE;
}

/**
 * wm_surveys_respondents:
 *
 * Returns: (transfer full): who answered the round, alphabetically
 */
GStrv
wm_surveys_respondents (WmStore  *store,
                        gint64    round_id,
                        GError  **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(WmSurveyRound) round = wm_surveys_get_round (store, round_id, error);
  sqlite3_stmt *stmt;
  int rc;

  if (round == NULL)
    return NULL;

  stmt = wm_store_prepare (store,
    "SELECT DISTINCT respondent FROM survey_responses WHERE round_id = ?1 "
    "ORDER BY respondent COLLATE NOCASE, respondent", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, round_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup (wm_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the survey's answers"));
      return NULL;
    }

  g_ptr_array_add (names, NULL);
  g_ptr_array_set_free_func (names, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}
