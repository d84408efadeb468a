/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "wm-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WmApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* WAYMARK_LOCALEDIR: the translations of an uninstalled build (build-aux/run.sh sets it). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WAYMARK_LOCALEDIR") ? g_getenv ("WAYMARK_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Waymark"));

  app = wm_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
