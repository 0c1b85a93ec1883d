#!/usr/bin/env python3
"""Time of the HTML report on a hostile 1 MB article, and of a browser loading the page.

    python3 bench/html_render.py [--cli build/bin/claimlint] [--runs 5] [--size-mb 1]
                                 [--article FILE] [--keep DIR]

The article is the html_browser test's hostile one (script tags, </pre>, attributes with
handlers, RTL overrides and isolates, combining marks, Hebrew and Arabic, emoji, zero-width
characters, C0 controls, CR LF), repeated to the size asked; --article times a file of your own
instead. Prints, as the median of --runs runs with every run listed:
  check --format json   analysis plus the JSON report (wall seconds)
  report (html)         analysis plus the HTML page; the difference is what rendering costs
  chromium load         headless Chromium: load and lay out the page and dump its DOM,
                        minus the same for an empty page (the browser's start-up)
Speed is measured here, not in a test (no timed tests).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests"))
from html_browser_test import chromium, hostile_article  # noqa: E402  one hostile article for both


def timed(cmd):
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True)
    dt = time.perf_counter() - t
    if r.returncode not in (0, 1):
        sys.exit(f"{cmd[0]} exited {r.returncode}: {r.stderr.decode(errors='replace')[-500:]}")
    return dt


def show(label, times):
    print(f"{label:22} median {statistics.median(times):.3f} s   runs: " + " ".join(f"{t:.3f}" for t in times))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "claimlint"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--size-mb", type=float, default=1.0)
    ap.add_argument("--article")
    ap.add_argument("--keep")
    a = ap.parse_args()
    work = a.keep or tempfile.mkdtemp(prefix="html-bench-")
    os.makedirs(work, exist_ok=True)
    article = a.article
    if not article:
        article = os.path.join(work, "hostile.txt")
        text = hostile_article()
        while len(text.encode()) < a.size_mb * 1_000_000:
            text += text
        text = text.encode()[: int(a.size_mb * 1_000_000)].decode("utf-8", errors="ignore")
        with open(article, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    page = os.path.join(work, "page.html")
    print(f"article: {article} ({os.path.getsize(article)} bytes)")
    js, hs = [], []
    for _ in range(a.runs):
        js.append(timed([a.cli, "check", "--no-config", "--fail-on", "never", "--format", "json", article, "-o",
                         os.path.join(work, "r.json")]))
        hs.append(timed([a.cli, "report", "--no-config", article, "-o", page]))
    show("check --format json", js)
    show("report (html)", hs)
    print(f"{'rendering (difference)':22} median {statistics.median(hs) - statistics.median(js):+.3f} s; "
          f"page {os.path.getsize(page)} bytes")
    exe = chromium()
    if not exe:
        print("chromium: not installed, browser time not measured")
        return
    empty = os.path.join(work, "empty.html")
    with open(empty, "w") as f:
        f.write("<!DOCTYPE html><title>x</title>")
    profile = os.path.join(work, "profile")
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={profile}", "--dump-dom"]
    es, ps = [], []
    for _ in range(a.runs):
        es.append(timed(cmd + ["file://" + empty]))
        ps.append(timed(cmd + ["file://" + page]))
    show("chromium empty page", es)
    show("chromium report page", ps)
    print(f"{'chromium load (diff.)':22} median {statistics.median(ps) - statistics.median(es):+.3f} s")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
