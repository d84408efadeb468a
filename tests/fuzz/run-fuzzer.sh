#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a libFuzzer harness for a bounded time on a scratch copy of its seed
# corpus, so that the inputs it finds never land in the source tree.
# Usage: run-fuzzer.sh HARNESS CORPUS SECONDS
set -eu
harness=$1 corpus=$2 seconds=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$corpus"/. "$work"/
mkdir -p "$work/artifacts"
exec "$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$work"
