#!/usr/bin/env bash
# Runs the libFuzzer targets (tests/fuzz/) for FUZZ_SECONDS each (default 60), all at once, one
# per core (FUZZ_JOBS, default nproc). Fails on any crash, hang (FUZZ_TIMEOUT seconds for one
# input, default 10), memory blow-up (FUZZ_RSS_MB, default 2048), leak or sanitizer report, and
# prints the executions each target reached.
#
#   scripts/fuzz.sh                                  # every target, 60 s each
#   FUZZ_SECONDS=3600 scripts/fuzz.sh fuzz_csvreader # one target for an hour
#
# Uses the clang build of scripts/test-sanitizers.sh (SANITIZE_BUILD_DIR, default
# build-sanitize/), configuring and building just the fuzz targets if needed. The committed
# seeds (tests/fuzz/corpus/<target>/) are only read: what a run finds goes to
# <build>/fuzz/<target>/corpus, which later runs start from too. A failing input is saved as
# <build>/fuzz/<target>/crash-* (or timeout-*, oom-*, leak-*); reproduce it with
# `<build>/tests/fuzz/<target> <file>`, then add it to the seeds as crash-<what>.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${SANITIZE_BUILD_DIR:-$root/build-sanitize}"
seconds="${FUZZ_SECONDS:-60}"
timeout="${FUZZ_TIMEOUT:-10}"
rss_mb="${FUZZ_RSS_MB:-2048}"
jobs="${FUZZ_JOBS:-$(nproc)}"
all_targets=(fuzz_csvreader fuzz_apiresponses fuzz_xlsxreader)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

if [ ! -f "$build_dir/CMakeCache.txt" ] || ! grep -q '^ALLI_FUZZ:BOOL=ON' "$build_dir/CMakeCache.txt"; then
    "$root/scripts/test-sanitizers.sh" --configure-only
fi
cmake --build "$build_dir" --target "${targets[@]}" --parallel "$(nproc)"
# shellcheck source=/dev/null
. "$build_dir/sanitizer-env.sh"
export QT_QPA_PLATFORM=offscreen

run_one() {
    local target="$1" work="$build_dir/fuzz/$1" rc=0
    mkdir -p "$work/corpus"
    rm -f "$work"/crash-* "$work"/timeout-* "$work"/oom-* "$work"/leak-* "$work"/slow-unit-* "$work/rc"
    # New inputs go to the first directory; the committed seeds are the second. FUZZ_ARGS is
    # split into words on purpose.
    # shellcheck disable=SC2086
    "$build_dir/tests/fuzz/$target" "$work/corpus" "$root/tests/fuzz/corpus/$target" \
        -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss_mb" \
        -print_final_stats=1 -artifact_prefix="$work/" ${FUZZ_ARGS:-} >"$work/log.txt" 2>&1 || rc=$?
    echo "$rc" >"$work/rc"
}

# FUZZ_JOBS targets at a time.
batch=0
for target in "${targets[@]}"; do
    echo "Fuzzing $target for ${seconds} s..."
    run_one "$target" &
    batch=$((batch + 1))
    if [ "$batch" -ge "$jobs" ]; then
        wait
        batch=0
    fi
done
wait

failed=0
printf '\n%-20s %14s %10s %10s %8s  %s\n' target executions exec/s "new units" "rss MB" result
for target in "${targets[@]}"; do
    work="$build_dir/fuzz/$target"
    rc="$(cat "$work/rc" 2>/dev/null || echo missing)"
    log="$work/log.txt"
    stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
    artifacts=$(find "$work" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
        -o -name 'leak-*' \) | sort)
    result=ok
    if [ "$rc" != 0 ] || [ -n "$artifacts" ] || grep -qE '^(==[0-9]+==ERROR|SUMMARY: |.*runtime error:)' "$log"; then
        result="FAILED (exit $rc)"
        failed=1
    fi
    printf '%-20s %14s %10s %10s %8s  %s\n' "$target" "$(stat number_of_executed_units)" \
        "$(stat average_exec_per_sec)" "$(stat new_units_added)" "$(stat peak_rss_mb)" "$result"
    if [ "$result" != ok ]; then
        echo "---- $target: end of $log" >&2
        tail -n 60 "$log" >&2
        [ -z "$artifacts" ] || echo "Failing input(s): $artifacts" >&2
    fi
done
exit "$failed"
