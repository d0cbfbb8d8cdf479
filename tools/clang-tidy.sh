#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clang-tidy with the checks of .clang-tidy over the .cpp files of the given folders (core and
# app by default), using the compile commands of a configured and built tree (moc and uic output
# must exist), and fails on any finding:
#   tools/clang-tidy.sh build/ci [core app ui]
# JOBS sets the parallel runs (default 2).
set -euo pipefail
build=${1:?usage: tools/clang-tidy.sh <build dir> [folder...]}
shift
folders=("$@")
if [ ${#folders[@]} -eq 0 ]; then
    folders=(core app)
fi
source=$(cd "$(dirname "$0")/.." && pwd)
alternatives=$(IFS='|'; echo "${folders[*]}")
started=$(date +%s)
status=0
run-clang-tidy-14 -p "$build" -j "${JOBS:-2}" -quiet -warnings-as-errors='*' \
    "^$source/($alternatives)/.*\.cpp\$" || status=$?
echo "clang-tidy: ${folders[*]} in $(( $(date +%s) - started )) s"
exit $status
