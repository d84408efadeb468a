/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-demo"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "wm-catalog.h"
#include "wm-demo-private.h"
#include "wm-plan.h"
#include "wm-steps.h"
#include "wm-surveys.h"

/*
 * The demo school's planner: a small step most school weeks from September to today, two
 * confidence survey rounds, and the year plan's sessions ticked off month by month with where two
 * classes stand on each habit. wm-demo-inclusion.c writes the inclusion cohort.
 */

static const char * const staff[] = {
  "Year 1 teacher", "Year 4 teacher", "Learning lead", "Year 2 teacher", "Year 6 teacher",
  "TA (Key Stage 1)", "Year 5 teacher", "Reception teacher", "Year 3 teacher", WM_DEMO_HEAD,
};

static const struct {
  const char *what;
  const char *serves;
} steps[] = {
  { "Tried think-pair-share before the plenary", "lqf:7.2b" },
  { "Shared a worked example of questioning at the staff meeting", "lqf:5.1b" },
  { "Pupils marked each other's drafts against the success criteria", "habits:revising" },
  { "Ran a five-minute retrieval quiz at the start of maths", "lqf:7.3b" },
  { "Asked pupils to plan their own next step in writing", "habits:planning" },
  { "Watched a colleague's lesson to see how she handles 'I'm stuck'", "lqf:5.2b" },
  { "Put the learning habits display up in the hall", "lqf:8.1b" },
  { "Noticing walk in the playground with Reception", "habits:noticing" },
  { "Talked to parents about the learning habits at the class assembly", "lqf:10.1b" },
  { "Learning partners changed every week in Year 5", "habits:collaboration" },
  { "Pupils explained a mistake they had learned from", "habits:perseverance" },
  { "A 'questions we still have' board in Year 3", "habits:questioning" },
  { "Newsletter piece on how our pupils learn", "lqf:1.2b" },
  { "Quiet focus time before reading, with a timer pupils set", "habits:absorption" },
  { "The pupils' learning council reviewed the habits posters", "lqf:9.2b" },
  { "Pupils chose how to record their science investigation", "habits:imagining" },
};

/* School holidays, roughly: no steps in weeks whose Monday falls in them. */
static gboolean
is_holiday (const GDate *monday)
{
  static const struct { guint from_month, from_day, to_month, to_day; } holidays[] = {
    { 10, 24, 11, 1 }, { 12, 19, 12, 31 }, { 1, 1, 1, 4 }, { 2, 14, 2, 22 },
    { 3, 30, 4, 12 }, { 5, 23, 5, 31 }, { 7, 22, 9, 3 },
  };
  guint key = g_date_get_month (monday) * 100 + g_date_get_day (monday);

  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    if (key >= holidays[i].from_month * 100 + holidays[i].from_day &&
        key <= holidays[i].to_month * 100 + holidays[i].to_day)
      return TRUE;
  return FALSE;
}

gboolean
wm_demo_fill_steps (WmDemo  *demo,
                    GError **error)
{
  GDate monday;
  guint k = 0;

  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 8, G_DATE_SEPTEMBER, demo->year);
  while (g_date_get_weekday (&monday) != G_DATE_MONDAY)
    g_date_add_days (&monday, 1);

  for (; g_date_compare (&monday, &demo->today) < 0; g_date_add_days (&monday, 7))
    {
      guint n = g_rand_int_range (demo->rand, 0, 3) == 0 ? 2 : 1;

      if (is_holiday (&monday))
        continue;
      for (guint i = 0; i < n; i++, k++)
        {
          GDate day = monday;
          char taken_on[16];
          gint64 evidence = 0;

          g_date_add_days (&day, 1 + 2 * i + g_rand_int_range (demo->rand, 0, 2));
          if (g_date_compare (&day, &demo->today) >= 0)
            break;
          g_date_strftime (taken_on, sizeof taken_on, "%Y-%m-%d", &day);
          if (k % 7 == 3 && demo->evidence_ids->len > 0)
            evidence = g_array_index (demo->evidence_ids, gint64, (k / 7) % demo->evidence_ids->len);
          if (!wm_steps_add (demo->store, staff[k % G_N_ELEMENTS (staff)], taken_on,
                             steps[(k * 5) % G_N_ELEMENTS (steps)].what,
                             steps[(k * 5) % G_N_ELEMENTS (steps)].serves, evidence, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* A baseline in September and a repeat in March: the same staff, by role, more confident. */
gboolean
wm_demo_fill_surveys (WmDemo  *demo,
                      GError **error)
{
  static const char * const respondents[] = {
    "Y1 teacher", "Y2 teacher", "Y3 teacher", "Y4 teacher", "Y5 teacher", "Y6 teacher",
    "SENCo", "TA KS1",
  };
  g_autoptr(GPtrArray) questions = wm_surveys_questions (demo->store, WM_SURVEYS_DEFAULT_FRAMEWORK, error);
  g_autofree char *september = wm_demo_date (demo, 9, 24);
  g_autofree char *march = wm_demo_date (demo, 3, 18);
  g_autofree char *baseline_name = g_strdup_printf ("Baseline, September %u", demo->year);
  g_autofree char *repeat_name = g_strdup_printf ("Repeat, March %u", demo->year + 1);
  g_autofree WmSurveyAnswer *answers = NULL;
  g_autofree int *baseline = NULL;
  gint64 rounds[2];

  if (questions == NULL)
    return FALSE;
  if (!(rounds[0] = wm_surveys_add_round (demo->store, baseline_name, september, NULL, error)) ||
      !(rounds[1] = wm_surveys_add_round (demo->store, repeat_name, march, NULL, error)))
    return FALSE;

  answers = g_new0 (WmSurveyAnswer, questions->len);
  baseline = g_new0 (int, questions->len * G_N_ELEMENTS (respondents));
  for (guint r = 0; r < 2; r++)
    for (guint p = 0; p < G_N_ELEMENTS (respondents); p++)
      {
        for (guint q = 0; q < questions->len; q++)
          {
            WmSurveyQuestion *question = g_ptr_array_index (questions, q);
            int *score = &baseline[p * questions->len + q];

            if (r == 0)
              *score = g_rand_int_range (demo->rand, 1, 4);
            answers[q].descriptor_id = question->descriptor_id;
            answers[q].score = r == 0 ? *score
                                      : MIN (*score + g_rand_int_range (demo->rand, 0, 3), WM_SURVEYS_MAX_SCORE);
          }
        if (!wm_surveys_record (demo->store, rounds[r], respondents[p], answers, questions->len, error))
          return FALSE;
      }
  return TRUE;
}

/* The plan year starting in September of @start_year: the file's draft when it is that year,
 * else a new one. */
static WmPlanYear *
plan_year (WmDemo  *demo,
           guint    start_year,
           GError **error)
{
  g_autofree char *september = g_strdup_printf ("%04u-09", start_year);
  g_autoptr(GListModel) years = wm_plan_list_years (demo->store, error);
  gint64 id;

  if (years == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (years); i++)
    {
      g_autoptr(WmPlanYear) year = g_list_model_get_item (years, i);

      if (wm_plan_year_has_month (year, september))
        return g_steal_pointer (&year);
    }
  if (!(id = wm_plan_create_year (demo->store, NULL, september, 0, NULL, error)))
    return NULL;
  return wm_plan_get_year (demo->store, id, error);
}

/* The year planned from September, as a school in the programme plans it: the draft's sessions
 * (which may start later in the year, and hold nothing yet) give way to the habits of the
 * library from the @first, one a month. */
static gboolean
plan_habits (WmDemo      *demo,
             WmPlanYear  *year,
             guint        first,
             GError     **error)
{
  g_autoptr(WmFrameworkDef) library = wm_catalog_read (demo->store, wm_plan_year_get_framework_id (year), error);
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  gint64 year_id = wm_plan_year_get_id (year);

  if (library == NULL || !(sessions = wm_plan_list_sessions (demo->store, year_id, error)))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(WmPlanSession) session = g_list_model_get_item (sessions, i);

      if (!wm_plan_remove_habit (demo->store, year_id, wm_plan_session_get_habit_id (session), error))
        return FALSE;
    }

  for (guint i = 0; i < library->headings->len; i++)
    {
      WmHeadingDef *heading = library->headings->pdata[i];

      for (guint e = 0; e < heading->elements->len; e++)
        g_ptr_array_add (ids, ((WmElementDef *) heading->elements->pdata[e])->id);
    }
  for (guint m = 0; m < WM_PLAN_MAX_SESSIONS && m < wm_plan_year_get_n_months (year) && first + m < ids->len; m++)
    if (!wm_plan_set_habit (demo->store, year_id, wm_plan_year_get_month (year, m), ids->pdata[first + m], error))
      return FALSE;
  return TRUE;
}

static char *
add_days (const char *date,
          guint       days)
{
  guint y, m, d;
  GDate parsed;
  char text[16];

  if (sscanf (date, "%4u-%2u-%2u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return g_strdup (date);
  g_date_clear (&parsed, 1);
  g_date_set_dmy (&parsed, d, m, y);
  g_date_add_days (&parsed, days);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &parsed);
  return g_strdup (text);
}

/* Where a class stands on the habit of the @n-th session: most pupils in the first phases at
 * first, further on as the year goes and the habits build on each other. */
static void
phase_counts (WmDemo *demo,
              guint   n,
              guint   pupils,
              guint  *counts)
{
  memset (counts, 0, WM_PLAN_N_PHASES * sizeof (guint));
  for (guint i = 0; i < pupils; i++)
    {
      guint phase = g_rand_int_range (demo->rand, 0, 3) + g_rand_int_range (demo->rand, 0, 1 + n / 2);

      counts[MIN (phase, WM_PLAN_N_PHASES - 1)]++;
    }
}

/* Every session whose team has met: its sections ticked, its team's words, two classes counted. */
static gboolean
plan_record (WmDemo      *demo,
             WmPlanYear  *year,
             GError     **error)
{
  static const char * const groups[] = { "Year 2", "Year 5" };
  static const guint sizes[] = { 28, 30 };
  static const char * const section_notes[WM_PLAN_N_SECTIONS] = {
    "Watched together in the staff meeting.",
    "Each class agreed one thing to try.",
    "Planned in year-group pairs.",
    "Good discussion; the Year 2 teacher will bring examples next time.",
  };
  gint64 year_id = wm_plan_year_get_id (year);
  g_autoptr(GListModel) sessions = wm_plan_list_sessions (demo->store, year_id, error);
  if (sessions == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(WmPlanSession) session = g_list_model_get_item (sessions, i);
      const char *month = wm_plan_session_get_month (session);
      const char *team_on = wm_plan_session_get_team_on (session);
      g_autofree char *enquiry = NULL;

      if (!wm_demo_is_past (demo, team_on))
        break;
      for (guint section = 1; section <= WM_PLAN_N_SECTIONS; section++)
        {
          g_autofree char *done_on = section < WM_PLAN_N_SECTIONS
                                     ? add_days (wm_plan_session_get_online_on (session), section)
                                     : g_strdup (team_on);

          if (!wm_plan_tick_section (demo->store, year_id, month, section, done_on,
                                     i < 2 ? section_notes[section - 1] : NULL, error))
            return FALSE;
        }

      enquiry = g_strdup_printf ("What does %s look like in our classrooms, and how do we "
                                 "help pupils get better at it?",
                                 wm_plan_session_get_habit_title (session));
      if (!wm_plan_set_team_field (demo->store, year_id, month, WM_PLAN_TEAM_ATTENDEES,
                                   "Headteacher, learning lead, Year 2 and Year 5 teachers", error) ||
          !wm_plan_set_team_field (demo->store, year_id, month, WM_PLAN_TEAM_ENQUIRY, enquiry, error))
        return FALSE;

      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        {
          guint counts[WM_PLAN_N_PHASES];

          phase_counts (demo, i, sizes[g], counts);
          if (!wm_plan_set_phase_counts (demo->store, year_id, month, groups[g], counts, team_on, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* The demo's school year planned and done, habits 1 to 9 of the library; and when today is in
 * the next school year, that year too, from habit 10, done as far as today. */
gboolean
wm_demo_fill_plan (WmDemo  *demo,
                   GError **error)
{
  static const guint action_months[] = { 11, 1, 3 };   /* those of the first actions' due dates */
  guint current = g_date_get_year (&demo->today) - (g_date_get_month (&demo->today) < G_DATE_SEPTEMBER ? 1 : 0);

  for (guint start = demo->year; start <= current; start++)
    {
      g_autoptr(WmPlanYear) year = plan_year (demo, start, error);

      if (year == NULL ||
          !plan_habits (demo, year, (start - demo->year) * WM_PLAN_MAX_SESSIONS, error) ||
          !plan_record (demo, year, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (action_months) && i < demo->action_ids->len; i++)
    {
      g_autofree char *month = g_strdup_printf ("%04u-%02u", demo->year + (action_months[i] < 9 ? 1 : 0),
                                                action_months[i]);

      if (!wm_plan_place_action (demo->store, g_array_index (demo->action_ids, gint64, i), month, error))
        return FALSE;
    }
  return TRUE;
}
