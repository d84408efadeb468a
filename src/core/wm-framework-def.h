/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A framework as read from its file, before it is installed into a school
 * file: plain data, owned by one WmFrameworkDef and freed with it.
 */

typedef struct {
  char      *id;
  char      *name;
  char      *summary;
  GPtrArray *fields;       /* WmFieldDef */
} WmLevelDef;

typedef struct {
  char *id;
  char *name;
  int   score;
} WmRatingDef;

typedef struct {
  char *id;
  char *label;
  char *text;
} WmFieldDef;

typedef struct {
  char      *id;
  char      *level;
  char      *text;
  GPtrArray *fields;       /* WmFieldDef */
} WmDescriptorDef;

typedef struct {
  char      *id;
  char      *title;
  char      *summary;
  GPtrArray *descriptors;  /* WmDescriptorDef */
} WmStrandDef;

typedef struct {
  char      *id;
  char      *title;
  char      *summary;
  GPtrArray *strands;      /* WmStrandDef */
} WmElementDef;

typedef struct {
  char      *id;
  char      *title;
  char      *summary;
  GPtrArray *elements;     /* WmElementDef */
} WmHeadingDef;

typedef struct {
  char      *id;
  char      *version;
  char      *title;
  char      *short_title;
  char      *publisher;
  char      *licence;
  char      *attribution;
  char      *source;
  char      *description;
  char      *label_heading;
  char      *label_element;
  char      *label_strand;
  char      *label_level;
  char      *label_descriptor;
  char      *scoring;      /* "ladder", "reached" or "mean": docs/scoring.md */
  GPtrArray *levels;       /* WmLevelDef */
  GPtrArray *ratings;      /* WmRatingDef */
  GPtrArray *headings;     /* WmHeadingDef */
} WmFrameworkDef;

WmFrameworkDef  *wm_framework_def_new    (void);
void             wm_framework_def_free   (WmFrameworkDef *def);
void             wm_framework_def_count  (const WmFrameworkDef *def,
                                          guint                *n_elements,
                                          guint                *n_strands,
                                          guint                *n_descriptors);

char            *wm_framework_id_from_name (const char *name);

/* Calls @func for every descriptor of @def, in order, with where it sits. */
typedef void (*WmDescriptorDefFunc) (WmHeadingDef    *heading,
                                     WmElementDef    *element,
                                     WmStrandDef     *strand,
                                     WmDescriptorDef *descriptor,
                                     gpointer         user_data);

void             wm_framework_def_foreach         (const WmFrameworkDef  *def,
                                                   WmDescriptorDefFunc    func,
                                                   gpointer               user_data);
WmDescriptorDef *wm_framework_def_find_descriptor (const WmFrameworkDef  *def,
                                                   const char            *id);
const char      *wm_descriptor_def_get_field      (const WmDescriptorDef *descriptor,
                                                   const char            *field_id);

WmHeadingDef    *wm_heading_def_new      (void);
WmElementDef    *wm_element_def_new      (void);
WmStrandDef     *wm_strand_def_new       (void);
WmDescriptorDef *wm_descriptor_def_new   (void);
WmLevelDef      *wm_level_def_new        (void);
WmRatingDef     *wm_rating_def_new       (void);
WmFieldDef      *wm_field_def_new        (void);
void             wm_field_def_free       (gpointer        field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmFrameworkDef, wm_framework_def_free)

G_END_DECLS
