#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-rest-api-doc.sh KEYDESKCTL KEYDESK_SERVER DOC: starts keydesk-server on a fresh SQLite
# store, fetches /api/rest/v1/openapi.json and fails when any of its routes ("METHOD /path")
# is missing from DOC (docs/rest-api.md), where each route appears as "METHOD `/path`".
set -euo pipefail
ctl="$1"
server="$2"
doc="$3"
work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
"$ctl" --store "sqlite:$work/kd.sqlite" init --site-name Docs --subdomain docs --admin alice \
    >/dev/null 2>&1
"$server" --store "sqlite:$work/kd.sqlite" --listen 127.0.0.1:0 >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 100); do
    grep -q "rest listening on" "$work/out" 2>/dev/null && break
    sleep 0.1
done
address=$(sed -n 's/^rest listening on //p' "$work/out")
[ -n "$address" ] || { echo "keydesk-server did not start:" >&2; cat "$work/err" >&2; exit 1; }
curl -fsS "http://$address/api/rest/v1/openapi.json" >"$work/openapi.json"
python3 - "$work/openapi.json" "$doc" <<'PY'
import json, sys
spec = json.load(open(sys.argv[1]))
doc = open(sys.argv[2], encoding="utf-8").read()
routes = [(m.upper(), p) for p, ops in spec["paths"].items() for m in ops
          if m in ("get", "put", "post", "patch", "delete", "head")]
missing = [f"{m} {p}" for m, p in routes if f"{m} `{p}`" not in doc]
if not routes:
    sys.exit("the OpenAPI document lists no routes")
if missing:
    sys.exit(f"{sys.argv[2]} does not document: " + ", ".join(missing))
print(f"all {len(routes)} routes of the OpenAPI document are in {sys.argv[2]}")
PY
