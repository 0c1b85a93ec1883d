#!/usr/bin/env python3
"""`claimlint check --source` and `claimlint diff` as a user runs them: findings in every output
format, exit codes, errors. Usage: cli_quotes_test.py CLI"""
import json
import os
import subprocess
import sys
import tempfile

cli = sys.argv[1]
d = tempfile.mkdtemp()
failures = []


def write(name, text):
    p = os.path.join(d, name)
    open(p, "w", encoding="utf-8").write(text)
    return p


def run(*args):
    return subprocess.run([cli, *args, "--no-config"], capture_output=True, text=True)


def check(cond, what):
    if not cond:
        failures.append(what)


src = write("transcript.txt", "MAYOR BREKKE: We will rebuild every bridge before the winter comes. The budget is balanced.\n\n"
            "OKAFOR: The bridges are safe today, but the steel in the old crossing is tired.\n")
draft = write("draft.txt", "\u201CWe will rebuild every bridge before the spring comes,\u201D Mayor Tom Brekke said.\n\n"
              "\u201CThe bridges are safe today, but the steel in the old crossing is tired,\u201D Brekke said.\n")
clean = write("clean.txt", "\u201CWe will rebuild every bridge before the winter comes,\u201D Mayor Tom Brekke said.\n")

r = run("check", "--source", src, "-f", "json", draft)
rules = [f["rule"] for f in json.loads(r.stdout)["files"][0]["findings"]]
check("quote.altered" in rules and "quote.wrong-speaker" in rules, f"check --source json: {rules}")
check(r.returncode == 1, f"an error-level quote.wrong-speaker fails the run: {r.returncode}")
r = run("check", "--source", src, clean)
check(r.returncode == 0 and "quote." not in r.stdout, f"a verbatim quotation: {r.returncode} {r.stdout}")
r = run("check", draft)
check("quote.altered" not in r.stdout, "no --source, no quote.altered")
r = run("check", "--source", os.path.join(d, "missing.txt"), draft)
check(r.returncode == 2 and "missing.txt" in r.stderr, f"a missing source is an input error: {r.returncode} {r.stderr}")

old = write("old.txt", "\u201CWe will rebuild every bridge before the winter comes,\u201D Tom Brekke said.\n")
new = write("new.txt", "\u201CWe will rebuild every bridge before the spring comes,\u201D Tom Brekke said.\n")
for fmt_name, probe in [("text", "[revision.quote-changed]"), ("json", "\"revision.quote-changed\""),
                        ("jsonl", "\"revision.quote-changed\""), ("sarif", "\"ruleId\":\"revision.quote-changed\""),
                        ("github", "title=revision.quote-changed"), ("rdjson", "\"revision.quote-changed\"")]:
    r = run("diff", "-f", fmt_name, old, new)
    check(r.returncode == 0 and probe in r.stdout, f"diff -f {fmt_name}: {r.returncode} {r.stdout[:200]} {r.stderr}")
r = run("diff", "--fail-on", "warning", old, new)
check(r.returncode == 1, f"diff --fail-on warning: {r.returncode}")
r = run("diff", old, old)
check(r.returncode == 0 and r.stdout.strip() == "", f"diff of one version with itself: {r.stdout}")
r = run("diff", old)
check(r.returncode == 2 and "two files" in r.stderr, f"diff with one file: {r.returncode} {r.stderr}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("ok")
