#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer target for a fixed time over its seed corpus and kept crashers:
#   run-fuzzer.sh <build>/fuzz/fuzz_<name> <source>/fuzz <work dir> <seconds> [libFuzzer flags]
# New inputs go to <work dir>/corpus/<name> (the repository's corpus is only read), crashers to
# <work dir>/artifacts/<name>-*. Fails when the target finds a crash, leak or timeout.
set -euo pipefail
binary=$1 source=$2 work=$3 seconds=$4
shift 4
name=$(basename "$binary")
name=${name#fuzz_}
mkdir -p "$work/corpus/$name" "$work/artifacts"
flags=(-max_total_time="$seconds" -print_final_stats=1 -timeout=30 -rss_limit_mb=4096
    -artifact_prefix="$work/artifacts/$name-")
if [ -f "$source/$name.dict" ]; then
    flags+=(-dict="$source/$name.dict")
fi
corpora=("$work/corpus/$name" "$source/corpus/$name")
if [ -d "$source/regressions/$name" ]; then
    corpora+=("$source/regressions/$name")
fi
exec "$binary" "${flags[@]}" "$@" "${corpora[@]}"
