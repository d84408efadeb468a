/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench"

#include "config.h"

#include <json-glib/json-glib.h>

#include "bench-big-framework.h"

/* Words for made-up descriptor texts, about as long as the LQF's (one or two sentences). */
static const char * const subjects[] = {
  "The school", "Leaders", "Teachers", "Pupils", "Governors", "Support staff", "Parents",
  "Subject leads", "The senior team", "Every department",
};
static const char * const verbs[] = {
  "are investigating", "plan", "review", "share", "evaluate", "model", "embed", "track",
  "celebrate", "question",
};
static const char * const objects[] = {
  "how learning is assessed", "the use of feedback in lessons", "the curriculum's sequence",
  "pupils' independence as learners", "the quality of questioning", "reading across subjects",
  "the school's vision for learning", "professional development", "links with families",
  "the use of technology for learning", "behaviour for learning", "the wellbeing of staff",
};
static const char * const adverbs[] = {
  "occasionally", "in some classes", "across most subjects", "consistently and by habit",
};

static char *
make_text (GRand *rand,
           guint  level)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s %s %s %s",
                          subjects[g_rand_int_range (rand, 0, G_N_ELEMENTS (subjects))],
                          verbs[g_rand_int_range (rand, 0, G_N_ELEMENTS (verbs))],
                          objects[g_rand_int_range (rand, 0, G_N_ELEMENTS (objects))],
                          adverbs[MIN (level, G_N_ELEMENTS (adverbs) - 1)]);
  if (g_rand_boolean (rand))
    g_string_append_printf (text, ", and %s %s",
                            verbs[g_rand_int_range (rand, 0, G_N_ELEMENTS (verbs))],
                            objects[g_rand_int_range (rand, 0, G_N_ELEMENTS (objects))]);
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static void
add_member (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_levels_and_ratings (JsonBuilder *builder)
{
  static const char * const level_names[] = { "Emerging", "Developing", "Established", "Leading" };
  static const char * const ratings[][2] = {
    { "not-started", "Not yet started" }, { "developing", "Developing" },
    { "partial", "Partial" }, { "secure", "Secure" },
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (level_names) == BENCH_BIG_N_LEVELS);

  json_builder_set_member_name (builder, "levels");
  json_builder_begin_array (builder);
  for (guint l = 0; l < BENCH_BIG_N_LEVELS; l++)
    {
      g_autofree char *id = g_strdup_printf ("l%u", l + 1);

      json_builder_begin_object (builder);
      add_member (builder, "id", id);
      add_member (builder, "name", level_names[l]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "ratings");
  json_builder_begin_array (builder);
  for (guint r = 0; r < G_N_ELEMENTS (ratings); r++)
    {
      json_builder_begin_object (builder);
      add_member (builder, "id", ratings[r][0]);
      add_member (builder, "name", ratings[r][1]);
      json_builder_set_member_name (builder, "score");
      json_builder_add_int_value (builder, r);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_strand (JsonBuilder *builder,
            GRand       *rand,
            guint        element,
            guint        strand)
{
  g_autofree char *strand_id = g_strdup_printf ("%u.%u", element, strand);

  json_builder_begin_object (builder);
  add_member (builder, "id", strand_id);
  add_member (builder, "title", "");
  json_builder_set_member_name (builder, "descriptors");
  json_builder_begin_array (builder);
  for (guint l = 0; l < BENCH_BIG_N_LEVELS; l++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", strand_id, l + 1);
      g_autofree char *level = g_strdup_printf ("l%u", l + 1);
      g_autofree char *text = make_text (rand, l);

      json_builder_begin_object (builder);
      add_member (builder, "id", id);
      add_member (builder, "level", level);
      add_member (builder, "text", text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_headings (JsonBuilder *builder,
              GRand       *rand)
{
  guint element = 0;

  json_builder_set_member_name (builder, "headings");
  json_builder_begin_array (builder);
  for (guint h = 0; h < BENCH_BIG_N_HEADINGS; h++)
    {
      g_autofree char *heading_id = g_strdup_printf ("h%u", h + 1);
      g_autofree char *heading_title = g_strdup_printf ("Heading %u", h + 1);

      json_builder_begin_object (builder);
      add_member (builder, "id", heading_id);
      add_member (builder, "title", heading_title);
      json_builder_set_member_name (builder, "elements");
      json_builder_begin_array (builder);
      for (guint e = 0; e < BENCH_BIG_N_ELEMENTS; e++)
        {
          g_autofree char *element_id = g_strdup_printf ("%u", ++element);
          g_autofree char *summary = make_text (rand, 0);

          json_builder_begin_object (builder);
          add_member (builder, "id", element_id);
          add_member (builder, "title", objects[element % G_N_ELEMENTS (objects)]);
          add_member (builder, "summary", summary);
          json_builder_set_member_name (builder, "strands");
          json_builder_begin_array (builder);
          for (guint s = 0; s < BENCH_BIG_N_STRANDS; s++)
            add_strand (builder, rand, element, s + 1);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* The framework as a JSON file would hold it; the same bytes every time. */
GBytes *
bench_big_framework_json (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2000);
  char *text;
  gsize length;

  json_builder_begin_object (builder);
  add_member (builder, "format", "waymark-framework");
  json_builder_set_member_name (builder, "format_version");
  json_builder_add_int_value (builder, 1);
  add_member (builder, "id", BENCH_BIG_ID);
  add_member (builder, "version", "1");
  add_member (builder, "title", "Benchmark Framework of 2,000 Descriptors");
  add_member (builder, "short_title", "Bench 2,000");
  add_member (builder, "description", "Made up for the benchmarks: the size of a large imported framework.");
  add_member (builder, "scoring", "ladder");
  add_levels_and_ratings (builder);
  add_headings (builder, rand);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}
