#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets up and builds as run.sh does, then runs every test suite but the
# benchmarks under an Xvfb display and a D-Bus session of their own, and
# ends with one line: "N passed, N failed" (", N skipped" when some are).

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

log="$WAYMARK_BUILD_DIR/meson-logs/testlog.json"
rm -f "$log"

set +e
xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- \
  meson test -C "$WAYMARK_BUILD_DIR" --no-suite bench --print-errorlogs "$@"
status=$?
set -e

/usr/bin/python3 "$WAYMARK_SOURCE_ROOT/build-aux/test-summary.py" "$log" || status=1
exit $status
