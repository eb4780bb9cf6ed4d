#!/usr/bin/env bash
# Renders every page of the GUI in English, Korean and Japanese under a virtual X display and
# saves PNGs to screenshots/ (or the directory given as $1): light and dark, at scale 1 (the
# window at 1280x720 and 1920x1080, each on a screen of its own size) and at scale 2
# (QT_SCALE_FACTOR=2 on a 2880x1800 screen: the same 1440x900 layout, drawn with twice the
# pixels, to check that icons and text are crisp). THEMES, SCALES and SIZES narrow it down.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/screenshots}"
app="${BUILD_DIR:-$root/build}/app/alli-admin"
[ -x "$app" ] || "$root/scripts/build.sh" -DBUILD_TESTING=OFF
for theme in ${THEMES:-light dark}; do
    for scale in ${SCALES:-1 2}; do
        if [ "$scale" = 1 ]; then sizes="${SIZES:-1280x720 1920x1080}"; else sizes=1440x900; fi
        for size in $sizes; do
            w="${size%x*}" h="${size#*x}"
            screen="$((w * scale))x$((h * scale))"
            # A clean profile each time: no remembered language, theme or geometry.
            XDG_CONFIG_HOME="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)" QT_SCALE_FACTOR="$scale" \
                xvfb-run -a -s "-screen 0 ${screen}x24" "$app" --demo --theme "$theme" \
                --window-size "$size" --screenshots "$out/$theme-${scale}x/$size"
        done
    done
done
echo "Screenshots saved in $out"
