#!/usr/bin/env python3
"""Rewrites the two ratchet lists the knowledge-base tests read (tests/kb_world_test.cpp):
tests/data/kb-unsourced.tsv (built-in records without a source URL) and
tests/data/kb-coverage-gaps.tsv (required office/jurisdiction/date cells without a known holder),
from the built-in data. Run it after adding records, then review the diff: both lists should
only shrink. Cells that are gaps because an office was vacant keep their reason; new gaps get
"not yet researched". Usage: scripts/kb-lists.py"""
import calendar
import glob
import json
import os

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
recs = []
for f in sorted(glob.glob(os.path.join(root, "lib/kb/data/*.jsonl"))):
    for line in open(f, encoding="utf-8"):
        if line.startswith("{") and '"person"' in line:
            recs.append(json.loads(line))
snapshot = json.loads(open(os.path.join(root, "lib/kb/data/meta.jsonl")).read())["snapshot"]


def first(d):
    return d + "-01-01" if len(d) == 4 else d + "-01" if len(d) == 7 else d


def last(d):
    if len(d) == 4:
        return d + "-12-31"
    if len(d) == 7:
        return d + "-%02d" % calendar.monthrange(int(d[:4]), int(d[5:7]))[1]
    return d


def known(r, day):
    if day < first(r["start"]):
        return False
    if r["end"] is None:
        return "known_to" not in r or day <= last(r["known_to"])
    return day <= last(r["end"])


with open(os.path.join(root, "tests/data/kb-unsourced.tsv"), "w", encoding="utf-8") as out:
    out.write("# Built-in records without a source URL yet (person, office, jurisdiction, start); only shrinks.\n")
    for r in sorted(recs, key=lambda r: (r["jurisdiction"], r["office"], first(r["start"]))):
        if not any(s.get("url", "").startswith("http") for s in r.get("sources", [])):
            out.write(f"{r['person']}\t{r['office']}\t{r['jurisdiction']}\t{r['start']}\n")

gap_path = os.path.join(root, "tests/data/kb-coverage-gaps.tsv")
reasons = {}
if os.path.exists(gap_path):
    for line in open(gap_path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            c = line.rstrip("\n").split("\t")
            reasons[tuple(c[:5])] = c[5] if len(c) > 5 else "not yet researched"
rows = []
for line in open(os.path.join(root, "tests/data/kb-required.tsv"), encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    group, office, body, of, jurs = line.rstrip("\n").split("\t")
    for jur in jurs.split():
        for day in ("2015-01-01", "2020-01-01", snapshot):
            ok = any(r["office"] == office and r["jurisdiction"] == jur and r.get("body", "") == body and
                     r.get("of", "") == of and known(r, day) for r in recs)
            if not ok:
                key = (office, body, of, jur, day)
                rows.append(key + (reasons.get(key, "not yet researched"),))
with open(gap_path, "w", encoding="utf-8") as out:
    out.write("# Cells of kb-required.tsv with no known holder: office, body, of, jurisdiction, date, reason.\n"
              "# Written by scripts/kb-lists.py; only shrinks. \"vacant\" reasons are real vacancies; \"not yet\n"
              "# researched\" cells are missing data (mostly changes after the 2022-23 exports).\n")
    seen = set()
    for r in rows:
        if r[:5] not in seen:
            seen.add(r[:5])
            out.write("\t".join(r) + "\n")
print(f"{sum(1 for r in recs if not any(s.get('url','').startswith('http') for s in r.get('sources', [])))} unsourced, "
      f"{len(seen)} coverage gaps")
