#!/usr/bin/env bash
# Builds the Debian package: a Release build in build-package/ (or PACKAGE_BUILD_DIR), then
# CPack (dependencies computed by dpkg-shlibdeps), then lintian. The .deb is left in that folder.
# Installs dpkg-dev and lintian when missing (as root), like scripts/install-deps.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${PACKAGE_BUILD_DIR:-$root/build-package}"
"$root/scripts/install-deps.sh"
need=()
for p in dpkg-dev lintian file; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || { echo "Missing packages: ${need[*]} (run as root)" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
rm -rf "$dir"
cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$dir"
(cd "$dir" && cpack -G DEB)
deb="$(ls "$dir"/alli-admin_*.deb)"
echo
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
echo
# What lintian still says, each explained in docs/packaging.md.
lintian --no-tag-display-limit --suppress-tags-from-file "$root/scripts/lintian-explained.txt" "$deb" || {
    echo "lintian found problems not explained in docs/packaging.md" >&2
    exit 1
}
echo "Package: $deb"
