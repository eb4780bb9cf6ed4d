#!/usr/bin/env bash
# The README's test command: installs what is missing, builds from scratch in build-tests/
# (or BUILD_DIR), and runs the whole suite with ctest on the offscreen platform.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
build_dir="${BUILD_DIR:-$root/build-tests}"
rm -rf "$build_dir"
BUILD_DIR="$build_dir" "$root/scripts/build.sh" -DBUILD_TESTING=ON
export QT_QPA_PLATFORM=offscreen
cd "$build_dir"
ctest --output-on-failure --timeout 600 --parallel "$(nproc)"
