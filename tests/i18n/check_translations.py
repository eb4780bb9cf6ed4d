#!/usr/bin/python3
"""Fails when a translation is unfinished or empty, or when lupdate finds a source string that a
.ts file lacks. Runs lupdate on copies, so the committed files are never touched."""
import argparse
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def problems_in(ts_path):
    problems = []
    root = ET.parse(ts_path).getroot()
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{ts_path.name}: [{name}] {source!r}"
            if translation is None:
                problems.append(f"{where}: no translation element")
                continue
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished":
                problems.append(f"{where}: unfinished (new or changed source string)")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if not forms or any(not f.strip() for f in forms):
                    problems.append(f"{where}: a plural form is empty")
                elif any("%n" in source and "%n" not in f for f in forms):
                    problems.append(f"{where}: a plural form lacks %n")
            elif not (translation.text or "").strip():
                problems.append(f"{where}: empty translation")
            else:
                for arg in ("%1", "%2", "%3"):
                    if arg in source and arg not in translation.text:
                        problems.append(f"{where}: translation lacks {arg}")
    return count, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--ts-dir", required=True)
    parser.add_argument("--source-root", required=True)
    args = parser.parse_args()

    root = pathlib.Path(args.source_root)
    sources = [str(p) for d in ("app", "models", "ui") for p in (root / d).rglob("*")
               if p.suffix in (".cpp", ".h", ".ui") and "/app/demo/" not in str(p)]
    ts_files = sorted(pathlib.Path(args.ts_dir).glob("alli_*.ts"))
    if len(ts_files) != 3:
        print(f"expected alli_en.ts, alli_ko.ts and alli_ja.ts, found {[t.name for t in ts_files]}")
        print("0 passed, 1 failed")
        return 1

    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in ts_files:
            copy = pathlib.Path(tmp) / ts.name
            shutil.copy(ts, copy)
            copies.append(copy)
        lst = pathlib.Path(tmp) / "sources.lst"
        lst.write_text("\n".join(sources))
        result = subprocess.run([args.lupdate, "-silent", "-locations", "none", "@" + str(lst), "-ts", *map(str, copies)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout, result.stderr)
            print("0 passed, 1 failed")
            return 1
        for copy in copies:
            count, problems = problems_in(copy)
            if problems:
                failed += 1
                print(f"FAIL {copy.name}: {len(problems)} problem(s) in {count} messages")
                for p in problems[:200]:
                    print("   ", p)
            else:
                passed += 1
                print(f"PASS {copy.name}: {count} messages, all translated")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
