#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by run.sh and test.sh: install what is missing (Debian 12, with apt),
# configure meson once, and build incrementally. Sourced, not run.

set -euo pipefail

WAYMARK_SOURCE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WAYMARK_BUILD_DIR=${WAYMARK_BUILD_DIR:-$WAYMARK_SOURCE_ROOT/build}

# The packages the build, the app and the tests need (see ../shared/RECIPES.md).
WAYMARK_PACKAGES=(
  build-essential pkg-config meson ninja-build gettext clang libclang-rt-14-dev
  libgtk-4-dev libgtk-4-bin libadwaita-1-dev libsqlite3-dev libjson-glib-dev libical-dev
  desktop-file-utils appstream sqlite3
  xvfb xauth dbus at-spi2-core python3 python3-dogtail python3-pyatspi gir1.2-atspi-2.0
  imagemagick poppler-utils xdotool x11-utils fonts-dejavu-core flatpak-builder
)

waymark_install_packages () {
  local missing=() pkg sudo=""

  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "setup: not a Debian system; install the equivalents of: ${WAYMARK_PACKAGES[*]}" >&2
    return 0
  fi

  for pkg in "${WAYMARK_PACKAGES[@]}"; do
    if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "setup: these packages are missing and there is no sudo: ${missing[*]}" >&2
      return 1
    fi
    sudo="sudo"
  fi

  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

waymark_build () {
  if [ ! -f "$WAYMARK_BUILD_DIR/build.ninja" ]; then
    meson setup "$WAYMARK_BUILD_DIR" "$WAYMARK_SOURCE_ROOT"
  fi
  meson compile -C "$WAYMARK_BUILD_DIR"
}

waymark_install_packages
waymark_build
