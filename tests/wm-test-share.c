/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-test-share"

#include "config.h"

#include <glib/gstdio.h>

#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-inclusion.h"
#include "wm-judgements.h"
#include "wm-school.h"
#include "wm-snapshots.h"
#include "wm-test-share.h"
#include "wm-test-ui.h"
#include "wm-test-util.h"

/*
 * A school with judgements, notes, evidence and an inclusion pupil, open in its window, and an
 * empty folder to write the summary and the full copy into.
 *
 * Every folder has an "&" in its name: the path reaches the toasts, which read markup.
 */

const char wm_test_share_no_snapshot[] = "no snapshot";

/* Notes, evidence (its text, label, file name and contents), the author, and the inclusion
 * plan's pupil code, cohort and need: make_school() writes each of them. */
const char * const wm_test_share_private_words[] = {
  "NOTE-ZEBRA", "NOTE-WALRUS", "AUTHOR-Puffin", "EVIDENCE-TEXT-QUOKKA", "EVIDENCE-LABEL-NARWHAL",
  "FILE-NAME-AXOLOTL", "FILE-CONTENT-PANGOLIN", "FILE-LABEL-OKAPI", "QX97", "COHORT-GECKO",
  "NEED-NOTE-AARDVARK",
};
const guint wm_test_share_n_private_words = G_N_ELEMENTS (wm_test_share_private_words);

const WmTestShareJudged wm_test_share_judged[] = {
  { "1.1b", "secure", "NOTE-ZEBRA" },
  { "1.1s", "secure", NULL },
  { "1.2b", "partial", "NOTE-WALRUS" },
  { "2.1b", "secure", NULL },
};
const guint wm_test_share_n_judged = G_N_ELEMENTS (wm_test_share_judged);

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
  wm_test_done (wm_school_set_name (store, WM_TEST_SHARE_SCHOOL, &error), &error);
  for (guint i = 0; i < wm_test_share_n_judged; i++)
    wm_test_done (wm_judgements_rate (store, "lqf", wm_test_share_judged[i].descriptor,
                                      wm_test_share_judged[i].rating, wm_test_share_judged[i].note,
                                      "AUTHOR-Puffin", &error), &error);
  if (snapshot)
    wm_test_made (wm_snapshots_create (store, "lqf", "Autumn", "2025-10-01", "Head", &error), &error);

  id = wm_test_made (wm_evidence_add_note (store, "EVIDENCE-TEXT-QUOKKA", "EVIDENCE-LABEL-NARWHAL", "Head",
                                           &error), &error);
  wm_test_done (wm_evidence_attach (store, "lqf", "1.1b", id, "Head", &error), &error);
  wm_test_done (g_file_set_contents (file_path, "FILE-CONTENT-PANGOLIN", -1, &error), &error);
  id = wm_test_made (wm_evidence_add_file (store, file, "FILE-LABEL-OKAPI", "Head", NULL, NULL, NULL, &error),
                     &error);
  wm_test_done (wm_evidence_attach (store, "lqf", "1.2b", id, "Head", &error), &error);
  g_assert_cmpint (g_unlink (file_path), ==, 0);   /* the school file keeps its own copy */

  cohort = wm_test_made (wm_inclusion_add_cohort (store, "COHORT-GECKO", WM_INCLUSION_DEFAULT_GRANT_PENCE,
                                                  NULL, &error), &error);
  pupil = wm_test_made (wm_inclusion_add_pupil (store, cohort, "QX97", &error), &error);
  wm_test_done (wm_inclusion_set_need (store, pupil, "behaviour", "NEED-NOTE-AARDVARK", &error), &error);
  g_assert_finalize_object (g_steal_pointer (&store));
}

void
wm_test_share_set_up (WmTestShare   *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "school-%Y-%m-%d.waymark");
  g_autofree char *backup = NULL;
  gint64 deadline = g_get_monotonic_time () + WM_TEST_UI_DEADLINE;

  f->dir = wm_test_make_dir ("waymark-share-&-XXXXXX");
  f->path = g_build_filename (f->dir, "school.waymark", NULL);
  f->out = g_build_filename (f->dir, "Out & About", NULL);
  backup = g_build_filename (f->dir, "backups", date, NULL);
  g_assert_cmpint (g_mkdir (f->out, 0700), ==, 0);
  make_school (f->dir, f->path, data != wm_test_share_no_snapshot);
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

void
wm_test_share_tear_down (WmTestShare   *f,
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
