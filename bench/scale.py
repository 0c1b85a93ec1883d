#!/usr/bin/env python3
"""Time and peak memory of `claimlint check` against input size, per input shape.

    python3 bench/scale.py [--cli build/bin/claimlint] [--sizes 1,5,20,50] [--cases all|a,b]
                           [--formats json] [--keep DIR]

Each case writes one file of each size (MB) and runs the CLI on it once per output format,
printing wall time, user CPU, seconds per MB and peak RSS (measured by /usr/bin/time). A stage that
is linear keeps s/MB flat as the size grows; the issue's bar is within 1.5x from 1 MB to 50 MB,
and peak RSS within 64 MB + 4x the input.

Cases (the former hot spots of issue #12):
  corpus       Reuters-21578 bodies concatenated (needs ../shared)
  people       "Name Surname said the minister was wrong." with distinct invented people
  quotes       paragraphs of quotations, half attributed and half floating
  suppress     HTML with <!-- claimlint-disable/enable --> comment pairs around findings
  html         <div> nesting to the depth limit (a refusal with a clear error is a pass)
"""
import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FIRST = ["Ada", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karin",
         "Luca", "Maya", "Nils", "Olga", "Pavel", "Rosa", "Stefan", "Tara", "Viktor"]
SYL = ["ka", "lo", "mi", "ren", "sto", "var", "quen", "dal", "bri", "tor", "mel", "zan", "pe", "gor"]


def surname(i):
    s, n = "", i + 7
    while n:
        s += SYL[n % len(SYL)]
        n //= len(SYL)
    return s.capitalize()


def gen_people(size):
    out, i = [], 0
    while sum(map(len, out)) < size:
        out.append(f"{FIRST[i % len(FIRST)]} {surname(i)} said the minister was wrong.\n\n")
        i += 1
    return "".join(out)


def gen_quotes(size):
    out, i = [], 0
    while sum(map(len, out)) < size:
        out.append(f"\u201cThe depot on route {i} will close before winter,\u201d said {FIRST[i % 20]} {surname(i)}.\n\n"
                   f"\u201cNobody asked the drivers what they thought about route {i}.\u201d\n\n")
        i += 1
    return "".join(out)


def gen_suppress(size):
    out, i = ["<html><body>\n"], 0
    while sum(map(len, out)) < size:
        out.append(f"<!-- claimlint-disable source.unattributed-quote -->\n<p>\u201cThe plan for block {i} was never "
                   f"funded by anyone at all.\u201d</p>\n<!-- claimlint-enable source.unattributed-quote -->\n")
        i += 1
    out.append("</body></html>\n")
    return "".join(out)


def gen_html(size):
    depth = max(1, size // 11)
    return "<html><body>" + "<div>" * depth + "Text said nothing." + "</div>" * depth + "</body></html>"


def gen_corpus(size):
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    from reuters_findings import bodies as read_bodies  # the one reader of <BODY> texts
    corpus = os.path.join(ROOT, "..", "shared", "corpus", "reuters21578")
    bodies = [b for name in sorted(os.listdir(corpus)) if name.endswith(".sgm")
              for b in read_bodies(os.path.join(corpus, name))]
    out, n, i = [], 0, 0
    while n < size:
        b = bodies[i % len(bodies)] + "\n\n"
        out.append(b)
        n += len(b.encode("utf-8"))
        i += 1
    return "".join(out)


CASES = {"corpus": (gen_corpus, ".txt"), "people": (gen_people, ".txt"), "quotes": (gen_quotes, ".txt"),
         "suppress": (gen_suppress, ".html"), "html": (gen_html, ".html")}


def run(cli, path, fmt):
    # Measured by /usr/bin/time, a small process: Linux keeps a process's peak RSS across exec,
    # so a child forked straight from this script (which holds the generated input) would
    # report this script's size; and RUSAGE_CHILDREN's ru_maxrss is the largest child so far.
    cmd = [cli, "check", "--format", fmt, "--fail-on", "never", "--date", "2025-01-01", path]
    with tempfile.NamedTemporaryFile(mode="r") as tm, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-o", tm.name, "-f", "%M %U %x"] + cmd, stdout=subprocess.DEVNULL, stderr=err)
        wall = time.perf_counter() - t0
        maxrss_kb, user, code = tm.read().split()[-3:]
        err.seek(0)
        return wall, float(user), int(maxrss_kb) / 1024.0, int(code), err.read().decode()[:200]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "claimlint"))
    ap.add_argument("--sizes", default="1,5,20,50")
    ap.add_argument("--cases", default="all")
    ap.add_argument("--formats", default="json")
    ap.add_argument("--keep")
    a = ap.parse_args()
    sizes = [float(x) for x in a.sizes.split(",")]
    cases = list(CASES) if a.cases == "all" else a.cases.split(",")
    tmp = a.keep or tempfile.mkdtemp(prefix="claimlint-scale-")
    os.makedirs(tmp, exist_ok=True)
    print(f"{'case':9} {'format':6} {'MB':>6} {'wall s':>8} {'user s':>8} {'s/MB':>7} {'peak MB':>8}  exit")
    for case in cases:
        gen, ext = CASES[case]
        for fmt in a.formats.split(","):
            base = None
            for mb in sorted(sizes):
                path = os.path.join(tmp, f"{case}-{mb:g}MB{ext}")
                if not os.path.exists(path):
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(gen(int(mb * 1e6)))
                real_mb = os.path.getsize(path) / 1e6
                wall, user, rss, rc, err = run(a.cli, path, fmt)
                per = user / real_mb
                base = base or per
                note = "" if rc in (0, 1) else f"  ({err.strip().splitlines()[0] if err.strip() else rc})"
                print(f"{case:9} {fmt:6} {real_mb:6.1f} {wall:8.2f} {user:8.2f} {per:7.3f} {rss:8.1f}  {rc}{note}")
                sys.stdout.flush()
    if not a.keep:
        for n in os.listdir(tmp):
            os.unlink(os.path.join(tmp, n))
        os.rmdir(tmp)


if __name__ == "__main__":
    main()
