#!/usr/bin/env python3
"""Quote integrity on real text: misquotes made from Reuters-21578 bodies, precision and recall
per rule, and alignment time against source size.

    python3 bench/quotes.py [--cli build/bin/claimlint] [--seed 1] [--quotes 120]
    python3 bench/quotes.py --timing [--tool build/bin/claimlint_quote_bench]

Accuracy: each Reuters body with a direct quotation of a named speaker (as claimlint reads the
body) is a source. For each quotation Q of speaker N, drafts of one sentence are written:
  control       "Q," N said.                  -> no quote.* finding (a false alarm otherwise)
  altered       one word of Q replaced, dropped or added  -> quote.altered
  spliced       Q joined to a sentence of the body two or more sentences away -> quote.spliced
  wrong-speaker Q given to another person named in the body (else an invented one) -> quote.wrong-speaker
  not-in-source a quotation of another body given to N   -> quote.not-in-source
and checked with `claimlint check --source BODY` (one call per body, JSON Lines). Precision of a
rule counts its findings on every draft (controls included); recall, the drafts of its kind
with a finding of it. The quotations and speakers come from claimlint's own reading of the
bodies (there is no gold attribution for Reuters): a quotation it cannot attribute is skipped.

Timing: Reuters bodies concatenated to 10 KB ... 1 MB as one source; a draft of 40 quotations
from the first 10 KB (half altered); claimlint_quote_bench prints the index time and the time
the quote checks add. Linear: index ms per KB flat; alignment time flat in source size.
"""
import argparse
import glob
import html
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "reuters21578")
RULES = ["quote.altered", "quote.spliced", "quote.wrong-speaker", "quote.not-in-source"]
KINDS = {"altered": "quote.altered", "spliced": "quote.spliced", "wrong-speaker": "quote.wrong-speaker",
         "not-in-source": "quote.not-in-source", "control": None}
FILLERS = ["very", "not", "also", "still", "certainly", "probably"]
INVENTED = ["Maria Ortega", "Henrik Dahl", "Samuel Okonkwo", "Yuki Tanaka"]


def bodies():
    out = []
    for path in sorted(glob.glob(os.path.join(CORPUS, "reut2-*.sgm"))):
        raw = open(path, "rb").read().decode("latin-1")
        for m in re.finditer(r"<BODY>(.*?)</BODY>", raw, re.S):
            t = html.unescape(m.group(1)).replace("\x03", "").strip()
            t = re.sub(r"\s*Reuter\s*$", "", t)
            if '"' in t and len(t) > 400:
                out.append(t)
    return out


def run_jsonl(cli, args):
    p = subprocess.run([cli, "check", "-f", "jsonl", "--fail-on", "never", "--no-config"] + args,
                       capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr)
    return [json.loads(line) for line in p.stdout.splitlines() if line.strip()]


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 6]


def words(s):
    return re.findall(r"[A-Za-z0-9']+", s.lower())


def alter(q, rnd):
    toks = q.split()
    cands = [i for i, t in enumerate(toks) if re.fullmatch(r"[a-z]{4,}", t) and 0 < i < len(toks) - 1]
    if not cands:
        return None
    i = rnd.choice(cands)
    how = rnd.choice(["replace", "drop", "add"])
    if how == "replace":
        toks[i] = rnd.choice(["significant", "modest", "sharp", "major", "weak", "strong"]) if toks[i] not in (
            "significant",) else "minor"
    elif how == "drop":
        del toks[i]
    else:
        toks.insert(i, rnd.choice(FILLERS))
    return " ".join(toks)


def accuracy(a):
    rnd = random.Random(a.seed)
    bs = bodies()
    rnd.shuffle(bs)
    bs = bs[: a.bodies]
    tmp = tempfile.mkdtemp(prefix="quotes-bench-")
    srcdir = os.path.join(tmp, "src")
    os.makedirs(srcdir)
    for k, b in enumerate(bs):
        open(os.path.join(srcdir, f"b{k:04}.txt"), "w").write(b + "\n")
    reports = run_jsonl(a.cli, [srcdir])
    # quotations of named speakers, one piece, six words or more
    picks = []
    people = {}
    for r in reports:
        k = int(os.path.basename(r["path"])[1:5])
        # other people of the body, by names that read as names ("Under Alberta" does not)
        people[k] = [re.sub(r"\s+", " ", e["name"]) for e in r.get("entities", []) if e.get("kind") == "person"
                     and re.fullmatch(r"[A-Z][\w.'-]+( [A-Z][\w.'-]+)+", re.sub(r"\s+", " ", e["name"]))]
        for c in r.get("claims", []):
            if c["kind"] != "direct" or not c["speaker"].get("name") or c["speaker"].get("class") != "person":
                continue
            if c["content"].get("parts") or len(c["content"]["text"].split()) < 6:
                continue
            q = re.sub(r"\s+", " ", c["content"]["text"]).strip().rstrip(".,;:")
            picks.append((k, q, re.sub(r"\s+", " ", c["speaker"]["name"])))
    rnd.shuffle(picks)
    picks = picks[: a.quotes]
    by_body = {}
    for k, q, n in picks:
        by_body.setdefault(k, []).append((q, n))
    counts = {r: {"tp": 0, "fp": 0, "fn": 0} for r in RULES}
    controls = control_alarms = 0
    misses = []
    for k, items in sorted(by_body.items()):
        drafts = []
        body = bs[k]
        sents = sentences(body)
        for j, (q, n) in enumerate(items):
            others = [p for p in people.get(k, []) if words(p)[-1:] != words(n)[-1:]]
            drafts.append(("control", f'"{q}," {n} said.'))
            alt = alter(q, rnd)
            if alt:
                drafts.append(("altered", f'"{alt}," {n} said.'))
            # a sentence of the body two or more sentences away from the quotation
            at = next((i for i, s in enumerate(sents) if q[:30] in s), None)
            far = [s for i, s in enumerate(sents) if at is not None and abs(i - at) >= 2 and '"' not in s]
            if far:
                s2 = re.sub(r"\s+", " ", rnd.choice(far)).rstrip(".")
                drafts.append(("spliced", f'"{q}. {s2}," {n} said.'))
            who = rnd.choice(others) if others else rnd.choice(INVENTED)
            drafts.append(("wrong-speaker", f'"{q}," {who} said.'))
            other = [p for p in picks if p[0] != k]
            if other:
                drafts.append(("not-in-source", f'"{rnd.choice(other)[1]}," {n} said.'))
        ddir = os.path.join(tmp, f"d{k:04}")
        os.makedirs(ddir)
        kinds = {}
        for i, (kind, text) in enumerate(drafts):
            p = os.path.join(ddir, f"{i:03}-{kind}.txt")
            open(p, "w").write(text + "\n")
            kinds[p] = kind
        for r in run_jsonl(a.cli, ["--source", os.path.join(srcdir, f"b{k:04}.txt"), ddir]):
            kind = kinds.get(r["path"]) or kinds.get(os.path.join(ddir, os.path.basename(r["path"])))
            got = {f["rule"] for f in r.get("findings", []) if f["rule"] in RULES}
            want = KINDS[kind]
            if kind == "control":
                controls += 1
                control_alarms += bool(got)
                if got:
                    misses.append(("false alarm", r["path"], sorted(got)))
            for rule in RULES:
                if rule in got and rule != want:
                    counts[rule]["fp"] += 1
            if want:
                if want in got:
                    counts[want]["tp"] += 1
                else:
                    counts[want]["fn"] += 1
                    misses.append(("missed", r["path"], sorted(got)))
    print(f"seed {a.seed}: {len(bs)} bodies, {len(picks)} quotations, {controls} controls")
    print(f"{'rule':24} {'P':>5} {'R':>5}   tp  fp  fn")
    for rule in RULES:
        c = counts[rule]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        rc = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        print(f"{rule:24} {p:5.2f} {rc:5.2f} {c['tp']:4} {c['fp']:3} {c['fn']:3}")
    print(f"false alarms on unaltered quotations: {control_alarms}/{controls}")
    if a.verbose:
        for m in misses:
            print(*m)
            print("   ", open(m[1]).read().strip())
    print(f"(drafts kept in {tmp})")


def timing(a):
    text = ""
    for b in bodies():
        text += b + "\n\n"
        if len(text) > 1_100_000:
            break
    tmp = tempfile.mkdtemp(prefix="quotes-time-")
    rnd = random.Random(1)
    head = text[:10_000]
    qs = [s for s in sentences(head) if '"' not in s][:40]
    draft = "\n\n".join(f'"{alter(s, rnd) if i % 2 else s}," John Smith said.' for i, s in enumerate(qs) if s)
    dp = os.path.join(tmp, "draft.txt")
    open(dp, "w").write(draft + "\n")
    print(f"{'source KB':>9} {'index ms':>9} {'ms/KB':>6} {'align ms':>9} {'claims':>6} {'findings':>8}")
    for kb in (10, 30, 100, 300, 1000):
        sp = os.path.join(tmp, f"s{kb}.txt")
        cut = text[: kb * 1000]
        cut = cut[: cut.rfind("\n\n") + 1] if kb > 10 else cut
        open(sp, "w").write(cut)
        out = subprocess.run([a.tool, sp, dp, "--repeat", "7"], capture_output=True, text=True).stdout.split()
        v = dict(zip(out[0::2], out[1::2]))
        size = int(v["source_bytes"]) / 1000
        print(f"{size:9.0f} {float(v['index_ms']):9.1f} {float(v['index_ms']) / size:6.3f} {float(v['align_ms']):9.3f} "
              f"{v['draft_claims']:>6} {v['quote_findings']:>8}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "claimlint"))
    ap.add_argument("--tool", default=os.path.join(ROOT, "build", "bin", "claimlint_quote_bench"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bodies", type=int, default=400)
    ap.add_argument("--quotes", type=int, default=120)
    ap.add_argument("--timing", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    timing(a) if a.timing else accuracy(a)


if __name__ == "__main__":
    main()
