#!/usr/bin/env python3
"""Write the <BODY> texts of Reuters-21578 .sgm files as batch-mode JSON Lines.

    reuters-jsonl.py CORPUS_DIR OUT.jsonl [--limit N]

Each record is {"id": "reut2-NNN.sgm:K", "text": ...}; Latin-1 files are decoded as Latin-1,
the SGML entities &lt; &gt; &amp; are unescaped and &#N; control characters dropped, as the
bench does.
"""
import glob
import json
import os
import re
import sys


def bodies(path):
    data = open(path, "rb").read()
    try:
        s = data.decode("utf-8")
    except UnicodeDecodeError:
        s = data.decode("latin-1")
    for k, m in enumerate(re.finditer(r"<BODY>(.*?)</BODY>", s, re.S)):
        t = m.group(1)
        t = re.sub(r"&#\d+;", "", t).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        yield k, t


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    n = 0
    with open(argv[2], "w", encoding="utf-8") as out:
        for path in sorted(glob.glob(os.path.join(argv[1], "*.sgm"))):
            for k, text in bodies(path):
                out.write(json.dumps({"id": f"{os.path.basename(path)}:{k}", "text": text}, ensure_ascii=False) + "\n")
                n += 1
                if limit and n >= limit:
                    return 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
