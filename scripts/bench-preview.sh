#!/usr/bin/env bash
# The import dialog's preview of a ROWS-row users file (default 100,000): the time from opening
# the file until the preview table is painted, and the memory kept per row, each against a
# QStandardItemModel with the same cells in the same run (tests/bench/bench_preview.cpp).
# --paste: the same for ROWS rows pasted from a spreadsheet (6 columns, tab-separated, a Korean
# header), with the longest event-loop gap; e.g. ROWS=10000 scripts/bench-preview.sh --paste.
# --editor: ROWS rows pasted into the bulk editor, then one cell edited in the middle of them (the
# live validation of one cell) against validating that row alone.
# Builds Release into BUILD_DIR (default build-bench/). Run it on an idle machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build-bench}"
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" --target bench_preview --parallel "${JOBS:-2}"
QT_QPA_PLATFORM=offscreen "$build_dir/tests/bench/bench_preview" --rows "${ROWS:-100000}" "$@"
