/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "cli.h"
#include "wm-evidence.h"
#include "wm-judgements.h"

/*
 * waymark-cli's evidence commands: evidence add, evidence list, evidence extract.
 */

static gboolean
is_web_address (const char *text)
{
  return g_ascii_strncasecmp (text, "http://", 7) == 0 ||
         g_ascii_strncasecmp (text, "https://", 8) == 0;
}

/* A note on one line, for a listing. */
static char *
one_line (const char *text)
{
  return g_strstrip (g_strdelimit (g_strdup (text), "\t\r\n", ' '));
}

/* What follows the label: a file's size, a link's address, a note's words. */
static char *
describe (WmEvidenceItem *item)
{
  switch (wm_evidence_item_get_kind (item))
    {
    case WM_EVIDENCE_KIND_FILE:
      return g_format_size ((guint64) wm_evidence_item_get_size (item));
    case WM_EVIDENCE_KIND_LINK:
      return g_strdup (wm_evidence_item_get_url (item));
    case WM_EVIDENCE_KIND_NOTE:
      return one_line (wm_evidence_item_get_text (item));
    default:
      g_assert_not_reached ();
    }
}

/* evidence add DESCRIPTOR FILE|URL [--label TEXT]: a string that starts with
 * http:// or https:// is a web link, anything else a file to copy in. */
int
cli_evidence_add (WmStore          *store,
                  char            **args,
                  guint             n_args,
                  const CliOptions *options)
{
  const char *name = args[0];
  const char *source = args[1];
  g_autoptr(GError) error = NULL;
  g_autoptr(WmEvidenceItem) item = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *descriptor_id = NULL;
  g_autofree char *author = wm_judgements_default_author ();
  g_autofree char *detail = NULL;
  gint64 id;

  /* The descriptor first: a wrong name copies nothing in. */
  if (!wm_judgements_resolve_descriptor (store, name, &framework_id, &descriptor_id, &error))
    return cli_fail (error);

  if (is_web_address (source))
    id = wm_evidence_add_link (store, source, options->label, author, &error);
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (source);

      id = wm_evidence_add_file (store, file, options->label, author, NULL, NULL, NULL, &error);
    }

  if (id == 0 ||
      !wm_evidence_attach (store, framework_id, descriptor_id, id, author, &error) ||
      !(item = wm_evidence_lookup (store, id, &error)))
    return cli_fail (error);

  detail = describe (item);
  if (wm_evidence_item_get_kind (item) == WM_EVIDENCE_KIND_LINK &&
      g_str_equal (detail, wm_evidence_item_get_label (item)))
    {
      g_free (detail);
      detail = g_strdup (_("web link"));
    }
  g_print (_("evidence %lld: %s (%s) attached to %s:%s\n"), (long long) id,
           wm_evidence_item_get_label (item), detail, framework_id, descriptor_id);
  return 0;
}

/* evidence list [DESCRIPTOR]: one line each: id, kind, label, size or address
 * or words, whether reviewed, and how many descriptors it is attached to. */
int
cli_evidence_list (WmStore          *store,
                   char            **args,
                   guint             n_args,
                   const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *descriptor_id = NULL;
  guint n_items;

  if (n_args > 0 &&
      !wm_judgements_resolve_descriptor (store, args[0], &framework_id, &descriptor_id, &error))
    return cli_fail (error);

  list = wm_evidence_list (store, framework_id, descriptor_id, WM_EVIDENCE_FILTER_ALL, &error);
  if (list == NULL)
    return cli_fail (error);

  n_items = g_list_model_get_n_items (list);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(WmEvidenceItem) item = g_list_model_get_item (list, i);
      g_autofree char *detail = describe (item);
      g_autofree char *label = one_line (wm_evidence_item_get_label (item));

      g_print ("%lld\t%s\t%s\t%s\t%s\t", (long long) wm_evidence_item_get_id (item),
               wm_evidence_item_get_kind_name (item), label, detail,
               wm_evidence_item_get_reviewed (item) ? _("reviewed") : _("not reviewed"));
      g_print (ngettext ("attached to %u descriptor\n", "attached to %u descriptors\n",
                         wm_evidence_item_get_n_descriptors (item)),
               wm_evidence_item_get_n_descriptors (item));
    }

  if (n_items == 0 && descriptor_id != NULL)
    g_print (_("%s:%s has no evidence yet\n"), framework_id, descriptor_id);
  else if (n_items == 0)
    g_print (_("The school file holds no evidence yet\n"));
  return 0;
}

/* evidence extract ID PATH: PATH may be a folder, for the file's own name in it. */
int
cli_evidence_extract (WmStore          *store,
                      char            **args,
                      guint             n_args,
                      const CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WmEvidenceItem) item = NULL;
  g_autoptr(GFile) dest = g_file_new_for_commandline_arg (args[1]);
  g_autofree char *where = NULL;
  gint64 id = 0;

  if (!g_ascii_string_to_signed (args[0], 10, 1, G_MAXINT64, &id, NULL))
    {
      g_set_error (&error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND,
                   _("“%s” is not an evidence number: see “waymark-cli evidence list”"), args[0]);
      return cli_fail (error);
    }

  if (!(item = wm_evidence_lookup (store, id, &error)))
    return cli_fail (error);

  if (g_file_query_file_type (dest, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY &&
      wm_evidence_item_get_file_name (item) != NULL)
    {
      GFile *child = g_file_get_child_for_display_name (dest, wm_evidence_item_get_file_name (item),
                                                        &error);
      if (child == NULL)
        return cli_fail (error);
      g_set_object (&dest, child);
      g_object_unref (child);
    }

  if (!wm_evidence_extract (store, id, dest, NULL, &error))
    return cli_fail (error);

  where = g_file_get_parse_name (dest);
  g_print (_("evidence %lld: %s written to %s\n"), (long long) id,
           wm_evidence_item_get_label (item), where);
  return 0;
}
