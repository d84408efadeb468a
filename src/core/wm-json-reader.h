/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * Reads a JSON document and remembers the line of every object, list and
 * member, so that a file that is valid JSON but wrong in content can still be
 * refused with "FILE:LINE: what is wrong". Shared by every JSON format Waymark reads.
 */
typedef struct _WmJsonReader WmJsonReader;

WmJsonReader *wm_json_reader_new         (const char    *name,
                                          GQuark         domain,
                                          int            parse_code,
                                          int            invalid_code);
void          wm_json_reader_free        (WmJsonReader  *self);
JsonObject   *wm_json_reader_parse       (WmJsonReader  *self,
                                          GBytes        *bytes,
                                          const char    *root_what,
                                          GError       **error);
int           wm_json_reader_line        (WmJsonReader  *self,
                                          gconstpointer  where);
gpointer      wm_json_reader_fail        (WmJsonReader  *self,
                                          GError       **error,
                                          int            code,
                                          gconstpointer  where,
                                          const char    *format,
                                          ...) G_GNUC_PRINTF (5, 6);
gboolean      wm_json_reader_string      (WmJsonReader  *self,
                                          JsonObject    *object,
                                          const char    *what,
                                          const char    *member,
                                          gboolean       required,
                                          char         **out,
                                          GError       **error);
gboolean      wm_json_reader_int         (WmJsonReader  *self,
                                          JsonObject    *object,
                                          const char    *what,
                                          const char    *member,
                                          gint64        *out,
                                          GError       **error);
JsonArray    *wm_json_reader_objects     (WmJsonReader  *self,
                                          JsonObject    *object,
                                          const char    *what,
                                          const char    *member,
                                          guint          min_len,
                                          GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WmJsonReader, wm_json_reader_free)

G_END_DECLS
