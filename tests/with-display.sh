#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a UI test under an Xvfb display and a D-Bus session of its own.
# Where there is no Xvfb (the Flatpak SDK's build sandbox), the test is
# skipped (exit 77), never passed.
for tool in xvfb-run dbus-run-session; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed: skipping $1" >&2
    exit 77
  fi
done
exec xvfb-run -a -s "-screen 0 1280x800x24 -noreset" dbus-run-session -- "$@"
