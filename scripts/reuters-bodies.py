#!/usr/bin/env python3
"""Writes each <BODY> of the Reuters-21578 SGML files as one .txt file, to time the CLI.

Usage: scripts/reuters-bodies.py ../shared/corpus/reuters21578 /tmp/reuters

The bodies are read the way build/bin/claimlint_bench reads them: UTF-8, or Latin-1 when a file
is not UTF-8 (reut2-017.sgm), with &lt; &gt; &amp; unescaped and &#N; control references dropped.
"""
import glob
import os
import sys

from reuters_findings import bodies  # one body extractor for both scripts

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
n = 0
for path in sorted(glob.glob(os.path.join(src, "*.sgm"))):
    for body in bodies(path):
        with open(os.path.join(out, f"{n:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(body)
        n += 1
print(f"{n} bodies written to {out}")
