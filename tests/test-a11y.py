#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The running app as a screen reader sees it, through AT-SPI.

    test-a11y.py WAYMARK [WAYMARK-CLI]

Run under tests/with-display.sh (Xvfb and a D-Bus session of its own). WAYMARK-CLI defaults
to $WAYMARK_CLI. The test makes a school file with the CLI, starts the app on it and:

1. walks the accessible tree of every screen it reaches (the grid, a rating menu, the detail
   pane, the chart page, the secondary windows, and the popovers of their menu buttons, open
   or closed) and collects every control without a name:
   buttons, toggles, check boxes, menu items, tabs, entries, list rows, the grid's descriptor
   cells and the charts (which need a description too), and every enabled control that the
   keyboard cannot reach. It fails listing them all, each with its parent chain and tooltip;
2. does a headteacher's task through AT-SPI alone: picks another framework in the sidebar,
   then the LQF, opens a descriptor's rating menu and chooses "Secure", and rates a second
   descriptor with the keyboard alone (Escape, then the rating's digit); the school file must
   hold both ratings, and the rating buttons must say them;
3. shows the chart page, whose radar chart must be named and described, the description
   naming every element.

GTK 4.8 names an unlabelled widget after its type ("GtkImage", "GtkMenuButton"), and a button
after its content: such names count as missing. GTK 4.8 cannot label a list row (GtkListItem
has no accessible label before GTK 4.12): a row counts as named when its content is.
Exit status: 0 passed, 1 failed, 77 skipped (no pyatspi)."""

import contextlib
import ctypes
import ctypes.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time


def hold_display():
    """Xvfb started without -noreset resets when its last client leaves: the accessibility bus
    launcher's short visit then closes the display under the app starting (one start in three
    here failed with "cannot open display"). One connection held from the start prevents it."""
    library = ctypes.util.find_library("X11")
    if not library or not os.environ.get("DISPLAY"):
        return None
    x11 = ctypes.CDLL(library)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    return x11.XOpenDisplay(None)


DISPLAY_CONNECTION = hold_display()

# The suite's G_DEBUG=fatal-warnings is meant for the app; libatspi here warns about GTK 4.8
# having no AT-SPI cache, which must not kill the test. GLib reads it when gi is imported.
APP_G_DEBUG = os.environ.pop("G_DEBUG", None)

try:
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, GLib
    import pyatspi
except (ImportError, ValueError):
    # The python3 first on PATH may be one without Debian's gi and pyatspi.
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and \
            os.access("/usr/bin/python3", os.X_OK):
        if APP_G_DEBUG is not None:
            os.environ["G_DEBUG"] = APP_G_DEBUG
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("pyatspi (python3-pyatspi, gir1.2-atspi-2.0) is not installed: skipping")
    sys.exit(77)

APP_TIMEOUT = 20      # seconds for the app to appear on the accessibility bus
STEP_TIMEOUT = 10     # seconds for one step of the task to show its effect
KEY_ESCAPE = 0xff1b

# Roles that must carry a name of their own.
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "menu item",
    "check menu item", "radio menu item", "page tab", "entry", "password text",
    "spin button", "combo box", "slider", "switch", "link", "table cell", "tree item",
    "menu button",
}
# Of those, the ones the keyboard must be able to reach when they are enabled.
KEYBOARD_ROLES = CONTROL_ROLES - {"table cell", "tree item"}
TYPE_NAME = re.compile(r"(Gtk|Adw|Wm)[A-Z]\w*")
# Unnamed controls inside these library widgets are the library's defect, with no API for the
# app to fix them: they are listed, not counted.
LIBRARY_DEFECTS = {
    "AdwToastWidget": "libadwaita 1.2 gives a toast's close button no accessible name",
}
# Windows opened from the main window's actions and walked in turn, when the build has them.
SECONDARY_ACTIONS = ["win.scores", "win.compare", "win.plan", "win.planner", "win.take-snapshot"]


class Failure(Exception):
    pass


def real_name(text):
    """A name a person can use: not empty, not GTK 4.8's fallback to the type's name."""
    return bool(text and text.strip()) and not TYPE_NAME.fullmatch(text.strip())


def safe(fn, default=None):
    """Objects vanish while we read them (a popover closing, a row recycled)."""
    try:
        return fn()
    except (GLib.GError, RuntimeError, LookupError, NotImplementedError):
        return default


def children(node):
    count = safe(lambda: node.childCount, 0)
    for i in range(count):
        child = safe(lambda: node.getChildAtIndex(i))
        if child is not None:
            yield child


def role(node):
    return safe(node.getRoleName, "")


def name(node):
    return safe(lambda: node.name, "") or ""


def description(node):
    return safe(lambda: node.description, "") or ""


def has_state(node, state):
    return bool(safe(lambda: node.getState().contains(state), False))


def action_names(node):
    def read():
        action = node.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    return safe(read, [])


def do_action(node, action_name):
    names = action_names(node)
    if action_name not in names:
        raise Failure(f"{describe(node)} has no action {action_name!r} (it has {names})")
    if not safe(lambda: node.queryAction().doAction(names.index(action_name)), False):
        raise Failure(f"the action {action_name!r} of {describe(node)} failed")


def extents(node):
    # Window coordinates: GTK warns on screen ones, and the suite makes warnings fatal.
    box = safe(lambda: node.queryComponent().getExtents(pyatspi.WINDOW_COORDS))
    return (box.width, box.height) if box is not None else (0, 0)


def walk(node, path=()):
    """Every node under @node with its ancestors, depth first."""
    yield node, path
    for child in children(node):
        yield from walk(child, path + (node,))


def find_all(top, predicate):
    return [node for node, _ in walk(top) if safe(lambda: predicate(node), False)]


def find_first(top, predicate):
    return next((node for node, _ in walk(top) if safe(lambda: predicate(node), False)), None)


def labels_under(node):
    return [name(n) for n, _ in walk(node) if role(n) == "label" and name(n).strip()]


def describe(node):
    text = f"{role(node)} {name(node)!r}"
    if description(node):
        text += f" (tooltip/description {description(node)!r})"
    return text


def chain(path):
    """The ancestors worth reading: named ones and GTK's type names; runs of anonymous boxes
    become one ellipsis."""
    parts = []
    for node in path:
        label = name(node).strip()
        part = f"{role(node)} {label!r}" if label else "…"
        if part != "…" or not parts or parts[-1] != "…":
            parts.append(part)
    return " > ".join(parts)


def is_menu_button_wrapper(node):
    """GTK 4.8's GtkMenuButton: an inert "push button" around the toggle that takes the focus
    and the click; the toggle is what a screen reader speaks, so only the toggle is checked."""
    if role(node) != "push button" or action_names(node):
        return False
    kids = list(children(node))
    return len(kids) == 1 and role(kids[0]) in ("push button", "toggle button")


def popovers(menu_button):
    def read():
        return [relation.getTarget(i) for relation in menu_button.getRelationSet()
                if relation.getRelationType() == pyatspi.RELATION_CONTROLLER_FOR
                for i in range(relation.getNTargets())]
    return safe(read, [])


def descriptor_cell(button, path):
    """The grid cell around a rating button, or None. The button carries the descriptor's text
    as its description, and the cell's root box holds the text's label; the cell is that box's
    parent (ui/wm-descriptor-cell.ui: WmDescriptorCell > box > (box > button), text)."""
    text = description(button)
    if not text:
        return None
    for depth in range(1, min(4, len(path))):
        box = path[-depth]
        if any(role(c) == "label" and name(c) == text for c in children(box)):
            cell = path[-depth - 1]
            return cell if safe(lambda: cell.childCount) == 1 else box
    return None


def ancestors_of(node, path):
    for index, ancestor in enumerate(path):
        if ancestor == node:
            return path[:index]
    return path


class Audit:
    """Every unnamed control found on every screen, each reported once."""

    def __init__(self):
        self.offenders = {}
        self.library_defects = set()
        self.seen_popovers = set()

    def add(self, screen, problem, node, path, example=None):
        key = (problem, role(node), name(node), description(node), chain(path))
        owners = [LIBRARY_DEFECTS[name(a)] for a in path if name(a) in LIBRARY_DEFECTS]
        if owners:
            self.library_defects.add(f"{owners[0]}: {describe(node)} in {chain(path)}")
            return
        entry = self.offenders.setdefault(key, {"screens": {}, "examples": []})
        entry["screens"][screen] = entry["screens"].get(screen, 0) + 1
        if example and len(entry["examples"]) < 3:
            entry["examples"].append(example)

    def scan(self, top, screen):
        counts = {"controls": 0, "rows": 0, "cells": 0, "images": 0}
        before = len(self.offenders)
        self.seen_popovers = set()
        start = time.monotonic()
        self._visit(top, (), screen, counts, inside_control=False)
        print(f"  {screen} ({time.monotonic() - start:.1f} s): checked {counts['controls']} "
              f"controls, {counts['rows']} list rows, {counts['cells']} descriptor cells, "
              f"{counts['images']} images; "
              f"{len(self.offenders) - before} new kinds of problem")
        return counts

    def _visit(self, node, path, screen, counts, inside_control):
        """Returns whether @node or anything in it has a name (what a list row is read by)."""
        node_role = role(node)
        node_name = name(node)
        named = real_name(node_name)
        wrapper = is_menu_button_wrapper(node)
        is_control = node_role in CONTROL_ROLES or (
            node_role == "text" and has_state(node, pyatspi.STATE_EDITABLE))

        if is_control and not wrapper:
            counts["controls"] += 1
            if not named:
                self.add(screen, "control without a name", node, path)
            if (node_role in KEYBOARD_ROLES and action_names(node)
                    and has_state(node, pyatspi.STATE_SENSITIVE)
                    and not has_state(node, pyatspi.STATE_FOCUSABLE)):
                self.add(screen, "control the keyboard cannot reach (not focusable)", node, path)
        if wrapper:
            cell = descriptor_cell(node, path)
            if cell is None:
                # A closed popover is out of the tree but still there, through the relation.
                for popover in popovers(node):
                    key = safe(lambda: popover.path)
                    if key not in self.seen_popovers:
                        self.seen_popovers.add(key)
                        self._visit(popover, path + (node,), screen, counts, False)
            else:
                counts["cells"] += 1
                if not real_name(name(cell)):
                    self.add(screen, "descriptor cell without a name", cell,
                             ancestors_of(cell, path)[-6:],
                             example=f"the cell whose rating button says {node_name!r}")
        # An icon inside a control or a list row is part of it (an expander's arrow, a status
        # icon): the control or the row is what the keyboard reaches, and what gets checked.
        if node_role == "image" and not inside_control:
            counts["images"] += 1
            if not named:
                self.add(screen, "image without a name (name it, or make it presentation)",
                         node, path)
            width, height = extents(node)
            chart = has_state(node, pyatspi.STATE_FOCUSABLE) or (width >= 100 and height >= 100)
            if chart and not description(node).strip():
                self.add(screen, "chart without a description", node, path)

        content_named = False
        for child in children(node):
            inside = inside_control or is_control or node_role == "list item"
            if self._visit(child, path + (node,), screen, counts, inside):
                content_named = True

        if node_role == "list item":
            counts["rows"] += 1
            if not named and not content_named:
                self.add(screen, "list row without a name or named content", node, path)
        return named or content_named

    def report(self):
        for defect in sorted(self.library_defects):
            print(f"not counted, a library's defect: {defect}")
        if not self.offenders:
            return True
        # The same widget is met again on each screen: count it on the screen with most.
        total = sum(max(entry["screens"].values()) for entry in self.offenders.values())
        print(f"\nFAIL: {total} accessibility problems ({len(self.offenders)} kinds):")
        for (problem, node_role, node_name, desc, where), entry in sorted(self.offenders.items()):
            count = max(entry["screens"].values())
            times = f" ×{count}" if count > 1 else ""
            print(f"- {problem}{times}: {node_role} named {node_name!r}"
                  + (f", tooltip/description {desc!r}" if desc else ", no tooltip"))
            print(f"    where: {where}")
            for example in entry["examples"]:
                print(f"    for example: {example}")
            print(f"    seen on: {', '.join(entry['screens'])}")
        return False


class App:
    """The app under test, started on its own default school file."""

    def __init__(self, binary, home):
        self.log_path = os.path.join(home, "app.log")
        env = dict(os.environ)
        env.update({
            "XDG_DATA_HOME": os.path.join(home, "data"),
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_CACHE_HOME": os.path.join(home, "cache"),
            "GSETTINGS_BACKEND": "memory",
            "LC_ALL": "C.UTF-8",    # the names looked for ("Chart") are the source strings
        })
        env.pop("LANGUAGE", None)
        env.setdefault("GSETTINGS_SCHEMA_DIR",
                       os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(binary))),
                                    "data"))
        env.pop("GTK_A11Y", None)   # "none" would take the app off the accessibility bus
        if APP_G_DEBUG:
            env["G_DEBUG"] = APP_G_DEBUG
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen([binary], env=env, stdout=self.log,
                                        stderr=subprocess.STDOUT)
        self.accessible = None

    def check_alive(self):
        if self.process.poll() is not None:
            raise Failure(f"the app exited with status {self.process.returncode}")

    def poll(self, what, fn, timeout=STEP_TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            self.check_alive()
            result = safe(fn)
            if result:
                return result
            if time.monotonic() > deadline:
                raise Failure(f"timed out after {timeout} s waiting for {what}")
            time.sleep(0.1)

    def wait_on_bus(self):
        def find():
            desktop = pyatspi.Registry.getDesktop(0)
            for candidate in children(desktop):
                if safe(candidate.get_process_id) == self.process.pid:
                    return candidate
            return None
        start = time.monotonic()
        self.accessible = self.poll("the app on the accessibility bus", find, APP_TIMEOUT)
        # GTK 4.8 has no AT-SPI cache for us to trust: read everything afresh.
        safe(lambda: self.accessible.set_cache_mask(Atspi.Cache.NONE))
        print(f"  the app is on the accessibility bus after {time.monotonic() - start:.1f} s")

    def windows(self):
        return [w for w in children(self.accessible) if role(w) in ("frame", "dialog", "window")]

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def print_log(self):
        with open(self.log_path) as log:
            text = log.read().strip()
        if text:
            print("The app's output:\n" + text)


def make_school(cli, path):
    """A small school: a few LQF judgements with a note, evidence, a snapshot and an action.
    1.1g and 1.2g stay not yet started: the task rates them."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    commands = [
        ["school", "name", "Hillside Primary"],
        ["rate", "lqf:1.1b", "developing", "--note", "Staff survey done in September"],
        ["rate", "lqf:2.1b", "partial"],
        ["snapshot", "create", "lqf", "Autumn term", "--date", "2024-12-01"],
        ["rate", "lqf:1.2b", "secure"],
        ["rate", "lqf:1.1s", "developing"],
        ["evidence", "add", "lqf:1.1b", "https://example.org/vision",
         "--label", "Vision statement"],
        ["action", "add", "Review the vision with governors", "lqf:1.1s",
         "--owner", "Head teacher", "--due", "2025-03-01"],
    ]
    for command in commands:
        result = subprocess.run([cli, "--file", path] + command, capture_output=True, text=True)
        if result.returncode != 0:
            raise Failure(f"waymark-cli {' '.join(command)} failed: {result.stderr.strip()}")


def query(path, sql, *args):
    """Reads the school file beside the app, read-only."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return db.execute(sql, args).fetchall()


def rating_in_file(path, descriptor):
    rows = query(path, "SELECT rating_id FROM judgements WHERE framework_id = 'lqf' "
                       "AND descriptor_id = ?", descriptor)
    return rows[0][0] if rows else None


def sidebar(app, short_title):
    """The framework list: the list with a row that shows @short_title."""
    def find():
        for node, _ in walk(app.windows()[0]):
            if role(node) == "list" and any(short_title in labels_under(row)
                                            for row in children(node)):
                return node
        return None
    return app.poll("the framework list in the sidebar", find)


def pick_framework(app, school, framework_id):
    short_title, title = query(school, "SELECT short_title, title FROM frameworks WHERE id = ?",
                               framework_id)[0]
    frameworks = sidebar(app, short_title)
    rows = list(children(frameworks))
    for index, row in enumerate(rows):
        texts = labels_under(row) + [description(n) for n, _ in walk(row)]
        if short_title in texts or title in texts:
            if not safe(lambda: frameworks.querySelection().selectChild(index), False):
                raise Failure(f"the sidebar refused to select {title!r} through AT-SPI")
            app.poll(f"the window to show {title!r}",
                     lambda: find_first(app.windows()[0],
                                        lambda n: role(n) == "label" and name(n) == title))
            print(f"  picked {title!r} in the sidebar (row {index})")
            return
    raise Failure(f"no row for {title!r} among the sidebar's {len(rows)} rows")


def rating_button(app, descriptor):
    """The button that opens @descriptor's rating menu, found by the cell's id label."""
    def find():
        for node, path in walk(app.windows()[0]):
            if role(node) == "label" and name(node) == descriptor and path:
                for ancestor in reversed(path[-4:]):
                    buttons = [b for b in find_all(ancestor, lambda n: role(n) == "push button")
                               if "click" in action_names(b)]
                    if buttons:
                        return buttons[0]
        return None
    return app.poll(f"the rating button of {descriptor}", find)


def wait_for_grid(app, descriptor):
    """The grid fills in row by row: wait until its list has stopped growing."""
    grid = rating_button(app, descriptor)
    while grid is not None and role(grid) != "list":
        grid = safe(lambda: grid.parent)
    if grid is None:
        raise Failure(f"the rating button of {descriptor} is in no list")
    sizes = []

    def settled():
        sizes.append(safe(lambda: grid.childCount, 0))
        return len(sizes) >= 5 and len(set(sizes[-5:])) == 1
    app.poll("the grid to fill in", settled)
    print(f"  the grid shows {sizes[-1]} rows")


def open_menu(app, button):
    do_action(button, "click")
    menu = app.poll("the rating menu", lambda: find_first(
        app.windows()[0], lambda n: role(n) == "menu item"))
    return find_all(menu.parent, lambda n: role(n) == "menu item")


def rate_with_menu(app, audit, school, descriptor, rating_id):
    label = query(school, "SELECT name FROM ratings WHERE framework_id = 'lqf' AND id = ?",
                  rating_id)[0][0]
    button = rating_button(app, descriptor)
    print(f"  {descriptor}'s rating button: {describe(button)}")
    items = open_menu(app, button)
    print(f"  its menu offers {[name(i) for i in items]}")
    audit.scan(app.windows()[0], "the grid with a rating menu open")
    chosen = [i for i in items if name(i) == label]
    if not chosen:
        raise Failure(f"the rating menu of {descriptor} has no item {label!r}")
    do_action(chosen[0], "click")
    app.poll(f"{descriptor} to be {rating_id} in the school file",
             lambda: rating_in_file(school, descriptor) == rating_id)
    app.poll(f"{descriptor}'s rating button to say {label!r}", lambda: label in name(button))
    print(f"  chose {label!r}: the school file has {descriptor} {rating_id}, "
          f"the button says {name(button)!r}")


def rate_with_keyboard(app, school, descriptor, rating_id):
    """Escape closes the menu and gives the focus back to the rating button; the rating's
    place on the scale, typed as a digit, rates the descriptor."""
    label = query(school, "SELECT name FROM ratings WHERE framework_id = 'lqf' AND id = ?",
                  rating_id)[0][0]
    button = rating_button(app, descriptor)
    items = open_menu(app, button)
    labels = [name(i) for i in items]
    if label not in labels:
        raise Failure(f"the rating menu of {descriptor} has no item {label!r}: {labels}")
    digit = labels.index(label)
    app.poll("the focus in the rating menu",
             lambda: any(has_state(i, pyatspi.STATE_FOCUSED) for i in items))
    pyatspi.Registry.generateKeyboardEvent(KEY_ESCAPE, None, pyatspi.KEY_SYM)
    app.poll(f"Escape to close the menu and put the focus back on {descriptor}'s rating button",
             lambda: has_state(button, pyatspi.STATE_FOCUSED)
             and not any(has_state(i, pyatspi.STATE_FOCUSED) for i in items))
    pyatspi.Registry.generateKeyboardEvent(ord(str(digit)), None, pyatspi.KEY_SYM)
    app.poll(f"{descriptor} to be {rating_id} in the school file after typing {digit}",
             lambda: rating_in_file(school, descriptor) == rating_id)
    app.poll(f"{descriptor}'s rating button to say {label!r}", lambda: label in name(button))
    print(f"  typed {digit} on {descriptor}: the school file has {rating_id}")


def check_chart(app, audit, school):
    def chart_tabs():
        return find_all(app.windows()[0], lambda n: role(n) == "page tab" and name(n) == "Chart")
    tabs = app.poll("the Chart tab", lambda: [t for t in chart_tabs() if action_names(t)])
    do_action(tabs[0], "click")
    app.poll("the Chart tab to be selected",
             lambda: any(has_state(t, pyatspi.STATE_SELECTED) for t in chart_tabs()))

    def shown_chart():
        for node in find_all(app.windows()[0], lambda n: role(n) == "image"):
            width, height = extents(node)
            if width >= 100 and height >= 100:
                return node
        return None
    chart = app.poll("the radar chart on screen", shown_chart)
    chart_name, chart_description = name(chart), description(chart)
    print(f"  the chart: name {chart_name!r}\n  description {chart_description!r}")
    problems = []
    if not real_name(chart_name):
        problems.append("the radar chart has no name")
    if not chart_description.strip():
        problems.append("the radar chart has no description")
    elements = [title for (title,) in query(
        school, "SELECT title FROM elements WHERE framework_id = 'lqf' ORDER BY position")]
    missing = [e for e in elements if e not in chart_name + " " + chart_description]
    if missing:
        problems.append(f"the chart's name and description leave out {len(missing)} of "
                        f"{len(elements)} elements: {missing}")
    audit.scan(app.windows()[0], "the chart page")
    return problems


def check_secondary_windows(app, audit):
    main = app.windows()[0]
    available = action_names(main)
    for action in SECONDARY_ACTIONS:
        if action not in available:
            print(f"  {action}: not in this build, skipped")
            continue
        before = len(app.windows())
        do_action(main, action)
        window = app.poll(f"the window that {action} opens",
                          lambda: app.windows()[before] if len(app.windows()) > before else None)
        # Let the window fill in before reading it.
        app.poll(f"the contents of {name(window)!r}",
                 lambda: sum(1 for _ in walk(window)) > 3)
        audit.scan(window, f"{role(window)} {name(window)!r} ({action})")
        if "window.close" in action_names(window):
            do_action(window, "window.close")
        else:
            pyatspi.Registry.generateKeyboardEvent(KEY_ESCAPE, None, pyatspi.KEY_SYM)
        app.poll(f"{name(window)!r} to close", lambda: len(app.windows()) <= before)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(argv[1])
    cli = os.path.abspath(argv[2]) if len(argv) > 2 else os.environ.get("WAYMARK_CLI")
    if not cli:
        print("no waymark-cli: give it as the second argument or in $WAYMARK_CLI")
        return 2

    home = tempfile.mkdtemp(prefix="waymark-a11y-")
    school = os.path.join(home, "data", "waymark", "school.waymark")
    audit = Audit()
    problems = []
    app = None
    try:
        print("# A school file made with waymark-cli, the app started on it")
        make_school(cli, school)
        app = App(binary, home)
        app.wait_on_bus()
        sidebar(app, query(school, "SELECT short_title FROM frameworks WHERE id = 'lqf'")[0][0])
        wait_for_grid(app, "1.1g")

        print("# The grid, as it opens")
        audit.scan(app.windows()[0], "the grid")

        print("# A headteacher's task through AT-SPI alone")
        pick_framework(app, school, "habits")
        app.poll("the LQF's descriptors to leave the grid", lambda: find_first(
            app.windows()[0], lambda n: role(n) == "label" and name(n) == "1.1g") is None)
        pick_framework(app, school, "lqf")
        rate_with_menu(app, audit, school, "1.1g", "secure")
        rate_with_keyboard(app, school, "1.2g", "partial")
        audit.scan(app.windows()[0], "the grid with a descriptor in the detail pane")

        print("# The chart page")
        problems += check_chart(app, audit, school)

        print("# The windows the main window opens")
        check_secondary_windows(app, audit)
        app.check_alive()
    except Failure as error:
        problems.append(str(error))
    finally:
        if app is not None:
            app.stop()

    passed = audit.report()
    for problem in problems:
        print(f"FAIL: {problem}")
    if problems and app is not None:
        app.print_log()
    shutil.rmtree(home, ignore_errors=True)
    if passed and not problems:
        print("PASS: every control, row, cell and chart has a name; the task worked")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
