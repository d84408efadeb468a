/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

/* waymark-cli's inclusion commands for a pupil's needs and interventions. */

#include "config.h"

#include <glib/gi18n.h>

#include "cli-inclusion-private.h"
#include "wm-plan.h"

/* One intervention: id, code, pillar, what, who, provider, start, review, cost, spent, outcome
 * [, REVIEW DUE or REVIEW OVERDUE]. */
void
cli_inclusion_print_intervention (WmIntervention *item,
                                  const GDate    *today)
{
  g_autofree char *cost = wm_inclusion_format_money (wm_intervention_get_cost_pence (item));
  g_autofree char *spent = wm_inclusion_format_money (wm_intervention_get_spent_pence (item));
  g_autofree char *provider = NULL;
  const char *name = wm_intervention_get_provider_name (item);

  if (!wm_intervention_is_external (item))
    provider = g_strdup (_("internal"));
  else if (*name != '\0')
    provider = g_strdup_printf (_("external: %s"), name);
  else
    provider = g_strdup (_("external"));

  g_print ("%" G_GINT64_FORMAT "\t", wm_intervention_get_id (item));
  g_print (_("%s\t%s\t%s\t%s\t%s\t%s\t%s\tcost %s\tspent %s\t%s%s\n"),
           wm_intervention_get_pupil_code (item),
           cli_inclusion_or_dash (wm_intervention_get_pillar_id (item)),
           wm_intervention_get_what (item),
           cli_inclusion_or_dash (wm_intervention_get_who (item)), provider,
           cli_inclusion_or_dash (wm_intervention_get_starts_on (item)),
           cli_inclusion_or_dash (wm_intervention_get_review_on (item)), cost, spent,
           cli_inclusion_or_dash (wm_intervention_get_outcome (item)),
           wm_intervention_is_review_overdue (item, today) ? _("\tREVIEW OVERDUE")
           : wm_intervention_is_review_due (item, today) ? _("\tREVIEW DUE") : "");
}

/* After a change of cost or spending: says so on stderr when the cohort is over its grant. */
int
cli_inclusion_warn_if_over (WmStore *store,
                            gint64   intervention_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmIntervention) item = NULL;
  g_autoptr(WmInclusionPupil) pupil = NULL;
  g_autofree char *grant = NULL;
  WmInclusionBudget budget;

  if (!(item = wm_inclusion_get_intervention (store, intervention_id, &error)) ||
      !(pupil = wm_inclusion_get_pupil (store, wm_intervention_get_pupil_id (item), &error)) ||
      !wm_inclusion_get_budget (store, wm_inclusion_pupil_get_cohort_id (pupil), &budget, &error))
    return cli_fail (error);

  grant = wm_inclusion_format_money (budget.grant_pence);
  if (budget.over_committed)
    {
      g_autofree char *over = wm_inclusion_format_money (budget.committed_pence - budget.grant_pence);

      g_printerr (_("waymark-cli: warning: cohort “%s” has %s more committed than its grant of %s\n"),
                  wm_inclusion_pupil_get_cohort_name (pupil), over, grant);
    }
  if (budget.over_spent)
    {
      g_autofree char *over = wm_inclusion_format_money (budget.spent_pence - budget.grant_pence);

      g_printerr (_("waymark-cli: warning: cohort “%s” has spent %s more than its grant of %s\n"),
                  wm_inclusion_pupil_get_cohort_name (pupil), over, grant);
    }
  return 0;
}

/* inclusion need set CODE PILLAR [--note TEXT] */
int
cli_inclusion_need_set (WmStore          *store,
                        char            **args,
                        guint             n_args,
                        const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionPupil) pupil = NULL;
  gint64 id;

  if (!(id = wm_inclusion_find_pupil (store, args[0], &error)) ||
      !wm_inclusion_set_need (store, id, args[1], options->note, &error) ||
      !(pupil = wm_inclusion_get_pupil (store, id, &error)))
    return cli_fail (error);

  g_print (_("%s\tneed\t%s\t%s\n"), wm_inclusion_pupil_get_code (pupil), args[1],
           cli_inclusion_or_dash (wm_inclusion_pupil_get_need_note (pupil, args[1])));
  return 0;
}

int
cli_inclusion_need_remove (WmStore          *store,
                           char            **args,
                           guint             n_args,
                           const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionPupil) pupil = NULL;
  gint64 id;

  if (!(id = wm_inclusion_find_pupil (store, args[0], &error)) ||
      !wm_inclusion_remove_need (store, id, args[1], &error) ||
      !(pupil = wm_inclusion_get_pupil (store, id, &error)))
    return cli_fail (error);

  cli_inclusion_print_pupil (pupil);
  return 0;
}

/* inclusion intervention add CODE PILLAR|- WHAT [COST] [--owner WHO] [--provider NAME]
 *   [--date START] [--due REVIEW]: a --provider makes it external. */
int
cli_inclusion_intervention_add (WmStore          *store,
                                char            **args,
                                guint             n_args,
                                const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmIntervention) item = NULL;
  gboolean external = options->provider != NULL;
  gboolean unnamed = external && g_ascii_strcasecmp (options->provider, "external") == 0;
  WmInterventionSpec spec = {
    .pillar_id = cli_inclusion_value_or_none (args[1]),
    .what = args[2],
    .who = options->owner,
    .external = external,
    .provider_name = unnamed ? "" : options->provider,
    .starts_on = options->date,
    .review_on = options->due,
  };
  gint64 pupil_id;
  gint64 id = 0;
  GDate today;

  if (!wm_plan_get_today (&today, &error) ||
      (n_args > 3 && !cli_inclusion_parse_money (args[3], &spec.cost_pence, &error)) ||
      !(pupil_id = wm_inclusion_find_pupil (store, args[0], &error)) ||
      !(id = wm_inclusion_add_intervention (store, pupil_id, &spec, &error)) ||
      !(item = wm_inclusion_get_intervention (store, id, &error)))
    return cli_fail (error);

  cli_inclusion_print_intervention (item, &today);
  return cli_inclusion_warn_if_over (store, id);
}

/* Changes @field of @spec to @value; the strings stay @value's. */
static gboolean
set_field (WmInterventionSpec  *spec,
           const char          *field,
           const char          *value,
           GError             **error)
{
  if (g_str_equal (field, "what"))
    spec->what = value;
  else if (g_str_equal (field, "who"))
    spec->who = cli_inclusion_value_or_none (value);
  else if (g_str_equal (field, "pillar"))
    spec->pillar_id = cli_inclusion_value_or_none (value);
  else if (g_str_equal (field, "start"))
    spec->starts_on = cli_inclusion_value_or_none (value);
  else if (g_str_equal (field, "review"))
    spec->review_on = cli_inclusion_value_or_none (value);
  else if (g_str_equal (field, "outcome"))
    spec->outcome = cli_inclusion_value_or_none (value);
  else if (g_str_equal (field, "cost"))
    return cli_inclusion_parse_money (value, &spec->cost_pence, error);
  else if (g_str_equal (field, "spent"))
    return cli_inclusion_parse_money (value, &spec->spent_pence, error);
  else if (g_str_equal (field, "provider"))
    {
      /* "internal", or an external provider's name ("external" when it has none). */
      spec->external = g_ascii_strcasecmp (value, "internal") != 0;
      spec->provider_name = spec->external && g_ascii_strcasecmp (value, "external") != 0
                            ? value : "";
    }
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a field of an intervention (use what, who, pillar, provider, "
                     "start, review, cost, spent or outcome)"), field);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_id (const char  *text,
          gint64      *id,
          GError     **error)
{
  if (g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, id, NULL))
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("“%s” is not an intervention number (see waymark-cli inclusion intervention list)"),
               text);
  return FALSE;
}

int
cli_inclusion_intervention_set (WmStore          *store,
                                char            **args,
                                guint             n_args,
                                const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmIntervention) item = NULL;
  g_autoptr(WmIntervention) changed = NULL;
  WmInterventionSpec spec;
  gint64 id = 0;
  GDate today;

  if (!wm_plan_get_today (&today, &error) || !parse_id (args[0], &id, &error) ||
      !(item = wm_inclusion_get_intervention (store, id, &error)))
    return cli_fail (error);

  wm_intervention_get_spec (item, &spec);
  if (!set_field (&spec, args[1], args[2], &error) ||
      !wm_inclusion_update_intervention (store, id, &spec, &error) ||
      !(changed = wm_inclusion_get_intervention (store, id, &error)))
    return cli_fail (error);

  cli_inclusion_print_intervention (changed, &today);
  if (g_str_equal (args[1], "cost") || g_str_equal (args[1], "spent"))
    return cli_inclusion_warn_if_over (store, id);
  return 0;
}

int
cli_inclusion_intervention_remove (WmStore          *store,
                                   char            **args,
                                   guint             n_args,
                                   const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!parse_id (args[0], &id, &error) || !wm_inclusion_remove_intervention (store, id, &error))
    return cli_fail (error);

  g_print (_("Removed intervention %s\n"), args[0]);
  return 0;
}

int
cli_inclusion_intervention_list (WmStore          *store,
                                 char            **args,
                                 guint             n_args,
                                 const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  gint64 cohort_id = 0;
  GDate today;

  if (!wm_plan_get_today (&today, &error) ||
      (n_args > 0 && !(cohort_id = wm_inclusion_find_cohort (store, args[0], &error))) ||
      !(list = wm_inclusion_list_interventions (store, cohort_id, 0, &error)))
    return cli_fail (error);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WmIntervention) item = g_list_model_get_item (list, i);

      cli_inclusion_print_intervention (item, &today);
    }
  if (g_list_model_get_n_items (list) == 0)
    g_print (_("No interventions yet\n"));
  return 0;
}
