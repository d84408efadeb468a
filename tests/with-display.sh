#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a UI test under an Xvfb display and a D-Bus session of its own.
exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$@"
