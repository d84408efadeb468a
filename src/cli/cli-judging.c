/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "wm-catalog.h"
#include "wm-change.h"
#include "wm-framework-info.h"
#include "wm-grid-model.h"
#include "wm-judgements.h"

/* waymark-cli's judging commands: frameworks, show, rate, history. */

int
cli_frameworks (WmStore          *store,
                char            **args,
                guint             n_args,
                const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = wm_catalog_list (store, &error);

  if (list == NULL)
    return cli_fail (error);

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

int
cli_show (WmStore          *store,
          char            **args,
          guint             n_args,
          const CliOptions *options)
{
  const char *framework_id = args[0];
  g_autoptr(GError) error = NULL;
  g_autoptr(WmGridModel) grid = wm_grid_model_new (store, framework_id, &error);
  guint n_levels;

  if (grid == NULL)
    return cli_fail (error);

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

int
cli_rate (WmStore          *store,
          char            **args,
          guint             n_args,
          const CliOptions *options)
{
  const char *name = args[0];
  const char *rating = args[1];
  g_autoptr(GError) error = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *descriptor_id = NULL;
  g_autofree char *rating_id = NULL;
  g_autofree char *rating_name = NULL;
  g_autofree char *author = wm_judgements_default_author ();

  if (!wm_judgements_resolve_descriptor (store, name, &framework_id, &descriptor_id, &error) ||
      !(rating_id = wm_judgements_resolve_rating (store, framework_id, rating, &error)) ||
      !wm_judgements_rate (store, framework_id, descriptor_id, rating_id, options->note, author, &error) ||
      !wm_judgements_lookup (store, framework_id, descriptor_id, NULL, &rating_name, NULL, NULL, &error))
    return cli_fail (error);

  g_print ("%s:%s\t%s\n", framework_id, descriptor_id, rating_name);
  return 0;
}

int
cli_history (WmStore          *store,
             char            **args,
             guint             n_args,
             const CliOptions *options)
{
  const char *name = args[0];
  g_autoptr(GError) error = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *descriptor_id = NULL;
  g_autoptr(GListModel) history = NULL;

  if (!wm_judgements_resolve_descriptor (store, name, &framework_id, &descriptor_id, &error) ||
      !(history = wm_judgements_history (store, framework_id, descriptor_id, &error)))
    return cli_fail (error);

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
