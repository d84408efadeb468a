/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-plan.h"

G_BEGIN_DECLS

/* Shared by cli-plan.c (the views) and cli-plan-edit.c (the edits). */
char       *cli_plan_format_day        (const char  *date);
GPtrArray  *cli_plan_year_lines        (WmStore     *store,
                                        WmPlanYear  *year,
                                        GError     **error);
WmPlanYear *cli_plan_current_year      (WmStore     *store,
                                        GDate       *today,
                                        GError     **error);
gboolean    cli_plan_append_review_day (GString     *out,
                                        WmStore     *store,
                                        WmPlanYear  *year,
                                        GError     **error);

G_END_DECLS
