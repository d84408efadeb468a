/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-evidence"

#include "config.h"

#include "wm-evidence-private.h"

/*
 * Adding a file without blocking the window: wm_evidence_add_file() runs in a
 * GTask thread on a second connection to the same school file, because an
 * SQLite connection belongs to one thread. The caller's WmStore is never
 * touched from the thread. WAL lets the window keep reading while the copy
 * runs; a write from the window waits for the copy's transaction (the busy
 * timeout is 5 s), which holds the write lock only while new bytes are copied
 * in, not while the file is hashed.
 *
 * The caller's store emits nothing when the copy is done: on completion the
 * caller attaches the new evidence (wm_evidence_attach()) and refreshes what it
 * shows.
 */

typedef struct {
  char               *school_path;
  GFile              *file;
  char               *label;
  char               *author;
  WmEvidenceProgress  progress;
  gpointer            progress_data;
  GMainContext       *context;
  gint64              id;
} AddData;

typedef struct {
  WmEvidenceProgress progress;
  gpointer           progress_data;
  double             fraction;
} ProgressMessage;

static void
add_data_free (gpointer data)
{
  AddData *add = data;

  g_free (add->school_path);
  g_clear_object (&add->file);
  g_free (add->label);
  g_free (add->author);
  g_clear_pointer (&add->context, g_main_context_unref);
  g_free (add);
}

static gboolean
deliver_progress_cb (gpointer data)
{
  ProgressMessage *message = data;

  message->progress (message->fraction, message->progress_data);
  return G_SOURCE_REMOVE;
}

/* In the worker: hands the fraction to the caller's main context. An idle
 * source rather than g_main_context_invoke(), which would run the callback
 * right here, in the worker, whenever that context is not running. At the
 * priority GTask returns at, so every report arrives before the completion. */
static void
thread_progress_cb (double   fraction,
                    gpointer user_data)
{
  AddData *add = user_data;
  ProgressMessage *message = g_new (ProgressMessage, 1);
  g_autoptr(GSource) source = g_idle_source_new ();

  message->progress = add->progress;
  message->progress_data = add->progress_data;
  message->fraction = fraction;

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress_cb, message, g_free);
  g_source_set_static_name (source, "[waymark] evidence progress");
  g_source_attach (source, add->context);
}

static void
add_file_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  AddData *add = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (add->school_path, &error);

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  add->id = wm_evidence_add_file (store, add->file, add->label, add->author, cancellable,
                                  add->progress ? thread_progress_cb : NULL, add, &error);
  wm_store_close (store);

  if (add->id == 0)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * wm_evidence_add_file_async:
 * @progress: (nullable): told how far the copy has come, in the thread-default
 *   main context of the caller; @progress_data must stay alive until @callback
 *
 * As wm_evidence_add_file(), in a thread of its own on its own connection to
 * @store's school file. Finish with wm_evidence_add_file_finish().
 */
void
wm_evidence_add_file_async (WmStore             *store,
                            GFile               *file,
                            const char          *label,
                            const char          *author,
                            GCancellable        *cancellable,
                            WmEvidenceProgress   progress,
                            gpointer             progress_data,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AddData *add;

  g_return_if_fail (WM_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (author != NULL);

  add = g_new0 (AddData, 1);
  add->school_path = g_strdup (wm_store_get_path (store));
  add->file = g_object_ref (file);
  add->label = g_strdup (label);
  add->author = g_strdup (author);
  add->progress = progress;
  add->progress_data = progress_data;
  add->context = g_main_context_ref_thread_default ();

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, wm_evidence_add_file_async);
  g_task_set_task_data (task, add, add_data_free);
  g_task_run_in_thread (task, add_file_thread);
}

/**
 * wm_evidence_add_file_finish:
 *
 * Returns: the new evidence's id, or 0 with @error set
 */
gint64
wm_evidence_add_file_finish (WmStore       *store,
                             GAsyncResult  *result,
                             GError       **error)
{
  AddData *add;

  g_return_val_if_fail (g_task_is_valid (result, store), 0);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == wm_evidence_add_file_async, 0);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return 0;

  add = g_task_get_task_data (G_TASK (result));
  return add->id;
}
