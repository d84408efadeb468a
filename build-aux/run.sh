#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets up a Debian 12 machine (apt, only what is missing), builds Waymark and
# opens it on the default school file, or on the school file given as $1.

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

export GSETTINGS_SCHEMA_DIR="$WAYMARK_BUILD_DIR/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
# Translations from the build tree, so that LANGUAGE=cy works without installing.
export WAYMARK_LOCALEDIR="$WAYMARK_BUILD_DIR/po"
exec "$WAYMARK_BUILD_DIR/src/waymark" "$@"
