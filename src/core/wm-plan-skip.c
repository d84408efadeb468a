/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-plan-skip"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-plan-private.h"

/*
 * Skipped months: a holiday, a busy term. A skipped month holds no session; skipping one that
 * holds a session moves the habits on (see move_on()).
 */

/* Empties @month before it is skipped: its session moves on to the next month that is not
 * skipped, that month's session to the one after, and so on until a free month takes the
 * last, so the habits keep their order. Fails when no free month is left after @month. */
static gboolean
move_on (WmStore     *store,
         WmPlanYear  *year,
         const char  *month,
         gint64       session_id,
         GError     **error)
{
  gint64 year_id = wm_plan_year_get_id (year);
  g_autoptr(GArray) moving = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  gboolean found_free = FALSE;
  guint i;

  g_array_append_val (moving, session_id);
  for (i = 0; wm_plan_year_get_month (year, i) != NULL; i++)
    if (g_str_equal (wm_plan_year_get_month (year, i), month))
      break;

  for (i++; !found_free && wm_plan_year_get_month (year, i) != NULL; i++)
    {
      const char *next = wm_plan_year_get_month (year, i);
      gboolean skipped = FALSE;
      gint64 held = 0;

      if (!wm_plan_is_skipped (store, year_id, next, &skipped, error) ||
          !wm_plan_find_session (store, year_id, next, &held, error))
        return FALSE;
      if (skipped)
        continue;
      g_ptr_array_add (targets, (gpointer) next);
      if (held == 0)
        found_free = TRUE;
      else
        g_array_append_val (moving, held);
    }

  if (!found_free)
    {
      g_autoptr(WmPlanSession) session = wm_plan_get_session (store, session_id, error);

      if (session != NULL)
        g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                     _("Cannot skip %s: no free month after it in plan year %s to move %s to "
                       "(unskip a month or remove a habit first)"),
                     month, wm_plan_year_get_name (year), wm_plan_session_get_habit_title (session));
      return FALSE;
    }

  /* The last target is free: fill it first, then each month the one before vacated. */
  for (guint k = moving->len; k-- > 0;)
    if (!wm_plan_place_session (store, g_array_index (moving, gint64, k),
                                g_ptr_array_index (targets, k), error))
      return FALSE;
  return TRUE;
}

/**
 * wm_plan_skip_month:
 *
 * Keeps a month free of sessions (a holiday, a busy term). A session already in it moves on
 * with the ones after it (see move_on()); skipping a skipped month changes nothing.
 */
gboolean
wm_plan_skip_month (WmStore     *store,
                    gint64       year_id,
                    const char  *month,
                    GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  gboolean skipped = FALSE;
  gint64 held = 0;

  if (year == NULL)
    return FALSE;
  if (!wm_plan_check_month (year, month, error) ||
      !wm_plan_is_skipped (store, year_id, month, &skipped, error))
    goto failed;
  if (skipped)
    return wm_plan_unchanged (store);
  if (!wm_plan_find_session (store, year_id, month, &held, error) ||
      (held != 0 && !move_on (store, year, month, held, error)) ||
      !wm_store_run (store, "INSERT INTO plan_skipped_months (year_id, month) VALUES (?1, ?2)",
                     error, 2, 'i', (int) year_id, 's', month))
    goto failed;
  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}

/* The month may hold a session again; no session comes back to it by itself. */
gboolean
wm_plan_unskip_month (WmStore     *store,
                      gint64       year_id,
                      const char  *month,
                      GError     **error)
{
  g_autoptr(WmPlanYear) year = wm_plan_begin (store, year_id, error);
  gboolean skipped = FALSE;

  if (year == NULL)
    return FALSE;
  if (!wm_plan_check_month (year, month, error) ||
      !wm_plan_is_skipped (store, year_id, month, &skipped, error))
    goto failed;
  if (!skipped)
    return wm_plan_unchanged (store);
  if (!wm_store_run (store, "DELETE FROM plan_skipped_months WHERE year_id = ?1 AND month = ?2",
                     error, 2, 'i', (int) year_id, 's', month))
    goto failed;
  return wm_plan_commit (store, year, error);

failed:
  wm_store_rollback (store);
  return FALSE;
}
