#!/usr/bin/env bash
# Builds the agents-table benchmark in Release (BUILD_DIR, default build-bench/) and runs it:
# memory per row and sort/filter times of the project's model against QStandardItemModel, for
# 100,000 and 1,000,000 agents (or the counts given as arguments).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build-bench}"
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" --target bench_agentmodel --parallel "${JOBS:-2}"
QT_QPA_PLATFORM=offscreen "$build_dir/tests/bench/bench_agentmodel" "$@"
