/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-import.h"
#include "wm-report-export.h"
#include "wm-store.h"
#include "wm-trust.h"

G_BEGIN_DECLS

/* Exit status of every failed command: the message is on stderr, nothing was written. */
#define CLI_EXIT_ERROR 2

/* The command line's options, each allowed only with the commands that use it. */
typedef struct {
  const char *note;       /* rate */
  WmFormat    format;     /* framework import, framework export */
  const char *out;        /* framework export */
  gboolean    dry_run;    /* framework import */
  const char *label;      /* evidence add */
  const char *date;       /* snapshot create */
  const char *snapshot;   /* score: the first --snapshot */
  const char * const *snapshots;  /* share summary: every --snapshot, in order; NULL when none */
  const char *owner;      /* action add, action list */
  const char *due;        /* action add */
  const char *target;     /* action add */
  WmReportFormat report_format;   /* report, with has_report_format */
  gboolean    has_report_format;
  const char *compare;    /* report */
  gboolean    yes;        /* inclusion erase, inclusion cohort erase */
  const char *provider;   /* inclusion intervention add */
  gboolean    whole_year; /* plan show */
  WmTrustFormat trust_format;     /* trust summary, with has_trust_format */
  gboolean    has_trust_format;
} CliOptions;

/* Every command: @args are the words after the command's own. */
typedef int (*CliCommand) (WmStore          *store,
                           char            **args,
                           guint             n_args,
                           const CliOptions *options);

int cli_fail             (GError *error);
int cli_usage            (const char *message);

/* cli-judging.c */
int cli_frameworks       (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_show             (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_rate             (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_history          (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-framework.c */
int cli_import           (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_export           (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-evidence.c */
int cli_evidence_add     (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_evidence_list    (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_evidence_extract (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-snapshot.c */
int cli_snapshot_create  (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_snapshot_list    (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_snapshot_diff    (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_score            (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-chart.c */
int cli_chart            (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-report.c */
int cli_report           (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_school_name      (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-plan.c, cli-plan-edit.c */
int cli_plan_show        (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_plan_due         (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_plan_set         (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_plan_move        (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_plan_skip        (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_plan_unskip      (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_plan_done        (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_plan_counts      (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_plan_place       (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_plan_unplace     (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_plan_review_day  (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-plan-ics.c */
int cli_plan_export_ics  (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-steps.c */
int cli_steps_add        (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_steps_list       (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_steps_delete     (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-survey.c */
int cli_survey_add_round (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_survey_record    (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_survey_summary   (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_survey_chart     (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-inclusion.c */
int cli_inclusion_summary      (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_cohort_add   (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_cohort_list  (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_cohort_set   (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_cohort_erase (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_pupil_add    (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_pupil_list   (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_pupil_show   (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_erase        (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-inclusion-interventions.c */
int cli_inclusion_need_set            (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_need_remove         (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_intervention_add    (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_intervention_set    (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_intervention_remove (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_inclusion_intervention_list   (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-share.c */
int cli_share_summary    (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_export_copy      (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-trust.c */
int cli_trust_summary    (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-demo.c */
int cli_demo_create      (WmStore *store, char **args, guint n_args, const CliOptions *options);

/* cli-action.c */
int cli_action_add       (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_action_list      (WmStore *store, char **args, guint n_args, const CliOptions *options);
int cli_action_set       (WmStore *store, char **args, guint n_args, const CliOptions *options);

G_END_DECLS
