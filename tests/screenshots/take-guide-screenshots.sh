#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# take-guide-screenshots.sh PROGRAM OUTPUT_DIR: runs keydesk-guide-screenshots under Xvfb (real
# X11, not offscreen) and checks that it wrote every PNG the user guides show, each a real
# image of a plausible size. docs/screenshots/ keeps the copies the guides link to.
set -euo pipefail
program="$1"
out="$2"
rm -rf "$out"
[ -n "${XDG_CONFIG_HOME:-}" ] && rm -rf "$XDG_CONFIG_HOME" # a first start: no window state
mkdir -p "$out"
unset WAYLAND_DISPLAY
export QT_QPA_PLATFORM=xcb
xvfb-run --auto-servernum --server-args="-screen 0 1400x900x24" "$program" "$out"
for shot in admin-main-window admin-create-dialog reveal-s3-key revoke-site-wide-key \
    settings-dialog admin-child-site user-main-window user-create-dialog \
    helpdesk-main-window enable-dialog connection-profiles first-run-wizard connect-to-server; do
    file="$out/$shot.png"
    [ -s "$file" ] || { echo "missing $file" >&2; exit 1; }
    head -c 8 "$file" | od -An -tx1 | grep -q "89 50 4e 47" || { echo "not a PNG: $file" >&2; exit 1; }
    size=$(stat -c %s "$file")
    [ "$size" -gt 5000 ] || { echo "suspiciously small: $file ($size bytes)" >&2; exit 1; }
    echo "$file: $size bytes"
done
