/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-import"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-framework-loader.h"
#include "wm-framework-writer.h"
#include "wm-import.h"
#include "wm-mahara.h"
#include "wm-moodle.h"

/* One door in and out for every framework format: the CLI and the app use only this. */

static const struct {
  WmFormat    format;
  const char *name;
  const char *extension;
} formats[] = {
  { WM_FORMAT_WAYMARK, "waymark", ".json" },
  { WM_FORMAT_MAHARA, "mahara", ".matrix" },
  { WM_FORMAT_MOODLE, "moodle", ".csv" },
};

gboolean
wm_format_from_name (const char *name,
                     WmFormat   *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

const char *
wm_format_get_name (WmFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return formats[i].name;
  return "auto";
}

const char *
wm_format_get_extension (WmFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return formats[i].extension;
  return "";
}

static gboolean
looks_like_waymark (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  /* The format member sits near the top of every file Waymark writes. */
  return size > 0 && g_strstr_len (data, MIN (size, 4096), "\"waymark-framework\"") != NULL;
}

/* Tells the format from the content; WM_FORMAT_AUTO when it is none of them. */
WmFormat
wm_format_detect (GBytes *bytes)
{
  if (looks_like_waymark (bytes))
    return WM_FORMAT_WAYMARK;
  if (wm_mahara_sniff (bytes))
    return WM_FORMAT_MAHARA;
  if (wm_moodle_sniff (bytes))
    return WM_FORMAT_MOODLE;
  return WM_FORMAT_AUTO;
}

/**
 * wm_import_bytes:
 * @name: the file's name, for messages
 * @format: the format, or %WM_FORMAT_AUTO to tell it from the content
 *
 * Reads a framework from any format Waymark knows. Nothing is written anywhere.
 */
WmFrameworkDef *
wm_import_bytes (GBytes      *bytes,
                 const char  *name,
                 WmFormat     format,
                 GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (format == WM_FORMAT_AUTO)
    format = wm_format_detect (bytes);

  switch (format)
    {
    case WM_FORMAT_WAYMARK:
      return wm_framework_load_bytes (bytes, name, error);
    case WM_FORMAT_MAHARA:
      return wm_mahara_import (bytes, name, error);
    case WM_FORMAT_MOODLE:
      return wm_moodle_import (bytes, name, error);
    case WM_FORMAT_AUTO:
    default:
      g_set_error (error, WM_FRAMEWORK_ERROR, WM_FRAMEWORK_ERROR_PARSE,
                   _("%s: not a framework file Waymark knows (a Waymark framework, a Mahara "
                     "SmartEvidence matrix or a Moodle competency framework CSV)"), name);
      return NULL;
    }
}

WmFrameworkDef *
wm_import_file (GFile     *file,
                WmFormat   format,
                GError   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return wm_import_bytes (bytes, name, format, error);
}

GBytes *
wm_export_bytes (const WmFrameworkDef  *def,
                 WmFormat               format,
                 GError               **error)
{
  g_return_val_if_fail (def != NULL, NULL);

  switch (format)
    {
    case WM_FORMAT_WAYMARK:
      return wm_framework_write_json (def);
    case WM_FORMAT_MAHARA:
      return wm_mahara_export (def, error);
    case WM_FORMAT_MOODLE:
      return wm_moodle_export (def, error);
    case WM_FORMAT_AUTO:
    default:
      g_return_val_if_reached (NULL);
    }
}
