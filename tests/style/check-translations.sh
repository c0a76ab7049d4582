#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when translations/keydesk_<lang>.ts is not complete for today's sources: lupdate runs
# over core, ui, app/keydesk and app/keydeskctl into copies of the .ts files (keeping entries
# whose source is gone), and scripts/l10n-tool check refuses any unfinished, vanished or
# obsolete entry, an empty translation, or one that lost a placeholder (%1, %n) of its source.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
copies=()
for ts in "$root"/translations/keydesk_de.ts "$root"/translations/keydesk_fr.ts; do
    cp "$ts" "$work/"
    copies+=("$work/$(basename "$ts")")
done
"$root/scripts/l10n-update" --keep-obsolete "${copies[@]}"
/usr/bin/python3 "$root/scripts/l10n-tool" check "${copies[@]}"
