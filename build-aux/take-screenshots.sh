#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the AppStream screenshots in data/screenshots/ from the real app:
# builds a demo school with waymark-cli, opens it in build/src/waymark under an
# Xvfb display and a D-Bus session of its own (1280×800), and captures
#   grid.png    the Learning Quality Framework's grid,
#   chart.png   the Chart page, now against the two snapshots,
#   report.png  page 1 of the governors' report, as waymark-cli writes it.
#
# Usage: build-aux/take-screenshots.sh [BUILDDIR]     (default: build)
# Needs: xvfb-run, dbus-run-session, xdotool, imagemagick (import, convert, compare),
# poppler-utils (pdftoppm). Nothing here is installed; the PNGs are committed.

set -eu

SOURCE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=$(cd "${1:-$SOURCE_ROOT/build}" && pwd)
OUT_DIR=$SOURCE_ROOT/data/screenshots
WIDTH=1280
HEIGHT=800

for tool in xvfb-run dbus-run-session xdotool import convert compare pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "take-screenshots: $tool is not installed" >&2
    exit 1
  fi
done

# Run the rest on a display and a session bus of our own, never the desktop's.
if [ -z "${WAYMARK_SCREENSHOT_DISPLAY:-}" ]; then
  WAYMARK_SCREENSHOT_DISPLAY=1 exec xvfb-run -a -s "-screen 0 ${WIDTH}x${HEIGHT}x24" \
    dbus-run-session -- "$0" "$BUILD_DIR"
fi

CLI=$BUILD_DIR/src/cli/waymark-cli
APP=$BUILD_DIR/src/waymark
for binary in "$CLI" "$APP"; do
  if [ ! -x "$binary" ]; then
    echo "take-screenshots: $binary is missing: meson compile -C $BUILD_DIR first" >&2
    exit 1
  fi
done

WORK=$(mktemp -d)
APP_PID=
cleanup () {
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "${WAYMARK_KEEP_WORK:-}" ]; then
    echo "take-screenshots: kept $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT INT TERM

# Hermetic: the school file is the app's default one (wm_store_default_path), in
# a data folder of our own; settings in memory, the schema from the build.
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache"
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$BUILD_DIR/data"
export LC_ALL=C.UTF-8 TZ=UTC GSK_RENDERER=cairo GTK_A11Y=none
SCHOOL=$XDG_DATA_HOME/waymark/school.waymark
mkdir -p "$XDG_DATA_HOME/waymark" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$OUT_DIR"

cli () {
  "$CLI" --file "$SCHOOL" "$@" >/dev/null
}

# --- The demo school ---------------------------------------------------------

cli school name "Riverside Primary School"

# How far each of the twelve LQF elements has come in each phase, in steps:
# 1-3 are Bronze Developing, Partial, Secure; 4-6 Silver; 7-9 Gold.
# One column per element, one line per phase (autumn, spring, now).
PHASES="3 2 2 3 2 1 2 1 1 2 0 1
5 4 3 4 4 3 3 2 2 3 1 2
7 6 5 6 5 4 5 3 4 5 3 3"

# Every LQF descriptor id, in grid order, as "element strand level id".
"$CLI" --file "$SCHOOL" show lqf |
  awk '$1 ~ /^(Bronze|Silver|Gold)$/ { split($2, p, "."); print p[1], substr($2, 1, length($2) - 1), $1, $2 }' \
  >"$WORK/descriptors"

rating_for () { # STEPS LEVEL: the rating a descriptor of LEVEL has after STEPS
  case $2 in
    Bronze) n=$1 ;;
    Silver) n=$(($1 - 3)) ;;
    Gold) n=$(($1 - 6)) ;;
  esac
  if [ "$n" -le 0 ]; then echo not-started
  elif [ "$n" -eq 1 ]; then echo developing
  elif [ "$n" -eq 2 ]; then echo partial
  else echo secure
  fi
}

phase=0
echo "$PHASES" | while read -r steps; do
  phase=$((phase + 1))
  # shellcheck disable=SC2086 # one word per element
  set -- $steps
  while read -r element strand level id; do
    eval "element_steps=\${$element}"
    # Every other strand lags a step behind, as strands of one element do.
    case ${strand#*.} in
      2 | 4) element_steps=$((element_steps - 1)) ;;
    esac
    rating=$(rating_for "$element_steps" "$level")
    previous=$(cat "$WORK/rating-$id" 2>/dev/null || echo not-started)
    if [ "$rating" != "$previous" ]; then
      cli rate "$id" "$rating"
      echo "$rating" >"$WORK/rating-$id"
    fi
  done <"$WORK/descriptors"
  case $phase in
    1) cli snapshot create lqf "Autumn review" --date 2025-12-12 ;;
    2) cli snapshot create lqf "Spring review" --date 2026-04-24 ;;
  esac
done

# The descriptor shown selected in grid.png: a note with its rating, and evidence.
cli rate 1.2s secure --note "Staff survey, September: 41 of 45 staff named the three learning habits of our vision."
printf '%s\n' "Staff survey on the vision for learning, September 2026" "" \
  "41 of 45 teaching and support staff named all three learning habits;" \
  "the other four named two." >"$WORK/staff-survey.txt"
cli evidence add 1.2s "$WORK/staff-survey.txt" --label "Staff survey, September 2026"
cli action add "Share the learning framework with governors" 1.2g 10.2s \
  --owner "Head teacher" --due 2027-01-29 --target partial
cli action add "Coaching triads for every teacher" 5.3s \
  --owner "Deputy head" --due 2027-03-26 --target secure

# --- The report for governors: page 1 of the PDF ------------------------------

"$CLI" --file "$SCHOOL" report lqf --compare "Spring review" --out "$WORK/report.pdf" >/dev/null
# The whole page, a little shorter than the screen, on a neutral background.
pdftoppm -png -f 1 -l 1 -scale-to-x -1 -scale-to-y $((HEIGHT - 40)) -singlefile \
  "$WORK/report.pdf" "$WORK/report"
convert "$WORK/report.png" -bordercolor '#c0bfbc' -border 1 \
  -background '#deddda' -gravity center -extent "${WIDTH}x${HEIGHT}" -strip "$OUT_DIR/report.png"
echo "take-screenshots: wrote $OUT_DIR/report.png"

# --- The app ------------------------------------------------------------------

launch () { # [VARIABLE=VALUE…]: the app, in a style of libadwaita's debugging variables
  env "$@" "$APP" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  window=
  for _ in $(seq 1 100); do
    window=$(xdotool search --onlyvisible --name '^Waymark$' 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    sleep 0.1
  done
  if [ -z "$window" ]; then
    echo "take-screenshots: the Waymark window did not appear" >&2
    cat "$WORK/app.log" >&2
    exit 1
  fi
  # No window manager: put the window at the origin at the full screen size.
  xdotool windowmove "$window" 0 0 windowsize "$window" "$WIDTH" "$HEIGHT"
  sleep 2
}

quit () {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

launch

# Where to click, found by trying and looking at 1280×800 with the fonts of
# build-aux/setup.sh (DejaVu); each step checks that the screen changed.
CELL_1_2S=${CELL_1_2S:-675 520}        # the text of the 1.2s cell in the grid
CHART_TAB=${CHART_TAB:-820 27}         # "Chart" in the header bar's view switcher
SNAPSHOTS_MENU=${SNAPSHOTS_MENU:-353 80}  # "Now and 1 Snapshot"
AUTUMN_CHECK=${AUTUMN_CHECK:-253 158}  # its "Autumn review" check box
RESTING_POINTER="120 600"              # the empty sidebar: no hover effects

shot () { # FILE
  # shellcheck disable=SC2086 # "X Y" is two words
  xdotool mousemove $RESTING_POINTER
  sleep 1
  import -window root "$1"
}

click () { # "X Y"
  # shellcheck disable=SC2086 # "X Y" is two words
  xdotool mousemove $1 click 1
  sleep 1
}

changed () { # BEFORE AFTER MIN-PIXELS WHAT
  # compare prints how many pixels differ on stderr, and exits 1 when some do.
  pixels=$(compare -metric AE "$1" "$2" null: 2>&1 || true)
  pixels=${pixels%% *}
  echo "take-screenshots: clicking $4 changed ${pixels%.*} pixels" >&2
  if [ "${pixels%.*}" -lt "$3" ]; then
    echo "take-screenshots: that is too few: set its coordinates (see above)" >&2
    exit 1
  fi
}

shot "$WORK/start.png"

# The grid with 1.2s chosen: its note, its evidence and its rating in the detail pane.
click "$CELL_1_2S"
shot "$WORK/grid.png"
changed "$WORK/start.png" "$WORK/grid.png" 50000 "the 1.2s cell"

# The Chart page, now against both snapshots rather than the latest alone.
click "$CHART_TAB"
shot "$WORK/chart-latest.png"
changed "$WORK/grid.png" "$WORK/chart-latest.png" 200000 "the Chart tab"
click "$SNAPSHOTS_MENU"
click "$AUTUMN_CHECK"
click "$RESTING_POINTER"   # closes the popover; a key would leave a focus ring
shot "$WORK/chart.png"
changed "$WORK/chart-latest.png" "$WORK/chart.png" 5000 "the Autumn review check box"

for name in grid chart; do
  convert "$WORK/$name.png" -strip "$OUT_DIR/$name.png"
  echo "take-screenshots: wrote $OUT_DIR/$name.png"
done

# The Chart page in dark mode and in high contrast, as libadwaita draws them for the system's
# settings (forced here through its debugging variables).
quit
for style in "dark ADW_DEBUG_COLOR_SCHEME=prefer-dark" "high-contrast ADW_DEBUG_HIGH_CONTRAST=1"; do
  set -- $style
  launch "$2"
  shot "$WORK/start-$1.png"
  click "$CHART_TAB"
  shot "$WORK/chart-$1.png"
  changed "$WORK/start-$1.png" "$WORK/chart-$1.png" 200000 "the Chart tab ($1)"
  convert "$WORK/chart-$1.png" -strip "$OUT_DIR/chart-$1.png"
  echo "take-screenshots: wrote $OUT_DIR/chart-$1.png"
  quit
done
