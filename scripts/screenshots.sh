#!/usr/bin/env bash
# Renders every page of the GUI in English, Korean and Japanese under a virtual X display and
# saves PNGs to screenshots/ (or the directory given as $1).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/screenshots}"
app="${BUILD_DIR:-$root/build}/app/alli-admin"
[ -x "$app" ] || "$root/scripts/build.sh" -DBUILD_TESTING=OFF
export XDG_CONFIG_HOME="$(mktemp -d)" # a clean profile: no remembered language or geometry
# The window at the sizes admins use (1280x720 and 1920x1080), each on a screen of its own size.
for size in ${SIZES:-1280x720 1920x1080}; do
    xvfb-run -a -s "-screen 0 ${size}x24" "$app" --demo --window-size "$size" --screenshots "$out/$size"
done
echo "Screenshots saved in $out"
