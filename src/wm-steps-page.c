/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wm-steps-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wm-plan.h"
#include "wm-steps-page-private.h"
#include "wm-steps.h"

/*
 * The Small Steps page of the planner: the log as a timeline, newest first, a header for each
 * week with its count, a search over who, what and what a step serves, and a line that says
 * how many steps the term has seen so far. It follows the school file's "changed::steps", a
 * moment later, so a step added from the command line or another window shows too.
 */

G_DEFINE_FINAL_TYPE (WmStepsPage, wm_steps_page, GTK_TYPE_WIDGET)

/* @date (YYYY-MM-DD) in @format, for g_date_time_format(); @date itself if it is not a date. */
char *
wm_steps_page_format_date (const char *date,
                           const char *format)
{
  g_autoptr(GDateTime) time = NULL;
  char *text = NULL;
  int year, month, day;

  if (date != NULL && sscanf (date, "%4d-%2d-%2d", &year, &month, &day) == 3 &&
      (time = g_date_time_new_utc (year, month, day, 0, 0, 0)) != NULL)
    text = g_date_time_format (time, format);
  return text != NULL ? text : g_strdup (date != NULL ? date : "");
}

void
wm_steps_page_show_error (WmStepsPage *self,
                          const char  *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * wm_steps_page_dup_today:
 *
 * Returns: (transfer full): the day the page counts "this term" to and the add form starts
 *   at, YYYY-MM-DD: the local date unless wm_steps_page_set_today() chose another
 */
char *
wm_steps_page_dup_today (WmStepsPage *self)
{
  char text[11];
  GDate today;

  g_return_val_if_fail (WM_IS_STEPS_PAGE (self), NULL);

  if (self->today != NULL)
    return g_strdup (self->today);
  /* The same today as the rest of the planner (WAYMARK_TODAY when it is set). */
  if (!wm_plan_get_today (&today, NULL))
    g_date_set_time_t (&today, time (NULL));
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &today);
  return g_strdup (text);
}

static WmStep *
row_get_step (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "step") : NULL;
}

/* "Week of 16 November: 3 steps" above the first step of each week. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  WmStepsPage *self = user_data;
  WmStep *step = row_get_step (row);
  WmStep *previous = row_get_step (before);
  const char *week = step != NULL ? wm_step_get_week_start (step) : "";
  g_autofree char *today = NULL;
  g_autofree char *monday = NULL;
  g_autofree char *text = NULL;
  GtkWidget *header;
  guint n;

  if (step == NULL || (previous != NULL && g_str_equal (wm_step_get_week_start (previous), week)))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  /* The year is left out for the weeks of this year. */
  today = wm_steps_page_dup_today (self);
  monday = wm_steps_page_format_date (week, strncmp (week, today, 4) == 0
                                              /* TRANSLATORS: a week's Monday, this year (g_date_time_format) */
                                              ? _("%-d %B")
                                              /* TRANSLATORS: a week's Monday, another year (g_date_time_format) */
                                              : _("%-d %B %Y"));
  n = GPOINTER_TO_UINT (g_hash_table_lookup (self->week_counts, week));
  text = g_strdup_printf (g_dngettext (NULL, "Week of %s: %u step", "Week of %s: %u steps", n), monday, n);

  header = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_top (header, before != NULL ? 18 : 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_list_box_row_set_header (row, header);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  WmStep *step = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *date = wm_steps_page_format_date (wm_step_get_taken_on (step),
                                                     /* TRANSLATORS: a day (g_date_time_format) */
                                                     _("%-d %B %Y"));
  g_autofree char *delete_label = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *serves = wm_step_get_serves_name (step);
  const char *evidence = wm_step_get_evidence_label (step);

  /* TRANSLATORS: a small step's date and who took it */
  g_string_append_printf (subtitle, _("%s · %s"), date, wm_step_get_who (step));
  if (*serves != '\0')
    /* TRANSLATORS: the habit or descriptor a small step serves: "Absorption", "8.3g" */
    g_string_append_printf (subtitle, _(" · serves %s"), serves);
  if (*evidence != '\0')
    g_string_append_printf (subtitle, _(" · evidence: %s"), evidence);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wm_step_get_what (step));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  if (*wm_step_get_serves_text (step) != '\0')
    gtk_widget_set_tooltip_text (row, wm_step_get_serves_text (step));

  delete_label = g_strdup_printf (_("Delete “%s”"), wm_step_get_what (step));
  gtk_widget_set_tooltip_text (delete_button, _("Delete Step"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  delete_label, -1);
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete_button), "steps.delete");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (delete_button),
                                          g_variant_new_int64 (wm_step_get_id (step)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button);

  g_object_set_data_full (G_OBJECT (row), "step", g_object_ref (step), g_object_unref);
  return row;
}

/* "12 steps this term, about 2 a week", the weeks counted from the term's start to today. */
static void
update_term_line (WmStepsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autofree char *today = wm_steps_page_dup_today (self);
  g_autofree char *start = NULL, *end = NULL, *name = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  double per_week;
  guint n = 0;

  if (!wm_steps_term_bounds (today, &start, &end, &name, &error) ||
      !(weeks = wm_steps_count_by_week (self->store, start, strcmp (today, end) < 0 ? today : end,
                                        &error)))
    {
      gtk_label_set_label (self->term_label, error->message);
      return;
    }

  for (guint i = 0; i < weeks->len; i++)
    n += g_array_index (weeks, WmStepsWeek, i).n_steps;
  per_week = weeks->len > 0 ? (double) n / weeks->len : 0.0;
  /* Whole numbers read better without their ".0". */
  rate = fabs (per_week - round (per_week)) < 0.05 ? g_strdup_printf ("%.0f", per_week)
                                                   : g_strdup_printf ("%.1f", per_week);
  if (n == 0)
    text = g_strdup (_("No steps yet this term"));
  else
    text = g_strdup_printf (g_dngettext (NULL, "%u step this term, about %s a week",
                                         "%u steps this term, about %s a week", n), n, rate);
  gtk_label_set_label (self->term_label, text);

  /* TRANSLATORS: a day (g_date_time_format) */
  first_day = wm_steps_page_format_date (start, _("%-d %B %Y"));
  tooltip = g_strdup_printf (g_dngettext (NULL, "%s, from %s: %u week so far",
                                          "%s, from %s: %u weeks so far", weeks->len),
                             name, first_day, weeks->len);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->term_label), tooltip);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Whether the school has logged no step at all, whatever the search. */
static gboolean
log_is_empty (WmStepsPage *self)
{
  WmStepQuery query = { 0 };
  g_autoptr(GListModel) all = wm_steps_list (self->store, &query, NULL);

  return all != NULL && g_list_model_get_n_items (all) == 0;
}

static void
reload (WmStepsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) steps = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  WmStepQuery query = { .search = is_blank (search) ? NULL : search };
  guint n;

  g_hash_table_remove_all (self->week_counts);
  if (self->store == NULL)
    {
      gtk_list_box_bind_model (self->steps_list, NULL, NULL, NULL, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (!(steps = wm_steps_list (self->store, &query, &error)))
    {
      wm_steps_page_show_error (self, error->message);
      steps = G_LIST_MODEL (g_list_store_new (WM_TYPE_STEP));
    }

  /* The counts first: the headers read them as the rows are bound. */
  n = g_list_model_get_n_items (steps);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WmStep) step = g_list_model_get_item (steps, i);
      const char *week = wm_step_get_week_start (step);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->week_counts, week));

      g_hash_table_insert (self->week_counts, g_strdup (week), GUINT_TO_POINTER (count + 1));
    }
  gtk_list_box_bind_model (self->steps_list, steps, create_row, self, NULL);

  gtk_stack_set_visible_child_name (self->stack,
                                    n == 0 && (query.search == NULL || log_is_empty (self))
                                    ? "empty" : "log");
  update_term_line (self);
}

static gboolean
reload_cb (gpointer data)
{
  WmStepsPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* An import may write many steps at once: one reload for the burst. */
static void
steps_changed_cb (WmStepsPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_cb, self, NULL);
}

void
wm_steps_page_set_store (WmStepsPage *self,
                         WmStore     *store)
{
  g_return_if_fail (WM_IS_STEPS_PAGE (self));
  g_return_if_fail (store == NULL || WM_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed::steps", G_CALLBACK (steps_changed_cb), self,
                             G_CONNECT_SWAPPED);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload (self);
}

/**
 * wm_steps_page_set_today:
 * @today: (nullable): YYYY-MM-DD; %NULL for the local date
 *
 * Sets the day that "this term" is counted to, and that the add form offers.
 */
void
wm_steps_page_set_today (WmStepsPage *self,
                         const char  *today)
{
  g_return_if_fail (WM_IS_STEPS_PAGE (self));

  if (g_strcmp0 (self->today, today) == 0)
    return;
  g_free (self->today);
  self->today = g_strdup (today);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload (self);
}

static void
search_changed_cb (WmStepsPage *self)
{
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload (self);
}

/* steps.add */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  WmStepsPage *self = WM_STEPS_PAGE (widget);
  g_autofree char *today = wm_steps_page_dup_today (self);
  WmStepDraft draft = { .taken_on = today };

  if (self->store != NULL)
    wm_steps_page_open_add_form (self, &draft, NULL);
}

/* steps.delete (x): asks first */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WmStepsPage *self = WM_STEPS_PAGE (widget);

  if (self->store != NULL)
    wm_steps_page_confirm_delete (self, g_variant_get_int64 (parameter));
}

static void
wm_steps_page_dispose (GObject *object)
{
  WmStepsPage *self = WM_STEPS_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), WM_TYPE_STEPS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (wm_steps_page_parent_class)->dispose (object);
}

static void
wm_steps_page_finalize (GObject *object)
{
  WmStepsPage *self = WM_STEPS_PAGE (object);

  g_free (self->today);
  g_hash_table_unref (self->week_counts);
  G_OBJECT_CLASS (wm_steps_page_parent_class)->finalize (object);
}

static void
wm_steps_page_class_init (WmStepsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wm_steps_page_dispose;
  object_class->finalize = wm_steps_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/waymark/Waymark/wm-steps-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WmStepsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WmStepsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, WmStepsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WmStepsPage, term_label);
  gtk_widget_class_bind_template_child (widget_class, WmStepsPage, steps_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);

  gtk_widget_class_install_action (widget_class, "steps.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "steps.delete", "x", delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "steps.add", NULL);
}

static void
wm_steps_page_init (WmStepsPage *self)
{
  GtkWidget *placeholder;

  self->week_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No small steps match the search"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_list_box_set_placeholder (self->steps_list, placeholder);
  gtk_list_box_set_header_func (self->steps_list, update_header, self, NULL);

  /* Typing anywhere on the page searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}
