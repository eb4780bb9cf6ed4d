#!/usr/bin/env bash
# The Debian package as scripts/package.sh builds it, from this build tree: CPack (dependencies
# from dpkg-shlibdeps), its file list and Depends, lintian with only the tags docs/packaging.md
# explains, then the package unpacked into a scratch root whose executables must answer
# --version and --help. Usage: check-package.sh BUILD_DIR WORK_DIR SOURCE_DIR VERSION
set -euo pipefail
build="$1" work="$2" source="$3" version="$4"
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps lintian; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh installs it)"
done
rm -rf "$work"
mkdir -p "$work"
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/out/alli-admin_"$version"_*.deb)"
[ -f "$deb" ] || fail "no package in $work/out"

# The files a desktop package needs.
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/files"
for f in ./usr/bin/alli-admin ./usr/bin/alli-admin-cli ./usr/bin/alli-demo-server \
    ./usr/share/applications/org.alliadmin.AlliAdmin.desktop \
    ./usr/share/metainfo/org.alliadmin.AlliAdmin.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.alliadmin.AlliAdmin.svg \
    ./usr/share/icons/hicolor/48x48/apps/org.alliadmin.AlliAdmin.png \
    ./usr/share/man/man1/alli-admin.1.gz ./usr/share/man/man1/alli-admin-cli.1.gz \
    ./usr/share/doc/alli-admin/copyright; do
    grep -qxF "$f" "$work/files" || fail "the package lacks $f"
done
# Nothing outside /usr, and no test or build helper.
if grep -v '^\./usr/' "$work/files" | grep -v '^\./$' | grep -q .; then fail "files outside /usr"; fi
if grep -q 'alli-icon-render\|tst_\|crashgui' "$work/files"; then fail "a build or test helper is packaged"; fi

# Dependencies computed from the executables, plus the SQLite plugin Qt loads at run time.
depends="$(dpkg-deb -f "$deb" Depends)"
for d in libqt6core6 libqt6widgets6 libqt6network6 libqt6keychain1 libqt6httpserver6 libqt6sql6-sqlite \
    libxlsxwriter4 libminizip1; do
    grep -q "\b$d\b" <<<"$depends" || fail "Depends lacks $d: $depends"
done

lintian --tag-display-limit 0 --suppress-tags-from-file "$source/scripts/lintian-explained.txt" "$deb" \
    >"$work/lintian.log" 2>&1 || { cat "$work/lintian.log"; fail "lintian found problems not explained in docs/packaging.md"; }
if grep -q '^[EW]:' "$work/lintian.log"; then cat "$work/lintian.log"; fail "lintian errors or warnings"; fi

# Unpacked into a scratch root, the programs run (the libraries are the system's).
dpkg-deb -x "$deb" "$work/root"
out="$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/alli-admin" --version)"
grep -q "$version" <<<"$out" || fail "alli-admin --version: $out"
out="$("$work/root/usr/bin/alli-admin-cli" --help)"
grep -q -- "--ca-file" <<<"$out" || fail "alli-admin-cli --help: $out"
out="$("$work/root/usr/bin/alli-demo-server" --version)"
grep -q "$version" <<<"$out" || fail "alli-demo-server --version: $out"
echo "package ok: $deb ($(stat -c %s "$deb") bytes, $(grep -c . "$work/files") entries)"
