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
import sys


sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reuters_findings import bodies  # noqa: E402  the one reader of <BODY> texts


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    n = 0
    with open(argv[2], "w", encoding="utf-8") as out:
        for path in sorted(glob.glob(os.path.join(argv[1], "*.sgm"))):
            for k, text in enumerate(bodies(path)):
                out.write(json.dumps({"id": f"{os.path.basename(path)}:{k}", "text": text}, ensure_ascii=False) + "\n")
                n += 1
                if limit and n >= limit:
                    return 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
