/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wm-actions.h"
#include "wm-report-private.h"
#include "wm-school.h"
#include "wm-snapshots.h"
#include "wm-steps.h"
#include "wm-store-private.h"

/*
 * Gathers the governors' pack for one framework: scores now and at a snapshot, counts per
 * element, strengths and next steps, a summary in words, and the radar chart's data.
 *
 * Nothing written about a pupil may reach a governor's copy: the queries below never select a
 * judgement's note or anything of the evidence but its id, and of each open action (listed by
 * wm_actions_list()) only the title, owner and due date are taken, never its notes.
 */

/* One current descriptor with its rating, as the lines are built from it. */
typedef struct {
  char     *element_id;
  char     *id;
  char     *text;
  char     *rating_id;
  char     *rating_name;
  gboolean  not_applicable;
  guint     level;
} Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->element_id);
  g_free (row->id);
  g_free (row->text);
  g_free (row->rating_id);
  g_free (row->rating_name);
}

static void
element_free (gpointer data)
{
  WmReportElement *element = data;

  g_free (element->id);
  g_free (element->title);
  g_free (element);
}

static void
line_free (gpointer data)
{
  WmReportLine *line = data;

  g_free (line->element_title);
  g_free (line->text);
  g_free (line->detail);
  g_free (line);
}

/**
 * wm_report_new_empty:
 *
 * A report with nothing in it yet but its (empty) lists, each freeing its own items: for
 * wm_report_new(), and for tests that write a report by hand.
 */
WmReport *
wm_report_new_empty (void)
{
  WmReport *report = g_new0 (WmReport, 1);

  report->elements = g_ptr_array_new_with_free_func (element_free);
  report->strengths = g_ptr_array_new_with_free_func (line_free);
  report->next_steps = g_ptr_array_new_with_free_func (line_free);
  report->steps = g_ptr_array_new_with_free_func (g_free);
  return report;
}

void
wm_report_free (WmReport *report)
{
  if (report == NULL)
    return;
  g_free (report->school_name);
  g_free (report->date);
  g_free (report->framework_id);
  g_free (report->framework_title);
  g_free (report->scale_name);
  g_free (report->compare_name);
  g_free (report->compare_date);
  g_clear_pointer (&report->elements, g_ptr_array_unref);
  g_clear_pointer (&report->strengths, g_ptr_array_unref);
  g_clear_pointer (&report->next_steps, g_ptr_array_unref);
  g_free (report->summary);
  g_clear_pointer (&report->chart, wm_radar_data_free);
  g_free (report->term_name);
  g_clear_pointer (&report->steps, g_ptr_array_unref);
  g_free (report);
}

const char *
wm_report_direction_arrow (WmReportDirection direction)
{
  switch (direction)
    {
    case WM_REPORT_UP:
      return "↑";
    case WM_REPORT_DOWN:
      return "↓";
    case WM_REPORT_LEVEL:
      return "→";
    case WM_REPORT_SAME:
    default:
      return "";
    }
}

/* One decimal, halves rounded up as people round them (0.25 is 0.3, where printf says 0.2). */
static double
round_tenth (double value)
{
  return floor (value * 10 + 0.5 + WM_REPORT_TOLERANCE) / 10;
}

char *
wm_report_format_score (gboolean has_score,
                        double   score)
{
  return has_score && isfinite (score) ? g_strdup_printf ("%.1f", round_tenth (score)) : g_strdup ("–");
}

/* The arrow and the size of the move; a move too small to show in tenths is "<0.1", never "0.0". */
char *
wm_report_format_change (WmReportDirection direction,
                         double            now,
                         double            then)
{
  double change = round_tenth (fabs (now - then));

  if (direction == WM_REPORT_SAME)
    return g_strdup ("");
  if (direction != WM_REPORT_LEVEL && change < 0.1)
    return g_strdup_printf ("%s <%.1f", wm_report_direction_arrow (direction), 0.1);
  return g_strdup_printf ("%s %.1f", wm_report_direction_arrow (direction), change);
}

/* How a score moved from @then to @now; WM_REPORT_SAME when either is missing. */
WmReportDirection
wm_report_direction (gboolean has_now,
                     double   now,
                     gboolean has_then,
                     double   then)
{
  if (!has_now || !has_then)
    return WM_REPORT_SAME;
  if (now > then + WM_REPORT_TOLERANCE)
    return WM_REPORT_UP;
  if (now < then - WM_REPORT_TOLERANCE)
    return WM_REPORT_DOWN;
  return WM_REPORT_LEVEL;
}

static void
add_line (GPtrArray  *lines,
          const char *element_title,
          char       *text,
          char       *detail)
{
  WmReportLine *line = g_new0 (WmReportLine, 1);

  line->element_title = g_strdup (element_title);
  line->text = text;
  line->detail = detail;
  g_ptr_array_add (lines, line);
}

static WmReportElement *
find_element (WmReport   *report,
              const char *id)
{
  for (guint i = 0; i < report->elements->len; i++)
    {
      WmReportElement *element = g_ptr_array_index (report->elements, i);

      if (g_str_equal (element->id, id))
        return element;
    }
  return NULL;
}

/* "8 The Learning Environment" where the id is a number, as the chart names its axes. */
static char *
element_title (const char *id,
               const char *title)
{
  gboolean number = *id != '\0';

  for (const char *c = id; *c != '\0'; c++)
    number = number && g_ascii_isdigit (*c);
  return number ? g_strdup_printf ("%s %s", id, title) : g_strdup (title);
}

/* Steps through @sql (the framework bound as ?1), adding the text of its first @n_columns to @out. */
static gboolean
read_texts (WmStore     *store,
            const char  *sql,
            const char  *framework_id,
            int          n_columns,
            GPtrArray   *out,
            GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (int col = 0; col < n_columns; col++)
      g_ptr_array_add (out, g_strdup (wm_column_text (stmt, col)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not read the framework"));
  return TRUE;
}

/* The report's day: today, unless WAYMARK_REPORT_DATE (YYYY-MM-DD) fixes it, as the tests and
 * any golden output need a report that reads the same whatever day it is made. */
static char *
report_date (GError **error)
{
  const char *fixed = g_getenv ("WAYMARK_REPORT_DATE");
  g_autoptr(GDateTime) now = NULL;
  gboolean valid;

  if (fixed == NULL || *fixed == '\0')
    {
      now = g_date_time_new_now_local ();
      return g_date_time_format (now, "%Y-%m-%d");
    }

  valid = strlen (fixed) == 10 && fixed[4] == '-' && fixed[7] == '-';
  for (guint i = 0; valid && i < 10; i++)
    valid = i == 4 || i == 7 || g_ascii_isdigit (fixed[i]);
  if (!valid || !g_date_valid_dmy ((GDateDay) atoi (fixed + 8), (GDateMonth) atoi (fixed + 5),
                                   (GDateYear) atoi (fixed)))
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_FAILED,
                   _("WAYMARK_REPORT_DATE is “%s”: write it as YYYY-MM-DD, for example 2026-09-01"),
                   fixed);
      return NULL;
    }
  return g_strdup (fixed);
}

/* n_descriptors, n_judged and n_evidence of every element, in one query. */
static gboolean
read_counts (WmStore   *store,
             WmReport  *report,
             GError   **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    /* Each piece of evidence once per element, counted in one pass over the attachments. */
    "WITH evidence_counts AS ("
    "  SELECT xs.element_id AS element_id, count(DISTINCT de.evidence_id) AS n "
    "  FROM descriptor_evidence de "
    "  JOIN descriptors x ON x.framework_id = de.framework_id AND x.id = de.descriptor_id "
    "  JOIN strands xs ON xs.framework_id = x.framework_id AND xs.id = x.strand_id "
    "  WHERE de.framework_id = ?1 AND x.retired_in IS NULL AND de.removed_at IS NULL "
    "  GROUP BY xs.element_id) "
    "SELECT s.element_id, count(*), count(CASE WHEN r.position > 0 THEN 1 END), "
    "  coalesce(max(e.n), 0) "
    "FROM descriptors d "
    "JOIN strands s ON s.framework_id = d.framework_id AND s.id = d.strand_id "
    "LEFT JOIN judgements j ON j.framework_id = d.framework_id AND j.descriptor_id = d.id "
    "LEFT JOIN ratings r ON r.framework_id = j.framework_id AND r.id = j.rating_id "
    "LEFT JOIN evidence_counts e ON e.element_id = s.element_id "
    "WHERE d.framework_id = ?1 AND d.retired_in IS NULL "
    "GROUP BY s.element_id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, report->framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WmReportElement *element = find_element (report, wm_column_text (stmt, 0));

      if (element == NULL)
        continue;
      element->n_descriptors = (guint) sqlite3_column_int (stmt, 1);
      element->n_judged = (guint) sqlite3_column_int (stmt, 2);
      element->n_evidence = (guint) sqlite3_column_int (stmt, 3);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return wm_store_set_error (store, rc, error, _("Could not count the judgements and evidence"));
  return TRUE;
}

/* The open actions, soonest first, lead the next steps. Returns the descriptors they name. */
static GHashTable *
add_actions (WmStore   *store,
             WmReport  *report,
             guint     *n_open,
             GError   **error)
{
  WmActionQuery query = { report->framework_id, NULL, NULL, TRUE, WM_ACTIONS_BY_DUE };
  g_autoptr(GListModel) actions = wm_actions_list (store, &query, error);
  GHashTable *named;

  if (actions == NULL)
    return NULL;

  named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  *n_open = g_list_model_get_n_items (actions);
  for (guint i = 0; i < *n_open; i++)
    {
      g_autoptr(WmAction) action = g_list_model_get_item (actions, i);
      const char * const *ids = wm_action_get_descriptor_ids (action);
      g_autoptr(GString) detail = g_string_new (NULL);

      /* Only the title, owner and date: an action's notes may name pupils. */
      if (*wm_action_get_owner (action) != '\0')
        g_string_append (detail, wm_action_get_owner (action));
      if (wm_action_get_due_on (action) != NULL)
        {
          g_autofree char *due = g_strdup_printf (_("due %s"), wm_action_get_due_on (action));

          g_string_append_printf (detail, "%s%s", detail->len ? ", " : "", due);
        }
      add_line (report->next_steps, NULL, g_strdup (wm_action_get_title (action)),
                detail->len ? g_strdup (detail->str) : NULL);

      for (guint d = 0; ids != NULL && ids[d] != NULL; d++)
        g_hash_table_add (named, g_strdup (ids[d]));
    }
  return named;
}

/* Every current descriptor with its current rating (unjudged: the scale's first), in framework
 * order. Its note is not read. */
static GArray *
read_rows (WmStore     *store,
           const char  *framework_id,
           GError     **error)
{
  sqlite3_stmt *stmt = wm_store_prepare (store,
    "SELECT e.id, d.id, d.text, r.id, r.name, r.kind = 'not-applicable', "
    "  (SELECT count(*) FROM levels x WHERE x.framework_id = l.framework_id "
    "   AND x.position < l.position) "
    "FROM descriptors d "
    "JOIN strands s ON s.framework_id = d.framework_id AND s.id = d.strand_id "
    "JOIN elements e ON e.framework_id = s.framework_id AND e.id = s.element_id "
    "JOIN headings h ON h.framework_id = e.framework_id AND h.id = e.heading_id "
    "JOIN levels l ON l.framework_id = d.framework_id AND l.id = d.level_id "
    "LEFT JOIN judgements j ON j.framework_id = d.framework_id AND j.descriptor_id = d.id "
    "JOIN ratings r ON r.framework_id = d.framework_id "
    " AND r.id = coalesce (j.rating_id, (SELECT id FROM ratings WHERE framework_id = ?1"
    "                                    AND kind = 'scale' ORDER BY position LIMIT 1)) "
    "WHERE d.framework_id = ?1 AND d.retired_in IS NULL "
    "ORDER BY h.position, e.position, s.position, l.position, d.position, d.id", error);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  int rc;

  if (stmt == NULL)
    return NULL;
  g_array_set_clear_func (rows, row_clear);
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Row row = {
        g_strdup (wm_column_text (stmt, 0)), g_strdup (wm_column_text (stmt, 1)),
        g_strdup (wm_column_text (stmt, 2)), g_strdup (wm_column_text (stmt, 3)),
        g_strdup (wm_column_text (stmt, 4)), sqlite3_column_int (stmt, 5) != 0,
        (guint) sqlite3_column_int (stmt, 6),
      };
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      wm_store_set_error (store, rc, error, _("Could not read the judgements"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/*
 * Strengths: each element's descriptors at the top rating. Next steps: the descriptors of the
 * lowest level that still has one below the top (the level just above where the element
 * stands), less those an open action already names, since that action is listed first.
 * @next_level: element id -> that level's index + 1, for the summary.
 */
static void
add_descriptor_lines (WmReport         *report,
                      GArray           *rows,
                      const char       *top_id,
                      const char       *top_name,
                      GHashTable       *named,
                      GHashTable       *next_level)
{
  for (guint start = 0, end; start < rows->len; start = end)
    {
      const Row *first = &g_array_index (rows, Row, start);
      WmReportElement *element = find_element (report, first->element_id);
      guint level = G_MAXUINT;
      guint n_strengths = 0;
      guint n_steps = 0;

      for (end = start; end < rows->len; end++)
        {
          const Row *row = &g_array_index (rows, Row, end);

          if (!g_str_equal (row->element_id, first->element_id))
            break;
          if (!row->not_applicable && !g_str_equal (row->rating_id, top_id))
            level = MIN (level, row->level);
        }
      if (element == NULL)
        continue;
      if (level != G_MAXUINT)
        g_hash_table_insert (next_level, element->id, GUINT_TO_POINTER (level + 1));

      for (guint i = start; i < end; i++)
        {
          const Row *row = &g_array_index (rows, Row, i);

          if (g_str_equal (row->rating_id, top_id))
            {
              if (n_strengths++ < WM_REPORT_LINES_PER_ELEMENT)
                add_line (report->strengths, element->title,
                          g_strdup_printf ("%s: %s", row->id, row->text), g_strdup (row->rating_name));
              else
                report->n_strengths_left_out++;
            }
          else if (row->level == level && !row->not_applicable &&
                   !g_hash_table_contains (named, row->id))
            {
              if (n_steps++ < WM_REPORT_LINES_PER_ELEMENT)
                add_line (report->next_steps, element->title,
                          g_strdup_printf ("%s: %s", row->id, row->text),
                          g_strdup_printf ("%s → %s", row->rating_name, top_name));
              else
                report->n_next_steps_left_out++;
            }
        }
    }
}

/* The rings and the words for them: the levels when the score climbs them, else the numbers. */
static void
add_chart (WmReport    *report,
           WmScores    *now,
           WmScores    *then,
           GPtrArray   *level_names)
{
  g_auto(GStrv) rings = wm_report_ring_names (now, (const char * const *) level_names->pdata,
                                               level_names->len);
  gboolean climbs = now->rule != WM_SCORING_MEAN && level_names->len > 0 &&
                    fabs (now->max - level_names->len) < WM_REPORT_TOLERANCE;
  g_autofree char *then_name = NULL;
  WmScores *scores[] = { now, then };
  const char *names[] = { _("Now"), NULL };

  report->scale_name = climbs ? g_strjoinv (", ", rings)
                              : g_strdup_printf (_("1 to %g"), now->max);

  if (now->elements->len < WM_RADAR_MIN_AXES || now->elements->len > WM_RADAR_MAX_AXES)
    return;
  if (then != NULL)
    names[1] = then_name = g_strdup_printf ("%s (%s)", report->compare_name, report->compare_date);
  /* The page's heading names the framework; the chart says what it shows. */
  report->chart = wm_radar_data_from_scores (_("Where the school stands"), scores, names,
                                             then != NULL ? 2 : 1,
                                             (const char * const *) rings, g_strv_length (rings));
}

static void
add_elements (WmReport *report,
              WmScores *now,
              WmScores *then)
{
  for (guint i = 0; i < now->elements->len; i++)
    {
      const WmElementScore *score = g_ptr_array_index (now->elements, i);
      WmReportElement *element = g_new0 (WmReportElement, 1);

      element->id = g_strdup (score->id);
      element->title = element_title (score->id, score->title);
      element->has_now = score->has_score;
      element->now = score->score;

      /* By id: a snapshot of another version may lack the element, or hold it elsewhere. */
      for (guint t = 0; then != NULL && t < then->elements->len; t++)
        {
          const WmElementScore *old = g_ptr_array_index (then->elements, t);

          if (g_str_equal (old->id, score->id))
            {
              element->has_then = old->has_score;
              element->then = old->score;
            }
        }

      element->direction = wm_report_direction (element->has_now, element->now,
                                                element->has_then, element->then);
      g_ptr_array_add (report->elements, element);
    }
}

/* "What changed this term": the small steps of the term the report is made in. */
static gboolean
add_steps (WmStore   *store,
           WmReport  *report,
           GError   **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autoptr(WmStepsReport) steps = NULL;

  if (!wm_steps_term_bounds (report->date, &start, &end, &report->term_name, error) ||
      !(steps = wm_steps_for_report (store, start, end, error)))
    return FALSE;
  report->n_steps = steps->n_steps;
  report->steps_per_week = steps->per_week;
  /* The latest ones: what changed most recently says most about where the term has got to. */
  for (guint i = steps->lines->len > WM_REPORT_MAX_STEPS ? steps->lines->len - WM_REPORT_MAX_STEPS : 0;
       i < steps->lines->len; i++)
    g_ptr_array_add (report->steps, g_strdup (g_ptr_array_index (steps->lines, i)));
  return TRUE;
}

/**
 * wm_report_new:
 * @compare_snapshot_id: a snapshot of @framework_id to compare with, or %WM_SNAPSHOT_NOW
 *
 * Returns: (transfer full): the governors' pack for @framework_id
 */
WmReport *
wm_report_new (WmStore     *store,
               const char  *framework_id,
               gint64       compare_snapshot_id,
               GError     **error)
{
  g_autoptr(WmReport) report = wm_report_new_empty ();
  g_autoptr(WmScores) now = NULL;
  g_autoptr(WmScores) then = NULL;
  g_autoptr(GPtrArray) title = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) levels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) top = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) named = NULL;
  g_autoptr(GHashTable) next_level = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) rows = NULL;
  guint n_open = 0;

  g_return_val_if_fail (WM_IS_STORE (store), NULL);
  g_return_val_if_fail (framework_id != NULL, NULL);

  /* Scoring checks first that the framework is there. */
  if (!(now = wm_scoring_compute (store, framework_id, WM_SNAPSHOT_NOW, error)))
    return NULL;

  if (compare_snapshot_id != WM_SNAPSHOT_NOW)
    {
      g_autoptr(WmSnapshot) snapshot = wm_snapshots_get (store, compare_snapshot_id, error);

      if (snapshot == NULL)
        return NULL;
      if (!g_str_equal (wm_snapshot_get_framework_id (snapshot), framework_id))
        {
          g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                       _("Snapshot “%s” is of framework %s: a report on %s compares only with "
                         "a snapshot of %s"), wm_snapshot_get_name (snapshot),
                       wm_snapshot_get_framework_id (snapshot), framework_id, framework_id);
          return NULL;
        }
      if (!(then = wm_scoring_compute (store, framework_id, compare_snapshot_id, error)))
        return NULL;
      report->compare_name = g_strdup (wm_snapshot_get_name (snapshot));
      report->compare_date = g_strdup (wm_snapshot_get_taken_on (snapshot));
    }

  if (!read_texts (store, "SELECT title FROM frameworks WHERE id = ?1", framework_id, 1, title, error) ||
      !read_texts (store, "SELECT name FROM levels WHERE framework_id = ?1 ORDER BY position",
                   framework_id, 1, levels, error) ||
      /* The highest rating on the scale, as scoring finds it: the first of the highest score. */
      !read_texts (store, "SELECT id, name FROM ratings WHERE framework_id = ?1 AND kind = 'scale' "
                          "ORDER BY score DESC, position LIMIT 1", framework_id, 2, top, error))
    return NULL;
  if (title->len != 1 || top->len != 2)
    {
      g_set_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("Framework %s has no rating scale to report on"), framework_id);
      return NULL;
    }

  if (!(report->school_name = wm_school_get_name (store, error)) ||
      !(report->date = report_date (error)) ||
      !add_steps (store, report, error))
    return NULL;
  report->framework_id = g_strdup (framework_id);
  report->framework_title = g_strdup (g_ptr_array_index (title, 0));
  report->has_now = now->has_score;
  report->now = now->score;
  report->has_then = then != NULL && then->has_score;
  report->then = then != NULL ? then->score : 0.0;
  report->max = now->max;

  add_elements (report, now, then);
  if (!read_counts (store, report, error) ||
      !(named = add_actions (store, report, &n_open, error)) ||
      !(rows = read_rows (store, framework_id, error)))
    return NULL;
  add_descriptor_lines (report, rows, g_ptr_array_index (top, 0), g_ptr_array_index (top, 1),
                        named, next_level);

  report->summary = wm_report_summarise (report, levels, g_ptr_array_index (top, 1), next_level, n_open);
  add_chart (report, now, then, levels);
  return g_steal_pointer (&report);
}
