#!/usr/bin/env bash
# Builds the CSV reading benchmark in Release (BUILD_DIR, default build-bench/), generates a
# users file of ROWS rows (default 100,000, about 10 MB) with Korean names and departments in
# UTF-8 (with BOM) and in windows-949, and compares, in the same run and on the same files:
#   - Alli: CsvReader::readFile (encoding detected, or forced) + autoMap + RowValidator::prepare
#   - Python: bytes.decode('utf-8-sig' / 'cp949') + csv.reader, and the same + payload dicts
# Each measurement is a child process: best of REPEAT runs (default 3) for speed, and its own
# peak resident set (getrusage ru_maxrss) for memory, with the empty process's baseline.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build-bench}"
rows="${ROWS:-100000}"
repeat="${REPEAT:-3}"
python="${PYTHON:-/usr/bin/python3}"

cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" --target bench_csvreader --parallel "${JOBS:-2}" >/dev/null
bench="$build_dir/tests/bench/bench_csvreader"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$python" - "$work" "$rows" <<'PY'
import random, sys
work, rows = sys.argv[1], int(sys.argv[2])
rnd = random.Random(42)
surnames = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경"
given = "민서지현수영준호우진하은도윤예준시우주원채아연서희성태동건혁재현미경숙정희철훈빈솔똠햏쓩"
depts = ["영업1팀", "영업2팀", "개발본부", "인사팀", "재무회계팀", "마케팅전략실", "고객지원센터", "품질보증팀", "연구소", "총무부"]
titles = ["사원", "주임", "대리", "과장", "차장", "부장", "이사", "상무"]
lines = ["ownUserId,name,department,title,email,phone,joined,note"]
for n in range(1, rows + 1):
    name = rnd.choice(surnames) + rnd.choice(given) + rnd.choice(given)
    note = ""
    r = rnd.random()
    if r < 0.05:
        note = '"재입사, 경력 ""우대"""'
    elif r < 0.08:
        note = '"메모 1줄\r\n메모 2줄"'
    lines.append(
        f"E{n:07d},{name},{rnd.choice(depts)},{rnd.choice(titles)},user{n:07d}@example.co.kr,"
        f"010-{rnd.randrange(10000):04d}-{rnd.randrange(10000):04d},20{rnd.randrange(10, 25)}-{rnd.randrange(1, 13):02d}-01,"
        f"{note}")
text = "\r\n".join(lines) + "\r\n"
open(f"{work}/users-utf8.csv", "wb").write(b"\xef\xbb\xbf" + text.encode("utf-8"))
open(f"{work}/users-cp949.csv", "wb").write(text.encode("cp949"))
PY

cat >"$work/pyread.py" <<'PY'
# Python's csv module on the same file: decode, parse into lists, optionally build the same
# users-create payloads. Prints best milliseconds and this process's own peak RSS.
import csv, io, resource, sys, time
path, codec, repeat, payloads = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
best = float("inf")
rows = 0
for _ in range(repeat):
    t = time.perf_counter()
    with open(path, "rb") as f:
        text = f.read().decode(codec)
    table = list(csv.reader(io.StringIO(text, newline="")))
    header, data = table[0], table[1:]
    if payloads:
        out = [{"ownUserId": r[0], "data": [{"key": k, "value": v} for k, v in zip(header[1:], r[1:]) if v.strip()]}
               for r in data]
    best = min(best, (time.perf_counter() - t) * 1000)
    rows = len(data)
    del text, table, data
    if payloads:
        del out
print(f"rows={rows} total_ms={best:.1f} baseline_kib={baseline} "
      f"peak_kib={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
PY

"$python" - "$bench" "$python" "$work" "$repeat" <<'PY'
import os, subprocess, sys
bench, python, work, repeat = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]

def run(cmd):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout.strip().splitlines()[-1]
    return dict(kv.split("=", 1) for kv in out.split())

print(f"{'file':<22}{'reader':<48}{'MB/s':>8}{'ms':>9}{'peak MiB':>10}{'Δ MiB':>8}")
for name, codec, enc in [("users-utf8.csv", "utf-8-sig", "utf-8"), ("users-cp949.csv", "cp949", "windows-949")]:
    path = os.path.join(work, name)
    mb = os.path.getsize(path) / 1e6
    results = []
    results.append(("Alli decode+parse (auto-detect)", run([bench, path, "--repeat", repeat, "--parse-only"])))
    results.append(("Alli decode+parse+validate (auto-detect)", run([bench, path, "--repeat", repeat])))
    results.append((f"Alli decode+parse+validate ({enc} forced)", run([bench, path, "--repeat", repeat, "--encoding", enc])))
    results.append((f"Python csv decode+parse ('{codec}')", run([python, f"{work}/pyread.py", path, codec, repeat, "0"])))
    results.append(("Python csv decode+parse+payload dicts", run([python, f"{work}/pyread.py", path, codec, repeat, "1"])))
    print(f"{name} ({mb:.1f} MB, {int(results[0][1]['rows']):,} rows, detected {results[0][1]['encoding']})")
    for label, r in results:
        ms = float(r["total_ms"]); peak = int(r["peak_kib"]) / 1024; delta = peak - int(r["baseline_kib"]) / 1024
        print(f"{'':<22}{label:<48}{mb / (ms / 1000):>8.1f}{ms:>9.1f}{peak:>10.1f}{delta:>8.1f}")
    alli, py = results[1][1], results[4][1]
    alli_parse, py_parse = results[0][1], results[3][1]
    print(f"{'':<22}Alli speed-up over Python: parse {float(py_parse['total_ms']) / float(alli_parse['total_ms']):.2f}x, "
          f"parse+validate {float(py['total_ms']) / float(alli['total_ms']):.2f}x; "
          f"peak memory parse {int(alli_parse['peak_kib']) / int(py_parse['peak_kib']):.2f}x, "
          f"parse+validate {int(alli['peak_kib']) / int(py['peak_kib']):.2f}x (Alli/Python; lower is better)")
PY
