#!/usr/bin/python3
"""Score extraction output against parallax gold files.

  score.py --gold tests/gold/seeds.yaml --found out.json [--json]

Gold: YAML files in the layout of tests/gold/seeds.yaml.  Found: the JSON
of `parallax extract --format json FILE...` (or of eval/peers/run.js), one
or more files; documents are paired by file name (the last path part).
Prints precision, recall and F1 per kind (the entities also by type) and
per split; docs/eval.md says exactly what each kind counts.
"""

import argparse
import json
import os
import re
import sys
import unicodedata

import yaml

# Entity types that are scored; parallax's outlets are organisations.
TYPES = {"person": "person", "place": "place", "org": "org",
         "organization": "org", "outlet": "org", "event": "event"}

# The entities again by type: a pair counts for a type when the gold and
# the found entity are both of it, so a right identity of the wrong type
# is right among the entities and wrong among its type's.
ENTITY_TYPES = ["person", "place", "org", "event"]
TYPE_KINDS = [f"entities-{t}" for t in ENTITY_TYPES]

KINDS = ["entities"] + TYPE_KINDS + ["mentions", "dates", "dates-resolved", "quotes",
                                     "quotes-speaker"]

# gum-held: dev and test together, the articles never tuned to.
SPLITS = ["seeds", "gum-train", "gum-dev", "gum-test", "gum-held", "gum-all"]

QUOTE_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"',
                            "«": '"', "»": '"', "‘": "'", "’": "'",
                            "‚": "'", "‛": "'", "…": "...",
                            "—": "-", "–": "-", "‐": "-", "‑": "-",
                            "\u00a0": " "})


# ---- normalisation ------------------------------------------------------------

def norm_name(s):
    """Names compare without case, accents, punctuation or a leading
    "the": "the U.S." = "US", "Gérald" = "Gerald"."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.translate(QUOTE_FOLD).casefold()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w]+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    if re.fullmatch(r"(\w )+\w", s):  # an acronym with dots: U.S. = US
        s = s.replace(" ", "")
    return s.replace("_", " ")


def norm_surface(s):
    """Surfaces compare after folding quote marks and spaces."""
    s = unicodedata.normalize("NFC", str(s)).translate(QUOTE_FOLD)
    return re.sub(r"\s+", " ", s).strip()


def fold_quote(s):
    """Quote texts compare without their marks, outer punctuation, case
    or spacing: “anti-peace force,” = anti-peace force."""
    s = norm_surface(s).casefold()
    s = s.strip(" \"'")
    s = re.sub(r"^[\s,.;:!?\"']+|[\s,.;:!?\"']+$", "", s)
    return s


def words(s):
    return re.findall(r"\w+", norm_surface(s).casefold())


# ---- loading --------------------------------------------------------------------

def load_ids(path):
    """GUM identity -> parallax id."""
    ids = {}
    if not path:
        return ids
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 2:
                sys.exit(f"{path}:{lineno}: expected two tab-separated ids")
            ids[cols[0]] = cols[1]
    return ids


def split_of(doc):
    split = doc.get("split")
    return f"gum-{split}" if split else "seeds"


def load_gold(paths):
    """file name -> gold document (with its split)."""
    docs = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        for doc in data.get("documents", []):
            name = os.path.basename(doc["file"])
            if name in docs:
                sys.exit(f"{path}: {name} is in two gold files")
            doc["_split"] = split_of(doc)
            docs[name] = doc
    return docs


def load_found(paths):
    """file name -> found document."""
    docs = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for doc in data.get("documents", []):
            docs[os.path.basename(doc["file"])] = doc
    return docs


# ---- matching -------------------------------------------------------------------

def one_to_one(golds, founds, passes):
    """Pairs (gold index, found index), each side used once; passes are
    predicates tried in order, so exact matches win over loose ones."""
    used_g, used_f, pairs = set(), set(), []
    for ok in passes:
        for gi, g in enumerate(golds):
            if gi in used_g:
                continue
            for fi, f in enumerate(founds):
                if fi not in used_f and ok(g, f):
                    used_g.add(gi)
                    used_f.add(fi)
                    pairs.append((gi, fi))
                    break
    return pairs


class Counts:
    """True positives and the two denominators of one kind."""

    def __init__(self):
        self.tp_gold = 0   # gold items found
        self.tp_found = 0  # found items that are right
        self.gold = 0
        self.found = 0

    def add(self, other):
        self.tp_gold += other.tp_gold
        self.tp_found += other.tp_found
        self.gold += other.gold
        self.found += other.found

    def prf(self):
        p = self.tp_found / self.found if self.found else None
        r = self.tp_gold / self.gold if self.gold else None
        if r is None:
            f = None
        elif p is None:
            f = 0.0  # gold to find and nothing found
        else:
            f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_dict(self):
        p, r, f = self.prf()
        return {"precision": p, "recall": r, "f1": f, "gold": self.gold,
                "found": self.found, "tp": self.tp_gold}


def counts(tp, n_gold, n_found):
    c = Counts()
    c.tp_gold = c.tp_found = tp
    c.gold, c.found = n_gold, n_found
    return c


def gold_entities(doc):
    return [e for e in doc.get("entities") or []
            if TYPES.get(e.get("type")) is not None]


def found_entities(doc, demonyms=True):
    """The found entities of scored types; without @demonyms, only those
    named by something other than a demonym ("Estonia", not "Estonian")."""
    return [e for e in doc.get("entities") or []
            if (e.get("type") is None or TYPES.get(e["type"]) is not None)
            and (demonyms or any(not m.get("demonym") for m in e.get("mentions") or []))]


def entity_names(e):
    names = {norm_name(e.get("canonical"))}
    names |= {norm_name(s) for s in e.get("surfaces") or []}
    names.discard("")
    return names


def score_entities(gold, found, ids):
    golds = gold_entities(gold)
    founds = found_entities(found, gold.get("demonyms_annotated", True))
    gnames = [entity_names(g) for g in golds]

    def by_id(gi_g, f):
        gi, g = gi_g
        return f.get("id") in (g["id"], ids.get(g["id"], g["id"]))

    def by_canonical(gi_g, f):
        gi, g = gi_g
        return norm_name(f.get("canonical") or f.get("name")) == norm_name(g.get("canonical"))

    def by_name(gi_g, f):
        gi, g = gi_g
        return (norm_name(f.get("canonical") or f.get("name")) in gnames[gi]
                or norm_name(f.get("id")) in gnames[gi])

    # A found "Florida" is the gold's Florida before it is Clearwater,
    # Florida, whose surfaces include "Florida".
    pairs = one_to_one(list(enumerate(golds)), founds, [by_id, by_canonical, by_name])
    by_type = {}
    for t in ENTITY_TYPES:
        tp = sum(1 for gi, fi in pairs
                 if TYPES[golds[gi]["type"]] == t and TYPES.get(founds[fi].get("type")) == t)
        n_gold = sum(1 for g in golds if TYPES[g["type"]] == t)
        n_found = sum(1 for f in founds if TYPES.get(f.get("type")) == t)
        by_type[f"entities-{t}"] = counts(tp, n_gold, n_found)
    return counts(len(pairs), len(golds), len(founds)), by_type


def score_mentions(gold, found):
    g = {norm_surface(s) for e in gold_entities(gold)
         for s in e.get("surfaces") or []}
    demonyms = gold.get("demonyms_annotated", True)
    f = {norm_surface(m["surface"]) for e in found_entities(found, demonyms)
         for m in e.get("mentions") or [] if demonyms or not m.get("demonym")}
    return counts(len(g & f), len(g), len(f))


def overlap(a, b):
    """Two surfaces overlap when one's words run inside the other's:
    "Monday" and "on Monday"."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    n = len(short)
    return any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


def reported_dateline(found):
    """The date a tool reports as the document's own, from its header
    (parallax: metadata.published as detected), as a found date."""
    published = (found.get("metadata") or {}).get("published") or {}
    detected = published.get("detected") or (
        published if published.get("from") == "detected" else None)
    if not detected or detected.get("surface") is None:
        return []
    return [{"surface": detected["surface"], "value": detected.get("value")}]


def score_dates(gold, found):
    golds = list(gold.get("dates") or [])
    seen, founds = set(), []
    # Where the gold annotates the dateline, a dateline the tool reports
    # as the document's date is a date it found.
    reported = (reported_dateline(found)
                if any(g.get("dateline") for g in golds) else [])
    for d in (found.get("dates") or []) + reported:
        key = (norm_surface(d["surface"]), d.get("value"))
        if key not in seen:
            seen.add(key)
            founds.append(d)
    ends = range_ends(golds, founds)
    used_g = {gi for gi, _ in ends}
    used_f = {fi for _, fi in ends}
    rest_g = [gi for gi in range(len(golds)) if gi not in used_g]
    rest_f = [fi for fi in range(len(founds)) if fi not in used_f]
    pairs = one_to_one(
        [golds[gi] for gi in rest_g], [founds[fi] for fi in rest_f],
        [lambda g, f: (norm_surface(g["surface"]) == norm_surface(f["surface"])
                       and value_equal(g, f)),
         lambda g, f: norm_surface(g["surface"]) == norm_surface(f["surface"]),
         lambda g, f: overlap(g["surface"], f["surface"])])
    pairs = ends + [(rest_g[gi], rest_f[fi]) for gi, fi in pairs]
    found_c = Counts()
    found_c.tp_gold = len(pairs)
    found_c.tp_found = len({fi for _, fi in pairs})
    found_c.gold, found_c.found = len(golds), len(founds)
    right = [(gi, fi) for gi, fi in pairs
             if (gi, fi) in ends or value_equal(golds[gi], founds[fi])]
    resolved_c = Counts()
    resolved_c.tp_gold = len(right)
    resolved_c.tp_found = len({fi for _, fi in right})
    resolved_c.gold = sum(1 for g in golds if g.get("resolves_to") is not None)
    resolved_c.found = sum(1 for f in founds if f.get("value") is not None)
    return found_c, resolved_c


def range_ends(golds, founds):
    """Pairs (gold index, found index) for ranges the gold splits in two:
    a found range "A/B" whose surface holds a gold date valued A and
    another valued B ("from 2004 to 2009" against "2004" and "2009")
    matches both, or the one not already taken by an earlier range (the
    gold lists "2009" once for two ranges ending in 2009)."""
    pairs, used = [], set()
    for fi, f in enumerate(founds):
        fv = f.get("value")
        if fv is None or "/" not in str(fv):
            continue
        a, b = str(fv).split("/", 1)
        ba, bb = bounds(a), bounds(b)
        if ba is None or bb is None:
            continue
        inside = [gi for gi, g in enumerate(golds)
                  if g.get("resolves_to") is not None
                  and overlap(g["surface"], f["surface"])
                  and len(words(g["surface"])) < len(words(f["surface"]))]
        starts = [gi for gi in inside if bounds(str(golds[gi]["resolves_to"])) == ba]
        ends = [gi for gi in inside if bounds(str(golds[gi]["resolves_to"])) == bb]
        if not starts or not ends:
            continue
        for side in (starts, ends):
            free = [gi for gi in side if gi not in used]
            if free:
                pairs.append((free[0], fi))
                used.add(free[0])
    return pairs


DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def bounds(value):
    """A date value as (first day, last day), ISO strings or None for an
    open end (".."): "1960/1969" and "1960-01-01/1969-12-31" are the same
    interval, "2022-06" is (2022-06-01, 2022-06-30).  A time of day is
    its own bound.  None when the value is not read."""
    value = str(value)
    if "/" in value:
        a, b = value.split("/", 1)
        if "/" in b:
            return None
        first = (None, None) if a == ".." else bounds(a)
        last = (None, None) if b == ".." else bounds(b)
        if first is None or last is None:
            return None
        return first[0], last[1]
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(T[\d:.]+)?)?)?", value)
    if m is None:
        return None
    y, mo, d, t = m.groups()
    if t:
        return value, value
    if d:
        return value, value
    if mo:
        last = DAYS_IN[int(mo) - 1]
        if int(mo) == 2 and not (int(y) % 4 == 0 and (int(y) % 100 or int(y) % 400 == 0)):
            last = 28
        return f"{y}-{mo}-01", f"{y}-{mo}-{last:02d}"
    return f"{y}-01-01", f"{y}-12-31"


def value_equal(g, f):
    """Values are equal when they name the same interval, whatever the
    notation: the year 2014 is 2014-01-01/2014-12-31."""
    gv, fv = g.get("resolves_to"), f.get("value")
    if gv is None or fv is None:
        return False
    if str(gv) == str(fv):
        return True
    bg, bf = bounds(gv), bounds(fv)
    return bg is not None and bg == bf


def speaker_ok(gold_doc, gold_speaker, f, ids):
    if gold_speaker is None:
        return False
    speaker = f.get("speaker")
    if speaker is not None and speaker in (gold_speaker,
                                           ids.get(gold_speaker)):
        return True
    names = {norm_name(gold_speaker.replace("_", " "))}
    for e in gold_doc.get("entities") or []:
        if e["id"] == gold_speaker:
            names |= entity_names(e)
    names.discard("")
    return (norm_name(f.get("speaker_surface")) in names
            or norm_name(speaker) in names)


def score_quotes(gold, found, ids):
    golds, gseen = [], set()
    for q in gold.get("quotes") or []:
        k = fold_quote(q["text"])
        if k and k not in gseen:
            gseen.add(k)
            golds.append(q)
    founds, fseen = [], set()
    for q in found.get("quotes") or []:
        k = fold_quote(q["text"])
        if k and k not in fseen:
            fseen.add(k)
            founds.append(q)
    parts = paragraph_parts(golds, founds)
    used_g = {gi for gi, _ in parts}
    used_f = {fi for _, fi in parts}
    rest_g = [gi for gi in range(len(golds)) if gi not in used_g]
    rest_f = [fi for fi in range(len(founds)) if fi not in used_f]
    pairs = one_to_one(
        [golds[gi] for gi in rest_g], [founds[fi] for fi in rest_f],
        [lambda g, f: fold_quote(g["text"]) == fold_quote(f["text"])])
    pairs = parts + [(rest_g[gi], rest_f[fi]) for gi, fi in pairs]
    text_c = pair_counts(pairs, len(golds), len(founds))
    right = [(gi, fi) for gi, fi in pairs
             if speaker_ok(gold, golds[gi].get("speaker"), founds[fi], ids)]
    n_gold = sum(1 for g in golds if g.get("speaker") is not None)
    n_found = sum(1 for f in founds
                  if f.get("speaker") is not None
                  or f.get("speaker_surface") is not None)
    return text_c, pair_counts(right, n_gold, n_found)


def pair_counts(pairs, n_gold, n_found):
    """Counts of (gold, found) pairs where one found item may match
    several gold items (a range's ends, a quotation's paragraphs)."""
    c = Counts()
    c.tp_gold = len({gi for gi, _ in pairs})
    c.tp_found = len({fi for _, fi in pairs})
    c.gold, c.found = n_gold, n_found
    return c


# A quotation over paragraphs reopens at each one: "... at risk. "No one's ...
PARAGRAPH_REOPEN = re.compile(r"(?<=[.!?,;:])\s+[\"“‘']\s*")


def paragraph_parts(golds, founds):
    """Pairs (gold index, found index) for quotations the gold splits by
    paragraph: a found quotation that runs over paragraphs (its text has
    the reopening marks) matches the gold quotations that are, in order,
    its parts, when every part is one."""
    by_text = {}
    for gi, g in enumerate(golds):
        by_text.setdefault(fold_quote(g["text"]), gi)
    pairs = []
    for fi, f in enumerate(founds):
        if fold_quote(f["text"]) in by_text:
            continue
        parts = [fold_quote(p) for p in PARAGRAPH_REOPEN.split(f["text"])]
        if len(parts) < 2 or any(p not in by_text for p in parts):
            continue
        pairs.extend((by_text[p], fi) for p in parts)
    return pairs


def score_document(gold, found, ids):
    dates, resolved = score_dates(gold, found)
    quotes, speakers = score_quotes(gold, found, ids)
    entities, by_type = score_entities(gold, found, ids)
    return {
        "entities": entities,
        **by_type,
        "mentions": score_mentions(gold, found),
        "dates": dates,
        "dates-resolved": resolved,
        "quotes": quotes,
        "quotes-speaker": speakers,
    }


def score(gold_docs, found_docs, ids):
    """split -> kind -> Counts, micro-averaged over the split's documents.
    A gold document missing from the output counts as nothing found."""
    table = {}
    for name, gold in sorted(gold_docs.items()):
        found = found_docs.get(name, {"entities": [], "dates": [],
                                      "quotes": []})
        per_doc = score_document(gold, found, ids)
        splits = [gold["_split"]]
        if gold["_split"].startswith("gum-"):
            splits.append("gum-all")
        if gold["_split"] in ("gum-dev", "gum-test"):
            splits.append("gum-held")
        for split in splits:
            row = table.setdefault(split, {k: Counts() for k in KINDS})
            for kind in KINDS:
                row[kind].add(per_doc[kind])
    return table


# ---- output ---------------------------------------------------------------------

def fmt(x):
    return "    -" if x is None else f"{x:5.3f}"


def print_table(table, out=sys.stdout):
    splits = [s for s in SPLITS if s in table]
    out.write(f"{'split':<10} {'kind':<15} {'P':>5} {'R':>5} {'F1':>5}"
              f" {'gold':>5} {'found':>5} {'tp':>5}\n")
    for split in splits:
        for kind in KINDS:
            c = table[split][kind]
            p, r, f = c.prf()
            out.write(f"{split:<10} {kind:<15} {fmt(p)} {fmt(r)} {fmt(f)}"
                      f" {c.gold:5d} {c.found:5d} {c.tp_gold:5d}\n")


def as_json(table):
    return {split: {kind: table[split][kind].as_dict() for kind in KINDS}
            for split in SPLITS if split in table}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", nargs="+", required=True,
                    help="gold YAML files")
    ap.add_argument("--found", nargs="+", required=True,
                    help="extraction JSON files")
    ap.add_argument("--ids", default=os.path.join(here, "gum-ids.tsv"),
                    help="id map, GUM identity TAB parallax id")
    ap.add_argument("--json", action="store_true",
                    help="print JSON instead of a table")
    args = ap.parse_args()
    table = score(load_gold(args.gold), load_found(args.found),
                  load_ids(args.ids))
    if args.json:
        json.dump(as_json(table), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(table)


if __name__ == "__main__":
    main()
