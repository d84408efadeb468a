/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

/*
 * waymark-cli's inclusion action plan commands: the summary, cohorts, pupils and erasure (needs
 * and interventions are in cli-inclusion-interventions.c). Pupils are named by their codes
 * ("AB07", or "2025-26:AB07" when two cohorts share one); `inclusion summary` prints only
 * counts and totals, never a code. "Today", for reviews due and retention, is the local date,
 * or WAYMARK_TODAY=YYYY-MM-DD's when it is set (for tests).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cli-inclusion-private.h"
#include "wm-plan.h"
#include "wm-action.h"

gboolean
cli_inclusion_parse_money (const char  *text,
                           gint64      *pence,
                           GError     **error)
{
  if (wm_inclusion_parse_money (text, pence))
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("“%s” is not an amount of money: write pounds, such as 450 or 1,250.50"), text);
  return FALSE;
}

/* "-" (what the lists show for none) and "" take a value away. */
const char *
cli_inclusion_value_or_none (const char *value)
{
  return value == NULL || g_str_equal (value, "-") ? "" : value;
}

const char *
cli_inclusion_or_dash (const char *value)
{
  return value != NULL && *value != '\0' ? value : "-";
}

/* "2025-26  3 pupils  grant £5,000.00  keep until 2027-08-31 [PAST RETENTION]" */
static void
print_cohort (WmInclusionCohort *cohort,
              const GDate       *today)
{
  g_autofree char *grant = wm_inclusion_format_money (wm_inclusion_cohort_get_grant_pence (cohort));
  guint n = wm_inclusion_cohort_get_n_pupils (cohort);

  g_print ("%s\t", wm_inclusion_cohort_get_name (cohort));
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u pupil", "%u pupils", n), n);
  g_print (_("\tgrant %s\tkeep until %s%s\n"), grant,
           cli_inclusion_or_dash (wm_inclusion_cohort_get_retain_until (cohort)),
           wm_inclusion_cohort_is_past_retention (cohort, today) ? _("\tPAST RETENTION") : "");
}

int
cli_inclusion_summary (WmStore          *store,
                       char            **args,
                       guint             n_args,
                       const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionSummary) summary = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 cohort_id = 0;
  GDate today;

  if (!wm_plan_get_today (&today, &error) ||
      (n_args > 0 && !(cohort_id = wm_inclusion_find_cohort (store, args[0], &error))) ||
      !(summary = wm_inclusion_summary_new (store, cohort_id, &today, &error)))
    return cli_fail (error);

  lines = wm_inclusion_summary_lines (summary);
  for (guint i = 0; lines[i] != NULL; i++)
    g_print ("%s\n", lines[i]);
  return 0;
}

int
cli_inclusion_cohort_add (WmStore          *store,
                          char            **args,
                          guint             n_args,
                          const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionCohort) cohort = NULL;
  gint64 grant = WM_INCLUSION_DEFAULT_GRANT_PENCE;
  gint64 id = 0;
  GDate today;

  if (!wm_plan_get_today (&today, &error) ||
      (n_args > 1 && !cli_inclusion_parse_money (args[1], &grant, &error)) ||
      !(id = wm_inclusion_add_cohort (store, args[0], grant, options->date, &error)) ||
      !(cohort = wm_inclusion_get_cohort (store, id, &error)))
    return cli_fail (error);

  print_cohort (cohort, &today);
  return 0;
}

int
cli_inclusion_cohort_list (WmStore          *store,
                           char            **args,
                           guint             n_args,
                           const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cohorts = NULL;
  GDate today;

  if (!wm_plan_get_today (&today, &error) ||
      !(cohorts = wm_inclusion_list_cohorts (store, &error)))
    return cli_fail (error);

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(WmInclusionCohort) cohort = g_list_model_get_item (cohorts, i);

      print_cohort (cohort, &today);
    }
  if (g_list_model_get_n_items (cohorts) == 0)
    g_print (_("No inclusion cohorts yet\n"));
  return 0;
}

int
cli_inclusion_cohort_set (WmStore          *store,
                          char            **args,
                          guint             n_args,
                          const CliOptions *options)
{
  const char *field = args[1];
  const char *value = args[2];
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionCohort) cohort = NULL;
  gint64 grant = 0;
  gint64 id = 0;
  gboolean ok;
  GDate today;

  if (!wm_plan_get_today (&today, &error) ||
      !(id = wm_inclusion_find_cohort (store, args[0], &error)))
    return cli_fail (error);

  if (g_str_equal (field, "grant"))
    ok = cli_inclusion_parse_money (value, &grant, &error) &&
         wm_inclusion_set_cohort_grant (store, id, grant, &error);
  else if (g_str_equal (field, "keep-until"))
    ok = wm_inclusion_set_cohort_retain_until (store, id, cli_inclusion_value_or_none (value),
                                               &error);
  else
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a field of a cohort (use grant or keep-until)"), field);
      ok = FALSE;
    }

  if (!ok || !(cohort = wm_inclusion_get_cohort (store, id, &error)))
    return cli_fail (error);
  print_cohort (cohort, &today);
  return 0;
}

/* Erasing needs --yes; without it, says what would go and writes nothing. */
int
cli_inclusion_cohort_erase (WmStore          *store,
                            char            **args,
                            guint             n_args,
                            const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionCohort) cohort = NULL;
  g_autofree char *pupils = NULL;
  gint64 id;
  guint n;

  if (!(id = wm_inclusion_find_cohort (store, args[0], &error)) ||
      !(cohort = wm_inclusion_get_cohort (store, id, &error)))
    return cli_fail (error);

  n = wm_inclusion_cohort_get_n_pupils (cohort);
  pupils = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pupil", "%u pupils", n), n);
  if (!options->yes)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("This would erase cohort “%s” for good: %s, with their needs and "
                     "interventions. To erase them, run this again with --yes"),
                   wm_inclusion_cohort_get_name (cohort), pupils);
      return cli_fail (error);
    }

  if (!wm_inclusion_erase_cohort (store, id, &error))
    return cli_fail (error);
  g_print (_("Erased cohort “%s”: %s, with their needs and interventions. The daily backups "
             "still hold them until they are rotated out, in about five weeks.\n"),
           wm_inclusion_cohort_get_name (cohort), pupils);
  return 0;
}

/* 1 to 3 letters are initials, from which a code is made; anything else is the code itself. */
static gboolean
are_initials (const char *text)
{
  gsize length = strlen (text);

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalpha (text[i]))
      return FALSE;
  return length >= 1 && length <= 3;
}

/* inclusion pupil add COHORT INITIALS|CODE: prints the pupil's code. */
int
cli_inclusion_pupil_add (WmStore          *store,
                         char            **args,
                         guint             n_args,
                         const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionPupil) pupil = NULL;
  g_autofree char *code = NULL;
  gint64 cohort_id;
  gint64 id = 0;

  if (!(cohort_id = wm_inclusion_find_cohort (store, args[0], &error)))
    return cli_fail (error);
  if (are_initials (args[1]))
    code = wm_inclusion_suggest_code (store, cohort_id, args[1], &error);
  else
    code = g_strdup (args[1]);

  if (code == NULL || !(id = wm_inclusion_add_pupil (store, cohort_id, code, &error)) ||
      !(pupil = wm_inclusion_get_pupil (store, id, &error)))
    return cli_fail (error);

  g_print ("%s\n", wm_inclusion_pupil_get_code (pupil));
  return 0;
}

/* "AB01  2025-26  needs: behaviour, send  2 interventions" */
void
cli_inclusion_print_pupil (WmInclusionPupil *pupil)
{
  g_autofree char *needs = g_strjoinv (", ", (GStrv) wm_inclusion_pupil_get_need_pillars (pupil));
  guint n = wm_inclusion_pupil_get_n_interventions (pupil);

  g_print (_("%s\t%s\tneeds: %s\t"), wm_inclusion_pupil_get_code (pupil),
           wm_inclusion_pupil_get_cohort_name (pupil), cli_inclusion_or_dash (needs));
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u intervention\n", "%u interventions\n", n), n);
}

int
cli_inclusion_pupil_list (WmStore          *store,
                          char            **args,
                          guint             n_args,
                          const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pupils = NULL;
  gint64 cohort_id = 0;

  if ((n_args > 0 && !(cohort_id = wm_inclusion_find_cohort (store, args[0], &error))) ||
      !(pupils = wm_inclusion_list_pupils (store, cohort_id, &error)))
    return cli_fail (error);

  for (guint i = 0; i < g_list_model_get_n_items (pupils); i++)
    {
      g_autoptr(WmInclusionPupil) pupil = g_list_model_get_item (pupils, i);

      cli_inclusion_print_pupil (pupil);
    }
  if (g_list_model_get_n_items (pupils) == 0)
    g_print (_("No pupils yet\n"));
  return 0;
}

/* One pupil: the pupil's line, a line per need, a line per intervention. */
int
cli_inclusion_pupil_show (WmStore          *store,
                          char            **args,
                          guint             n_args,
                          const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionPupil) pupil = NULL;
  g_autoptr(GListModel) interventions = NULL;
  const char * const *pillars;
  gint64 id;
  GDate today;

  if (!wm_plan_get_today (&today, &error) ||
      !(id = wm_inclusion_find_pupil (store, args[0], &error)) ||
      !(pupil = wm_inclusion_get_pupil (store, id, &error)) ||
      !(interventions = wm_inclusion_list_interventions (store, 0, id, &error)))
    return cli_fail (error);

  cli_inclusion_print_pupil (pupil);
  pillars = wm_inclusion_pupil_get_need_pillars (pupil);
  for (guint i = 0; pillars[i] != NULL; i++)
    g_print (_("need\t%s\t%s\n"), pillars[i],
             cli_inclusion_or_dash (wm_inclusion_pupil_get_need_note (pupil, pillars[i])));
  for (guint i = 0; i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(WmIntervention) item = g_list_model_get_item (interventions, i);

      cli_inclusion_print_intervention (item, &today);
    }
  return 0;
}

/* inclusion erase CODE --yes: without --yes, says what would go and writes nothing. */
int
cli_inclusion_erase (WmStore          *store,
                     char            **args,
                     guint             n_args,
                     const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmInclusionPupil) pupil = NULL;
  g_autofree char *what = NULL;
  g_autofree char *needs = NULL;
  g_autofree char *interventions = NULL;
  gint64 id;
  guint n_needs, n_interventions;

  if (!(id = wm_inclusion_find_pupil (store, args[0], &error)) ||
      !(pupil = wm_inclusion_get_pupil (store, id, &error)))
    return cli_fail (error);

  n_needs = wm_inclusion_pupil_get_n_needs (pupil);
  n_interventions = wm_inclusion_pupil_get_n_interventions (pupil);
  needs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u need", "%u needs", n_needs), n_needs);
  interventions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u intervention",
                                                "%u interventions", n_interventions),
                                   n_interventions);
  what = g_strdup_printf (_("pupil %s of cohort “%s”, with %s and %s"),
                          wm_inclusion_pupil_get_code (pupil),
                          wm_inclusion_pupil_get_cohort_name (pupil), needs, interventions);
  if (!options->yes)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("This would erase %s, for good. To erase them, run this again with --yes"),
                   what);
      return cli_fail (error);
    }

  if (!wm_inclusion_erase_pupil (store, id, &error))
    return cli_fail (error);
  g_print (_("Erased %s. The daily backups still hold them until they are rotated out, in about "
             "five weeks.\n"), what);
  return 0;
}
