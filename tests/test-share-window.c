/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-share-window"

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "wm-bundle-copy.h"
#include "wm-bundle.h"
#include "wm-grid-view.h"
#include "wm-judgements.h"
#include "wm-snapshot.h"
#include "wm-test-share.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"
#include "wm-trust.h"
#include "wm-window-private.h"

/*
 * File > Share Summary… and File > Export Full Copy…, for real under Xvfb, from the open window
 * of a school with judgements, notes, evidence and an inclusion pupil (wm-test-share.c). GTK's
 * own file chooser cannot be driven, so these tests start from the file chosen
 * (wm_window_share_summary_to, wm_window_export_copy_to); test-share-snapshots answers the
 * chooser as the desktop's portal, and asks which snapshots go. The dialogs before the full copy
 * are the window's own, answered as the user would. The summary is read by the trust and holds
 * nothing private; the copy opens as the school file with everything in it; a folder that cannot
 * be written gets a toast naming the file, and nothing left in it.
 */

static void
test_summary (WmTestShare   *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->out, WM_TEST_SHARE_SCHOOL "-summary.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WmTrust) trust = wm_trust_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) school_bytes = NULL;
  g_autoptr(WmStore) store = NULL;
  g_autoptr(WmScores) now = NULL;
  g_autofree char *names = NULL;
  g_autofree char *folded = NULL;
  const WmBundle *bundle;
  const WmBundleFramework *lqf;

  wm_window_share_summary_to (f->window, file, NULL);
  wm_test_ui_assert_toast_then_dismiss (GTK_WIDGET (f->window), WM_TEST_SHARE_SAVED_SUMMARY);

  /* Written whole, under the name chosen, with nothing else beside it. */
  names = wm_test_ui_names_in (f->out);
  g_assert_cmpstr (names, ==, WM_TEST_SHARE_SCHOOL "-summary.json");

  /* The trust reads it: this school, its scores as the school file has them. */
  wm_test_done (wm_trust_add_file (trust, path, &error), &error);
  g_assert_cmpuint (trust->schools->len, ==, 1);
  g_assert_cmpuint (trust->problems->len, ==, 0);
  bundle = g_ptr_array_index (trust->schools, 0);
  g_assert_cmpstr (bundle->school_name, ==, WM_TEST_SHARE_SCHOOL);
  g_assert_cmpuint (bundle->frameworks->len, ==, 1);
  lqf = wm_bundle_find_framework (bundle, "lqf");
  g_assert_nonnull (lqf);
  g_assert_cmpuint (lqf->now->n_judged, ==, wm_test_share_n_judged);
  g_assert_cmpuint (lqf->n_evidence, ==, 2);
  g_assert_cmpuint (lqf->snapshots->len, ==, 1);
  g_assert_cmpstr (((WmBundleSide *) g_ptr_array_index (lqf->snapshots, 0))->name, ==, "Autumn");
  /* 1.1: Bronze and Silver secure, 2; 1.2: Bronze partial, 0.67; the element, their mean. */
  g_assert_cmpfloat (lqf->now->scores[0], ==, 1.33);
  g_assert_cmpfloat (lqf->now->scores[1], ==, 0.5);

  store = wm_store_open (f->path, &error);
  g_assert_no_error (error);
  now = wm_scoring_compute (store, "lqf", WM_SNAPSHOT_NOW, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lqf->elements->len, ==, now->elements->len);
  for (guint i = 0; i < now->elements->len; i++)
    {
      const WmElementScore *score = g_ptr_array_index (now->elements, i);

      g_assert_cmpstr (((WmBundleElement *) g_ptr_array_index (lqf->elements, i))->id, ==, score->id);
      g_assert_cmpfloat_with_epsilon (lqf->now->scores[i], score->score, 0.005);
    }
  g_assert_cmpfloat_with_epsilon (lqf->now->overall, now->score, 0.005);

  /* Nothing private is in its bytes, in any case; and the school file does hold each word, so
   * the test wrote what it looks for. */
  bytes = wm_test_read_bytes (path);
  folded = g_ascii_strdown (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  g_assert_true (wm_test_bytes_contain (bytes, "\"name\": \"" WM_TEST_SHARE_SCHOOL "\""));
  wm_store_close (store);
  g_clear_object (&store);
  school_bytes = wm_test_read_bytes (f->path);
  for (guint i = 0; i < wm_test_share_n_private_words; i++)
    {
      g_autofree char *word = g_ascii_strdown (wm_test_share_private_words[i], -1);

      if (strstr (folded, word) != NULL)
        g_error ("the summary holds “%s”", wm_test_share_private_words[i]);
      if (!wm_test_bytes_contain (school_bytes, wm_test_share_private_words[i]))
        g_error ("the school file lacks “%s”: the test did not write it", wm_test_share_private_words[i]);
    }
}

static void
test_full_copy (WmTestShare   *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->out, "handover.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) copy = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *names = NULL;
  g_autofree char *frameworks = NULL;
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  GtkWidget *list;

  wm_window_export_copy_to (f->window, file);
  dialog = wm_test_ui_wait_for_dialog ("Full Copy Saved");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_assert_null (wm_test_ui_toast_text (GTK_WIDGET (f->window)));

  /* The dialog lists what the copy holds, counted in the copy. */
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "Saved as handover.waymark. It holds:");
  list = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_LABEL (list));
  g_assert_cmpfloat (gtk_label_get_xalign (GTK_LABEL (list)), ==, 0);
  body = g_strconcat (adw_message_dialog_get_body (dialog), "\n", gtk_label_get_text (GTK_LABEL (list)), NULL);
  frameworks = g_strdup_printf ("\n• %d frameworks\n",
                                wm_test_sqlite_int (f->path, "SELECT count(*) FROM frameworks"));
  g_assert_true (g_str_has_prefix (body, "Saved as handover.waymark. It holds:\n• "));
  g_assert_nonnull (strstr (body, frameworks));
  g_assert_nonnull (strstr (body, "\n• 4 judged descriptors, with their history and notes\n"));
  g_assert_nonnull (strstr (body, "\n• 1 snapshot\n"));
  g_assert_nonnull (strstr (body, "\n• 2 pieces of evidence (21 bytes of files)\n"));
  g_assert_nonnull (strstr (body, "\n• 1 inclusion cohort\n"));
  g_assert_true (g_str_has_suffix (body, "\n• 1 pupil in the inclusion plan"));

  /* One file, nothing beside it; it opens as a school file, with the same judgements and
   * evidence, and holds everything, the private too. */
  names = wm_test_ui_names_in (f->out);
  g_assert_cmpstr (names, ==, "handover.waymark");
  copy = wm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wm_store_get_schema_version (copy), ==, WM_STORE_SCHEMA_VERSION);
  for (guint i = 0; i < wm_test_share_n_judged; i++)
    {
      g_autofree char *rating = NULL;
      g_autofree char *note = NULL;

      wm_test_done (wm_judgements_lookup (copy, "lqf", wm_test_share_judged[i].descriptor, &rating, NULL, NULL,
                                          &note, &error), &error);
      g_assert_cmpstr (rating, ==, wm_test_share_judged[i].rating);
      g_assert_cmpstr (note, ==, wm_test_share_judged[i].note != NULL ? wm_test_share_judged[i].note : "");
    }
  wm_store_close (copy);
  g_clear_object (&copy);
  g_assert_cmpint (wm_test_sqlite_int (path, "SELECT count(*) FROM judgements"), ==, wm_test_share_n_judged);
  g_assert_cmpint (wm_test_sqlite_int (path, "SELECT count(*) FROM evidence"), ==, 2);
  g_assert_cmpint (wm_test_sqlite_int (path, "SELECT count(*) FROM evidence"), ==,
                   wm_test_sqlite_int (f->path, "SELECT count(*) FROM evidence"));
  bytes = wm_test_read_bytes (path);
  for (guint i = 0; i < wm_test_share_n_private_words; i++)
    if (!wm_test_bytes_contain (bytes, wm_test_share_private_words[i]))
      g_error ("the full copy lacks “%s”", wm_test_share_private_words[i]);

  /* Closed, it goes. */
  wm_test_ui_click_response (dialog, "_Close");
  g_assert_null (wm_test_ui_find_dialog ("Full Copy Saved"));
}

/* The toast's message is too long for its line: its Details button shows the whole of it. */
static void
assert_details_show (WmWindow   *window,
                     const char *text)
{
  gint64 deadline = g_get_monotonic_time () + WM_TEST_UI_DEADLINE;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *details = NULL;
  AdwMessageDialog *dialog = NULL;

  wm_test_ui_collect_widgets (wm_test_ui_find_toast (GTK_WIDGET (window)), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "Details") == 0)
      details = g_ptr_array_index (buttons, i);
  g_assert_nonnull (details);
  gtk_widget_activate (details);
  while (dialog == NULL)
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

      for (GList *l = toplevels; l != NULL; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
            g_strcmp0 (adw_message_dialog_get_body (l->data), text) == 0)
          dialog = l->data;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Writing either into @folder fails: a toast names the file, nothing is left in @folder, and the
 * window goes on working (a rating, then a summary written elsewhere). */
static void
assert_refused_into (WmTestShare *f,
                     const char  *folder)
{
  g_autofree char *summary = g_build_filename (folder, WM_TEST_SHARE_SCHOOL "-summary.json", NULL);
  g_autofree char *copy = g_build_filename (folder, "handover.waymark", NULL);
  g_autofree char *elsewhere = g_build_filename (f->dir, "elsewhere.json", NULL);
  g_autoptr(GFile) summary_file = g_file_new_for_path (summary);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy);
  g_autoptr(GFile) elsewhere_file = g_file_new_for_path (elsewhere);
  g_autofree char *names = NULL;
  g_autofree char *rating = NULL;
  g_autoptr(WmBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *grid;

  wm_window_share_summary_to (f->window, summary_file, NULL);
  text = wm_test_ui_wait_for_toast (GTK_WIDGET (f->window));
  if (!g_str_has_prefix (text, "Could not write ") || strstr (text, summary) == NULL)
    g_error ("the toast does not name %s: %s", summary, text);
  assert_details_show (f->window, text);
  wm_test_ui_assert_toast_then_dismiss (GTK_WIDGET (f->window), text);
  names = wm_test_ui_names_in (folder);
  g_assert_cmpstr (names, ==, "");
  g_clear_pointer (&names, g_free);

  wm_window_export_copy_to (f->window, copy_file);
  g_free (text);
  text = wm_test_ui_wait_for_toast (GTK_WIDGET (f->window));
  if (!g_str_has_prefix (text, "Could not write the full copy ") || strstr (text, copy) == NULL)
    g_error ("the toast does not name %s: %s", copy, text);
  g_assert_null (wm_test_ui_find_dialog ("Full Copy Saved"));
  wm_test_ui_assert_toast_then_dismiss (GTK_WIDGET (f->window), text);
  names = wm_test_ui_names_in (folder);
  g_assert_cmpstr (names, ==, "");

  /* Still the school, to judge and to share. */
  g_assert_nonnull (wm_window_get_store (f->window));
  grid = wm_test_ui_find_widget (GTK_WIDGET (f->window), WM_TYPE_GRID_VIEW);
  g_assert_true (gtk_widget_activate_action (grid, "grid.rate", "(ss)", "3.1b", "secure"));
  rating = wm_test_ui_stored_rating (f->path, "3.1b");
  g_assert_cmpstr (rating, ==, "secure");
  wm_test_ui_assert_toast_then_dismiss (GTK_WIDGET (f->window), "3.1b: Secure");   /* the toast that offers Undo */
  wm_window_share_summary_to (f->window, elsewhere_file, NULL);
  wm_test_ui_assert_toast_then_dismiss (GTK_WIDGET (f->window), WM_TEST_SHARE_SAVED_SUMMARY);
  bundle = wm_bundle_read (elsewhere, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wm_bundle_find_framework (bundle, "lqf")->now->n_judged, ==, wm_test_share_n_judged + 1);
}

static void
test_read_only (WmTestShare   *f,
                gconstpointer  data)
{
  g_assert_cmpint (g_chmod (f->out, 0500), ==, 0);
  if (access (f->out, W_OK) == 0)
    {
      g_test_skip ("the folder is writable after chmod 0500 (running as root)");
      return;
    }
  assert_refused_into (f, f->out);
}

/* The same for a folder that is gone by the time the file is written; this runs as root too. */
static void
test_folder_gone (WmTestShare   *f,
                  gconstpointer  data)
{
  g_autofree char *gone = g_build_filename (f->out, "Gone & Away", NULL);

  assert_refused_into (f, gone);
  g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
}

/* A place with no local path (a network location the chooser might give): a toast says to
 * choose a folder on this computer, and nothing is written. */
static void
test_not_local (WmTestShare   *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("waymark-test://server/share/summary.json");
  const char *expected = "Could not save to waymark-test://server/share/summary.json: choose a folder on "
                         "this computer";
  g_autofree char *names = NULL;

  g_assert_null (g_file_peek_path (file));
  wm_window_share_summary_to (f->window, file, NULL);
  wm_test_ui_assert_toast_then_dismiss (GTK_WIDGET (f->window), expected);
  wm_window_export_copy_to (f->window, file);
  wm_test_ui_assert_toast_then_dismiss (GTK_WIDGET (f->window), expected);
  g_assert_null (wm_test_ui_find_dialog ("Full Copy Saved"));
  names = wm_test_ui_names_in (f->out);
  g_assert_cmpstr (names, ==, "");
}

static void
test_copy_warning (WmTestShare   *f,
                   gconstpointer  data)
{
  g_autofree char *before = wm_test_ui_names_in (f->dir);
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  AdwMessageDialog *dialog;

  /* The warning says that the copy holds everything; the careful answer is the default, and closing it is
   * Cancel. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-copy", NULL));
  dialog = wm_test_ui_wait_for_dialog ("Export a Full Copy?");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, wm_bundle_copy_warning ());
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "pupil codes and notes"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "export"), ==, ADW_RESPONSE_DESTRUCTIVE);

  /* Cancel: no file chooser, nothing written, nothing said. */
  wm_test_ui_click_response (dialog, "_Cancel");
  g_assert_null (wm_test_ui_find_dialog ("Export a Full Copy?"));
  g_assert_null (wm_test_ui_find_chooser ());
  g_assert_null (wm_test_ui_toast_text (GTK_WIDGET (f->window)));
  g_assert_null (wm_test_ui_find_dialog ("Full Copy Saved"));
  after = wm_test_ui_names_in (f->dir);
  g_assert_cmpstr (after, ==, before);
  out = wm_test_ui_names_in (f->out);
  g_assert_cmpstr (out, ==, "");

  /* Closed without an answer, the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-copy", NULL));
  dialog = wm_test_ui_wait_for_dialog ("Export a Full Copy?");
  gtk_window_close (GTK_WINDOW (dialog));
  wm_test_ui_wait_for_idle ();
  g_assert_null (wm_test_ui_find_dialog ("Export a Full Copy?"));
  g_assert_null (wm_test_ui_find_chooser ());
}

int
main (int   argc,
      char *argv[])
{
  /* No portal stand-in here (see test-share-snapshots): a file chooser opened by mistake is GTK's
   * own dialog, which wm_test_ui_find_chooser() sees. */
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/share-window/summary", WmTestShare, NULL,
              wm_test_share_set_up, test_summary, wm_test_share_tear_down);
  g_test_add ("/share-window/full-copy", WmTestShare, NULL,
              wm_test_share_set_up, test_full_copy, wm_test_share_tear_down);
  g_test_add ("/share-window/read-only", WmTestShare, NULL,
              wm_test_share_set_up, test_read_only, wm_test_share_tear_down);
  g_test_add ("/share-window/folder-gone", WmTestShare, NULL,
              wm_test_share_set_up, test_folder_gone, wm_test_share_tear_down);
  g_test_add ("/share-window/not-local", WmTestShare, NULL,
              wm_test_share_set_up, test_not_local, wm_test_share_tear_down);
  g_test_add ("/share-window/copy-warning", WmTestShare, NULL,
              wm_test_share_set_up, test_copy_warning, wm_test_share_tear_down);

  return g_test_run ();
}
