#!/usr/bin/env python3
"""Validates claimlint's SARIF against the official SARIF 2.1.0 JSON schema with ajv-cli.

Usage: sarif_validate.py CLI SOURCE_DIR WORK_DIR

The schema is the SARIF 2.1.0 JSON schema as shipped in the npm package @microsoft/jest-sarif
(lib/schemas/sarif-2.1.0-rtm.5.json, the final 2.1.0 schema), installed beside ajv-cli by
scripts/install-sarif-validator.sh, or named by $CLAIMLINT_SARIF_SCHEMA. It is draft-04; ajv-cli's
own `migrate` command turns it into draft-07 for Ajv 8, and `ajv validate` with ajv-formats
checks every document. ajv comes from $CLAIMLINT_AJV, SOURCE_DIR/.tools (scripts/install-sarif-validator.sh,
run by .ci/run), PATH, or npx. Exit 77 (skipped) when none is there, unless
CLAIMLINT_REQUIRE_SARIF_VALIDATOR=1, as in CI, where that is a failure.
"""
import json
import os
import shutil
import subprocess
import sys

CLI, SRC, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
SCHEMA = os.environ.get("CLAIMLINT_SARIF_SCHEMA") or os.path.join(
    SRC, ".tools", "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json")
SKIP = 77
os.makedirs(WORK, exist_ok=True)


def find_ajv():
    candidates = []
    if os.environ.get("CLAIMLINT_AJV"):
        candidates.append([os.environ["CLAIMLINT_AJV"]])
    candidates.append([os.path.join(SRC, ".tools", "node_modules", ".bin", "ajv")])
    if shutil.which("ajv"):
        candidates.append([shutil.which("ajv")])
    if shutil.which("npx"):
        candidates.append([shutil.which("npx"), "--no-install", "ajv"])
    for c in candidates:
        if len(c) == 1 and not os.path.exists(c[0]):
            continue
        try:
            p = subprocess.run(c + ["help"], capture_output=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if p.returncode == 0 and b"validate" in p.stdout + p.stderr:
            return c
    return None


ajv = find_ajv()
if ajv and not os.path.exists(SCHEMA):
    ajv = None
if not ajv:
    msg = "ajv-cli or the SARIF schema not found (run scripts/install-sarif-validator.sh)"
    if os.environ.get("CLAIMLINT_REQUIRE_SARIF_VALIDATOR") == "1":
        print("FAIL: " + msg)
        sys.exit(1)
    print("skip: " + msg)
    sys.exit(SKIP)
print("validator:", " ".join(ajv))

# The rtm.5 schema carries one malformed pattern (the `language` property of run and
# toolComponent), which OASIS corrected in SARIF 2.1.0 errata01 to ^[a-zA-Z]{2}(-[a-zA-Z]{2})?$.
# Apply that published correction, and nothing else, before migrating.
BAD_LANG = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$"
FIXED_LANG = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"
with open(SCHEMA, encoding="utf-8") as fh:
    schema = json.load(fh)
for d in ("run", "toolComponent"):
    prop = schema["definitions"][d]["properties"]["language"]
    if prop.get("pattern") == BAD_LANG:
        prop["pattern"] = FIXED_LANG
schema4 = os.path.join(WORK, "sarif-schema-2.1.0.json")
with open(schema4, "w", encoding="utf-8") as fh:
    json.dump(schema, fh)
schema7 = os.path.join(WORK, "sarif-schema-2.1.0.draft7.json")
p = subprocess.run(ajv + ["migrate", "-s", schema4, "-o", schema7], capture_output=True, text=True, timeout=120)
if p.returncode != 0 or not os.path.exists(schema7):
    print("FAIL: ajv migrate:", p.stdout, p.stderr)
    sys.exit(1)


def validate(path):
    p = subprocess.run(ajv + ["validate", "-s", schema7, "-d", path, "-c", "ajv-formats", "--strict=false",
                              "--all-errors", "--errors=text"], capture_output=True, text=True, timeout=300)
    out = p.stdout + p.stderr
    if "Cannot find module" in out:
        msg = "ajv-formats not found next to ajv-cli"
        if os.environ.get("CLAIMLINT_REQUIRE_SARIF_VALIDATOR") == "1":
            print("FAIL: " + msg)
            sys.exit(1)
        print("skip: " + msg)
        sys.exit(SKIP)
    return p.returncode == 0, out


# Inputs: the example articles in three formats, a path that needs percent-encoding, an
# undecodable file (a notification), a clean file (no results), standard input, the dev corpus.
inputs = os.path.join(WORK, "inputs")
os.makedirs(inputs, exist_ok=True)
art = os.path.join(SRC, "examples", "articles")
spaced = os.path.join(inputs, "a draft #1 ü.md")
open(spaced, "w", encoding="utf-8").write(
    "<!-- claimlint-disable-next-line role.stale -->\n"
    "The German Chancellor’s spokesperson, Friedrich Merz, noted that the talks mattered.\n")
broken = os.path.join(inputs, "broken.txt")
open(broken, "wb").write(b"Bad \xff byte.\n")
clean = os.path.join(inputs, "clean.txt")
open(clean, "w").write("Nothing to see here.\n")
runs = {
    "examples": ["--date", "2025-12-15"] + [os.path.join(art, "berlin-talks." + e) for e in ("txt", "md", "html")] + [spaced],
    "errors": ["--date", "2025-12-15", spaced, broken],
    "clean": [clean],
    "relative": ["--date", "2025-12-15", os.path.relpath(os.path.join(art, "berlin-talks.md"))],
}
dev = os.path.join(SRC, "..", "shared", "corpus", "dev")
if os.path.isdir(dev):
    runs["dev-corpus"] = [dev]

failures = passed = 0
for name, args in runs.items():
    p = subprocess.run([CLI, "check", "--format", "sarif"] + args, capture_output=True, timeout=300)
    doc = os.path.join(WORK, name + ".sarif.json")
    open(doc, "wb").write(p.stdout)
    try:
        results = sum(len(r.get("results", [])) for r in json.loads(p.stdout)["runs"])
    except ValueError:
        print(f"FAIL {name}: not JSON (exit {p.returncode}): {p.stderr[:300]!r}")
        failures += 1
        continue
    ok, out = validate(doc)
    if ok:
        passed += 1
        print(f"ok {name}: {results} results valid")
    else:
        failures += 1
        print(f"FAIL {name}: {out[:2000]}")

# The validator must reject what the schema forbids (a URI with a space, a result without a message).
bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
    {"ruleId": "r", "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a b.md"}}}]}]}]}
bad_doc = os.path.join(WORK, "invalid.sarif.json")
json.dump(bad, open(bad_doc, "w"))
ok, out = validate(bad_doc)
if ok:
    failures += 1
    print("FAIL negative control: an invalid document was accepted")
else:
    passed += 1
    print("ok negative control rejected")

print(f"{passed} passed, {failures} failed")
sys.exit(1 if failures else 0)
