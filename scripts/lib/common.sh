# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: Debian packages, PATH, the build.
set -euo pipefail

KEYDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Debian's tools first: this machine's python3/aws on PATH may come from pyenv.
export PATH="/usr/bin:/bin:/usr/sbin:/sbin:${PATH}"

# DESIGN.md section 1, plus the build and test tools the scripts call (packaging: rsvg-convert
# renders the PNG icons, cpack needs dpkg-shlibdeps and file; tests/package lints and validates).
KEYDESK_BUILD_PACKAGES=(
    cmake g++ ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    qt6-svg-dev libssl-dev libsqlite3-dev
    librsvg2-bin dpkg-dev file
)
KEYDESK_TEST_PACKAGES=(
    clang-format xvfb xauth gnome-keyring dbus-x11 libsecret-tools postgresql
    awscli python3-botocore sqlite3 openssl
    lintian desktop-file-utils appstream man-db systemd
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs whatever of the given Debian packages is missing (needs root, or sudo).
ensure_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Missing packages: ${missing[*]} (run as root or install them)" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build BUILD_DIR [extra cmake args...] -- [targets...]
configure_and_build() {
    local dir="$1"; shift
    local cmake_args=() targets=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do cmake_args+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    targets=("$@")
    log "configuring ${dir}"
    cmake -S "$KEYDESK_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${cmake_args[@]}" >/dev/null
    log "building ${targets[*]:-everything}"
    cmake --build "$dir" -j 2 ${targets[@]:+--target "${targets[@]}"}
}
