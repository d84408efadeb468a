/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "wm-catalog.h"
#include "wm-change.h"
#include "wm-framework-info.h"
#include "wm-grid-model.h"
#include "wm-judgements.h"

/*
 * waymark-cli: the school file from a terminal, over the same core as the app.
 * Errors go to stderr with exit status 2, and nothing is written on error.
 */

#define EXIT_ERROR 2

static char *opt_file;
static char *opt_note;
static gboolean opt_version;

static const GOptionEntry entries[] = {
  { "file", 'f', 0, G_OPTION_ARG_FILENAME, &opt_file,
    N_("The school file (default: the one the app opens)"), N_("PATH") },
  { "note", 'n', 0, G_OPTION_ARG_STRING, &opt_note,
    N_("With rate: the note to record with the rating"), N_("TEXT") },
  { "version", 0, 0, G_OPTION_ARG_NONE, &opt_version, N_("Print the version and exit"), NULL },
  { NULL }
};

static const char summary[] =
  N_("Commands:\n"
     "  frameworks                      list the frameworks in the school file\n"
     "  show FRAMEWORK                  print a framework's grid with its judgements\n"
     "  rate DESCRIPTOR RATING [--note TEXT]\n"
     "                                  judge a descriptor (lqf:8.3g, or 8.3g alone)\n"
     "  history DESCRIPTOR              every change to a descriptor's judgement");

static int
fail (GError *error)
{
  g_printerr ("waymark-cli: %s\n", error->message);
  return EXIT_ERROR;
}

static int
usage (const char *message)
{
  g_printerr ("waymark-cli: %s\n%s\n", message, _("Run “waymark-cli --help” for the commands."));
  return EXIT_ERROR;
}

static int
cmd_frameworks (WmStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = wm_catalog_list (store, &error);

  if (list == NULL)
    return fail (error);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WmFrameworkInfo) info = g_list_model_get_item (list, i);

      g_print ("%s\t%s\t%u elements\t%u strands\t%u descriptors\n",
               wm_framework_info_get_id (info), wm_framework_info_get_title (info),
               wm_framework_info_get_n_elements (info), wm_framework_info_get_n_strands (info),
               wm_framework_info_get_n_descriptors (info));
    }
  return 0;
}

static int
cmd_show (WmStore    *store,
          const char *framework_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmGridModel) grid = wm_grid_model_new (store, framework_id, &error);
  guint n_levels;

  if (grid == NULL)
    return fail (error);

  n_levels = wm_grid_model_get_n_levels (grid);
  g_print ("%s (%s)\n", wm_grid_model_get_title (grid), framework_id);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (grid)); i++)
    {
      g_autoptr(WmGridRow) row = g_list_model_get_item (G_LIST_MODEL (grid), i);
      const char *title = wm_grid_row_get_title (row);

      switch (wm_grid_row_get_kind (row))
        {
        case WM_GRID_ROW_HEADING:
          g_print ("\n%s\n", title);
          break;

        case WM_GRID_ROW_ELEMENT:
          g_print ("  %s %s\n", wm_grid_row_get_id (row), title);
          break;

        case WM_GRID_ROW_STRAND:
          g_print ("    %s%s%s\n", wm_grid_row_get_id (row), *title ? " " : "", title);
          for (guint l = 0; l < n_levels; l++)
            {
              WmDescriptor *d = wm_grid_row_get_descriptor (row, l);

              if (d == NULL)
                continue;
              g_print ("      %-8s %-7s [%s] %s\n", wm_grid_model_get_level_name (grid, l),
                       wm_descriptor_get_id (d), wm_descriptor_get_rating_name (d),
                       wm_descriptor_get_text (d));
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }
  return 0;
}

static int
cmd_rate (WmStore    *store,
          const char *name,
          const char *rating)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *descriptor_id = NULL;
  g_autofree char *rating_id = NULL;
  g_autofree char *rating_name = NULL;
  g_autofree char *author = wm_judgements_default_author ();

  if (!wm_judgements_resolve_descriptor (store, name, &framework_id, &descriptor_id, &error) ||
      !(rating_id = wm_judgements_resolve_rating (store, framework_id, rating, &error)) ||
      !wm_judgements_rate (store, framework_id, descriptor_id, rating_id, opt_note, author, &error) ||
      !wm_judgements_lookup (store, framework_id, descriptor_id, NULL, &rating_name, NULL, NULL, &error))
    return fail (error);

  g_print ("%s:%s\t%s\n", framework_id, descriptor_id, rating_name);
  return 0;
}

static int
cmd_history (WmStore    *store,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *descriptor_id = NULL;
  g_autoptr(GListModel) history = NULL;

  if (!wm_judgements_resolve_descriptor (store, name, &framework_id, &descriptor_id, &error) ||
      !(history = wm_judgements_history (store, framework_id, descriptor_id, &error)))
    return fail (error);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(WmChange) change = g_list_model_get_item (history, i);
      const char *old_rating = wm_change_get_old_rating_name (change);

      g_print ("%s\t%s\t%s -> %s\t%s\n", wm_change_get_changed_at (change),
               wm_change_get_author (change), old_rating ? old_rating : "-",
               wm_change_get_new_rating_name (change), wm_change_get_new_note (change));
    }
  if (g_list_model_get_n_items (history) == 0)
    g_print (_("%s:%s has not been judged yet\n"), framework_id, descriptor_id);
  return 0;
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
  const char *command;
  gboolean created;
  guint n_args;
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

  command = argv[1];
  n_args = (guint) argc - 2;

  /* Check the command line fully before opening, which may create the file. */
  if (g_str_equal (command, "frameworks") && n_args == 0) {}
  else if (g_str_equal (command, "show") && n_args == 1) {}
  else if (g_str_equal (command, "rate") && n_args == 2) {}
  else if (g_str_equal (command, "history") && n_args == 1) {}
  else if (g_strv_contains ((const char *[]) { "frameworks", "show", "rate", "history", NULL }, command))
    return usage (_("wrong number of arguments"));
  else
    {
      g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), command);
      return usage (message);
    }

  if (opt_note != NULL && !g_str_equal (command, "rate"))
    return usage (_("--note is only for the rate command"));

  path = opt_file ? g_strdup (opt_file) : wm_store_default_path ();
  created = !g_file_test (path, G_FILE_TEST_EXISTS);

  store = wm_catalog_open_school (path, &error);
  if (store == NULL)
    status = fail (error);
  else if (g_str_equal (command, "frameworks"))
    status = cmd_frameworks (store);
  else if (g_str_equal (command, "show"))
    status = cmd_show (store, argv[2]);
  else if (g_str_equal (command, "rate"))
    status = cmd_rate (store, argv[2], argv[3]);
  else
    status = cmd_history (store, argv[2]);

  /* A school file this failed command created holds nothing of the user's: leave no trace. */
  if (status != 0 && created)
    {
      g_clear_object (&store);
      remove_school_file (path);
    }

  return status;
}
