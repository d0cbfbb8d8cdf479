#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Espalier needs to build, test and package, and nothing when they
# are all present already. Runs apt-get as root, or through sudo for a normal user.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build pkgconf ccache file dpkg-dev clang-format
    # the asan preset and the fuzz targets (clang with libFuzzer's runtime), and clang-tidy
    clang libclang-rt-14-dev clang-tidy
    # libraries
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
    qtkeychain-qt6-dev libplist-dev libssl-dev libsqlite3-dev libgl-dev libexpected-dev
    libhttp-parser-dev libnghttp2-dev libyaml-cpp-dev libqrencode-dev
    # run time and tests: keyring, fonts, X for screenshots, the openssl and curl clients
    openssl curl dbus gnome-keyring libsecret-1-0 fonts-dejavu-core xvfb xauth
    # packaging checks
    desktop-file-utils appstream
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed."
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "install-deps: these packages are missing and sudo is not available; install them as root:" >&2
        echo "  apt-get install ${missing[*]}" >&2
        exit 1
    fi
    as_root=(sudo)
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
