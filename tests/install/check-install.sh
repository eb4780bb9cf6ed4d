#!/usr/bin/env bash
# Installs the build into PREFIX and checks what a desktop and a package manager rely on.
#   check-install.sh BUILD_DIR PREFIX VERSION
set -euo pipefail
build="$1" prefix="$2" version="$3"
id=org.alliadmin.AlliAdmin
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" > /dev/null
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }

for exe in alli-admin alli-admin-cli alli-demo-server; do
    [ -x "$prefix/bin/$exe" ] || fail "bin/$exe is not installed"
    out="$("$prefix/bin/$exe" --version 2>&1)" || fail "$exe --version exits with $?"
    case "$out" in *"$version"*) ;; *) fail "$exe --version says '$out', not $version" ;; esac
    "$prefix/bin/$exe" --help > /dev/null 2>&1 || fail "$exe --help fails"
done

desktop="$prefix/share/applications/$id.desktop"
[ -f "$desktop" ] || fail "no $desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate refuses $desktop"
grep -q "^Icon=$id$" "$desktop" || fail "the launcher does not name the icon $id"
grep -q "^Exec=alli-admin" "$desktop" || fail "the launcher does not start alli-admin"

svg="$prefix/share/icons/hicolor/scalable/apps/$id.svg"
[ -s "$svg" ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -s "$png" ] || { fail "no ${size}x${size} icon"; continue; }
    # The PNG header's width and height (bytes 16-23) are the size it is filed under.
    dims="$(od -An -tu1 -j16 -N8 "$png" | tr -s ' ' | sed 's/^ //')"
    want="0 0 $((size / 256)) $((size % 256)) 0 0 $((size / 256)) $((size % 256))"
    [ "$dims" = "$want" ] || fail "${size}x${size} icon has header '$dims'"
done

for page in alli-admin alli-admin-cli alli-demo-server; do
    man="$prefix/share/man/man1/$page.1.gz"
    [ -s "$man" ] || { fail "no manual page $page(1)"; continue; }
    gzip -dc "$man" | grep -q "^\.TH $(echo "$page" | tr a-z A-Z) 1" || fail "$page(1) is not a manual page"
done
[ -s "$prefix/share/doc/alli-admin/copyright" ] || fail "no copyright file"

metainfo="$prefix/share/metainfo/$id.metainfo.xml"
[ -f "$metainfo" ] || fail "no $metainfo"
appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli refuses $metainfo"
for lang in ko ja; do
    grep -q "<summary xml:lang=\"$lang\">" "$metainfo" || fail "no $lang summary"
    grep -q "<p xml:lang=\"$lang\">" "$metainfo" || fail "no $lang description"
done
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "metainfo does not launch $id.desktop"

[ "$failed" = 0 ] && echo "install layout OK"
exit "$failed"
