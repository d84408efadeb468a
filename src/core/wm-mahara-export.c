/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-mahara-export"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-framework-loader.h"
#include "wm-mahara-private.h"
#include "wm-plain-text.h"

/*
 * Writing a framework as a Mahara SmartEvidence matrix: the flat form of
 * Mahara's own version 2 files, wrapped in "framework". Names are fitted to
 * Mahara's 255 characters; a framework of Mahara's shape goes back as it
 * came, any other has each descriptor as a standard element.
 */

#define MAX_NAME 255   /* characters in a Mahara name column */

/* @text as Mahara keeps a name: Mahara shows names as they are, so only a
 * name that would not read back as itself is written as HTML. */
static char *
mahara_name (const char *text)
{
  g_autofree char *plain = wm_plain_text_from_html (text);

  if (g_str_equal (plain, text))
    return g_strdup (text);
  return wm_plain_text_to_html (text);
}

/* Mahara's name columns hold 255 characters: a longer @text is cut at a word
 * with "…", and given whole in @overflow, to open the description. */
static char *
fit_name (const char *text,
          GString    *overflow)
{
  char *name = mahara_name (text);
  glong keep = MIN (g_utf8_strlen (text, -1), MAX_NAME - 1);

  if (g_utf8_strlen (name, -1) <= MAX_NAME)
    return name;

  if (overflow != NULL)
    g_string_append (overflow, text);
  while (g_utf8_strlen (name, -1) > MAX_NAME && keep > 0)
    {
      const char *cut = g_utf8_offset_to_pointer (text, keep);
      const char *space = cut;
      g_autofree char *stripped = NULL;
      g_autofree char *shorter = NULL;

      while (space > text && *space != ' ')
        space--;
      if (space - text > (cut - text) / 2)
        cut = space;
      stripped = g_strstrip (g_strndup (text, (gsize) (cut - text)));
      shorter = g_strconcat (stripped, "…", NULL);

      g_free (name);
      name = mahara_name (shorter);
      keep -= MAX (1, g_utf8_strlen (name, -1) - MAX_NAME);
    }
  return name;
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value ? value : "");
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

/* A name and its description, as Mahara keeps them. */
static void
add_name_and_description (JsonBuilder *builder,
                          const char  *name,
                          const char  *description)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *fitted = fit_name (name, text);
  g_autofree char *html = NULL;

  if (description && *description)
    g_string_append_printf (text, "%s%s", text->len ? "\n\n" : "", description);
  html = wm_plain_text_to_html (text->str);
  add_string (builder, "name", fitted);
  add_string (builder, "description", html);
}

static const char *
field_text (const WmDescriptorDef *descriptor,
            const char            *id)
{
  for (guint f = 0; f < descriptor->fields->len; f++)
    {
      const WmFieldDef *field = g_ptr_array_index (descriptor->fields, f);

      if (g_str_equal (field->id, id))
        return field->text;
    }
  return NULL;
}

static guint
count_descriptors (const WmElementDef *element)
{
  guint n = 0;

  for (guint s = 0; s < element->strands->len; s++)
    n += ((WmStrandDef *) g_ptr_array_index (element->strands, s))->descriptors->len;
  return n;
}

static void
add_statuses (JsonBuilder          *builder,
              const WmFrameworkDef *def)
{
  json_builder_set_member_name (builder, "evidencestatuses");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (wm_mahara_status_keys); i++)
    {
      const char *name = wm_mahara_status_defaults[i];
      g_autofree char *fitted = NULL;

      for (guint r = 0; r < def->ratings->len; r++)
        {
          const WmRatingDef *rating = g_ptr_array_index (def->ratings, r);

          if (g_str_equal (rating->id, wm_mahara_status_keys[i]) && rating->name && *rating->name)
            name = rating->name;
        }
      fitted = fit_name (name, NULL);
      json_builder_begin_object (builder);
      add_string (builder, wm_mahara_status_keys[i], fitted);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* What a descriptor says beyond its text, for its element's description. */
static char *
describe (const WmDescriptorDef *descriptor,
          gboolean               mahara_shape)
{
  GString *text = g_string_new (NULL);

  if (mahara_shape && field_text (descriptor, "description"))
    g_string_append (text, field_text (descriptor, "description"));

  for (guint f = 0; f < descriptor->fields->len; f++)
    {
      const WmFieldDef *field = g_ptr_array_index (descriptor->fields, f);

      if (!field->text || !*field->text ||
          (mahara_shape && (g_str_equal (field->id, "description") || g_str_equal (field->id, "parent"))))
        continue;
      g_string_append_printf (text, "%s%s: %s", text->len ? "\n\n" : "", field->label, field->text);
    }
  return g_string_free (text, FALSE);
}

static void
add_elements (JsonBuilder          *builder,
              const WmFrameworkDef *def,
              gboolean              mahara_shape)
{
  guint n = 0;

  json_builder_set_member_name (builder, "standardelements");
  json_builder_begin_array (builder);
  for (guint h = 0; h < def->headings->len; h++)
    {
      const WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      for (guint e = 0; e < heading->elements->len; e++)
        {
          const WmElementDef *element = g_ptr_array_index (heading->elements, e);
          g_autoptr(GHashTable) elementids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
          guint m = 0;

          if (count_descriptors (element) == 0)
            continue;
          n++;
          for (guint s = 0; s < element->strands->len; s++)
            {
              const WmStrandDef *strand = g_ptr_array_index (element->strands, s);

              for (guint d = 0; d < strand->descriptors->len; d++)
                {
                  const WmDescriptorDef *descriptor = g_ptr_array_index (strand->descriptors, d);
                  g_autofree char *name = NULL;
                  g_autofree char *description = describe (descriptor, mahara_shape);
                  const char *parent = mahara_shape ? field_text (descriptor, "parent") : NULL;
                  const char *parentid = parent ? g_hash_table_lookup (elementids, parent) : NULL;
                  char *elementid = g_strdup_printf ("%u.%u", n, ++m);

                  if (mahara_shape)
                    name = g_strdup (descriptor->text);
                  else
                    {
                      const char *level = descriptor->level;

                      for (guint l = 0; l < def->levels->len; l++)
                        {
                          const WmLevelDef *candidate = g_ptr_array_index (def->levels, l);

                          if (g_str_equal (candidate->id, descriptor->level))
                            level = candidate->name;
                        }
                      name = g_strdup_printf ("%s: %s", level, descriptor->text);
                    }

                  json_builder_begin_object (builder);
                  add_string (builder, "shortname", descriptor->id);
                  add_name_and_description (builder, name, description);
                  add_int (builder, "priority", m);
                  add_int (builder, "standardid", n);
                  add_string (builder, "elementid", elementid);
                  /* Mahara finds a parent only among the elements before. */
                  if (parentid)
                    add_string (builder, "parentelementid", parentid);
                  json_builder_end_object (builder);

                  g_hash_table_insert (elementids, descriptor->id, elementid);
                }
            }
        }
    }
  json_builder_end_array (builder);
}

/**
 * wm_mahara_export:
 * @def: a framework
 *
 * Writes @def as a Mahara SmartEvidence framework, in the flat form of
 * Mahara's own version 2 files. A framework read from Mahara is written as it
 * was read; any other has each descriptor as a standard element under its
 * element's standard (see docs/import-mahara.md for what that keeps).
 *
 * Returns: (transfer full): the .matrix file, UTF-8, ending in a newline; or
 * %NULL with @error set when @def has no descriptor
 */
GBytes *
wm_mahara_export (const WmFrameworkDef  *def,
                  GError               **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  gboolean mahara_shape, from_mahara;
  gsize length = 0;
  guint n = 0;

  g_return_val_if_fail (def != NULL, NULL);

  mahara_shape = def->levels->len == 1 &&
                 g_str_equal (((WmLevelDef *) g_ptr_array_index (def->levels, 0))->id, "standard");
  from_mahara = g_strcmp0 (def->source, WM_MAHARA_SOURCE) == 0;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "framework");
  json_builder_begin_object (builder);
  /* An institution is a Mahara name: only one that came from Mahara is one. */
  add_string (builder, "institution", from_mahara && def->publisher && *def->publisher ? def->publisher : "all");
  add_name_and_description (builder, def->title, def->description);
  json_builder_set_member_name (builder, "selfassess");
  json_builder_add_boolean_value (builder, FALSE);
  add_statuses (builder, def);

  json_builder_set_member_name (builder, "standards");
  json_builder_begin_array (builder);
  for (guint h = 0; h < def->headings->len; h++)
    {
      const WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      for (guint e = 0; e < heading->elements->len; e++)
        {
          const WmElementDef *element = g_ptr_array_index (heading->elements, e);

          if (count_descriptors (element) == 0)
            continue;
          n++;
          json_builder_begin_object (builder);
          add_string (builder, "shortname", element->id);
          add_name_and_description (builder, element->title, element->summary);
          add_int (builder, "priority", n);
          add_int (builder, "standardid", n);
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);

  if (n == 0)
    {
      g_set_error (error, MAHARA_ERROR, WM_FRAMEWORK_ERROR_INVALID,
                   _("“%s” has no descriptor to write as a standard element"), def->title);
      return NULL;
    }

  add_elements (builder, def, mahara_shape);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (g_strconcat (text, "\n", NULL), length + 1);
}
