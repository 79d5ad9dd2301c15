#!/usr/bin/python3
"""Write a news-like text that mentions names of a generated gazetteer.

  gen-text.py --gazetteer FILE [--mb M] [--known F] [--seed S]
              [--corpus DIR] [-o FILE] [--stats FILE]

About M megabytes (default 20) of paragraphs, one per line, made of
sentences from templates with slots for a person, an organisation and a
place.  A slot is filled with a name from the gazetteer (a TSV written by
gen-gazetteer.py) with probability F (default 0.5), and otherwise with a
made-up name built the same way that is not in it, so that a matcher also
walks partial matches that fail.  Every 40th paragraph is a whole article
from the corpus (data/corpus/*.txt), repeated, for real prose.

--stats writes what was planted as key=value lines: planted (gazetteer
names written), decoys, sentences, corpus_copies, bytes.  The same seed and
inputs give the same text, byte for byte.
"""

import argparse
import glob
import os
import random
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
        pool = self.by_kind[kind]
        if pool and self.rng.random() < known_fraction:
            stats["planted"] += 1
            return self.rng.choice(pool)
        stats["decoys"] += 1
        return self.decoy(kind)


def sentence(names, known_fraction, stats):
    template = names.rng.choice(TEMPLATES)
    slots = {}
    for slot, kind in (("P", "P"), ("Q", "P"), ("O", "O"), ("L", "L"),
                       ("M", "L"), ("A", "A")):
        if "{" + slot + "}" in template:
            slots[slot] = names.pick(kind, known_fraction, stats)
    stats["sentences"] += 1
    return template.format(**slots)


def corpus_articles(folder):
    articles = []
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            articles.append(f.read().strip("\n"))
    return articles


def generate(args, out):
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
            text = " ".join(sentence(names, args.known, stats) for _ in range(n))
        data = text + "\n"
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
    ap.add_argument("-o", "--output", help="default: standard output")
    ap.add_argument("--stats", help="write what was planted here")
    args = ap.parse_args()
    if not 0 <= args.known <= 1:
        ap.error("--known must be between 0 and 1")
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            stats = generate(args, out)
    else:
        stats = generate(args, sys.stdout)
    lines = "".join(f"{k}={v}\n" for k, v in stats.items())
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as f:
            f.write(lines)
    sys.stderr.write("gen-text: " + lines.replace("\n", " ") + "\n")


if __name__ == "__main__":
    main()
