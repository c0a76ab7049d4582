#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a real, throwaway gnome-keyring: a private D-Bus session bus
# (dbus-run-session), and on it gnome-keyring-daemon's Secret Service, unlocked with a dummy
# password. The keyring files go to $XDG_DATA_HOME/keyrings (CTest points XDG_DATA_HOME at the
# test's own directory); the daemon goes away with the bus when the command ends.
#   tests/gui/run-with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
if [ -z "${KEYDESK_KEYRING_INNER:-}" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        command -v "$tool" >/dev/null ||
            { echo "run-with-keyring: $tool is missing (Debian: dbus-x11, gnome-keyring)" >&2; exit 1; }
    done
    export KEYDESK_KEYRING_INNER=1
    exec dbus-run-session -- "$0" "$@"
fi
unset KEYDESK_KEYRING_INNER
printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
