/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-window"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-util.h"
#include "wm-application.h"
#include "wm-grid-view.h"
#include "wm-judgements.h"
#include "wm-test-ui.h"

/*
 * The program bench-ui starts, afresh each time:
 *
 *   bench-window floor                 a bare AdwApplicationWindow with one label
 *   bench-window app SCHOOL [OPTIONS]  Waymark's own application and window on SCHOOL
 *     --remember FRAMEWORK   the framework shown last (GSettings last-framework) before start-up
 *     --grids A,B            after the first frame, show each framework in turn
 *     --rate N               then rate N descriptors of the grid shown through "grid.rate"
 *
 * Each frame is stamped at its frame clock's "after-paint". The program writes "driver: KEY
 * VALUE" lines (times in CLOCK_MONOTONIC microseconds or milliseconds) and quits.
 */

#define FRAME_TIMEOUT_S 20

typedef enum {
  STEP_FIRST_FRAME,
  STEP_GRID,
  STEP_RATE,
} Step;

typedef struct {
  GApplication *app;
  GtkWindow    *window;
  gboolean      is_app;
  Step          step;
  gboolean      waiting;         /* for the next frame */
  gint64        start;           /* when the change now waiting for its frame was made */
  gint64        returned;        /* when the rating's action returned */
  guint         timeout_id;
  GStrv         grids;
  guint         grid_index;
  guint         n_rates;
  guint         rate_index;
  GPtrArray    *cells;           /* WmDescriptorCell, mapped, of the grid shown */
  GArray       *rate_return;     /* ms from the action to its return: written, durable, handled */
  GArray       *rate_frame;      /* ms from the action to the next frame drawn */
} Driver;

static Driver driver;

static void
say (const char *key,
     const char *format,
     ...) G_GNUC_PRINTF (2, 3);

static void
say (const char *key,
     const char *format,
     ...)
{
  g_autofree char *value = NULL;
  va_list args;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);
  printf ("driver: %s %s\n", key, value);
  fflush (stdout);
}

static gboolean
frame_timeout_cb (gpointer user_data)
{
  g_printerr ("bench-window: no frame drawn within %d s (step %d)\n", FRAME_TIMEOUT_S, driver.step);
  exit (1);
}

/* Called once the change has been made: the next "after-paint" ends its time. */
static void
wait_for_frame (void)
{
  driver.waiting = TRUE;
  g_clear_handle_id (&driver.timeout_id, g_source_remove);
  driver.timeout_id = g_timeout_add_seconds (FRAME_TIMEOUT_S, frame_timeout_cb, NULL);
}

static void
finish (void)
{
  if (driver.rate_return != NULL && driver.rate_return->len > 0)
    {
      say ("rate-count", "%u", driver.rate_return->len);
      say ("rate-return-median-ms", "%.3f", bench_median (driver.rate_return));
      say ("rate-return-p99-ms", "%.3f", bench_percentile (driver.rate_return, 99.0));
      say ("rate-return-max-ms", "%.3f", bench_max (driver.rate_return));
      say ("rate-frame-median-ms", "%.3f", bench_median (driver.rate_frame));
      say ("rate-frame-p99-ms", "%.3f", bench_percentile (driver.rate_frame, 99.0));
    }
  say ("done", "1");
  g_clear_handle_id (&driver.timeout_id, g_source_remove);
  g_application_quit (driver.app);
}

static GtkWidget *
grid_view (void)
{
  GtkWidget *grid = wm_test_ui_find_widget (GTK_WIDGET (driver.window), WM_TYPE_GRID_VIEW);

  if (grid == NULL)
    {
      g_printerr ("bench-window: the window has no grid\n");
      exit (1);
    }
  return grid;
}

/* Rates the next visible descriptor to a rating it does not have; its frame ends the time. */
static void
rate_next (void)
{
  WmGridModel *model = wm_grid_view_get_model (WM_GRID_VIEW (grid_view ()));
  WmDescriptorCell *cell = g_ptr_array_index (driver.cells, driver.rate_index % driver.cells->len);
  WmDescriptor *descriptor = wm_descriptor_cell_get_descriptor (cell);
  guint n_ratings = wm_grid_model_get_n_ratings (model);
  const char *current = wm_descriptor_get_rating_id (descriptor);
  const char *rating = NULL;

  for (guint r = 0; r < n_ratings && rating == NULL; r++)
    {
      const char *id = wm_grid_model_get_rating_id (model, (driver.rate_index + r + 1) % n_ratings);

      if (g_strcmp0 (id, current) != 0 && g_strcmp0 (id, WM_RATING_NOT_APPLICABLE) != 0)
        rating = id;
    }

  driver.start = bench_now_us ();
  gtk_widget_activate_action (grid_view (), "grid.rate", "(ss)",
                              wm_descriptor_get_id (descriptor), rating);
  driver.returned = bench_now_us ();
  wait_for_frame ();
}

static gboolean
next_step_cb (gpointer user_data)
{
  if (driver.grids != NULL && driver.grid_index < g_strv_length (driver.grids))
    {
      const char *id = driver.grids[driver.grid_index];

      driver.step = STEP_GRID;
      driver.start = bench_now_us ();
      if (!wm_window_select_framework (WM_WINDOW (driver.window), id))
        {
          g_printerr ("bench-window: no framework %s\n", id);
          exit (1);
        }
      wait_for_frame ();
      return G_SOURCE_REMOVE;
    }

  if (driver.step == STEP_GRID)
    say ("rss-kb-after-grids", "%" G_GUINT64_FORMAT, bench_rss_kb ());

  if (driver.rate_index < driver.n_rates)
    {
      if (driver.cells == NULL)
        {
          driver.cells = g_ptr_array_new ();
          wm_test_ui_collect_cells (grid_view (), NULL, driver.cells);
          if (driver.cells->len == 0)
            {
              g_printerr ("bench-window: no descriptor shown to rate\n");
              exit (1);
            }
        }
      driver.step = STEP_RATE;
      rate_next ();
      return G_SOURCE_REMOVE;
    }

  finish ();
  return G_SOURCE_REMOVE;
}

/* How many descriptor cells the window holds: a list view makes only those it shows, or should. */
static guint
count_cells (void)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  wm_test_ui_collect_widgets (GTK_WIDGET (driver.window), WM_TYPE_DESCRIPTOR_CELL, cells);
  return cells->len;
}

/* … and how many of them it shows: the list view maps only the rows in sight. */
static guint
count_cells_shown (void)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  wm_test_ui_collect_cells (GTK_WIDGET (driver.window), NULL, cells);
  return cells->len;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  gint64 now = bench_now_us ();

  if (!driver.waiting)
    return;
  driver.waiting = FALSE;
  g_clear_handle_id (&driver.timeout_id, g_source_remove);

  switch (driver.step)
    {
    case STEP_FIRST_FRAME:
      say ("first-frame-us", "%" G_GINT64_FORMAT, now);
      say ("rss-kb", "%" G_GUINT64_FORMAT, bench_rss_kb ());
      say ("cells", "%u", count_cells ());
      say ("cells-shown", "%u", count_cells_shown ());
      break;
    case STEP_GRID:
      {
        const char *id = driver.grids[driver.grid_index++];
        g_autofree char *key = g_strdup_printf ("grid-%s-ms", id);
        g_autofree char *cells = g_strdup_printf ("grid-%s-cells", id);
        g_autofree char *shown = g_strdup_printf ("grid-%s-cells-shown", id);
        g_autofree char *rss = g_strdup_printf ("grid-%s-rss-kb", id);

        say (key, "%.3f", bench_ms (now - driver.start));
        say (cells, "%u", count_cells ());
        say (shown, "%u", count_cells_shown ());
        say (rss, "%" G_GUINT64_FORMAT, bench_rss_kb ());
      }
      break;
    case STEP_RATE:
      {
        double returned = bench_ms (driver.returned - driver.start);
        double drawn = bench_ms (now - driver.start);

        g_array_append_val (driver.rate_return, returned);
        g_array_append_val (driver.rate_frame, drawn);
        driver.rate_index++;
      }
      break;
    }
  g_idle_add (next_step_cb, NULL);
}

static void
realize_cb (GtkWidget *window,
            gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  if (driver.window != NULL)
    return;
  driver.window = window;
  driver.waiting = TRUE;
  driver.timeout_id = g_timeout_add_seconds (FRAME_TIMEOUT_S, frame_timeout_cb, NULL);
  g_signal_connect_after (window, "realize", G_CALLBACK (realize_cb), NULL);
}

/* The floor: what any GTK 4 + libadwaita app pays to put a window on screen here. */
static void
floor_activate_cb (GApplication *app,
                   gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), gtk_label_new ("Waymark"));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

static G_NORETURN void
usage (void)
{
  g_printerr ("usage: bench-window floor | app SCHOOL [--remember ID] [--grids A,B] [--rate N]\n");
  exit (2);
}

int
main (int    argc,
      char **argv)
{
  gint64 main_us = bench_now_us ();
  g_autofree char *remember = NULL;
  g_autofree char *grids = NULL;
  int n_rates = 0;
  int status;
  GOptionEntry entries[] = {
    { "remember", 0, 0, G_OPTION_ARG_STRING, &remember, NULL, NULL },
    { "grids", 0, 0, G_OPTION_ARG_STRING, &grids, NULL, NULL },
    { "rate", 0, 0, G_OPTION_ARG_INT, &n_rates, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  say ("main-us", "%" G_GINT64_FORMAT, main_us);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    bench_fail ("bench-window", error);
  if (argc < 2 || (g_str_equal (argv[1], "app") && argc != 3) ||
      (!g_str_equal (argv[1], "app") && !g_str_equal (argv[1], "floor")))
    usage ();

  driver.is_app = g_str_equal (argv[1], "app");
  driver.grids = grids ? g_strsplit (grids, ",", -1) : NULL;
  driver.n_rates = (guint) MAX (n_rates, 0);
  driver.rate_return = g_array_new (FALSE, FALSE, sizeof (double));
  driver.rate_frame = g_array_new (FALSE, FALSE, sizeof (double));

  if (driver.is_app)
    {
      char *app_argv[] = { argv[0], argv[2], NULL };

      g_set_application_name (_("Waymark"));
      if (remember != NULL)
        {
          g_autoptr(GSettings) settings = g_settings_new ("org.waymark.Waymark");

          g_settings_set_string (settings, "last-framework", remember);
        }
      driver.app = G_APPLICATION (wm_application_new ());
      g_signal_connect (driver.app, "window-added", G_CALLBACK (window_added_cb), NULL);
      status = g_application_run (driver.app, 2, app_argv);
    }
  else
    {
      char *app_argv[] = { argv[0], NULL };

      driver.app = G_APPLICATION (adw_application_new ("org.waymark.Waymark.BenchFloor",
                                                       G_APPLICATION_DEFAULT_FLAGS));
      g_signal_connect (driver.app, "activate", G_CALLBACK (floor_activate_cb), NULL);
      g_signal_connect (driver.app, "window-added", G_CALLBACK (window_added_cb), NULL);
      status = g_application_run (driver.app, 1, app_argv);
    }

  g_clear_object (&driver.app);
  g_clear_pointer (&driver.grids, g_strfreev);
  g_clear_pointer (&driver.cells, g_ptr_array_unref);
  g_clear_pointer (&driver.rate_return, g_array_unref);
  g_clear_pointer (&driver.rate_frame, g_array_unref);
  return status;
}
