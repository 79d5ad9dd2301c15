#!/usr/bin/python3
"""Convert GUM news articles (CoNLL-U) into parallax gold files.

For each GUM_news_NAME.conllu this writes, into the output folder:
  NAME.txt   the article as plain text: one paragraph per line, a blank line
             between paragraphs, sentences of a paragraph joined by a space;
  NAME.yaml  its gold annotation in the layout of tests/gold/seeds.yaml
             (documents: file, published, entities, dates, quotes).

What is taken from GUM and how (docs/eval.md has the full description):
- entities: the coreference clusters of the MISC `Entity=` column whose type
  is person, place, organization or event and that are named at least once
  (a mention whose syntactic head is a proper noun).  id = the cluster's
  Wikipedia identity in lower case, or the canonical name in that form
  when GUM gives none; surfaces = the distinct named mentions.
- dates: the TEI <date> elements of the `XML=` column with their normalised
  when / from-to / notBefore-notAfter values.
- quotes: the TEI <quote> (statement) and <q> (term) elements; GUM does not
  annotate who speaks, so speaker is null.

Only the Python standard library and PyYAML are used.  The output depends on
nothing but the input files, so running it twice gives identical bytes.
"""

import argparse
import os
import re
import sys
import unicodedata
import urllib.parse

import yaml

# GUM entity types kept, and the gold type each becomes.
TYPE_MAP = {
    "person": "person",
    "place": "place",
    "organization": "org",
    "event": "event",
}

# Characters that mark a quotation: stripped from the ends of a quote's text.
QUOTE_MARKS = "\"'“”‘’«»„‟‚‛"

# The translator's note after a quotation from another language: "((it))".
LANGUAGE_TAG = re.compile(r"\s*\(\([a-z]{2,3}\)\)[.,;:!?]*$")

SPLIT = {
    "homeopathic": "dev",
    "iodine": "dev",
    "nasa": "test",
    "sensitive": "test",
}


class Token:
    """One syntactic word of a sentence, with its place in the article."""

    def __init__(self, cols):
        self.id = int(cols[0])
        self.form = cols[1]
        self.upos = cols[3]
        self.xpos = cols[4]
        self.head = int(cols[6]) if cols[6] != "_" else 0
        self.deprel = cols[7]
        self.misc = {}
        if cols[9] != "_":
            for item in cols[9].split("|"):
                key, _, value = item.partition("=")
                self.misc[key] = value
        self.start = None  # character offsets into the article text
        self.end = None
        self.sent = None  # index of the sentence


class Sentence:
    def __init__(self):
        self.newpar = False
        self.text = None
        self.tokens = []
        self.mwts = []  # (first id, last id, form)


def fail(path, lineno, message):
    sys.exit(f"{path}:{lineno}: {message}")


def read_conllu(path):
    """Returns (metadata dict, list of Sentence)."""
    meta = {}
    sentences = []
    cur = None
    pending_newpar = False
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("# "):
                key, sep, value = line[2:].partition(" = ")
                if not sep:
                    if line == "# newpar":
                        pending_newpar = True
                    continue
                if key.startswith("meta::"):
                    meta[key[6:]] = value
                elif key == "newdoc id":
                    meta["id"] = value
                elif key == "text":
                    cur = Sentence()
                    cur.text = value
                    cur.newpar = pending_newpar or not sentences
                    pending_newpar = False
                    sentences.append(cur)
                continue
            if line == "# newpar":
                pending_newpar = True
                continue
            if not line:
                cur = None
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                fail(path, lineno, f"expected 10 columns, found {len(cols)}")
            if cur is None:
                fail(path, lineno, "token line before any '# text'")
            if "." in cols[0]:
                continue  # empty nodes carry no text
            if "-" in cols[0]:
                first, last = (int(x) for x in cols[0].split("-"))
                cur.mwts.append((first, last, cols[1]))
                continue
            cur.tokens.append(Token(cols))
    return meta, sentences


def locate_tokens(path, sent, base):
    """Sets start/end of every token of sent; base = offset of sent.text."""
    text = sent.text
    by_id = {t.id: t for t in sent.tokens}
    mwt_first = {m[0]: m for m in sent.mwts}
    pos = 0
    i = 0
    toks = sent.tokens
    while i < len(toks):
        tok = toks[i]
        if tok.id in mwt_first:
            first, last, form = mwt_first[tok.id]
            at = text.find(form, pos)
            if at < 0:
                sys.exit(f"{path}: '{form}' not found in: {text}")
            # Place the words inside the multiword token when they spell it.
            inner = at
            words = [by_id[k] for k in range(first, last + 1)]
            spelled = "".join(w.form for w in words) == form
            for w in words:
                if spelled:
                    w.start, w.end = base + inner, base + inner + len(w.form)
                    inner += len(w.form)
                else:
                    w.start, w.end = base + at, base + at + len(form)
            pos = at + len(form)
            i += len(words)
            continue
        at = text.find(tok.form, pos)
        if at < 0:
            sys.exit(f"{path}: '{tok.form}' not found in: {text}")
        tok.start, tok.end = base + at, base + at + len(tok.form)
        pos = at + len(tok.form)
        i += 1


def build_text(path, sentences):
    """Lays out the article and places every token; returns the text."""
    paragraphs = []
    offset = 0
    for si, sent in enumerate(sentences):
        if sent.newpar and paragraphs:
            offset += 2  # "\n\n" between paragraphs
            paragraphs.append([])
        elif not paragraphs:
            paragraphs.append([])
        else:
            offset += 1  # " " between sentences
        locate_tokens(path, sent, offset)
        for tok in sent.tokens:
            tok.sent = si
        paragraphs[-1].append(sent.text)
        offset += len(sent.text)
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


# ---- entities ---------------------------------------------------------------

ENTITY_RE = re.compile(r"\(([^()]+)\)|\(([^()]+)|(\d+)\)")


class Mention:
    def __init__(self, fields, first):
        self.group = fields[0]
        self.etype = fields[1]
        self.link = fields[6] if len(fields) > 6 else ""
        self.identity = (urllib.parse.unquote(fields[7])
                         if len(fields) > 7 else None)
        self.first = first
        self.last = first


def read_mentions(path, tokens):
    """Entity mentions as token index ranges (indices into tokens)."""
    mentions = []
    open_by_group = {}
    for idx, tok in enumerate(tokens):
        value = tok.misc.get("Entity")
        if not value:
            continue
        for single, opening, closing in ENTITY_RE.findall(value):
            if single:
                mentions.append(Mention(single.split("-"), idx))
            elif opening:
                m = Mention(opening.split("-"), idx)
                open_by_group.setdefault(m.group, []).append(m)
            else:
                stack = open_by_group.get(closing)
                if not stack:
                    sys.exit(f"{path}: entity {closing} closed but not open")
                m = stack.pop()
                m.last = idx
                mentions.append(m)
    left = [g for g, s in open_by_group.items() if s]
    if left:
        sys.exit(f"{path}: entities never closed: {left}")
    mentions.sort(key=lambda m: (m.first, -m.last))
    return mentions


def mention_head(tokens, m):
    """The syntactic head of the span: of the tokens whose head lies
    outside it, the one that governs most of the span."""
    span = tokens[m.first:m.last + 1]
    sent = span[0].sent
    by_id = {t.id: t for t in span if t.sent == sent}
    best, best_size = span[0], -1
    for t in by_id.values():
        if t.head in by_id:
            continue
        size = sum(1 for u in by_id.values() if governs(by_id, t, u))
        if size > best_size:
            best, best_size = t, size
    return best


def governs(by_id, top, tok):
    """True when top is tok or one of its ancestors inside by_id."""
    seen = 0
    while tok is not None and seen <= len(by_id):
        if tok is top:
            return True
        tok = by_id.get(tok.head)
        seen += 1
    return False


# Words that may join the parts of a name that is not a person's
# ("University of Southern Indiana", "Andy Warhol Foundation for the Visual
# Arts"): kept only between two capitalised words.
NAME_JOINERS = {"of", "for", "and", "the", "de", "du", "des", "di", "del",
                "la", "le", "al", "&"}


def glued(tokens, i):
    """True when token i touches its neighbours on both sides (a hyphen or
    an apostrophe-s inside one written word)."""
    return (tokens[i].misc.get("SpaceAfter") == "No"
            and i > 0 and tokens[i - 1].misc.get("SpaceAfter") == "No")


def name_link(tokens, first, last, i):
    """True when token i is tied to the run first..last as part of one
    name (flat or compound), so that a person's name does not swallow the
    words of a title in front of it ("Texas Arlington Amneh Jafari")."""
    t = tokens[i]
    run = tokens[first:last + 1]
    ids = {r.id for r in run if r.sent == t.sent}
    rel = ("flat", "compound")
    if t.head in ids and t.deprel.startswith(rel):
        return True
    for r in run:
        if r.sent != t.sent or not r.deprel.startswith(rel):
            continue
        # r depends on t, or both are parts of one name under a title noun
        # ("barrister Colin Yeo": Colin and Yeo both flat under barrister).
        if r.head == t.id or (r.head == t.head and t.deprel.startswith(rel)):
            return True
    return False


def is_proper(tok):
    """Proper noun by either tag ("United" in "United States" is a VERB
    tagged NNP)."""
    return tok.upos == "PROPN" or tok.xpos in ("NNP", "NNPS")


def is_name_word(tok, person):
    """Proper nouns; for organisations, places and events also numbers and
    capitalised words ("Civil Defense Authority", "National Park")."""
    if is_proper(tok):
        return True
    if person:
        return False
    return tok.upos == "NUM" or (tok.upos in ("ADJ", "NOUN")
                                 and tok.form[:1].isupper())


def name_anchor(tokens, m, head):
    """The token the name is built around, or None when the mention is a
    description.  GUM heads "Facebook creator Mark Zuckerberg" on the noun,
    with the name as a flat or appositive dependent; the name then starts
    at that dependent."""
    if is_proper(head):
        return tokens.index(head, m.first, m.last + 1)
    for i in range(m.first, m.last + 1):
        t = tokens[i]
        if (t.sent == head.sent and t.head == head.id and is_proper(t)
                and (t.deprel.startswith("flat") or t.deprel == "appos")):
            return i
    return None


def nested_end(mentions_at_end, i, m):
    """True when a named entity (one with an identity) inside m ends at
    token i: "Saudi Arabia's" before "Civil Defense Authority" is its
    possessor, while "People's" in "Korean People's Army" is a word of
    the name."""
    return any(o is not m and o.first >= m.first and o.identity
               for o in mentions_at_end.get(i, ()))


def is_group(tokens, m, head, inner):
    """True for a coordination of mentions ("Lee Cheuk-yan of the Labour
    Party and Frederick Fung of ADPL"), not for a name with "and" in it
    ("The Globe and Mail")."""
    for i in range(m.first, m.last + 1):
        t = tokens[i]
        if t.sent == head.sent and t.head == head.id and t.deprel == "conj":
            if any(mention_head(tokens, o) is t for o in inner):
                return True
    return False


def name_surface(text, tokens, m, mentions_at_end, inner):
    """The name a mention contains, or None when it has none.

    The name is the run of proper nouns around the mention's head (or
    around the name that follows a title noun).  Coordinations ("X and Y")
    and plural groups of people ("Muslims", "many Texans") are not names;
    a possessor before the name ("Saudi Arabia's Civil Defense Authority")
    and modifiers after it ("Matthew Ingram of The Globe and Mail") are not
    part of it."""
    head = mention_head(tokens, m)
    if is_group(tokens, m, head, inner):
        return None
    person = m.etype == "person"
    if person and head.xpos == "NNPS":
        return None
    anchor = name_anchor(tokens, m, head)
    if anchor is None:
        return None
    first = last = anchor
    while first > m.first:
        i = first - 1
        t = tokens[i]
        if t.xpos == "POS" and nested_end(mentions_at_end, i - 1, m):
            break
        if is_name_word(t, person) and (
                not person or name_link(tokens, first, last, i)):
            first = i
        elif (glued(tokens, i) and i > m.first
              and is_name_word(tokens[i - 1], person)):
            first = i - 1
        elif (not person and t.form in NAME_JOINERS and i > m.first
              and is_proper(tokens[i - 1])):
            first = i - 1
        else:
            break
    while last < m.last:
        i = last + 1
        t = tokens[i]
        if is_name_word(t, person) and (
                not person or name_link(tokens, first, last, i)):
            last = i
        elif (glued(tokens, i) and i < m.last
              and is_name_word(tokens[i + 1], person)):
            last = i + 1
        elif (not person and t.form in NAME_JOINERS and i < m.last
              and is_proper(tokens[i + 1])):
            last = i + 1
        else:
            break
    while last > first and tokens[last].xpos == "POS":
        last -= 1
    surface = text[tokens[first].start:tokens[last].end]
    if "\n" in surface:
        return None
    return surface


def canonical_from_identity(identity):
    """Wikipedia title -> display name, without the disambiguation."""
    name = identity.replace("_", " ")
    return re.sub(r"\s*\([^()]*\)$", "", name)


def id_form(name):
    """The lowercase-with-underscores form of a title or a name, in ASCII
    ("Gérald_Darmanin" -> gerald_darmanin)."""
    ascii_name = (unicodedata.normalize("NFKD", name)
                  .encode("ascii", "ignore").decode("ascii"))
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


def bare_common_word(surface, surfaces, identity, common):
    """True for a one-word "name" that the article also uses as a common
    noun or adjective ("the President", "the Council", "Sheriff") unless it
    is a word of the entity's full name ("Cruise" for Tom Cruise, "North"
    for North Korea)."""
    if " " in surface or surface.lower() not in common:
        return False
    words = set()
    for name in surfaces + [identity.replace("_", " ") if identity else ""]:
        if name != surface:
            words |= {w.lower() for w in re.split(r"[\s,()]+", name)}
    return surface.lower() not in words


def common_words(sentences):
    """Lowercase nouns and adjectives as written."""
    return {t.form for s in sentences for t in s.tokens
            if t.form.islower() and t.upos in ("NOUN", "ADJ")}


def gold_entities(text, tokens, mentions, common):
    at_end = {}
    for m in mentions:
        at_end.setdefault(m.last, []).append(m)
    groups = {}
    order = []
    for m in mentions:
        if m.group not in groups:
            groups[m.group] = {"mentions": [], "identity": None,
                               "types": []}
            order.append(m.group)
        g = groups[m.group]
        g["mentions"].append(m)
        g["types"].append(m.etype)
        if m.identity and not g["identity"]:
            g["identity"] = m.identity
    entities = []
    seen_ids = {}
    for key in order:
        g = groups[key]
        etype = g["types"][0]
        if etype not in TYPE_MAP:
            continue
        surfaces = []
        for m in g["mentions"]:
            inner = [o for o in mentions
                     if o is not m and m.first <= o.first and o.last <= m.last]
            s = name_surface(text, tokens, m, at_end, inner)
            if s and s[:1].isupper() or s and s[:1].isdigit():
                pass
            else:
                continue
            if s not in surfaces:
                surfaces.append(s)
        surfaces = [x for x in surfaces
                    if not bare_common_word(x, surfaces, g["identity"],
                                            common)]
        if not surfaces:
            continue
        if g["identity"]:
            canonical = canonical_from_identity(g["identity"])
            eid = id_form(g["identity"])
        else:
            canonical = max(surfaces, key=len)
            eid = id_form(canonical)
        if eid in seen_ids:
            # Two GUM clusters for one identity: merge their names.
            prev = seen_ids[eid]
            prev["surfaces"] += [s for s in surfaces
                                 if s not in prev["surfaces"]]
            continue
        entry = {
            "id": eid,
            "type": TYPE_MAP[etype],
            "canonical": canonical,
            "wikipedia": g["identity"],
            "surfaces": surfaces,
        }
        seen_ids[eid] = entry
        entities.append(entry)
    return entities


# ---- TEI elements (dates, quotes) -------------------------------------------

TAG_RE = re.compile(r"<(/?)(\w+)((?:\s+\w+:::\"[^\"]*\")*)\s*>")
ATTR_RE = re.compile(r"(\w+):::\"([^\"]*)\"")


def read_elements(path, tokens, names):
    """Elements named in names as (name, attrs, first, last) token ranges."""
    found = []
    stack = []
    for idx, tok in enumerate(tokens):
        value = tok.misc.get("XML")
        if not value:
            continue
        for closing, name, attrs in TAG_RE.findall(value):
            if not closing:
                stack.append((name, dict(ATTR_RE.findall(attrs)), idx))
                continue
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == name:
                    ename, eattrs, first = stack.pop(k)
                    if ename in names:
                        found.append((ename, eattrs, first, idx))
                    break
            else:
                sys.exit(f"{path}: </{name}> without <{name}>")
    found.sort(key=lambda e: (e[2], -e[3]))
    return found


def date_value(attrs):
    """(resolves_to, granularity) from a <date>'s attributes."""
    if "when" in attrs:
        v = attrs["when"]
        if "T" in v:
            return v, "time"
        return v, {10: "day", 7: "month", 4: "year"}.get(len(v), "vague")
    if "from" in attrs or "to" in attrs:
        return f"{attrs.get('from', '..')}/{attrs.get('to', '..')}", "span"
    if "notBefore" in attrs or "notAfter" in attrs:
        lo = attrs.get("notBefore", "..")
        hi = attrs.get("notAfter", "..")
        if lo == hi:
            return lo, {10: "day", 7: "month", 4: "year"}.get(len(lo),
                                                              "vague")
        return f"{lo}/{hi}", "span"
    return None, "vague"


def is_paragraph(text, start, end):
    """Whether text[start:end] is a paragraph of its own."""
    before = text[:start].rstrip(" ")
    after = text[end:].lstrip(" ")
    return ((not before or before.endswith("\n\n"))
            and (not after or after.startswith("\n\n") or after == "\n"))


def gold_dates(text, tokens, elements):
    """Dates with their value; the one that is a paragraph of its own is
    the article's dateline ("Friday, July 21, 2017" under the headline) and
    says so, since extractors report it as the document's date rather
    than as a date of its body (docs/eval.md)."""
    dates = []
    seen = set()
    for name, attrs, first, last in elements:
        if name != "date":
            continue
        start, end = tokens[first].start, tokens[last].end
        surface = text[start:end]
        value, gran = date_value(attrs)
        key = (surface, value)
        if key in seen:
            continue
        seen.add(key)
        date = {"surface": surface, "resolves_to": value, "granularity": gran}
        if is_paragraph(text, start, end):
            date["dateline"] = True
        dates.append(date)
    return dates


def mark_spans(text):
    """Spans between double quotation marks, paragraph by paragraph: a
    curly pair, or straight marks taken two by two.  A mark left open runs
    to the end of its paragraph (the news convention for a quotation that
    goes on in the next paragraph)."""
    spans = []
    pos = 0
    for para in text.split("\n\n"):
        opened = None
        for k, ch in enumerate(para):
            if ch == "“" or (ch == '"' and opened is None):
                opened = k
            elif (ch == "”" or ch == '"') and opened is not None:
                spans.append((pos + opened, pos + k + 1))
                opened = None
        if opened is not None:
            spans.append((pos + opened, pos + len(para.rstrip("\n"))))
        pos += len(para) + 2
    return spans


def gold_quotes(text, tokens, elements):
    """Quotations as printed, without their marks: GUM's <quote> and <q>
    elements, plus the spans between double quotation marks that GUM left
    unmarked (several articles have no <quote> at all).  GUM closes and
    reopens a <quote> at each sentence end, so pieces that only whitespace
    separates are one quotation.  Each distinct text is listed once."""
    spans = []
    for name, attrs, first, last in elements:
        if name not in ("quote", "q"):
            continue
        kind = "statement" if name == "quote" else "term"
        start, end = tokens[first].start, tokens[last].end
        if (spans and spans[-1][2] == kind and start >= spans[-1][1]
                and not text[spans[-1][1]:start].strip()):
            spans[-1][1] = end
            continue
        spans.append([start, end, kind, "tei"])
    tei = list(spans)
    for start, end in mark_spans(text):
        if any(start < e and s < end for s, e, _, _ in tei):
            continue
        words = len(text[start:end].split())
        spans.append([start, end, "term" if words <= 3 else "statement",
                      "marks"])
    spans.sort()
    quotes = []
    seen = set()
    for start, end, kind, origin in spans:
        body = text[start:end].strip()
        # GUM's <quote> may run over the closing mark to a language tag
        # ('"dangerous" ((it))'): the quotation ends at its mark.
        body = LANGUAGE_TAG.sub("", body).strip().strip(QUOTE_MARKS).strip()
        if not body or body in seen:
            continue
        seen.add(body)
        quotes.append({"text": body, "kind": kind, "speaker": None,
                       "from": origin})
    return quotes


def convert(path, outdir, common):
    name = os.path.basename(path)
    short = re.sub(r"^GUM_news_|\.conllu$", "", name)
    meta, sentences = read_conllu(path)
    text = build_text(path, sentences)
    tokens = [t for s in sentences for t in s.tokens]
    mentions = read_mentions(path, tokens)
    elements = read_elements(path, tokens, {"date", "q", "quote"})
    doc = {
        "file": f"{short}.txt",
        "source": meta.get("id", short),
        "split": SPLIT.get(short, "train"),
        "title": meta.get("title"),
        "published": meta.get("dateCreated"),
        "url": meta.get("sourceURL"),
        # GUM marks no adjective or demonym ("Estonian teams") as a
        # mention of its country: see docs/eval.md.
        "demonyms_annotated": False,
        "entities": gold_entities(text, tokens, mentions, common),
        "dates": gold_dates(text, tokens, [e for e in elements]),
        "quotes": gold_quotes(text, tokens, elements),
    }
    with open(os.path.join(outdir, f"{short}.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(text)
    header = (
        f"# Gold annotation of {short}.txt, derived by eval/gum2gold.py from\n"
        f"# {name} of the GUM corpus (Zeldes 2017); do not edit by hand.\n"
        "# Text: Wikinews, CC BY 2.5.  Annotations: GUM, CC BY 4.0.\n"
        "# Attribution and layout: README.md in this folder, docs/eval.md.\n"
    )
    body = yaml.dump({"documents": [doc]}, Dumper=yaml.SafeDumper,
                     allow_unicode=True, sort_keys=False, width=4096,
                     default_flow_style=False)
    with open(os.path.join(outdir, f"{short}.yaml"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(header + "\n" + body)
    return doc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--outdir", required=True,
                    help="folder for NAME.txt and NAME.yaml")
    ap.add_argument("conllu", nargs="+", help="GUM_news_*.conllu files")
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    # A one-word name that is also a common word anywhere in the input is
    # suspect (see bare_common_word): the lexicon spans all the articles.
    common = set()
    for path in args.conllu:
        common |= common_words(read_conllu(path)[1])
    for path in sorted(args.conllu):
        doc = convert(path, args.outdir, common)
        print(f"{doc['file']}: {len(doc['entities'])} entities, "
              f"{len(doc['dates'])} dates, {len(doc['quotes'])} quotes",
              file=sys.stderr)


if __name__ == "__main__":
    main()
