#!/usr/bin/env python3
"""Links in README.md and docs/: a relative link must name a file inside the repository that
exists; no page for users tells a reader to open a path outside the repository (../shared is the
development machine's, not the reader's). Usage: docs_links.py SOURCE_DIR"""
import os
import re
import sys

src = os.path.abspath(sys.argv[1])
pages = [os.path.join(src, "README.md")]
for d, _, files in os.walk(os.path.join(src, "docs")):
    pages += [os.path.join(d, f) for f in files if f.endswith(".md")]
# Pages for users and integrators: not even a path in backquotes may point outside the repository.
USER_PAGES = {"README.md", "docs/cli.md", "docs/output.md", "docs/api.md", "docs/formats.md", "docs/ci.md",
              "docs/knowledge-base.md", "docs/reliability.md"}
link = re.compile(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
bad = []
for page in pages:
    rel_page = os.path.relpath(page, src)
    text = open(page, encoding="utf-8").read()
    for target in link.findall(text):
        if re.match(r"^[a-z]+:", target) or target.startswith("#"):
            continue  # a web address or an anchor in the page
        path = os.path.normpath(os.path.join(os.path.dirname(page), target.split("#")[0]))
        if not (path + os.sep).startswith(src + os.sep):
            bad.append(f"{rel_page}: link outside the repository: {target}")
        elif not os.path.exists(path):
            bad.append(f"{rel_page}: link to a missing file: {target}")
    if rel_page in USER_PAGES and re.search(r"\.\./shared|/work/", text):
        bad.append(f"{rel_page}: names a path outside the repository (../shared or /work/)")
for b in bad:
    print(b)
print(f"{len(pages)} pages, {len(bad)} problems")
sys.exit(1 if bad else 0)
