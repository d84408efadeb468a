/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-bundle"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "wm-bundle.h"
#include "wm-bundle-private.h"

/*
 * A small JSON writer for the bundle and the trust's summary: two spaces an indent, members
 * one a line except in containers asked to stay on one line, strings escaped by json-glib and
 * scores to WM_BUNDLE_DECIMALS places with no trailing zeros ("2", "1.5", "1.33", null).
 */

void
wm_bundle_json_init (WmBundleJson *json)
{
  json->out = g_string_new (NULL);
  json->depth = 0;
  json->compact = 0;
  json->first = TRUE;
}

GBytes *
wm_bundle_json_finish (WmBundleJson *json)
{
  g_warn_if_fail (json->depth == 0);
  g_string_append_c (json->out, '\n');
  return g_string_free_to_bytes (g_steal_pointer (&json->out));
}

static gboolean
in_one_line (const WmBundleJson *json)
{
  return json->depth > 0 && (json->compact & (G_GUINT64_CONSTANT (1) << (json->depth - 1))) != 0;
}

static void
append_quoted (GString    *out,
               const char *text)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), text);
  g_autofree char *quoted = json_to_string (node, FALSE);

  g_string_append (out, quoted);
}

/* The comma, newline and indent before a value, and its key. */
static void
separate (WmBundleJson *json,
          const char   *key)
{
  if (!json->first)
    g_string_append_c (json->out, ',');
  if (in_one_line (json))
    {
      if (!json->first)
        g_string_append_c (json->out, ' ');
    }
  else if (json->depth > 0)
    {
      g_string_append_c (json->out, '\n');
      for (guint i = 0; i < json->depth; i++)
        g_string_append (json->out, "  ");
    }
  json->first = FALSE;
  if (key != NULL)
    {
      append_quoted (json->out, key);
      g_string_append (json->out, ": ");
    }
}

static void
begin (WmBundleJson *json,
       const char   *key,
       char          open,
       gboolean      one_line)
{
  gboolean compact = one_line || in_one_line (json);

  g_return_if_fail (json->depth < 63);

  separate (json, key);
  g_string_append_c (json->out, open);
  json->depth++;
  if (compact)
    json->compact |= G_GUINT64_CONSTANT (1) << (json->depth - 1);
  else
    json->compact &= ~(G_GUINT64_CONSTANT (1) << (json->depth - 1));
  json->first = TRUE;
}

static void
end (WmBundleJson *json,
     char          close)
{
  gboolean compact = in_one_line (json);

  g_return_if_fail (json->depth > 0);

  json->depth--;
  if (!json->first && !compact)
    {
      g_string_append_c (json->out, '\n');
      for (guint i = 0; i < json->depth; i++)
        g_string_append (json->out, "  ");
    }
  g_string_append_c (json->out, close);
  json->first = FALSE;
}

void
wm_bundle_json_begin_object (WmBundleJson *json,
                             const char   *key,
                             gboolean      one_line)
{
  begin (json, key, '{', one_line);
}

void
wm_bundle_json_end_object (WmBundleJson *json)
{
  end (json, '}');
}

void
wm_bundle_json_begin_array (WmBundleJson *json,
                            const char   *key,
                            gboolean      one_line)
{
  begin (json, key, '[', one_line);
}

void
wm_bundle_json_end_array (WmBundleJson *json)
{
  end (json, ']');
}

void
wm_bundle_json_string (WmBundleJson *json,
                       const char   *key,
                       const char   *value)
{
  separate (json, key);
  if (value == NULL)
    g_string_append (json->out, "null");
  else
    append_quoted (json->out, value);
}

/* "1.33", "2", "-0.5"; NULL for NAN. */
char *
wm_bundle_format_score (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  if (isnan (value) || isinf (value))
    return NULL;
  value = wm_bundle_round (value);
  if (value == 0)
    value = 0;   /* no "-0" */
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  end = buffer + strlen (buffer) - 1;
  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return g_strdup (buffer);
}

void
wm_bundle_json_score (WmBundleJson *json,
                      const char   *key,
                      double        value)
{
  g_autofree char *text = wm_bundle_format_score (value);

  separate (json, key);
  g_string_append (json->out, text != NULL ? text : "null");
}

void
wm_bundle_json_int (WmBundleJson *json,
                    const char   *key,
                    gint64        value)
{
  separate (json, key);
  g_string_append_printf (json->out, "%" G_GINT64_FORMAT, value);
}

void
wm_bundle_json_boolean (WmBundleJson *json,
                        const char   *key,
                        gboolean      value)
{
  separate (json, key);
  g_string_append (json->out, value ? "true" : "false");
}
