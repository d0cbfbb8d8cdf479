#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clang-tidy with the checks of .clang-tidy over the .cpp files of the given folders (core, app
# and ui by default), using the compile commands of a tree built with clang (moc and uic output and
# clang's precompiled headers must exist; g++'s cannot be read), and fails on any finding:
#   tools/clang-tidy.sh build/asan [core app ui]
# JOBS sets the parallel runs (default 2).
set -euo pipefail
build=${1:?usage: tools/clang-tidy.sh <build dir> [folder...]}
shift
folders=("$@")
if [ ${#folders[@]} -eq 0 ]; then
    folders=(core app ui)
fi
source=$(cd "$(dirname "$0")/.." && pwd)
alternatives=$(IFS='|'; echo "${folders[*]}")
started=$(date +%s)
status=0
run-clang-tidy-14 -p "$build" -j "${JOBS:-2}" -quiet \
    "^$source/($alternatives)/.*\.cpp\$" || status=$?
echo "clang-tidy: ${folders[*]} in $(( $(date +%s) - started )) s"
exit $status
