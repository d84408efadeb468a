/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wm-test-util.h"
#include "wm-window.h"

G_BEGIN_DECLS

/* The school that File > Share Summary… and File > Export Full Copy… are tried on, open in a
 * window under Xvfb: shared by test-share-window and test-share-snapshots. */

#define WM_TEST_SHARE_SCHOOL "Oakfield Primary"
#define WM_TEST_SHARE_SAVED_SUMMARY "Saved the summary: scores and counts only, no names, notes or pupil details"

typedef struct {
  char     *dir;
  char     *path;
  char     *out;      /* where the files are written: a folder of its own */
  WmWindow *window;
} WmTestShare;

typedef struct {
  const char *descriptor;
  const char *rating;
  const char *note;
} WmTestShareJudged;

/* What the school has judged, and how. */
extern const WmTestShareJudged wm_test_share_judged[];
extern const guint             wm_test_share_n_judged;

/* What the school keeps private, each word found nowhere else. */
extern const char * const      wm_test_share_private_words[];
extern const guint             wm_test_share_n_private_words;

/* The fixture's data for a school that has taken no snapshot; by default it has one, "Autumn". */
extern const char              wm_test_share_no_snapshot[];

void    wm_test_share_set_up    (WmTestShare   *f,
                                 gconstpointer  data);
void    wm_test_share_tear_down (WmTestShare   *f,
                                 gconstpointer  data);

G_END_DECLS
