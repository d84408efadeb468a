/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What cli-inclusion.c and cli-inclusion-interventions.c share. */

#include "cli.h"
#include "wm-inclusion.h"

G_BEGIN_DECLS

gboolean    cli_inclusion_parse_money        (const char        *text,
                                              gint64            *pence,
                                              GError           **error);
const char *cli_inclusion_value_or_none      (const char        *value);
const char *cli_inclusion_or_dash            (const char        *value);
void        cli_inclusion_print_pupil        (WmInclusionPupil  *pupil);
void        cli_inclusion_print_intervention (WmIntervention    *item,
                                              const GDate       *today);
int         cli_inclusion_warn_if_over       (WmStore           *store,
                                              gint64             intervention_id);

G_END_DECLS
