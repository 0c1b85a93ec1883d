#!/usr/bin/env python3
"""scripts/kb-import.py on the fixture in tests/kb_import/: mapping, precision, merging of terms,
curated records winning, enrichment, and output that claimlint loads.
Usage: kb_import_test.py CLAIMLINT_BINARY SOURCE_DIR"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

cli, src = sys.argv[1], sys.argv[2]
fx = os.path.join(src, "tests", "kb_import")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


with tempfile.TemporaryDirectory() as tmp:
    curated = os.path.join(tmp, "curated.jsonl")
    shutil.copy(os.path.join(fx, "curated.jsonl"), curated)
    out = os.path.join(tmp, "out.jsonl")
    r = subprocess.run([sys.executable, os.path.join(src, "scripts", "kb-import.py"), "--exports",
                        os.path.join(fx, "exports"), "--sparql", os.path.join(fx, "sparql.json"), "--sparql-read",
                        "2026-11-29", "--curated", curated, "--enrich", "--out", out],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"importer failed: {r.stderr}")
    recs = [json.loads(l) for l in open(out, encoding="utf-8") if l.startswith("{")]
    by = {}
    for x in recs:
        by.setdefault((x["person"], x["office"], x["jurisdiction"]), []).append(x)

    def one(name, office, jur):
        got = by.get((name, office, jur), [])
        check(len(got) == 1, f"{name} {office} {jur}: want one record, got {len(got)}")
        return got[0] if got else {}

    ann = one("Ann Ray", "president", "KE")
    check(ann.get("origin") == "curated" and ann.get("end") == "2022-09-13", "curated Ann Ray must win over the open export row")
    check(ann.get("wikidata", {}).get("person") == "Q910001", "curated Ann Ray gets the Wikidata id of the matching statement")
    check(any(s["url"] == "https://www.wikidata.org/wiki/Q910001" and s["read"] == "2022-08-03" for s in ann.get("sources", [])),
          "the matching statement (same start day) becomes a source, read on the export's date")
    di = one("Di Eno", "foreign_minister", "KE")
    check(di.get("origin") == "curated" and di.get("wikidata", {}).get("person") == "Q910004", "curated Di Eno gets its id")
    check(not di.get("sources"), "a month-precision statement is no source for a curated start given to the day")
    bo = one("Bo Lind", "foreign_minister", "KE")
    check(bo.get("origin") == "wikidata" and bo.get("start") == "2013-05-20" and bo.get("end") == "2018-02-05", f"Bo Lind: {bo}")
    check(bo.get("wikidata") == {"person": "Q910002", "office": "Q900002"}, "person and office ids")
    cy = one("Cy Dee", "foreign_minister", "KE")
    check(cy.get("start") == "2018-02-05" and cy.get("end") == "2021-06-01", f"back-to-back statements are one tenure: {cy}")
    check(not any(x["person"] == "Ed Fay" for x in recs), "a deputy minister is not a minister")
    check(not any(x["person"] == "Old Timer" for x in recs), "tenures that ended before 2015 are left out")
    flo = one("Flo Gee", "finance_minister", "KE")
    check(flo.get("gender") == "f" and flo.get("end") == "2016-03-31", f"Flo Gee: {flo}")
    hal = one("Hal Ito", "finance_minister", "KE")
    check(hal.get("start") == "2016-03-31" and hal.get("end") == "2019", f"SPARQL precision 9 gives a year: {hal}")
    check(hal.get("gender") == "m", "SPARQL gender item")
    check(hal.get("sources", [{}])[0].get("url") == "https://www.wikidata.org/wiki/Q910008#Q910008$AAAA-BBBB",
          f"SPARQL statement URL: {hal.get('sources')}")
    check(hal.get("sources", [{}])[0].get("read") == "2026-11-29", "SPARQL read date")
    check(not any(x["person"] == "Jo Kim" for x in recs), "a date coarser than a year is skipped")
    gus = one("Gus Hale", "prime_minister", "AL")
    check(gus.get("start") == "2013" and gus.get("end") is None and gus.get("known_to") == "2022-10-10",
          f"an open export row is known only to the export's date, and is not closed by a curated holder "
          f"who took over after that date: {gus}")
    ida = one("Ida Jo", "president", "AL")
    check(ida.get("start") == "2017" and ida.get("end") == "2022", f"years only from world-leaders-2021: {ida}")
    check(sum(1 for x in recs if x["person"] == "Kai Lum") == 1, "curated records are all kept")
    # The curated file was rewritten in place with the ids, comments kept.
    text = open(curated, encoding="utf-8").read()
    check(text.startswith("# curated records of the fixture") and "Q910001" in text, "curated file enriched in place")
    # claimlint loads the result.
    r = subprocess.run([cli, "kb-stats", "--no-default-kb", "--kb", out], capture_output=True, text=True)
    check(r.returncode == 0, f"claimlint does not load the output: {r.stdout} {r.stderr}")
    check(f"tenures {len(recs)}" in r.stdout, f"claimlint counts {r.stdout!r}, want {len(recs)} tenures")

for f in failures:
    print("FAIL:", f)
print(f"kb_import_test: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
