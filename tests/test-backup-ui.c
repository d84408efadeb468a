/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-backup-ui"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "wm-backup.h"
#include "wm-backup-item.h"
#include "wm-backup-window.h"
#include "wm-catalog.h"
#include "wm-grid-view.h"
#include "wm-judgements.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"

/* Nothing lost, for real under Xvfb: today's backup on opening a school file, a damaged
 * file refused untouched with the offer to restore, and a restore that brings the
 * school back in a new window while the file it replaced is kept. */

#define DEADLINE (20 * G_USEC_PER_SEC)

/* Every folder has an "&" in its name: the path reaches the error page and toasts,
 * which read markup. */

static char *
today_backup (const char *dir)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf ("school-%s.waymark", date);

  return g_build_filename (dir, "backups", name, NULL);
}

static char *
today_in_words (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%-d %B %Y");
}

/* A school file with 8.3g judged, and (if @backup) today's backup of it. */
static void
make_school (const char *path,
             gboolean    backup)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (path, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_assert_no_error (error);
  g_assert_true (wm_judgements_rate (store, "lqf", "8.3g", "partial", NULL, "Head", &error));
  g_assert_no_error (error);
  if (backup)
    {
      g_assert_true (wm_backup_ensure_daily (store, now, &error));
      g_assert_no_error (error);
    }
  g_assert_finalize_object (g_steal_pointer (&store));
}

static GBytes *
overwrite_with_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strnfill (4096, 'x');

  memcpy (text, "Minutes of the governors' meeting\n", 34);
  g_file_set_contents (path, text, 4096, &error);
  g_assert_no_error (error);
  return wm_test_read_bytes (path);
}

static gboolean
is_restore_button (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Restore from Backup…") == 0;
}

static GtkWidget *
find_restore_button (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  wm_test_ui_collect_widgets (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (is_restore_button (g_ptr_array_index (buttons, i)))
      return g_ptr_array_index (buttons, i);
  return NULL;
}

/* The first visible toplevel of @type other than @not, waited for. */
static GtkWindow *
wait_for_toplevel (GType      type,
                   GtkWindow *not)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

      for (GList *l = toplevels; l != NULL; l = l->next)
        if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && l->data != not &&
            gtk_widget_get_visible (l->data))
          return l->data;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_error ("no %s appeared", g_type_name (type));
}

static void
wait_for_file (const char *path)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE;

  while (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
wait_for_backups (WmBackupWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE;

  while (wm_backup_window_get_backups (window) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  wm_test_ui_wait_for_idle ();
}

/* A label whose text contains @part, shown in @root (a toast's, for one). */
static gboolean
shows_text (GtkWidget  *root,
            const char *part)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  wm_test_ui_collect_widgets (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), part) != NULL)
      return TRUE;
  return FALSE;
}

static char *
damaged_copy (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_prefix (name, "school.waymark.damaged-"))
      return g_build_filename (dir, name, NULL);
  return NULL;
}

static const char *
rating_shown (WmWindow   *window,
              const char *descriptor_id)
{
  GtkWidget *grid = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);
  WmGridModel *model = wm_grid_view_get_model (WM_GRID_VIEW (grid));

  g_assert_nonnull (model);
  return wm_descriptor_get_rating_id (wm_grid_model_lookup (model, descriptor_id));
}

static void
test_daily (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-backup-ui-&-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "school.waymark", NULL);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autofree char *backup = today_backup (dir);
  g_autofree char *expected = g_path_get_basename (backup);
  g_autofree char *names = NULL;
  WmWindow *window;

  /* Opened, the school file gets today's backup, made beside it in backups/. */
  window = wm_test_ui_open_window (path);
  wait_for_file (backup);
  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  names = wm_test_ui_names_in (backups);
  g_assert_cmpstr (names, ==, expected);
  g_clear_pointer (&names, g_free);

  /* Opened again the same day: still the one copy. */
  window = wm_test_ui_open_window (path);
  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  names = wm_test_ui_names_in (backups);
  g_assert_cmpstr (names, ==, expected);

  wm_test_remove_tree (dir);
}

static void
test_backup_fails (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-backup-ui-&-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "school.waymark", NULL);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + DEADLINE;
  WmWindow *window;

  /* Something else is called backups/: a toast says so, and the school is there to work on. */
  g_file_set_contents (backups, "not a folder", -1, &error);
  g_assert_no_error (error);
  window = wm_test_ui_open_window (path);
  while (!shows_text (GTK_WIDGET (window), "Could not create the backups folder"))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_nonnull (wm_window_get_store (window));
  g_assert_true (gtk_widget_activate_action (wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW),
                                             "grid.rate", "(ss)", "1.1b", "secure"));

  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  wm_test_remove_tree (dir);
}

/* A damaged school file: the error page says why and offers the backups; the file is
 * not changed by the window opening and closing. */
static WmWindow *
open_damaged (const char *path,
              GBytes     *damaged)
{
  WmWindow *window = wm_window_open (NULL, path);
  gint64 deadline = g_get_monotonic_time () + DEADLINE;
  GtkWidget *page;
  GtkWidget *button;
  g_autoptr(GBytes) now = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (wm_window_get_store (window));

  button = find_restore_button (GTK_WIDGET (window));
  g_assert_nonnull (button);
  while (!gtk_widget_get_visible (button))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  wm_test_ui_wait_for_idle ();

  page = wm_test_ui_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)),
                            "is not a Waymark school file"));

  now = wm_test_read_bytes (path);
  wm_test_assert_same_bytes (damaged, now);
  return window;
}

static void
test_damaged (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-backup-ui-&-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "school.waymark", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GBytes) after = NULL;
  WmWindow *window;
  GtkWidget *button;

  /* Without backups, no offer. */
  damaged = overwrite_with_text (path);
  window = wm_window_open (NULL, path);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 20; i++)
    wm_test_ui_wait_for_idle ();
  button = find_restore_button (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (button));
  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();
  g_clear_pointer (&damaged, g_bytes_unref);

  /* With one, the offer; and the damaged file is left exactly as it was. */
  g_unlink (path);
  make_school (path, TRUE);
  damaged = overwrite_with_text (path);
  window = open_damaged (path, damaged);
  gtk_window_destroy (GTK_WINDOW (window));
  wm_test_ui_wait_for_idle ();

  after = wm_test_read_bytes (path);
  wm_test_assert_same_bytes (damaged, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  wm_test_remove_tree (dir);
}

static void
test_restore_damaged (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-backup-ui-&-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "school.waymark", NULL);
  g_autofree char *old_backup = g_build_filename (dir, "backups", "school-2020-01-06.waymark", NULL);
  g_autofree char *date = today_in_words ();
  g_autofree char *heading = g_strdup_printf ("Restore the Copy of %s?", date);
  g_autofree char *kept = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GBytes) kept_bytes = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwMessageDialog) dialog = NULL;
  WmBackupWindow *backup_window;
  WmWindow *window;
  WmWindow *restored;
  AdwActionRow *row;
  GtkWidget *restore;

  make_school (path, TRUE);
  g_file_set_contents (old_backup, "cut short", -1, &error);
  g_assert_no_error (error);
  damaged = overwrite_with_text (path);
  window = open_damaged (path, damaged);

  /* The button lists the backups: today's with what it holds, and one that cannot be read. */
  gtk_widget_activate (find_restore_button (GTK_WIDGET (window)));
  backup_window = WM_BACKUP_WINDOW (wait_for_toplevel (WM_TYPE_BACKUP_WINDOW, NULL));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (backup_window)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (backup_window)));
  wait_for_backups (backup_window);

  wm_test_ui_collect_widgets (GTK_WIDGET (backup_window), ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, date);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (row),
                                   "1 judgement · 0 pieces of evidence · 0 snapshots · "));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "6 January 2020");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "not an SQLite database"));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (row)));

  /* Restore asks first, then a new window shows the school as the backup has it. */
  restore = wm_test_ui_find_widget (g_ptr_array_index (rows, 0), GTK_TYPE_BUTTON);
  g_assert_nonnull (restore);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (restore)), ==, "_Restore");
  gtk_widget_activate (restore);
  dialog = g_object_ref (ADW_MESSAGE_DIALOG (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "school.waymark.damaged-"));
  adw_message_dialog_response (dialog, "restore");
  wm_test_ui_wait_for_idle ();

  restored = WM_WINDOW (wait_for_toplevel (WM_TYPE_WINDOW, NULL));
  wm_test_ui_wait_for_idle ();
  g_assert_nonnull (wm_window_get_store (restored));
  g_assert_cmpstr (rating_shown (restored, "8.3g"), ==, "partial");
  g_assert_true (shows_text (GTK_WIDGET (restored), "Backup restored"));

  /* The damaged file is kept, byte for byte, under its own name. */
  kept = damaged_copy (dir);
  g_assert_nonnull (kept);
  kept_bytes = wm_test_read_bytes (kept);
  wm_test_assert_same_bytes (damaged, kept_bytes);

  gtk_window_destroy (GTK_WINDOW (restored));
  wm_test_ui_wait_for_idle ();
  wm_test_remove_tree (dir);
}

static void
test_restore_open (void)
{
  g_autofree char *dir = wm_test_make_dir ("waymark-backup-ui-&-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "school.waymark", NULL);
  g_autofree char *backup = today_backup (dir);
  g_autofree char *kept = NULL;
  g_autofree char *rating = NULL;
  g_autofree char *unjudged = NULL;
  g_autoptr(GError) error = NULL;
  WmBackupWindow *backup_window;
  WmBackupItem *item;
  WmWindow *window;
  WmWindow *restored = NULL;
  GtkWidget *grid;

  /* Opened, backed up, then judged further. */
  make_school (path, FALSE);
  window = wm_test_ui_open_window (path);
  wait_for_file (backup);
  grid = wm_test_ui_find_widget (GTK_WIDGET (window), WM_TYPE_GRID_VIEW);
  unjudged = g_strdup (rating_shown (window, "1.1b"));
  g_assert_cmpstr (unjudged, !=, "secure");
  g_assert_true (gtk_widget_activate_action (grid, "grid.rate", "(ss)", "1.1b", "secure"));
  g_assert_cmpstr (rating_shown (window, "1.1b"), ==, "secure");

  /* Restored from the menu's window while open: the store is let go of first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", NULL));
  backup_window = WM_BACKUP_WINDOW (wait_for_toplevel (WM_TYPE_BACKUP_WINDOW, NULL));
  wait_for_backups (backup_window);
  g_assert_cmpuint (g_list_model_get_n_items (wm_backup_window_get_backups (backup_window)), ==, 1);
  item = g_list_model_get_item (wm_backup_window_get_backups (backup_window), 0);
  g_assert_true (wm_backup_window_restore (backup_window, wm_backup_item_get_path (item),
                                           &restored, &error));
  g_assert_no_error (error);
  g_object_unref (item);
  wm_test_ui_wait_for_idle ();

  g_assert_nonnull (restored);
  g_assert_nonnull (wm_window_get_store (restored));
  g_assert_cmpstr (rating_shown (restored, "8.3g"), ==, "partial");
  g_assert_cmpstr (rating_shown (restored, "1.1b"), ==, unjudged);

  /* The file it replaced, with the later judgement, is kept. */
  kept = damaged_copy (dir);
  g_assert_nonnull (kept);
  rating = wm_test_ui_stored_rating (kept, "1.1b");
  g_assert_cmpstr (rating, ==, "secure");

  gtk_window_destroy (GTK_WINDOW (restored));
  wm_test_ui_wait_for_idle ();
  wm_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/backup-ui/daily", test_daily);
  g_test_add_func ("/backup-ui/backup-fails", test_backup_fails);
  g_test_add_func ("/backup-ui/damaged", test_damaged);
  g_test_add_func ("/backup-ui/restore-damaged", test_restore_damaged);
  g_test_add_func ("/backup-ui/restore-open", test_restore_open);

  return g_test_run ();
}
