#!/bin/sh
# Regenerates lib/kb/data/imported.jsonl from the Wikidata exports and gives the curated files the
# Wikidata ids and sources of matching statements (scripts/kb-import.py; docs/knowledge-base.md).
# Usage: scripts/kb-rebuild.sh [EXPORTS_DIR] [SPARQL_JSON...]
set -e
cd "$(dirname "$0")/.."
exports=${1:-../shared/data/officeholders}
[ $# -gt 0 ] && shift
sparql=""
for f in "$@"; do sparql="$sparql --sparql $f"; done
d=lib/kb/data
python3 scripts/kb-import.py --exports "$exports" $sparql \
  --curated $d/heads.jsonl --curated $d/ministers.jsonl --curated $d/organisations.jsonl --curated $d/additions.jsonl \
  --enrich --only-imported --out $d/imported.jsonl
