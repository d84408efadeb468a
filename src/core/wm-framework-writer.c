/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-framework-writer"

#include "config.h"

#include <json-glib/json-glib.h>

#include "wm-framework-loader.h"
#include "wm-framework-writer.h"

/*
 * Writes a framework in Waymark's own format (docs/framework-format.md), in
 * one fixed order and layout, so that writing what was read gives the same
 * bytes: the normal form that round trips are compared in.
 */

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value ? value : "");
}

static void
add_fields (JsonBuilder *builder,
            GPtrArray   *fields)
{
  if (fields->len == 0)
    return;

  json_builder_set_member_name (builder, "fields");
  json_builder_begin_array (builder);
  for (guint i = 0; i < fields->len; i++)
    {
      const WmFieldDef *field = g_ptr_array_index (fields, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", field->id);
      add_string (builder, "label", field->label);
      add_string (builder, "text", field->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_scales (JsonBuilder          *builder,
            const WmFrameworkDef *def)
{
  json_builder_set_member_name (builder, "levels");
  json_builder_begin_array (builder);
  for (guint i = 0; i < def->levels->len; i++)
    {
      const WmLevelDef *level = g_ptr_array_index (def->levels, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", level->id);
      add_string (builder, "name", level->name);
      if (level->summary && *level->summary)
        add_string (builder, "summary", level->summary);
      add_fields (builder, level->fields);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "ratings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < def->ratings->len; i++)
    {
      const WmRatingDef *rating = g_ptr_array_index (def->ratings, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", rating->id);
      add_string (builder, "name", rating->name);
      json_builder_set_member_name (builder, "score");
      json_builder_add_int_value (builder, rating->score);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_strands (JsonBuilder        *builder,
             const WmElementDef *element)
{
  json_builder_set_member_name (builder, "strands");
  json_builder_begin_array (builder);
  for (guint s = 0; s < element->strands->len; s++)
    {
      const WmStrandDef *strand = g_ptr_array_index (element->strands, s);

      json_builder_begin_object (builder);
      add_string (builder, "id", strand->id);
      add_string (builder, "title", strand->title);
      add_string (builder, "summary", strand->summary);
      json_builder_set_member_name (builder, "descriptors");
      json_builder_begin_array (builder);
      for (guint d = 0; d < strand->descriptors->len; d++)
        {
          const WmDescriptorDef *descriptor = g_ptr_array_index (strand->descriptors, d);

          json_builder_begin_object (builder);
          add_string (builder, "id", descriptor->id);
          add_string (builder, "level", descriptor->level);
          add_string (builder, "text", descriptor->text);
          add_fields (builder, descriptor->fields);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_headings (JsonBuilder          *builder,
              const WmFrameworkDef *def)
{
  json_builder_set_member_name (builder, "headings");
  json_builder_begin_array (builder);
  for (guint h = 0; h < def->headings->len; h++)
    {
      const WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      json_builder_begin_object (builder);
      add_string (builder, "id", heading->id);
      add_string (builder, "title", heading->title);
      add_string (builder, "summary", heading->summary);
      json_builder_set_member_name (builder, "elements");
      json_builder_begin_array (builder);
      for (guint e = 0; e < heading->elements->len; e++)
        {
          const WmElementDef *element = g_ptr_array_index (heading->elements, e);

          json_builder_begin_object (builder);
          add_string (builder, "id", element->id);
          add_string (builder, "title", element->title);
          add_string (builder, "summary", element->summary);
          add_strands (builder, element);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * wm_framework_write_json:
 *
 * Returns: (transfer full): @def as a framework file, UTF-8, ending in a newline
 */
GBytes *
wm_framework_write_json (const WmFrameworkDef *def)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  g_return_val_if_fail (def != NULL, NULL);

  json_builder_begin_object (builder);
  add_string (builder, "format", "waymark-framework");
  json_builder_set_member_name (builder, "format_version");
  json_builder_add_int_value (builder, WM_FRAMEWORK_FORMAT_VERSION);
  add_string (builder, "id", def->id);
  add_string (builder, "version", def->version);
  add_string (builder, "title", def->title);
  add_string (builder, "short_title", def->short_title);
  add_string (builder, "publisher", def->publisher);
  add_string (builder, "licence", def->licence);
  add_string (builder, "attribution", def->attribution);
  add_string (builder, "source", def->source);
  add_string (builder, "description", def->description);
  add_string (builder, "scoring", def->scoring);

  json_builder_set_member_name (builder, "labels");
  json_builder_begin_object (builder);
  add_string (builder, "heading", def->label_heading);
  add_string (builder, "element", def->label_element);
  add_string (builder, "strand", def->label_strand);
  add_string (builder, "level", def->label_level);
  add_string (builder, "descriptor", def->label_descriptor);
  json_builder_end_object (builder);

  add_scales (builder, def);
  add_headings (builder, def);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (g_strconcat (text, "\n", NULL), length + 1);
}
