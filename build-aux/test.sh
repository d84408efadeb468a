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
  meson test -C "$WAYMARK_BUILD_DIR" --no-suite bench --no-suite fuzz --print-errorlogs "$@"
status=$?
set -e

# The importers, each fuzzed for a bounded time by libFuzzer under ASan and
# UBSan, in a clang build of its own beside the main one.
fuzz_dir="$WAYMARK_SOURCE_ROOT/build-fuzz"
fuzz_log="$fuzz_dir/meson-logs/testlog.json"
if [ ! -f "$fuzz_dir/build.ninja" ]; then
  CC=clang meson setup "$fuzz_dir" "$WAYMARK_SOURCE_ROOT" -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args='-fno-sanitize-recover=all -fno-omit-frame-pointer' >/dev/null
fi
rm -f "$fuzz_log"
set +e
ninja -C "$fuzz_dir" >/dev/null &&
  meson test -C "$fuzz_dir" --suite fuzz --no-rebuild --print-errorlogs
[ $? -eq 0 ] || status=1
set -e

# The same sanitized build runs every other suite: every SQLite, import, scoring, report and
# planner path, every waymark-cli the tests start, and every window. LeakSanitizer's suppressions
# (tests/lsan.supp) name only GLib's and fontconfig's process-long caches.
san_log="$fuzz_dir/meson-logs/testlog-sanitized.json"
san_ui_log="$fuzz_dir/meson-logs/testlog-sanitized-ui.json"
rm -f "$san_log" "$san_ui_log"
lsan_options="suppressions=$WAYMARK_SOURCE_ROOT/tests/lsan.supp:print_suppressions=0"
set +e
# Full stacks (fast_unwind_on_malloc=0): GLib is built without frame pointers, and a
# suppression can only match a frame the stack shows.
ASAN_OPTIONS=fast_unwind_on_malloc=0 LSAN_OPTIONS="$lsan_options" \
  meson test -C "$fuzz_dir" --no-rebuild --suite core --suite cli --suite data --suite isolated \
    --logbase testlog-sanitized --print-errorlogs
[ $? -eq 0 ] || status=1
# The windows with frame-pointer stacks: with full stacks a window test runs for minutes and
# outlasts its timeout. Waymark is built with frame pointers, so a leak in Waymark's code still
# shows its frames; the windows leave nothing of GTK's or GLib's behind for a suppression to match
# (but for GTK 4.8's file chooser, whose two tests skip themselves under ASan).
LSAN_OPTIONS="$lsan_options" \
  meson test -C "$fuzz_dir" --no-rebuild --suite ui --no-suite isolated \
    --logbase testlog-sanitized-ui --print-errorlogs
[ $? -eq 0 ] || status=1
set -e

/usr/bin/python3 "$WAYMARK_SOURCE_ROOT/build-aux/test-summary.py" "$log" "$fuzz_log" "$san_log" "$san_ui_log" || status=1
exit $status
