#!/usr/bin/env bash
# Excel workbooks (issue 16), measured against a baseline in the same run:
#   1. reading a 100,000-row workbook (made by openpyxl: inline strings, deflated, 27 MB of sheet
#      XML): XlsxReader through CsvReader::readFile (bench_csvreader --parse-only) against
#      openpyxl's read-only mode iterating every row's values, each in a child process: best of
#      REPEAT runs (default 3) and the process's peak resident set (getrusage ru_maxrss);
#   2. hostile files, each refused: how long the refusal takes and the memory it needs (a ZIP that
#      unpacks to 300 MB of zeros, entity expansion, a cell in column XFD, malformed XML, half of
#      the 100,000-row workbook, an OLE file that is not an .xls);
#   3. the import dialog until the preview of ROWS rows (default 100,000) is painted, opened as an
#      .xlsx written by our TableFile, against the same rows as CSV (bench_preview --workbook).
# Builds Release into BUILD_DIR (default build-bench/). Run it on an idle machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build-bench}"
repeat="${REPEAT:-3}"
python=/usr/bin/python3 # Debian's, which sees python3-openpyxl

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" --target bench_csvreader bench_preview --parallel "${JOBS:-2}" >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$python" "$root/tests/bulkreader/make_workbooks.py" "$work" large >/dev/null

cat >"$work/openpyxl_read.py" <<'PY'
# openpyxl's read-only mode: every row's values as a list, as an import would need them.
import resource, sys, time
import openpyxl
path, repeat = sys.argv[1], int(sys.argv[2])
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
best = float("inf")
rows = 0
for _ in range(repeat):
    t = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = wb.worksheets[0]
    data = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    wb.close()
    best = min(best, (time.perf_counter() - t) * 1000)
    rows = len(data) - 1
    del data
print(f"rows={rows} total_ms={best:.1f} baseline_kib={baseline} "
      f"peak_kib={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
PY

"$python" - "$build_dir/tests/bench/bench_csvreader" "$python" "$work" "$repeat" <<'PY'
import os, subprocess, sys
bench, python, work, repeat = sys.argv[1:5]
path = os.path.join(work, "large.xlsx")

def run(cmd):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout.strip().splitlines()[-1]
    return dict(kv.split("=", 1) for kv in out.split())

ours = run([bench, path, "--repeat", repeat, "--parse-only"])
theirs = run([python, os.path.join(work, "openpyxl_read.py"), path, repeat])
mb = os.path.getsize(path) / 1e6
print(f"reading {int(ours['rows']):,} rows of a {mb:.1f} MB workbook (made by openpyxl, inline strings):")
for label, r in (("Alli XlsxReader", ours), ("openpyxl read-only", theirs)):
    peak = int(r["peak_kib"]) / 1024
    print(f"  {label:<22}{float(r['total_ms']):>9.1f} ms{peak:>9.1f} MiB peak "
          f"({peak - int(r['baseline_kib']) / 1024:.1f} MiB above the empty process)")
print(f"  Alli is {float(theirs['total_ms']) / float(ours['total_ms']):.1f}x faster; peak memory "
      f"Alli/openpyxl {int(ours['peak_kib']) / int(theirs['peak_kib']):.2f} (lower is better)")
PY
"$python" - "$work" <<'PY'
import sys, zipfile
work = sys.argv[1]
with zipfile.ZipFile(f"{work}/bomb300.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    with z.open("xl/media/zeros.bin", "w") as f:
        block = b"\0" * (1 << 20)
        for _ in range(300):
            f.write(block)
data = open(f"{work}/large.xlsx", "rb").read()
open(f"{work}/truncated.xlsx", "wb").write(data[: len(data) // 2])
open(f"{work}/encrypted.xlsx", "wb").write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 4096)
PY
"$python" - "$build_dir/tests/bench/bench_csvreader" "$work" <<'PY'
import os, subprocess, sys
bench, work = sys.argv[1:3]
print("hostile files, each refused (time of the refusal, memory above the empty process):")
for name, what in (("bomb300.xlsx", "ZIP unpacking to 300 MB"), ("entities.xlsx", "entity expansion (DTD)"),
                   ("wide.xlsx", "a cell in column XFD"), ("malformed.xlsx", "malformed sheet XML"),
                   ("truncated.xlsx", "half of the 100,000-row workbook"), ("encrypted.xlsx", "OLE, not an .xls")):
    out = subprocess.run([bench, os.path.join(work, name), "--expect-refusal"], capture_output=True, text=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout.strip().splitlines()
    r = dict(kv.split("=", 1) for kv in out[-1].split()) if out else {}
    if r.get("refused") != "1":
        print(f"  {what:<36} NOT REFUSED")
        continue
    print(f"  {what:<36}{float(r['total_ms']):>8.1f} ms{(int(r['peak_kib']) - int(r['baseline_kib'])) / 1024:>8.1f} MiB")
PY
QT_QPA_PLATFORM=offscreen "$build_dir/tests/bench/bench_preview" --rows "${ROWS:-100000}" --workbook
