#!/usr/bin/env python3
"""`claimlint batch` run as an engine runs it (docs/cli.md, "Batch mode").

    batch_cli_test.py CLAIMLINT SOURCE_DIR [REUTERS_DIR]

Pipes 10,000 Reuters-21578 bodies (scripts/reuters-jsonl.py) with bad lines mixed in through
`claimlint batch` and checks: one output line per input line, in input order, ids copied as
given, error records on the bad lines (with their line numbers) and exit status 2; the same
bytes with one thread and with four; a file argument equals standard input; a record's report
equals what `claimlint check` says of the same text; and the first report comes out while the
input is still open. Exits 77 (skipped) when the corpus is not there.
"""
import json
import os
import select
import subprocess
import sys
import tempfile

CLI, SRC = sys.argv[1], sys.argv[2]
REUTERS = sys.argv[3] if len(sys.argv) > 3 else os.path.join(SRC, "..", "shared", "corpus", "reuters21578")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def run(args, data):
    p = subprocess.run([CLI, "batch", *args], input=data, capture_output=True, timeout=1800)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


# Bad lines, each with the error code it must give.
BAD = [
    (b"this is not json", "json"),
    (b"[1, 2, 3]", "json"),
    (b"", "json"),
    (b'{"id": "no-text"}', "field"),
    (b'{"id": "num-text", "text": 7}', "field"),
    (b'{"id": "bad-date", "text": "He said so.", "date": "1987-02-30"}', "field"),
    (b'{"id": "bad-format", "text": "He said so.", "format": "pdf"}', "field"),
    (b'{"id": {"nested": 1}, "text": "x"}', "field"),
    (b'{"id": "latin1", "text": "caf\xe9"}', "json"),  # not UTF-8: the JSON parser refuses it
]


def main():
    if not os.path.isdir(REUTERS):
        print("skipped: no Reuters-21578 corpus at", REUTERS)
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "reuters.jsonl")
        subprocess.run([sys.executable, os.path.join(SRC, "scripts", "reuters-jsonl.py"), REUTERS, src,
                        "--limit", "10000"], check=True)
        good = open(src, "rb").read().splitlines()
        check(len(good) == 10000, f"reuters-jsonl.py wrote {len(good)} records, want 10000")

        # --- Clean input: exit 0, counts, order, ids. -------------------------------------
        clean = b"\n".join(good) + b"\n"
        rc, out, err = run(["--jobs", "2", "--date", "1987-03-01"], clean)
        lines = out.splitlines()
        check(rc == 0, f"clean run: exit {rc}, want 0 ({err[:200]})")
        check(len(lines) == len(good), f"clean run: {len(lines)} output lines for {len(good)} input lines")
        ids_in = [json.loads(l)["id"] for l in good]
        recs = [json.loads(l) for l in lines]
        check([r.get("id") for r in recs] == ids_in, "clean run: ids out of order or changed")
        check(all("error" not in r and "claims" in r and "findings" in r and "entities" in r for r in recs),
              "clean run: a record without claims, entities and findings")
        check(sum(len(r["claims"]) for r in recs) > 1000, "clean run: almost no claims found in 10,000 articles")
        check(all(r.get("date") == "1987-03-01" for r in recs if r.get("date_source") == "option"),
              "--date not used for records without a date")

        # Same bytes with one thread and with four (order does not depend on the threads).
        rc1, out1, _ = run(["--jobs", "1", "--date", "1987-03-01"], clean)
        check(rc1 == 0 and out1 == out, "--jobs 1 and --jobs 2 give different output")
        rc4, out4, _ = run(["--jobs", "4", "--date", "1987-03-01"], clean)
        check(rc4 == 0 and out4 == out, "--jobs 4 and --jobs 2 give different output")

        # A file argument reads the same as standard input.
        p = subprocess.run([CLI, "batch", "--jobs", "2", "--date", "1987-03-01", src], capture_output=True, timeout=1800)
        check(p.returncode == 0 and p.stdout == out, "reading FILE differs from reading standard input")

        # --- Bad lines mixed in: error records in place, nothing dropped, exit 2. ------------
        mixed, expect = [], {}
        bad_at = 0
        for i, l in enumerate(good[:3000]):
            if i % 331 == 17:
                line, code = BAD[bad_at % len(BAD)]
                bad_at += 1
                mixed.append(line)
                expect[len(mixed)] = code  # 1-based line number
            mixed.append(l)
        # Numeric and absent ids are copied as given.
        mixed.append(b'{"id": 12345, "text": "The minister said on Monday that prices would rise."}')
        mixed.append(b'{"text": "The minister said on Monday that prices would rise."}')
        data = b"\n".join(mixed)  # no newline after the last line: it still counts
        rc, out, err = run(["--jobs", "2"], data)
        lines = out.splitlines()
        check(rc == 2, f"mixed run: exit {rc}, want 2")
        check(len(lines) == len(mixed), f"mixed run: {len(lines)} output lines for {len(mixed)} input lines")
        for n, (inl, outl) in enumerate(zip(mixed, lines), start=1):
            r = json.loads(outl)
            if n in expect:
                e = r.get("error", {})
                check(r.get("line") == n and e.get("code") == expect[n] and e.get("message"),
                      f"line {n}: want an error record with code {expect[n]}, got {outl[:200]!r}")
                try:
                    want_id = json.loads(inl).get("id") if isinstance(json.loads(inl), dict) else None
                except Exception:
                    want_id = None
                if not isinstance(want_id, dict):
                    check(r.get("id") == want_id, f"line {n}: error record has id {r.get('id')!r}, want {want_id!r}")
            else:
                check("error" not in r, f"line {n}: unexpected error {outl[:200]!r}")
                check(r.get("id") == json.loads(inl).get("id"), f"line {n}: id {r.get('id')!r} out of order")
        check(json.loads(lines[-2]).get("id") == 12345, "a numeric id is not copied as a number")
        check(json.loads(lines[-1]).get("id") is None, "a record without id does not get id null")
        check(len(json.loads(lines[-2])["claims"]) >= 1, "no claim in 'The minister said on Monday that ...'")

        # --- A record's report is what `check` says of the same text. ---------------------
        for k in (0, 1, 2, 50, 999):
            rec = json.loads(good[k])
            art = os.path.join(tmp, f"a{k}.txt")
            with open(art, "w", encoding="utf-8") as f:
                f.write(rec["text"])
            p = subprocess.run([CLI, "check", "--no-config", "--format", "json", "--date", "1987-03-01", art],
                               capture_output=True, timeout=120)
            whole = json.loads(p.stdout)["files"][0]
            one = json.loads(run(["--date", "1987-03-01"], good[k] + b"\n")[1])
            for key in ("claims", "entities", "date"):
                check(whole.get(key) == one.get(key), f"record {k}: {key} differ between batch and check")
            strip = lambda fs: [{x: v for x, v in f.items() if x not in ("path", "file")} for f in fs]
            check(strip(whole["findings"]) == strip(one["findings"]), f"record {k}: findings differ between batch and check")

        # --- Streamed: the first report comes out while the input is still open. -----------
        proc = subprocess.Popen([CLI, "batch", "--jobs", "2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        proc.stdin.write(good[0] + b"\n")
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        check(bool(ready), "no output line while the input stays open")
        if ready:
            first = proc.stdout.readline()
            check(json.loads(first).get("id") == json.loads(good[0])["id"], "the streamed line is not the first record")
        proc.stdin.write(good[1] + b"\n")
        proc.stdin.close()
        rest = proc.stdout.read()
        check(proc.wait(60) == 0 and len(rest.splitlines()) == 1, "the stream did not end with the second record")

        # --- Usage errors. ------------------------------------------------------------------
        p = subprocess.run([CLI, "batch", src, src], capture_output=True, timeout=60)
        check(p.returncode == 2 and b"at most one input" in p.stderr, "two inputs are not refused")
        p = subprocess.run([CLI, "batch", tmp], capture_output=True, timeout=60)
        check(p.returncode == 2 and b"folder" in p.stderr, "a folder as input is not refused")
        p = subprocess.run([CLI, "batch", os.path.join(tmp, "missing.jsonl")], capture_output=True, timeout=60)
        check(p.returncode == 2 and p.stdout == b"", "a missing input file is not an error")

    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
