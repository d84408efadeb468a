/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-mahara"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "wm-framework-loader.h"
#include "wm-json-reader.h"
#include "wm-mahara.h"
#include "wm-plain-text.h"

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

#define MAX_NAME 255   /* characters in a Mahara name column */

static const char * const status_keys[] = { "begun", "incomplete", "partialcomplete", "completed" };
/* Mahara's own names for them (module.framework's lang strings). Like the
 * loader's defaults, what goes into a framework is not translated. */
static const char * const status_defaults[] = {
  "Ready for assessment", "Doesn't meet the standard", "Partially meets the standard", "Meets the standard",
};

/* WM_FRAMEWORK_ERROR by its name, so that this file needs no more of the
 * loader than its header: the fuzzer links this without the loader. */
#define MAHARA_ERROR (g_quark_from_static_string ("wm-framework-error-quark"))

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
  char         *statuses[G_N_ELEMENTS (status_keys)];
} Importer;

static void
element_free (gpointer data)
{
  Element *element = data;

  g_free (element->shortname);
  g_free (element->name);
  g_free (element->description);
  g_free (element->elementid);
  g_free (element->parentid);
  g_free (element->id);
  g_free (element);
}

static void
standard_free (gpointer data)
{
  Standard *standard = data;

  g_free (standard->shortname);
  g_free (standard->name);
  g_free (standard->description);
  g_free (standard->key);
  g_ptr_array_unref (standard->elements);
  g_hash_table_unref (standard->by_elementid);
  g_free (standard);
}

#define fail(imp, error, where, ...) \
  wm_json_reader_fail ((imp)->reader, error, WM_FRAMEWORK_ERROR_INVALID, where, __VA_ARGS__)

/* Whether @member is there and not null: PHP's isset(), as Mahara tests. */
static gboolean
has_value (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node);
}

/* Joins the lines of @text (in place) with single spaces, for what is shown
 * on one line. */
static char *
one_line (char *text)
{
  char *out = text;

  for (const char *p = text; *p; p++)
    {
      if (*p != '\n')
        *out++ = *p;
      else if (out > text && out[-1] != ' ')
        *out++ = ' ';
    }
  *out = '\0';
  return text;
}

/* What stands in for an empty name: the shortname as plain text, in the
 * normal form a name reads back as; "Untitled" when nothing of it shows. */
static char *
name_from_shortname (const char *shortname)
{
  g_autofree char *html = wm_plain_text_to_html (shortname);
  char *name = wm_plain_text_from_html (html);

  if (name[0] != '\0')
    return name;
  g_free (name);
  return g_strdup ("Untitled");
}

/* Reads string @member as plain text; "" when missing. */
static gboolean
read_text (Importer    *imp,
           JsonObject  *object,
           const char  *what,
           const char  *member,
           char       **out,
           GError     **error)
{
  g_autofree char *html = NULL;

  if (!wm_json_reader_string (imp->reader, object, what, member, FALSE, &html, error))
    return FALSE;
  *out = wm_plain_text_from_html (html);
  return TRUE;
}

/* Reads an id member that may be a whole number or a string ("standardid",
 * "elementid", "parentelementid") as text: 1 and "1" are the same id, as they
 * are to PHP. %NULL when missing, null, false or "". */
static gboolean
read_key (Importer    *imp,
          JsonObject  *object,
          const char  *what,
          const char  *member,
          gboolean     required,
          char       **out,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type = node && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  *out = NULL;
  if (type == G_TYPE_INT64)
    *out = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (type == G_TYPE_STRING)
    *out = g_strstrip (g_strdup (json_node_get_string (node)));
  else if (!(node == NULL || JSON_NODE_HOLDS_NULL (node) ||
             (type == G_TYPE_BOOLEAN && !json_node_get_boolean (node))))
    {
      fail (imp, error, node, _("%s: \"%s\" must be a whole number or a string"), what, member);
      return FALSE;
    }

  if (*out && **out == '\0')
    g_clear_pointer (out, g_free);
  if (*out == NULL && required)
    {
      fail (imp, error, node ? (gconstpointer) node : object, _("%s: missing \"%s\""), what, member);
      return FALSE;
    }
  return TRUE;
}

/* Checks that @member, when given, is a number (Mahara's "priority"). */
static gboolean
check_number (Importer    *imp,
              JsonObject  *object,
              const char  *what,
              const char  *member,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) ||
      (JSON_NODE_HOLDS_VALUE (node) && (json_node_get_value_type (node) == G_TYPE_INT64 ||
                                        json_node_get_value_type (node) == G_TYPE_DOUBLE)))
    return TRUE;

  fail (imp, error, node, _("%s: \"%s\" must be a number"), what, member);
  return FALSE;
}

/* Reads a true/false @member ("selfassess", "parent"); FALSE when missing.
 * Mahara stores "selfassess" as a number, so 0 and 1 are read too. */
static gboolean
read_flag (Importer    *imp,
           JsonObject  *object,
           const char  *what,
           const char  *member,
           gboolean    *out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type = node && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  *out = FALSE;
  if (type == G_TYPE_BOOLEAN)
    *out = json_node_get_boolean (node);
  else if (type == G_TYPE_INT64)
    *out = json_node_get_int (node) != 0;
  else if (!(node == NULL || JSON_NODE_HOLDS_NULL (node)))
    {
      fail (imp, error, node, _("%s: \"%s\" must be true or false"), what, member);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_status_members (Importer    *imp,
                     JsonObject  *object,
                     GError     **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l; l = l->next)
    {
      const char *key = l->data;
      JsonNode *node = json_object_get_member (object, key);
      int type = -1;

      /* Mahara takes the number of a status for its name, too. */
      for (guint i = 0; i < G_N_ELEMENTS (status_keys); i++)
        if (g_str_equal (key, status_keys[i]) || (key[0] == (char) ('0' + i) && key[1] == '\0'))
          type = (int) i;

      if (type < 0)
        {
          fail (imp, error, node,
                _("evidence status \"%s\" is not one of begun, incomplete, partialcomplete, completed"),
                key);
          return FALSE;
        }
      if (JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          fail (imp, error, node, _("evidence status \"%s\" must be a string"), key);
          return FALSE;
        }

      g_free (imp->statuses[type]);
      imp->statuses[type] = one_line (wm_plain_text_from_html (json_node_get_string (node)));
      if (imp->statuses[type][0] == '\0')
        g_clear_pointer (&imp->statuses[type], g_free);
    }

  return TRUE;
}

/* "evidencestatuses": in files a list of one-member objects
 * ([{"begun": "…"}, …]); in Mahara's editor one object. */
static gboolean
read_statuses (Importer    *imp,
               JsonObject  *fw,
               GError     **error)
{
  JsonNode *node = json_object_get_member (fw, "evidencestatuses");

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_OBJECT (node))
    return read_status_members (imp, json_node_get_object (node), error);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (imp, error, node, _("the framework: \"evidencestatuses\" must be a list"));
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *entry = json_array_get_element (json_node_get_array (node), i);

      if (!JSON_NODE_HOLDS_OBJECT (entry))
        {
          fail (imp, error, node, _("the framework: entry %u of \"evidencestatuses\" must be an object"),
                i + 1);
          return FALSE;
        }
      if (!read_status_members (imp, json_node_get_object (entry), error))
        return FALSE;
    }
  return TRUE;
}

/* Reads one standard element into @standard's list. */
static gboolean
read_element (Importer    *imp,
              JsonObject  *object,
              const char  *where,
              Standard    *standard,
              GError     **error)
{
  Element *element = g_new0 (Element, 1);
  g_autofree char *what = NULL;
  Element *other;

  element->object = object;
  element->index = (int) standard->elements->len;
  element->parent = -1;
  g_ptr_array_add (standard->elements, element);

  if (!wm_json_reader_string (imp->reader, object, where, "shortname", TRUE, &element->shortname, error))
    return FALSE;

  what = g_strdup_printf (_("standard element \"%s\""), element->shortname);
  if (!read_text (imp, object, what, "name", &element->name, error) ||
      !read_text (imp, object, what, "description", &element->description, error) ||
      !check_number (imp, object, what, "priority", error) ||
      !read_key (imp, object, what, "elementid", FALSE, &element->elementid, error) ||
      !read_key (imp, object, what, "parentelementid", FALSE, &element->parentid, error) ||
      !read_flag (imp, object, what, "parent", &element->parent_flag, error))
    return FALSE;

  if (element->name[0] == '\0')
    {
      g_free (element->name);
      element->name = name_from_shortname (element->shortname);
    }

  /* Mahara finds a parent by its elementid among the elements of the same
   * standard: elementids need only be unique there. */
  if (element->elementid == NULL)
    return TRUE;
  if ((other = g_hash_table_lookup (standard->by_elementid, element->elementid)) != NULL)
    {
      fail (imp, error, json_object_get_member (object, "elementid"),
            _("%s: elementid \"%s\" is already the elementid of standard element \"%s\" in standard \"%s\""),
            what, element->elementid, other->shortname, standard->shortname);
      return FALSE;
    }
  g_hash_table_insert (standard->by_elementid, element->elementid, element);
  return TRUE;
}

static gboolean
read_standards (Importer    *imp,
                JsonObject  *fw,
                GError     **error)
{
  JsonArray *array = wm_json_reader_objects (imp->reader, fw, _("the framework"), "standards", 1, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      Standard *standard = g_new0 (Standard, 1);
      g_autofree char *where = g_strdup_printf (_("standard %u"), i + 1);
      g_autofree char *what = NULL;
      JsonArray *elements;
      Standard *other;

      standard->object = object;
      standard->elements = g_ptr_array_new_with_free_func (element_free);
      standard->by_elementid = g_hash_table_new (g_str_hash, g_str_equal);
      g_ptr_array_add (imp->standards, standard);

      if (!wm_json_reader_string (imp->reader, object, where, "shortname", TRUE, &standard->shortname, error))
        return FALSE;

      what = g_strdup_printf (_("standard \"%s\""), standard->shortname);
      if (!read_text (imp, object, what, "name", &standard->name, error) ||
          !read_text (imp, object, what, "description", &standard->description, error) ||
          !check_number (imp, object, what, "priority", error) ||
          !read_key (imp, object, what, "standardid", FALSE, &standard->key, error))
        return FALSE;

      if (standard->name[0] == '\0')
        {
          g_free (standard->name);
          standard->name = name_from_shortname (standard->shortname);
        }
      one_line (standard->name);

      if (standard->key != NULL)
        {
          if ((other = g_hash_table_lookup (imp->by_key, standard->key)) != NULL)
            {
              fail (imp, error, json_object_get_member (object, "standardid"),
                    _("%s: standardid %s is already the standardid of standard \"%s\""),
                    what, standard->key, other->shortname);
              return FALSE;
            }
          g_hash_table_insert (imp->by_key, standard->key, standard);
        }

      /* Version 1: the elements inside their standard. */
      if (!has_value (object, "standardelement"))
        continue;
      if (!(elements = wm_json_reader_objects (imp->reader, object, what, "standardelement", 0, error)))
        return FALSE;
      for (guint e = 0; e < json_array_get_length (elements); e++)
        {
          g_autofree char *ewhere = g_strdup_printf (_("standard element %u of %s"), e + 1, what);

          if (!read_element (imp, json_array_get_object_element (elements, e), ewhere, standard, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Version 2: one list of elements, each naming its standard. */
static gboolean
read_flat_elements (Importer    *imp,
                    JsonObject  *fw,
                    GError     **error)
{
  JsonArray *array;

  if (!has_value (fw, "standardelements"))
    return TRUE;
  if (!(array = wm_json_reader_objects (imp->reader, fw, _("the framework"), "standardelements", 0, error)))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autofree char *where = g_strdup_printf (_("entry %u of \"standardelements\""), i + 1);
      g_autofree char *key = NULL;
      Standard *standard;

      if (!read_key (imp, object, where, "standardid", TRUE, &key, error))
        return FALSE;

      if ((standard = g_hash_table_lookup (imp->by_key, key)) == NULL)
        {
          g_autoptr(GString) keys = g_string_new (NULL);

          for (guint s = 0; s < imp->standards->len; s++)
            {
              Standard *candidate = g_ptr_array_index (imp->standards, s);

              if (candidate->key)
                g_string_append_printf (keys, "%s%s", keys->len ? ", " : "", candidate->key);
            }
          fail (imp, error, json_object_get_member (object, "standardid"),
                _("%s: standardid %s is not the standardid of any standard (%s)"),
                where, key, keys->len ? keys->str : _("none has one"));
          return FALSE;
        }

      if (!read_element (imp, object, where, standard, error))
        return FALSE;
    }

  return TRUE;
}

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

static void
add_scales (WmFrameworkDef *def,
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
  for (guint i = 0; i < G_N_ELEMENTS (status_keys); i++)
    {
      rating = wm_rating_def_new ();
      rating->id = g_strdup (status_keys[i]);
      rating->name = g_strdup (imp->statuses[i] ? imp->statuses[i] : status_defaults[i]);
      rating->score = (int) i + 1;
      g_ptr_array_add (def->ratings, rating);
    }
}

/* Builds the def from what was read; fails only on parents. */
static gboolean
build (Importer        *imp,
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
 * wm_mahara_import:
 * @bytes: the content of a .matrix file
 * @name: the file's name, for messages
 *
 * Reads a Mahara SmartEvidence framework, in either of its forms. Nothing is
 * read from a file that is wrong anywhere: the error, in WM_FRAMEWORK_ERROR,
 * says "NAME:LINE: what is wrong".
 *
 * Returns: (transfer full): the framework, or %NULL with @error set
 */
WmFrameworkDef *
wm_mahara_import (GBytes      *bytes,
                  const char  *name,
                  GError     **error)
{
  g_autoptr(WmJsonReader) reader = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GHashTable) by_key = NULL;
  g_autoptr(WmFrameworkDef) def = NULL;
  g_autofree char *institution = NULL;
  Importer imp = { 0 };
  JsonObject *root, *fw;
  JsonNode *node;
  gboolean selfassess, ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  reader = wm_json_reader_new (name, MAHARA_ERROR, WM_FRAMEWORK_ERROR_PARSE, WM_FRAMEWORK_ERROR_INVALID);
  standards = g_ptr_array_new_with_free_func (standard_free);
  by_key = g_hash_table_new (g_str_hash, g_str_equal);
  imp.reader = reader;
  imp.standards = standards;
  imp.by_key = by_key;

  if (!(root = wm_json_reader_parse (reader, bytes, _("a Mahara SmartEvidence matrix"), error)))
    return NULL;

  fw = root;
  if ((node = json_object_get_member (root, "framework")) != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (&imp, error, node, _("\"framework\" must be an object"));
      fw = json_node_get_object (node);
    }
  else if (!json_object_has_member (root, "standards"))
    return fail (&imp, error, root,
                 _("not a Mahara SmartEvidence matrix: no \"framework\" object and no \"standards\" list"));

  def = wm_framework_def_new ();
  ok = wm_json_reader_string (reader, fw, _("the framework"), "name", TRUE, &def->title, error) &&
       wm_json_reader_string (reader, fw, _("the framework"), "institution", FALSE, &institution, error) &&
       read_text (&imp, fw, _("the framework"), "description", &def->description, error) &&
       /* Waymark has no self-assessment switch: checked, not kept. */
       read_flag (&imp, fw, _("the framework"), "selfassess", &selfassess, error) &&
       read_statuses (&imp, fw, error);

  if (ok)
    {
      g_autofree char *html = g_steal_pointer (&def->title);

      def->title = one_line (wm_plain_text_from_html (html));
      if (def->title[0] == '\0')
        {
          fail (&imp, error, json_object_get_member (fw, "name"), _("the framework: \"name\" has no text"));
          ok = FALSE;
        }
    }

  ok = ok && read_standards (&imp, fw, error) && read_flat_elements (&imp, fw, error);
  if (ok)
    {
      def->id = wm_framework_id_from_name (def->title);
      def->version = g_strdup ("1");
      def->short_title = g_strdup ("");
      def->publisher = g_strdup (g_str_equal (institution, "all") || g_str_equal (institution, "mahara")
                                 ? "" : institution);
      def->licence = g_strdup ("");
      def->attribution = g_strdup ("");
      def->source = g_strdup (WM_MAHARA_SOURCE);
      def->label_heading = g_strdup ("Heading");
      def->label_element = g_strdup ("Standard");
      def->label_strand = g_strdup ("Standard element");
      def->label_level = g_strdup ("Level");
      def->label_descriptor = g_strdup ("Descriptor");
      add_scales (def, &imp);
      ok = build (&imp, fw, def, error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (imp.statuses); i++)
    g_free (imp.statuses[i]);

  return ok ? g_steal_pointer (&def) : NULL;
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

/* Export */

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
  for (guint i = 0; i < G_N_ELEMENTS (status_keys); i++)
    {
      const char *name = status_defaults[i];
      g_autofree char *fitted = NULL;

      for (guint r = 0; r < def->ratings->len; r++)
        {
          const WmRatingDef *rating = g_ptr_array_index (def->ratings, r);

          if (g_str_equal (rating->id, status_keys[i]) && rating->name && *rating->name)
            name = rating->name;
        }
      fitted = fit_name (name, NULL);
      json_builder_begin_object (builder);
      add_string (builder, status_keys[i], fitted);
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
