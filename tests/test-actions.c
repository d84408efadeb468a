/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-actions"

#include "config.h"

#include "wm-actions.h"
#include "wm-catalog.h"
#include "wm-test-util.h"

/* Action plans: adding, refusing, listing, overdue, and changing one field at a time. */

static WmStore *
open_school (WmTestSchool *f)
{
  g_autoptr(GError) error = NULL;
  WmStore *store = wm_catalog_open_school (f->path, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
add (WmStore    *store,
     const char *framework_id,
     const char *title,
     const char *owner,
     const char *due_on,
     const char *target,
     ...)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *name;
  va_list args;
  gint64 id;

  va_start (args, target);
  while ((name = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (names, (char *) name);
  va_end (args);
  g_ptr_array_add (names, NULL);

  id = wm_actions_add (store, framework_id, (const char * const *) names->pdata, title, owner,
                       due_on, target, "Ms Khan", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static WmAction *
get (WmStore *store,
     gint64   id)
{
  g_autoptr(GError) error = NULL;
  WmAction *action = wm_actions_get (store, id, &error);

  g_assert_no_error (error);
  return action;
}

/* The ids of @list, in order, as "3 1 2". */
static char *
ids_of (GListModel *list)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WmAction) action = g_list_model_get_item (list, i);

      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i ? " " : "", wm_action_get_id (action));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static char *
list_ids (WmStore             *store,
          const WmActionQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = wm_actions_list (store, query, &error);

  g_assert_no_error (error);
  return ids_of (list);
}

static int
n_rows (WmTestSchool *f)
{
  return wm_test_sqlite_int (f->path, "SELECT (SELECT count(*) FROM actions) * 1000 + "
                                      "(SELECT count(*) FROM action_descriptors)");
}

static void
test_add (WmTestSchool  *f,
          gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(WmAction) action = NULL;
  const char * const *ids;
  g_autofree char *label = NULL;
  GDate due;
  gint64 id;

  /* Bare and qualified names, a repeat, the target by its name in another case. */
  id = add (store, NULL, "  Peer observation of questioning  ", " Mr Okafor ", "2025-03-31", "secure",
            "8.3g", "lqf:8.4g", "lqf:8.3g", NULL);
  action = get (store, id);

  g_assert_cmpint (wm_action_get_id (action), ==, id);
  g_assert_cmpstr (wm_action_get_framework_id (action), ==, "lqf");
  g_assert_cmpstr (wm_action_get_title (action), ==, "Peer observation of questioning");
  g_assert_cmpstr (wm_action_get_owner (action), ==, "Mr Okafor");
  g_assert_cmpstr (wm_action_get_due_on (action), ==, "2025-03-31");
  g_assert_true (wm_action_get_due_date (action, &due));
  g_assert_cmpint (g_date_get_day (&due), ==, 31);
  g_assert_cmpstr (wm_action_get_target_rating_id (action), ==, "secure");
  g_assert_cmpstr (wm_action_get_target_rating_name (action), ==, "Secure");
  g_assert_cmpstr (wm_action_get_status (action), ==, WM_ACTION_STATUS_PLANNED);
  g_assert_cmpstr (wm_action_get_notes (action), ==, "");
  g_assert_cmpstr (wm_action_get_created_by (action), ==, "Ms Khan");
  g_assert_cmpstr (wm_action_get_created_at (action), ==, wm_action_get_updated_at (action));
  g_assert_true (wm_action_is_open (action));

  ids = wm_action_get_descriptor_ids (action);
  g_assert_cmpuint (g_strv_length ((GStrv) ids), ==, 2);
  g_assert_cmpstr (ids[0], ==, "8.3g");
  g_assert_cmpstr (ids[1], ==, "8.4g");
  label = wm_action_dup_descriptors_label (action);
  g_assert_cmpstr (label, ==, "lqf: 8.3g, 8.4g");
  g_assert_cmpint (n_rows (f), ==, 1002);

  /* A bare id is looked for in the framework given; no owner, date or target is fine. */
  g_clear_object (&action);
  id = add (store, "habits", "Reading corners", NULL, NULL, NULL, "absorption-1", NULL);
  action = get (store, id);
  g_assert_cmpstr (wm_action_get_framework_id (action), ==, "habits");
  g_assert_cmpstr (wm_action_get_owner (action), ==, "");
  g_assert_null (wm_action_get_due_on (action));
  g_assert_false (wm_action_get_due_date (action, &due));
  g_assert_null (wm_action_get_target_rating_id (action));
  g_assert_null (wm_action_get_target_rating_name (action));
  g_assert_finalize_object (g_steal_pointer (&action));
}

static void
assert_add_refused (WmTestSchool       *f,
                    WmStore            *store,
                    const char         *framework_id,
                    const char * const *names,
                    const char         *title,
                    const char         *due_on,
                    const char         *target,
                    int                 code,
                    const char         *message)
{
  g_autoptr(GError) error = NULL;
  int before = n_rows (f);

  g_assert_cmpint (wm_actions_add (store, framework_id, names, title, "Ms Khan", due_on, target,
                                   "Ms Khan", &error), ==, 0);
  g_assert_error (error, WM_STORE_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in: %s", message, error->message);
  g_assert_cmpint (n_rows (f), ==, before);
}

static void
test_add_refused (WmTestSchool  *f,
                  gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  const char * const across[] = { "lqf:8.3g", "habits:absorption-1", NULL };
  const char * const good[] = { "8.3g", NULL };
  const char * const unknown[] = { "8.3g", "lqf:99z", NULL };
  const char * const none[] = { NULL };
  const char * const bad_dates[] = { "2025-02-30", "2025-2-3", "tomorrow", "2025-13-01",
                                     "31/03/2025", "2025-03-31T00:00", NULL };

  assert_add_refused (f, store, NULL, across, "Plan", NULL, NULL, WM_STORE_ERROR_FAILED,
                      "an action belongs to one framework");
  assert_add_refused (f, store, "lqf", (const char * const[]) { "habits:absorption-1", NULL },
                      "Plan", NULL, NULL, WM_STORE_ERROR_FAILED,
                      "Descriptor “habits:absorption-1” is not in framework lqf");
  /* A bare id the framework lacks but another has is refused the same way. */
  assert_add_refused (f, store, "lqf", (const char * const[]) { "absorption-1", NULL },
                      "Plan", NULL, NULL, WM_STORE_ERROR_FAILED, "an action belongs to one framework");
  assert_add_refused (f, store, NULL, unknown, "Plan", NULL, NULL, WM_STORE_ERROR_NOT_FOUND,
                      "No descriptor “lqf:99z”");
  assert_add_refused (f, store, "nope", good, "Plan", NULL, NULL, WM_STORE_ERROR_NOT_FOUND,
                      "No framework “nope”");
  assert_add_refused (f, store, NULL, none, "Plan", NULL, NULL, WM_STORE_ERROR_FAILED,
                      "at least one descriptor");
  assert_add_refused (f, store, NULL, good, "   ", NULL, NULL, WM_STORE_ERROR_FAILED,
                      "needs a title");
  assert_add_refused (f, store, NULL, good, "Plan", NULL, "brilliant", WM_STORE_ERROR_NOT_FOUND,
                      "“brilliant” is not a rating of framework lqf");
  assert_add_refused (f, store, NULL, good, "Plan", NULL, "Not applicable", WM_STORE_ERROR_FAILED,
                      "cannot be the rating an action aims for");
  for (guint i = 0; bad_dates[i] != NULL; i++)
    assert_add_refused (f, store, NULL, good, "Plan", bad_dates[i], NULL, WM_STORE_ERROR_FAILED,
                        "is not a date");

  /* A descriptor its framework dropped takes no new actions. */
  wm_test_sqlite_exec (f->path, "UPDATE descriptors SET retired_in = '2' "
                                "WHERE framework_id = 'lqf' AND id = '8.4g'");
  assert_add_refused (f, store, NULL, (const char * const[]) { "8.3g", "8.4g", NULL }, "Plan",
                      NULL, NULL, WM_STORE_ERROR_NOT_FOUND, "was dropped by version 2");
  g_assert_cmpint (n_rows (f), ==, 0);
}

static void
test_list (WmTestSchool  *f,
           gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *s = NULL;
  gint64 a, b, c, d, e;

  a = add (store, NULL, "Undated, Khan", "Ms Khan", NULL, NULL, "8.3g", NULL);
  b = add (store, NULL, "Late, Okafor", "Mr Okafor", "2025-06-30", NULL, "8.4g", "8.3g", NULL);
  c = add (store, NULL, "Early, nobody", NULL, "2025-01-15", NULL, "1.1b", NULL);
  d = add (store, NULL, "Middle, khan", "ms khan", "2025-03-01", NULL, "8.4g", NULL);
  e = add (store, "habits", "Habits, Okafor", "Mr Okafor", "2025-02-01", NULL, "absorption-2", NULL);
  g_assert_true (wm_actions_set_status (store, d, "done", &error));
  g_assert_no_error (error);

  /* By due date, undated last; ties by id. */
  s = list_ids (store, NULL);
  g_assert_cmpstr (s, ==, "3 5 4 2 1");
  g_clear_pointer (&s, g_free);

  /* By owner (ignoring ASCII case), then due date; unowned last. */
  s = list_ids (store, &(WmActionQuery) { .order = WM_ACTIONS_BY_OWNER });
  g_assert_cmpstr (s, ==, "5 2 4 1 3");
  g_clear_pointer (&s, g_free);

  s = list_ids (store, &(WmActionQuery) { .owner = "MS KHAN " });
  g_assert_cmpstr (s, ==, "4 1");
  g_clear_pointer (&s, g_free);

  s = list_ids (store, &(WmActionQuery) { .open_only = TRUE });
  g_assert_cmpstr (s, ==, "3 5 2 1");
  g_clear_pointer (&s, g_free);

  s = list_ids (store, &(WmActionQuery) { .framework_id = "habits" });
  g_assert_cmpstr (s, ==, "5");
  g_clear_pointer (&s, g_free);

  /* The actions of one descriptor, named either way, with all their descriptors. */
  s = list_ids (store, &(WmActionQuery) { .framework_id = "lqf", .descriptor_id = "8.4g" });
  g_assert_cmpstr (s, ==, "4 2");
  g_clear_pointer (&s, g_free);
  s = list_ids (store, &(WmActionQuery) { .descriptor_id = "lqf:8.3g", .open_only = TRUE });
  g_assert_cmpstr (s, ==, "2 1");
  g_clear_pointer (&s, g_free);
  {
    g_autoptr(WmAction) both = get (store, b);
    g_autofree char *label = wm_action_dup_descriptors_label (both);

    g_assert_cmpstr (label, ==, "lqf: 8.4g, 8.3g");
  }

  g_assert_null (wm_actions_list (store, &(WmActionQuery) { .framework_id = "nope" }, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (wm_actions_list (store, &(WmActionQuery) { .descriptor_id = "lqf:99z" }, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (wm_actions_get (store, 99, &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "No action 99"));

  (void) a, (void) c, (void) e;
}

static void
test_overdue (WmTestSchool  *f,
              gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  GDate today;
  struct {
    const char *due;
    const char *status;
    gboolean    overdue;
  } cases[] = {
    { "2025-03-09", "planned", TRUE },
    { "2024-12-31", "under-way", TRUE },
    { "2025-03-10", "planned", FALSE },     /* due today is not late yet */
    { "2025-04-01", "planned", FALSE },
    { "2025-03-01", "done", FALSE },
    { "2025-03-01", "dropped", FALSE },
    { NULL, "planned", FALSE },
  };

  g_assert_true (wm_action_parse_date ("2025-03-10", &today));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 id = add (store, NULL, "Plan", NULL, cases[i].due, NULL, "8.3g", NULL);
      g_autoptr(WmAction) action = NULL;

      g_assert_true (wm_actions_set_status (store, id, cases[i].status, &error));
      g_assert_no_error (error);
      action = get (store, id);
      g_assert_cmpint (wm_action_is_overdue (action, &today), ==, cases[i].overdue);
    }

  g_assert_false (wm_action_parse_date ("2024-02-30", &today));
  g_assert_true (wm_action_parse_date ("2024-02-29", &today));
  g_assert_false (wm_action_parse_date ("0000-01-01", &today));
  g_assert_false (wm_action_parse_date ("", &today));
  g_assert_false (wm_action_parse_date (NULL, &today));
}

static void
test_descriptors_with_open (WmTestSchool  *f,
                            gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) open = NULL;
  g_autofree char *joined = NULL;
  gint64 a, b;

  open = wm_actions_descriptors_with_open (store, "lqf", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (open), ==, 0);
  g_clear_pointer (&open, g_strfreev);

  a = add (store, NULL, "A", NULL, NULL, NULL, "8.4g", "8.3g", NULL);
  b = add (store, NULL, "B", NULL, NULL, NULL, "1.1b", "8.3g", NULL);
  add (store, "habits", "C", NULL, NULL, NULL, "absorption-1", NULL);
  g_assert_true (wm_actions_set_status (store, b, "Under way", &error));
  g_assert_no_error (error);

  open = wm_actions_descriptors_with_open (store, "lqf", &error);
  g_assert_no_error (error);
  joined = g_strjoinv (" ", open);
  g_assert_cmpstr (joined, ==, "1.1b 8.3g 8.4g");
  g_clear_pointer (&open, g_strfreev);
  g_clear_pointer (&joined, g_free);

  /* Done and dropped actions leave their descriptors. */
  g_assert_true (wm_actions_set_status (store, a, "done", &error));
  g_assert_true (wm_actions_set_status (store, b, "dropped", &error));
  g_assert_no_error (error);
  open = wm_actions_descriptors_with_open (store, "lqf", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (open), ==, 0);
  g_clear_pointer (&open, g_strfreev);

  open = wm_actions_descriptors_with_open (store, "habits", &error);
  g_assert_no_error (error);
  joined = g_strjoinv (" ", open);
  g_assert_cmpstr (joined, ==, "absorption-1");

  g_assert_null (wm_actions_descriptors_with_open (store, "nope", &error));
  g_assert_error (error, WM_STORE_ERROR, WM_STORE_ERROR_NOT_FOUND);
}

static void
assert_update_refused (WmTestSchool *f,
                       WmStore      *store,
                       gboolean    (*set) (WmStore *, gint64, const char *, GError **),
                       gint64        id,
                       const char   *value,
                       int           code,
                       const char   *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  before = wm_test_read_bytes (wal);
  g_assert_false (set (store, id, value, &error));
  g_assert_error (error, WM_STORE_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("expected “%s” in: %s", message, error->message);
  after = wm_test_read_bytes (wal);
  wm_test_assert_same_bytes (before, after);
}

static void
test_update (WmTestSchool  *f,
             gconstpointer  data)
{
  g_autoptr(WmStore) store = open_school (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(WmAction) before = NULL;
  g_autoptr(WmAction) after = NULL;
  gint64 id = add (store, NULL, "Plan", "Ms Khan", "2025-03-31", NULL, "8.3g", NULL);

  before = get (store, id);
  g_usleep (2000);   /* the stamps have microseconds; make sure the clock has moved */

  g_assert_true (wm_actions_set_status (store, id, " under_way ", &error));
  g_assert_true (wm_actions_set_due (store, id, "2025-04-30", &error));
  g_assert_true (wm_actions_set_owner (store, id, "  Mr Okafor ", &error));
  g_assert_true (wm_actions_set_title (store, id, "Plan, revised", &error));
  g_assert_true (wm_actions_set_notes (store, id, "Started at the INSET day.\nGoing well.", &error));
  g_assert_true (wm_actions_set_target (store, id, "Partial", &error));
  g_assert_no_error (error);

  after = get (store, id);
  g_assert_cmpstr (wm_action_get_status (after), ==, WM_ACTION_STATUS_UNDER_WAY);
  g_assert_cmpstr (wm_action_get_due_on (after), ==, "2025-04-30");
  g_assert_cmpstr (wm_action_get_owner (after), ==, "Mr Okafor");
  g_assert_cmpstr (wm_action_get_title (after), ==, "Plan, revised");
  g_assert_cmpstr (wm_action_get_notes (after), ==, "Started at the INSET day.\nGoing well.");
  g_assert_cmpstr (wm_action_get_target_rating_name (after), ==, "Partial");
  g_assert_cmpstr (wm_action_get_created_at (after), ==, wm_action_get_created_at (before));
  g_assert_cmpstr (wm_action_get_created_by (after), ==, "Ms Khan");
  g_assert_cmpstr (wm_action_get_updated_at (after), >, wm_action_get_updated_at (before));

  /* Writing what is there already changes nothing, not even updated_at. */
  g_clear_object (&before);
  before = g_steal_pointer (&after);
  g_usleep (2000);
  g_assert_true (wm_actions_set_status (store, id, "Under way", &error));
  g_assert_true (wm_actions_set_owner (store, id, "Mr Okafor", &error));
  g_assert_no_error (error);
  after = get (store, id);
  g_assert_cmpstr (wm_action_get_updated_at (after), ==, wm_action_get_updated_at (before));
  g_clear_object (&after);

  /* Due date and target can be taken away. */
  g_assert_true (wm_actions_set_due (store, id, NULL, &error));
  g_assert_true (wm_actions_set_target (store, id, "", &error));
  g_assert_no_error (error);
  after = get (store, id);
  g_assert_null (wm_action_get_due_on (after));
  g_assert_null (wm_action_get_target_rating_id (after));

  assert_update_refused (f, store, wm_actions_set_status, id, "finished", WM_STORE_ERROR_FAILED,
                         "“finished” is not an action status");
  assert_update_refused (f, store, wm_actions_set_due, id, "2025-04-31", WM_STORE_ERROR_FAILED,
                         "“2025-04-31” is not a date");
  assert_update_refused (f, store, wm_actions_set_title, id, " ", WM_STORE_ERROR_FAILED,
                         "Action 1 needs a title");
  assert_update_refused (f, store, wm_actions_set_target, id, "brilliant",
                         WM_STORE_ERROR_NOT_FOUND, "not a rating of framework lqf");
  assert_update_refused (f, store, wm_actions_set_status, 42, "done", WM_STORE_ERROR_NOT_FOUND,
                         "No action 42");

  g_clear_object (&before);
  before = get (store, id);
  g_assert_cmpstr (wm_action_get_updated_at (before), ==, wm_action_get_updated_at (after));
  g_assert_cmpstr (wm_action_get_status (before), ==, WM_ACTION_STATUS_UNDER_WAY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, WmTestSchool, NULL, wm_test_school_set_up, func, wm_test_school_tear_down)
  ADD ("/actions/add", test_add);
  ADD ("/actions/add-refused", test_add_refused);
  ADD ("/actions/list", test_list);
  ADD ("/actions/overdue", test_overdue);
  ADD ("/actions/descriptors-with-open", test_descriptors_with_open);
  ADD ("/actions/update", test_update);
#undef ADD

  return g_test_run ();
}
