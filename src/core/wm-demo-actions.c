/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-demo"

#include "config.h"

#include "wm-actions.h"
#include "wm-demo-private.h"
#include "wm-evidence.h"

/*
 * The demo school's evidence notes, attached to the descriptors they stand behind, most of them
 * reviewed; and its action plan, owned by roles, finished where due and under way or planned
 * where not.
 */

static const char * const authors[] = { WM_DEMO_HEAD, "Deputy headteacher", "Learning lead" };

static const struct {
  const char *label;
  const char *text;
  const char *descriptors[3];   /* of the LQF */
} notes[] = {
  { "Learning walk, Year 3 and Year 4",
    "The Year 4 teacher and the learning lead visited three lessons. Pupils named the learning "
    "habit they were practising and said how it helped them. Next: share the questioning "
    "prompts with Year 3.", { "3.1b", "8.1b", NULL } },
  { "Staff meeting: our vision for learning",
    "All teaching staff and two teaching assistants agreed four statements for the vision, to "
    "take to governors in November.", { "1.1b", "1.2b", NULL } },
  { "Pupil voice, Key Stage 2",
    "Thirty pupils from Years 3 to 6 answered six questions about how they learn. Most could "
    "say what to do when they are stuck; fewer could say how they check their own work.",
    { "9.1b", "11.1b", NULL } },
  { "Governors' teaching and learning committee",
    "The governor for teaching and learning reported on her visit to Year 2. The committee asked "
    "for the spring review to come to the full governing body.", { "10.2b", NULL, NULL } },
  { "Lesson study, Year 2 and Year 5",
    "Two cycles of lesson study on questioning. The Year 2 and Year 5 teachers planned, taught "
    "and reviewed one lesson each, watching three pupils closely.", { "5.2b", "7.1b", "7.1s" } },
  { "Parents' workshop on learning habits",
    "Eighteen families came. Parents tried the 'stuck' strategies their children use and took "
    "home a card of questions to ask about learning.", { "10.1b", NULL, NULL } },
};

static const struct {
  const char *framework;
  const char *title;
  const char *owner;
  const char *descriptors[3];
  guint       month, day;       /* due, in the demo's school year; 0: some weeks from today */
  const char *target;
  const char *status_when_past; /* NULL: done */
} actions[] = {
  { "lqf", "Agree the school's vision for learning with governors", WM_DEMO_HEAD,
    { "1.2b", NULL, NULL }, 11, 28, "secure", NULL },
  { "lqf", "Introduce a shared language for learning habits in every class", "Learning lead",
    { "3.1b", "3.1s", NULL }, 1, 30, "secure", NULL },
  { "lqf", "Run a lesson study cycle on questioning", "Year 4 teacher",
    { "5.2b", "7.1s", NULL }, 3, 13, "secure", NULL },
  { "lqf", "Plan the summer term's topics around the learning habits", "Deputy headteacher",
    { "6.1s", NULL, NULL }, 4, 24, "partial", "dropped" },
  { "lqf", "Hold a second parents' workshop, on learning at home", "Family support worker",
    { "10.1s", NULL, NULL }, 5, 22, "secure", NULL },
  { "becta-steps", "Set up class blogs to show pupils' learning to families", "Computing lead",
    { "showcasing-develop", NULL, NULL }, 6, 26, "reached", NULL },
  { "lqf", "Review the impact of the learning habits with pupils", "Learning lead",
    { "11.1s", "11.2b", NULL }, 0, 21, "partial", NULL },
  { "lqf", "Present the year's progress to the full governing body", WM_DEMO_HEAD,
    { "10.2s", NULL, NULL }, 0, 49, "secure", NULL },
};

static char *
date_from_today (WmDemo *demo,
                 guint   days)
{
  GDate date = demo->today;
  char text[16];

  g_date_add_days (&date, days);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

gboolean
wm_demo_fill_evidence (WmDemo  *demo,
              GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      gint64 id = wm_evidence_add_note (demo->store, notes[i].text, notes[i].label,
                                        authors[i % G_N_ELEMENTS (authors)], error);

      if (id == 0)
        return FALSE;
      g_array_append_val (demo->evidence_ids, id);
      /* Most have been looked over; a few wait for it, as the evidence filter shows. */
      if (i % 3 != 2 && !wm_evidence_set_reviewed (demo->store, id, TRUE, error))
        return FALSE;
      for (guint d = 0; d < G_N_ELEMENTS (notes[i].descriptors) && notes[i].descriptors[d]; d++)
        if (!wm_evidence_attach (demo->store, "lqf", notes[i].descriptors[d], id,
                                 authors[i % G_N_ELEMENTS (authors)], error))
          return FALSE;
    }
  return TRUE;
}

gboolean
wm_demo_fill_actions (WmDemo  *demo,
             GError **error)
{
  gboolean under_way = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *due = actions[i].month ? wm_demo_date (demo, actions[i].month, actions[i].day)
                                              : date_from_today (demo, actions[i].day);
      const char *status = NULL;
      gint64 id;

      id = wm_actions_add (demo->store, actions[i].framework, actions[i].descriptors, actions[i].title,
                           actions[i].owner, due, actions[i].target, WM_DEMO_HEAD, error);
      if (id == 0)
        return FALSE;
      g_array_append_val (demo->action_ids, id);

      /* Those due are finished (or given up); the first one still to come is under way. */
      if (wm_demo_is_past (demo, due))
        status = actions[i].status_when_past ? actions[i].status_when_past : "done";
      else if (!under_way)
        status = "under-way";
      under_way |= status != NULL && g_str_equal (status, "under-way");
      if (status != NULL && !wm_actions_set_status (demo->store, id, status, error))
        return FALSE;
      if (status != NULL && g_str_equal (status, "dropped") &&
          !wm_actions_set_notes (demo->store, id, "Dropped: the summer topics were already planned. "
                                 "Picked up again for next year.", error))
        return FALSE;
    }
  return TRUE;
}
