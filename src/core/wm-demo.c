/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-demo"

#include "config.h"

#include <errno.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wm-catalog.h"
#include "wm-demo-private.h"
#include "wm-judgements.h"
#include "wm-school.h"
#include "wm-snapshots.h"

/*
 * The demo school's judging: the Learning Quality Framework judged at a baseline in September,
 * again for the autumn review in December and the spring review in March, a snapshot each time,
 * and a little more since; some steps of Becta's Steps to Adoption, some learning habits and the
 * EEF pillars judged. wm-demo-actions.c adds evidence and actions, wm-demo-planner.c and
 * wm-demo-inclusion.c the rest.
 *
 * Which year: the school year of the last spring review (20 March) on or before today, so that
 * all three snapshots are in the past; the small steps and the newest actions run on to today.
 */

/* Any fixed seed: the same @today always makes the same school. */
#define DEMO_SEED 20250919

static const char * const judges[] = { WM_DEMO_HEAD, "Deputy headteacher", "Learning lead" };

static const char * const judgement_notes[] = {
  "Seen in a learning walk with the learning lead: most classes show it.",
  "Agreed at the staff meeting; the Year 4 teacher is leading it.",
  "Pupil voice in Key Stage 2 confirms it.",
  "Governors saw it on their autumn visit.",
  "Started in Year 2 and Year 5; the other classes follow next term.",
  "The deputy headteacher's book look shows it in writing across the school.",
};

static const char * const month_names[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};

static const struct {
  const char *name;
  guint       month, day;
} reviews[] = {
  { "Baseline", 9, 19 },
  { "Autumn review", 12, 12 },
  { "Spring review", 3, 20 },
};

char *
wm_demo_date (WmDemo *demo,
              guint   month,
              guint   day)
{
  return g_strdup_printf ("%04u-%02u-%02u", demo->year + (month < 9 ? 1 : 0), month, day);
}

/* Before today (a date that cannot be read is not). */
gboolean
wm_demo_is_past (WmDemo     *demo,
                 const char *date)
{
  guint y, m, d;
  GDate parsed;

  if (sscanf (date, "%4u-%2u-%2u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (&parsed, 1);
  g_date_set_dmy (&parsed, d, m, y);
  return g_date_compare (&parsed, &demo->today) < 0;
}

/* The level a descriptor is at in its framework's order: 0 for the first. */
static guint
level_index (const WmFrameworkDef  *def,
             const WmDescriptorDef *descriptor)
{
  for (guint i = 0; i < def->levels->len; i++)
    if (g_str_equal (((WmLevelDef *) def->levels->pdata[i])->id, descriptor->level))
      return i;
  return 0;
}

static const char *
rating_id (const WmFrameworkDef *def,
           guint                 position)
{
  return ((WmRatingDef *) def->ratings->pdata[MIN (position, def->ratings->len - 1)])->id;
}

/* Where a strand's levels stand when it has come @progress rungs up its ladder: each level
 * below is at the top of the scale, the one it is on part way, the ones above not started. */
static guint
level_rating (double progress,
              guint  level,
              guint  top)
{
  double part = progress - level;

  if (part >= 1.0)
    return top;
  if (part <= 0.0)
    return 0;
  return MIN ((guint) (part * top), top - 1);
}

static gboolean
judge_lqf (WmDemo  *demo,
           GError **error)
{
  g_autoptr(WmFrameworkDef) def = wm_catalog_read (demo->store, "lqf", error);
  g_autoptr(GPtrArray) strands = g_ptr_array_new ();
  g_autofree double *progress = NULL;
  g_autofree guint *current = NULL;
  guint top, n_judged = 0;

  if (def == NULL)
    return FALSE;
  for (guint h = 0; h < def->headings->len; h++)
    {
      WmHeadingDef *heading = def->headings->pdata[h];

      for (guint e = 0; e < heading->elements->len; e++)
        {
          WmElementDef *element = heading->elements->pdata[e];

          for (guint s = 0; s < element->strands->len; s++)
            g_ptr_array_add (strands, element->strands->pdata[s]);
        }
    }

  /* How far up its ladder each strand has come by each review, and now: never back down. */
  progress = g_new0 (double, strands->len);
  current = g_new0 (guint, strands->len * def->levels->len);
  top = def->ratings->len - 1;
  for (guint stage = 0; stage <= G_N_ELEMENTS (reviews); stage++)
    {
      for (guint s = 0; s < strands->len; s++)
        {
          WmStrandDef *strand = strands->pdata[s];
          double step;

          if (stage == 0)
            step = g_rand_int_range (demo->rand, 0, 4) == 0 ? 0.0 : g_rand_double_range (demo->rand, 0.2, 1.3);
          else if (stage < G_N_ELEMENTS (reviews))
            step = g_rand_double_range (demo->rand, 0.15, 0.7);
          else
            step = g_rand_boolean (demo->rand) ? g_rand_double_range (demo->rand, 0.0, 0.4) : 0.0;
          progress[s] = MIN (progress[s] + step + (s < strands->len / 3 ? 0.1 : 0.0), (double) def->levels->len);

          for (guint d = 0; d < strand->descriptors->len; d++)
            {
              WmDescriptorDef *descriptor = strand->descriptors->pdata[d];
              guint level = level_index (def, descriptor);
              guint *was = &current[s * def->levels->len + level];
              guint rating = level_rating (progress[s], level, top);
              const char *note = NULL;

              if (rating <= *was)
                continue;
              if ((rating == top || *was == 0) && g_rand_int_range (demo->rand, 0, 3) == 0)
                note = judgement_notes[g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (judgement_notes))];
              if (!wm_judgements_rate (demo->store, "lqf", descriptor->id, rating_id (def, rating), note,
                                       judges[n_judged++ % G_N_ELEMENTS (judges)], error))
                return FALSE;
              *was = rating;
            }
        }

      if (stage < G_N_ELEMENTS (reviews))
        {
          g_autofree char *taken_on = wm_demo_date (demo, reviews[stage].month, reviews[stage].day);
          /* Made-up content, like the notes: in English whatever the locale, so that a demo
           * file is the same everywhere. */
          g_autofree char *name = g_strdup_printf ("%s, %s %u", reviews[stage].name,
                                                   month_names[reviews[stage].month - 1],
                                                   demo->year + (reviews[stage].month < 9 ? 1 : 0));

          if (!wm_snapshots_create (demo->store, "lqf", name, taken_on, WM_DEMO_HEAD, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Steps to Adoption: every area aware, most developing, a few adopting. The learning habits of
 * the year plan's first months. The EEF pillars: the staff's confidence, mostly fair. */
static gboolean
judge_others (WmDemo  *demo,
              GError **error)
{
  static const char * const becta_areas[] = { "organisation", "communication", "information",
                                              "learning", "showcasing" };
  static const char * const pillars[] = { "metacognition", "behaviour", "sel", "parents", "send" };
  static const char * const habits[] = { "absorption", "managing-distractions", "noticing",
                                         "perseverance", "questioning", "making-links" };

  for (guint i = 0; i < G_N_ELEMENTS (becta_areas); i++)
    {
      g_autofree char *aware = g_strconcat (becta_areas[i], "-aware", NULL);
      g_autofree char *develop = g_strconcat (becta_areas[i], "-develop", NULL);
      g_autofree char *adopt = g_strconcat (becta_areas[i], "-adopt", NULL);
      gboolean developed = g_rand_int_range (demo->rand, 0, 5) < 3;

      if (!wm_judgements_rate (demo->store, "becta-steps", aware, "reached", NULL, "Computing lead", error) ||
          !wm_judgements_rate (demo->store, "becta-steps", develop, developed ? "reached" : "working-towards",
                               NULL, "Computing lead", error) ||
          (developed && g_rand_boolean (demo->rand) &&
           !wm_judgements_rate (demo->store, "becta-steps", adopt, "working-towards", NULL,
                                "Computing lead", error)))
        return FALSE;
    }

  /* The first habits of the year plan, seen in most pupils at their first phase by now. */
  for (guint i = 0; i < G_N_ELEMENTS (habits); i++)
    {
      g_autofree char *first = g_strconcat (habits[i], "-1", NULL);
      g_autofree char *second = g_strconcat (habits[i], "-2", NULL);

      if (!wm_judgements_rate (demo->store, "habits", first, i < 3 ? "all" : "most", NULL, "Learning lead", error) ||
          !wm_judgements_rate (demo->store, "habits", second, i < 4 ? "some" : "not-yet", NULL, "Learning lead", error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (pillars); i++)
    for (guint j = 0; j < 2; j++)
      {
        g_autofree char *descriptor = g_strconcat (pillars[i], j == 0 ? "-identify" : "-support", NULL);
        char rating[2] = { (char) ('2' + g_rand_int_range (demo->rand, 0, 3)), '\0' };

        if (!wm_judgements_rate (demo->store, "eef-pillars", descriptor, rating, NULL, "SENCo", error))
          return FALSE;
      }
  return TRUE;
}

/**
 * wm_demo_fill:
 * @store: a new school file, opened with wm_catalog_open_school() (its frameworks installed)
 * @today: the day to make the demo as of
 *
 * Fills @store with the demo school (see above). Each call of the core's API is a transaction
 * of its own, so a failure leaves what was written before it: fill a file nobody else sees, as
 * wm_demo_create() does.
 */
gboolean
wm_demo_fill (WmStore      *store,
              const GDate  *today,
              GError      **error)
{
  WmDemo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (WM_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  demo.store = store;
  demo.today = *today;
  demo.rand = g_rand_new_with_seed (DEMO_SEED);
  demo.evidence_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  demo.action_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* The last spring review (20 March) on or before today closes the demo's school year. */
  demo.year = g_date_get_year (today) -
              (g_date_get_month (today) > 3 || (g_date_get_month (today) == 3 && g_date_get_day (today) >= 20) ? 1 : 2);

  ok = wm_school_set_name (store, WM_DEMO_SCHOOL_NAME, error) &&
       judge_lqf (&demo, error) &&
       judge_others (&demo, error) &&
       wm_demo_fill_evidence (&demo, error) &&
       wm_demo_fill_actions (&demo, error) &&
       wm_demo_fill_steps (&demo, error) &&
       wm_demo_fill_surveys (&demo, error) &&
       wm_demo_fill_plan (&demo, error) &&
       wm_demo_fill_inclusion (&demo, error);

  g_rand_free (demo.rand);
  g_array_unref (demo.evidence_ids);
  g_array_unref (demo.action_ids);
  if (!ok)
    g_prefix_error (error, _("Could not make the demo school: "));
  return ok;
}

/* The demo school beside the default school file. */
char *
wm_demo_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "waymark", "demo.waymark", NULL);
}

static void
remove_school_file (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_remove (name);
    }
}

/**
 * wm_demo_create:
 * @path: where the demo school goes; refused if something is there already
 *
 * Makes a demo school file at @path: written under a name of its own beside it, then renamed
 * into place once complete and closed, so that @path never holds half a demo.
 */
gboolean
wm_demo_create (const char   *path,
                const GDate  *today,
                GError      **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *part = NULL;
  g_autoptr(WmStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new ();

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_EXISTS,
                   _("%s already exists: the demo school is made in a new file"), path);
      return FALSE;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Could not make the folder %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  part = g_strdup_printf ("%s/.%s-%08x.part", dir, base, g_rand_int (rand));
  if (!(store = wm_catalog_open_school (part, error)) || !wm_demo_fill (store, today, error))
    {
      g_clear_object (&store);
      remove_school_file (part);
      return FALSE;
    }
  wm_store_close (store);
  if (g_rename (part, path) != 0)
    {
      int saved = errno;

      remove_school_file (part);
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("Could not make the demo school %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
