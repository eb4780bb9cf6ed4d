#!/usr/bin/env bash
# Builds the bulk sending benchmark in Release (BUILD_DIR, default build-bench/) and runs it:
# 100,000 users created against the embedded demo backend with 50 ms latency and 4 requests in
# flight, wall time against the ideal 1,000 x 50 ms / 4 = 12.5 s (goal: within 1.15x), and the
# longest gap between 10 ms timer ticks on the main thread while the job runs. Journal writes
# run on a writer thread of their own; --no-journal measures the engine without them.
# --cancel-after MS cancels the job after MS ms instead, and reports how long cancel() took, the
# longest event-loop gap until finished(), and whether the journal read back agrees row by row.
# Extra arguments go to the benchmark: --rows N --latency MS --concurrency K --no-journal
# --cancel-after MS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build-bench}"
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" --target bench_bulksend --parallel "${JOBS:-2}"
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="alli.*.info=false;alli.*.debug=false" \
    "$build_dir/tests/bench/bench_bulksend" "$@"
