/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-share-window"

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "wm-bundle-copy.h"
#include "wm-bundle.h"
#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-grid-view.h"
#include "wm-inclusion.h"
#include "wm-judgements.h"
#include "wm-school.h"
#include "wm-snapshot.h"
#include "wm-snapshots.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"
#include "wm-trust.h"
#include "wm-window-private.h"

/*
 * File > Share Summary… and File > Export Full Copy…, for real under Xvfb, from the open window
 * of a school with judgements, notes, evidence and an inclusion pupil. GTK's own file chooser
 * cannot be driven, so most tests start from the file chosen (wm_window_share_summary_to,
 * wm_window_export_copy_to), and two answer the chooser as the desktop's portal (see "Which
 * snapshots go"); the dialogs before the summary and the full copy are the window's own,
 * answered as the user would. The summary is read by the trust and holds nothing private; the
 * copy opens as the school file with everything in it; a folder that cannot be written gets a
 * toast naming the file, and nothing left in it.
 *
 * Every folder has an "&" in its name: the path reaches the toasts, which read markup.
 */

#define DEADLINE (20 * G_USEC_PER_SEC)
#define SCHOOL "Oakfield Primary"
#define SAVED_SUMMARY "Saved the summary: scores and counts only, no names, notes or pupil details"
#define SHARE_HEADING "Share a Summary with the Trust"

/* The fixture's data for a school that has taken no snapshot; by default it has one, "Autumn". */
static const char NO_SNAPSHOT[] = "no snapshot";

/* What the school keeps private, each word found nowhere else: notes, evidence (its text, label,
 * file name and contents), the author, and the inclusion plan's pupil code, cohort and need. */
static const char * const private_words[] = {
  "NOTE-ZEBRA", "NOTE-WALRUS", "AUTHOR-Puffin", "EVIDENCE-TEXT-QUOKKA", "EVIDENCE-LABEL-NARWHAL",
  "FILE-NAME-AXOLOTL", "FILE-CONTENT-PANGOLIN", "FILE-LABEL-OKAPI", "QX97", "COHORT-GECKO",
  "NEED-NOTE-AARDVARK",
};

/* What the school has judged, and how. */
static const struct {
  const char *descriptor;
  const char *rating;
  const char *note;
} judged[] = {
  { "1.1b", "secure", "NOTE-ZEBRA" },
  { "1.1s", "secure", NULL },
  { "1.2b", "partial", "NOTE-WALRUS" },
  { "2.1b", "secure", NULL },
};

typedef struct {
  char     *dir;
  char     *path;
  char     *out;      /* where the files are written: a folder of its own */
  WmWindow *window;
} Fixture;

static void
done (gboolean  ok,
      GError  **error)
{
  g_assert_no_error (*error);
  g_assert_true (ok);
}

static gint64
made (gint64   id,
      GError **error)
{
  g_assert_no_error (*error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
make_school (const char *dir,
             const char *path,
             gboolean    snapshot)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_catalog_open_school (path, &error);
  g_autofree char *file_path = g_build_filename (dir, "FILE-NAME-AXOLOTL.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  gint64 id, cohort, pupil;

  g_assert_no_error (error);
  done (wm_school_set_name (store, SCHOOL, &error), &error);
  for (guint i = 0; i < G_N_ELEMENTS (judged); i++)
    done (wm_judgements_rate (store, "lqf", judged[i].descriptor, judged[i].rating, judged[i].note,
                              "AUTHOR-Puffin", &error), &error);
  if (snapshot)
    made (wm_snapshots_create (store, "lqf", "Autumn", "2025-10-01", "Head", &error), &error);

  id = made (wm_evidence_add_note (store, "EVIDENCE-TEXT-QUOKKA", "EVIDENCE-LABEL-NARWHAL", "Head", &error), &error);
  done (wm_evidence_attach (store, "lqf", "1.1b", id, "Head", &error), &error);
  done (g_file_set_contents (file_path, "FILE-CONTENT-PANGOLIN", -1, &error), &error);
  id = made (wm_evidence_add_file (store, file, "FILE-LABEL-OKAPI", "Head", NULL, NULL, NULL, &error), &error);
  done (wm_evidence_attach (store, "lqf", "1.2b", id, "Head", &error), &error);
  g_assert_cmpint (g_unlink (file_path), ==, 0);   /* the school file keeps its own copy */

  cohort = made (wm_inclusion_add_cohort (store, "COHORT-GECKO", WM_INCLUSION_DEFAULT_GRANT_PENCE, NULL, &error),
                 &error);
  pupil = made (wm_inclusion_add_pupil (store, cohort, "QX97", &error), &error);
  done (wm_inclusion_set_need (store, pupil, "behaviour", "NEED-NOTE-AARDVARK", &error), &error);
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "school-%Y-%m-%d.waymark");
  g_autofree char *backup = NULL;
  gint64 deadline = g_get_monotonic_time () + DEADLINE;

  f->dir = wm_test_make_dir ("waymark-share-&-XXXXXX");
  f->path = g_build_filename (f->dir, "school.waymark", NULL);
  f->out = g_build_filename (f->dir, "Out & About", NULL);
  backup = g_build_filename (f->dir, "backups", date, NULL);
  g_assert_cmpint (g_mkdir (f->out, 0700), ==, 0);
  make_school (f->dir, f->path, data != NO_SNAPSHOT);
  f->window = wm_test_ui_open_window (f->path);
  g_assert_nonnull (wm_window_get_store (f->window));

  /* Today's backup, made on opening, is in place before any test looks at the folder. */
  while (!g_file_test (backup, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  wm_test_ui_wait_for_idle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) f->window)
      gtk_window_destroy (l->data);
  gtk_window_destroy (GTK_WINDOW (f->window));
  wm_test_ui_wait_for_idle ();
  g_chmod (f->out, 0700);
  wm_test_remove_tree (f->dir);
  g_free (f->out);
  g_free (f->path);
  g_free (f->dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, as one string: "a b c"; "" when it is empty or missing. */
static char *
names_in (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (folder && (name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Whether @word is anywhere in @bytes, NUL bytes and all (a school file is binary). */
static gboolean
bytes_contain (GBytes     *bytes,
               const char *word)
{
  gsize size, length = strlen (word);
  const char *data = g_bytes_get_data (bytes, &size);

  for (gsize i = 0; i + length <= size; i++)
    if (memcmp (data + i, word, length) == 0)
      return TRUE;
  return FALSE;
}

/* The toast shown in @window (its widget, CSS name "toast"), or NULL. */
static GtkWidget *
find_toast (GtkWidget *widget)
{
  if (g_str_equal (gtk_widget_get_css_name (widget), "toast"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The text of the toast shown in @window, or NULL. */
static const char *
toast_text (WmWindow *window)
{
  GtkWidget *toast = find_toast (GTK_WIDGET (window));
  GtkWidget *label = toast != NULL ? wm_test_ui_find_widget (toast, GTK_TYPE_LABEL) : NULL;

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* Waits for a toast, and returns its text. */
static char *
wait_for_toast (WmWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE;

  while (toast_text (window) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return g_strdup (toast_text (window));
}

/* Waits for the toast to be @text, which it must be (not markup), and dismisses it with its own
 * close button, as the user would. */
static void
assert_toast_then_dismiss (WmWindow   *window,
                           const char *text)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *close = NULL;
  GtkWidget *toast;

  while (g_strcmp0 (toast_text (window), text) != 0)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("expected the toast “%s”, got “%s”", text, toast_text (window));
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  toast = find_toast (GTK_WIDGET (window));
  wm_test_ui_collect_widgets (toast, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)), "window-close-symbolic") == 0)
      close = g_ptr_array_index (buttons, i);
  g_assert_nonnull (close);
  gtk_widget_activate (close);
  while (find_toast (GTK_WIDGET (window)) == toast)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* The visible message dialog whose heading is @heading, or NULL. */
static AdwMessageDialog *
find_dialog (const char *heading)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      return l->data;
  return NULL;
}

static AdwMessageDialog *
wait_for_dialog (const char *heading)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE;
  AdwMessageDialog *dialog;

  while ((dialog = find_dialog (heading)) == NULL)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("no dialog “%s” appeared", heading);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  wm_test_ui_wait_for_idle ();
  return dialog;
}

/* Answers @dialog as the user does, by its button labelled @label (which closes it too, where
 * adw_message_dialog_response() would only emit the response). */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  gint64 deadline = g_get_monotonic_time () + DEADLINE;
  GtkWidget *button = NULL;

  wm_test_ui_collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0 &&
        gtk_widget_get_mapped (g_ptr_array_index (buttons, i)))
      button = g_ptr_array_index (buttons, i);
  if (button == NULL)
    g_error ("“%s” has no button “%s”", adw_message_dialog_get_heading (dialog), label);

  /* A button activated shows itself pressed for a moment before it is clicked. */
  g_object_ref (dialog);
  gtk_widget_activate (button);
  while (gtk_widget_get_visible (GTK_WIDGET (dialog)))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_object_unref (dialog);
  wm_test_ui_wait_for_idle ();
}

/* Any file chooser open: outside a sandbox GtkFileChooserNative shows GTK's own dialog, a
 * toplevel. (No test opens that one: GTK's chooser leaves allocations of its own behind, which
 * the sanitized run would report; the portal's stand-in below answers instead.) */
static GtkWindow *
find_chooser (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->out, SCHOOL "-summary.json", NULL);
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
  assert_toast_then_dismiss (f->window, SAVED_SUMMARY);

  /* Written whole, under the name chosen, with nothing else beside it. */
  names = names_in (f->out);
  g_assert_cmpstr (names, ==, SCHOOL "-summary.json");

  /* The trust reads it: this school, its scores as the school file has them. */
  done (wm_trust_add_file (trust, path, &error), &error);
  g_assert_cmpuint (trust->schools->len, ==, 1);
  g_assert_cmpuint (trust->problems->len, ==, 0);
  bundle = g_ptr_array_index (trust->schools, 0);
  g_assert_cmpstr (bundle->school_name, ==, SCHOOL);
  g_assert_cmpuint (bundle->frameworks->len, ==, 1);
  lqf = wm_bundle_find_framework (bundle, "lqf");
  g_assert_nonnull (lqf);
  g_assert_cmpuint (lqf->now->n_judged, ==, G_N_ELEMENTS (judged));
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
  g_assert_true (bytes_contain (bytes, "\"name\": \"" SCHOOL "\""));
  wm_store_close (store);
  g_clear_object (&store);
  school_bytes = wm_test_read_bytes (f->path);
  for (guint i = 0; i < G_N_ELEMENTS (private_words); i++)
    {
      g_autofree char *word = g_ascii_strdown (private_words[i], -1);

      if (strstr (folded, word) != NULL)
        g_error ("the summary holds “%s”", private_words[i]);
      if (!bytes_contain (school_bytes, private_words[i]))
        g_error ("the school file lacks “%s”: the test did not write it", private_words[i]);
    }
}

static void
test_full_copy (Fixture       *f,
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
  dialog = wait_for_dialog ("Full Copy Saved");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_assert_null (toast_text (f->window));

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
  names = names_in (f->out);
  g_assert_cmpstr (names, ==, "handover.waymark");
  copy = wm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wm_store_get_schema_version (copy), ==, WM_STORE_SCHEMA_VERSION);
  for (guint i = 0; i < G_N_ELEMENTS (judged); i++)
    {
      g_autofree char *rating = NULL;
      g_autofree char *note = NULL;

      done (wm_judgements_lookup (copy, "lqf", judged[i].descriptor, &rating, NULL, NULL, &note, &error), &error);
      g_assert_cmpstr (rating, ==, judged[i].rating);
      g_assert_cmpstr (note, ==, judged[i].note != NULL ? judged[i].note : "");
    }
  wm_store_close (copy);
  g_clear_object (&copy);
  g_assert_cmpint (wm_test_sqlite_int (path, "SELECT count(*) FROM judgements"), ==, G_N_ELEMENTS (judged));
  g_assert_cmpint (wm_test_sqlite_int (path, "SELECT count(*) FROM evidence"), ==, 2);
  g_assert_cmpint (wm_test_sqlite_int (path, "SELECT count(*) FROM evidence"), ==,
                   wm_test_sqlite_int (f->path, "SELECT count(*) FROM evidence"));
  bytes = wm_test_read_bytes (path);
  for (guint i = 0; i < G_N_ELEMENTS (private_words); i++)
    if (!bytes_contain (bytes, private_words[i]))
      g_error ("the full copy lacks “%s”", private_words[i]);

  /* Closed, it goes. */
  click_response (dialog, "_Close");
  g_assert_null (find_dialog ("Full Copy Saved"));
}

/* The toast's message is too long for its line: its Details button shows the whole of it. */
static void
assert_details_show (WmWindow   *window,
                     const char *text)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *details = NULL;
  AdwMessageDialog *dialog = NULL;

  wm_test_ui_collect_widgets (find_toast (GTK_WIDGET (window)), GTK_TYPE_BUTTON, buttons);
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
assert_refused_into (Fixture    *f,
                     const char *folder)
{
  g_autofree char *summary = g_build_filename (folder, SCHOOL "-summary.json", NULL);
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
  text = wait_for_toast (f->window);
  if (!g_str_has_prefix (text, "Could not write ") || strstr (text, summary) == NULL)
    g_error ("the toast does not name %s: %s", summary, text);
  assert_details_show (f->window, text);
  assert_toast_then_dismiss (f->window, text);
  names = names_in (folder);
  g_assert_cmpstr (names, ==, "");
  g_clear_pointer (&names, g_free);

  wm_window_export_copy_to (f->window, copy_file);
  g_free (text);
  text = wait_for_toast (f->window);
  if (!g_str_has_prefix (text, "Could not write the full copy ") || strstr (text, copy) == NULL)
    g_error ("the toast does not name %s: %s", copy, text);
  g_assert_null (find_dialog ("Full Copy Saved"));
  assert_toast_then_dismiss (f->window, text);
  names = names_in (folder);
  g_assert_cmpstr (names, ==, "");

  /* Still the school, to judge and to share. */
  g_assert_nonnull (wm_window_get_store (f->window));
  grid = wm_test_ui_find_widget (GTK_WIDGET (f->window), WM_TYPE_GRID_VIEW);
  g_assert_true (gtk_widget_activate_action (grid, "grid.rate", "(ss)", "3.1b", "secure"));
  rating = wm_test_ui_stored_rating (f->path, "3.1b");
  g_assert_cmpstr (rating, ==, "secure");
  assert_toast_then_dismiss (f->window, "3.1b: Secure");   /* the toast that offers Undo */
  wm_window_share_summary_to (f->window, elsewhere_file, NULL);
  assert_toast_then_dismiss (f->window, SAVED_SUMMARY);
  bundle = wm_bundle_read (elsewhere, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wm_bundle_find_framework (bundle, "lqf")->now->n_judged, ==, G_N_ELEMENTS (judged) + 1);
}

static void
test_read_only (Fixture       *f,
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
test_folder_gone (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *gone = g_build_filename (f->out, "Gone & Away", NULL);

  assert_refused_into (f, gone);
  g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
}

/* A place with no local path (a network location the chooser might give): a toast says to
 * choose a folder on this computer, and nothing is written. */
static void
test_not_local (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("waymark-test://server/share/summary.json");
  const char *expected = "Could not save to waymark-test://server/share/summary.json: choose a folder on "
                         "this computer";
  g_autofree char *names = NULL;

  g_assert_null (g_file_peek_path (file));
  wm_window_share_summary_to (f->window, file, NULL);
  assert_toast_then_dismiss (f->window, expected);
  wm_window_export_copy_to (f->window, file);
  assert_toast_then_dismiss (f->window, expected);
  g_assert_null (find_dialog ("Full Copy Saved"));
  names = names_in (f->out);
  g_assert_cmpstr (names, ==, "");
}

static void
test_copy_warning (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *before = names_in (f->dir);
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  AdwMessageDialog *dialog;

  /* The warning says that the copy holds everything; the careful answer is the default, and closing it is
   * Cancel. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-copy", NULL));
  dialog = wait_for_dialog ("Export a Full Copy?");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, wm_bundle_copy_warning ());
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "pupil codes and notes"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "export"), ==, ADW_RESPONSE_DESTRUCTIVE);

  /* Cancel: no file chooser, nothing written, nothing said. */
  click_response (dialog, "_Cancel");
  g_assert_null (find_dialog ("Export a Full Copy?"));
  g_assert_null (find_chooser ());
  g_assert_null (toast_text (f->window));
  g_assert_null (find_dialog ("Full Copy Saved"));
  after = names_in (f->dir);
  g_assert_cmpstr (after, ==, before);
  out = names_in (f->out);
  g_assert_cmpstr (out, ==, "");

  /* Closed without an answer, the same. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-copy", NULL));
  dialog = wait_for_dialog ("Export a Full Copy?");
  gtk_window_close (GTK_WINDOW (dialog));
  wm_test_ui_wait_for_idle ();
  g_assert_null (find_dialog ("Export a Full Copy?"));
  g_assert_null (find_chooser ());
}

/* Which snapshots go with the summary. The dialog keeps the names ticked on itself, where its
 * answer takes them: most tests stop there, before any file chooser, and write with those names.
 * Two go on through the file chooser, answered as the desktop's file chooser portal would be:
 * GDK is told to use portals (GDK_DEBUG=portals, in main) and the test owns the portal's name on
 * its own session bus. Even so GTK 4.8 leaves allocations behind once a GtkFileChooserNative is
 * made (libcloudproviders' through the GtkFileChooserDialog it makes in any case, and the "uris"
 * of the portal's answer), so the sanitized run skips those two. */

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

#define PORTAL_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"

typedef struct {
  GDBusConnection *bus;
  guint            owner_id;
  guint            object_id;
  gboolean         owned;
  guint            n_asked;
  char            *title;         /* of the last request */
  char            *current_name;
  char            *sender;
  char            *handle;        /* the request object it answers on */
} Portal;

static void
portal_method_cb (GDBusConnection       *bus,
                  const char            *sender,
                  const char            *path,
                  const char            *interface,
                  const char            *method,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               user_data)
{
  Portal *portal = user_data;
  g_autoptr(GVariant) options = NULL;
  g_autofree char *escaped = g_strdup (sender + 1);
  const char *title, *token = "t";

  if (!g_str_equal (method, "SaveFile"))
    {
      g_dbus_method_invocation_return_value (invocation, NULL);   /* Close */
      return;
    }
  g_variant_get (parameters, "(&s&s@a{sv})", NULL, &title, &options);
  g_variant_lookup (options, "handle_token", "&s", &token);
  portal->n_asked++;
  g_free (portal->title);
  portal->title = g_strdup (title);
  g_clear_pointer (&portal->current_name, g_free);
  g_variant_lookup (options, "current_name", "s", &portal->current_name);
  g_free (portal->sender);
  portal->sender = g_strdup (sender);
  g_free (portal->handle);
  portal->handle = g_strdup_printf (PORTAL_PATH "/request/%s/%s", g_strdelimit (escaped, ".", '_'), token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", portal->handle));
}

static void
portal_acquired_cb (GDBusConnection *bus,
                    const char      *name,
                    gpointer         user_data)
{
  ((Portal *) user_data)->owned = TRUE;
}

static Portal *
portal_start (void)
{
  static const GDBusInterfaceVTable vtable = { portal_method_cb, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) node = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + DEADLINE;
  Portal *portal = g_new0 (Portal, 1);

  node = g_dbus_node_info_new_for_xml ("<node><interface name='org.freedesktop.portal.FileChooser'>"
                                       "<method name='SaveFile'><arg type='s' direction='in'/>"
                                       "<arg type='s' direction='in'/><arg type='a{sv}' direction='in'/>"
                                       "<arg type='o' direction='out'/></method>"
                                       "<method name='Close'><arg type='o' direction='in'/></method>"
                                       "</interface></node>", &error);
  g_assert_no_error (error);
  portal->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  portal->object_id = g_dbus_connection_register_object (portal->bus, PORTAL_PATH, node->interfaces[0], &vtable,
                                                         portal, NULL, &error);
  g_assert_no_error (error);
  portal->owner_id = g_bus_own_name_on_connection (portal->bus, PORTAL_NAME, G_BUS_NAME_OWNER_FLAGS_NONE,
                                                   portal_acquired_cb, NULL, portal, NULL);
  while (!portal->owned)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return portal;
}

static void
portal_stop (Portal *portal)
{
  g_bus_unown_name (portal->owner_id);
  g_dbus_connection_unregister_object (portal->bus, portal->object_id);
  wm_test_ui_wait_for_idle ();
  g_object_unref (portal->bus);
  g_free (portal->title);
  g_free (portal->current_name);
  g_free (portal->sender);
  g_free (portal->handle);
  g_free (portal);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Portal, portal_stop)

/* Waits for the window to ask for the summary's file, which it must, named for the school. */
static void
portal_wait_for_request (Portal *portal)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE;

  while (portal->n_asked == 0)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("the window asked for no file");
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_cmpuint (portal->n_asked, ==, 1);
  g_assert_cmpstr (portal->title, ==, SHARE_HEADING);
  g_assert_cmpstr (portal->current_name, ==, SCHOOL "-summary.json");
  g_assert_null (find_chooser ());
}

/* Answers the request as the user does: @path chosen, or cancelled when it is NULL. */
static void
portal_answer (Portal     *portal,
               const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = path != NULL ? g_filename_to_uri (path, NULL, NULL) : NULL;
  const char *uris[] = { uri, NULL };
  GVariantBuilder results;

  /* "uris" even when cancelled, empty: GTK 4.8 reads it whatever the answer. */
  g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&results, "{sv}", "uris", g_variant_new_strv (uris, -1));
  g_dbus_connection_emit_signal (portal->bus, portal->sender, portal->handle, "org.freedesktop.portal.Request",
                                 "Response", g_variant_new ("(u@a{sv})", uri != NULL ? 0 : 1,
                                                            g_variant_builder_end (&results)), &error);
  g_assert_no_error (error);
  g_dbus_connection_flush_sync (portal->bus, NULL, &error);
  g_assert_no_error (error);
}

/* The school takes two more snapshots: a second of the LQF, with a colon and an ampersand in its
 * name, and one of Learning habits named as the LQF's first, so that each needs its framework. */
static void
take_more_snapshots (Fixture *f)
{
  WmStore *store = wm_window_get_store (f->window);
  g_autoptr(GError) error = NULL;

  made (wm_snapshots_create (store, "lqf", "Spring: review & plan", "2026-03-20", "Head", &error), &error);
  made (wm_snapshots_create (store, "habits", "Autumn", "2025-10-02", "Head", &error), &error);
}

/* Share Summary…, which asks which snapshots go, over the window and before any file is asked. */
static AdwMessageDialog *
open_share_dialog (Fixture *f,
                   Portal  *portal)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.share-summary", NULL));
  dialog = wait_for_dialog (SHARE_HEADING);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_assert_cmpuint (portal->n_asked, ==, 0);
  return dialog;
}

/* The snapshots ticked in @dialog, "FRAMEWORK:NAME" each, where its answer takes them from. */
static const char * const *
ticked_in (AdwMessageDialog *dialog)
{
  const char * const *names = g_object_get_data (G_OBJECT (dialog), "snapshot-names");

  g_assert_nonnull (names);
  return names;
}

static char *
ticked_joined (AdwMessageDialog *dialog)
{
  return g_strjoinv ("|", (char **) ticked_in (dialog));
}

/* The snapshots of @framework_id in the summary at @path, oldest first: "a|b"; "" for none. */
static char *
shared_snapshots (const char *path,
                  const char *framework_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmBundle) bundle = wm_bundle_read (path, &error);
  g_autoptr(GString) names = g_string_new (NULL);
  const WmBundleFramework *framework;

  g_assert_no_error (error);
  if (!(framework = wm_bundle_find_framework (bundle, framework_id)))
    g_error ("the summary lacks %s", framework_id);
  g_assert_cmpuint (framework->now->n_judged, ==, g_str_equal (framework_id, "lqf") ? G_N_ELEMENTS (judged) : 0);
  for (guint i = 0; i < framework->snapshots->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "|" : "",
                            ((WmBundleSide *) g_ptr_array_index (framework->snapshots, i))->name);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_choose_snapshots (Fixture       *f,
                       gconstpointer  data)
{
  static const struct {
    const char *title;
    const char *subtitle;
  } expected[] = {
    { "Autumn", "Learning Quality Framework · 1 October 2025" },
    { "Spring: review & plan", "Learning Quality Framework · 20 March 2026" },
    { "Autumn", "Learning habits progression · 2 October 2025" },
  };
  g_autofree char *path = g_build_filename (f->out, SCHOOL "-summary.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(Portal) portal = portal_start ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autofree char *ticked = NULL;
  g_autofree char *lqf = NULL;
  g_autofree char *habits = NULL;
  g_autofree char *names = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *extra;

  take_more_snapshots (f);

  /* Cancel, the default and what closing it means: no file asked for, nothing written or said. */
  dialog = open_share_dialog (f, portal);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  click_response (dialog, "_Cancel");
  g_assert_null (find_dialog (SHARE_HEADING));
  g_assert_cmpuint (portal->n_asked, ==, 0);
  g_assert_null (find_chooser ());
  g_assert_null (toast_text (f->window));
  names = names_in (f->out);
  g_assert_cmpstr (names, ==, "");

  /* It says what always goes and asks the rest. */
  dialog = open_share_dialog (f, portal);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "The scores as they are now always go to the trust. Which snapshots go with them?");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "choose"), ==, "_Choose File…");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "choose"), ==, ADW_RESPONSE_SUGGESTED);

  /* Every snapshot, by framework and oldest first, with its framework and date, each ticked; the
   * names are shown as typed, not read as markup. */
  extra = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_SCROLLED_WINDOW (extra));
  wm_test_ui_collect_widgets (extra, ADW_TYPE_ACTION_ROW, rows);
  wm_test_ui_collect_widgets (extra, GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (checks->len, ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, expected[i].title);
      g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, expected[i].subtitle);
      g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
      g_assert_true (gtk_widget_is_ancestor (g_ptr_array_index (checks, i), GTK_WIDGET (row)));
      g_assert_true (gtk_check_button_get_active (g_ptr_array_index (checks, i)));
    }
  ticked = ticked_joined (dialog);
  g_assert_cmpstr (ticked, ==, "lqf:Autumn|lqf:Spring: review & plan|habits:Autumn");

  /* The LQF's Autumn unticked by its row, as the user does: the others go, each in its own
   * framework, and only they. */
  gtk_widget_activate (g_ptr_array_index (rows, 0));
  wm_test_ui_wait_for_idle ();
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, 0)));
  g_clear_pointer (&ticked, g_free);
  ticked = ticked_joined (dialog);
  g_assert_cmpstr (ticked, ==, "lqf:Spring: review & plan|habits:Autumn");
  wm_window_share_summary_to (f->window, file, ticked_in (dialog));
  assert_toast_then_dismiss (f->window, SAVED_SUMMARY);
  lqf = shared_snapshots (path, "lqf");
  g_assert_cmpstr (lqf, ==, "Spring: review & plan");
  habits = shared_snapshots (path, "habits");
  g_assert_cmpstr (habits, ==, "Autumn");
  click_response (dialog, "_Cancel");
}

/* None ticked: the scores now and no snapshot, of every framework the school uses. */
static void
test_no_snapshot_ticked (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->out, SCHOOL "-summary.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(Portal) portal = portal_start ();
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autofree char *lqf = NULL;
  g_autofree char *habits = NULL;
  AdwMessageDialog *dialog;

  take_more_snapshots (f);
  dialog = open_share_dialog (f, portal);
  wm_test_ui_collect_widgets (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 3);
  for (guint i = 0; i < checks->len; i++)
    gtk_widget_activate (g_ptr_array_index (checks, i));
  wm_test_ui_wait_for_idle ();
  for (guint i = 0; i < checks->len; i++)
    g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, i)));
  g_assert_cmpuint (g_strv_length ((char **) ticked_in (dialog)), ==, 0);

  wm_window_share_summary_to (f->window, file, ticked_in (dialog));
  assert_toast_then_dismiss (f->window, SAVED_SUMMARY);
  lqf = shared_snapshots (path, "lqf");
  g_assert_cmpstr (lqf, ==, "");
  habits = shared_snapshots (path, "habits");
  g_assert_cmpstr (habits, ==, "");
  click_response (dialog, "_Cancel");
}

/* Choose File… carries the names ticked on through the file chooser to the summary written. */
static void
test_choose_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->out, SCHOOL "-summary.json", NULL);
  g_autoptr(Portal) portal = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *lqf = NULL;
  g_autofree char *habits = NULL;
  AdwMessageDialog *dialog;

#ifdef UNDER_ASAN
  g_test_skip ("GTK 4.8's file chooser leaves allocations behind");
  return;
#endif
  portal = portal_start ();
  take_more_snapshots (f);
  dialog = open_share_dialog (f, portal);
  wm_test_ui_collect_widgets (adw_message_dialog_get_extra_child (dialog), ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 3);
  gtk_widget_activate (g_ptr_array_index (rows, 2));
  wm_test_ui_wait_for_idle ();
  click_response (dialog, "_Choose File…");
  g_assert_null (find_dialog (SHARE_HEADING));
  portal_wait_for_request (portal);
  portal_answer (portal, path);
  assert_toast_then_dismiss (f->window, SAVED_SUMMARY);
  lqf = shared_snapshots (path, "lqf");
  g_assert_cmpstr (lqf, ==, "Autumn|Spring: review & plan");
  habits = shared_snapshots (path, "habits");
  g_assert_cmpstr (habits, ==, "");
}

/* A school with a snapshot a term for ten years: the list scrolls, and the dialog fits a laptop's
 * screen. */
static void
test_many_snapshots (Fixture       *f,
                     gconstpointer  data)
{
  WmStore *store = wm_window_get_store (f->window);
  g_autoptr(Portal) portal = portal_start ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GtkAdjustment *adjustment;
  AdwMessageDialog *dialog;
  GtkWidget *extra;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("Term %u", i + 1);
      g_autofree char *date = g_strdup_printf ("%u-%02u-15", 2026 + i / 3, 1 + 4 * (i % 3));

      made (wm_snapshots_create (store, "lqf", name, date, "Head", &error), &error);
    }
  dialog = open_share_dialog (f, portal);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  extra = adw_message_dialog_get_extra_child (dialog);
  wm_test_ui_collect_widgets (extra, ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 31);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (extra));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 2 * gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpint (gtk_widget_get_height (extra), >=, 200);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, 600);
  click_response (dialog, "_Cancel");
}

/* Without a snapshot there is nothing to choose: the file is asked for at once. */
static void
test_without_snapshots (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(Portal) portal = NULL;
  g_autofree char *names = NULL;

#ifdef UNDER_ASAN
  g_test_skip ("GTK 4.8's file chooser leaves allocations behind");
  return;
#endif
  portal = portal_start ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.share-summary", NULL));
  portal_wait_for_request (portal);
  g_assert_null (find_dialog (SHARE_HEADING));
  portal_answer (portal, NULL);
  wm_test_ui_wait_for_idle ();
  g_assert_null (toast_text (f->window));
  names = names_in (f->out);
  g_assert_cmpstr (names, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  /* The file choosers go through the portal, which the tests that open one stand in for. */
  g_setenv ("GDK_DEBUG", "portals", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/share-window/summary", Fixture, NULL, fixture_set_up, test_summary, fixture_tear_down);
  g_test_add ("/share-window/full-copy", Fixture, NULL, fixture_set_up, test_full_copy, fixture_tear_down);
  g_test_add ("/share-window/read-only", Fixture, NULL, fixture_set_up, test_read_only, fixture_tear_down);
  g_test_add ("/share-window/folder-gone", Fixture, NULL, fixture_set_up, test_folder_gone, fixture_tear_down);
  g_test_add ("/share-window/not-local", Fixture, NULL, fixture_set_up, test_not_local, fixture_tear_down);
  g_test_add ("/share-window/copy-warning", Fixture, NULL, fixture_set_up, test_copy_warning, fixture_tear_down);
  g_test_add ("/share-window/choose-snapshots", Fixture, NULL, fixture_set_up, test_choose_snapshots,
              fixture_tear_down);
  g_test_add ("/share-window/no-snapshot-ticked", Fixture, NULL, fixture_set_up, test_no_snapshot_ticked,
              fixture_tear_down);
  g_test_add ("/share-window/choose-file", Fixture, NULL, fixture_set_up, test_choose_file, fixture_tear_down);
  g_test_add ("/share-window/many-snapshots", Fixture, NULL, fixture_set_up, test_many_snapshots,
              fixture_tear_down);
  g_test_add ("/share-window/without-snapshots", Fixture, NO_SNAPSHOT, fixture_set_up, test_without_snapshots,
              fixture_tear_down);

  return g_test_run ();
}
