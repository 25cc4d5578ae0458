#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: installs what is missing (Debian/Ubuntu), then
# configures and builds. Sourced, not run.
set -euo pipefail

PASSERELLE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${PASSERELLE_BUILD_DIR:-$PASSERELLE_ROOT/build}"

# Debian 12 / Ubuntu 22.04+ package names. Why each one is here: docs/dependencies.md.
PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qt6-svg-dev libgl-dev
    libsqlite3-dev sqlite3 libcsv-dev libgraphviz-dev libxlsxwriter-dev zlib1g-dev
    libical-dev libzip-dev fonts-noto-core
)

passerelle_install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        echo "Passerelle needs: ${missing[*]}. Install them with your system's package manager." >&2
        exit 1
    fi
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

passerelle_build() {
    local jobs
    jobs="$(nproc 2>/dev/null || echo 2)"
    cmake -S "$PASSERELLE_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
    cmake --build "$BUILD_DIR" --parallel "$jobs"
}
