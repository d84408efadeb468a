/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-migrations"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-store-private.h"

/*
 * Numbered migrations. Migration N takes a school file from user_version N-1
 * to N, in a transaction of its own: a failure leaves the file at N-1.
 * Never edit a migration that has shipped; add the next one.
 */

static const char migration_1[] =
  "PRAGMA application_id = 1465470283;"   /* 0x57594d4b, "WYMK" */

  "CREATE TABLE school ("
  "  key   TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ") STRICT;"

  "CREATE TABLE frameworks ("
  "  id            TEXT PRIMARY KEY,"
  "  version       TEXT NOT NULL,"
  "  title         TEXT NOT NULL,"
  "  short_title   TEXT NOT NULL DEFAULT '',"
  "  publisher     TEXT NOT NULL DEFAULT '',"
  "  licence       TEXT NOT NULL DEFAULT '',"
  "  attribution   TEXT NOT NULL DEFAULT '',"
  "  source        TEXT NOT NULL DEFAULT '',"
  "  description   TEXT NOT NULL DEFAULT '',"
  "  label_heading TEXT NOT NULL DEFAULT '',"
  "  label_element TEXT NOT NULL DEFAULT '',"
  "  label_strand  TEXT NOT NULL DEFAULT '',"
  "  label_level   TEXT NOT NULL DEFAULT '',"
  "  position      INTEGER NOT NULL,"
  "  installed_at  TEXT NOT NULL"
  ") STRICT;"

  "CREATE TABLE levels ("
  "  framework_id TEXT NOT NULL REFERENCES frameworks (id),"
  "  id           TEXT NOT NULL,"
  "  name         TEXT NOT NULL,"
  "  position     INTEGER NOT NULL,"
  "  PRIMARY KEY (framework_id, id)"
  ") STRICT;"

  "CREATE TABLE ratings ("
  "  framework_id TEXT NOT NULL REFERENCES frameworks (id),"
  "  id           TEXT NOT NULL,"
  "  name         TEXT NOT NULL,"
  "  score        INTEGER NOT NULL,"
  "  position     INTEGER NOT NULL,"
  "  PRIMARY KEY (framework_id, id)"
  ") STRICT;"

  "CREATE TABLE headings ("
  "  framework_id TEXT NOT NULL REFERENCES frameworks (id),"
  "  id           TEXT NOT NULL,"
  "  title        TEXT NOT NULL,"
  "  summary      TEXT NOT NULL DEFAULT '',"
  "  position     INTEGER NOT NULL,"
  "  PRIMARY KEY (framework_id, id)"
  ") STRICT;"

  "CREATE TABLE elements ("
  "  framework_id TEXT NOT NULL,"
  "  id           TEXT NOT NULL,"
  "  heading_id   TEXT NOT NULL,"
  "  title        TEXT NOT NULL,"
  "  summary      TEXT NOT NULL DEFAULT '',"
  "  position     INTEGER NOT NULL,"
  "  PRIMARY KEY (framework_id, id),"
  "  FOREIGN KEY (framework_id, heading_id) REFERENCES headings (framework_id, id)"
  ") STRICT;"

  "CREATE TABLE strands ("
  "  framework_id TEXT NOT NULL,"
  "  id           TEXT NOT NULL,"
  "  element_id   TEXT NOT NULL,"
  "  title        TEXT NOT NULL DEFAULT '',"
  "  summary      TEXT NOT NULL DEFAULT '',"
  "  position     INTEGER NOT NULL,"
  "  PRIMARY KEY (framework_id, id),"
  "  FOREIGN KEY (framework_id, element_id) REFERENCES elements (framework_id, id)"
  ") STRICT;"

  "CREATE TABLE descriptors ("
  "  framework_id TEXT NOT NULL,"
  "  id           TEXT NOT NULL,"
  "  strand_id    TEXT NOT NULL,"
  "  level_id     TEXT NOT NULL,"
  "  text         TEXT NOT NULL,"
  "  position     INTEGER NOT NULL,"
  "  PRIMARY KEY (framework_id, id),"
  "  FOREIGN KEY (framework_id, strand_id) REFERENCES strands (framework_id, id),"
  "  FOREIGN KEY (framework_id, level_id) REFERENCES levels (framework_id, id)"
  ") STRICT;"
  "CREATE INDEX descriptors_by_id ON descriptors (id);"

  "CREATE TABLE descriptor_fields ("
  "  framework_id  TEXT NOT NULL,"
  "  descriptor_id TEXT NOT NULL,"
  "  id            TEXT NOT NULL,"
  "  label         TEXT NOT NULL,"
  "  text          TEXT NOT NULL DEFAULT '',"
  "  position      INTEGER NOT NULL,"
  "  PRIMARY KEY (framework_id, descriptor_id, id),"
  "  FOREIGN KEY (framework_id, descriptor_id) REFERENCES descriptors (framework_id, id)"
  ") STRICT;"

  /* The current judgement of each judged descriptor. */
  "CREATE TABLE judgements ("
  "  framework_id  TEXT NOT NULL,"
  "  descriptor_id TEXT NOT NULL,"
  "  rating_id     TEXT NOT NULL,"
  "  note          TEXT NOT NULL DEFAULT '',"
  "  author        TEXT NOT NULL,"
  "  changed_at    TEXT NOT NULL,"
  "  PRIMARY KEY (framework_id, descriptor_id),"
  "  FOREIGN KEY (framework_id, descriptor_id) REFERENCES descriptors (framework_id, id),"
  "  FOREIGN KEY (framework_id, rating_id) REFERENCES ratings (framework_id, id)"
  ") STRICT;"

  /* Every change to a judgement, written by triggers so that no code path can
   * overwrite a judgement without leaving its history behind. */
  "CREATE TABLE judgement_changes ("
  "  id            INTEGER PRIMARY KEY,"
  "  framework_id  TEXT NOT NULL,"
  "  descriptor_id TEXT NOT NULL,"
  "  old_rating_id TEXT,"
  "  new_rating_id TEXT NOT NULL,"
  "  old_note      TEXT,"
  "  new_note      TEXT NOT NULL,"
  "  author        TEXT NOT NULL,"
  "  changed_at    TEXT NOT NULL,"
  "  FOREIGN KEY (framework_id, descriptor_id) REFERENCES descriptors (framework_id, id)"
  ") STRICT;"
  "CREATE INDEX judgement_changes_by_descriptor"
  "  ON judgement_changes (framework_id, descriptor_id, id);"

  "CREATE TRIGGER judgements_log_insert AFTER INSERT ON judgements BEGIN"
  "  INSERT INTO judgement_changes (framework_id, descriptor_id, old_rating_id, new_rating_id,"
  "                                 old_note, new_note, author, changed_at)"
  "  VALUES (NEW.framework_id, NEW.descriptor_id, NULL, NEW.rating_id,"
  "          NULL, NEW.note, NEW.author, NEW.changed_at);"
  "END;"
  "CREATE TRIGGER judgements_log_update AFTER UPDATE ON judgements BEGIN"
  "  INSERT INTO judgement_changes (framework_id, descriptor_id, old_rating_id, new_rating_id,"
  "                                 old_note, new_note, author, changed_at)"
  "  VALUES (NEW.framework_id, NEW.descriptor_id, OLD.rating_id, NEW.rating_id,"
  "          OLD.note, NEW.note, NEW.author, NEW.changed_at);"
  "END;"
  "CREATE TRIGGER judgements_keep BEFORE DELETE ON judgements BEGIN"
  "  SELECT RAISE (ABORT, 'judgements are never deleted');"
  "END;"
  "CREATE TRIGGER judgement_changes_append_only BEFORE UPDATE ON judgement_changes BEGIN"
  "  SELECT RAISE (ABORT, 'the judgement history is append-only');"
  "END;"
  "CREATE TRIGGER judgement_changes_keep BEFORE DELETE ON judgement_changes BEGIN"
  "  SELECT RAISE (ABORT, 'the judgement history is append-only');"
  "END;";

/* Version 2: what Steps to Adoption and new framework versions need.
 * Levels get a summary and named texts of their own (a step's benefits);
 * descriptors are retired, never deleted, when a new version drops them;
 * every upgrade is recorded with the changes it brought, for review. */
static const char migration_2[] =
  "ALTER TABLE frameworks ADD COLUMN label_descriptor TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE levels ADD COLUMN summary TEXT NOT NULL DEFAULT '';"

  "CREATE TABLE level_fields ("
  "  framework_id TEXT NOT NULL,"
  "  level_id     TEXT NOT NULL,"
  "  id           TEXT NOT NULL,"
  "  label        TEXT NOT NULL,"
  "  text         TEXT NOT NULL DEFAULT '',"
  "  position     INTEGER NOT NULL,"
  "  PRIMARY KEY (framework_id, level_id, id),"
  "  FOREIGN KEY (framework_id, level_id) REFERENCES levels (framework_id, id)"
  ") STRICT;"

  /* The framework version that dropped the descriptor; NULL while it is current. */
  "ALTER TABLE descriptors ADD COLUMN retired_in TEXT;"

  "CREATE TABLE framework_upgrades ("
  "  id           INTEGER PRIMARY KEY,"
  "  framework_id TEXT NOT NULL REFERENCES frameworks (id),"
  "  from_version TEXT NOT NULL,"
  "  to_version   TEXT NOT NULL,"
  "  upgraded_at  TEXT NOT NULL"
  ") STRICT;"

  "CREATE TABLE framework_upgrade_changes ("
  "  upgrade_id    INTEGER NOT NULL REFERENCES framework_upgrades (id),"
  "  descriptor_id TEXT NOT NULL,"
  "  kind          TEXT NOT NULL CHECK (kind IN ('added', 'removed', 'reworded')),"
  "  old_text      TEXT,"
  "  new_text      TEXT,"
  "  PRIMARY KEY (upgrade_id, descriptor_id)"
  ") STRICT;";

/* Version 3: judging for real. "Not applicable" as a judgement outside every
 * scale, with its reason; how a framework is scored; evidence kept in the file,
 * each file once by its SHA-256; dated snapshots that nothing can change; and
 * action plans tied to descriptors. */
static const char migration_3[] =
  "ALTER TABLE frameworks ADD COLUMN scoring TEXT NOT NULL DEFAULT 'mean';"
  /* The bundled frameworks already in a school file get the rule their files now name. */
  "UPDATE frameworks SET scoring = 'ladder' WHERE id = 'lqf';"
  "UPDATE frameworks SET scoring = 'reached' WHERE id IN ('becta-steps', 'habits');"

  /* kind 'scale' rows come from the framework's file; the one 'not-applicable' row
   * of each framework is Waymark's own, last in menus and left out of scores. */
  "ALTER TABLE ratings ADD COLUMN kind TEXT NOT NULL DEFAULT 'scale' "
  "  CHECK (kind IN ('scale', 'not-applicable'));"
  "INSERT INTO ratings (framework_id, id, name, score, position, kind) "
  "  SELECT id, 'not-applicable', 'Not applicable', 0, 1000, 'not-applicable' FROM frameworks;"

  "CREATE TRIGGER judgements_not_applicable_reason BEFORE INSERT ON judgements "
  "  WHEN NEW.rating_id = 'not-applicable' AND trim (NEW.note) = '' BEGIN"
  "  SELECT RAISE (ABORT, 'not applicable needs a reason in the note');"
  "END;"
  "CREATE TRIGGER judgements_not_applicable_reason_update BEFORE UPDATE ON judgements "
  "  WHEN NEW.rating_id = 'not-applicable' AND trim (NEW.note) = '' BEGIN"
  "  SELECT RAISE (ABORT, 'not applicable needs a reason in the note');"
  "END;"

  "CREATE TABLE evidence_blobs ("
  "  sha256 TEXT PRIMARY KEY,"
  "  size   INTEGER NOT NULL,"
  "  data   BLOB NOT NULL"
  ") STRICT;"

  "CREATE TABLE evidence ("
  "  id           INTEGER PRIMARY KEY,"
  "  kind         TEXT NOT NULL CHECK (kind IN ('file', 'link', 'note')),"
  "  label        TEXT NOT NULL,"
  "  file_name    TEXT,"
  "  content_type TEXT,"
  "  blob_sha256  TEXT REFERENCES evidence_blobs (sha256),"
  "  url          TEXT,"
  "  text         TEXT,"
  "  reviewed     INTEGER NOT NULL DEFAULT 0,"
  "  added_by     TEXT NOT NULL,"
  "  added_at     TEXT NOT NULL,"
  "  CHECK ((kind = 'file') = (blob_sha256 IS NOT NULL)),"
  "  CHECK ((kind = 'link') = (url IS NOT NULL)),"
  "  CHECK ((kind = 'note') = (text IS NOT NULL))"
  ") STRICT;"

  /* Detaching sets removed_at: the row stays, so undo and the history stay true. */
  "CREATE TABLE descriptor_evidence ("
  "  framework_id  TEXT NOT NULL,"
  "  descriptor_id TEXT NOT NULL,"
  "  evidence_id   INTEGER NOT NULL REFERENCES evidence (id),"
  "  attached_by   TEXT NOT NULL,"
  "  attached_at   TEXT NOT NULL,"
  "  removed_at    TEXT,"
  "  PRIMARY KEY (framework_id, descriptor_id, evidence_id),"
  "  FOREIGN KEY (framework_id, descriptor_id) REFERENCES descriptors (framework_id, id)"
  ") STRICT;"
  "CREATE INDEX descriptor_evidence_by_evidence ON descriptor_evidence (evidence_id);"

  "CREATE TABLE snapshots ("
  "  id                INTEGER PRIMARY KEY,"
  "  framework_id      TEXT NOT NULL REFERENCES frameworks (id),"
  "  name              TEXT NOT NULL,"
  "  taken_on          TEXT NOT NULL,"      /* the date it stands for, YYYY-MM-DD */
  "  framework_version TEXT NOT NULL,"
  "  created_by        TEXT NOT NULL,"
  "  created_at        TEXT NOT NULL,"
  "  UNIQUE (framework_id, name)"
  ") STRICT;"

  /* Every current descriptor of the framework at that moment, judged or not. */
  "CREATE TABLE snapshot_judgements ("
  "  snapshot_id   INTEGER NOT NULL REFERENCES snapshots (id),"
  "  descriptor_id TEXT NOT NULL,"
  "  rating_id     TEXT NOT NULL,"
  "  note          TEXT NOT NULL,"
  "  PRIMARY KEY (snapshot_id, descriptor_id)"
  ") STRICT;"

  "CREATE TRIGGER snapshots_frozen BEFORE UPDATE ON snapshots BEGIN"
  "  SELECT RAISE (ABORT, 'snapshots cannot be changed');"
  "END;"
  "CREATE TRIGGER snapshots_kept BEFORE DELETE ON snapshots BEGIN"
  "  SELECT RAISE (ABORT, 'snapshots cannot be changed');"
  "END;"
  "CREATE TRIGGER snapshot_judgements_frozen BEFORE UPDATE ON snapshot_judgements BEGIN"
  "  SELECT RAISE (ABORT, 'snapshots cannot be changed');"
  "END;"
  "CREATE TRIGGER snapshot_judgements_kept BEFORE DELETE ON snapshot_judgements BEGIN"
  "  SELECT RAISE (ABORT, 'snapshots cannot be changed');"
  "END;"

  "CREATE TABLE actions ("
  "  id               INTEGER PRIMARY KEY,"
  "  framework_id     TEXT NOT NULL REFERENCES frameworks (id),"
  "  title            TEXT NOT NULL CHECK (trim (title) != ''),"
  "  owner            TEXT NOT NULL DEFAULT '',"
  "  due_on           TEXT,"               /* YYYY-MM-DD, or NULL */
  "  target_rating_id TEXT,"
  "  status           TEXT NOT NULL DEFAULT 'planned'"
  "                   CHECK (status IN ('planned', 'under-way', 'done', 'dropped')),"
  "  notes            TEXT NOT NULL DEFAULT '',"
  "  created_by       TEXT NOT NULL,"
  "  created_at       TEXT NOT NULL,"
  "  updated_at       TEXT NOT NULL,"
  "  FOREIGN KEY (framework_id, target_rating_id) REFERENCES ratings (framework_id, id)"
  ") STRICT;"

  "CREATE TABLE action_descriptors ("
  "  action_id     INTEGER NOT NULL REFERENCES actions (id),"
  "  framework_id  TEXT NOT NULL,"
  "  descriptor_id TEXT NOT NULL,"
  "  PRIMARY KEY (action_id, descriptor_id),"
  "  FOREIGN KEY (framework_id, descriptor_id) REFERENCES descriptors (framework_id, id)"
  ") STRICT;";

/* The planner (docs/planner.md): the Stepping Stones year, the small-steps log, confidence
 * surveys and the inclusion action plan. Dates are YYYY-MM-DD, months YYYY-MM, money in pence. */
static const char migration_4[] =
  "CREATE TABLE plan_years ("
  "  id           INTEGER PRIMARY KEY,"
  "  name         TEXT NOT NULL UNIQUE CHECK (trim (name) != ''),"   /* "2026-27" */
  "  start_month  TEXT NOT NULL,"
  "  n_months     INTEGER NOT NULL CHECK (n_months BETWEEN 1 AND 24),"
  "  framework_id TEXT NOT NULL REFERENCES frameworks (id),"       /* the habit library */
  "  created_at   TEXT NOT NULL"
  ") STRICT;"

  /* Months with no session: holidays, a busy term. */
  "CREATE TABLE plan_skipped_months ("
  "  year_id INTEGER NOT NULL REFERENCES plan_years (id) ON DELETE CASCADE,"
  "  month   TEXT NOT NULL,"
  "  PRIMARY KEY (year_id, month)"
  ") STRICT;"

  /* One learning habit's month: its online session and, through the tables below, its four
   * sections and its Professional Learning Team session. */
  "CREATE TABLE plan_sessions ("
  "  id           INTEGER PRIMARY KEY,"
  "  year_id      INTEGER NOT NULL REFERENCES plan_years (id) ON DELETE CASCADE,"
  "  framework_id TEXT NOT NULL,"
  "  habit_id     TEXT NOT NULL,"                                  /* an element of the library */
  "  month        TEXT NOT NULL,"
  "  online_on    TEXT NOT NULL,"
  "  UNIQUE (year_id, habit_id),"
  "  UNIQUE (year_id, month),"
  "  FOREIGN KEY (framework_id, habit_id) REFERENCES elements (framework_id, id)"
  ") STRICT;"

  "CREATE TABLE plan_sections ("
  "  session_id INTEGER NOT NULL REFERENCES plan_sessions (id) ON DELETE CASCADE,"
  "  section    INTEGER NOT NULL CHECK (section BETWEEN 1 AND 4),"
  "  minutes    INTEGER NOT NULL CHECK (minutes > 0),"
  "  due_on     TEXT NOT NULL,"
  "  done_on    TEXT,"                                             /* NULL: not done yet */
  "  notes      TEXT NOT NULL DEFAULT '',"
  "  PRIMARY KEY (session_id, section)"
  ") STRICT;"

  "CREATE TABLE plan_team_sessions ("
  "  session_id  INTEGER PRIMARY KEY REFERENCES plan_sessions (id) ON DELETE CASCADE,"
  "  meets_on    TEXT NOT NULL,"
  "  starts_at   TEXT NOT NULL DEFAULT '15:45',"                  /* HH:MM, local time */
  "  minutes     INTEGER NOT NULL DEFAULT 75 CHECK (minutes > 0),"
  "  attendees   TEXT NOT NULL DEFAULT '',"
  "  enquiry     TEXT NOT NULL DEFAULT '',"
  "  notes       TEXT NOT NULL DEFAULT '',"
  "  experiments TEXT NOT NULL DEFAULT '',"
  "  indicators  TEXT NOT NULL DEFAULT ''"
  ") STRICT;"

  /* Section 1: where the pupils of a class or group are now on the habit's five phases. */
  "CREATE TABLE plan_phase_counts ("
  "  session_id INTEGER NOT NULL REFERENCES plan_sessions (id) ON DELETE CASCADE,"
  "  group_name TEXT NOT NULL CHECK (trim (group_name) != ''),"
  "  phase      INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 5),"
  "  pupils     INTEGER NOT NULL CHECK (pupils >= 0),"
  "  counted_on TEXT NOT NULL,"
  "  PRIMARY KEY (session_id, group_name, phase)"
  ") STRICT;"

  /* The optional Review and Renew day: senior leaders, team leaders, all staff at twilight. */
  "CREATE TABLE plan_review_days ("
  "  year_id       INTEGER PRIMARY KEY REFERENCES plan_years (id) ON DELETE CASCADE,"
  "  held_on       TEXT NOT NULL,"
  "  senior_notes  TEXT NOT NULL DEFAULT '',"
  "  leaders_notes TEXT NOT NULL DEFAULT '',"
  "  staff_notes   TEXT NOT NULL DEFAULT ''"
  ") STRICT;"

  /* An action of the judging plan placed in a month of the year plan. */
  "ALTER TABLE actions ADD COLUMN plan_month TEXT;"

  /* One small step a week towards the vision: who, when, what, and what it serves. */
  "CREATE TABLE small_steps ("
  "  id            INTEGER PRIMARY KEY,"
  "  taken_on      TEXT NOT NULL,"
  "  who           TEXT NOT NULL CHECK (trim (who) != ''),"
  "  what          TEXT NOT NULL CHECK (trim (what) != ''),"
  "  framework_id  TEXT,"
  "  descriptor_id TEXT,"                                          /* or a habit's element id */
  "  evidence_id   INTEGER REFERENCES evidence (id),"
  "  added_at      TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX small_steps_by_date ON small_steps (taken_on);"

  /* Confidence surveys: each respondent (a role or initials) scores each descriptor of the
   * survey's framework (the EEF pillars: identifying and supporting needs) from 1 to 5. */
  "CREATE TABLE survey_rounds ("
  "  id           INTEGER PRIMARY KEY,"
  "  name         TEXT NOT NULL UNIQUE CHECK (trim (name) != ''),"
  "  held_on      TEXT NOT NULL,"
  "  framework_id TEXT NOT NULL REFERENCES frameworks (id)"
  ") STRICT;"
  "CREATE TABLE survey_responses ("
  "  round_id      INTEGER NOT NULL REFERENCES survey_rounds (id) ON DELETE CASCADE,"
  "  respondent    TEXT NOT NULL CHECK (trim (respondent) != ''),"
  "  descriptor_id TEXT NOT NULL,"
  "  score         INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),"
  "  PRIMARY KEY (round_id, respondent, descriptor_id)"
  ") STRICT;"

  /* The inclusion action plan. Pupil-level rows are special-category data: they never leave
   * the school file, and erasing a pupil deletes every row about them (ON DELETE CASCADE). */
  "CREATE TABLE inclusion_cohorts ("
  "  id           INTEGER PRIMARY KEY,"
  "  name         TEXT NOT NULL UNIQUE CHECK (trim (name) != ''),"
  "  grant_pence  INTEGER NOT NULL DEFAULT 500000 CHECK (grant_pence >= 0),"
  "  retain_until TEXT,"                                           /* offer erasure after it */
  "  created_at   TEXT NOT NULL"
  ") STRICT;"
  "CREATE TABLE inclusion_pupils ("
  "  id        INTEGER PRIMARY KEY,"
  "  cohort_id INTEGER NOT NULL REFERENCES inclusion_cohorts (id) ON DELETE CASCADE,"
  "  code      TEXT NOT NULL CHECK (trim (code) != ''),"          /* pseudonymous: "AB07" */
  "  added_at  TEXT NOT NULL,"
  "  UNIQUE (cohort_id, code)"
  ") STRICT;"
  "CREATE TABLE inclusion_needs ("
  "  pupil_id  INTEGER NOT NULL REFERENCES inclusion_pupils (id) ON DELETE CASCADE,"
  "  pillar_id TEXT NOT NULL,"                                     /* an EEF pillar's element id */
  "  note      TEXT NOT NULL DEFAULT '',"
  "  PRIMARY KEY (pupil_id, pillar_id)"
  ") STRICT;"
  "CREATE TABLE inclusion_interventions ("
  "  id            INTEGER PRIMARY KEY,"
  "  pupil_id      INTEGER NOT NULL REFERENCES inclusion_pupils (id) ON DELETE CASCADE,"
  "  pillar_id     TEXT,"
  "  what          TEXT NOT NULL CHECK (trim (what) != ''),"
  "  who           TEXT NOT NULL DEFAULT '',"
  "  provider      TEXT NOT NULL DEFAULT 'internal' CHECK (provider IN ('internal', 'external')),"
  "  provider_name TEXT NOT NULL DEFAULT '',"
  "  starts_on     TEXT,"
  "  review_on     TEXT,"
  "  cost_pence    INTEGER NOT NULL DEFAULT 0 CHECK (cost_pence >= 0),"   /* committed */
  "  spent_pence   INTEGER NOT NULL DEFAULT 0 CHECK (spent_pence >= 0),"
  "  outcome       TEXT NOT NULL DEFAULT ''"                      /* at review */
  ") STRICT;"
  "CREATE INDEX inclusion_interventions_by_pupil ON inclusion_interventions (pupil_id);";

/* Version 5: indexes only, so that no statement walks a table that grows with use where an
 * index can take it to its rows (tests/test-query-plans.c asks SQLite how each one runs). */
static const char migration_5[] =
  /* The actions of a descriptor (wm_actions_list for one descriptor: the descriptor's pane),
   * the descriptors with open actions (wm_actions_descriptors_with_open: the grid's marks and
   * its "open actions" filter), and the foreign key from action_descriptors to descriptors,
   * checked for each descriptor that installing or upgrading a framework writes. With the
   * action's id, the first two read the index alone. */
  "CREATE INDEX IF NOT EXISTS action_descriptors_by_descriptor"
  "  ON action_descriptors (framework_id, descriptor_id, action_id);"

  /* The ratings a framework's actions aim for (wm_catalog_upgrade: a new version may not drop
   * one in use), and the foreign key from actions to ratings, checked when an upgrade deletes a
   * rating. */
  "CREATE INDEX IF NOT EXISTS actions_by_target ON actions (framework_id, target_rating_id);"

  /* The foreign key from plan_sessions to elements, checked for each element that installing
   * or upgrading the habit library writes. */
  "CREATE INDEX IF NOT EXISTS plan_sessions_by_habit ON plan_sessions (framework_id, habit_id);"

  /* The actions placed in a month of the year plan (wm_plan_get_month). Most actions are never
   * placed, so only the placed ones are indexed. */
  "CREATE INDEX IF NOT EXISTS actions_by_plan_month ON actions (plan_month)"
  "  WHERE plan_month IS NOT NULL;"

  /* What is due and overdue (wm_plan_list_due): the sections not done yet, by due date. */
  "CREATE INDEX IF NOT EXISTS plan_sections_undone_by_due ON plan_sections (due_on)"
  "  WHERE done_on IS NULL;";

static const char * const migrations[] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == WM_STORE_SCHEMA_VERSION);

gboolean
wm_migrations_run (WmStore  *self,
                   int       from_version,
                   GError  **error)
{
  for (int version = from_version + 1; version <= WM_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

      g_debug ("Migrating %s to schema version %d", wm_store_get_path (self), version);

      if (!wm_store_begin (self, error))
        return FALSE;

      if (!wm_store_exec (self, migrations[version - 1], error) ||
          !wm_store_exec (self, set_version, error) ||
          !wm_store_commit (self, error))
        {
          wm_store_rollback (self);
          g_prefix_error (error, _("Migration to school file version %d failed: "), version);
          return FALSE;
        }
    }

  return TRUE;
}
