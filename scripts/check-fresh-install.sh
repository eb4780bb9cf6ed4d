#!/usr/bin/env bash
# Installs the Debian package on a fresh, minimal Debian 12 (debootstrap into a scratch folder,
# nothing else installed) with apt-get, as an admin would, and runs the installed programs'
# --version. Needs root, the Debian mirror and a few minutes (4 min on the 2-core machine, about
# 220 packages come with it). The test command runs it on the package of its build (the
# fresh_install test, tests/install).
# Usage: scripts/check-fresh-install.sh [path/to/alli-admin_*.deb or a folder holding one]
# (default: build it with scripts/package.sh). ROOTFS=dir puts the fresh system somewhere else
# (default: a temp folder); KEEP_ROOTFS=0 deletes it afterwards (default: kept, to look into).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "Run as root: debootstrap and chroot need it." >&2; exit 1; }
deb="${1:-}"
if [ -d "$deb" ]; then
    deb="$(ls "$deb"/alli-admin_*.deb)"
fi
if [ -z "$deb" ]; then
    "$root/scripts/package.sh"
    deb="$(ls "$root"/build-package/alli-admin_*.deb)"
fi
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
rootfs="${ROOTFS:-$(mktemp -d /tmp/alli-fresh-XXXXXX)}"
# What an earlier run left (a test that timed out) is started again from nothing.
if [ "${KEEP_ROOTFS:-1}" = 0 ] && [ -d "$rootfs" ]; then
    umount "$rootfs/proc" 2>/dev/null || true
    rm -rf "$rootfs"
fi
mkdir -p "$rootfs"
mirror="$(grep -m1 -oP '^URIs:\s*\K\S+' /etc/apt/sources.list.d/debian.sources 2>/dev/null || echo http://deb.debian.org/debian)"
echo "A minimal Debian 12 in $rootfs (from $mirror)…"
debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$rootfs.debootstrap.log" 2>&1 || {
    tail -20 "$rootfs.debootstrap.log"; exit 1; }
cp "$deb" "$rootfs/tmp/"
name="$(basename "$deb")"
cleanup() {
    umount "$rootfs/proc" 2>/dev/null || true
    if [ "${KEEP_ROOTFS:-1}" = 0 ] && ! mountpoint -q "$rootfs/proc"; then
        rm -rf "$rootfs" "$rootfs.debootstrap.log" "$rootfs.install.log"
    fi
}
trap cleanup EXIT
mount -t proc proc "$rootfs/proc"
before="$(chroot "$rootfs" dpkg-query -W -f='${Package}\n' | wc -l)"
chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    sh -c "apt-get update -qq && apt-get install -y -qq /tmp/$name" >"$rootfs.install.log" 2>&1 || {
    tail -30 "$rootfs.install.log"; exit 1; }
after="$(chroot "$rootfs" dpkg-query -W -f='${Package}\n' | wc -l)"
echo "apt-get install ./$name: $((after - before)) packages installed with it (Depends and Recommends)"
for program in alli-admin alli-admin-cli alli-demo-server; do
    out="$(chroot "$rootfs" /usr/bin/env -i PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen HOME=/root "$program" --version)"
    echo "  $program --version: $out"
done
chroot "$rootfs" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root alli-admin-cli --help | head -3
test -f "$rootfs/usr/share/applications/org.alliadmin.AlliAdmin.desktop"
test -f "$rootfs/usr/share/icons/hicolor/scalable/apps/org.alliadmin.AlliAdmin.svg"
echo "The launcher entry and the icon are installed."
[ "${KEEP_ROOTFS:-1}" = 0 ] || echo "Fresh system kept in $rootfs."
