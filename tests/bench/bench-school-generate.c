/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <glib/gstdio.h>

#include "bench-big-framework.h"
#include "bench-school.h"
#include "bench-util.h"
#include "wm-actions.h"
#include "wm-catalog.h"
#include "wm-evidence.h"
#include "wm-framework-info.h"
#include "wm-import.h"
#include "wm-judgements.h"
#include "wm-snapshots.h"
#include "wm-steps.h"
#include "wm-test-util.h"

/*
 * Makes the large school file as a school would over ten years, through the core's public API
 * only: every rating, snapshot, piece of evidence and action is its own transaction, the way the
 * window and the command line write them. The core offers no batch, so this is as fast as the
 * app could ever fill a file; it takes a while, and says how long.
 */

/* Of each framework's descriptors, the share judged again before each snapshot. */
#define SHARE_PER_TERM 0.12

static const char * const people[] = { "Ms Shah", "Mr Jones", "Dr Okafor", "Mrs Byrne", "Mr Patel" };
static const char * const terms[][2] = {
  /* name, month and day the snapshot stands for; spring and summer fall in the next year */
  { "Autumn", "12-12" }, { "Spring", "03-27" }, { "Summer", "07-17" },
};

typedef struct {
  char      *id;
  GPtrArray *descriptors;   /* ids, in framework order */
  GPtrArray *ratings;       /* the scale's rating ids, lowest first */
} Framework;

typedef struct {
  const char      *path;
  char            *scratch;
  WmStore         *store;
  GRand           *rand;
  GPtrArray       *frameworks;   /* Framework */
  BenchSchoolInfo *info;
  gint64           last_evidence; /* the evidence added last, for a step to point to */
} Generator;

static void
framework_free (gpointer data)
{
  Framework *framework = data;

  g_free (framework->id);
  g_ptr_array_unref (framework->descriptors);
  g_ptr_array_unref (framework->ratings);
  g_free (framework);
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

static gboolean
read_frameworks (Generator  *gen,
                 GError    **error)
{
  g_autoptr(GListModel) list = wm_catalog_list (gen->store, error);

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WmFrameworkInfo) item = g_list_model_get_item (list, i);
      g_autoptr(WmFrameworkDef) def = wm_catalog_read (gen->store, wm_framework_info_get_id (item), error);
      Framework *framework;

      if (def == NULL)
        return FALSE;
      framework = g_new0 (Framework, 1);
      framework->id = g_strdup (def->id);
      framework->descriptors = g_ptr_array_new_with_free_func (g_free);
      framework->ratings = g_ptr_array_new_with_free_func (g_free);
      wm_framework_def_foreach (def, add_descriptor_cb, framework->descriptors);
      for (guint r = 0; r < def->ratings->len; r++)
        g_ptr_array_add (framework->ratings, g_strdup (((WmRatingDef *) def->ratings->pdata[r])->id));
      g_ptr_array_add (gen->frameworks, framework);
      gen->info->n_descriptors += framework->descriptors->len;
    }
  gen->info->n_frameworks = gen->frameworks->len;
  return TRUE;
}

/* Every shipped framework (offered when the file is made), then the 2,000-descriptor import. */
static gboolean
install_frameworks (Generator  *gen,
                    GError    **error)
{
  g_autoptr(GBytes) json = bench_big_framework_json ();
  g_autofree char *json_path = g_build_filename (gen->scratch, BENCH_BIG_ID ".json", NULL);
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(WmFrameworkDef) def = NULL;

  if (!(gen->store = wm_catalog_open_school (gen->path, error)) ||
      !g_file_set_contents (json_path, g_bytes_get_data (json, NULL), g_bytes_get_size (json), error) ||
      !(def = wm_import_file (json_file, WM_FORMAT_AUTO, error)) ||
      !wm_catalog_install (gen->store, def, error))
    return FALSE;
  gen->info->n_transactions += 2;
  return read_frameworks (gen, error);
}

/* Closes the file (folding its write-ahead log in), measures it, and opens it again. */
static gboolean
measure (Generator  *gen,
         guint64    *size,
         GError    **error)
{
  wm_store_close (gen->store);
  g_clear_object (&gen->store);
  *size = bench_file_size (gen->path);
  gen->store = wm_store_open (gen->path, error);
  return gen->store != NULL;
}

static Framework *
pick_framework (Generator *gen)
{
  /* Weighted by size: most judging, evidence and actions land in the big framework. */
  guint n = g_rand_int_range (gen->rand, 0, (gint32) gen->info->n_descriptors);

  for (guint i = 0; i < gen->frameworks->len; i++)
    {
      Framework *framework = g_ptr_array_index (gen->frameworks, i);

      if (n < framework->descriptors->len)
        return framework;
      n -= framework->descriptors->len;
    }
  return g_ptr_array_index (gen->frameworks, 0);
}

static const char *
pick (GRand     *rand,
      GPtrArray *array)
{
  return g_ptr_array_index (array, g_rand_int_range (rand, 0, (gint32) array->len));
}

/* One term: a share of every framework judged again, rising over the years, then a snapshot each. */
static gboolean
judge_term (Generator  *gen,
            guint       year,
            guint       term,
            GError    **error)
{
  guint school_year = BENCH_FIRST_YEAR + year + (term > 0 ? 1 : 0);
  g_autofree char *name = g_strdup_printf ("%s %u", terms[term][0], school_year);
  g_autofree char *date = g_strdup_printf ("%u-%s", school_year, terms[term][1]);
  double progress = (year * BENCH_SNAPSHOTS_PER_YEAR + term + 1.0) /
                    (BENCH_YEARS * BENCH_SNAPSHOTS_PER_YEAR);

  for (guint f = 0; f < gen->frameworks->len; f++)
    {
      Framework *framework = g_ptr_array_index (gen->frameworks, f);
      guint n = (guint) (framework->descriptors->len * SHARE_PER_TERM + 0.5);
      guint top = framework->ratings->len - 1;

      for (guint i = 0; i < MAX (n, 1); i++)
        {
          const char *descriptor = pick (gen->rand, framework->descriptors);
          int position = (int) (progress * top + 0.5) + g_rand_int_range (gen->rand, -1, 2);
          const char *rating = g_ptr_array_index (framework->ratings, CLAMP (position, 0, (int) top));
          g_autofree char *note = NULL;

          if (g_rand_int_range (gen->rand, 0, 50) == 0)
            {
              rating = WM_RATING_NOT_APPLICABLE;
              note = g_strdup ("Does not apply to a school of our phase.");
            }
          else if (g_rand_int_range (gen->rand, 0, 3) == 0)
            note = g_strdup_printf ("Seen in %s %u: %s.", terms[term][0], school_year,
                                    pick (gen->rand, framework->descriptors));

          if (!wm_judgements_rate (gen->store, framework->id, descriptor, rating, note,
                                   people[i % G_N_ELEMENTS (people)], error))
            return FALSE;
          gen->info->n_ratings++;
          gen->info->n_transactions++;
        }
    }

  for (guint f = 0; f < gen->frameworks->len; f++)
    {
      Framework *framework = g_ptr_array_index (gen->frameworks, f);

      if (wm_snapshots_create (gen->store, framework->id, name, date, BENCH_AUTHOR, error) == 0)
        return FALSE;
      gen->info->n_snapshots++;
      gen->info->n_transactions++;
    }
  return TRUE;
}

/* A small file of its own (a few hundred bytes to a few KiB), added and attached as the app does. */
static gboolean
add_evidence (Generator  *gen,
              guint       year,
              guint       k,
              GError    **error)
{
  static const char * const kinds[] = { "Lesson observation", "Work scrutiny", "Pupil survey",
                                        "Minutes", "Learning walk" };
  const char *kind = kinds[k % G_N_ELEMENTS (kinds)];
  g_autofree char *file_name = g_strdup_printf ("evidence-%05u.txt", k);
  g_autofree char *file_path = g_build_filename (gen->scratch, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autofree char *label = g_strdup_printf ("%s %u, %u", kind, k, BENCH_FIRST_YEAR + year);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_attach = g_rand_int_range (gen->rand, 0, 5) == 0 ? 2 : 1;
  guint size = g_rand_int_range (gen->rand, 200, 4000);
  Framework *framework = pick_framework (gen);
  guint first = g_rand_int_range (gen->rand, 0, (gint32) framework->descriptors->len);
  gint64 id;

  g_string_append_printf (text, "%s %u\n", label, g_rand_int (gen->rand));
  while (text->len < size)
    g_string_append_printf (text, "Observed %08x: pupils explained their reasoning.\n",
                            g_rand_int (gen->rand));
  if (!g_file_set_contents (file_path, text->str, text->len, error))
    return FALSE;

  id = wm_evidence_add_file (gen->store, file, label, people[k % G_N_ELEMENTS (people)],
                             NULL, NULL, NULL, error);
  g_remove (file_path);
  if (id == 0)
    return FALSE;
  gen->last_evidence = id;
  gen->info->n_evidence++;
  gen->info->n_transactions++;

  for (guint i = 0; i < n_attach; i++)
    {
      const char *descriptor = g_ptr_array_index (framework->descriptors,
                                                  (first + i) % framework->descriptors->len);

      if (!wm_evidence_attach (gen->store, framework->id, descriptor, id, BENCH_AUTHOR, error))
        return FALSE;
      gen->info->n_attachments++;
      gen->info->n_transactions++;
    }
  return TRUE;
}

/* An action on one to three descriptors of one framework; those of past years are finished. */
static gboolean
add_action (Generator  *gen,
            guint       year,
            guint       k,
            GError    **error)
{
  Framework *framework = pick_framework (gen);
  const char *names[4] = { NULL };
  guint n = g_rand_int_range (gen->rand, 1, 4);
  guint first = g_rand_int_range (gen->rand, 0, (gint32) framework->descriptors->len);
  g_autofree char *title = g_strdup_printf ("Action %u: work on %s with the team", k + 1,
                                            pick (gen->rand, framework->descriptors));
  g_autofree char *due = g_strdup_printf ("%u-%02u-%02u", BENCH_FIRST_YEAR + year + 1,
                                          g_rand_int_range (gen->rand, 1, 8),
                                          g_rand_int_range (gen->rand, 1, 29));
  gint64 id;
  guint roll;

  /* Neighbours in the grid: the levels of one strand, or the strands of one element. */
  for (guint i = 0; i < n; i++)
    names[i] = g_ptr_array_index (framework->descriptors, (first + i) % framework->descriptors->len);

  id = wm_actions_add (gen->store, framework->id, names, title, people[k % G_N_ELEMENTS (people)],
                       due, pick (gen->rand, framework->ratings), BENCH_AUTHOR, error);
  if (id == 0)
    return FALSE;
  gen->info->n_actions++;
  gen->info->n_transactions++;

  if (year + 1 == BENCH_YEARS)
    return TRUE;
  roll = g_rand_int_range (gen->rand, 0, 10);
  if (roll < 9)
    {
      if (!wm_actions_set_status (gen->store, id, roll < 8 ? "done" : "dropped", error))
        return FALSE;
      gen->info->n_transactions++;
    }
  return TRUE;
}

/* A week's small step: what someone tried and the descriptor it serves, now and then with evidence. */
static gboolean
add_step (Generator  *gen,
          guint       year,
          guint       k,
          GError    **error)
{
  static const char * const tries[] = {
    "Tried think-pair-share before the plenary", "Shared a worked example in the staff meeting",
    "Pupils marked each other's drafts against the criteria", "Ran a five-minute retrieval quiz",
    "Asked pupils to plan their own next step", "Visited a colleague's lesson to see questioning",
  };
  guint per_year = BENCH_STEPS / BENCH_YEARS;
  g_autoptr(GDateTime) start = g_date_time_new_utc (BENCH_FIRST_YEAR + year, 9, 5, 0, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_add_days (start, (k % per_year) * 300 / per_year);
  g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
  Framework *framework = pick_framework (gen);
  g_autofree char *serves = g_strdup_printf ("%s:%s", framework->id,
                                             pick (gen->rand, framework->descriptors));
  g_autofree char *what = g_strdup_printf ("%s (%u)", tries[k % G_N_ELEMENTS (tries)], k + 1);
  gint64 evidence = g_rand_int_range (gen->rand, 0, 5) == 0 ? gen->last_evidence : 0;

  if (wm_steps_add (gen->store, people[k % G_N_ELEMENTS (people)], date, what, serves,
                    evidence, error) == 0)
    return FALSE;
  gen->info->n_steps++;
  gen->info->n_transactions++;
  return TRUE;
}

static gboolean
generate_year (Generator  *gen,
               guint       year,
               GError    **error)
{
  BenchSchoolInfo *info = gen->info;
  guint64 before = 0, after = 0;
  gint64 start;

  if (!measure (gen, &before, error))
    return FALSE;

  start = bench_now_us ();
  for (guint term = 0; term < BENCH_SNAPSHOTS_PER_YEAR; term++)
    if (!judge_term (gen, year, term, error))
      return FALSE;
  info->seconds_judging += (bench_now_us () - start) / 1e6;
  if (!measure (gen, &after, error))
    return FALSE;
  info->judging_growth[year] = after - before;

  start = bench_now_us ();
  for (guint k = year * BENCH_EVIDENCE / BENCH_YEARS; k < (year + 1) * BENCH_EVIDENCE / BENCH_YEARS; k++)
    if (!add_evidence (gen, year, k, error))
      return FALSE;
  info->seconds_evidence += (bench_now_us () - start) / 1e6;
  before = after;
  if (!measure (gen, &after, error))
    return FALSE;
  info->evidence_growth[year] = after - before;

  start = bench_now_us ();
  for (guint k = year * BENCH_ACTIONS / BENCH_YEARS; k < (year + 1) * BENCH_ACTIONS / BENCH_YEARS; k++)
    if (!add_action (gen, year, k, error))
      return FALSE;
  info->seconds_actions += (bench_now_us () - start) / 1e6;
  before = after;
  if (!measure (gen, &after, error))
    return FALSE;
  info->actions_growth[year] = after - before;

  start = bench_now_us ();
  for (guint k = year * BENCH_STEPS / BENCH_YEARS; k < (year + 1) * BENCH_STEPS / BENCH_YEARS; k++)
    if (!add_step (gen, year, k, error))
      return FALSE;
  info->seconds_steps += (bench_now_us () - start) / 1e6;
  before = after;
  if (!measure (gen, &after, error))
    return FALSE;
  info->steps_growth[year] = after - before;
  return TRUE;
}

/**
 * bench_school_generate:
 *
 * Makes the large school file at @path, which must not exist yet. Each year is judged, then
 * gathers its evidence, its actions and its small steps, so that the file's growth can be told
 * apart.
 */
gboolean
bench_school_generate (const char       *path,
                       BenchSchoolInfo  *info,
                       GError          **error)
{
  Generator gen = { path, NULL, NULL, g_rand_new_with_seed (20160901),
                    g_ptr_array_new_with_free_func (framework_free), info, 0 };
  gint64 start = bench_now_us ();
  gboolean ok;

  gen.scratch = bench_make_dir (path);
  ok = install_frameworks (&gen, error) && measure (&gen, &info->size_frameworks, error);
  info->seconds_frameworks = (bench_now_us () - start) / 1e6;

  for (guint year = 0; ok && year < BENCH_YEARS; year++)
    {
      ok = generate_year (&gen, year, error);
      g_printerr ("bench: generating: school year %u of %u done (%.0f s)\n",
                  year + 1, BENCH_YEARS, (bench_now_us () - start) / 1e6);
    }

  if (gen.store != NULL)
    wm_store_close (gen.store);
  g_clear_object (&gen.store);
  bench_remove_tree (gen.scratch);
  g_free (gen.scratch);
  g_ptr_array_unref (gen.frameworks);
  g_rand_free (gen.rand);
  info->seconds = (bench_now_us () - start) / 1e6;
  return ok;
}
