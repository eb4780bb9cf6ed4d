#!/usr/bin/env bash
# The README's "try it" command: installs what is missing, builds, and starts the GUI on the
# embedded demo backend. Extra arguments go to alli-admin (e.g. --language ko).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DBUILD_TESTING=OFF
app="${BUILD_DIR:-$root/build}/app/alli-admin"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    cat >&2 <<MSG
Alli Admin is built, but there is no display to show its window (DISPLAY and WAYLAND_DISPLAY are unset).
On a desktop session, run this command from a terminal inside it. On a headless machine, use a virtual display:
    xvfb-run -a -s "-screen 0 1280x800x24" $app --demo
or take screenshots of every page instead:
    $root/scripts/screenshots.sh
MSG
    exit 2
fi
exec "$app" --demo "$@"
