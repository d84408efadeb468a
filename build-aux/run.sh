#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets up a Debian 12 machine (apt, only what is missing), builds Waymark and
# opens it on the default school file, or on the school file given as $1.

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

export GSETTINGS_SCHEMA_DIR="$WAYMARK_BUILD_DIR/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
exec "$WAYMARK_BUILD_DIR/src/waymark" "$@"
