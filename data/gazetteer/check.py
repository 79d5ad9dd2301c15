#!/usr/bin/env python3
"""Check the gazetteer source files against the format in docs/gazetteer.md.

Usage:
    python3 data/gazetteer/check.py [options] [DIR_OR_FILE...]

With no arguments it checks every *.yaml and *.tsv file beside this script.
Needs PyYAML (Debian: python3-yaml; run /usr/bin/python3 if the python3 on
PATH lacks it).  Exit status 0 when every file is valid, 1 otherwise; each
problem is printed as FILE:LINE: message.

Options:
    --gold FILE   also check that every entity id of a gold annotation
                  (the tests/gold layout:
                  documents[].entities[].id/surfaces) is in the gazetteer,
                  and list the surfaces no name or alias covers (those must
                  come from rules: titles, "the North", a surname alone).
    --scan FILE   print what a naive case- and diacritic-insensitive,
                  whole-word, leftmost-longest match of all names finds in
                  FILE (a quick look, not the parallax matcher).
    --stats       print entity counts per type and per file.

What is checked:
    - YAML parses; top-level keys are version (= 1), source, licence,
      entities; no TAB characters anywhere in a YAML file;
    - every entity: known keys only; id matches [a-z0-9_]+; type is one of
      person, org, outlet, place, event, weapon, law, product; name
      non-empty; aliases and demonyms are lists of non-empty strings; country is an upper-case ISO
      3166-1 alpha-2 string (quote "NO": YAML reads a bare NO as false);
      from/to are ISO dates or years and from <= to; ownership (outlets
      only) is state-run, state-funded, public or private;
    - TSV: comment lines start with "#"; otherwise at least 3 TAB-separated
      columns, no empty column, no key=value column, no leading/trailing
      spaces; "adj:" aliases are non-empty; at most one "country:XX" column,
      an ISO 3166-1 alpha-2 code;
    - ids unique across all files; no alias repeats the canonical name or
      another alias of the same entity (case- and diacritic-insensitively);
    - every metonym_of / member_of target exists;
    - a name or alias shared by two entities is an error unless listed in
      gazetteer_names.SHARED_NAMES with the reason.
"""

import datetime
import json
import os
import re
import sys
import unicodedata

try:
    import yaml
except ImportError:
    sys.exit("check.py: PyYAML is missing (Debian: apt-get install python3-yaml; "
             "or run /usr/bin/python3)")

# After the check above: the shared module needs PyYAML too.
from gazetteer_names import SHARED_NAMES

TYPES = {"person", "org", "outlet", "place", "event", "weapon", "law", "product"}
OWNERSHIP = {"state-run", "state-funded", "public", "private"}
ENTITY_KEYS = {"id", "type", "subtype", "name", "aliases", "demonyms", "country",
               "metonym_of", "member_of", "role", "from", "to", "ownership",
               "ownership_source", "notes", "source"}
FILE_KEYS = {"version", "source", "licence", "entities"}
ID_RE = re.compile(r"^[a-z0-9_]+$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
EXTRA_COUNTRY_CODES = {"XK"}   # Kosovo (user-assigned code, used by the EU)



def fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


# Names deliberately shared by two entities (gazetteer_names.SHARED_NAMES):
# (folded name) -> reason.
SHARED_OK = {fold(name): why for name, why in SHARED_NAMES.items()}


class Checker:
    def __init__(self):
        self.errors = 0
        self.entities = {}     # id -> dict (with _file, _line)
        self.names = {}        # folded name -> list of (id, surface)
        self.countries = None
        if os.path.exists(ISO_JSON):
            with open(ISO_JSON, encoding="utf-8") as f:
                self.countries = {c["alpha_2"] for c in json.load(f)["3166-1"]}
            self.countries |= EXTRA_COUNTRY_CODES

    def err(self, where, msg):
        self.errors += 1
        print("%s: %s" % (where, msg))

    # -- common per-entity checks --------------------------------------------
    def add(self, e, where):
        ident = e["id"]
        if ident in self.entities:
            prev = self.entities[ident]
            self.err(where, "duplicate id %r (first at %s:%d)" % (ident, prev["_file"], prev["_line"]))
            return
        self.entities[ident] = e
        seen = {}
        surfaces = [("name", e["name"])] + [("alias", a) for a in e.get("aliases", [])] \
            + [("demonym", d) for d in e.get("demonyms", [])]
        for kind, s in surfaces:
            k = fold(s)
            if k in seen:
                self.err(where, "%s: %s %r repeats %s %r" % (ident, kind, s, seen[k][0], seen[k][1]))
                continue
            seen[k] = (kind, s)
            self.names.setdefault(k, []).append((ident, s))

    def check_yaml(self, path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for n, line in enumerate(text.split("\n"), 1):
            if "\t" in line:
                self.err("%s:%d" % (path, n), "TAB character in YAML")
        try:
            doc = yaml.safe_load(text)
        except yaml.YAMLError as ex:
            self.err(path, "YAML does not parse: %s" % ex)
            return
        # line numbers of entity ids, for messages
        id_lines = {}
        for n, line in enumerate(text.split("\n"), 1):
            m = re.match(r"^\s*-\s+id:\s*(\S+)", line)
            if m:
                id_lines.setdefault(m.group(1), n)
        if not isinstance(doc, dict):
            self.err(path, "top level is not a mapping")
            return
        for k in doc:
            if k not in FILE_KEYS:
                self.err(path, "unknown top-level key %r" % k)
        if doc.get("version") != 1:
            self.err(path, "version must be 1")
        ents = doc.get("entities")
        if not isinstance(ents, list) or not ents:
            self.err(path, "entities must be a non-empty list")
            return
        for i, e in enumerate(ents):
            where = path
            if not isinstance(e, dict):
                self.err(where, "entity #%d is not a mapping" % (i + 1))
                continue
            ident = e.get("id")
            line = id_lines.get(str(ident), 0)
            where = "%s:%d" % (path, line)
            ok = True
            for k in e:
                if k not in ENTITY_KEYS:
                    self.err(where, "unknown key %r" % k)
            if not isinstance(ident, str) or not ID_RE.match(ident):
                self.err(where, "bad or missing id %r" % (ident,))
                continue
            if e.get("type") not in TYPES:
                self.err(where, "%s: bad type %r" % (ident, e.get("type")))
                ok = False
            name = e.get("name")
            if not isinstance(name, str) or not name.strip() or name != name.strip():
                self.err(where, "%s: empty or badly spaced name %r" % (ident, name))
                ok = False
            for key in ("aliases", "demonyms", "member_of"):
                v = e.get(key)
                if v is None:
                    continue
                if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() and x == x.strip() for x in v):
                    self.err(where, "%s: %s must be a list of non-empty strings" % (ident, key))
                    ok = False
            for key in ("subtype", "metonym_of", "role", "ownership_source", "notes", "source"):
                v = e.get(key)
                if v is not None and (not isinstance(v, str) or not v.strip()):
                    self.err(where, "%s: %s must be a non-empty string" % (ident, key))
            c = e.get("country")
            if c is not None:
                if not isinstance(c, str) or not re.match(r"^[A-Z]{2}$", c):
                    self.err(where, "%s: country must be an ISO alpha-2 string, got %r "
                             "(quote \"NO\")" % (ident, c))
                elif self.countries is not None and c not in self.countries:
                    self.err(where, "%s: unknown country code %r" % (ident, c))
            dates = {}
            for key in ("from", "to"):
                v = e.get(key)
                if v is None:
                    continue
                if isinstance(v, datetime.date):
                    dates[key] = v.isoformat()
                elif isinstance(v, int) and 1000 <= v <= 2100:
                    dates[key] = "%04d" % v
                elif isinstance(v, str) and DATE_RE.match(v):
                    dates[key] = v
                else:
                    self.err(where, "%s: %s must be an ISO date or a year, got %r" % (ident, key, v))
            if "from" in dates and "to" in dates and dates["from"][:len(dates["to"])] > dates["to"][:len(dates["from"])]:
                self.err(where, "%s: from %s is after to %s" % (ident, dates["from"], dates["to"]))
            own = e.get("ownership")
            if own is not None and own not in OWNERSHIP:
                self.err(where, "%s: bad ownership %r" % (ident, own))
            if (own is not None or e.get("ownership_source") is not None) and e.get("type") != "outlet":
                self.err(where, "%s: ownership is for outlets only" % ident)
            if own is not None and e.get("ownership_source") is None:
                self.err(where, "%s: ownership without ownership_source" % ident)
            if not ok:
                continue
            e = dict(e)
            e["_file"], e["_line"] = path, line
            self.add(e, where)

    def check_tsv(self, path):
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for n, line in enumerate(lines, 1):
            where = "%s:%d" % (path, n)
            if line.startswith("#"):
                continue
            if not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                self.err(where, "fewer than 3 columns (id, type, name)")
                continue
            bad = False
            for i, c in enumerate(cols):
                if not c or c != c.strip():
                    self.err(where, "column %d is empty or has leading/trailing spaces" % (i + 1))
                    bad = True
                elif i >= 3 and re.match(r"^[a-z_]+=", c):
                    self.err(where, "key=value columns are not allowed in TSV: %r" % c)
                    bad = True
                elif c.startswith("adj:") and not c[4:].strip():
                    self.err(where, "empty adj: alias")
                    bad = True
                elif c.startswith("country:") and not re.match(r"^[A-Z]{2}$", c[8:]):
                    self.err(where, "country %r is not an ISO 3166-1 alpha-2 code" % c[8:])
                    bad = True
            if sum(c.startswith("country:") for c in cols[3:]) > 1:
                self.err(where, "more than one country: column")
                bad = True
            ident, typ, name = cols[0], cols[1], cols[2]
            if not ID_RE.match(ident):
                self.err(where, "bad id %r" % ident)
                bad = True
            typ, _, subtype = typ.partition("/")
            if typ not in TYPES or (_ and not re.match(r"^[a-z_]+$", subtype)):
                self.err(where, "bad type %r" % cols[1])
                bad = True
            if bad:
                continue
            aliases = [c for c in cols[3:] if not c.startswith(("adj:", "country:"))]
            demonyms = [c[4:] for c in cols[3:] if c.startswith("adj:")]
            self.add({"id": ident, "type": typ, "name": name, "aliases": aliases,
                      "demonyms": demonyms, "_file": path, "_line": n}, where)

    def check_links(self):
        for ident, e in sorted(self.entities.items()):
            where = "%s:%d" % (e["_file"], e["_line"])
            t = e.get("metonym_of")
            if t is not None:
                if t not in self.entities:
                    self.err(where, "%s: metonym_of target %r does not exist" % (ident, t))
                elif t == ident:
                    self.err(where, "%s: metonym_of itself" % ident)
            for t in e.get("member_of", []) or []:
                if t not in self.entities:
                    self.err(where, "%s: member_of target %r does not exist" % (ident, t))
        for k, owners in sorted(self.names.items()):
            ids = sorted({i for i, _ in owners})
            if len(ids) > 1 and k not in SHARED_OK:
                e = self.entities[ids[1]]
                self.err("%s:%d" % (e["_file"], e["_line"]),
                         "name %r is shared by %s (add it to gazetteer_names.SHARED_NAMES with a reason, or drop it)"
                         % (owners[0][1], ", ".join(ids)))

    # -- extras ----------------------------------------------------------------
    def stats(self):
        per_type, per_file = {}, {}
        for e in self.entities.values():
            per_type[e["type"]] = per_type.get(e["type"], 0) + 1
            f = os.path.basename(e["_file"])
            per_file[f] = per_file.get(f, 0) + 1
        n_names = sum(len(v) for v in self.names.values())
        print("entities: %d, names (canonical + aliases + demonyms): %d" % (len(self.entities), n_names))
        for t in sorted(per_type):
            print("  %-8s %d" % (t, per_type[t]))
        for f in sorted(per_file):
            print("  %-16s %d" % (f, per_file[f]))

    def gold(self, path):
        with open(path, encoding="utf-8") as f:
            g = yaml.safe_load(f)
        missing, uncovered, retyped = set(), set(), set()
        for d in g.get("documents", []):
            for ent in d.get("entities", []):
                i = ent["id"]
                if i not in self.entities:
                    missing.add(i)
                    continue
                e = self.entities[i]
                own = {fold(e["name"])} | {fold(a) for a in e.get("aliases", [])} \
                    | {fold(a) for a in e.get("demonyms", [])}
                for s in ent.get("surfaces", []):
                    if fold(s) not in own:
                        uncovered.add((i, s))
                if ent.get("type") != e["type"]:
                    retyped.add((i, ent.get("type"), e["type"]))
        for i, gt, t in sorted(retyped):
            print("gold: %s is %r in the gold, %r in the gazetteer" % (i, gt, t))
        for i in sorted(missing):
            self.err(path, "gold entity %r is not in the gazetteer" % i)
        for i, s in sorted(uncovered):
            print("gold: surface %r of %s is no name/alias (must come from a rule)" % (s, i))

    def scan(self, path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        # fold character by character, keeping a map back to the text
        parts, where = [], []
        for i, ch in enumerate(text):
            f = fold(ch)
            parts.append(f)
            where += [i] * len(f)
        ft = "".join(parts)
        where.append(len(text))
        # the match must start and end on a word edge
        keys = sorted(self.names, key=len, reverse=True)
        pat = re.compile(r"(?<![\w])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w])")
        for m in pat.finditer(ft):
            owners = self.names[m.group(1)]
            a, b = where[m.start()], where[m.end()]
            line = text.count("\n", 0, a) + 1
            print("%s:%d: %r -> %s" % (path, line, text[a:b],
                                        ", ".join(sorted({i for i, _ in owners}))))


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    args, gold, scan, stats = [], None, [], False
    it = iter(argv)
    for a in it:
        if a == "--gold":
            gold = next(it)
        elif a == "--scan":
            scan.append(next(it))
        elif a == "--stats":
            stats = True
        elif a.startswith("-"):
            sys.exit(__doc__)
        else:
            args.append(a)
    if not args:
        args = [here]
    files = []
    for a in args:
        if os.path.isdir(a):
            files += [os.path.join(a, f) for f in sorted(os.listdir(a))
                      if f.endswith((".yaml", ".tsv"))]
        else:
            files.append(a)
    c = Checker()
    for f in files:
        if f.endswith(".tsv"):
            c.check_tsv(f)
        else:
            c.check_yaml(f)
    c.check_links()
    if gold:
        c.gold(gold)
    if stats:
        c.stats()
    for s in scan:
        c.scan(s)
    if c.errors:
        print("check.py: %d problem(s)" % c.errors)
        return 1
    print("check.py: %d files, %d entities: OK" % (len(files), len(c.entities)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
