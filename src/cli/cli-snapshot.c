/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "wm-judgements.h"
#include "wm-scoring.h"
#include "wm-snapshots.h"

/*
 * waymark-cli's snapshot and score commands.
 */

/* "lqf  Baseline  2026-09-01  3 of 96 judged  version 1  Head" */
static void
print_snapshot (WmSnapshot *snapshot)
{
  g_print (_("%s\t%s\t%s\t%u of %u judged\tversion %s\t%s\n"),
           wm_snapshot_get_framework_id (snapshot), wm_snapshot_get_name (snapshot),
           wm_snapshot_get_taken_on (snapshot), wm_snapshot_get_n_judged (snapshot),
           wm_snapshot_get_n_descriptors (snapshot), wm_snapshot_get_framework_version (snapshot),
           wm_snapshot_get_created_by (snapshot));
}

int
cli_snapshot_create (WmStore          *store,
                     char            **args,
                     guint             n_args,
                     const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmSnapshot) snapshot = NULL;
  g_autofree char *author = wm_judgements_default_author ();
  gint64 id;

  if (!(id = wm_snapshots_create (store, args[0], args[1], options->date, author, &error)) ||
      !(snapshot = wm_snapshots_get (store, id, &error)))
    return cli_fail (error);

  print_snapshot (snapshot);
  return 0;
}

int
cli_snapshot_list (WmStore          *store,
                   char            **args,
                   guint             n_args,
                   const CliOptions *options)
{
  const char *framework_id = n_args > 0 ? args[0] : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = wm_snapshots_list (store, framework_id, &error);
  guint n;

  if (list == NULL)
    return cli_fail (error);

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmSnapshot) snapshot = g_list_model_get_item (list, i);

      print_snapshot (snapshot);
    }

  if (n == 0 && framework_id != NULL)
    g_print (_("Framework %s has no snapshots yet\n"), framework_id);
  else if (n == 0)
    g_print (_("No snapshots yet\n"));
  return 0;
}

static gboolean
is_now (const char *name)
{
  return g_ascii_strcasecmp (name, "now") == 0;
}

/* Finds @name (or now), a snapshot of @framework_id when that is known. */
static gboolean
resolve_side (WmStore     *store,
              const char  *name,
              char       **framework_id,
              gint64      *id,
              GError     **error)
{
  g_autofree char *found_in = NULL;

  if (is_now (name))
    {
      *id = WM_SNAPSHOT_NOW;
      return TRUE;
    }
  if (!wm_snapshots_find (store, name, *framework_id, id, &found_in, error))
    return FALSE;

  if (*framework_id != NULL && !g_str_equal (*framework_id, found_in))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("“%s” is a snapshot of %s, not of %s"),
                   name, found_in, *framework_id);
      return FALSE;
    }
  if (*framework_id == NULL)
    *framework_id = g_steal_pointer (&found_in);
  return TRUE;
}

int
cli_snapshot_diff (WmStore          *store,
                   char            **args,
                   guint             n_args,
                   const CliOptions *options)
{
  const char *arrows[] = { "↑", "↓", "→", "+", "-" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) moves = NULL;
  g_autofree char *framework_id = NULL;
  guint counts[G_N_ELEMENTS (arrows)] = { 0, };
  gint64 from = WM_SNAPSHOT_NOW;
  gint64 to = WM_SNAPSHOT_NOW;
  gboolean later_first;

  if (is_now (args[0]) && is_now (args[1]))
    return cli_usage (_("snapshot diff compares a snapshot: name one, as NAME or FRAMEWORK:NAME"));

  /* The side that names a snapshot says which framework; the other is looked for in it. */
  later_first = is_now (args[0]);
  if (!resolve_side (store, args[later_first ? 1 : 0], &framework_id, later_first ? &to : &from, &error) ||
      !resolve_side (store, args[later_first ? 0 : 1], &framework_id, later_first ? &from : &to, &error) ||
      !(moves = wm_snapshots_compare (store, framework_id, from, to, &error)))
    return cli_fail (error);

  for (guint i = 0; i < g_list_model_get_n_items (moves); i++)
    {
      g_autoptr(WmMove) move = g_list_model_get_item (moves, i);
      WmMoveDirection direction = wm_move_get_direction (move);
      const char *from_name = wm_move_get_from_rating_name (move);
      const char *to_name = wm_move_get_to_rating_name (move);

      counts[direction]++;
      g_print ("%s\t%s\t%s\t%s\n", wm_move_get_descriptor_id (move),
               from_name ? from_name : _("(added)"), arrows[direction],
               to_name ? to_name : _("(removed)"));
    }

  g_print (_("%u up, %u down, %u changed"),
           counts[WM_MOVE_UP], counts[WM_MOVE_DOWN], counts[WM_MOVE_CHANGED]);
  if (counts[WM_MOVE_ADDED] + counts[WM_MOVE_REMOVED] > 0)
    g_print (_(", %u added, %u removed (the framework was upgraded in between)"),
             counts[WM_MOVE_ADDED], counts[WM_MOVE_REMOVED]);
  g_print ("\n");
  return 0;
}

static char *
format_score (gboolean has_score,
              double   score,
              double   max)
{
  if (!has_score)
    return g_strdup (_("none"));
  return g_strdup_printf ("%.2f / %g", score, max);
}

int
cli_score (WmStore          *store,
           char            **args,
           guint             n_args,
           const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmScores) scores = NULL;
  g_autofree char *framework_id = g_strdup (args[0]);
  g_autofree char *overall = NULL;
  gint64 snapshot_id = WM_SNAPSHOT_NOW;

  if ((options->snapshot != NULL &&
       !resolve_side (store, options->snapshot, &framework_id, &snapshot_id, &error)) ||
      !(scores = wm_scoring_compute (store, framework_id, snapshot_id, &error)))
    return cli_fail (error);

  for (guint i = 0; i < scores->elements->len; i++)
    {
      const WmElementScore *element = g_ptr_array_index (scores->elements, i);
      g_autofree char *score = format_score (element->has_score, element->score, element->max);

      g_print ("%s\t%s\t%s\t%s\n", element->id, element->title, score, element->explanation);
    }

  overall = format_score (scores->has_score, scores->score, scores->max);
  g_print (_("Overall\t%s\t%s\n"), overall, scores->explanation);
  return 0;
}
