#!/usr/bin/env python3
"""Check many articles with claimlint on a Dask cluster; write one JSON line per article.

    claimlint_dask.py INPUT -o reports.jsonl [--workers 4] [--scheduler tcp://host:8786]
                      [--date YYYY-MM-DD] [--partitions N] [--single]

INPUT is a JSON Lines file in batch mode's format (one {"id", "text", "date", "format", "path"}
object per line) or a folder of articles (.txt, .md, .html; each becomes a record with its
relative path as id). The output has one line per input record, in input order, exactly as
`claimlint batch` writes it: a report with the record's id, or an error record.

Without --scheduler a LocalCluster of --workers processes (one thread each) runs on this
machine; with it the same code runs on any Dask cluster whose workers can import the claimlint
module. Each worker process builds one Analyzer, the first time it needs it, and keeps it.
--single runs everything in this process without Dask (the reference the tests compare with).
"""
import argparse
import json
import os
import sys

# One analyzer per worker process, built on first use (an Analyzer is immutable and
# thread-safe, and building it loads the knowledge base: do it once, not once per record).
_ANALYZER = None


def _analyzer():
    global _ANALYZER
    if _ANALYZER is None:
        import claimlint
        _ANALYZER = claimlint.Analyzer()
    return _ANALYZER


def check_partition(records, date=None):
    """records: list of (line_number, json_line, ready_output). Returns (output_line, is_error)
    pairs in the same order; a record that already has its output (an unreadable file) keeps it."""
    an = _analyzer()
    out = []
    for number, line, ready in records:
        if ready is not None:
            out.append((ready, True))
            continue
        try:
            out.append(an.batch_line(line, number, date=date))
        except UnicodeEncodeError as e:  # bytes that are not UTF-8 in a JSON Lines input line
            err = {"id": None, "line": number,
                   "error": {"code": "encoding", "message": f"the line is not valid UTF-8 at character {e.start}"}}
            out.append((json.dumps(err), True))
    return out


def read_records(path):
    """The input as (line_number, json_line, ready_output) triples."""
    if os.path.isdir(path):
        records = []
        n = 0
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or not name.endswith((".txt", ".md", ".markdown", ".html", ".htm")):
                    continue
                full = os.path.join(root, name)
                rel = os.path.relpath(full, path)
                with open(full, "rb") as f:
                    data = f.read()
                n += 1
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError as e:
                    # An error record in its place, so that nothing is dropped.
                    err = {"id": rel, "line": n, "error": {"code": "encoding",
                                                           "message": f"{rel}: not valid UTF-8 at byte {e.start}"}}
                    records.append((n, None, json.dumps(err, ensure_ascii=False)))
                    continue
                records.append((n, json.dumps({"id": rel, "path": rel, "text": text}, ensure_ascii=False), None))
        return records
    with open(path, "r", encoding="utf-8", errors="surrogateescape") as f:
        return [(n, line.rstrip("\n"), None) for n, line in enumerate(f, 1)]


def run(records, workers=2, scheduler=None, partitions=None, date=None):
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        nparts = partitions or max(1, min(len(records), (workers or 1) * 8))
        bag = db.from_sequence(records, npartitions=nparts)
        # map_partitions keeps partition order; compute() gathers them in order.
        lines = bag.map_partitions(check_partition, date=date).compute()
        return list(lines)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scheduler")
    ap.add_argument("--partitions", type=int)
    ap.add_argument("--date")
    ap.add_argument("--single", action="store_true", help="no Dask: one process")
    a = ap.parse_args(argv)
    if a.workers < 1:
        ap.error("--workers must be at least 1")
    records = read_records(a.input)
    if a.single:
        lines = check_partition(records, a.date)
    else:
        lines = run(records, a.workers, a.scheduler, a.partitions, a.date)
    errors = 0
    with open(a.output, "w", encoding="utf-8", errors="surrogateescape") as out:
        for line, is_error in lines:
            errors += is_error
            out.write(line + "\n")
    print(f"{len(lines)} records, {errors} error records -> {a.output}", file=sys.stderr)
    return 2 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
