#!/usr/bin/env bash
# The sanitized phase of scripts/test.sh: configures SANITIZE_BUILD_DIR (default
# build-sanitize/) with clang-14, AddressSanitizer + UndefinedBehaviorSanitizer (any undefined
# behaviour aborts) and the libFuzzer targets, builds everything and runs the whole suite with
# ctest, the fuzz corpora's replay included. Each test gets the options of
# <build>/sanitizer-env.sh (written by tests/CMakeLists.txt), with the LeakSanitizer
# suppressions of tests/sanitizers/lsan.supp.
#   --configure-only   only configure (scripts/fuzz.sh uses this)
# Extra arguments go to ctest, e.g. `scripts/test-sanitizers.sh -R tst_csvreader`.
# Incremental: scripts/test.sh deletes the directory first for a build from scratch.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${SANITIZE_BUILD_DIR:-$root/build-sanitize}"
configure_only=0
if [ "${1:-}" = --configure-only ]; then
    configure_only=1
    shift
fi

# -O1 keeps the instrumented tests quick without the compile time of -O2; line tables are
# enough for symbolized reports. Debug keeps Q_ASSERT on.
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" -DCMAKE_CXX_COMPILER=clang++-14 \
    -DBUILD_TESTING=ON -DALLI_SANITIZE=ON -DALLI_FUZZ=ON >/dev/null
[ "$configure_only" -eq 0 ] || exit 0

cmake --build "$build_dir" --parallel "$(nproc)"
# shellcheck source=/dev/null
. "$build_dir/sanitizer-env.sh"
export QT_QPA_PLATFORM=offscreen
# So that reports name files and lines.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x /usr/bin/llvm-symbolizer-14 ]; then
    export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
fi
cd "$build_dir"
ctest --output-on-failure --timeout 900 --parallel "$(nproc)" "$@"
