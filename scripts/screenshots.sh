#!/usr/bin/env bash
# Renders every page of the GUI in English, Korean and Japanese under a virtual X display and
# saves PNGs to screenshots/ (or the directory given as $1).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/screenshots}"
app="${BUILD_DIR:-$root/build}/app/alli-admin"
[ -x "$app" ] || "$root/scripts/build.sh" -DBUILD_TESTING=OFF
export XDG_CONFIG_HOME="$(mktemp -d)" # a clean profile: no remembered language or geometry
xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo --screenshots "$out"
echo "Screenshots saved in $out"
