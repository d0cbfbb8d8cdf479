#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a configured and built tree and checks what a user installs: the programs,
# the desktop entry, the AppStream metadata, the icons, and the run-time dependencies.
# Usage: tools/check-package.sh <build-dir>
set -euo pipefail
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out" > "$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
deb=$(ls "$out"/*.deb)
echo "check-package: built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/espalier ./usr/bin/espalierd \
    ./usr/share/applications/org.espalier.Espalier.desktop \
    ./usr/share/metainfo/org.espalier.Espalier.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.espalier.Espalier.svg \
    ./usr/share/icons/hicolor/256x256/apps/org.espalier.Espalier.png; do
    grep -q " $path\$" <<<"$contents" || { echo "check-package: $path is missing" >&2; exit 1; }
done

depends=$(dpkg-deb --field "$deb" Depends)
echo "check-package: Depends: $depends"
for needed in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6network6 \
    libqt6keychain1 libsecret-1-0; do
    grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || {
        echo "check-package: Depends lacks $needed" >&2
        exit 1
    }
done

mkdir "$out/root"
dpkg-deb --extract "$deb" "$out/root"
desktop-file-validate "$out/root/usr/share/applications/org.espalier.Espalier.desktop"
appstreamcli validate --no-net --pedantic "$out/root/usr/share/metainfo/org.espalier.Espalier.metainfo.xml"
"$out/root/usr/bin/espalierd" --version | grep -q '^espalier ' || {
    echo "check-package: the packaged espalierd does not run" >&2
    exit 1
}
echo "check-package: ok"
