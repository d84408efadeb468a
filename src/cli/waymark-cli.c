/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "cli.h"
#include "wm-catalog.h"

/*
 * waymark-cli: the school file from a terminal, over the same core as the app.
 * Errors go to stderr with exit status 2, and nothing is written on error.
 */

static char *opt_file;
static char *opt_note;
static char *opt_format;
static char *opt_out;
static gboolean opt_dry_run;
static gboolean opt_version;

static const GOptionEntry entries[] = {
  { "file", 'f', 0, G_OPTION_ARG_FILENAME, &opt_file,
    N_("The school file (default: the one the app opens)"), N_("PATH") },
  { "note", 'n', 0, G_OPTION_ARG_STRING, &opt_note,
    N_("With rate: the note to record with the rating"), N_("TEXT") },
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format,
    N_("With framework import or export: waymark, mahara or moodle"), N_("FORMAT") },
  { "out", 'o', 0, G_OPTION_ARG_FILENAME, &opt_out,
    N_("With framework export: the file to write (default: standard output)"), N_("PATH") },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, &opt_dry_run,
    N_("With framework import: show what would change, write nothing"), NULL },
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
     "                                  write a framework as a file");

typedef enum {
  CMD_FRAMEWORKS,
  CMD_SHOW,
  CMD_RATE,
  CMD_HISTORY,
  CMD_IMPORT,
  CMD_EXPORT,
} Command;

static const struct {
  Command     command;
  const char *words;       /* the command's words, as typed */
  guint       n_args;      /* arguments after them */
} commands[] = {
  { CMD_FRAMEWORKS, "frameworks", 0 },
  { CMD_SHOW, "show", 1 },
  { CMD_RATE, "rate", 2 },
  { CMD_HISTORY, "history", 1 },
  { CMD_IMPORT, "framework import", 1 },
  { CMD_EXPORT, "framework export", 1 },
};

int
cli_fail (GError *error)
{
  g_printerr ("waymark-cli: %s\n", error->message);
  return CLI_EXIT_ERROR;
}

static int
usage (const char *message)
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
      if ((guint) argc - n == commands[i].n_args)
        {
          *n_words = n;
          return (int) i;
        }
    }

  *problem = known || (argc > 0 && g_str_equal (argv[0], "framework"))
             ? _("wrong number of arguments") : NULL;
  return -1;
}

/* Each option belongs to some commands only. */
static const char *
check_options (Command command)
{
  if (opt_note != NULL && command != CMD_RATE)
    return _("--note is only for the rate command");
  if (opt_format != NULL && command != CMD_IMPORT && command != CMD_EXPORT)
    return _("--format is only for framework import and export");
  if (opt_out != NULL && command != CMD_EXPORT)
    return _("--out is only for framework export");
  if (opt_dry_run && command != CMD_IMPORT)
    return _("--dry-run is only for framework import");
  return NULL;
}

static int
run (WmStore  *store,
     Command   command,
     char    **args,
     WmFormat  format)
{
  switch (command)
    {
    case CMD_FRAMEWORKS: return cli_frameworks (store);
    case CMD_SHOW: return cli_show (store, args[0]);
    case CMD_RATE: return cli_rate (store, args[0], args[1], opt_note);
    case CMD_HISTORY: return cli_history (store, args[0]);
    case CMD_IMPORT: return cli_import (store, args[0], format, opt_dry_run);
    case CMD_EXPORT: return cli_export (store, args[0], format, opt_out);
    default: g_assert_not_reached ();
    }
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
  const char *problem = NULL;
  WmFormat format;
  Command command;
  gboolean created;
  guint n_words = 0;
  int index;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (_("COMMAND [ARGUMENT…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(summary));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);

  if (opt_version)
    {
      g_print ("waymark-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (argc < 2)
    return usage (_("no command given"));

  /* Check the command line fully before opening, which may create the file. */
  index = find_command (argc - 1, argv + 1, &n_words, &problem);
  if (index < 0)
    {
      g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), argv[1]);
      return usage (problem ? problem : message);
    }
  command = commands[index].command;

  if ((problem = check_options (command)) != NULL)
    return usage (problem);

  format = command == CMD_EXPORT ? WM_FORMAT_WAYMARK : WM_FORMAT_AUTO;
  if (opt_format != NULL && !wm_format_from_name (opt_format, &format))
    {
      g_autofree char *message =
        g_strdup_printf (_("unknown format “%s” (use waymark, mahara or moodle)"), opt_format);
      return usage (message);
    }

  path = opt_file ? g_strdup (opt_file) : wm_store_default_path ();
  created = !g_file_test (path, G_FILE_TEST_EXISTS);

  store = wm_catalog_open_school (path, &error);
  if (store == NULL)
    status = cli_fail (error);
  else
    status = run (store, command, argv + 1 + n_words, format);

  /* A school file this failed command created holds nothing of the user's: leave no trace. */
  if (status != 0 && created)
    {
      g_clear_object (&store);
      remove_school_file (path);
    }

  return status;
}
