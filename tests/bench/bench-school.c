/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "bench-school.h"
#include "bench-util.h"
#include "wm-store.h"
#include "wm-test-util.h"

/* Raise when the generator makes a different file: an older one is then made again. */
#define BENCH_GENERATOR_VERSION 2

#define GROUP "school"

/* The school file named on the command line, else beside the program. */
char *
bench_school_path (int    argc,
                   char **argv)
{
  g_autofree char *dir = NULL;

  if (argc > 1)
    return g_strdup (argv[1]);
  dir = g_path_get_dirname (argv[0]);
  return g_build_filename (dir, "large.waymark", NULL);
}

static char *
info_path (const char *path)
{
  return g_strconcat (path, ".info", NULL);
}

#define FIELDS(X) \
  X (double, seconds) X (double, seconds_frameworks) X (double, seconds_judging) \
  X (double, seconds_evidence) X (double, seconds_actions) X (double, seconds_steps) \
  X (guint, n_frameworks) X (guint, n_descriptors) X (guint, n_ratings) X (guint, n_snapshots) \
  X (guint, n_evidence) X (guint, n_attachments) X (guint, n_actions) X (guint, n_steps) \
  X (guint, n_transactions) \
  X (guint64, size_frameworks) X (guint64, size)

static void
set_value (GKeyFile   *keys,
           const char *name,
           double      value)
{
  g_key_file_set_double (keys, GROUP, name, value);
}

static gboolean
write_info (const char            *path,
            const BenchSchoolInfo *info,
            GError               **error)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *note = info_path (path);

  g_key_file_set_integer (keys, GROUP, "generator", BENCH_GENERATOR_VERSION);
  g_key_file_set_integer (keys, GROUP, "schema", WM_STORE_SCHEMA_VERSION);
#define WRITE(type, name) set_value (keys, #name, (double) info->name);
  FIELDS (WRITE)
#undef WRITE
  for (guint y = 0; y < BENCH_YEARS; y++)
    {
      g_autofree char *judging = g_strdup_printf ("judging_growth_%u", y);
      g_autofree char *evidence = g_strdup_printf ("evidence_growth_%u", y);
      g_autofree char *actions = g_strdup_printf ("actions_growth_%u", y);
      g_autofree char *steps = g_strdup_printf ("steps_growth_%u", y);

      set_value (keys, judging, info->judging_growth[y]);
      set_value (keys, evidence, info->evidence_growth[y]);
      set_value (keys, actions, info->actions_growth[y]);
      set_value (keys, steps, info->steps_growth[y]);
    }
  return g_key_file_save_to_file (keys, note, error);
}

static double
get_value (GKeyFile   *keys,
           const char *name,
           gboolean   *complete)
{
  g_autoptr(GError) error = NULL;
  double value = g_key_file_get_double (keys, GROUP, name, &error);

  if (error != NULL)
    *complete = FALSE;
  return value;
}

/* TRUE if the note beside @path says it was made by this generator for this schema. */
static gboolean
read_info (const char      *path,
           BenchSchoolInfo *info)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *note = info_path (path);
  gboolean complete = TRUE;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) ||
      !g_key_file_load_from_file (keys, note, G_KEY_FILE_NONE, NULL) ||
      get_value (keys, "generator", &complete) != BENCH_GENERATOR_VERSION ||
      get_value (keys, "schema", &complete) != WM_STORE_SCHEMA_VERSION)
    return FALSE;

#define READ(type, name) info->name = (type) get_value (keys, #name, &complete);
  FIELDS (READ)
#undef READ
  for (guint y = 0; y < BENCH_YEARS; y++)
    {
      g_autofree char *judging = g_strdup_printf ("judging_growth_%u", y);
      g_autofree char *evidence = g_strdup_printf ("evidence_growth_%u", y);
      g_autofree char *actions = g_strdup_printf ("actions_growth_%u", y);
      g_autofree char *steps = g_strdup_printf ("steps_growth_%u", y);

      info->judging_growth[y] = (guint64) get_value (keys, judging, &complete);
      info->evidence_growth[y] = (guint64) get_value (keys, evidence, &complete);
      info->actions_growth[y] = (guint64) get_value (keys, actions, &complete);
      info->steps_growth[y] = (guint64) get_value (keys, steps, &complete);
    }

  /* The note could outlive a file replaced by hand: the file itself must agree. */
  return complete &&
         wm_test_sqlite_int (path, "PRAGMA user_version") == WM_STORE_SCHEMA_VERSION;
}

static void
remove_school (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal", ".info" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_remove (name);
    }
}

/**
 * bench_school_ensure:
 *
 * @may_regenerate: whether WAYMARK_BENCH_REGENERATE=1 is heeded
 *
 * Reuses the large school file at @path if it is of the current schema and generator, or makes
 * it (under a temporary name, renamed into place only once whole). Fills @info either way.
 */
gboolean
bench_school_ensure (const char       *path,
                     gboolean          may_regenerate,
                     BenchSchoolInfo  *info,
                     GError          **error)
{
  const char *regenerate = g_getenv ("WAYMARK_BENCH_REGENERATE");
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);

  memset (info, 0, sizeof *info);
  if (!(may_regenerate && g_strcmp0 (regenerate, "1") == 0) && read_info (path, info))
    {
      info->size = bench_file_size (path);
      return TRUE;
    }

  remove_school (path);
  remove_school (partial);
  if (!bench_school_generate (partial, info, error))
    return FALSE;
  if (g_rename (partial, path) != 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                   "Could not rename %s to %s: %s", partial, path, g_strerror (errno));
      return FALSE;
    }
  info->generated = TRUE;
  info->size = bench_file_size (path);
  return write_info (path, info, error);
}
