#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test-deb.sh BUILD_DIR VERSION: builds the Debian packages from BUILD_DIR with CPack, checks
# them with lintian, installs them with dpkg, runs what they ship from /usr (keydeskctl, the
# server on a fresh store, the console offscreen; desktop file, metainfo, man pages, systemd
# unit) and purges them again, also when a step fails. Needs root; exit 77 (skipped) without.
set -euo pipefail
build="$1"
version="$2"
packages=(keydesk keydeskctl keydesk-server)
export PATH="/usr/bin:/bin:/usr/sbin:/sbin"
for var in $(compgen -e); do
    case "$var" in KEYDESK_* | PG*) unset "$var" ;; esac
done

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

# dpkg, waiting for the lock that another dpkg or apt on this machine may hold.
dpkg_locked() {
    local out
    for _ in $(seq 60); do
        if out=$(dpkg "$@" 2>&1); then
            echo "$out"
            return 0
        fi
        grep -q "lock" <<<"$out" || { echo "$out" >&2; return 1; }
        sleep 2
    done
    echo "$out" >&2
    return 1
}

[ "$(id -u)" -eq 0 ] || { echo "skipped: installing packages needs root" >&2; exit 77; }
# One run at a time on this machine, whichever build tree it is from.
exec 9>/var/lock/keydesk-package-test.lock
flock -w 900 9 || fail "another package_deb run holds /var/lock/keydesk-package-test.lock"
work="$build/package-test"
marker=/var/tmp/keydesk-package-test.installed # the packages on this machine are this test's
if [ -e "$marker" ]; then
    echo "purging what a killed run ($(cat "$marker")) left installed"
    dpkg_locked --purge "${packages[@]}" >/dev/null
fi
for p in "${packages[@]}"; do
    case "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)" in
    "" | not-installed) ;;
    *) fail "$p is on this machine; this test would replace and purge it (dpkg --purge $p, or ctest -LE package)" ;;
    esac
done
rm -rf "$work" "$marker"
mkdir -p "$work/debs" "$work/home"
server_pid=""
console_pid=""
cleanup() {
    local pid
    for pid in $console_pid $server_pid; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    if [ -e "$marker" ] && dpkg_locked --purge "${packages[@]}" >/dev/null; then
        rm -f "$marker"
    fi
}
trap cleanup EXIT

step "cpack -G DEB"
(cd "$build" && cpack -G DEB --config CPackConfig.cmake -B "$work/debs" >"$work/cpack.log") ||
    { cat "$work/cpack.log"; fail "cpack"; }
debs=()
for p in "${packages[@]}"; do
    deb="$work/debs/${p}_${version}-1_$(dpkg --print-architecture).deb"
    [ -f "$deb" ] || fail "no $deb"
    debs+=("$deb")
    dpkg-deb -f "$deb" Package Version Installed-Size Depends Recommends Suggests
    dpkg-deb -x "$deb" "$work/root"
done
[ "$(ls "$work"/debs/*.deb | wc -l)" -eq 3 ] || fail "cpack made other packages than ${packages[*]}"

step "lintian"
# Errors and warnings fail; packaging/README.md lists the tags accepted and why.
lintian --fail-on error,warning --suppress-tags-from-file "$(dirname "$0")/lintian-accepted" \
    "${debs[@]}" || fail "lintian"

step "dpkg -i"
echo "$build" >"$marker"
dpkg_locked -i "${debs[@]}" || fail "dpkg -i"
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" | grep -qx "install ok installed" || fail "$p not installed"
done
dpkg-query -W -f='${Conffiles}\n' keydesk-server | grep ' /etc/default/keydesk-server ' >/dev/null ||
    fail "/etc/default/keydesk-server is not a conffile"

step "keydeskctl and keydesk-server from /usr/bin"
[ "$(/usr/bin/keydeskctl --version)" = "keydeskctl $version" ] || fail "keydeskctl --version"
/usr/bin/keydesk-server --help | grep KEYDESK_SERVER_STORE >/dev/null || fail "keydesk-server --help"
[ "$(/usr/bin/keydesk-server --version)" = "keydesk-server $version" ] || fail "keydesk-server --version"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
store="sqlite:$work/store.sqlite"
key=$(/usr/bin/keydeskctl --store "$store" init --site-name Acme --subdomain acme --admin alice) ||
    fail "keydeskctl init"
/usr/bin/keydesk-server --store "$store" --listen 127.0.0.1:0 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 50); do
    grep -q "rest listening on" "$work/server.out" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err"; fail "keydesk-server exited"; }
    sleep 0.1
done
port=$(sed -n 's/^rest listening on 127.0.0.1:\([0-9]*\)$/\1/p' "$work/server.out")
[ -n "$port" ] || fail "keydesk-server did not say where it listens"
KEYDESK_API_KEY="$key" /usr/bin/keydeskctl --store "http://127.0.0.1:$port" key list --json |
    grep '"id"' >/dev/null || fail "key list through the installed server"
kill "$server_pid"
wait "$server_pid" || fail "keydesk-server did not stop cleanly on SIGTERM"
server_pid=""

step "keydesk (offscreen)"
[ "$(QT_QPA_PLATFORM=offscreen /usr/bin/keydesk --version)" = "keydesk $version" ] ||
    fail "keydesk --version"
QT_QPA_PLATFORM=offscreen /usr/bin/keydesk >"$work/console.out" 2>"$work/console.err" &
console_pid=$!
sleep 2
kill -0 "$console_pid" 2>/dev/null || { cat "$work/console.err"; fail "keydesk exited within 2 s"; }
if grep -Ei "driver not loaded|could not load|cannot load" "$work/console.err"; then
    fail "keydesk is missing a Qt plugin"
fi
kill "$console_pid"
wait "$console_pid" 2>/dev/null || true
console_pid=""

step "German and French from the installed programs"
# The translations are built into the binaries; Qt's own come from qt6-translations-l10n.
LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= /usr/bin/keydeskctl --help | grep '^Befehle:' >/dev/null ||
    fail "keydeskctl --help in German"
fr=$(LANG=fr_FR.UTF-8 LC_ALL= LANGUAGE= KEYDESK_API_KEY="$key" /usr/bin/keydeskctl --store "$store" \
    key show 999999 2>&1) && fail "key show 999999 succeeded"
grep 'introuvable' <<<"$fr" >/dev/null || fail "keydeskctl error in French: $fr"
de=$(LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= QT_QPA_PLATFORM=offscreen /usr/bin/keydesk --help)
grep 'Verbindungsprofil' <<<"$de" >/dev/null || fail "keydesk --help in German: $de"
if [ -e /usr/share/qt6/translations/qtbase_de.qm ]; then
    grep 'Optionen:' <<<"$de" >/dev/null || fail "Qt's own words of keydesk --help in German"
fi
grep -x 'Comment\[de\]=.*' /usr/share/applications/org.keydesk.KeyDesk.desktop >/dev/null ||
    fail "desktop file without a German comment"

step "desktop file, metainfo, icons"
desktop-file-validate /usr/share/applications/org.keydesk.KeyDesk.desktop || fail "desktop file"
appstreamcli validate --no-net /usr/share/metainfo/org.keydesk.KeyDesk.metainfo.xml ||
    fail "metainfo"
for size in 16 24 32 48 64 128 256; do
    png="/usr/share/icons/hicolor/${size}x${size}/apps/org.keydesk.KeyDesk.png"
    file "$png" | grep "PNG image data, $size x $size" >/dev/null || fail "icon $png"
done
[ -s /usr/share/icons/hicolor/scalable/apps/org.keydesk.KeyDesk.svg ] || fail "scalable icon"

step "man pages"
# From the packages' contents: a machine may keep dpkg from installing /usr/share/man.
mandir="$work/root/usr/share/man"
for page in man1/keydesk.1 man1/keydeskctl.1 man8/keydesk-server.8; do
    warnings=$(MANWIDTH=80 man --warnings -l "$mandir/$page.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man $page: $warnings"
done
MANWIDTH=80 man -M "$mandir" keydeskctl | grep KEYDESK_API_KEY >/dev/null || fail "man keydeskctl"
MANWIDTH=80 man -M "$mandir" 8 keydesk-server | grep KEYDESK_SERVER_STORE >/dev/null ||
    fail "man keydesk-server"

step "systemd unit"
if command -v systemd-analyze >/dev/null; then
    # It also reports directives it ignores, with exit status 0.
    verify=$(systemd-analyze verify /lib/systemd/system/keydesk-server.service 2>&1) ||
        fail "systemd-analyze verify: $verify"
    if grep keydesk <<<"$verify"; then fail "systemd-analyze verify"; fi
fi

step "dpkg --purge"
dpkg_locked --purge "${packages[@]}" || fail "dpkg --purge"
rm -f "$marker"
for f in /usr/bin/keydesk /usr/bin/keydeskctl /usr/bin/keydesk-server /etc/default/keydesk-server \
    /lib/systemd/system/keydesk-server.service; do
    [ ! -e "$f" ] || fail "$f is left after purge"
done
echo "package_deb: all checks passed"
