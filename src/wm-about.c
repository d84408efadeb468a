/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-about"

#include "config.h"

#include <glib/gi18n.h>

#include "wm-about.h"

/*
 * The About window, filled in from what the metainfo says. libadwaita 1.2 cannot read the
 * metainfo itself (adw_about_window_new_from_appdata() came in 1.4), so its words are copied
 * here: the summary, the links, and the notes of the release that PACKAGE_VERSION is. Each
 * paragraph and item is the same message as in the metainfo, so they share one translation;
 * tests/test-welcome.c fails when the copy and the metainfo part.
 */

/* The current release's <description>, in order: its paragraphs, then its list. */
static const char * const release_paragraphs[] = {
  N_("This release shows governors how far the school has come."),
};

static const char * const release_items[] = {
  N_("The Chart page: a radar chart of where the school stands now against up to seven "
     "snapshots, with what it tells you and what to do next"),
  N_("The report for governors: the chart, the score of each element and how it moved, "
     "strengths and next steps, on A4"),
  N_("Printing the report, or exporting it as PDF, SVG, PNG or an ODF document to edit"),
  N_("A copy of the school file every day, kept for a week and then weekly for a month, and "
     "restored from the main menu"),
};

/**
 * wm_about_release_notes:
 *
 * Returns: (transfer full): the notes of this release, as AppStream description markup
 *   (translated)
 */
char *
wm_about_release_notes (void)
{
  GString *notes = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (release_paragraphs); i++)
    {
      g_autofree char *text = g_markup_escape_text (_(release_paragraphs[i]), -1);

      g_string_append_printf (notes, "<p>%s</p>\n", text);
    }
  g_string_append (notes, "<ul>\n");
  for (guint i = 0; i < G_N_ELEMENTS (release_items); i++)
    {
      g_autofree char *text = g_markup_escape_text (_(release_items[i]), -1);

      g_string_append_printf (notes, "<li>%s</li>\n", text);
    }
  g_string_append (notes, "</ul>");
  return g_string_free (notes, FALSE);
}

/* The versions a bug report needs. */
static char *
debug_info (void)
{
  return g_strdup_printf ("Waymark %s (%s)\nGLib %u.%u.%u\nGTK %u.%u.%u\nlibadwaita %u.%u.%u\n",
                          PACKAGE_VERSION, APP_ID,
                          glib_major_version, glib_minor_version, glib_micro_version,
                          gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
                          adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version ());
}

/**
 * wm_about_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): a new About window, not yet shown
 */
GtkWidget *
wm_about_window_new (GtkWindow *parent)
{
  const char *developers[] = { _("The Waymark developers"), NULL };
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  g_autofree char *notes = wm_about_release_notes ();
  g_autofree char *debug = debug_info ();

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  adw_about_window_set_application_name (about, _("Waymark"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Waymark developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_comments (about, _("Judge where your school stands and plan the next step"));
  adw_about_window_set_website (about, WM_ABOUT_WEBSITE);
  adw_about_window_set_issue_url (about, WM_ABOUT_ISSUE_URL);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (about, _("© 2026 The Waymark developers"));
  adw_about_window_set_release_notes_version (about, PACKAGE_VERSION);
  adw_about_window_set_release_notes (about, notes);
  adw_about_window_set_debug_info (about, debug);
  /* Translators: your name, and how to reach you, one translator a line. */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  return GTK_WIDGET (about);
}
