#!/usr/bin/env python3
"""Turn Wikidata "position held" (P39) data into claimlint knowledge-base records.

Inputs (any combination):
  --exports DIR     every-politician-scrapers CSV exports (../shared/data/officeholders/):
                    per-country html/holders21.csv + wikidata/*positions.csv + html/positions.csv,
                    and world-leaders-2021/data/wikidata.csv (heads, years only).
  --sparql FILE     the JSON result of the query in docs/knowledge-base.md ("Import"), run at
                    https://query.wikidata.org/ and saved as "SPARQL JSON results". Repeatable.
  --curated FILE    curated records (JSON Lines). Repeatable. Curated records win: an imported
                    record for the same post that overlaps a curated one is dropped.
Outputs:
  --out FILE        the merged records (curated first, marked "origin": "curated"; then the
                    imported ones, "origin": "wikidata"), or only the imported ones with
                    --only-imported.
  --enrich          also give curated records the Wikidata ids (person, office) and a Wikidata
                    source URL when one imported statement matches them (same post, same person
                    name, same start to the day), and rewrite each --curated file in place.

Python 3 standard library only. Offices are mapped to claimlint office keys by the table
scripts/kb-offices.tsv (Wikidata position id -> office key, jurisdiction, label, body) and,
for positions not in it, by their English label (see classify()).
"""
import argparse
import csv
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# Wikidata country item -> ISO 3166-1 alpha-2 (UN members and a few others the exports name).
COUNTRY_ISO = {
    "Q889": "AF", "Q222": "AL", "Q262": "DZ", "Q228": "AD", "Q916": "AO", "Q781": "AG", "Q414": "AR",
    "Q399": "AM", "Q408": "AU", "Q40": "AT", "Q227": "AZ", "Q398": "BH", "Q902": "BD", "Q244": "BB",
    "Q184": "BY", "Q31": "BE", "Q242": "BZ", "Q962": "BJ", "Q917": "BT", "Q750": "BO", "Q225": "BA",
    "Q963": "BW", "Q155": "BR", "Q921": "BN", "Q219": "BG", "Q965": "BF", "Q967": "BI", "Q424": "KH",
    "Q1009": "CM", "Q16": "CA", "Q1011": "CV", "Q929": "CF", "Q657": "TD", "Q298": "CL", "Q739": "CO",
    "Q970": "KM", "Q800": "CR", "Q224": "HR", "Q241": "CU", "Q229": "CY", "Q213": "CZ", "Q974": "CD",
    "Q977": "DJ", "Q784": "DM", "Q786": "DO", "Q574": "TL", "Q736": "EC", "Q79": "EG", "Q792": "SV",
    "Q983": "GQ", "Q986": "ER", "Q191": "EE", "Q1050": "SZ", "Q115": "ET", "Q702": "FM", "Q712": "FJ",
    "Q33": "FI", "Q142": "FR", "Q1000": "GA", "Q230": "GE", "Q183": "DE", "Q117": "GH", "Q41": "GR",
    "Q769": "GD", "Q774": "GT", "Q1006": "GN", "Q1007": "GW", "Q734": "GY", "Q790": "HT", "Q783": "HN",
    "Q28": "HU", "Q189": "IS", "Q668": "IN", "Q252": "ID", "Q794": "IR", "Q796": "IQ", "Q801": "IL",
    "Q38": "IT", "Q1008": "CI", "Q766": "JM", "Q17": "JP", "Q810": "JO", "Q232": "KZ", "Q114": "KE",
    "Q35": "DK", "Q756617": "DK", "Q55": "NL", "Q29999": "NL", "Q710": "KI", "Q1246": "XK", "Q817": "KW",
    "Q813": "KG", "Q819": "LA", "Q211": "LV", "Q822": "LB", "Q1013": "LS", "Q1014": "LR", "Q1016": "LY",
    "Q347": "LI", "Q37": "LT", "Q32": "LU", "Q1019": "MG", "Q1020": "MW", "Q833": "MY", "Q826": "MV",
    "Q912": "ML", "Q233": "MT", "Q709": "MH", "Q1025": "MR", "Q1027": "MU", "Q96": "MX", "Q217": "MD",
    "Q235": "MC", "Q711": "MN", "Q236": "ME", "Q1028": "MA", "Q1029": "MZ", "Q836": "MM", "Q1030": "NA",
    "Q697": "NR", "Q837": "NP", "Q664": "NZ", "Q811": "NI", "Q1032": "NE", "Q1033": "NG", "Q423": "KP",
    "Q221": "MK", "Q20": "NO", "Q842": "OM", "Q843": "PK", "Q695": "PW", "Q804": "PA", "Q691": "PG",
    "Q733": "PY", "Q148": "CN", "Q419": "PE", "Q928": "PH", "Q36": "PL", "Q45": "PT", "Q846": "QA",
    "Q27": "IE", "Q971": "CG", "Q218": "RO", "Q159": "RU", "Q1037": "RW", "Q763": "KN", "Q760": "LC",
    "Q757": "VC", "Q683": "WS", "Q238": "SM", "Q851": "SA", "Q1041": "SN", "Q403": "RS", "Q1042": "SC",
    "Q1044": "SL", "Q334": "SG", "Q214": "SK", "Q215": "SI", "Q685": "SB", "Q1045": "SO", "Q258": "ZA",
    "Q884": "KR", "Q958": "SS", "Q29": "ES", "Q854": "LK", "Q219060": "PS", "Q1049": "SD", "Q730": "SR",
    "Q34": "SE", "Q39": "CH", "Q858": "SY", "Q1039": "ST", "Q865": "TW", "Q863": "TJ", "Q924": "TZ",
    "Q869": "TH", "Q778": "BS", "Q1005": "GM", "Q945": "TG", "Q678": "TO", "Q754": "TT", "Q948": "TN",
    "Q43": "TR", "Q874": "TM", "Q672": "TV", "Q1036": "UG", "Q212": "UA", "Q878": "AE", "Q145": "GB",
    "Q30": "US", "Q77": "UY", "Q265": "UZ", "Q686": "VU", "Q237": "VA", "Q717": "VE", "Q881": "VN",
    "Q805": "YE", "Q953": "ZM", "Q954": "ZW",
}

HEAD_KEYS = ("president", "prime_minister", "chancellor", "monarch", "supreme_leader")

SKIP = re.compile(r"deputy|vice|\bstate\b|assistant|shadow|junior|parliamentary|under-?secretary|delegate|associate|"
                  r"trade|chief|cabinet|home front|co-?operation|committee|commission|spokes|acting|first lady|"
                  r"governor-general|governor general|regent|member|president of the (senate|national assembly|"
                  r"parliament)|speaker|ambassador|leader of the opposition|secretary of finance of the netherlands",
                  re.I)


def classify(label, where):
    """Office key for a position label, or None. `where` is "head" (world-leaders list) or
    "cabinet" (a country's minister list)."""
    l = label.lower()
    if where == "cabinet" and re.fullmatch(r"(minister|secretary) (of|for) international relations and co-?operation", l):
        return "foreign_minister"  # South Africa's foreign minister ("cooperation" is otherwise skipped)
    if SKIP.search(l):
        return None
    if where == "head":
        if re.search(r"prime minister|premier|taoiseach|chief minister|president of the government|"
                     r"president of the council of ministers", l):
            return "prime_minister"
        if "chancellor" in l:
            return "chancellor"
        if "supreme leader" in l:
            return "supreme_leader"
        if re.match(r"(the )?president\b", l):
            return "president"
        if re.search(r"\b(monarch|king|queen|emperor|emir|sultan|grand duke|druk gyalpo|ngwenyama|"
                     r"yang di-pertuan agong|pope|sovereign prince|prince of)\b", l):
            return "monarch"
        return None
    if re.search(r"foreign affairs|foreign minister|external affairs|minister of foreign|foreign secretary|"
                 r"secretary of foreign affairs|foreign and european affairs|minister for europe and foreign|"
                 r"international relations and cooperation|foreign relations", l):
        return "foreign_minister"
    if "interior and defence" in l:
        return None
    if re.search(r"\bdefen[cs]e\b", l) and re.search(r"minister|secretary", l):
        return "defence_minister"
    if re.search(r"\binterior\b|internal affairs|home affairs|home secretary|homeland security", l) and \
            re.search(r"minister|secretary", l) and "prime minister" not in l:
        return "interior_minister"
    if re.search(r"\bfinance\b|treasury|exchequer", l) and re.search(r"minister|secretary|chancellor", l) and \
            "department" not in l:
        return "finance_minister"
    return None


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())


def date_of(s):
    """Export date ("2019-05-20", "2019-05", "2019") -> the same string, or None."""
    s = (s or "").strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s):
        return s
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T00:00:00Z", s)
    return m.group(1) if m else None


def first_day(d):
    return (d + "-01-01")[:10] if len(d) == 4 else (d + "-01")[:10] if len(d) == 7 else d


def last_day(d):
    if d is None:
        return "9999-12-31"
    if len(d) == 4:
        return d + "-12-31"
    if len(d) == 7:
        y, m = int(d[:4]), int(d[5:7])
        nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
        return (nxt - datetime.timedelta(days=1)).isoformat()
    return d


def load_office_table(path):
    table = {}
    if os.path.exists(path):
        for row in csv.reader(open(path, encoding="utf-8"), delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            row += [""] * (5 - len(row))
            table[row[0]] = {"office": row[1], "jurisdiction": row[2], "label": row[3], "body": row[4]}
    return table


class Importer:
    def __init__(self, offices, countries, since):
        self.offices = offices          # position Q -> mapping (from kb-offices.tsv)
        self.countries = countries      # ISO codes to import ministers for (None: all)
        self.since = since              # drop tenures that ended before this day
        self.records = []
        self.stats = {"rows": 0, "kept": 0}
        self.head_positions = {}        # position Q -> label, from world-leaders-2021

    def add(self, *, person, person_q, office_q, mapping, start, end, gender, url, read, known_to=None):
        self.stats["rows"] += 1
        if not start or not mapping:
            return
        if end and last_day(end) < self.since:
            return
        if end and last_day(end) < first_day(start):
            return
        rec = {"person": person, "office": mapping["office"], "jurisdiction": mapping["jurisdiction"]}
        if gender in ("male", "m", "Q6581097"):
            rec["gender"] = "m"
        elif gender in ("female", "f", "Q6581072"):
            rec["gender"] = "f"
        if mapping.get("body"):
            rec["body"] = mapping["body"]
        if mapping.get("label"):
            rec["label"] = mapping["label"]
        rec["start"] = start
        rec["end"] = end
        rec["wikidata"] = {"person": person_q, "office": office_q}
        rec["sources"] = [{"url": url, "read": read}]
        rec["origin"] = "wikidata"
        if end is None and known_to:
            rec["known_to"] = known_to
        self.records.append(rec)

    # --- every-politician-scrapers exports -------------------------------------------------
    def read_exports(self, root):
        commits = {}
        src = os.path.join(root, "SOURCES.tsv")
        if os.path.exists(src):
            for row in csv.DictReader(open(src, encoding="utf-8"), delimiter="\t"):
                commits[row["folder"]] = (row["repo"], row["commit"], row["commit_date"][:10])
        covered = set()  # position Qs read with day precision from a country folder
        wl = os.path.join(root, "world-leaders-2021", "data", "wikidata.csv")
        if os.path.exists(wl):
            for row in csv.DictReader(open(wl, encoding="utf-8")):
                self.head_positions[row["position"]] = row["positionLabel"]
        for folder in sorted(os.listdir(root)):
            holders = os.path.join(root, folder, "html", "holders21.csv")
            if not os.path.exists(holders):
                continue
            repo, commit, read = commits.get(folder, ("", "", ""))
            title_q = {}
            for f in glob.glob(os.path.join(root, folder, "wikidata", "*positions.csv")):
                for row in csv.DictReader(open(f, encoding="utf-8")):
                    if row.get("position", "").startswith("Q") and row.get("title"):
                        title_q.setdefault(row["title"], row["position"])
            pos_info = {}
            pf = os.path.join(root, folder, "html", "positions.csv")
            if os.path.exists(pf):
                for row in csv.DictReader(open(pf, encoding="utf-8")):
                    pos_info[row["id"]] = row
            rows = list(csv.DictReader(open(holders, encoding="utf-8")))
            for row in rows:
                q = title_q.get(row.get("position", ""))
                if not q:
                    continue
                mapping = self.map_position(q, pos_info.get(q), "cabinet")
                if not mapping:
                    continue
                if mapping["office"] in HEAD_KEYS:
                    covered.add(q)
                elif self.countries is not None and mapping["jurisdiction"] not in self.countries:
                    continue
                self.add(person=row["person"], person_q=row["personID"], office_q=q, mapping=mapping,
                         start=date_of(row["start"]), end=date_of(row.get("end")), gender=row.get("gender", ""),
                         url=f"https://www.wikidata.org/wiki/{row['personID']}", read=read,
                         known_to=read)
        wl = os.path.join(root, "world-leaders-2021", "data", "wikidata.csv")
        if os.path.exists(wl):
            read = commits.get("world-leaders-2021", ("", "", ""))[2]
            for row in csv.DictReader(open(wl, encoding="utf-8")):
                if row["position"] in covered:
                    continue
                iso = COUNTRY_ISO.get(row["countryid"])
                if not iso:
                    continue
                mapping = self.offices.get(row["position"])
                if not mapping:
                    key = classify(row["positionLabel"], "head")
                    if not key:
                        continue
                    mapping = {"office": key, "jurisdiction": iso, "label": "", "body": ""}
                self.add(person=row["officeholderLabel"], person_q=row["officeholder"], office_q=row["position"],
                         mapping=mapping, start=date_of(row["start_year"]), end=date_of(row["end_year"]), gender="",
                         url=f"https://www.wikidata.org/wiki/{row['officeholder']}", read=read, known_to=read)

    def map_position(self, q, info, where):
        if q in self.offices:
            return self.offices[q]
        if not info:
            return None
        iso = COUNTRY_ISO.get(info.get("jurisdiction") or info.get("country") or "")
        if not iso:
            return None
        # A head of state or government only when world-leaders-2021 lists the position as one.
        if q in self.head_positions:
            key = classify(self.head_positions[q], "head")
        else:
            key = classify(info["position"], where)
            if key in HEAD_KEYS:
                key = None
        if not key:
            return None
        return {"office": key, "jurisdiction": iso, "label": "", "body": ""}

    # --- SPARQL JSON ------------------------------------------------------------------------
    def read_sparql(self, path, read):
        data = json.load(open(path, encoding="utf-8"))
        for b in data["results"]["bindings"]:
            val = lambda k: b[k]["value"] if k in b else ""
            qid = lambda k: val(k).rsplit("/", 1)[-1]
            office_q = qid("office")
            mapping = self.offices.get(office_q)
            if not mapping:
                iso = val("iso")
                key = classify(val("officeLabel"), "head" if val("kind") else "cabinet")
                if not key or not iso:
                    continue
                mapping = {"office": key, "jurisdiction": iso, "label": "", "body": ""}

            def dated(k):
                d = date_of(val(k)[:10] + "T00:00:00Z") if val(k) else None
                p = val(k + "Precision")
                if d is None:
                    return None, True
                if p == "11" or p == "":
                    return d, True
                if p == "10":
                    return d[:7], True
                if p == "9":
                    return d[:4], True
                return None, False  # coarser than a year: skip
            start, ok1 = dated("start")
            end, ok2 = dated("end")
            if not ok1 or not ok2:
                continue
            stmt = val("statement")
            url = f"https://www.wikidata.org/wiki/{qid('person')}"
            if stmt:
                url += "#" + stmt.rsplit("/", 1)[-1].replace("-", "$", 1)
            self.add(person=val("personLabel"), person_q=qid("person"), office_q=office_q, mapping=mapping,
                     start=start, end=end, gender=qid("gender"), url=url, read=read, known_to=read)


NAME_INDEX = {}  # folded name -> person Q-id from any export row ("?" when ambiguous)


def index_names(root):
    for f in glob.glob(os.path.join(root, "*", "html", "*.csv")):
        for row in csv.DictReader(open(f, encoding="utf-8")):
            name, q = row.get("person") or row.get("name"), row.get("personID") or row.get("id")
            if not name or not q or not q.startswith("Q") or f.endswith("positions.csv"):
                continue
            k = fold(name)
            if NAME_INDEX.get(k, q) != q:
                NAME_INDEX[k] = "?"
            else:
                NAME_INDEX[k] = q


def post_key(r):
    return (r["office"], r["jurisdiction"], r.get("body", ""), r.get("of", ""))


def normalise(records):
    """Merge back-to-back statements of one person in one post, drop duplicates, align ends."""
    by_post = {}
    for r in records:
        by_post.setdefault(post_key(r), []).append(r)
    out, dropped = [], 0
    for key, rs in by_post.items():
        rs.sort(key=lambda r: (first_day(r["start"]), last_day(r["end"])))
        merged = []
        for r in rs:
            if merged:
                p = merged[-1]
                same = p["wikidata"]["person"] == r["wikidata"]["person"]
                if same and last_day(p["end"]) >= first_day(r["start"]) or (
                        same and p["end"] and first_day(r["start"]) <= (
                            datetime.date.fromisoformat(last_day(p["end"])) + datetime.timedelta(days=1)).isoformat()):
                    # Back-to-back or duplicate statement: one tenure.
                    if p["end"] is not None and (r["end"] is None or last_day(r["end"]) > last_day(p["end"])):
                        p["end"] = r["end"]
                        if r.get("known_to"):
                            p["known_to"] = r["known_to"]
                        else:
                            p.pop("known_to", None)
                    continue
            merged.append(r)
        # Single holder: an open statement followed by a later holder is only known up to
        # that holder's start; an end one day before the successor's start becomes the handover.
        for i in range(len(merged) - 1):
            a, b = merged[i], merged[i + 1]
            if a["end"] is None:
                a["known_to"] = min(a.get("known_to") or "9999", first_day(b["start"]))
            elif len(a["end"]) == 10 and len(b["start"]) == 10:
                nxt = (datetime.date.fromisoformat(a["end"]) + datetime.timedelta(days=1)).isoformat()
                if nxt == b["start"]:
                    a["end"] = b["start"]
        # Drop holders that overlap the previous one by more than the handover day (conflicting
        # statements); they need a look at a primary source.
        kept = []
        for r in merged:
            if kept:
                p = kept[-1]
                if p["end"] is None and not p.get("known_to"):
                    dropped += 1
                    continue
                if p["end"] is not None and first_day(r["start"]) < first_day(p["end"]):
                    # A partial start whose period holds the predecessor's end: the handover is
                    # somewhere in that period, so the end is given at the start's precision.
                    if len(r["start"]) < len(p["end"]) and p["end"].startswith(r["start"]) and \
                            first_day(r["start"]) >= first_day(p["start"]):
                        p["end"] = r["start"]
                    else:
                        dropped += 1
                        continue
            kept.append(r)
        out.extend(kept)
    return out, dropped


def read_jsonl(path):
    recs = []
    for line in open(path, encoding="utf-8"):
        s = line.strip()
        recs.append(json.loads(s) if s and not s.startswith("#") else line.rstrip("\n"))
    return recs


def overlaps(a, b):
    return not (last_day(a["end"]) < first_day(b["start"]) or last_day(b["end"]) < first_day(a["start"]))


def merge(curated, imported, enrich):
    """Curated records win. Returns (imported records kept, number enriched)."""
    cur_by_post = {}
    for r in curated:
        if isinstance(r, dict) and "person" in r:
            cur_by_post.setdefault(post_key(r), []).append(r)
    kept, enriched = [], 0
    for r in imported:
        cs = cur_by_post.get(post_key(r), [])
        clash = [c for c in cs if overlaps(c, r)]
        if not clash:
            kept.append(r)
            continue
        names = lambda c: {fold(c["person"])} | {fold(a) for a in c.get("aliases", [])}
        same = [c for c in clash if fold(r["person"]) in names(c) or
                c.get("wikidata", {}).get("person") == r["wikidata"]["person"]]
        # A holder who took office before the first curated holder it overlaps keeps the span up
        # to that curated start (the handover day); anything later is left to the curated records.
        if not same:
            first = min(clash, key=lambda c: first_day(c["start"]))
            if r["end"] is None and r.get("known_to") and last_day(r["known_to"]) < first_day(first["start"]):
                # Known only up to a day before the curated holder took over: what happened in
                # between is unknown, so the record stays open up to its known_to day.
                kept.append(r)
                continue
            if first_day(r["start"]) < first_day(first["start"]):
                r = dict(r)
                r["end"] = first["start"]
                r.pop("known_to", None)
                # The end is the curated successor's start: its sources support it.
                r["sources"] = r["sources"] + [s for s in first.get("sources", []) if s not in r["sources"]]
                kept.append(r)
            continue
        clash = same
        # Same person, same start: the curated record gets the ids and the Wikidata source.
        if enrich:
            for c in clash:
                wd = c.setdefault("wikidata", {})
                if "person" not in wd:
                    wd["person"] = r["wikidata"]["person"]
                    enriched += 1
                wd.setdefault("office", r["wikidata"]["office"])
                # The statement is a source for the tenure only when it gives the same start, at
                # least as precisely as the curated record.
                if r["start"][:len(c["start"])] == c["start"]:
                    srcs = c.setdefault("sources", [])
                    if not any(s["url"] == r["sources"][0]["url"] for s in srcs):
                        srcs.append(r["sources"][0])
    # People the curated records name but no imported statement matched: a Wikidata id from any
    # export row with exactly that name (names that map to several ids are left alone).
    for c in curated:
        if isinstance(c, dict) and "person" in c and "person" not in c.get("wikidata", {}):
            q = NAME_INDEX.get(fold(c["person"]))
            if q and q != "?":
                c.setdefault("wikidata", {})["person"] = q
                enriched += 1
    return kept, enriched


def dump(rec):
    order = ["person", "aliases", "gender", "office", "jurisdiction", "body", "of", "label", "start", "end",
             "acting", "known_to", "wikidata", "sources", "source", "origin", "note"]
    o = {k: rec[k] for k in order if k in rec}
    o.update({k: v for k, v in rec.items() if k not in o})
    return json.dumps(o, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--exports")
    ap.add_argument("--sparql", action="append", default=[])
    ap.add_argument("--sparql-read", default=datetime.date.today().isoformat(),
                    help="the day the SPARQL query was run (default: today)")
    ap.add_argument("--curated", action="append", default=[])
    ap.add_argument("--out", required=True)
    ap.add_argument("--only-imported", action="store_true")
    ap.add_argument("--enrich", action="store_true")
    ap.add_argument("--offices", default=os.path.join(HERE, "kb-offices.tsv"))
    ap.add_argument("--countries", help="comma-separated ISO codes to import ministers for (default: all)")
    ap.add_argument("--since", default="2015-01-01", help="drop tenures that ended before this day")
    a = ap.parse_args()

    imp = Importer(load_office_table(a.offices), set(a.countries.split(",")) if a.countries else None, a.since)
    if a.exports:
        imp.read_exports(a.exports)
        if a.enrich:
            index_names(a.exports)
    for f in a.sparql:
        imp.read_sparql(f, a.sparql_read)
    imported, dropped = normalise(imp.records)

    curated_files = {f: read_jsonl(f) for f in a.curated}
    curated = [r for recs in curated_files.values() for r in recs if isinstance(r, dict) and "person" in r]
    for r in curated:
        r["origin"] = "curated"
    kept, enriched = merge(curated, imported, a.enrich)
    kept.sort(key=lambda r: (r["jurisdiction"], r["office"], first_day(r["start"])))

    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Generated by scripts/kb-import.py from Wikidata P39 data (CC0); do not edit by hand:\n"
                  "# correct a record in the curated files, which win over imported ones.\n")
        if not a.only_imported:
            for r in curated:
                out.write(dump(r) + "\n")
        for r in kept:
            out.write(dump(r) + "\n")
    if a.enrich:
        for f, recs in curated_files.items():
            with open(f, "w", encoding="utf-8") as out:
                for r in recs:
                    out.write((dump(r) if isinstance(r, dict) and "person" in r else
                               json.dumps(r, ensure_ascii=False) if isinstance(r, dict) else r) + "\n")
    print(f"kb-import: {imp.stats['rows']} statements read, {len(imp.records)} mapped, {len(imported)} after "
          f"merging terms ({dropped} conflicting dropped), {len(imported) - len(kept)} left to curated records, "
          f"{len(kept)} written; {enriched} curated records given a Wikidata person id", file=sys.stderr)


if __name__ == "__main__":
    main()
