#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium loads the page, and the DOM it builds
must hold every claim and finding of the JSON report, marked at the same text.

    html_browser_test.py CLAIMLINT SOURCE_DIR WORK_DIR [--shot PNG]

Pages: the example article (text, Markdown and HTML forms), 200 PolNeAR articles from
../shared/corpus/polnear (skipped with a message when the corpus is not there) and a hostile
article (script tags, RTL overrides, combining marks, CR LF, control characters). For each page:
- the DOM's text of each article equals the input's text (the page shows the input as given,
  so byte offsets stay valid);
- every claim's speaker, cue and content parts and every finding's span (and the evidence spans
  of each finding) is covered by exactly the elements that carry its data-claim / data-finding,
  at the same character positions;
- the page loads nothing (no src or href to another document, one inline script only).
A screenshot of the example page is taken (--shot). Exits 77 (skipped) without Chromium.
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def browser(exe, profile, *args):
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
           "--disable-background-networking", f"--user-data-dir={profile}", *args]
    r = subprocess.run(cmd, capture_output=True, timeout=600)
    if r.returncode != 0:
        sys.exit(f"FAIL: chromium exited {r.returncode}: {r.stderr.decode(errors='replace')[-2000:]}")
    return r.stdout


class Dom(html.parser.HTMLParser):
    """Collects per article: the text of its div.text, and for each mark the character range
    it covers in that text. Void elements are not expected inside the article text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []            # (tag, attrs) of open elements
        self.files = []            # {"path", "text": [..], "pieces": [(key, start, end)]}
        self.in_pre = 0
        self.open_marks = []       # (key, start) for open marks, parallel to stack entries in pre
        self.scripts = 0
        self.external = []
        self.ids = set()
        self.links = []            # in-page links (#id)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links.append(a["href"][1:])
        for name in ("src", "srcset", "data", "action", "formaction", "poster"):
            if name in a:
                self.external.append((tag, name, a[name]))
        if tag in ("link", "iframe", "embed", "object", "img", "video", "audio", "source", "base", "form"):
            self.external.append((tag, "", ""))
        if tag == "script":
            self.scripts += 1
        if tag == "a" and "href" in a and not a["href"].startswith("#"):
            if not a["href"].startswith(("https://", "http://")):
                self.external.append((tag, "href", a["href"]))
        if tag in ("meta", "br", "hr", "img", "input", "link", "wbr", "col", "source"):
            return
        key = None
        if tag == "article" and "file" in a.get("class", "").split():
            self.files.append({"path": a.get("data-path"), "text": [], "pieces": [], "len": 0})
        if self.in_pre and "mk" in a.get("class", "").split():
            if "data-claim" in a:
                key = ("claim", int(a["data-claim"]), a["data-part"])
            elif "data-related" in a:
                key = ("related", int(a["data-finding"]), int(a["data-related"]))
            elif "data-finding" in a:
                key = ("finding", int(a["data-finding"]))
            else:
                sys.exit(f"FAIL: a mark without data-claim or data-finding: {attrs}")
        if tag == "div" and "text" in a.get("class", "").split():
            self.in_pre += 1
        if tag == "div" and "text" in a.get("class", "").split():
            key = "text"
        self.stack.append((tag, key, self.files[-1]["len"] if self.files else 0))

    def handle_endtag(self, tag):
        if tag in ("meta", "br", "hr", "img", "input", "link", "wbr", "col", "source"):
            return
        while self.stack:
            t, key, start = self.stack.pop()
            if key is not None and key != "text":
                self.files[-1]["pieces"].append((key, start, self.files[-1]["len"]))
            if t == "div" and self.in_pre and key == "text":
                self.in_pre -= 1
            if t == tag:
                break

    def handle_data(self, data):
        if self.in_pre:
            self.files[-1]["text"].append(data)
            self.files[-1]["len"] += len(data)


def merged(ranges):
    out = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1] and e > s:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(r) for r in out]


def check_page(page_dom, report, label):
    dom = Dom()
    dom.feed(page_dom.decode("utf-8"))
    dom.close()
    problems = []
    if dom.scripts != 1:
        problems.append(f"{dom.scripts} script elements (want the page's one)")
    if dom.external:
        problems.append(f"external resources: {dom.external[:5]}")
    dangling = [x for x in dom.links if x not in dom.ids]
    if dangling:
        problems.append(f"{len(dangling)} links to no element: {dangling[:5]}")
    by_path = {f["path"]: f for f in dom.files}
    claims = findings = 0
    for fr in report["files"]:
        if "error" in fr:
            continue
        f = by_path.get(fr["path"])
        if f is None:
            problems.append(f"{fr['path']}: no article on the page")
            continue
        data = open(fr["path"], "rb").read()
        text = data.decode("utf-8")
        shown = "".join(f["text"])
        if shown != text:
            i = next((k for k in range(min(len(shown), len(text))) if shown[k] != text[k]), min(len(shown), len(text)))
            problems.append(f"{fr['path']}: the page's text differs from the input at character {i}: "
                            f"{shown[i:i + 40]!r} vs {text[i:i + 40]!r}")
            continue
        # Byte offsets to character offsets.
        char_at = {}

        def chars(b):
            if b not in char_at:
                char_at[b] = len(data[:b].decode("utf-8", errors="ignore"))
            return char_at[b]

        got = {}
        for key, s, e in f["pieces"]:
            got.setdefault(key, []).append((s, e))
        want = {}
        for c in fr["claims"]:
            claims += 1
            parts = c["content"].get("parts") or [c["content"]["span"]]
            want[("claim", c["id"], "content")] = [(chars(p["start"]), chars(p["end"])) for p in parts]
            if c["speaker"]["span"] is not None and c["speaker"]["text"]:
                sp = c["speaker"]["span"]
                want[("claim", c["id"], "speaker")] = [(chars(sp["start"]), chars(sp["end"]))]
            if c["cue"]["text"]:
                cu = c["cue"]["span"]
                want[("claim", c["id"], "cue")] = [(chars(cu["start"]), chars(cu["end"]))]
        for n, d in enumerate(fr["findings"]):
            findings += 1
            want[("finding", n)] = [(chars(d["span"]["start"]), chars(d["span"]["end"]))]
            for k, x in enumerate(d["related"]):
                if x["span"] is not None:
                    want[("related", n, k)] = [(chars(x["span"]["start"]), chars(x["span"]["end"]))]
        for key, ranges in want.items():
            g = got.get(key)
            if not g:
                problems.append(f"{fr['path']}: {key} has no mark")
                continue
            if merged(g) != merged(ranges) and not (all(s == e for s, e in ranges) and sorted(set(g)) == sorted(set(ranges))):
                problems.append(f"{fr['path']}: {key} marks {[shown[s:e] for s, e in merged(g)]} "
                                f"but the report has {[shown[s:e] for s, e in merged(ranges)]}")
        for key in got:
            if key not in want:
                problems.append(f"{fr['path']}: a mark {key} that the JSON report does not have")
    for p in problems[:30]:
        print(f"FAIL [{label}]: {p}")
    print(f"{label}: {len(report['files'])} files, {claims} claims, {findings} findings checked in the DOM"
          f"{'' if problems else ', all marked at their text'}")
    return not problems


def render(cli, paths, out_html, extra=()):
    r = subprocess.run([cli, "report", "--no-config", *extra, *paths, "-o", out_html], capture_output=True)
    if r.returncode != 0:
        sys.exit(f"FAIL: claimlint report exited {r.returncode}: {r.stderr.decode(errors='replace')}")
    j = subprocess.run([cli, "check", "--no-config", "--format", "json", "--fail-on", "never", *extra, *paths],
                       capture_output=True)
    if j.returncode != 0:
        sys.exit(f"FAIL: claimlint check exited {j.returncode}: {j.stderr.decode(errors='replace')}")
    # `check --format html` writes the same page as `report`.
    h = subprocess.run([cli, "check", "--no-config", "--format", "html", "--fail-on", "never", *extra, *paths],
                       capture_output=True)
    if h.stdout != open(out_html, "rb").read():
        sys.exit("FAIL: `check --format html` and `report -o` wrote different pages")
    return json.loads(j.stdout)


def hostile_article():
    para = ("<script>alert('x')</script> </pre><b onmouseover=alert(1)>Bold</b> &amp; &lt; "
            "\u202eThe minister said\u202c that \u2067tax\u2069 rates would rise, according to a spokesperson. "
            "Cafe\u0301 owner Zo\u0308e Mu\u0308ller said: \u201cWe will not pay.\u201d\r\n"
            "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \U0001F600 \u200b\ufeff x\u0336\u0336\u0336 "
            "\x01\x7f said John Smith, the Prime Minister of Canada.\n\n")
    out = "Ottawa, 3 March 2025 — " + para
    while len(out.encode()) < 1_000_000:
        out += para
    return out


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    cli, src, work = (os.path.abspath(a) for a in sys.argv[1:4])
    shot = os.path.abspath(sys.argv[sys.argv.index("--shot") + 1]) if "--shot" in sys.argv else None
    exe = chromium()
    if not exe:
        print("SKIP: Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it); "
              "the HTML report was not checked in a browser")
        return SKIP
    os.makedirs(work, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="chromium-", dir=work)
    ok = True
    os.chdir(src)  # the JSON report's paths are relative to the source tree

    # 1. The example article in its three forms.
    examples = [f"examples/articles/berlin-talks.{x}" for x in ("txt", "md", "html")]
    page = os.path.join(work, "example.html")
    report = render(cli, examples, page)
    dom = browser(exe, profile, "--dump-dom", "file://" + page)
    ok &= check_page(dom, report, "example article")
    if not sum(len(f["findings"]) for f in report["files"]) or not sum(len(f["claims"]) for f in report["files"]):
        print("FAIL [example article]: the example has no claims or no findings; the check saw nothing")
        ok = False
    one = os.path.join(work, "example-txt.html")
    render(cli, examples[:1], one)
    png = shot or os.path.join(work, "example.png")
    browser(exe, profile, "--hide-scrollbars", "--window-size=1280,1500", f"--screenshot={png}", "file://" + one)
    if not os.path.exists(png) or open(png, "rb").read(8) != b"\x89PNG\r\n\x1a\n":
        print(f"FAIL: no screenshot at {png}")
        ok = False
    else:
        print(f"screenshot: {png} ({os.path.getsize(png)} bytes)")
    narrow = os.path.join(work, "example-narrow.png")
    browser(exe, profile, "--hide-scrollbars", "--window-size=420,1500", f"--screenshot={narrow}", "file://" + one)

    # 2. 200 articles from PolNeAR, as a folder.
    corpus = os.path.join(src, "..", "shared", "corpus", "polnear", "train", "text")
    if os.path.isdir(corpus):
        folder = os.path.join(work, "polnear200")
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        for name in sorted(os.listdir(corpus))[:200]:
            shutil.copy(os.path.join(corpus, name), folder)
        page = os.path.join(work, "polnear200.html")
        report = render(cli, [folder], page, ("--date", "2016-10-01"))
        if len(report["files"]) != 200:
            print(f"FAIL [polnear]: {len(report['files'])} files in the report, want 200")
            ok = False
        dom = browser(exe, profile, "--dump-dom", "file://" + page)
        ok &= check_page(dom, report, "200 PolNeAR articles")
    else:
        print(f"note: {corpus} is not there; the 200-article page was not checked")

    # 3. A hostile article: markup, bidi overrides, combining marks, CR LF, controls, 1 MB.
    hostile = os.path.join(work, "hostile.txt")
    with open(hostile, "w", encoding="utf-8", newline="") as fh:
        fh.write(hostile_article())
    page = os.path.join(work, "hostile.html")
    report = render(cli, [hostile], page)
    dom = browser(exe, profile, "--dump-dom", "file://" + page)
    ok &= check_page(dom, report, "hostile 1 MB article")
    browser(exe, profile, "--hide-scrollbars", "--window-size=1000,800",
            f"--screenshot={os.path.join(work, 'hostile.png')}", "file://" + page)
    shutil.rmtree(profile, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
