#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (the same file list the CI check uses).
# Translate every new entry in ko, ja and en before committing: tests/i18n fails otherwise.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="$(command -v lupdate6 || true)"
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
list="$(mktemp)"
find "$root/app" "$root/models" "$root/ui" \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) -not -path '*/app/demo/*' | sort > "$list"
"$lupdate" -locations none -no-obsolete "@$list" -ts "$root"/translations/alli_{en,ko,ja}.ts
rm -f "$list"
