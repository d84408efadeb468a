/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One small step of the school's log, as read from the school file (a list item). */

#define WM_TYPE_STEP (wm_step_get_type ())
G_DECLARE_FINAL_TYPE (WmStep, wm_step, WM, STEP, GObject)

/* What wm_steps.c reads from a row; every string may be NULL, read as "". */
typedef struct {
  gint64      id;
  const char *taken_on;             /* YYYY-MM-DD */
  const char *week_start;           /* the Monday of its ISO week */
  const char *who;
  const char *what;
  const char *framework_id;         /* NULL: the step serves nothing named */
  const char *target_id;            /* a descriptor's id, or an element's (a habit) */
  gboolean    serves_descriptor;    /* FALSE: target_id is an element */
  const char *serves_name;          /* "8.3g", or the element's title: "Absorption" */
  const char *serves_text;          /* the descriptor's text, or the element's summary */
  gint64      evidence_id;          /* 0: none */
  const char *evidence_label;
  const char *added_at;
} WmStepFields;

WmStep     *wm_step_new                   (const WmStepFields *fields);

gint64      wm_step_get_id                (WmStep *self);
const char *wm_step_get_taken_on          (WmStep *self);
const char *wm_step_get_week_start        (WmStep *self);
const char *wm_step_get_who               (WmStep *self);
const char *wm_step_get_what              (WmStep *self);
const char *wm_step_get_framework_id      (WmStep *self);
const char *wm_step_get_target_id         (WmStep *self);
gboolean    wm_step_get_serves_descriptor (WmStep *self);
const char *wm_step_get_serves_name       (WmStep *self);
const char *wm_step_get_serves_text       (WmStep *self);
gint64      wm_step_get_evidence_id       (WmStep *self);
const char *wm_step_get_evidence_label    (WmStep *self);
const char *wm_step_get_added_at          (WmStep *self);

G_END_DECLS
