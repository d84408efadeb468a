/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-inclusion"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-inclusion-private.h"

/* The inclusion plan's summary in words, for reports, and money as people write it. */

#define POUND "\xc2\xa3"   /* £ */

/**
 * wm_inclusion_format_money:
 * @pence: an amount in pence
 *
 * Returns: the amount as "£1,250.00" ("-£12.50" below nothing)
 */
char *
wm_inclusion_format_money (gint64 pence)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint64 value = pence < 0 ? -(guint64) pence : (guint64) pence;
  g_autofree char *pounds = g_strdup_printf ("%" G_GUINT64_FORMAT, value / 100);
  gsize length = strlen (pounds);

  if (pence < 0)
    g_string_append_c (text, '-');
  g_string_append (text, POUND);
  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, pounds[i]);
    }
  g_string_append_printf (text, ".%02u", (guint) (value % 100));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * wm_inclusion_parse_money:
 * @text: pounds, as people write them: "5000", "£5,000", "12.5", "£1,250.00"
 * @pence: (out): the amount in pence
 *
 * Returns: %TRUE if @text is such an amount (not below nothing, at most 2 decimals)
 */
gboolean
wm_inclusion_parse_money (const char *text,
                          gint64     *pence)
{
  g_autofree char *clean = g_strstrip (g_strdup (text ? text : ""));
  const char *c = clean;
  guint64 pounds = 0;
  guint64 fraction = 0;
  guint n_digits = 0;

  g_return_val_if_fail (pence != NULL, FALSE);

  if (g_str_has_prefix (c, POUND))
    c += strlen (POUND);

  for (; g_ascii_isdigit (*c) || (*c == ',' && n_digits > 0 && g_ascii_isdigit (c[1])); c++)
    {
      if (*c == ',')
        continue;
      if (++n_digits > 12)   /* a trillion pounds is not a school's budget */
        return FALSE;
      pounds = pounds * 10 + (guint64) (*c - '0');
    }
  if (n_digits == 0)
    return FALSE;

  if (*c == '.')
    {
      c++;
      for (guint i = 0; i < 2; i++)
        {
          fraction *= 10;
          if (g_ascii_isdigit (*c))
            fraction += (guint64) (*c++ - '0');
          else if (i == 0)
            return FALSE;
        }
    }
  if (*c != '\0')
    return FALSE;

  *pence = (gint64) (pounds * 100 + fraction);
  return TRUE;
}

static char *
count_pillars (const WmInclusionSummary *summary,
               gboolean                  needs)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < summary->pillars->len; i++)
    {
      WmInclusionPillarCount *count = g_ptr_array_index (summary->pillars, i);

      g_string_append_printf (text, "%s%s %u", i ? ", " : "", count->title,
                              needs ? count->n_needs : count->n_interventions);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * wm_inclusion_summary_lines:
 *
 * The summary in sentences, one per line: counts and totals only, never a pupil's code or a
 * note, so that the governors' pack and any shared export may print them as they are.
 *
 * Returns: (transfer full): the lines
 */
char **
wm_inclusion_summary_lines (const WmInclusionSummary *summary)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const WmInclusionBudget *budget;
  g_autofree char *pupils = NULL;
  g_autofree char *interventions = NULL;
  g_autofree char *grant = NULL;
  g_autofree char *committed = NULL;
  g_autofree char *spent = NULL;
  g_autofree char *remaining = NULL;

  g_return_val_if_fail (summary != NULL, NULL);
  budget = &summary->budget;

  pupils = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pupil", "%u pupils",
                                         summary->n_pupils), summary->n_pupils);
  interventions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u intervention",
                                                "%u interventions", summary->n_interventions),
                                   summary->n_interventions);
  if (summary->cohort_name != NULL)
    g_ptr_array_add (lines, g_strdup_printf (_("Inclusion action plan, cohort “%s”: %s, %s"),
                                                 summary->cohort_name, pupils, interventions));
  else
    {
      g_autofree char *cohorts =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cohort", "%u cohorts",
                                      summary->n_cohorts), summary->n_cohorts);

      g_ptr_array_add (lines, g_strdup_printf (_("Inclusion action plan: %s, %s, %s"),
                                                   cohorts, pupils, interventions));
    }

  if (summary->n_interventions == 0)
    g_ptr_array_add (lines, g_strdup (_("No interventions are planned yet")));
  else
    {
      g_autofree char *providers =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u different provider",
                                      "%u different providers", summary->n_external_providers),
                         summary->n_external_providers);
      g_autofree char *by_pillar = count_pillars (summary, FALSE);
      g_autofree char *outcomes =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u outcome recorded",
                                      "%u outcomes recorded", summary->n_outcomes),
                         summary->n_outcomes);

      g_ptr_array_add (lines,
        g_strdup_printf (_("%.1f%% of interventions are through an external provider (%u of %u; %s)"),
                         summary->external_percent, summary->n_external, summary->n_interventions,
                         providers));
      if (summary->n_no_pillar > 0)
        g_ptr_array_add (lines, g_strdup_printf (_("Interventions by pillar: %s; under no pillar %u"),
                                                     by_pillar, summary->n_no_pillar));
      else
        g_ptr_array_add (lines, g_strdup_printf (_("Interventions by pillar: %s"), by_pillar));
      g_ptr_array_add (lines,
        g_strdup_printf (_("Reviews: %u due, %u of them overdue; %s"),
                         summary->n_reviews_due, summary->n_reviews_overdue, outcomes));
    }

  if (summary->n_pupils > 0)
    {
      g_autofree char *needs = count_pillars (summary, TRUE);

      g_ptr_array_add (lines, g_strdup_printf (_("Pupils with a need, by pillar: %s"), needs));
    }

  grant = wm_inclusion_format_money (budget->grant_pence);
  committed = wm_inclusion_format_money (budget->committed_pence);
  spent = wm_inclusion_format_money (budget->spent_pence);
  remaining = wm_inclusion_format_money (ABS (budget->remaining_pence));
  g_ptr_array_add (lines,
    g_strdup_printf (budget->remaining_pence >= 0
                       ? _("Budget: grant %s, committed %s, spent %s; %s left to commit")
                       : _("Budget: grant %s, committed %s, spent %s; %s over"),
                     grant, committed, spent, remaining));
  if (budget->over_committed)
    g_ptr_array_add (lines, g_strdup_printf (_("Over budget: %s more is committed than the grant"),
                                                 remaining));
  if (budget->over_spent)
    {
      g_autofree char *over = wm_inclusion_format_money (budget->spent_pence - budget->grant_pence);

      g_ptr_array_add (lines, g_strdup_printf (_("Over budget: %s more has been spent than the grant"),
                                                   over));
    }

  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&lines), FALSE);
}
