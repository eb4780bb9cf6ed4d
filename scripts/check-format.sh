#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what .clang-format (clang-format 14, Debian's) makes
# of it, and names each file. Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
fmt="$(command -v clang-format-14 || command -v clang-format || true)"
if [ -z "$fmt" ]; then
    echo "clang-format is not installed (scripts/install-deps.sh installs it)." >&2
    exit 1
fi
bad=()
while IFS= read -r file; do
    if ! "$fmt" --style=file --dry-run -Werror "$file" >/dev/null 2>&1; then
        bad+=("$file")
    fi
done < <(git ls-files '*.cpp' '*.h')
if [ ${#bad[@]} -gt 0 ]; then
    echo "Not formatted with .clang-format (${#bad[@]} file(s)):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    echo "Run: git ls-files '*.cpp' '*.h' | xargs $fmt -i" >&2
    exit 1
fi
echo "Formatting: every C++ file matches .clang-format ($("$fmt" --version | head -1))."
