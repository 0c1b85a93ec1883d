#!/usr/bin/env python3
"""List the warnings and errors claimlint raises over the Reuters-21578 bodies.

Usage: reuters_findings.py CLI REUTERS_DIR [--rules r1,r2,...] [--keep DIR]

Extracts every <BODY> of the .sgm files (Latin-1 converted to UTF-8, SGML entities undone,
as claimlint_bench does), writes each to its own .txt file, runs `CLI check --format json`
over them and prints one block per finding: file, rule, message and the line it points at.
The last line gives the count per 100 articles.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

ENT = re.compile(r"&(lt|gt|amp|#\d+);")


def bodies(path):
    raw = open(path, "rb").read()
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        s = raw.decode("latin-1")
    for m in re.finditer(r"<BODY>(.*?)</BODY>", s, re.S):
        yield ENT.sub(lambda e: {"lt": "<", "gt": ">", "amp": "&"}.get(e.group(1), ""), m.group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("dir")
    ap.add_argument("--rules", default="")
    ap.add_argument("--keep", default="")
    a = ap.parse_args()
    rules = set(r for r in a.rules.split(",") if r)
    out = a.keep or tempfile.mkdtemp(prefix="reuters-")
    os.makedirs(out, exist_ok=True)
    n = 0
    for f in sorted(glob.glob(os.path.join(a.dir, "*.sgm"))):
        for b in bodies(f):
            n += 1
            with open(os.path.join(out, f"{n:05d}.txt"), "w", encoding="utf-8") as w:
                w.write(b)
    r = subprocess.run([a.cli, "check", "--format", "json", "--fail-on", "never", "--jobs", "2", out],
                       capture_output=True, text=True)
    report = json.loads(r.stdout)
    total = 0
    for file in report["files"]:
        text = open(file["path"], encoding="utf-8").read().split("\n")
        for f in file["findings"]:
            if f["severity"] == "info" or (rules and f["rule"] not in rules):
                continue
            total += 1
            line = f["span"]["line"]
            print(f"{os.path.basename(file['path'])}:{line}: {f['severity']}: {f['message']} [{f['rule']}]")
            print("   ", text[line - 1].strip()[:200] if 0 < line <= len(text) else "")
            for rel in f.get("related", []):
                sp = rel.get("span")
                if sp:
                    print("    related:", text[sp["line"] - 1].strip()[:200])
    print(f"articles {n}  warnings+errors {total}  per 100 articles {100.0 * total / max(n, 1):.2f}")


if __name__ == "__main__":
    sys.exit(main())
