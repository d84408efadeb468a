/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Words the school types into a planner page (wm-plan-edit.c): saved after a pause, when the
 * field loses the focus, or at the latest when the page goes. While they wait to be saved,
 * what the file says does not overwrite them. Used by the Month page (a section's notes, the
 * team session's words) and the Year page (the Review and Renew day's three parts). */

#define WM_PLAN_EDIT_PAUSE_MS 600

typedef struct _WmPlanEdit WmPlanEdit;

typedef struct {
  /* The school starts typing: notes in @edit->year_id and @edit->month where the words
   * belong, or returns FALSE when they belong nowhere (the page is filling the field). */
  gboolean (*begin) (WmPlanEdit  *edit);
  /* Saves @text where the words belong: one write to the school file. */
  gboolean (*save)  (WmPlanEdit  *edit,
                     const char  *text,
                     GError     **error);
} WmPlanEditFuncs;

struct _WmPlanEdit
{
  const WmPlanEditFuncs *funcs;
  GtkWidget          *owner;      /* the page: its "planner.toast" says what the core refused */
  GtkWidget          *widget;     /* a GtkEditable, or a GtkTextView */
  GObject            *source;     /* what says "changed": the editable, or the view's buffer */
  GtkEventController *focus;
  guint               index;      /* which field, as the owner's functions count them */
  gboolean            pending;    /* words typed, not yet saved */
  gboolean            setting;    /* the field is being filled from the file */
  gint64              year_id;    /* where the pending words belong */
  char               *month;      /* YYYY-MM, or NULL for a field of the whole year */
  guint               timeout_id;
};

void  wm_plan_edit_init     (WmPlanEdit            *edit,
                             const WmPlanEditFuncs *funcs,
                             GtkWidget             *owner,
                             GtkWidget             *widget,
                             guint                  index);
void  wm_plan_edit_clear    (WmPlanEdit            *edit);
void  wm_plan_edit_set_text (WmPlanEdit            *edit,
                             const char            *text);
void  wm_plan_edit_flush    (WmPlanEdit            *edit);
void  wm_plan_edit_discard  (WmPlanEdit            *edit);

G_END_DECLS
