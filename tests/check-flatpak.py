#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest offline, and that it still refuses what it must.

    check-flatpak.py SOURCE_ROOT
        checks flatpak/org.waymark.Waymark.json against the app (meson.build, the desktop
        entry, the metainfo), then checks that each broken manifest in tests/data/flatpak/
        is refused for the reason its name gives;
    check-flatpak.py SOURCE_ROOT --manifest FILE [--expect-fail]
        checks FILE alone; with --expect-fail, passes only if FILE is refused.

A manifest passes when it is valid JSON; its app id is the one meson gives the build it
configures (release or Devel) and the one the desktop entry and the metainfo are installed
under; it runs on org.gnome.Platform with org.gnome.Sdk, version 47 or newer; its command is
the app's binary; the last module is the app, built with meson from this source tree (a dir
source) with its tests run; every other module's download is pinned by a sha256; and its
finish-args grant no network, no file system, no session or system bus and no way out of the
sandbox. Files come in through the file chooser portal and drag and drop; the school file lives
in the app's own data folder; printing goes through the print portal: none of that needs a
permission. Everything checked is printed."""

import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

MANIFEST = "flatpak/org.waymark.Waymark.json"
FIXTURES = "tests/data/flatpak"
MIN_GNOME = 47

# Each broken manifest in FIXTURES, and the problem it must be refused for.
FIXTURE_PROBLEMS = {
    "bad-json.json": "json",
    "network.json": "network",
    "home.json": "filesystem",
    "host.json": "filesystem",
    "session-bus.json": "bus",
    "flatpak-spawn.json": "sandbox-escape",
    "old-runtime.json": "runtime-version",
    "wrong-app-id.json": "app-id",
    "no-tests.json": "tests",
    "git-source.json": "app-module",
    "unpinned.json": "pinned",
}

# finish-args that would widen the sandbox: (option, test on its value, problem, why).
FORBIDDEN = [
    ("--share", lambda v: v == "network", "network", "gives the network"),
    ("--filesystem", lambda v: True, "filesystem",
     "opens part of the file system; files come through the portals"),
    ("--socket", lambda v: v in ("session-bus", "system-bus"), "bus",
     "opens a whole D-Bus bus"),
    ("--talk-name", lambda v: v == "org.freedesktop.Flatpak"
     or v.startswith("org.freedesktop.Flatpak."), "sandbox-escape",
     "lets the app run commands outside the sandbox"),
    ("--device", lambda v: v == "all", "device", "opens every device"),
]


class Report:
    def __init__(self, quiet=False):
        self.problems = []
        self.quiet = quiet

    def ok(self, what):
        if not self.quiet:
            print(f"ok: {what}")

    def fail(self, problem, what):
        self.problems.append(problem)
        if not self.quiet:
            print(f"FAIL ({problem}): {what}")

    def check(self, good, problem, what, bad_what=None):
        if good:
            self.ok(what)
        else:
            self.fail(problem, bad_what or what)


def app_ids(root):
    """The release and Devel app ids, as meson.build forms them."""
    text = (root / "meson.build").read_text(encoding="utf-8")
    match = re.search(r"app_id\s*=\s*development\s*\?\s*'([^']+)'\s*:\s*'([^']+)'", text)
    if not match:
        raise SystemExit("meson.build: no `app_id = development ? DEVEL : RELEASE` to read")
    return match.group(2), match.group(1)


def template_ids(root, report, app_id, command):
    """The desktop entry and the metainfo are installed under the app id (@APP_ID@)."""
    release_id = app_ids(root)[0]
    desktop = root / "data" / f"{release_id}.desktop.in.in"
    metainfo = root / "data" / f"{release_id}.metainfo.xml.in.in"
    data_meson = (root / "data" / "meson.build").read_text(encoding="utf-8")

    for suffix in (".desktop", ".metainfo.xml"):
        report.check(re.search(r"output:\s*app_id\s*\+\s*'" + re.escape(suffix) + "'", data_meson),
                     "app-id", f"data/meson.build installs the {suffix} file as APP_ID{suffix}")

    entry = dict(line.split("=", 1) for line in desktop.read_text(encoding="utf-8").splitlines()
                 if "=" in line and not line.startswith("#"))
    report.check(entry.get("Icon") in ("@APP_ID@", app_id), "app-id",
                 f"the desktop entry's icon is the app id ({entry.get('Icon')})")
    exec_words = entry.get("Exec", "").split()
    report.check(exec_words[:1] == [command], "command",
                 f"the desktop entry runs the manifest's command ({entry.get('Exec')})")

    component = ET.parse(metainfo).getroot()
    cid = (component.findtext("id") or "").strip()
    report.check(cid in ("@APP_ID@", app_id), "app-id", f"the metainfo's <id> is the app id ({cid})")
    launchable = (component.findtext("launchable") or "").strip()
    report.check(launchable in ("@APP_ID@.desktop", f"{app_id}.desktop"), "app-id",
                 f"the metainfo launches the desktop entry of the app id ({launchable})")


def check_manifest(root, path, report):
    """Every check on one manifest; the problems found are in report.problems."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        report.fail("json", f"{path.name} is not valid JSON: {error}")
        return
    if not isinstance(manifest, dict):
        report.fail("json", f"{path.name} is not a JSON object")
        return
    report.ok(f"{path.name} is valid JSON")

    modules = manifest.get("modules") or []
    app = modules[-1] if modules and isinstance(modules[-1], dict) else {}
    opts = app.get("config-opts") or []
    development = "-Ddevelopment=true" in opts
    release_id, devel_id = app_ids(root)
    want_id = devel_id if development else release_id
    app_id = manifest.get("app-id", manifest.get("id"))
    report.check(app_id == want_id, "app-id",
                 f"app id {app_id}, as meson.build names the "
                 f"{'development' if development else 'release'} build",
                 f"app id {app_id}, but meson.build names this build {want_id}")

    report.check(manifest.get("runtime") == "org.gnome.Platform", "runtime",
                 f"runtime {manifest.get('runtime')}", f"runtime {manifest.get('runtime')}, "
                 "not org.gnome.Platform")
    report.check(manifest.get("sdk") == "org.gnome.Sdk", "runtime",
                 f"sdk {manifest.get('sdk')}", f"sdk {manifest.get('sdk')}, not org.gnome.Sdk")
    version = str(manifest.get("runtime-version", ""))
    report.check(version.isdigit() and int(version) >= MIN_GNOME, "runtime-version",
                 f"runtime-version {version} (GNOME {MIN_GNOME} or newer)",
                 f"runtime-version {version!r}: GNOME {MIN_GNOME} or newer, as a number")

    command = manifest.get("command")
    binaries = re.findall(r"executable\(\s*'([^']+)'", (root / "src" / "meson.build")
                          .read_text(encoding="utf-8"))
    report.check(command == "waymark" and command in binaries, "command",
                 f"command {command}, the app's binary",
                 f"command {command}, not waymark (the binaries: {', '.join(binaries)})")
    template_ids(root, report, app_id, command)

    check_app_module(root, app, report)
    for module in modules[:-1]:
        check_pinned(module, report)
    check_finish_args(manifest.get("finish-args") or [], report)


def check_app_module(root, app, report):
    name = app.get("name", "?")
    report.check(app.get("buildsystem") == "meson", "app-module",
                 f"the last module ({name}) is built with meson",
                 f"the last module ({name}) is built with {app.get('buildsystem')}, not meson")
    sources = app.get("sources") or []
    tree = (root / "flatpak").resolve()
    dirs = [s for s in sources if isinstance(s, dict) and s.get("type") == "dir"
            and (tree / s.get("path", "")).resolve() == root.resolve()]
    report.check(len(dirs) == 1 and len(sources) == 1, "app-module",
                 f"{name} is built from this source tree, a dir source",
                 f"{name} has sources {[s.get('type') for s in sources if isinstance(s, dict)]}, "
                 "not this source tree as its one dir source")

    rule = app.get("test-rule")
    commands = app.get("test-commands") or []
    runs = app.get("run-tests") is True and (rule is None or rule != "" or commands)
    report.check(runs, "tests", f"{name} runs its tests in the build ("
                 + ("; ".join(commands) if commands else f"ninja {rule or 'test'}") + ")",
                 f"{name} runs no tests in the build (run-tests, test-rule, test-commands)")


def check_pinned(module, report):
    if not isinstance(module, dict):
        report.fail("pinned", f"module {module!r} is kept in another file, which is not checked")
        return
    for source in module.get("sources") or []:
        kind = source.get("type")
        if kind in ("archive", "file") and "url" in source:
            good = re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")) is not None
        elif kind == "git":
            good = bool(source.get("commit") or source.get("tag"))
        else:
            good = True
        report.check(good, "pinned", f"{module.get('name')}: {kind} source is pinned",
                     f"{module.get('name')}: {kind} source {source.get('url')} is not pinned "
                     "(sha256 for a download, commit or tag for git)")


def check_finish_args(args, report):
    for arg in args:
        option, _, value = arg.partition("=")
        for forbidden, test, problem, why in FORBIDDEN:
            if option == forbidden and test(value):
                report.fail(problem, f"finish-args: {arg} {why}")
    report.ok("finish-args: " + " ".join(args) + " (checked for --share=network, any "
              "--filesystem, --socket=session-bus|system-bus, --talk-name=org.freedesktop.Flatpak, "
              "--device=all)")


def check_screenshots(root, report):
    """The screenshots the metainfo names are committed in data/screenshots/ as PNG."""
    release_id = app_ids(root)[0]
    component = ET.parse(root / "data" / f"{release_id}.metainfo.xml.in.in").getroot()
    for image in component.iter("image"):
        name = (image.text or "").strip().rsplit("/data/screenshots/", 1)[-1]
        path = root / "data" / "screenshots" / name
        good = "/" not in name and path.is_file() and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        report.check(good, "screenshot", f"screenshot data/screenshots/{name} is a PNG",
                     f"the metainfo names {image.text.strip()}, not a PNG in data/screenshots/")


def self_check(root):
    """Every broken manifest in FIXTURES is refused, for the reason its name gives."""
    folder = root / FIXTURES
    found = sorted(p.name for p in folder.glob("*.json"))
    failures = 0
    if found != sorted(FIXTURE_PROBLEMS):
        print(f"FAIL: {FIXTURES} holds {found}, not {sorted(FIXTURE_PROBLEMS)}")
        failures += 1
    for name in sorted(FIXTURE_PROBLEMS):
        if not (folder / name).is_file():
            continue
        report = Report(quiet=True)
        check_manifest(root, folder / name, report)
        want = FIXTURE_PROBLEMS[name]
        if want in report.problems:
            print(f"ok: {FIXTURES}/{name} is refused ({want})")
        else:
            print(f"FAIL: {FIXTURES}/{name} should be refused for {want}, "
                  f"but was {'refused for ' + ', '.join(report.problems) if report.problems else 'accepted'}")
            failures += 1
    return failures


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    root = pathlib.Path(argv[1]).resolve()
    args = argv[2:]
    expect_fail = "--expect-fail" in args
    if "--manifest" in args:
        report = Report()
        check_manifest(root, pathlib.Path(args[args.index("--manifest") + 1]), report)
        refused = bool(report.problems)
        print("refused" if refused else "accepted")
        return 0 if refused == expect_fail else 1

    print(f"== {MANIFEST}")
    report = Report()
    check_manifest(root, root / MANIFEST, report)
    check_screenshots(root, report)
    print(f"== broken manifests in {FIXTURES}")
    failures = self_check(root)
    return 1 if report.problems or failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
