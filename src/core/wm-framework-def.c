/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-framework-def"

#include "config.h"

#include "wm-framework-def.h"

void
wm_field_def_free (gpointer data)
{
  WmFieldDef *field = data;

  g_free (field->id);
  g_free (field->label);
  g_free (field->text);
  g_free (field);
}

static void
level_free (gpointer data)
{
  WmLevelDef *level = data;

  g_free (level->id);
  g_free (level->name);
  g_free (level->summary);
  g_ptr_array_unref (level->fields);
  g_free (level);
}

static void
rating_free (gpointer data)
{
  WmRatingDef *rating = data;

  g_free (rating->id);
  g_free (rating->name);
  g_free (rating);
}

static void
descriptor_free (gpointer data)
{
  WmDescriptorDef *descriptor = data;

  g_free (descriptor->id);
  g_free (descriptor->level);
  g_free (descriptor->text);
  g_ptr_array_unref (descriptor->fields);
  g_free (descriptor);
}

static void
strand_free (gpointer data)
{
  WmStrandDef *strand = data;

  g_free (strand->id);
  g_free (strand->title);
  g_free (strand->summary);
  g_ptr_array_unref (strand->descriptors);
  g_free (strand);
}

static void
element_free (gpointer data)
{
  WmElementDef *element = data;

  g_free (element->id);
  g_free (element->title);
  g_free (element->summary);
  g_ptr_array_unref (element->strands);
  g_free (element);
}

static void
heading_free (gpointer data)
{
  WmHeadingDef *heading = data;

  g_free (heading->id);
  g_free (heading->title);
  g_free (heading->summary);
  g_ptr_array_unref (heading->elements);
  g_free (heading);
}

WmLevelDef *
wm_level_def_new (void)
{
  WmLevelDef *level = g_new0 (WmLevelDef, 1);

  level->fields = g_ptr_array_new_with_free_func (wm_field_def_free);
  return level;
}

WmRatingDef *
wm_rating_def_new (void)
{
  return g_new0 (WmRatingDef, 1);
}

WmFieldDef *
wm_field_def_new (void)
{
  return g_new0 (WmFieldDef, 1);
}

WmDescriptorDef *
wm_descriptor_def_new (void)
{
  WmDescriptorDef *descriptor = g_new0 (WmDescriptorDef, 1);

  descriptor->fields = g_ptr_array_new_with_free_func (wm_field_def_free);
  return descriptor;
}

WmStrandDef *
wm_strand_def_new (void)
{
  WmStrandDef *strand = g_new0 (WmStrandDef, 1);

  strand->descriptors = g_ptr_array_new_with_free_func (descriptor_free);
  return strand;
}

WmElementDef *
wm_element_def_new (void)
{
  WmElementDef *element = g_new0 (WmElementDef, 1);

  element->strands = g_ptr_array_new_with_free_func (strand_free);
  return element;
}

WmHeadingDef *
wm_heading_def_new (void)
{
  WmHeadingDef *heading = g_new0 (WmHeadingDef, 1);

  heading->elements = g_ptr_array_new_with_free_func (element_free);
  return heading;
}

WmFrameworkDef *
wm_framework_def_new (void)
{
  WmFrameworkDef *def = g_new0 (WmFrameworkDef, 1);

  def->levels = g_ptr_array_new_with_free_func (level_free);
  def->ratings = g_ptr_array_new_with_free_func (rating_free);
  def->headings = g_ptr_array_new_with_free_func (heading_free);
  def->scoring = g_strdup ("mean");
  return def;
}

void
wm_framework_def_free (WmFrameworkDef *def)
{
  if (def == NULL)
    return;

  g_free (def->id);
  g_free (def->version);
  g_free (def->title);
  g_free (def->short_title);
  g_free (def->publisher);
  g_free (def->licence);
  g_free (def->attribution);
  g_free (def->source);
  g_free (def->description);
  g_free (def->label_heading);
  g_free (def->label_element);
  g_free (def->label_strand);
  g_free (def->label_level);
  g_free (def->label_descriptor);
  g_free (def->scoring);
  g_ptr_array_unref (def->levels);
  g_ptr_array_unref (def->ratings);
  g_ptr_array_unref (def->headings);
  g_free (def);
}

void
wm_framework_def_count (const WmFrameworkDef *def,
                        guint                *n_elements,
                        guint                *n_strands,
                        guint                *n_descriptors)
{
  guint elements = 0, strands = 0, descriptors = 0;

  for (guint h = 0; h < def->headings->len; h++)
    {
      const WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      elements += heading->elements->len;
      for (guint e = 0; e < heading->elements->len; e++)
        {
          const WmElementDef *element = g_ptr_array_index (heading->elements, e);

          strands += element->strands->len;
          for (guint s = 0; s < element->strands->len; s++)
            {
              const WmStrandDef *strand = g_ptr_array_index (element->strands, s);
              descriptors += strand->descriptors->len;
            }
        }
    }

  if (n_elements)
    *n_elements = elements;
  if (n_strands)
    *n_strands = strands;
  if (n_descriptors)
    *n_descriptors = descriptors;
}

/**
 * wm_framework_id_from_name:
 * @name: a framework's name, as an imported file gives it
 *
 * Derives a short framework id from a name: lower-case ASCII letters and
 * digits joined by single hyphens, at most 32 characters, accents dropped
 * ("Compétences numériques" gives "competences-numeriques"). A name with
 * nothing usable in it gives "framework".
 *
 * Returns: (transfer full): the id
 */
char *
wm_framework_id_from_name (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name ? name : "", "C");
  GString *id = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && id->len < 32; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }

  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "framework");

  return g_string_free (id, FALSE);
}

void
wm_framework_def_foreach (const WmFrameworkDef *def,
                          WmDescriptorDefFunc   func,
                          gpointer              user_data)
{
  for (guint h = 0; h < def->headings->len; h++)
    {
      WmHeadingDef *heading = g_ptr_array_index (def->headings, h);

      for (guint e = 0; e < heading->elements->len; e++)
        {
          WmElementDef *element = g_ptr_array_index (heading->elements, e);

          for (guint s = 0; s < element->strands->len; s++)
            {
              WmStrandDef *strand = g_ptr_array_index (element->strands, s);

              for (guint d = 0; d < strand->descriptors->len; d++)
                func (heading, element, strand, g_ptr_array_index (strand->descriptors, d), user_data);
            }
        }
    }
}

typedef struct {
  const char      *id;
  WmDescriptorDef *found;
} FindData;

static void
find_cb (WmHeadingDef    *heading,
         WmElementDef    *element,
         WmStrandDef     *strand,
         WmDescriptorDef *descriptor,
         gpointer         user_data)
{
  FindData *find = user_data;

  if (find->found == NULL && g_str_equal (descriptor->id, find->id))
    find->found = descriptor;
}

/**
 * wm_framework_def_find_descriptor:
 *
 * Returns: (transfer none) (nullable): the descriptor with that id
 */
WmDescriptorDef *
wm_framework_def_find_descriptor (const WmFrameworkDef *def,
                                  const char           *id)
{
  FindData find = { id, NULL };

  wm_framework_def_foreach (def, find_cb, &find);
  return find.found;
}

/* The text of the descriptor's field @field_id, or %NULL when it has none. */
const char *
wm_descriptor_def_get_field (const WmDescriptorDef *descriptor,
                             const char            *field_id)
{
  for (guint f = 0; f < descriptor->fields->len; f++)
    {
      const WmFieldDef *field = g_ptr_array_index (descriptor->fields, f);

      if (g_str_equal (field->id, field_id))
        return field->text;
    }
  return NULL;
}
