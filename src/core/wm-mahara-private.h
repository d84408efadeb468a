/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "wm-framework-loader.h"
#include "wm-json-reader.h"
#include "wm-mahara.h"

G_BEGIN_DECLS

/*
 * Shared by the files of the Mahara format: wm-mahara.c (the statuses,
 * building the def, sniffing), wm-mahara-import.c (reading) and
 * wm-mahara-export.c (writing). Element, Standard and Importer hold what
 * import read until wm_mahara_build() makes the def of it.
 */

/* WM_FRAMEWORK_ERROR by its name, so that this file needs no more of the
 * loader than its header: the fuzzer links this without the loader. */
#define MAHARA_ERROR (g_quark_from_static_string ("wm-framework-error-quark"))

/* Evidence statuses by Mahara's keys, lowest first, and Mahara's own names
 * for them: begun, incomplete, partialcomplete, completed. */
extern const char * const wm_mahara_status_keys[4];
extern const char * const wm_mahara_status_defaults[4];

typedef struct {
  JsonObject *object;
  char       *shortname;
  char       *name;         /* plain text, never empty */
  char       *description;  /* plain text */
  char       *elementid;    /* as text; %NULL when it has none */
  char       *parentid;     /* "parentelementid" as text; %NULL when none */
  gboolean    parent_flag;  /* "parent": true, version 1's sub-element mark */
  int         index;        /* in its standard's list */
  int         parent;       /* index in its standard's list, -1 for none */
  char       *id;           /* the def's id */
} Element;

typedef struct {
  JsonObject *object;
  char       *shortname;
  char       *name;         /* plain text, one line, never empty */
  char       *description;
  char       *key;          /* "standardid" as text; %NULL when it has none */
  GPtrArray  *elements;     /* Element, in the file's order */
  GHashTable *by_elementid; /* elementid -> Element */
} Standard;

typedef struct {
  WmJsonReader *reader;
  GPtrArray    *standards;  /* Standard */
  GHashTable   *by_key;     /* standardid -> Standard */
  char         *statuses[G_N_ELEMENTS (wm_mahara_status_keys)];
} Importer;

#define fail(imp, error, where, ...) \
  wm_json_reader_fail ((imp)->reader, error, WM_FRAMEWORK_ERROR_INVALID, where, __VA_ARGS__)

void     wm_mahara_add_scales (WmFrameworkDef  *def,
                               Importer        *imp);
gboolean wm_mahara_build      (Importer        *imp,
                               JsonObject      *fw,
                               WmFrameworkDef  *def,
                               GError         **error);

G_END_DECLS
