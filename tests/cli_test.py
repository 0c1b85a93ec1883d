#!/usr/bin/env python3
"""CLI tests: exit codes, error messages, the JSON contract. Usage: cli_test.py CLI SOURCE_DIR"""
import json
import os
import subprocess
import sys
import tempfile

CLI, SRC = sys.argv[1], sys.argv[2]
SEED = os.path.join(SRC, "..", "shared", "corpus", "dev", "000-berlin-talks.txt")
failures = 0
passed = 0


def run(*args, stdin=None):
    p = subprocess.run([CLI, *args], capture_output=True, input=stdin, timeout=120)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(name, cond, detail=""):
    global failures, passed
    if cond:
        passed += 1
    else:
        failures += 1
        print(f"FAIL {name}: {detail}")


tmp = tempfile.mkdtemp()
seed_text = open(SEED, encoding="utf-8").read() if os.path.exists(SEED) else (
    "The German Chancellor’s spokesperson, Friedrich Merz, noted that the talks mattered.\n")
seed = os.path.join(tmp, "seed.txt")
open(seed, "w", encoding="utf-8").write(seed_text)

# The seed article: role.self-reference, exit 1.
rc, out, err = run("check", "--date", "2025-12-15", seed)
check("seed exit", rc == 1, f"rc={rc} err={err}")
check("seed text format", "error:" in out and "[role.self-reference]" in out and "Friedrich Merz" in out, out)

rc, out, err = run("check", "--format", "json", "--date", "2025-12-15", seed)
check("json exit", rc == 1, rc)
rep = json.loads(out)
f0 = rep["files"][0]
check("json date", f0["date"] == "2025-12-15" and f0["date_source"] == "option", f0.get("date"))
rules = [f["rule"] for f in f0["findings"]]
check("json rule", "role.self-reference" in rules, rules)
sr = [f for f in f0["findings"] if f["rule"] == "role.self-reference"]
if sr:
    sp = sr[0]["span"]
    check("json span keys", all(k in sp for k in ("start", "end", "line", "column", "end_line", "end_column")), sp)
    check("json span bytes", seed_text.encode()[sp["start"]:sp["end"]].decode().find("Merz") >= 0 or
          "Chancellor" in seed_text.encode()[sp["start"]:sp["end"]].decode(), sp)
    check("json evidence", any("knowledge base" in r["message"] for r in sr[0]["related"]), sr[0]["related"])
for c in f0["claims"]:
    check("claim kind", c["kind"] in ("direct", "indirect", "mixed", "according_to"), c["kind"])

# Fail levels.
rc, _, _ = run("check", "--fail-on", "never", "--date", "2025-12-15", seed)
check("fail-on never", rc == 0, rc)
clean = os.path.join(tmp, "clean.txt")
open(clean, "w").write("Nothing to see here.\n")
for level, want in (("error", 0), ("warning", 0), ("info", 0), ("never", 0)):
    rc, _, _ = run("check", "--fail-on", level, clean)
    check(f"clean fail-on {level}", rc == want, rc)
for level, want in (("error", 1), ("warning", 1), ("info", 1), ("never", 0)):
    rc, _, _ = run("check", "--fail-on", level, "--date", "2025-12-15", seed)
    check(f"seed fail-on {level}", rc == want, rc)

# Bad input: exit 2 with "claimlint: PATH: cause".
rc, _, err = run("check", os.path.join(tmp, "missing.txt"))
check("missing file", rc == 2 and "missing.txt" in err and err.startswith("claimlint: "), (rc, err))
empty_dir = os.path.join(tmp, "empty")
os.mkdir(empty_dir)
rc, _, err = run("check", empty_dir)
check("empty dir", rc == 2 and "no articles" in err, (rc, err))
bad = os.path.join(tmp, "bad.txt")
open(bad, "wb").write(b"Good line.\nBad \xff byte.\n")
rc, _, err = run("check", bad)
check("invalid utf-8", rc == 2 and "bad.txt" in err and "line 2" in err and "offset 15" in err, (rc, err))
rc, out, err = run("check", "--format", "json", bad, clean)
check("one bad file does not stop the others", rc == 2 and len(json.loads(out)["files"]) == 2, (rc, out[:200], err))
binary = os.path.join(tmp, "bin.txt")
open(binary, "wb").write(bytes(range(256)) * 10)
rc, _, err = run("check", binary)
check("binary file", rc == 2 and "bin.txt" in err, (rc, err))
rc, _, err = run("check", "--date", "2025-02-30", clean)
check("bad date", rc == 2 and "--date" in err, (rc, err))
rc, _, err = run("check", "--date", "yesterday", clean)
check("bad date text", rc == 2, rc)
rc, _, err = run("check", "--format", "xml", clean)
check("bad format", rc == 2, rc)
empty = os.path.join(tmp, "empty.txt")
open(empty, "w").close()
rc, out, err = run("check", "--format", "json", empty)
check("empty file", rc == 0 and json.loads(out)["files"][0]["findings"] == [], (rc, err))
badkb = os.path.join(tmp, "bad.jsonl")
open(badkb, "w").write('{"person": "A"}\n')
rc, _, err = run("check", "--kb", badkb, clean)
check("bad kb", rc == 2 and "bad.jsonl" in err and "line 1" in err, (rc, err))

# Standard input.
rc, out, _ = run("check", "--format", "json", "--date", "2025-12-15", "-", stdin=seed_text.encode())
check("stdin", rc == 1 and json.loads(out)["files"][0]["path"] == "-", rc)

# Directories: every article below, in order; --jobs gives identical output.
d = os.path.join(tmp, "dir")
os.makedirs(os.path.join(d, "sub"))
for i, name in enumerate(["b.txt", "a.md", "sub/c.txt", "skip.json"]):
    open(os.path.join(d, name), "w", encoding="utf-8").write(seed_text)
rc, out1, _ = run("check", "--format", "json", "--jobs", "1", "--date", "2025-12-15", d)
rc2, out2, _ = run("check", "--format", "json", "--jobs", "2", "--date", "2025-12-15", d)
paths = [f["path"] for f in json.loads(out1)["files"]]
check("directory walk", [os.path.basename(p) for p in paths] == ["a.md", "b.txt", "c.txt"], paths)
check("jobs identical", out1 == out2 and rc == rc2 == 1)

# Other formats parse.
rc, out, _ = run("check", "--format", "sarif", "--date", "2025-12-15", seed)
check("sarif", json.loads(out)["version"] == "2.1.0", out[:100])
rc, out, _ = run("check", "--format", "jsonl", "--date", "2025-12-15", seed, clean)
check("jsonl", len([l for l in out.splitlines() if l.strip()]) == 2, out[:100])
rc, out, _ = run("check", "--format", "github", "--date", "2025-12-15", seed)
check("github", any(l.startswith("::error file=") for l in out.splitlines()), out[:100])

print(f"{passed} passed, {failures} failed")
sys.exit(1 if failures else 0)
