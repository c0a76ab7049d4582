#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# take-screenshots.sh PROGRAM OUTPUT_DIR: runs PROGRAM under Xvfb (real X11, not offscreen) and
# checks that it wrote the three PNGs, each a real image of a plausible size.
set -euo pipefail
program="$1"
out="$2"
rm -rf "$out"
# A first start: no remembered window state.
[ -n "${XDG_CONFIG_HOME:-}" ] && rm -rf "$XDG_CONFIG_HOME"
mkdir -p "$out"
unset WAYLAND_DISPLAY
export QT_QPA_PLATFORM=xcb
xvfb-run --auto-servernum --server-args="-screen 0 1400x900x24" "$program" "$out"
for shot in main-window create-dialog reveal-dialog; do
    file="$out/$shot.png"
    [ -s "$file" ] || { echo "missing $file" >&2; exit 1; }
    head -c 8 "$file" | od -An -tx1 | grep -q "89 50 4e 47" || { echo "not a PNG: $file" >&2; exit 1; }
    size=$(stat -c %s "$file")
    [ "$size" -gt 8000 ] || { echo "suspiciously small: $file ($size bytes)" >&2; exit 1; }
    echo "$file: $size bytes"
done
