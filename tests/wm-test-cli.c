/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-test-cli"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "wm-test-cli.h"
#include "wm-test-util.h"

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

/* @first and the rest of @ap up to NULL, as a NULL-terminated array of borrowed strings. */
GPtrArray *
wm_test_cli_collect_args (const char *first,
                          va_list     ap)
{
  GPtrArray *args = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  g_ptr_array_add (args, NULL);
  return args;
}

/* Runs waymark-cli with the NULL-terminated arguments; it must succeed, silent on stderr.
 * Returns its stdout. */
char *
wm_test_cli_run_ok (const char *file,
                    const char *first,
                    ...)
{
  g_autoptr(GPtrArray) args = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  va_list ap;

  va_start (ap, first);
  args = wm_test_cli_collect_args (first, ap);
  va_end (ap);

  g_assert_cmpint (wm_test_run_cli_argv (NULL, file, (const char * const *) args->pdata, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  return out;
}

/* Runs a command that must fail with status 2, a message containing @message, nothing on
 * stdout, and the school file (and its -wal, if any) exactly as it was. */
void
wm_test_cli_assert_refused (const char *file,
                            const char *message,
                            const char *first,
                            ...)
{
  g_autoptr(GPtrArray) args = NULL;
  g_autofree char *wal = g_strconcat (file, "-wal", NULL);
  g_autoptr(GBytes) before = wm_test_read_bytes (file);
  g_autoptr(GBytes) wal_before = wm_test_read_bytes (wal);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) wal_after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  va_list ap;

  va_start (ap, first);
  args = wm_test_cli_collect_args (first, ap);
  va_end (ap);

  g_assert_cmpint (wm_test_run_cli_argv (NULL, file, (const char * const *) args->pdata, &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "");
  if (strstr (err, message) == NULL)
    g_error ("expected “%s” in: %s", message, err);

  after = wm_test_read_bytes (file);
  wal_after = wm_test_read_bytes (wal);
  wm_test_assert_same_bytes (before, after);
  wm_test_assert_same_bytes (wal_before, wal_after);
}
