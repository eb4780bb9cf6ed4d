#!/usr/bin/env bash
# Installs, as root on Debian 12, every package Alli Admin needs to build, test and run.
# Only missing packages are installed, so a second run is quick and works offline.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libqt6sql6-sqlite libsqlite3-dev qt6-svg-dev
    qt6-translations-l10n qt6-qpa-plugins
    # Excel workbooks: the ZIP container (app/bulk/xlsxreader.cpp); test fixtures made by openpyxl.
    libminizip-dev python3-openpyxl python3-xlsxwriter python3-xlwt
    # Workbooks written (app/bulk/tablefile.cpp); xlwt makes the .xls that tst_xlsxreader refuses.
    libxlsxwriter-dev
    python3 python3-jsonschema
    fonts-noto-cjk xvfb xauth
    # tests/install: the launcher entry and the AppStream metainfo are validated.
    desktop-file-utils appstream
    # tests/install/check-package.sh builds the Debian package and checks it with lintian.
    dpkg-dev lintian file
    # tests/api/tst_tls makes its certificates with the openssl command, and reads a PAC file
    # through libproxy's JavaScript runner (what the package recommends for PAC files).
    openssl libproxy1-plugin-webkit
    # The sanitized build and the fuzz targets of scripts/test.sh: clang, its sanitizer and
    # libFuzzer runtimes, and llvm-symbolizer for readable reports.
    clang-14 libclang-rt-14-dev libfuzzer-14-dev llvm-14
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "All build, test and run dependencies are installed."
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages: ${missing[*]}" >&2
    echo "Run this script as root (or with sudo) to install them." >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
