/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "crash-driver"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-judgements.h"
#include "wm-snapshots.h"

/*
 * The program test-crash kills: crash-driver SCHOOL SEED START [MAX]
 *
 * Opens SCHOOL as the app does and runs steps START, START+1 … (up to MAX,
 * or until killed). What step K does depends only on (SEED, K), so a step run
 * again after a kill does the same thing. Once a step's transaction has
 * committed, one line "saved K KIND KEY VALUE" goes to stdout: the claim that
 * it is durable, which test-crash then holds the school file to.
 */

#define AUTHOR "crash-driver"

static const char * const frameworks[] = { "lqf", "becta-steps", "habits" };

typedef struct {
  const char *id;
  GPtrArray  *descriptors;   /* descriptor ids, in the framework's order */
  GPtrArray  *ratings;       /* its scale's rating ids */
} Framework;

typedef struct {
  WmStore   *store;
  Framework  frameworks[G_N_ELEMENTS (frameworks)];
  char      *scratch;        /* a folder for the files added as evidence */
  guint32    seed;
} Driver;

static G_NORETURN void
fail (const char *what,
      GError     *error)
{
  g_printerr ("crash-driver: %s: %s\n", what, error ? error->message : "failed");
  exit (1);
}

static void
add_descriptor_cb (WmHeadingDef    *heading,
                   WmElementDef    *element,
                   WmStrandDef     *strand,
                   WmDescriptorDef *descriptor,
                   gpointer         user_data)
{
  g_ptr_array_add (user_data, g_strdup (descriptor->id));
}

static void
load_framework (Driver     *driver,
                Framework  *framework,
                const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmFrameworkDef) def = wm_catalog_read (driver->store, id, &error);

  if (def == NULL)
    fail (id, error);

  framework->id = id;
  framework->descriptors = g_ptr_array_new_with_free_func (g_free);
  framework->ratings = g_ptr_array_new_with_free_func (g_free);
  wm_framework_def_foreach (def, add_descriptor_cb, framework->descriptors);
  for (guint i = 0; i < def->ratings->len; i++)
    g_ptr_array_add (framework->ratings,
                     g_strdup (((WmRatingDef *) g_ptr_array_index (def->ratings, i))->id));
  if (framework->descriptors->len == 0 || framework->ratings->len == 0)
    fail (id, NULL);
}

static const char *
pick (GRand     *rand,
      GPtrArray *array)
{
  return g_ptr_array_index (array, g_rand_int_range (rand, 0, (gint32) array->len));
}

static void
claim (const char *format,
       ...) G_GNUC_PRINTF (1, 2);

/* Written only after the commit, and flushed at once: a claim made is a claim kept. */
static void
claim (const char *format,
       ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  if (fflush (stdout) != 0)
    {
      g_printerr ("crash-driver: could not write a claim: %s\n", g_strerror (errno));
      exit (1);
    }
}

static void
step_rate (Driver    *driver,
           guint      k,
           GRand     *rand,
           Framework *framework)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = g_strdup_printf ("step %u", k);
  const char *descriptor = pick (rand, framework->descriptors);
  const char *rating = g_rand_int_range (rand, 0, 10) == 0 ? WM_RATING_NOT_APPLICABLE
                                                           : pick (rand, framework->ratings);

  if (!wm_judgements_rate (driver->store, framework->id, descriptor, rating, note, AUTHOR, &error))
    fail (note, error);
  claim ("saved %u rate %s:%s %s\n", k, framework->id, descriptor, rating);
}

/* A few hundred bytes, the same for the same step, so a step run again adds the same file. */
static GFile *
write_scratch_file (Driver *driver,
                    guint   k,
                    GRand  *rand)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("step-%u.bin", k);
  g_autofree char *path = g_build_filename (driver->scratch, name, NULL);
  gsize size = (gsize) g_rand_int_range (rand, 100, 800);
  g_autofree guchar *bytes = g_malloc (size);

  for (gsize i = 0; i < size; i++)
    bytes[i] = (guchar) g_rand_int_range (rand, 0, 256);
  if (!g_file_set_contents (path, (const char *) bytes, (gssize) size, &error))
    fail (path, error);
  return g_file_new_for_path (path);
}

static void
step_evidence (Driver    *driver,
               guint      k,
               GRand     *rand,
               Framework *framework)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = g_strdup_printf ("step %u", k);
  const char *descriptor = pick (rand, framework->descriptors);
  gint64 id;

  if (g_rand_boolean (rand))
    {
      g_autofree char *text = g_strdup_printf ("Seen in lessons (step %u, %08x).",
                                               k, g_rand_int (rand));

      id = wm_evidence_add_note (driver->store, text, label, AUTHOR, &error);
    }
  else
    {
      g_autoptr(GFile) file = write_scratch_file (driver, k, rand);

      id = wm_evidence_add_file (driver->store, file, label, AUTHOR, NULL, NULL, NULL, &error);
      g_file_delete (file, NULL, NULL);
    }

  if (id == 0 ||
      !wm_evidence_attach (driver->store, framework->id, descriptor, id, AUTHOR, &error))
    fail (label, error);
  claim ("saved %u evidence %" G_GINT64_FORMAT " %s:%s\n", k, id, framework->id, descriptor);
}

static void
step_snapshot (Driver    *driver,
               guint      k,
               Framework *framework)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("step-%u", k);
  gint64 id = wm_snapshots_create (driver->store, framework->id, name, NULL, AUTHOR, &error);

  /* Committed by an earlier run that was killed before it could say so. */
  if (id == 0 && g_error_matches (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS))
    {
      g_clear_error (&error);
      if (!wm_snapshots_find (driver->store, name, framework->id, &id, NULL, &error))
        fail (name, error);
    }
  if (id == 0)
    fail (name, error);
  claim ("saved %u snapshot %s %s\n", k, name, framework->id);
}

static void
run_step (Driver *driver,
          guint   k)
{
  guint32 seed[] = { driver->seed, k, 0x57594d4b };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seed, G_N_ELEMENTS (seed));
  int kind = g_rand_int_range (rand, 0, 100);
  Framework *framework =
    &driver->frameworks[g_rand_int_range (rand, 0, G_N_ELEMENTS (frameworks))];

  if (kind < 55)
    step_rate (driver, k, rand, framework);
  else if (kind < 85)
    step_evidence (driver, k, rand, framework);
  else
    step_snapshot (driver, k, framework);
}

static guint64
parse_number (const char *text,
              const char *what)
{
  g_autoptr(GError) error = NULL;
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &value, &error))
    fail (what, error);
  return value;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  Driver driver = { 0 };
  guint64 start;
  guint64 end = G_MAXUINT32;

  if (argc != 4 && argc != 5)
    {
      g_printerr ("Usage: crash-driver SCHOOL SEED START [MAX]\n");
      return 1;
    }
  driver.seed = (guint32) parse_number (argv[2], "SEED");
  start = parse_number (argv[3], "START");
  if (argc == 5)
    end = parse_number (argv[4], "MAX");

  if (!(driver.store = wm_catalog_open_school (argv[1], &error)))
    fail (argv[1], error);

  dir = g_path_get_dirname (argv[1]);
  driver.scratch = g_build_filename (dir, "crash-evidence", NULL);
  if (g_mkdir_with_parents (driver.scratch, 0700) != 0)
    fail (driver.scratch, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (frameworks); i++)
    load_framework (&driver, &driver.frameworks[i], frameworks[i]);

  for (guint64 k = start; k < end; k++)
    run_step (&driver, (guint) k);

  for (guint i = 0; i < G_N_ELEMENTS (frameworks); i++)
    {
      g_ptr_array_unref (driver.frameworks[i].descriptors);
      g_ptr_array_unref (driver.frameworks[i].ratings);
    }
  g_free (driver.scratch);
  g_object_unref (driver.store);
  return 0;
}
