/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-crash"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wm-judgements.h"
#include "wm-test-util.h"

/*
 * Nothing lost: crash-driver judges, attaches evidence and takes snapshots
 * while this test kills it with SIGKILL at random moments. After each kill the
 * school file is opened with plain SQLite (never the core, whose open path
 * could mend what it finds) and must be sound and hold every change the driver
 * said was saved. A change saved but not yet claimed is allowed; a claim that
 * is missing never is. WAYMARK_CRASH_SEED and WAYMARK_CRASH_KILLS repeat a run.
 */

#define DEFAULT_SEED  20260508
#define DEFAULT_KILLS 200

typedef struct {
  guint  step;
  char  *rating;
} Judged;

typedef struct {
  guint   step;
  gint64  id;
  char   *target;        /* FRAMEWORK:DESCRIPTOR */
} Attached;

typedef struct {
  guint       step;
  char       *name;
  char       *framework_id;
  GHashTable *judged;    /* descriptor id -> Judged: the claims it must have frozen */
  gboolean    verified;  /* its rows were read and found right */
} Snapped;

typedef struct {
  char       *dir;
  char       *path;
  char       *driver;
  guint32     seed;
  GRand      *rand;
  GHashTable *judged;    /* FRAMEWORK:DESCRIPTOR -> Judged, the latest claim */
  GPtrArray  *attached;
  GPtrArray  *snapped;
  gint64      last_step; /* the last step claimed, -1 before any */
  guint       n_kills;
  guint       n_claims;
  guint64     n_checked;
  guint       n_wal;
  guint       n_unclaimed;
} Crash;

static void
judged_free (gpointer data)
{
  Judged *judged = data;

  g_free (judged->rating);
  g_free (judged);
}

static Judged *
judged_new (guint       step,
            const char *rating)
{
  Judged *judged = g_new0 (Judged, 1);

  judged->step = step;
  judged->rating = g_strdup (rating);
  return judged;
}

static void
attached_free (gpointer data)
{
  Attached *attached = data;

  g_free (attached->target);
  g_free (attached);
}

static void
snapped_free (gpointer data)
{
  Snapped *snapped = data;

  g_free (snapped->name);
  g_free (snapped->framework_id);
  g_hash_table_unref (snapped->judged);
  g_free (snapped);
}

static G_NORETURN void crash_fail (Crash *c, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* Names the seed and the moment, so that the failure can be run again. */
static G_NORETURN void
crash_fail (Crash      *c,
            const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_error ("WAYMARK_CRASH_SEED=%u, kill %u, last claimed step %" G_GINT64_FORMAT ": %s "
           "(the school file is kept: %s)", c->seed, c->n_kills, c->last_step, message, c->path);
}

static guint
parse_step (Crash      *c,
            const char *text,
            const char *prefix)
{
  guint64 step = 0;

  if (!g_str_has_prefix (text, prefix) ||
      !g_ascii_string_to_unsigned (text + strlen (prefix), 10, 0, G_MAXUINT32, &step, NULL))
    crash_fail (c, "“%s” was not written by any step", text);
  return (guint) step;
}

/* Something in the file from a step after the last claim: only the step in flight may be. */
static void
check_unclaimed (Crash      *c,
                 guint       step,
                 const char *what)
{
  if ((gint64) step != c->last_step + 1)
    crash_fail (c, "%s comes from step %u, which neither ran nor was in flight", what, step);
  c->n_unclaimed++;
}

static void
add_claim (Crash      *c,
           const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  guint64 step = 0;

  if (g_strv_length (words) != 5 || !g_str_equal (words[0], "saved") ||
      !g_ascii_string_to_unsigned (words[1], 10, 0, G_MAXUINT32, &step, NULL))
    crash_fail (c, "the driver said “%s”", line);

  /* Steps run one after the other, and a run starts after the last claim. */
  if ((gint64) step != c->last_step + 1)
    crash_fail (c, "claim for step %" G_GUINT64_FORMAT " out of order", step);
  c->last_step = (gint64) step;
  c->n_claims++;

  if (g_str_equal (words[2], "rate"))
    g_hash_table_replace (c->judged, g_strdup (words[3]), judged_new (step, words[4]));
  else if (g_str_equal (words[2], "evidence"))
    {
      Attached *attached = g_new0 (Attached, 1);

      attached->step = step;
      attached->id = g_ascii_strtoll (words[3], NULL, 10);
      attached->target = g_strdup (words[4]);
      g_ptr_array_add (c->attached, attached);
    }
  else if (g_str_equal (words[2], "snapshot"))
    {
      Snapped *snapped = g_new0 (Snapped, 1);
      g_autofree char *prefix = g_strconcat (words[4], ":", NULL);
      GHashTableIter iter;
      gpointer key, value;

      snapped->step = step;
      snapped->name = g_strdup (words[3]);
      snapped->framework_id = g_strdup (words[4]);
      snapped->judged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, judged_free);
      g_hash_table_iter_init (&iter, c->judged);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (g_str_has_prefix (key, prefix))
          g_hash_table_insert (snapped->judged, g_strdup ((char *) key + strlen (prefix)),
                               judged_new (((Judged *) value)->step, ((Judged *) value)->rating));
      g_ptr_array_add (c->snapped, snapped);
    }
  else
    crash_fail (c, "the driver said “%s”", line);
}

/* Reads claims until @deadline (monotonic µs; -1 for none) or until @want lines
 * in all have come; %FALSE at the end of the driver's output. */
static gboolean
read_claims (Crash   *c,
             int      fd,
             GString *pending,
             guint   *n_lines,
             gint64   deadline,
             guint    want)
{
  for (;;)
    {
      GPollFD poll_fd = { fd, G_IO_IN | G_IO_HUP | G_IO_ERR, 0 };
      char buffer[4096];
      gint64 now = g_get_monotonic_time ();
      char *newline;
      gssize n;

      if ((want > 0 && *n_lines >= want) || (deadline >= 0 && now >= deadline))
        return TRUE;
      if (g_poll (&poll_fd, 1, deadline < 0 ? -1 : (int) ((deadline - now + 999) / 1000)) <= 0)
        continue;

      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        crash_fail (c, "reading the driver: %s", g_strerror (errno));
      if (n == 0)
        return FALSE;

      g_string_append_len (pending, buffer, n);
      while ((newline = strchr (pending->str, '\n')) != NULL)
        {
          *newline = '\0';
          add_claim (c, pending->str);
          g_string_erase (pending, 0, newline - pending->str + 1);
          (*n_lines)++;
        }
    }
}

static sqlite3_stmt *
query (Crash      *c,
       sqlite3    *db,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    crash_fail (c, "%s: %s", sql, sqlite3_errmsg (db));
  return stmt;
}

static gboolean
next_row (Crash        *c,
          sqlite3      *db,
          sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    crash_fail (c, "%s: %s", sqlite3_sql (stmt), sqlite3_errmsg (db));
  return rc == SQLITE_ROW;
}

static const char *
text_at (sqlite3_stmt *stmt,
         int           col)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);

  return text ? text : "";
}

static void
check_sound (Crash   *c,
             sqlite3 *db)
{
  sqlite3_stmt *stmt = query (c, db, "PRAGMA integrity_check");

  if (!next_row (c, db, stmt) || !g_str_equal (text_at (stmt, 0), "ok"))
    crash_fail (c, "integrity_check: %s", text_at (stmt, 0));
  sqlite3_finalize (stmt);

  stmt = query (c, db, "PRAGMA foreign_key_check");
  if (next_row (c, db, stmt))
    crash_fail (c, "foreign_key_check: a row of %s breaks a foreign key", text_at (stmt, 0));
  sqlite3_finalize (stmt);
}

/* Fails naming a claimed judgement that the file does not have. */
static G_NORETURN void
name_missing_judgement (Crash   *c,
                        sqlite3 *db,
                        guint    found)
{
  sqlite3_stmt *stmt = query (c, db, "SELECT rating_id, note FROM judgements "
                                     "WHERE framework_id || ':' || descriptor_id = ?1");
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, c->judged);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Judged *judged = value;
      g_autofree char *note = g_strdup_printf ("step %u", judged->step);

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      if (!next_row (c, db, stmt))
        crash_fail (c, "step %u rated %s %s and said so; the file has no judgement of it",
                    judged->step, (char *) key, judged->rating);
      if (!g_str_equal (text_at (stmt, 1), note) &&
          parse_step (c, text_at (stmt, 1), "step ") != c->last_step + 1)
        crash_fail (c, "step %u rated %s %s and said so; the file has %s from “%s”",
                    judged->step, (char *) key, judged->rating, text_at (stmt, 0), text_at (stmt, 1));
    }
  crash_fail (c, "%u of %u claimed judgements are missing",
              g_hash_table_size (c->judged) - found, g_hash_table_size (c->judged));
}

static void
check_judgements (Crash   *c,
                  sqlite3 *db)
{
  sqlite3_stmt *stmt = query (c, db,
    "SELECT framework_id || ':' || descriptor_id, rating_id, note FROM judgements");
  guint found = 0;

  while (next_row (c, db, stmt))
    {
      const char *key = text_at (stmt, 0);
      Judged *judged = g_hash_table_lookup (c->judged, key);
      guint step = parse_step (c, text_at (stmt, 2), "step ");

      if (judged != NULL && judged->step == step)
        {
          if (!g_str_equal (judged->rating, text_at (stmt, 1)))
            crash_fail (c, "step %u rated %s %s, the file says %s",
                        step, key, judged->rating, text_at (stmt, 1));
          found++;
        }
      else if (judged != NULL && step < judged->step)
        crash_fail (c, "step %u rated %s %s and said so, but the file still has step %u's "
                    "judgement", judged->step, key, judged->rating, step);
      else
        {
          /* The step in flight rated it again: that claim was kept, then overtaken. */
          check_unclaimed (c, step, key);
          found += judged != NULL;
        }
    }
  sqlite3_finalize (stmt);

  if (found != g_hash_table_size (c->judged))
    name_missing_judgement (c, db, found);
  c->n_checked += found;
}

static void
check_evidence (Crash   *c,
                sqlite3 *db)
{
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = query (c, db,
    "SELECT e.id, e.label, e.kind, e.blob_sha256, b.size, b.data FROM evidence e "
    "LEFT JOIN evidence_blobs b ON b.sha256 = e.blob_sha256");

  while (next_row (c, db, stmt))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint step = parse_step (c, text_at (stmt, 1), "step ");

      if ((gint64) step > c->last_step)
        check_unclaimed (c, step, "evidence");

      /* The bytes kept are the bytes named: nothing torn. */
      if (g_str_equal (text_at (stmt, 2), "file"))
        {
          const void *data = sqlite3_column_blob (stmt, 5);
          int size = sqlite3_column_bytes (stmt, 5);
          g_autofree char *sha256 = data ? g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, size)
                                         : NULL;

          if (sha256 == NULL || size != sqlite3_column_int (stmt, 4) ||
              !g_str_equal (sha256, text_at (stmt, 3)))
            crash_fail (c, "the file kept as evidence %" G_GINT64_FORMAT " is damaged", id);
        }
      g_hash_table_insert (labels, g_memdup2 (&id, sizeof id), g_strdup (text_at (stmt, 1)));
    }
  sqlite3_finalize (stmt);

  stmt = query (c, db, "SELECT evidence_id || ' ' || framework_id || ':' || descriptor_id "
                       "FROM descriptor_evidence WHERE removed_at IS NULL");
  while (next_row (c, db, stmt))
    g_hash_table_add (links, g_strdup (text_at (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < c->attached->len; i++)
    {
      Attached *attached = g_ptr_array_index (c->attached, i);
      const char *label = g_hash_table_lookup (labels, &attached->id);
      g_autofree char *link = g_strdup_printf ("%" G_GINT64_FORMAT " %s",
                                               attached->id, attached->target);

      if (label == NULL || parse_step (c, label, "step ") != attached->step)
        crash_fail (c, "step %u added evidence %" G_GINT64_FORMAT " and said so; the file has %s",
                    attached->step, attached->id, label ? label : "no such evidence");
      if (!g_hash_table_contains (links, link))
        crash_fail (c, "step %u attached evidence %" G_GINT64_FORMAT " to %s and said so; "
                    "the file has no such link", attached->step, attached->id, attached->target);
    }
  c->n_checked += c->attached->len;
}

/* Every row of the snapshot is what the claims before it said, and the rest unjudged. */
static void
check_snapshot_rows (Crash   *c,
                     sqlite3 *db,
                     Snapped *snapped,
                     gint64   id)
{
  sqlite3_stmt *stmt = query (c, db, "SELECT descriptor_id, rating_id, note "
                                     "FROM snapshot_judgements WHERE snapshot_id = ?1");
  guint found = 0;

  sqlite3_bind_int64 (stmt, 1, id);
  while (next_row (c, db, stmt))
    {
      Judged *judged = g_hash_table_lookup (snapped->judged, text_at (stmt, 0));
      g_autofree char *note = judged ? g_strdup_printf ("step %u", judged->step) : g_strdup ("");

      if (!g_str_equal (note, text_at (stmt, 2)) ||
          (judged && !g_str_equal (judged->rating, text_at (stmt, 1))))
        crash_fail (c, "snapshot %s froze %s as %s “%s”, not %s “%s”", snapped->name,
                    text_at (stmt, 0), text_at (stmt, 1), text_at (stmt, 2),
                    judged ? judged->rating : "unjudged", note);
      found += judged != NULL;
    }
  sqlite3_finalize (stmt);

  if (found != g_hash_table_size (snapped->judged))
    crash_fail (c, "snapshot %s lacks some of its judgements", snapped->name);
  snapped->verified = TRUE;
}

static void
check_snapshots (Crash   *c,
                 sqlite3 *db)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) sizes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = query (c, db, "SELECT id, framework_id || ' ' || name, name FROM snapshots");

  while (next_row (c, db, stmt))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if ((gint64) parse_step (c, text_at (stmt, 2), "step-") > c->last_step)
        check_unclaimed (c, parse_step (c, text_at (stmt, 2), "step-"), "a snapshot");
      g_hash_table_insert (ids, g_strdup (text_at (stmt, 1)), g_memdup2 (&id, sizeof id));
    }
  sqlite3_finalize (stmt);

  stmt = query (c, db, "SELECT snapshot_id, count(*) FROM snapshot_judgements GROUP BY snapshot_id");
  while (next_row (c, db, stmt))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (sizes, g_memdup2 (&id, sizeof id),
                           GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
    }
  sqlite3_finalize (stmt);

  stmt = query (c, db, "SELECT framework_id, count(*) FROM descriptors "
                       "WHERE retired_in IS NULL GROUP BY framework_id");
  while (next_row (c, db, stmt))
    g_hash_table_insert (current, g_strdup (text_at (stmt, 0)),
                         GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < c->snapped->len; i++)
    {
      Snapped *snapped = g_ptr_array_index (c->snapped, i);
      g_autofree char *key = g_strconcat (snapped->framework_id, " ", snapped->name, NULL);
      gint64 *id = g_hash_table_lookup (ids, key);
      int n_rows = id ? GPOINTER_TO_INT (g_hash_table_lookup (sizes, id)) : 0;
      int n_current = GPOINTER_TO_INT (g_hash_table_lookup (current, snapped->framework_id));

      if (id == NULL)
        crash_fail (c, "step %u took snapshot %s of %s and said so; the file has no such snapshot",
                    snapped->step, snapped->name, snapped->framework_id);
      if (n_rows != n_current || n_rows == 0)
        crash_fail (c, "snapshot %s has %d rows for the %d descriptors of %s",
                    snapped->name, n_rows, n_current, snapped->framework_id);
      /* Rows are frozen: read each snapshot's in full once, and all again at the end. */
      if (!snapped->verified)
        check_snapshot_rows (c, db, snapped, *id);
    }
  c->n_checked += c->snapped->len;
}

/* Whether the file must be recovered (a hot journal rolled back) before a read-only
 * connection can read it. */
static gboolean
needs_recovery (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return (rc & 0xff) == SQLITE_READONLY;
}

/* The school file after a kill, as plain SQLite sees it. */
static void
check_file (Crash *c)
{
  g_autofree char *wal = g_strconcat (c->path, "-wal", NULL);
  GStatBuf info;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt;
  /* Mostly read-only, so the driver itself next recovers the -wal; now and
   * then read-write, whose close checkpoints the -wal into the file. */
  int flags = g_rand_int_range (c->rand, 0, 4) == 0 ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
  gboolean has_schema;

  if (!g_file_test (c->path, G_FILE_TEST_EXISTS))
    {
      if (c->last_step >= 0)
        crash_fail (c, "the school file is gone");
      return;  /* killed before it made the file */
    }
  if (g_stat (wal, &info) == 0 && info.st_size > 0)
    c->n_wal++;

  if (sqlite3_open_v2 (c->path, &db, flags, NULL) != SQLITE_OK)
    crash_fail (c, "opening %s: %s", c->path, sqlite3_errmsg (db));
  if (flags == SQLITE_OPEN_READONLY && needs_recovery (db))
    {
      /* Killed while SQLite was making the file (before WAL mode): a hot journal, which only a
       * connection that may write rolls back, as the app's own would on opening. */
      sqlite3_close (db);
      db = NULL;
      if (sqlite3_open_v2 (c->path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
        crash_fail (c, "opening %s to recover it: %s", c->path, sqlite3_errmsg (db));
    }
  check_sound (c, db);

  stmt = query (c, db, "SELECT count(*) FROM sqlite_schema WHERE name = 'snapshot_judgements'");
  next_row (c, db, stmt);
  has_schema = sqlite3_column_int (stmt, 0) == 1;
  sqlite3_finalize (stmt);

  if (has_schema)
    {
      check_judgements (c, db);
      check_evidence (c, db);
      check_snapshots (c, db);
    }
  else if (c->last_step >= 0)
    crash_fail (c, "the school file has lost its tables");

  if (sqlite3_close (db) != SQLITE_OK)
    crash_fail (c, "closing %s", c->path);
}

/* Starts the driver after the last claim, kills it at a random moment, checks the file. */
static void
kill_once (Crash *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) pending = g_string_new (NULL);
  g_autofree char *seed = g_strdup_printf ("%u", c->seed);
  g_autofree char *start = g_strdup_printf ("%" G_GINT64_FORMAT, c->last_step + 1);
  const char *argv[] = { c->driver, c->path, seed, start, NULL };
  gint64 timeout = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint n_lines = 0;
  int mode = g_rand_int_range (c->rand, 0, 3);
  int fd = -1;
  int status = 0;
  GPid pid;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                            G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDIN_FROM_DEV_NULL,
                            NULL, NULL, &pid, NULL, &fd, NULL, &error);
  g_assert_no_error (error);

  if (mode == 0)
    {
      /* Any moment in its first 50 ms, opening the file included. */
      gint64 deadline = g_get_monotonic_time () + g_rand_int_range (c->rand, 0, 50001);

      if (!read_claims (c, fd, pending, &n_lines, deadline, 0))
        crash_fail (c, "the driver stopped before it was killed");
    }
  else
    {
      /* Right after a claim, or a little later: in the middle of the next step. */
      guint want = g_rand_int_range (c->rand, 1, 9);

      if (!read_claims (c, fd, pending, &n_lines, timeout, want))
        crash_fail (c, "the driver stopped before it was killed");
      if (n_lines < want)
        crash_fail (c, "the driver made no claim for 20 s");
      if (mode == 2)
        g_usleep (g_rand_int_range (c->rand, 0, 3000));
    }

  kill (pid, SIGKILL);
  if (waitpid (pid, &status, 0) != pid)
    crash_fail (c, "waitpid: %s", g_strerror (errno));
  if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
    crash_fail (c, "the driver ended by itself (status %d) before it was killed", status);
  g_spawn_close_pid (pid);
  c->n_kills++;

  /* What it wrote before it died is still in the pipe: every line of it is a claim. */
  read_claims (c, fd, pending, &n_lines, -1, 0);
  close (fd);
  if (pending->len > 0)
    crash_fail (c, "the driver left half a line: “%s”", pending->str);

  check_file (c);
}

static guint
env_number (const char *name,
            guint       fallback)
{
  const char *text = g_getenv (name);
  guint64 value = fallback;

  if (text != NULL && *text != '\0' &&
      !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &value, NULL))
    g_error ("%s=%s is not a number", name, text);
  return (guint) value;
}

/* The core opens the file at the end, and reads back every judgement claimed. */
static void
check_with_core (Crash *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmStore) store = wm_store_open (c->path, &error);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_no_error (error);
  g_hash_table_iter_init (&iter, c->judged);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (key, ":", 2);
      Judged *judged = value;
      g_autofree char *claimed_note = g_strdup_printf ("step %u", judged->step);
      g_autofree char *rating = NULL;
      g_autofree char *note = NULL;

      g_assert_true (wm_judgements_lookup (store, parts[0], parts[1], &rating,
                                           NULL, NULL, &note, &error));
      g_assert_no_error (error);
      if (g_str_equal (note, claimed_note) ? !g_str_equal (rating, judged->rating)
                                           : parse_step (c, note, "step ") != c->last_step + 1)
        crash_fail (c, "the core reads %s as %s from “%s”, not %s from step %u", (char *) key,
                    rating, note, judged->rating, judged->step);
    }
  wm_store_close (store);
}

static void
test_kill (void)
{
  Crash c = { 0 };
  guint n_kills = env_number ("WAYMARK_CRASH_KILLS", DEFAULT_KILLS);
  const char *driver = g_getenv ("WAYMARK_CRASH_DRIVER");
  gint64 began = g_get_monotonic_time ();

  c.seed = env_number ("WAYMARK_CRASH_SEED", DEFAULT_SEED);
  c.rand = g_rand_new_with_seed (c.seed);
  c.dir = wm_test_make_dir ("waymark-crash-XXXXXX");
  c.path = g_build_filename (c.dir, "school.waymark", NULL);
  c.driver = driver && *driver ? g_strdup (driver)
                               : g_test_build_filename (G_TEST_BUILT, "crash-driver", NULL);
  c.judged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, judged_free);
  c.attached = g_ptr_array_new_with_free_func (attached_free);
  c.snapped = g_ptr_array_new_with_free_func (snapped_free);
  c.last_step = -1;
  g_test_message ("WAYMARK_CRASH_SEED=%u WAYMARK_CRASH_KILLS=%u, driver %s",
                  c.seed, n_kills, c.driver);

  while (c.n_kills < n_kills)
    kill_once (&c);

  /* The last word: the core opens it, then every snapshot is read in full again. */
  check_with_core (&c);
  for (guint i = 0; i < c.snapped->len; i++)
    ((Snapped *) g_ptr_array_index (c.snapped, i))->verified = FALSE;
  check_file (&c);

  g_test_message ("%u kills, %" G_GINT64_FORMAT " steps run, %u claims, %" G_GUINT64_FORMAT
                  " claims checked, %u kills left a -wal to recover, %u changes found saved "
                  "before their claim, %.1f s", c.n_kills, c.last_step + 1, c.n_claims,
                  c.n_checked, c.n_wal, c.n_unclaimed,
                  (g_get_monotonic_time () - began) / (double) G_USEC_PER_SEC);

  wm_test_remove_tree (c.dir);
  g_free (c.dir);
  g_free (c.path);
  g_free (c.driver);
  g_rand_free (c.rand);
  g_hash_table_unref (c.judged);
  g_ptr_array_unref (c.attached);
  g_ptr_array_unref (c.snapped);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/crash/kill", test_kill);

  return g_test_run ();
}
