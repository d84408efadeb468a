/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-welcome"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "wm-about.h"
#include "wm-catalog.h"
#include "wm-chart-page.h"
#include "wm-demo.h"
#include "wm-help.h"
#include "wm-school.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"
#include "wm-welcome-page.h"
#include "wm-window.h"

/*
 * First run, under Xvfb: the welcome page of a new school file, once; starting with the LQF;
 * the demo school in a window of its own; the About window as the metainfo has it; and Help
 * without a Help viewer. XDG_DATA_HOME is a folder of the test's own (set before GTK starts),
 * where the demo school goes; the system's data folders stay, for the icons.
 */

#define TODAY      "2026-11-22"
#define DEADLINE   (30 * G_USEC_PER_SEC)

static char *data_home;

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  f->dir = wm_test_make_dir ("waymark-welcome-XXXXXX");
  f->path = g_build_filename (f->dir, "school.waymark", NULL);
}

static void
close_all_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
      wm_test_ui_wait_for_idle ();
    }
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *demo = wm_demo_default_path ();

  close_all_windows ();
  g_unlink (demo);
  wm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static WmWindow *
open_window (const char *path)
{
  WmWindow *window = wm_window_open (NULL, path);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_present (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  return window;
}

static const char *
shown_page (WmWindow *window)
{
  GtkStack *stack = GTK_STACK (wm_test_ui_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK));

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (stack);
}

/* The button whose action is @action_name, under @root. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *action_name)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  wm_test_ui_collect_widgets (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), action_name) == 0)
      return buttons->pdata[i];
  return NULL;
}

static WmWelcomePage *
welcome_page (WmWindow *window)
{
  GtkWidget *page = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_WELCOME_PAGE);

  g_assert_nonnull (page);
  return WM_WELCOME_PAGE (page);
}

static gboolean
flag_set (WmStore    *store,
          const char *key)
{
  g_autoptr(GError) error = NULL;
  gboolean value = FALSE;

  g_assert_true (wm_school_get_flag (store, key, &value, &error));
  g_assert_no_error (error);
  return value;
}

static char *
school_name (WmStore *store)
{
  g_autoptr(GError) error = NULL;
  char *name = wm_school_get_name (store, &error);

  g_assert_no_error (error);
  return name;
}

static void
test_start (Fixture       *f,
            gconstpointer  data)
{
  WmWindow *window = open_window (f->path);
  WmStore *store = wm_window_get_store (window);
  AdwStatusPage *status;
  GtkWidget *start;
  GtkWidget *chart;
  g_autofree char *name = NULL;

  /* A file the app has just made: the welcome, with what Waymark does and the way in. */
  g_assert_nonnull (store);
  g_assert_true (wm_store_was_created (store));
  g_assert_cmpstr (shown_page (window), ==, "welcome");
  status = ADW_STATUS_PAGE (wm_test_ui_find_widget (GTK_WIDGET (welcome_page (window)), ADW_TYPE_STATUS_PAGE));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status)));
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "Welcome to Waymark");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "report for governors"));
  g_assert_cmpstr (adw_status_page_get_icon_name (status), ==, APP_ID);
  g_assert_nonnull (find_button (GTK_WIDGET (window), "win.welcome-demo"));

  /* Named, and started: the LQF's grid, and the name kept. */
  wm_welcome_page_set_school_name (welcome_page (window), "  St Anne’s Primary ");
  start = find_button (GTK_WIDGET (window), "win.welcome-start");
  g_assert_nonnull (start);
  g_assert_true (gtk_widget_get_mapped (start));
  g_signal_emit_by_name (start, "clicked");
  wm_test_ui_wait_for_idle ();

  g_assert_cmpstr (shown_page (window), ==, "school");
  chart = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_CHART_PAGE);
  g_assert_cmpstr (wm_chart_page_get_framework_id (WM_CHART_PAGE (chart)), ==, "lqf");
  name = school_name (store);
  g_assert_cmpstr (name, ==, "St Anne’s Primary");
  g_assert_true (flag_set (store, WM_SCHOOL_FLAG_WELCOMED));

  /* Once only: the same file opened again goes straight to the school. */
  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  window = open_window (f->path);
  g_assert_false (wm_store_was_created (wm_window_get_store (window)));
  g_assert_cmpstr (shown_page (window), ==, "school");
}

/* The name may be left empty: the school starts unnamed. */
static void
test_start_unnamed (Fixture       *f,
                    gconstpointer  data)
{
  WmWindow *window = open_window (f->path);
  g_autofree char *name = NULL;

  g_assert_cmpstr (shown_page (window), ==, "welcome");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.welcome-start", NULL));
  wm_test_ui_wait_for_idle ();
  g_assert_cmpstr (shown_page (window), ==, "school");
  name = school_name (wm_window_get_store (window));
  g_assert_cmpstr (name, ==, "");
  g_assert_true (flag_set (wm_window_get_store (window), WM_SCHOOL_FLAG_WELCOMED));
}

/* Only a file the app has just made is welcomed: one made before (here by the core, as the
 * command line makes them) is not. */
static void
test_existing_file (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (f->path, &error);
  WmWindow *window;

  g_assert_no_error (error);
  g_clear_object (&store);
  window = open_window (f->path);
  g_assert_cmpstr (shown_page (window), ==, "school");
}

static WmWindow *
other_window (WmWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

      if (WM_IS_WINDOW (other) && other != GTK_WINDOW (window))
        return WM_WINDOW (other);
    }
  return NULL;
}

static WmWindow *
wait_for_other_window (WmWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE;
  WmWindow *other;

  while ((other = other_window (window)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  wm_test_ui_wait_for_idle ();
  return other;
}

static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *demo_path = g_build_filename (data_home, "waymark", "demo.waymark", NULL);
  WmWindow *window = open_window (f->path);
  WmStore *store = wm_window_get_store (window);
  WmWindow *demo;
  WmStore *demo_store;
  GtkWidget *button = find_button (GTK_WIDGET (window), "win.welcome-demo");
  g_autofree char *name = NULL;
  g_autofree char *demo_name = NULL;
  GStatBuf before, after;

  g_assert_false (g_file_test (demo_path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  /* Made on a worker thread: the button waits meanwhile. */
  g_assert_false (gtk_widget_get_sensitive (button));
  demo = wait_for_other_window (window);

  /* The demo school in a window of its own, from the data folder. */
  g_assert_true (gtk_widget_get_sensitive (button));
  demo_store = wm_window_get_store (demo);
  g_assert_nonnull (demo_store);
  g_assert_cmpstr (wm_store_get_path (demo_store), ==, demo_path);
  demo_name = school_name (demo_store);
  g_assert_cmpstr (demo_name, ==, WM_DEMO_SCHOOL_NAME);
  g_assert_cmpstr (shown_page (demo), ==, "school");
  g_assert_cmpint (wm_test_sqlite_int (demo_path, "SELECT count(*) FROM judgements"), >, 60);
  g_assert_cmpint (wm_test_sqlite_int (demo_path, "SELECT count(*) FROM snapshots"), ==, 3);

  /* The school's own file as it was, still welcoming. */
  g_assert_cmpstr (shown_page (window), ==, "welcome");
  name = school_name (store);
  g_assert_cmpstr (name, ==, "");
  g_assert_false (flag_set (store, WM_SCHOOL_FLAG_WELCOMED));
  g_assert_cmpint (wm_test_sqlite_int (f->path, "SELECT count(*) FROM judgements"), ==, 0);

  /* Once made, the demo is opened as it is. */
  g_assert_cmpint (g_stat (demo_path, &before), ==, 0);
  gtk_window_destroy (GTK_WINDOW (demo));
  wm_test_ui_wait_for_idle ();
  g_signal_emit_by_name (button, "clicked");
  demo = wait_for_other_window (window);
  g_assert_cmpstr (wm_store_get_path (wm_window_get_store (demo)), ==, demo_path);
  g_assert_cmpint (g_stat (demo_path, &after), ==, 0);
  g_assert_cmpint (before.st_ino, ==, after.st_ino);
}

/* The current release's notes (or any AppStream description) in one form: each element and
 * its text, whitespace collapsed. */
typedef struct {
  gboolean  whole;         /* a bare <description>, not a metainfo file */
  guint     depth;         /* inside the first <release>'s <description> when > 0 */
  gboolean  in_release;
  gboolean  done;          /* past the first release */
  char     *version;
  char     *homepage;
  char     *bugtracker;
  char     *url_type;      /* of the <url> being read */
  GString  *out;
} Notes;

static void
notes_start (GMarkupParseContext  *context,
             const char           *element,
             const char          **names,
             const char          **values,
             gpointer              user_data,
             GError              **error)
{
  Notes *notes = user_data;

  if (notes->depth > 0)
    {
      g_string_append_printf (notes->out, "<%s>", element);
      notes->depth++;
    }
  else if (g_str_equal (element, "description") && (notes->whole || (notes->in_release && !notes->done)))
    notes->depth = 1;
  else if (g_str_equal (element, "release") && !notes->done)
    {
      notes->in_release = TRUE;
      for (guint i = 0; names[i]; i++)
        if (g_str_equal (names[i], "version"))
          notes->version = g_strdup (values[i]);
    }
  else if (g_str_equal (element, "url"))
    for (guint i = 0; names[i]; i++)
      if (g_str_equal (names[i], "type"))
        notes->url_type = g_strdup (values[i]);
}

static void
notes_end (GMarkupParseContext  *context,
           const char           *element,
           gpointer              user_data,
           GError              **error)
{
  Notes *notes = user_data;

  if (notes->depth > 1)
    g_string_append_printf (notes->out, "</%s>", element);
  if (notes->depth > 0)
    notes->depth--;
  else if (g_str_equal (element, "release") && notes->in_release)
    notes->done = TRUE;
  else if (g_str_equal (element, "url"))
    g_clear_pointer (&notes->url_type, g_free);
}

static void
notes_text (GMarkupParseContext  *context,
            const char           *text,
            gsize                 length,
            gpointer              user_data,
            GError              **error)
{
  Notes *notes = user_data;
  g_autofree char *copy = g_strndup (text, length);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (copy), " \t\n", -1);
  g_autoptr(GString) collapsed = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    if (*words[i] != '\0')
      g_string_append_printf (collapsed, "%s%s", collapsed->len ? " " : "", words[i]);

  if (notes->depth > 0)
    g_string_append (notes->out, collapsed->str);
  else if (g_strcmp0 (notes->url_type, "homepage") == 0)
    notes->homepage = g_strdup (collapsed->str);
  else if (g_strcmp0 (notes->url_type, "bugtracker") == 0)
    notes->bugtracker = g_strdup (collapsed->str);
}

static void
notes_read (Notes      *notes,
            const char *markup)
{
  static const GMarkupParser parser = { notes_start, notes_end, notes_text, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, notes, NULL);

  notes->out = g_string_new (NULL);
  g_assert_true (g_markup_parse_context_parse (context, markup, -1, &error) &&
                 g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
}

static void
notes_clear (Notes *notes)
{
  g_free (notes->version);
  g_free (notes->homepage);
  g_free (notes->bugtracker);
  g_free (notes->url_type);
  g_string_free (notes->out, TRUE);
}

/* What About says is what the metainfo says: the version is its newest release, with that
 * release's notes word for word, and the same links. */
static void
test_about_metainfo (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                 "org.waymark.Waymark.metainfo.xml.in.in", NULL);
  g_autofree char *metainfo = NULL;
  g_autofree char *release_notes = wm_about_release_notes ();
  g_autofree char *wrapped = g_strdup_printf ("<description>%s</description>", release_notes);
  g_autoptr(GError) error = NULL;
  Notes file = { 0 }, about = { .whole = TRUE };

  g_assert_true (g_file_get_contents (path, &metainfo, NULL, &error));
  g_assert_no_error (error);
  notes_read (&file, metainfo);
  notes_read (&about, wrapped);

  g_assert_cmpstr (file.version, ==, PACKAGE_VERSION);
  g_assert_cmpuint (file.out->len, >, 0);
  g_assert_cmpstr (about.out->str, ==, file.out->str);
  g_assert_cmpstr (file.homepage, ==, WM_ABOUT_WEBSITE);
  g_assert_cmpstr (file.bugtracker, ==, WM_ABOUT_ISSUE_URL);
  notes_clear (&file);
  notes_clear (&about);
}

static void
test_about_window (void)
{
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (wm_about_window_new (NULL));
  g_autofree char *release_notes = wm_about_release_notes ();

  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Waymark");
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_release_notes_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_release_notes (about), ==, release_notes);
  g_assert_cmpstr (adw_about_window_get_developer_name (about), ==, "The Waymark developers");
  g_assert_cmpstr (adw_about_window_get_website (about), ==, WM_ABOUT_WEBSITE);
  g_assert_cmpstr (adw_about_window_get_issue_url (about), ==, WM_ABOUT_ISSUE_URL);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (strstr (adw_about_window_get_debug_info (about), PACKAGE_VERSION));

  gtk_window_present (GTK_WINDOW (about));
  wm_test_ui_wait_for_idle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (about)));
  gtk_window_destroy (GTK_WINDOW (about));
  wm_test_ui_wait_for_idle ();
}

/* Without a Help viewer, a dialog says so rather than nothing happening. */
static void
test_help_without_viewer (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GAppInfo) viewer = g_app_info_get_default_for_uri_scheme ("help");
  WmWindow *window;
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *dialog = NULL;

  if (viewer != NULL)
    {
      g_test_skip ("a Help viewer is installed here");
      return;
    }

  window = open_window (f->path);
  wm_help_show (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        dialog = ADW_MESSAGE_DIALOG (toplevel);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Help Needs the Help Viewer");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Yelp"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GTK or GLib read them: the demo school goes to a data folder of the test's own. */
  data_home = wm_test_make_dir ("waymark-welcome-data-XXXXXX");
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("WAYMARK_TODAY", TODAY, TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/welcome/start", Fixture, NULL, set_up, test_start, tear_down);
  g_test_add ("/welcome/start-unnamed", Fixture, NULL, set_up, test_start_unnamed, tear_down);
  g_test_add ("/welcome/existing-file", Fixture, NULL, set_up, test_existing_file, tear_down);
  g_test_add ("/welcome/demo", Fixture, NULL, set_up, test_demo, tear_down);
  g_test_add_func ("/about/metainfo", test_about_metainfo);
  g_test_add_func ("/about/window", test_about_window);
  g_test_add ("/help/without-viewer", Fixture, NULL, set_up, test_help_without_viewer, tear_down);

  status = g_test_run ();
  wm_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
