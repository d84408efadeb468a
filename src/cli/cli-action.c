/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

/*
 * waymark-cli's action plan commands: action add, action list, action set.
 *
 * "Today", for OVERDUE, is the local date; the environment variable WAYMARK_TODAY=YYYY-MM-DD
 * fixes it, for tests (docs/actions.md).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "wm-plan.h"
#include "wm-actions.h"
#include "wm-judgements.h"

/* One line of `action list`: id, due, status, owner, title, descriptors [, OVERDUE]. */
static void
print_action (WmAction *action,
              GDate    *today)
{
  g_autofree char *descriptors = wm_action_dup_descriptors_label (action);
  const char *due = wm_action_get_due_on (action);
  const char *owner = wm_action_get_owner (action);

  g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s%s\n", wm_action_get_id (action),
           due ? due : "-", wm_action_get_status (action), *owner ? owner : "-",
           wm_action_get_title (action), descriptors,
           wm_action_is_overdue (action, today) ? "\tOVERDUE" : "");
}

int
cli_action_add (WmStore          *store,
                char            **args,
                guint             n_args,
                const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) descriptors = g_ptr_array_new ();
  g_autoptr(WmAction) action = NULL;
  g_autofree char *author = wm_judgements_default_author ();
  g_autofree char *label = NULL;
  gint64 id;

  for (guint i = 1; i < n_args; i++)
    g_ptr_array_add (descriptors, args[i]);
  g_ptr_array_add (descriptors, NULL);

  id = wm_actions_add (store, NULL, (const char * const *) descriptors->pdata, args[0],
                       options->owner, options->due, options->target, author, &error);
  if (id == 0 || !(action = wm_actions_get (store, id, &error)))
    return cli_fail (error);

  label = wm_action_dup_descriptors_label (action);
  g_print ("action %" G_GINT64_FORMAT ": %s (%s)\n", id, wm_action_get_title (action), label);
  return 0;
}

int
cli_action_list (WmStore          *store,
                 char            **args,
                 guint             n_args,
                 const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) actions = NULL;
  WmActionQuery query = { .owner = options->owner, .order = WM_ACTIONS_BY_DUE };
  GDate today;

  if (!wm_plan_get_today (&today, &error) || !(actions = wm_actions_list (store, &query, &error)))
    return cli_fail (error);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(WmAction) action = g_list_model_get_item (actions, i);

      print_action (action, &today);
    }

  if (g_list_model_get_n_items (actions) == 0)
    {
      if (options->owner != NULL)
        g_print (_("No actions owned by %s\n"), options->owner);
      else
        g_print (_("No actions yet\n"));
    }
  return 0;
}

/* Owner, due and target are taken away with "-" (what `action list` shows for none) or "". */
static const char *
value_or_none (const char *value)
{
  return g_str_equal (value, "-") ? "" : value;
}

int
cli_action_set (WmStore          *store,
                char            **args,
                guint             n_args,
                const CliOptions *options)
{
  const char *field = args[1];
  const char *value = args[2];
  g_autoptr(GError) error = NULL;
  g_autoptr(WmAction) action = NULL;
  gboolean ok;
  gint64 id = 0;
  GDate today;

  if (!g_ascii_string_to_signed (args[0], 10, 1, G_MAXINT64, &id, NULL))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not an action number (see waymark-cli action list)"), args[0]);
      return cli_fail (error);
    }

  if (!wm_plan_get_today (&today, &error))
    return cli_fail (error);

  if (g_str_equal (field, "status"))
    ok = wm_actions_set_status (store, id, value, &error);
  else if (g_str_equal (field, "due"))
    ok = wm_actions_set_due (store, id, value_or_none (value), &error);
  else if (g_str_equal (field, "owner"))
    ok = wm_actions_set_owner (store, id, value_or_none (value), &error);
  else if (g_str_equal (field, "title"))
    ok = wm_actions_set_title (store, id, value, &error);
  else if (g_str_equal (field, "notes"))
    ok = wm_actions_set_notes (store, id, value, &error);
  else if (g_str_equal (field, "target"))
    ok = wm_actions_set_target (store, id, value_or_none (value), &error);
  else
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a field of an action (use status, due, owner, title, notes "
                     "or target)"), field);
      ok = FALSE;
    }

  if (!ok || !(action = wm_actions_get (store, id, &error)))
    return cli_fail (error);

  print_action (action, &today);
  return 0;
}
