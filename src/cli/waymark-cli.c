/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "cli.h"
#include "wm-catalog.h"
#include "wm-radar.h"

/*
 * waymark-cli: the school file from a terminal, over the same core as the app.
 * The whole command line is checked before the school file is opened; errors
 * go to stderr with exit status 2, and nothing is written on error.
 */

static char *opt_file;
static char *opt_note;
static char *opt_format;
static char *opt_out;
static gboolean opt_dry_run;
static char *opt_label;
static char *opt_date;
static char **opt_snapshots;
static char *opt_owner;
static char *opt_due;
static char *opt_target;
static char *opt_compare;
static gboolean opt_yes;
static char *opt_provider;
static gboolean opt_year;
static gboolean opt_version;

/* Which options a command takes. */
enum {
  OPT_NOTE     = 1 << 0,
  OPT_FORMAT   = 1 << 1,
  OPT_OUT      = 1 << 2,
  OPT_DRY_RUN  = 1 << 3,
  OPT_LABEL    = 1 << 4,
  OPT_DATE     = 1 << 5,
  OPT_SNAPSHOT = 1 << 6,
  OPT_OWNER    = 1 << 7,
  OPT_DUE      = 1 << 8,
  OPT_TARGET   = 1 << 9,
  OPT_COMPARE  = 1 << 10,
  OPT_YES      = 1 << 11,
  OPT_PROVIDER = 1 << 12,
  OPT_YEAR     = 1 << 13,
  OPT_NO_SCHOOL = 1 << 14,   /* not an option: the command opens no school file */
};

static const GOptionEntry entries[] = {
  { "file", 'f', 0, G_OPTION_ARG_FILENAME, &opt_file,
    N_("The school file (default: the one the app opens)"), N_("PATH") },
  { "note", 'n', 0, G_OPTION_ARG_STRING, &opt_note,
    N_("With rate: the note to record with the rating; with plan done, plan review-day or inclusion need set: its note"), N_("TEXT") },
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format,
    N_("With framework import or export: waymark, mahara or moodle; with report: pdf, svg, png or odt"),
    N_("FORMAT") },
  { "out", 'o', 0, G_OPTION_ARG_FILENAME, &opt_out,
    N_("With framework export, chart, report or survey chart: the file to write"), N_("PATH") },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, &opt_dry_run,
    N_("With framework import: show what would change, write nothing"), NULL },
  { "label", 0, 0, G_OPTION_ARG_STRING, &opt_label,
    N_("With evidence add: the name to show for it"), N_("TEXT") },
  { "date", 0, 0, G_OPTION_ARG_STRING, &opt_date,
    N_("With snapshot create, steps add or survey add-round: the date (default: today)"), N_("YYYY-MM-DD") },
  { "snapshot", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_snapshots,
    N_("With score: score a snapshot instead of now; with share summary: a snapshot to share (again for more)"),
    N_("NAME") },
  { "owner", 0, 0, G_OPTION_ARG_STRING, &opt_owner,
    N_("With action add or list: who owns the action"), N_("NAME") },
  { "due", 0, 0, G_OPTION_ARG_STRING, &opt_due,
    N_("With action add: when it is due"), N_("YYYY-MM-DD") },
  { "target", 0, 0, G_OPTION_ARG_STRING, &opt_target,
    N_("With action add: the rating it aims for"), N_("RATING") },
  { "compare", 0, 0, G_OPTION_ARG_STRING, &opt_compare,
    N_("With report: the snapshot to compare with"), N_("SNAPSHOT") },
  { "year", 0, 0, G_OPTION_ARG_NONE, &opt_year,
    N_("With plan show: the whole year, month by month"), NULL },
  { "yes", 0, 0, G_OPTION_ARG_NONE, &opt_yes,
    N_("With inclusion erase and inclusion cohort erase: yes, erase for good"), NULL },
  { "provider", 0, 0, G_OPTION_ARG_STRING, &opt_provider,
    N_("With inclusion intervention add: the external provider (internal if not given)"), N_("NAME") },
  { "version", 0, 0, G_OPTION_ARG_NONE, &opt_version, N_("Print the version and exit"), NULL },
  { NULL }
};

static const char summary[] =
  N_("Commands:\n"
     "  frameworks                      list the frameworks in the school file\n"
     "  show FRAMEWORK                  print a framework's grid with its judgements\n"
     "  rate DESCRIPTOR RATING [--note TEXT]\n"
     "                                  judge a descriptor (lqf:8.3g, or 8.3g alone)\n"
     "  history DESCRIPTOR              every change to a descriptor's judgement\n"
     "  framework import FILE [--format FORMAT] [--dry-run]\n"
     "                                  add a framework, or bring one to a new version\n"
     "  framework export FRAMEWORK [--format FORMAT] [--out PATH]\n"
     "                                  write a framework as a file\n"
     "  evidence add DESCRIPTOR FILE|URL [--label TEXT]\n"
     "                                  keep a file, or a web link, as evidence for a descriptor\n"
     "  evidence list [DESCRIPTOR]      the evidence, all of it or a descriptor's\n"
     "  evidence extract ID PATH        write a kept file back out\n"
     "  snapshot create FRAMEWORK NAME [--date YYYY-MM-DD]\n"
     "                                  freeze a framework's judgements under a name\n"
     "  snapshot list [FRAMEWORK]       the snapshots, oldest first\n"
     "  snapshot diff A B               what moved from A to B (NAME, FRAMEWORK:NAME or now)\n"
     "  score FRAMEWORK [--snapshot NAME]\n"
     "                                  the scores of each element, and how they were reached\n"
     "  chart FRAMEWORK [SNAPSHOT…] --out FILE.pdf|svg|png\n"
     "                                  draw the radar chart of now and of up to 7 snapshots\n"
     "  report FRAMEWORK… --out PATH [--format pdf|svg|png|odt] [--compare SNAPSHOT]\n"
     "                                  the governors' pack: chart, scores, strengths, next steps\n"
     "  school name [NAME]              show, or set, the school's name\n"
     "  demo create PATH                a demo school file: a year of made-up judgements,\n"
     "                                  snapshots, evidence, plans and surveys\n"
     "  plan show [--year]              this month's habit, and what is due or overdue;\n"
     "                                  with --year, every month of the year plan\n"
     "  plan due                        what is due this week, and what is overdue\n"
     "  plan set MONTH HABIT            put a learning habit in a month (YYYY-MM)\n"
     "  plan move HABIT MONTH           move a habit's session to another month\n"
     "  plan skip|unskip MONTH          keep a month free of sessions, or free it again\n"
     "  plan done MONTH SECTION [--note TEXT] [--date YYYY-MM-DD]\n"
     "                                  tick a section (1 to 4) of a month's session\n"
     "  plan counts MONTH GROUP N1 N2 N3 N4 N5 [--date YYYY-MM-DD]\n"
     "                                  how many pupils of a group are at each phase\n"
     "  plan place ACTION-ID MONTH      show an action of the action plan in a month\n"
     "  plan unplace ACTION-ID          take an action out of its month\n"
     "  plan review-day DATE [--note TEXT]\n"
     "                                  set the Review and Renew day (YYYY-MM-DD); the note is\n"
     "                                  the senior leaders' morning\n"
     "  plan review-day clear           the year has no Review and Renew day\n"
     "  plan export-ics PATH            the current year plan as an iCalendar file\n"
     "  steps add WHO WHAT [SERVES|- [EVIDENCE]] [--date YYYY-MM-DD]\n"
     "                                  log a small step (SERVES: lqf:8.3g or a habit)\n"
     "  steps list [WORD…]              the small steps, newest first, week by week\n"
     "  steps delete ID                 remove a small step\n"
     "  survey add-round NAME [FRAMEWORK] [--date YYYY-MM-DD]\n"
     "                                  start a confidence survey round (EEF pillars)\n"
     "  survey record ROUND RESPONDENT PILLAR=I/S…\n"
     "                                  one respondent's confidence: metacognition=3/4\n"
     "  survey summary [ROUND [ROUND2]] mean ± sd per pillar, and the change between rounds\n"
     "  survey chart identify|support|both ROUND… --out FILE\n"
     "                                  the rounds on one radar chart\n"
     "  inclusion summary [COHORT]      the inclusion plan's figures: counts and totals, no codes\n"
     "  inclusion cohort add NAME [GRANT] [--date KEEP-UNTIL]\n"
     "                                  start a cohort (grant in pounds, default 5000)\n"
     "  inclusion cohort list           the cohorts; PAST RETENTION when due for erasure\n"
     "  inclusion cohort set COHORT FIELD VALUE\n"
     "                                  change a cohort's grant or keep-until date\n"
     "  inclusion cohort erase COHORT --yes\n"
     "                                  erase a cohort and its pupils for good\n"
     "  inclusion pupil add COHORT INITIALS|CODE\n"
     "                                  add a pupil by code (AB gives AB01, AB02 …)\n"
     "  inclusion pupil list [COHORT]   the pupils' codes, needs and interventions\n"
     "  inclusion pupil show CODE       one pupil's needs and interventions\n"
     "  inclusion need set CODE PILLAR [--note TEXT]\n"
     "                                  record a need under an EEF pillar\n"
     "  inclusion need remove CODE PILLAR\n"
     "  inclusion intervention add CODE PILLAR|- WHAT [COST] [--owner WHO] [--provider NAME]\n"
     "      [--date START] [--due REVIEW]\n"
     "                                  plan an intervention (external with --provider)\n"
     "  inclusion intervention set ID FIELD VALUE\n"
     "                                  change its what, who, pillar, provider, start,\n"
     "                                  review, cost, spent or outcome\n"
     "  inclusion intervention remove ID\n"
     "  inclusion intervention list [COHORT]\n"
     "                                  the interventions; REVIEW DUE or REVIEW OVERDUE\n"
     "  inclusion erase CODE --yes      erase a pupil and all about them for good\n"
     "  share summary --out PATH [--snapshot NAME]…\n"
     "                                  the school's scores for its trust: no notes, evidence,\n"
     "                                  names or pupil data (every snapshot unless named)\n"
     "  export copy --out PATH          a full copy of the school file, for its next head\n"
     "  trust summary DIR [--format csv|json|pdf] [--out PATH]\n"
     "                                  every school's summary in DIR compared\n"
     "  action add TITLE DESCRIPTOR… [--owner NAME] [--due YYYY-MM-DD] [--target RATING]\n"
     "                                  plan an action for one or more descriptors\n"
     "  action list [--owner NAME]      the actions by due date; overdue ones say OVERDUE\n"
     "  action set ID FIELD VALUE       change an action's status, due, owner, title,\n"
     "                                  notes or target");

static const struct {
  const char *words;       /* the command's words, as typed */
  guint       min_args;    /* arguments after them */
  guint       max_args;    /* G_MAXUINT: any number */
  guint       options;
  CliCommand  run;
} commands[] = {
  { "frameworks", 0, 0, 0, cli_frameworks },
  { "show", 1, 1, 0, cli_show },
  { "rate", 2, 2, OPT_NOTE, cli_rate },
  { "history", 1, 1, 0, cli_history },
  { "framework import", 1, 1, OPT_FORMAT | OPT_DRY_RUN, cli_import },
  { "framework export", 1, 1, OPT_FORMAT | OPT_OUT, cli_export },
  { "evidence add", 2, 2, OPT_LABEL, cli_evidence_add },
  { "evidence list", 0, 1, 0, cli_evidence_list },
  { "evidence extract", 2, 2, 0, cli_evidence_extract },
  { "snapshot create", 2, 2, OPT_DATE, cli_snapshot_create },
  { "snapshot list", 0, 1, 0, cli_snapshot_list },
  { "snapshot diff", 2, 2, 0, cli_snapshot_diff },
  { "score", 1, 1, OPT_SNAPSHOT, cli_score },
  { "chart", 1, 8, OPT_OUT, cli_chart },
  { "report", 1, G_MAXUINT, OPT_OUT | OPT_FORMAT | OPT_COMPARE, cli_report },
  { "school name", 0, 1, 0, cli_school_name },
  { "demo create", 1, 1, 0, cli_demo_create },
  { "plan show", 0, 0, OPT_YEAR, cli_plan_show },
  { "plan due", 0, 0, 0, cli_plan_due },
  { "plan set", 2, 2, 0, cli_plan_set },
  { "plan move", 2, 2, 0, cli_plan_move },
  { "plan skip", 1, 1, 0, cli_plan_skip },
  { "plan unskip", 1, 1, 0, cli_plan_unskip },
  { "plan done", 2, 2, OPT_NOTE | OPT_DATE, cli_plan_done },
  { "plan counts", 7, 7, OPT_DATE, cli_plan_counts },
  { "plan place", 2, 2, 0, cli_plan_place },
  { "plan unplace", 1, 1, 0, cli_plan_unplace },
  { "plan review-day", 1, 1, OPT_NOTE, cli_plan_review_day },
  { "plan export-ics", 1, 1, 0, cli_plan_export_ics },
  { "steps add", 2, 4, OPT_DATE, cli_steps_add },
  { "steps list", 0, G_MAXUINT, 0, cli_steps_list },
  { "steps delete", 1, 1, 0, cli_steps_delete },
  { "survey add-round", 1, 2, OPT_DATE, cli_survey_add_round },
  { "survey record", 3, G_MAXUINT, 0, cli_survey_record },
  { "survey summary", 0, 2, 0, cli_survey_summary },
  { "survey chart", 2, 1 + WM_RADAR_MAX_SERIES, OPT_OUT, cli_survey_chart },
  { "inclusion summary", 0, 1, 0, cli_inclusion_summary },
  { "inclusion cohort add", 1, 2, OPT_DATE, cli_inclusion_cohort_add },
  { "inclusion cohort list", 0, 0, 0, cli_inclusion_cohort_list },
  { "inclusion cohort set", 3, 3, 0, cli_inclusion_cohort_set },
  { "inclusion cohort erase", 1, 1, OPT_YES, cli_inclusion_cohort_erase },
  { "inclusion pupil add", 2, 2, 0, cli_inclusion_pupil_add },
  { "inclusion pupil list", 0, 1, 0, cli_inclusion_pupil_list },
  { "inclusion pupil show", 1, 1, 0, cli_inclusion_pupil_show },
  { "inclusion need set", 2, 2, OPT_NOTE, cli_inclusion_need_set },
  { "inclusion need remove", 2, 2, 0, cli_inclusion_need_remove },
  { "inclusion intervention add", 3, 4, OPT_OWNER | OPT_PROVIDER | OPT_DATE | OPT_DUE,
    cli_inclusion_intervention_add },
  { "inclusion intervention set", 3, 3, 0, cli_inclusion_intervention_set },
  { "inclusion intervention remove", 1, 1, 0, cli_inclusion_intervention_remove },
  { "inclusion intervention list", 0, 1, 0, cli_inclusion_intervention_list },
  { "inclusion erase", 1, 1, OPT_YES, cli_inclusion_erase },
  { "share summary", 0, G_MAXUINT, OPT_OUT | OPT_SNAPSHOT, cli_share_summary },
  { "export copy", 0, 0, OPT_OUT, cli_export_copy },
  { "trust summary", 1, 1, OPT_FORMAT | OPT_OUT | OPT_NO_SCHOOL, cli_trust_summary },
  { "action add", 2, G_MAXUINT, OPT_OWNER | OPT_DUE | OPT_TARGET, cli_action_add },
  { "action list", 0, 0, OPT_OWNER, cli_action_list },
  { "action set", 3, 3, 0, cli_action_set },
};

int
cli_fail (GError *error)
{
  g_printerr ("waymark-cli: %s\n", error->message);
  return CLI_EXIT_ERROR;
}

int
cli_usage (const char *message)
{
  g_printerr ("waymark-cli: %s\n%s\n", message, _("Run “waymark-cli --help” for the commands."));
  return CLI_EXIT_ERROR;
}

/* Finds the command that @argv starts with; -1 and a message when none does. */
static int
find_command (int          argc,
              char       **argv,
              guint       *n_words,
              const char **problem)
{
  gboolean known = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(GStrv) words = g_strsplit (commands[i].words, " ", -1);
      guint n = g_strv_length (words);
      gboolean match = (guint) argc >= n;

      for (guint w = 0; match && w < n; w++)
        match = g_str_equal (argv[w], words[w]);
      if (!match)
        continue;

      known = TRUE;
      if ((guint) argc - n >= commands[i].min_args && (guint) argc - n <= commands[i].max_args)
        {
          *n_words = n;
          return (int) i;
        }
    }

  /* A first word that starts a command ("framework", "evidence" …) with the rest wrong. */
  for (guint i = 0; !known && argc > 0 && i < G_N_ELEMENTS (commands); i++)
    known = g_str_has_prefix (commands[i].words, argv[0]) &&
            commands[i].words[strlen (argv[0])] == ' ';

  *problem = known ? _("wrong number of arguments") : NULL;
  return -1;
}

/* Each option belongs to some commands only. */
static char *
check_options (int index)
{
  const struct { guint flag; gboolean set; const char *name; } given[] = {
    { OPT_NOTE, opt_note != NULL, "--note" },
    { OPT_FORMAT, opt_format != NULL, "--format" },
    { OPT_OUT, opt_out != NULL, "--out" },
    { OPT_DRY_RUN, opt_dry_run, "--dry-run" },
    { OPT_LABEL, opt_label != NULL, "--label" },
    { OPT_DATE, opt_date != NULL, "--date" },
    { OPT_SNAPSHOT, opt_snapshots != NULL, "--snapshot" },
    { OPT_OWNER, opt_owner != NULL, "--owner" },
    { OPT_DUE, opt_due != NULL, "--due" },
    { OPT_TARGET, opt_target != NULL, "--target" },
    { OPT_COMPARE, opt_compare != NULL, "--compare" },
    { OPT_YES, opt_yes, "--yes" },
    { OPT_YEAR, opt_year, "--year" },
    { OPT_PROVIDER, opt_provider != NULL, "--provider" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (given); i++)
    if (given[i].set && !(commands[index].options & given[i].flag))
      {
        g_autoptr(GString) takers = g_string_new (NULL);

        for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
          if (commands[c].options & given[i].flag)
            g_string_append_printf (takers, "%s%s", takers->len ? _(" and ") : "", commands[c].words);
        return g_strdup_printf (_("%s is only for %s"), given[i].name, takers->str);
      }
  return NULL;
}

static void
remove_school_file (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_remove (name);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = NULL;
  g_autofree char *path = NULL;
  g_autofree char *bad_option = NULL;
  const char *problem = NULL;
  CliOptions options = { 0 };
  gboolean created;
  guint n_words = 0;
  int index;
  int status;

  setlocale (LC_ALL, "");
  /* WAYMARK_LOCALEDIR: the translations of an uninstalled build (build-aux/run.sh sets it). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WAYMARK_LOCALEDIR") ? g_getenv ("WAYMARK_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (_("COMMAND [ARGUMENT…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(summary));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return cli_usage (error->message);

  if (opt_version)
    {
      g_print ("waymark-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (argc < 2)
    return cli_usage (_("no command given"));

  index = find_command (argc - 1, argv + 1, &n_words, &problem);
  if (index < 0)
    {
      g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), argv[1]);
      return cli_usage (problem ? problem : message);
    }

  if ((bad_option = check_options (index)) != NULL)
    return cli_usage (bad_option);

  if (opt_snapshots != NULL && opt_snapshots[1] != NULL && commands[index].run != cli_share_summary)
    return cli_usage (_("--snapshot is given once with score"));

  options.format = WM_FORMAT_AUTO;
  if (opt_format != NULL && commands[index].run == cli_trust_summary)
    {
      if (!wm_trust_format_from_name (opt_format, &options.trust_format))
        {
          g_autofree char *message =
            g_strdup_printf (_("unknown format “%s” (use csv, json or pdf)"), opt_format);
          return cli_usage (message);
        }
      options.has_trust_format = TRUE;
    }
  else if (opt_format != NULL && commands[index].run == cli_report)
    {
      if (!wm_report_format_from_name (opt_format, &options.report_format))
        {
          g_autofree char *message =
            g_strdup_printf (_("unknown format “%s” (use pdf, svg, png or odt)"), opt_format);
          return cli_usage (message);
        }
      options.has_report_format = TRUE;
    }
  else if (opt_format != NULL && !wm_format_from_name (opt_format, &options.format))
    {
      g_autofree char *message =
        g_strdup_printf (_("unknown format “%s” (use waymark, mahara or moodle)"), opt_format);
      return cli_usage (message);
    }
  options.note = opt_note;
  options.out = opt_out;
  options.dry_run = opt_dry_run;
  options.label = opt_label;
  options.date = opt_date;
  options.snapshot = opt_snapshots != NULL ? opt_snapshots[0] : NULL;
  options.snapshots = (const char * const *) opt_snapshots;
  options.owner = opt_owner;
  options.due = opt_due;
  options.target = opt_target;
  options.compare = opt_compare;
  options.yes = opt_yes;
  options.whole_year = opt_year;
  options.provider = opt_provider;

  /* A command that needs no school file neither opens nor makes one. */
  if (commands[index].options & OPT_NO_SCHOOL)
    return commands[index].run (NULL, argv + 1 + n_words, (guint) argc - 1 - n_words, &options);

  path = opt_file ? g_strdup (opt_file) : wm_store_default_path ();
  created = !g_file_test (path, G_FILE_TEST_EXISTS);

  store = wm_catalog_open_school (path, &error);
  if (store == NULL)
    status = cli_fail (error);
  else
    status = commands[index].run (store, argv + 1 + n_words, (guint) argc - 1 - n_words, &options);

  /* A school file this failed command created holds nothing of the user's: leave no trace. */
  if (status != 0 && created)
    {
      g_clear_object (&store);
      remove_school_file (path);
    }

  return status;
}
