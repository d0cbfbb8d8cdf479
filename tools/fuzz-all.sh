#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzz targets in the asan preset's tree (clang, ASan + UBSan + libFuzzer) and runs each
# for a while, one after the other, printing the executions and findings of each:
#   tools/fuzz-all.sh [seconds per target, default 600] [target...]
# New inputs collect in build/asan/fuzz/work/corpus/<target>; a crasher lands in
# build/asan/fuzz/work/artifacts/ and is kept as a regression test by copying it to
# fuzz/regressions/<target>/ once the bug is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(plist checkin mdm_signature scep admin_api mobileconfig)
fi
cmake --preset asan >/dev/null
cmake --build build/asan --target "${targets[@]/#/fuzz_}"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for target in "${targets[@]}"; do
    log=build/asan/fuzz/work/$target.log
    mkdir -p build/asan/fuzz/work
    echo "== fuzz_$target for $seconds s (log: $log)"
    if fuzz/run-fuzzer.sh "build/asan/fuzz/fuzz_$target" fuzz build/asan/fuzz/work "$seconds" \
        >"$log" 2>&1; then
        grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" || true
    else
        echo "   FOUND SOMETHING: see $log and build/asan/fuzz/work/artifacts/"
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "findings in: ${failed[*]}"
    exit 1
fi
