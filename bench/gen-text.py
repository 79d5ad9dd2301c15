#!/usr/bin/python3
"""Write a news-like text that mentions names of a generated gazetteer.

  gen-text.py --gazetteer FILE [--mb M] [--known F] [--seed S]
              [--corpus DIR] [--articles] [-o FILE] [--stats FILE]
              [--spans FILE]

About M megabytes (default 20) of paragraphs, one per line, made of
sentences from templates with slots for a person, an organisation and a
place.  A slot is filled with a name from the gazetteer (a TSV written by
gen-gazetteer.py) with probability F (default 0.5), and otherwise with a
made-up name built the same way that is not in it, so that a matcher also
walks partial matches that fail.  Every 40th paragraph is a whole article
from the corpus (data/corpus/*.txt), repeated, for real prose.

--articles writes articles for the extractors' benchmark (bench-extract)
instead: every line holding only a form feed ends an article of about 1 to
6 KB, a dateline and several paragraphs; their sentences also state
dates, quantities and quotations in the forms news uses ("on Jan. 16,
2025", "three weeks ago", "$1.2 billion", "“...,” she said"), and every
10th article is a whole article of the corpus, unchanged.  --stats then
also counts articles and the dates, quantities and quotes planted.

--stats writes what was planted as key=value lines: planted (gazetteer
names written), decoys, sentences, corpus_copies, bytes.  --spans writes
where each planted name is, as "START END" byte offsets into the text, one
per line in order (not with --articles), so that a benchmark can check
that a matcher finds every one.  The same seed and inputs give the same
text, byte for byte.
"""

import argparse
import glob
import os
import random
import string
import sys

TEMPLATES = [
    "{P}, a spokesperson for the {O}, said on Tuesday that talks in {L} "
    "would resume next week.",
    "Officials in {L} confirmed that {P} had met representatives of the {O}.",
    "The {O} denied a report that it had asked {P} to step down.",
    "{P}'s visit to {L} was the first by a senior official in a decade.",
    "According to the {O}, at least 40 people were evacuated from {L} "
    "after the storm.",
    "\"We will not accept this,\" {P} told reporters outside the {O} "
    "headquarters.",
    "Analysts said the decision by the {O} could raise tensions with {L}.",
    "In an interview, {P} criticised the {O} for its handling of the crisis.",
    "Residents of {L} gathered on Sunday to protest against the plan.",
    "The agreement, signed by {P} and {Q}, takes effect in March.",
    "{A} officials said they had not been consulted by the {O}.",
    "Shares of the {O} fell 3.2% after {P} announced the merger.",
    "The delegation travelled from {L} to {M} on Monday evening.",
    "It was not immediately clear whether {P} would attend the summit.",
    "The ministry said the talks were constructive but gave no details.",
    "Prices rose for a third month, the statistics office said.",
]

SYLLABLES = ("ka ri mo ten val dor sha lin bro vek tas mir zan gol pe "
             "thu ner os bai lek dru fin has jor").split()


class Names:
    """The gazetteer's names by slot kind, and made-up ones outside it."""

    def __init__(self, path, rng):
        self.rng = rng
        self.by_kind = {"P": [], "O": [], "L": [], "A": []}
        self.known = set()
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                kind = {"person": "P", "org": "O", "place": "L"}.get(
                    cols[1].split("/")[0])
                for name in cols[2:]:
                    adj = name.startswith("adj:")
                    name = name[4:] if adj else name
                    self.known.add(name.lower())
                    if adj:
                        self.by_kind["A"].append(name)
                    elif kind:
                        self.by_kind[kind].append(name)

    def word(self):
        n = self.rng.randint(2, 3)
        return "".join(self.rng.choice(SYLLABLES) for _ in range(n)).capitalize()

    def decoy(self, kind):
        """A name shaped like the gazetteer's but not one of them."""
        while True:
            if kind == "P":
                name = f"{self.word()} {self.word()}"
            elif kind == "O":
                name = f"{self.word()} {self.word()} Institute"
            elif kind == "A":
                name = self.word() + "ian"
            else:
                name = f"Port {self.word()}"
            if name.lower() not in self.known:
                return name

    def pick(self, kind, known_fraction, stats):
        """A name for a slot, and whether it is the gazetteer's."""
        pool = self.by_kind[kind]
        if pool and self.rng.random() < known_fraction:
            stats["planted"] += 1
            return self.rng.choice(pool), True
        stats["decoys"] += 1
        return self.decoy(kind), False


def sentence(names, known_fraction, stats, spans=None, at=0):
    """A sentence from a template.  With @spans, the byte offsets of the
    planted names are appended to it, counted from @at."""
    template = names.rng.choice(TEMPLATES)
    slots, planted = {}, set()
    for slot, kind in (("P", "P"), ("Q", "P"), ("O", "O"), ("L", "L"),
                       ("M", "L"), ("A", "A")):
        if "{" + slot + "}" in template:
            slots[slot], known = names.pick(kind, known_fraction, stats)
            if known:
                planted.add(slot)
    stats["sentences"] += 1
    parts = []
    for literal, field, _, _ in string.Formatter().parse(template):
        parts.append(literal)
        at += len(literal.encode("utf-8"))
        if field:
            value = slots[field]
            size = len(value.encode("utf-8"))
            if spans is not None and field in planted:
                spans.append((at, at + size))
            parts.append(value)
            at += size
    return "".join(parts)


def corpus_articles(folder):
    articles = []
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            articles.append(f.read().strip("\n"))
    return articles


def generate(args, out, spans=None):
    rng = random.Random(args.seed)
    names = Names(args.gazetteer, rng)
    articles = corpus_articles(args.corpus) if args.corpus else []
    stats = {"planted": 0, "decoys": 0, "sentences": 0, "corpus_copies": 0,
             "bytes": 0}
    target = int(args.mb * 1_000_000)
    paragraph = 0
    while stats["bytes"] < target:
        paragraph += 1
        if articles and paragraph % 40 == 0:
            text = articles[stats["corpus_copies"] % len(articles)]
            stats["corpus_copies"] += 1
        else:
            n = rng.randint(3, 6)
            sentences, at = [], stats["bytes"]
            for _ in range(n):
                sentences.append(sentence(names, args.known, stats, spans, at))
                at += len(sentences[-1].encode("utf-8")) + 1   # and a space
            text = " ".join(sentences)
        data = text + "\n"
        out.write(data)
        stats["bytes"] += len(data.encode("utf-8"))
    return stats


# --articles: sentences that state dates ({D}), quantities ({N}) and
# quotations ({S} a statement, {T} a scare-quoted term), beside the
# name slots above.
ARTICLE_TEMPLATES = [
    "{P}, a spokesperson for the {O}, said {D} that talks in {L} would resume.",
    "The {O} said {D} that {N} had been evacuated from {L}.",
    "{S} {P} said {D}.",
    "{S} said {P}, who met officials of the {O} in {L} {D}.",
    "According to the {O}, {N} were reported in {L} {D}.",
    "The {O} called the plan a {T} and said it would respond {D}.",
    "{P} told reporters in {L} that {S}",
    "Shares of the {O} fell {PCT} {D}, the steepest drop since {Y}.",
    "The budget of the {O} rose to {MONEY} {D}, up from {MONEY2} in {Y}.",
    "Between {Y} and {Y2}, the {O} spent {MONEY} on the programme.",
    "The agreement, signed {D} by {P} and {Q}, expires {D2}.",
    "{A} officials said {N} took part in the exercise {D}.",
    "The summit, due to open {D}, will bring together {N} from {L}.",
    "In the {DEC}, the {O} had {N} in {L}.",
    "{P} has led the {O} since {Y}, and said in {L} that {S}",
    "Inflation reached {PCT} in {MON}, the statistics office said {D}.",
]

MONTHS = ("January February March April May June July August September "
          "October November December").split()
MONTHS_SHORT = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
COUNT_WORDS = "two three four five six several a few".split()
UNITS = ("day", "week", "month", "year")
NOUNS = ("people troops soldiers residents workers protesters ships aircraft "
         "families students").split()
STATEMENTS = [
    "We will not accept this,",
    "This is a dangerous step that threatens the whole region,",
    "The talks were constructive, but much remains to be done,",
    "Nobody expected the decision to come so soon,",
    "Our position has not changed since the beginning,",
]
TERMS = ["provocation", "Asian NATO", "reckless gamble", "new cold war",
         "red line"]
QUOTES = [("\"", "\""), ("\u201c", "\u201d")]


def a_date(rng):
    """A date expression as news writes one, absolute or relative."""
    year = rng.randint(1990, 2026)
    day = rng.randint(1, 28)
    month = rng.randrange(12)
    forms = [
        lambda: f"on {WEEKDAYS[rng.randrange(7)]}",
        lambda: f"on {MONTHS[month]} {day}, {year}",
        lambda: f"on {day} {MONTHS[month]} {year}",
        lambda: f"on {MONTHS_SHORT[month]} {day}",
        lambda: f"in {MONTHS[month]} {year}",
        lambda: f"in {MONTHS[month]}",
        lambda: f"on {year}-{month + 1:02d}-{day:02d}",
        lambda: f"on {month + 1}/{day}/{year}",
        lambda: f"{rng.choice(COUNT_WORDS)} {rng.choice(UNITS)}s ago",
        lambda: f"last {rng.choice(UNITS)}",
        lambda: f"next {rng.choice(UNITS)}",
        lambda: f"earlier this {rng.choice(UNITS[1:])}",
        lambda: rng.choice(["yesterday", "today", "on Tuesday evening", "last night"]),
        lambda: f"by the end of {year}",
        lambda: f"in the spring of {year}",
        lambda: f"from {MONTHS[month]} {day} to {day + 2}",
        lambda: f"on {WEEKDAYS[rng.randrange(7)]}, {MONTHS_SHORT[month]} {day}",
        lambda: "recently",
    ]
    return rng.choice(forms)()


def a_count(rng):
    noun = rng.choice(NOUNS)
    forms = [
        lambda: f"{rng.randint(2, 999)} {noun}",
        lambda: f"{rng.randint(1, 99)},{rng.randint(0, 999):03d} {noun}",
        lambda: f"{rng.choice(COUNT_WORDS[:5])} hundred {noun}",
        lambda: f"about {rng.randint(11, 13)},000 to {rng.randint(14, 19)},000 {noun}",
        lambda: f"dozens of {noun}",
        lambda: f"at least {rng.randint(2, 90)} {noun}",
    ]
    return rng.choice(forms)()


def a_sum(rng):
    forms = [
        lambda: f"${rng.randint(1, 99)}.{rng.randint(1, 9)} billion",
        lambda: f"{rng.randint(2, 900)} million euros",
        lambda: f"\u00a3{rng.randint(2, 90)}m",
        lambda: f"{rng.randint(1, 99)} trillion won",
    ]
    return rng.choice(forms)()


def article_sentence(names, known_fraction, stats):
    rng = names.rng
    if rng.random() < 0.5:
        return sentence(names, known_fraction, stats)
    template = rng.choice(ARTICLE_TEMPLATES)
    slots = {}
    for slot, kind in (("P", "P"), ("Q", "P"), ("O", "O"), ("L", "L"), ("A", "A")):
        if "{" + slot + "}" in template:
            slots[slot] = names.pick(kind, known_fraction, stats)[0]
    opening, closing = rng.choice(QUOTES)
    year = rng.randint(1990, 2020)
    fill = {
        "D": lambda: a_date(rng), "D2": lambda: a_date(rng),
        "N": lambda: a_count(rng), "MONEY": lambda: a_sum(rng),
        "MONEY2": lambda: a_sum(rng),
        "PCT": lambda: f"{rng.randint(1, 30)}.{rng.randint(0, 9)}%",
        "Y": lambda: str(year), "Y2": lambda: str(year + rng.randint(1, 6)),
        "DEC": lambda: f"{rng.randint(196, 201)}0s",
        "MON": lambda: rng.choice(MONTHS),
        "S": lambda: opening + rng.choice(STATEMENTS) + closing,
        "T": lambda: opening + rng.choice(TERMS) + closing,
    }
    for slot, make in fill.items():
        n = template.count("{" + slot + "}")
        if n:
            slots[slot] = make()
            key = {"D": "dates", "D2": "dates", "Y": "dates", "DEC": "dates",
                   "MON": "dates", "S": "quotes", "T": "quotes"}.get(slot, "quantities")
            stats[key] += n
    stats["sentences"] += 1
    return template.format(**slots)


def generate_articles(args, out):
    rng = random.Random(args.seed)
    names = Names(args.gazetteer, rng)
    articles = corpus_articles(args.corpus) if args.corpus else []
    stats = {"planted": 0, "decoys": 0, "sentences": 0, "corpus_copies": 0,
             "articles": 0, "dates": 0, "quantities": 0, "quotes": 0, "bytes": 0}
    target = int(args.mb * 1_000_000)
    while stats["bytes"] < target:
        stats["articles"] += 1
        if articles and stats["articles"] % 10 == 0:
            text = articles[stats["corpus_copies"] % len(articles)]
            stats["corpus_copies"] += 1
        else:
            place = names.pick("L", args.known, stats)[0].upper()
            day = f"{MONTHS_SHORT[rng.randrange(12)]} {rng.randint(1, 28)}"
            paragraphs = []
            for p in range(rng.randint(3, 12)):
                n = rng.randint(2, 5)
                para = " ".join(article_sentence(names, args.known, stats)
                                for _ in range(n))
                paragraphs.append(f"{place}, {day} - {para}" if p == 0 else para)
            text = "\n\n".join(paragraphs)
        data = text + "\n\f\n"
        out.write(data)
        stats["bytes"] += len(data.encode("utf-8"))
    return stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gazetteer", required=True, help="TSV from gen-gazetteer.py")
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--known", type=float, default=0.5,
                    help="fraction of name slots filled from the gazetteer")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", help="folder of articles (*.txt) mixed in")
    ap.add_argument("--articles", action="store_true",
                    help="articles with dates, quantities and quotes, for bench-extract")
    ap.add_argument("-o", "--output", help="default: standard output")
    ap.add_argument("--stats", help="write what was planted here")
    ap.add_argument("--spans", help="write where the planted names are here")
    args = ap.parse_args()
    if not 0 <= args.known <= 1:
        ap.error("--known must be between 0 and 1")
    if args.spans and args.articles:
        ap.error("--spans is for the text of names, not --articles")
    spans = [] if args.spans else None
    if args.articles:
        write = generate_articles
    else:
        def write(args, out):
            return generate(args, out, spans)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            stats = write(args, out)
    else:
        stats = write(args, sys.stdout)
    if args.spans:
        with open(args.spans, "w", encoding="utf-8") as f:
            f.writelines(f"{start} {end}\n" for start, end in spans)
    lines = "".join(f"{k}={v}\n" for k, v in stats.items())
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as f:
            f.write(lines)
    sys.stderr.write("gen-text: " + lines.replace("\n", " ") + "\n")


if __name__ == "__main__":
    main()
