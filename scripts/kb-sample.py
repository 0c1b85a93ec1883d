#!/usr/bin/env python3
"""Draws a reproducible random sample of built-in knowledge-base records for a manual check
against their sources (docs/knowledge-base.md, "Checking a sample").
Usage: scripts/kb-sample.py [--n 50] [--seed 11] [--markdown]"""
import argparse
import glob
import json
import os
import random

ap = argparse.ArgumentParser()
ap.add_argument("--n", type=int, default=50)
ap.add_argument("--seed", type=int, default=11)
ap.add_argument("--markdown", action="store_true", help="print a table to fill in")
a = ap.parse_args()
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
recs = []
for f in sorted(glob.glob(os.path.join(root, "lib/kb/data/*.jsonl"))):
    for i, line in enumerate(open(f, encoding="utf-8"), 1):
        if line.startswith("{") and '"person"' in line:
            recs.append((os.path.basename(f), i, json.loads(line)))
sample = random.Random(a.seed).sample(recs, a.n)
if a.markdown:
    print("| # | record | person | office | jur. | start | end | origin | result |")
    print("|---|---|---|---|---|---|---|---|---|")
for k, (f, line, r) in enumerate(sample, 1):
    end = r["end"] if r["end"] is not None else ("open, known to " + r["known_to"] if "known_to" in r else "open")
    if a.markdown:
        print(f"| {k} | {f}:{line} | {r['person']} | {r['office']} | {r['jurisdiction']} | {r['start']} | {end} | "
              f"{r.get('origin', '')} | |")
    else:
        urls = " ".join(s["url"] for s in r.get("sources", []))
        print(f"{k}\t{f}:{line}\t{r['person']}\t{r['office']}\t{r['jurisdiction']}\t{r['start']}\t{end}\t{urls}")
