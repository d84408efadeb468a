/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

/*
 * waymark-cli's small-steps log: steps add, steps list, steps delete.
 *
 *   steps add WHO WHAT [SERVES [EVIDENCE]] [--date YYYY-MM-DD]
 *     SERVES is a descriptor (lqf:8.3g, or 8.3g alone) or a habit (habits:absorption, or its
 *     id or title alone); "-" for nothing, when only evidence is given. EVIDENCE is an
 *     evidence number from `evidence list`.
 *   steps list [WORD…]
 *     the timeline, newest first, under a header per ISO week with its count; words filter it.
 *   steps delete ID
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "wm-steps.h"

/* One step: "ID  DATE  WHO  WHAT[  serves X][  evidence: LABEL]", tab-separated. */
static void
print_step (WmStep     *step,
            const char *prefix)
{
  g_autoptr(GString) line = g_string_new (prefix);

  g_string_append_printf (line, "%" G_GINT64_FORMAT "\t%s\t%s\t%s", wm_step_get_id (step),
                          wm_step_get_taken_on (step), wm_step_get_who (step),
                          wm_step_get_what (step));
  if (*wm_step_get_serves_name (step) != '\0')
    g_string_append_printf (line, "\t%s %s", _("serves"), wm_step_get_serves_name (step));
  if (wm_step_get_evidence_id (step) != 0)
    g_string_append_printf (line, "\t%s %s", _("evidence:"), wm_step_get_evidence_label (step));
  g_print ("%s\n", line->str);
}

static gboolean
parse_id (const char *text,
          gint64     *id)
{
  return g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, id, NULL);
}

int
cli_steps_add (WmStore          *store,
               char            **args,
               guint             n_args,
               const CliOptions *options)
{
  const char *serves = n_args > 2 && !g_str_equal (args[2], "-") ? args[2] : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStep) step = NULL;
  gint64 evidence_id = 0;
  gint64 id;

  if (n_args > 3 && !parse_id (args[3], &evidence_id))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not an evidence number (see waymark-cli evidence list)"), args[3]);
      return cli_fail (error);
    }

  id = wm_steps_add (store, args[0], options->date, args[1], serves, evidence_id, &error);
  if (id == 0 || !(step = wm_steps_get (store, id, &error)))
    return cli_fail (error);

  print_step (step, "");
  return 0;
}

/* The week header: "Week of 2026-09-14: 2 steps". */
static void
print_week (const char *week_start,
            guint       n_steps)
{
  g_print (ngettext ("Week of %s: %u step\n", "Week of %s: %u steps\n", n_steps),
           week_start, n_steps);
}

int
cli_steps_list (WmStore          *store,
                char            **args,
                guint             n_args,
                const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) steps = NULL;
  g_autoptr(GString) search = g_string_new (NULL);
  WmStepQuery query = { NULL };
  guint n;

  for (guint i = 0; i < n_args; i++)
    g_string_append_printf (search, "%s%s", i ? " " : "", args[i]);
  query.search = search->str;
  if (!(steps = wm_steps_list (store, &query, &error)))
    return cli_fail (error);

  n = g_list_model_get_n_items (steps);
  if (n == 0)
    {
      if (search->len > 0)
        g_print (_("No small steps match “%s”\n"), search->str);
      else
        g_print (_("No small steps yet\n"));
      return 0;
    }

  /* Newest first, so each week's steps come together: count them before printing. */
  for (guint i = 0; i < n;)
    {
      g_autoptr(WmStep) first = g_list_model_get_item (steps, i);
      const char *week = wm_step_get_week_start (first);
      guint end = i + 1;

      for (; end < n; end++)
        {
          g_autoptr(WmStep) next = g_list_model_get_item (steps, end);

          if (!g_str_equal (wm_step_get_week_start (next), week))
            break;
        }

      print_week (week, end - i);
      for (; i < end; i++)
        {
          g_autoptr(WmStep) step = g_list_model_get_item (steps, i);

          print_step (step, "  ");
        }
    }
  return 0;
}

int
cli_steps_delete (WmStore          *store,
                  char            **args,
                  guint             n_args,
                  const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStep) step = NULL;
  gint64 id = 0;

  if (!parse_id (args[0], &id))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a step number (see waymark-cli steps list)"), args[0]);
      return cli_fail (error);
    }

  if (!(step = wm_steps_get (store, id, &error)) ||
      !wm_steps_delete (store, id, &error))
    return cli_fail (error);

  g_print (_("Deleted step %lld: %s\n"), (long long) id, wm_step_get_what (step));
  return 0;
}
