/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-mahara"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "wm-framework-loader.h"
#include "wm-mahara-private.h"

/*
 * Mahara SmartEvidence frameworks (".matrix" files, JSON), read into a
 * WmFrameworkDef and written back. docs/import-mahara.md has the whole story.
 *
 * A file is one object {"framework": {...}}, in one of two forms, as
 * Mahara's PluginModuleFramework::matrix_is_valid_json() reads them:
 *  - version 1, nested: each of "standards" holds its "standardelement" list;
 *  - version 2, flat: "standards" carry a "standardid", and one list
 *    "standardelements" names each element's "standardid", its own
 *    "elementid" and, for a sub-element, its "parentelementid".
 * The framework object on its own, as Mahara's editor posts it, is read too.
 *
 * Mapping:
 *  - id: wm_framework_id_from_name (name); title: name; description, all as
 *    plain text (wm_plain_text_from_html); version "1"; source
 *    WM_MAHARA_SOURCE; publisher: "institution" unless "all", "mahara" or "".
 *  - one level, "standard"; ratings: "not-started" (0, nothing judged yet),
 *    then Mahara's evidence statuses begun (1), incomplete (2),
 *    partialcomplete (3) and completed (4), named by "evidencestatuses" or
 *    Mahara's own defaults.
 *  - one heading, "standards"; each standard an element (id: shortname;
 *    title: name; summary: description); each standard element a strand with
 *    one descriptor (both ids: shortname; text: name; fields "description"
 *    and, for a sub-element, "parent": the parent's id), a sub-element right
 *    after its parent. A standard without elements is left out. An empty
 *    name is the shortname as plain text ("Untitled" if nothing shows).
 *  - order is the file's, as Mahara's own import keeps it ("priority" is
 *    checked to be a number, and otherwise ignored, as Mahara does).
 *  - a shortname used again within its kind becomes "NAME-2", "NAME-3" …,
 *    the first one free, in the order the def lists them.
 * Export writes the flat form, wrapped in "framework", as Mahara ships its
 * own version 2 files (Mahara itself has no export). A framework in this
 * shape goes back as it came; any other has each descriptor as a standard
 * element of its element's standard, named "LEVEL: TEXT". A name longer than
 * Mahara's 255 characters is cut, and given whole in the description.
 */

/*
 * This file holds what the others share (the evidence statuses), turns what
 * wm-mahara-import.c read into the def (each standard's elements put in
 * order, ids made unique, the scales), and sniffs. Reading both forms is in
 * wm-mahara-import.c, writing in wm-mahara-export.c.
 */

const char * const wm_mahara_status_keys[] = { "begun", "incomplete", "partialcomplete", "completed" };
/* Mahara's own names for them (module.framework's lang strings). Like the
 * loader's defaults, what goes into a framework is not translated. */
const char * const wm_mahara_status_defaults[] = {
  "Ready for assessment", "Doesn't meet the standard", "Partially meets the standard", "Meets the standard",
};

/* Finds each element's parent, refuses cycles, and puts each sub-element
 * right after its parent: @order receives the indices of @standard's
 * elements in the order the def lists them. */
static gboolean
order_elements (Importer    *imp,
                Standard    *standard,
                GArray      *order,
                GError     **error)
{
  GPtrArray *elements = standard->elements;
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree gboolean *done = g_new0 (gboolean, elements->len + 1);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (int));
  int last_top = -1;

  for (guint i = 0; i < elements->len; i++)
    g_ptr_array_add (children, g_array_new (FALSE, FALSE, sizeof (int)));

  for (guint i = 0; i < elements->len; i++)
    {
      Element *element = g_ptr_array_index (elements, i);

      if (element->parentid)
        {
          Element *parent = g_hash_table_lookup (standard->by_elementid, element->parentid);

          if (parent == NULL)
            {
              fail (imp, error, json_object_get_member (element->object, "parentelementid"),
                    _("standard element \"%s\": parentelementid \"%s\" is not the elementid of "
                      "any element of standard \"%s\""),
                    element->shortname, element->parentid, standard->shortname);
              return FALSE;
            }
          element->parent = parent->index;
        }
      else if (element->parent_flag)
        {
          /* Version 1 marks a sub-element "parent": true: it belongs to the
           * element before it that is not a sub-element itself. */
          if (last_top < 0)
            {
              fail (imp, error, json_object_get_member (element->object, "parent"),
                    _("standard element \"%s\": \"parent\" is true, but no element of standard \"%s\" "
                      "comes before it"),
                    element->shortname, standard->shortname);
              return FALSE;
            }
          element->parent = last_top;
        }

      if (!element->parent_flag)
        last_top = (int) i;
      if (element->parent >= 0)
        g_array_append_val (g_ptr_array_index (children, element->parent), i);
    }

  /* Depth first from the top-level elements; what it never reaches hangs on a cycle. */
  for (guint i = 0; i < elements->len; i++)
    {
      int top = (int) i;

      if (((Element *) g_ptr_array_index (elements, i))->parent >= 0)
        continue;
      g_array_append_val (stack, top);
      while (stack->len > 0)
        {
          int at = g_array_index (stack, int, stack->len - 1);
          GArray *below = g_ptr_array_index (children, at);

          g_array_set_size (stack, stack->len - 1);
          g_array_append_val (order, at);
          done[at] = TRUE;
          for (guint c = below->len; c > 0; c--)
            g_array_append_val (stack, g_array_index (below, int, c - 1));
        }
    }

  for (guint i = 0; i < elements->len; i++)
    {
      Element *element = g_ptr_array_index (elements, i);
      g_autofree gboolean *seen = NULL;
      g_autoptr(GString) chain = NULL;
      int at;

      if (done[i])
        continue;

      seen = g_new0 (gboolean, elements->len);
      chain = g_string_new (element->shortname);
      for (at = (int) i; !seen[at]; at = ((Element *) g_ptr_array_index (elements, at))->parent)
        {
          seen[at] = TRUE;
          if (at != (int) i)
            g_string_append_printf (chain, " → %s", ((Element *) g_ptr_array_index (elements, at))->shortname);
        }
      g_string_append_printf (chain, " → %s", ((Element *) g_ptr_array_index (elements, at))->shortname);
      fail (imp, error, element->object,
            _("standard element \"%s\": its parent elements form a cycle (%s)"),
            element->shortname, chain->str);
      return FALSE;
    }

  return TRUE;
}

/* Gives @base, or the first of "@base-2", "@base-3" … not yet in @taken. */
static char *
unique_id (GHashTable *taken,
           GHashTable *next_suffix,
           const char *base)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (next_suffix, base));
  char *id = g_strdup (base);

  for (n = MAX (n, 2); g_hash_table_contains (taken, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_insert (next_suffix, g_strdup (base), GUINT_TO_POINTER (n));
  g_hash_table_add (taken, g_strdup (id));
  return id;
}

static void
add_field (WmDescriptorDef *descriptor,
           const char      *id,
           const char      *label,
           const char      *text)
{
  WmFieldDef *field = wm_field_def_new ();

  field->id = g_strdup (id);
  field->label = g_strdup (label);
  field->text = g_strdup (text);
  g_ptr_array_add (descriptor->fields, field);
}

void
wm_mahara_add_scales (WmFrameworkDef *def,
                      Importer       *imp)
{
  WmLevelDef *level = wm_level_def_new ();
  WmRatingDef *rating = wm_rating_def_new ();

  level->id = g_strdup ("standard");
  level->name = g_strdup ("Standard");
  level->summary = g_strdup ("");
  g_ptr_array_add (def->levels, level);

  /* Mahara's "begun" means evidence is there: Waymark starts a step before. */
  rating->id = g_strdup ("not-started");
  rating->name = g_strdup ("Not yet started");
  rating->score = 0;
  g_ptr_array_add (def->ratings, rating);
  for (guint i = 0; i < G_N_ELEMENTS (wm_mahara_status_keys); i++)
    {
      rating = wm_rating_def_new ();
      rating->id = g_strdup (wm_mahara_status_keys[i]);
      rating->name = g_strdup (imp->statuses[i] ? imp->statuses[i] : wm_mahara_status_defaults[i]);
      rating->score = (int) i + 1;
      g_ptr_array_add (def->ratings, rating);
    }
}

/* Builds the def from what was read; fails only on parents. */
gboolean
wm_mahara_build (Importer        *imp,
                 JsonObject      *fw,
                 WmFrameworkDef  *def,
                 GError         **error)
{
  g_autoptr(GHashTable) element_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) strand_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) element_next = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) strand_next = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  WmHeadingDef *heading = wm_heading_def_new ();

  heading->id = g_strdup ("standards");
  heading->title = g_strdup ("Standards");
  heading->summary = g_strdup ("");
  g_ptr_array_add (def->headings, heading);

  for (guint s = 0; s < imp->standards->len; s++)
    {
      Standard *standard = g_ptr_array_index (imp->standards, s);
      g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (int));
      WmElementDef *element;

      if (!order_elements (imp, standard, order, error))
        return FALSE;
      if (order->len == 0)
        continue;  /* nothing to judge */

      element = wm_element_def_new ();
      element->id = unique_id (element_ids, element_next, standard->shortname);
      element->title = g_strdup (standard->name);
      element->summary = g_strdup (standard->description);
      g_ptr_array_add (heading->elements, element);

      for (guint i = 0; i < order->len; i++)
        {
          Element *item = g_ptr_array_index (standard->elements, g_array_index (order, int, i));
          WmStrandDef *strand = wm_strand_def_new ();
          WmDescriptorDef *descriptor = wm_descriptor_def_new ();

          item->id = unique_id (strand_ids, strand_next, item->shortname);
          strand->id = g_strdup (item->id);
          strand->title = g_strdup ("");
          strand->summary = g_strdup ("");
          g_ptr_array_add (element->strands, strand);

          descriptor->id = g_strdup (item->id);
          descriptor->level = g_strdup ("standard");
          descriptor->text = g_strdup (item->name);
          if (item->description[0] != '\0')
            add_field (descriptor, "description", "Description", item->description);
          if (item->parent >= 0)
            add_field (descriptor, "parent", "Parent element",
                       ((Element *) g_ptr_array_index (standard->elements, item->parent))->id);
          g_ptr_array_add (strand->descriptors, descriptor);
        }
    }

  if (heading->elements->len == 0)
    {
      fail (imp, error, json_object_get_member (fw, "standards"),
            _("the framework: no standard has any standard elements"));
      return FALSE;
    }

  return TRUE;
}

/**
 * wm_mahara_sniff:
 * @bytes: a file's content
 *
 * Returns: %TRUE when @bytes is JSON shaped like a Mahara SmartEvidence
 * framework: a "framework" object, or a framework object with "standards"
 */
gboolean
wm_mahara_sniff (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *root, *node;
  JsonObject *object;

  if (size == 0 || !g_utf8_validate_len (data, size, NULL) ||
      !json_parser_load_from_data (parser, data, (gssize) size, NULL))
    return FALSE;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  object = json_node_get_object (root);

  if ((node = json_object_get_member (object, "framework")) != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *fw = json_node_get_object (node);

      return json_object_has_member (fw, "standards") || json_object_has_member (fw, "name");
    }

  node = json_object_get_member (object, "standards");
  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) && !json_object_has_member (object, "format");
}
