/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-test-cli"

#include "config.h"

#include <sys/wait.h>

#include "wm-test-cli.h"

/* Running the real waymark-cli (named by $WAYMARK_CLI) from a test. */

static const char *
cli_path (void)
{
  const char *path = g_getenv ("WAYMARK_CLI");

  if (path == NULL || *path == '\0')
    g_error ("WAYMARK_CLI is not set: it must name the waymark-cli binary to test");
  return path;
}

/* The child's environment: untranslated messages, and @data_home if given. */
static char **
child_environ (const char *data_home)
{
  char **envp = g_get_environ ();

  envp = g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  if (data_home != NULL)
    envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  return envp;
}

/* Runs waymark-cli [--file @file] @args and returns its exit status. */
int
wm_test_run_cli_argv (const char         *data_home,
              const char         *file,
              const char * const *args,
              char              **out,
              char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = child_environ (data_home);
  int status = 0;

  g_ptr_array_add (argv, (char *) cli_path ());
  if (file != NULL)
    {
      g_ptr_array_add (argv, (char *) "--file");
      g_ptr_array_add (argv, (char *) file);
    }
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* As wm_test_run_cli_argv(), the arguments given as a NULL-terminated list. */
int
wm_test_run_cli (const char  *file,
         char       **out,
         char       **err,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return wm_test_run_cli_argv (NULL, file, (const char * const *) args->pdata, out, err);
}

/* Runs a command that must succeed silently on stderr; returns its stdout. */
char *
wm_test_cli_ok (const char *file,
        const char *a,
        const char *b,
        const char *c)
{
  const char *args[] = { a, b, c, NULL };
  g_autofree char *err = NULL;
  char *out = NULL;

  g_assert_cmpint (wm_test_run_cli_argv (NULL, file, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  return out;
}
