#!/usr/bin/env bash
# The README's test command, and exactly what CI runs. Installs what is missing, then:
#   0. format  every tracked C++ file must match .clang-format (scripts/check-format.sh);
#   1. build   builds from scratch in build-tests/ (or BUILD_DIR) and runs the whole suite with
#              ctest on the offscreen platform;
#   2. sanitize  builds from scratch with clang under AddressSanitizer + UndefinedBehaviorSanitizer
#              in build-sanitize/ (or SANITIZE_BUILD_DIR) and runs the whole suite again
#              (scripts/test-sanitizers.sh), the fuzz corpora's replay included;
#   3. fuzz    runs each libFuzzer target for FUZZ_SECONDS (default 60) (scripts/fuzz.sh).
# Every phase runs even if an earlier one failed; the exit status is non-zero if any failed.
# Developers can skip the long phases: QUICK=1 runs only phase 1; SKIP_SANITIZE=1 or SKIP_FUZZ=1
# skip one of them. CI sets none of these.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
build_dir="${BUILD_DIR:-$root/build-tests}"
sanitize_dir="${SANITIZE_BUILD_DIR:-$root/build-sanitize}"
export SANITIZE_BUILD_DIR="$sanitize_dir"
export QT_QPA_PLATFORM=offscreen
if [ "${QUICK:-0}" = 1 ]; then
    SKIP_SANITIZE=1
    SKIP_FUZZ=1
fi

failed=()
summary=()
phase() { # name command...
    local name="$1" start=$SECONDS rc=0
    shift
    echo
    echo "==== $name ===="
    "$@" || rc=$?
    local took=$((SECONDS - start))
    summary+=("$(printf '%-9s %4d min %02d s  %s' "$name" $((took / 60)) $((took % 60)) \
        "$([ "$rc" -eq 0 ] && echo passed || echo "FAILED (exit $rc)")")")
    [ "$rc" -eq 0 ] || failed+=("$name")
}

build_and_test() {
    rm -rf "$build_dir"
    BUILD_DIR="$build_dir" "$root/scripts/build.sh" -DBUILD_TESTING=ON || return
    (cd "$build_dir" && ctest --output-on-failure --timeout 600 --parallel "$(nproc)")
}

sanitize() {
    rm -rf "$sanitize_dir"
    "$root/scripts/test-sanitizers.sh"
}

phase format "$root/scripts/check-format.sh"
phase build build_and_test
if [ "${SKIP_SANITIZE:-0}" = 1 ]; then
    summary+=("sanitize  skipped (SKIP_SANITIZE=1 or QUICK=1)")
else
    phase sanitize sanitize
fi
if [ "${SKIP_FUZZ:-0}" = 1 ]; then
    summary+=("fuzz      skipped (SKIP_FUZZ=1 or QUICK=1)")
else
    phase fuzz "$root/scripts/fuzz.sh"
fi

echo
echo "==== summary ===="
printf '%s\n' "${summary[@]}"
echo "total     $((SECONDS / 60)) min $((SECONDS % 60)) s"
if [ ${#failed[@]} -gt 0 ]; then
    echo "Failed: ${failed[*]}" >&2
    exit 1
fi
