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
check("invalid utf-8", rc == 2 and "bad.txt:2: " in err and "offset 15" in err, (rc, err))
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
check("bad kb", rc == 2 and "bad.jsonl:1: " in err, (rc, err))

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


# --- The exit-code matrix: 0, 1 and 2 for each --fail-on level.
SENTENCE = "The German Chancellor’s spokesperson, Friedrich Merz, noted that the talks mattered.\n"
matrix_dir = os.path.join(tmp, "matrix")
cases = {
    "clean": ("Nothing to see here.\n", ""),
    "info": ("<!-- claimlint-disable-next-line role.stale -->\nNothing to see here.\n", ""),
    "warning": (SENTENCE, '[rules]\n"role.self-reference" = "warning"\n'),
    "error": (SENTENCE, ""),
}
for name, (text, cfg) in cases.items():
    os.makedirs(os.path.join(matrix_dir, name))
    open(os.path.join(matrix_dir, name, "draft.md"), "w", encoding="utf-8").write(text)
    open(os.path.join(matrix_dir, name, ".claimlint.toml"), "w").write(cfg)
unreadable = os.path.join(matrix_dir, "broken.md")
open(unreadable, "wb").write(b"Bad \xff byte.\n")
expected = {  # level -> case -> exit status
    "error": {"clean": 0, "info": 0, "warning": 0, "error": 1, "broken": 2},
    "warning": {"clean": 0, "info": 0, "warning": 1, "error": 1, "broken": 2},
    "info": {"clean": 0, "info": 1, "warning": 1, "error": 1, "broken": 2},
    "never": {"clean": 0, "info": 0, "warning": 0, "error": 0, "broken": 2},
}
for level, row in expected.items():
    for name, want in row.items():
        path = unreadable if name == "broken" else os.path.join(matrix_dir, name, "draft.md")
        rc, out, err = run("check", "--fail-on", level, "--date", "2025-12-15", path)
        check(f"exit matrix fail-on={level} {name}", rc == want, (rc, want, out[:200], err))
    # A broken file among good ones still gives 2, and the others are still checked.
    rc, out, err = run("check", "--fail-on", level, "--format", "json", "--date", "2025-12-15",
                       os.path.join(matrix_dir, "error", "draft.md"), unreadable)
    files = json.loads(out)["files"]
    check(f"exit matrix fail-on={level} mixed", rc == 2 and len(files) == 2 and "error" in files[1]
          and files[0]["findings"], (rc, err))
# The configuration's fail-on applies when --fail-on is not given; --fail-on wins over it.
open(os.path.join(matrix_dir, "warning", ".claimlint.toml"), "w").write(
    'fail-on = "warning"\n[rules]\n"role.self-reference" = "warning"\n')
rc, _, _ = run("check", "--date", "2025-12-15", os.path.join(matrix_dir, "warning", "draft.md"))
check("config fail-on", rc == 1, rc)
rc, _, _ = run("check", "--fail-on", "error", "--date", "2025-12-15", os.path.join(matrix_dir, "warning", "draft.md"))
check("--fail-on over config", rc == 0, rc)

# --- Configuration errors: file, line and key; exit 2.
bad_cfg_dir = os.path.join(tmp, "badcfg")
os.makedirs(bad_cfg_dir)
open(os.path.join(bad_cfg_dir, ".claimlint.toml"), "w").write('fail-on = "error"\n\n[rules]\n"role.nope" = false\n')
open(os.path.join(bad_cfg_dir, "a.txt"), "w").write("Text.\n")
rc, _, err = run("check", os.path.join(bad_cfg_dir, "a.txt"))
check("config unknown rule", rc == 2 and ".claimlint.toml:4: unknown rule \"role.nope\"" in err, (rc, err))
open(os.path.join(bad_cfg_dir, ".claimlint.toml"), "w").write('fail_on = "error"\n')
rc, _, err = run("check", os.path.join(bad_cfg_dir, "a.txt"))
check("config unknown key", rc == 2 and ":1: unknown key \"fail_on\"" in err, (rc, err))
rc, _, err = run("check", "--no-config", os.path.join(bad_cfg_dir, "a.txt"))
check("--no-config", rc == 0, (rc, err))
good_cfg = os.path.join(tmp, "good.toml")
open(good_cfg, "w").write('[rules]\n"role.self-reference" = false\n')
rc, out, err = run("check", "--config", good_cfg, "--date", "2025-12-15", os.path.join(matrix_dir, "error", "draft.md"))
check("--config", rc == 0 and "role.self-reference" not in out, (rc, out, err))
rc, _, err = run("check", "--config", os.path.join(tmp, "nope.toml"), clean)
check("--config missing", rc == 2 and "nope.toml" in err, (rc, err))

# --- Include and exclude globs in a directory walk.
walk = os.path.join(tmp, "walk")
for rel in ("drafts/a.md", "drafts/archive/old.md", "drafts/b.txt", "notes/c.md", ".git/x.md"):
    os.makedirs(os.path.dirname(os.path.join(walk, rel)), exist_ok=True)
    open(os.path.join(walk, rel), "w").write("Text.\n")
open(os.path.join(walk, ".claimlint.toml"), "w").write('include = ["drafts/**"]\nexclude = ["archive/"]\n')
rc, out, err = run("check", "--format", "json", walk)
got = sorted(os.path.relpath(f["path"], walk) for f in json.loads(out)["files"])
check("include/exclude walk", got == ["drafts/a.md", "drafts/b.txt"], (got, err))

# --- Standard input: --stdin-filename gives the name and the format.
md_text = "```\n" + SENTENCE + "```\n\nA quiet paragraph.\n"
rc, out, _ = run("check", "--format", "json", "--date", "2025-12-15", "--stdin-filename", "drafts/x.md", "-",
                 stdin=md_text.encode())
f = json.loads(out)["files"][0]
check("stdin-filename name", f["path"] == "drafts/x.md", f["path"])
check("stdin-filename markdown", rc == 0 and not f["findings"], (rc, f["findings"]))
rc, out, _ = run("check", "--format", "json", "--date", "2025-12-15", "--stdin-filename", "drafts/x.txt", "-",
                 stdin=md_text.encode())
check("stdin-filename plain", rc == 1, rc)

# --- Output formats.
rc, out, _ = run("check", "--format", "rdjson", "--date", "2025-12-15", os.path.join(matrix_dir, "error", "draft.md"))
rd = json.loads(out)
d0 = rd["diagnostics"][0]
check("rdjson", rd["source"]["name"] == "claimlint" and d0["code"]["value"] == "role.self-reference"
      and d0["location"]["range"]["start"] == {"line": 1, "column": 1}, out[:300])
rc, out, _ = run("check", "--color", "--date", "2025-12-15", os.path.join(matrix_dir, "error", "draft.md"))
check("--color forces colour", "\x1b[" in out, out[:80])
rc, out, _ = run("check", "--date", "2025-12-15", os.path.join(matrix_dir, "error", "draft.md"))
check("no colour off a terminal", "\x1b[" not in out, out[:80])
rc, out, _ = run("check", "--format", "github", "--date", "2025-12-15", os.path.join(matrix_dir, "error", "draft.md"))
check("github line", out.startswith("::error file=") and ",line=1,endLine=1,col=1,endColumn=53,title=role.self-reference::" in out, out)

# --- The example article as text, Markdown and HTML: the same findings, each at its own place.
ART = os.path.join(SRC, "examples", "articles")
def findings(path):
    rc, out, err = run("check", "--format", "json", "--date", "2025-12-15", path)
    return json.loads(out)["files"][0]["findings"]
def position(text, offset):
    b = text.encode()
    line = b[:offset].count(b"\n") + 1
    col = len(b[b.rfind(b"\n", 0, offset) + 1:offset].decode()) + 1
    return line, col
by_format = {ext: findings(os.path.join(ART, "berlin-talks." + ext)) for ext in ("txt", "md", "html")}
key = lambda fs: [(f["rule"], f["severity"], f["message"]) for f in fs]
check("examples: findings found", len(by_format["txt"]) >= 1 and any(f["rule"] == "role.self-reference" for f in by_format["txt"]))
for ext in ("md", "html"):
    check(f"examples: {ext} same findings as txt", key(by_format[ext]) == key(by_format["txt"]),
          (key(by_format[ext]), key(by_format["txt"])))
    text = open(os.path.join(ART, "berlin-talks." + ext), encoding="utf-8").read()
    raw = text.encode()
    for f in by_format[ext]:
        sp = f["span"]
        check(f"examples: {ext} {f['rule']} line/column match the bytes",
              (sp["line"], sp["column"]) == position(text, sp["start"]) and (sp["end_line"], sp["end_column"]) == position(text, sp["end"]), sp)
    sr = [f for f in by_format[ext] if f["rule"] == "role.self-reference"][0]["span"]
    anchor = raw.find("The German Chancellor".encode())
    check(f"examples: {ext} self-reference at its own line", sr["start"] == anchor
          and (sr["line"], sr["column"]) == position(text, anchor), (sr, anchor))
    check(f"examples: {ext} flagged text", raw[sr["start"]:sr["end"]].decode().endswith("Friedrich Merz"), raw[sr["start"]:sr["end"]])
md_json = json.loads(run("check", "--format", "json", os.path.join(ART, "berlin-talks.md"))[1])["files"][0]
check("examples: md date from front matter", md_json["date"] == "2025-12-15" and md_json["date_source"] == "front-matter", md_json["date_source"])

# --- --jobs 2 is byte-identical to --jobs 1 over the shared dev corpus, in every format.
DEV = os.path.join(SRC, "..", "shared", "corpus", "dev")
if os.path.isdir(DEV):
    for fmt in ("text", "json", "jsonl", "sarif", "github", "rdjson"):
        r1 = run("check", "--format", fmt, "--jobs", "1", DEV)
        r2 = run("check", "--format", fmt, "--jobs", "2", DEV)
        check(f"dev corpus --jobs 2 == --jobs 1 ({fmt})", r1 == r2 and r1[0] in (0, 1) and r1[1], (r1[0], r2[0], r1[2][:200]))
else:
    print(f"skip: {DEV} not found, --jobs comparison not run")

# --- `report` and --format html (docs/output.md#html; the page is checked in a browser by
# tests/html_browser_test.py): findings do not fail `report`, input errors do, other formats
# are refused, and the page escapes what it shows.
EX_TXT = os.path.join(ART, "berlin-talks.txt")
rc_check, page_check, _ = run("check", "--format", "html", EX_TXT)
rc_report, page_report, _ = run("report", EX_TXT)
check("html: check exits 1 on the example's error, report 0", rc_check == 1 and rc_report == 0, (rc_check, rc_report))
check("html: report writes the page check --format html writes", page_report == page_check and
      page_report.startswith("<!DOCTYPE html>") and 'data-finding="0"' in page_report, page_report[:100])
rc, out, err = run("report", "--format", "json", EX_TXT)
check("html: report --format json is refused", rc == 2 and "HTML only" in err, (rc, err))
rc, out, err = run("report", os.path.join(ART, "no-such-file.txt"))
check("html: report of a missing file exits 2", rc == 2, (rc, err))
rc, out, err = run("report", "--stdin-filename", "x.txt", "-", stdin=b"<script>alert(1)</script> said Ana Ruiz.")
check("html: a script in the input is text", rc == 0 and out.count("<script") == 1 and "&lt;script&gt;alert(1)" in out, out[-300:])

print(f"{passed} passed, {failures} failed")
sys.exit(1 if failures else 0)
