#!/usr/bin/python3
"""Write news-like articles grouped in event clusters, with known reuse.

  gen-clusters.py --docs N [--seed S] [--words W] -o DIR

Writes N plain-text articles of about W words (default 600) to DIR, as
doc-00000.txt, doc-00001.txt..., and the ground truth to DIR/truth.json
(format: docs/bench.md, "Ground truth of gen-clusters.py").

The prose is made up: sentences of words built from syllables, drawn with
a Zipf-like skew over a fixed vocabulary, mixed with English function
words and a few stock phrases that many articles share (shorter than a
reportable passage, as "said in a statement on Tuesday" is, even with a
chance word beside it).  Articles
come in clusters of one to eight about one event; the first written is the
cluster's primary, which carries quotes of named speakers.  Each other
member is one of:

- a reprint: the primary's body with light edits (about one word in a
  hundred replaced, perhaps a sentence dropped), its own headline and a
  credit line; at least 90 % of its words are the primary's;
- a partial copy: the primary's first paragraphs, then prose of its own,
  so that about half of it is copied: not a republication;
- a paraphrase: prose of its own that carries one to three of the
  primary's quotes, verbatim, with an elision, or altered (words
  substituted), and sometimes a quote the primary never printed.

Every reprint pair (the primary and its reprints, and the reprints among
themselves) is listed in the ground truth, and so is every quote a
paraphrase carries, with its verdict.  Clusters are written one after the
other, so the first M files are whole clusters but for the last.  The same
seed gives the same files, byte for byte.
"""

import argparse
import json
import os
import random
import sys

FUNCTION_WORDS = (
    "the of and to in a that for on with as by at from is was were has had "
    "have it its their this which but not be been are or an after over "
    "about more than into also who they would could will new two under "
    "before since while during between against"
).split()

# Shared by many articles, but at most six words: with a chance word on
# either side still shorter than a reportable passage (eight words).
STOCK_PHRASES = [
    "said in a statement on Tuesday",
    "according to people familiar with",
    "did not respond to requests",
    "in the coming weeks",
    "officials said on condition of",
    "the latest in a series",
    "at a news conference on",
    "it was not immediately clear",
]

SYLLABLES = [
    "ba", "ker", "lo", "man", "ti", "sor", "ven", "da", "ri", "mel", "go", "na",
    "pra", "tu", "shen", "vik", "al", "or", "ze", "quin", "dor", "fa", "hel",
    "ist", "jo", "ka", "lum", "mi", "nor", "pe", "ros", "sta", "tel", "ur",
    "vas", "wen", "xi", "yar", "zo", "bel", "cra", "den", "el", "fin", "gra",
]

OUTLETS = ["Daily Meridian", "The Harbor Post", "Northgate Times", "Valley Courier",
           "The Ledger", "Coastline News", "Metro Herald", "The Observer Weekly"]

ATTRIBUTIONS = ["said", "told reporters", "said in an interview", "wrote in a post",
                "told a briefing"]


def make_word(rng, n_syllables):
    return "".join(rng.choice(SYLLABLES) for _ in range(n_syllables))


class Prose:
    """Sentences over a fixed vocabulary, drawn with a Zipf-like skew."""

    def __init__(self, rng, n_words=6000):
        self.rng = rng
        words = set()
        while len(words) < n_words:
            words.add(make_word(rng, rng.choice((2, 2, 3, 3, 4))))
        self.vocab = sorted(words)
        rng.shuffle(self.vocab)
        self.weights = [1.0 / (i + 10) for i in range(len(self.vocab))]
        self.cum = []
        total = 0.0
        for w in self.weights:
            total += w
            self.cum.append(total)

    def words(self, n):
        rng = self.rng
        content = rng.choices(self.vocab, cum_weights=self.cum, k=n)
        return [rng.choice(FUNCTION_WORDS) if rng.random() < 0.4 else w for w in content]

    def substitute(self, word):
        """Another word of the vocabulary."""
        while True:
            other = self.rng.choice(self.vocab)
            if other != word:
                return other

    def sentence(self):
        rng = self.rng
        words = self.words(rng.randint(8, 24))
        if rng.random() < 0.15:
            at = rng.randint(1, len(words) - 1)
            words[at:at] = rng.choice(STOCK_PHRASES).split()
        return capitalise(" ".join(words)) + "."

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.rng.randint(3, 5)))

    def title(self):
        return " ".join(capitalise(w) for w in self.words(self.rng.randint(6, 10)))

    def name(self):
        return capitalise(make_word(self.rng, 2)) + " " + capitalise(make_word(self.rng, 3))


def capitalise(text):
    return text[:1].upper() + text[1:]


def count_words(paragraphs):
    return sum(len(p.split()) for p in paragraphs)


def body(prose, n_words, first=()):
    """Paragraphs of at least @n_words words, after @first."""
    paragraphs = list(first)
    while count_words(paragraphs) < n_words:
        paragraphs.append(prose.paragraph())
    return paragraphs


def quote_line(text, speaker, attribution):
    return "\"%s,\" %s %s." % (text, speaker, attribution)


def primary(prose, n_words):
    """A primary's title, paragraphs and quotes (speaker, text)."""
    rng = prose.rng
    quotes = []
    for _ in range(rng.randint(3, 5)):
        quotes.append((prose.name(), capitalise(" ".join(prose.words(rng.randint(10, 22))))))
    paragraphs = [prose.paragraph()]
    for speaker, text in quotes:
        paragraphs.append(quote_line(text, speaker, "said") + " " + prose.paragraph())
    return prose.title(), body(prose, n_words, paragraphs), quotes


def reprint(prose, paragraphs):
    """The paragraphs lightly edited: words replaced, perhaps a sentence gone."""
    rng = prose.rng
    edited = []
    for p in paragraphs:
        words = p.split()
        for i, w in enumerate(words):
            if rng.random() < 0.01 and not w.startswith("\""):
                words[i] = prose.substitute(w)
        edited.append(" ".join(words))
    if rng.random() < 0.5 and len(edited) > 3:
        at = rng.randrange(1, len(edited))
        sentences = edited[at].split(". ")
        if len(sentences) > 1:
            del sentences[rng.randrange(len(sentences))]
            edited[at] = ". ".join(sentences)
    edited.append("First published by %s." % rng.choice(OUTLETS))
    return edited


def carried_quote(prose, speaker, text):
    """A paraphrase's version of a quote: (printed text, verdict)."""
    rng = prose.rng
    words = text.split()
    kind = rng.random()
    if kind < 0.45:
        return text, "verbatim"
    if kind < 0.7 and len(words) >= 10:
        start = rng.randint(3, len(words) - 6)
        cut = rng.randint(2, 4)
        return " ".join(words[:start] + ["..."] + words[start + cut:]), "verbatim_with_elision"
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(words))
        words[at] = prose.substitute(words[at])
    return capitalise(" ".join(words)), "altered"


def paraphrase(prose, n_words, doc, source, quotes, truth):
    """Own prose carrying some of @quotes; records them in @truth."""
    rng = prose.rng
    paragraphs = [prose.paragraph()]
    for speaker, text in rng.sample(quotes, rng.randint(1, min(3, len(quotes)))):
        printed, verdict = carried_quote(prose, speaker, text)
        paragraphs.append(quote_line(printed, speaker, rng.choice(ATTRIBUTIONS)) + " "
                          + prose.paragraph())
        truth.append({"document": doc, "source": source, "speaker": speaker,
                      "text": printed, "original": text, "verdict": verdict})
    if rng.random() < 0.2:
        speaker = rng.choice(quotes)[0]
        invented = capitalise(" ".join(prose.words(rng.randint(8, 16))))
        paragraphs.append(quote_line(invented, speaker, "said"))
        truth.append({"document": doc, "source": source, "speaker": speaker,
                      "text": invented, "original": None, "verdict": "absent"})
    return body(prose, n_words, paragraphs)


def write_article(directory, index, title, paragraphs):
    name = "doc-%05d.txt" % index
    with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
        f.write(title + "\n\n" + "\n\n".join(paragraphs) + "\n")
    return name


def cluster_roles(rng, size):
    roles = ["primary"]
    for _ in range(size - 1):
        r = rng.random()
        roles.append("reprint" if r < 0.3 else "partial" if r < 0.4 else "paraphrase")
    return roles


def generate(n_docs, seed, n_words, directory):
    rng = random.Random(seed)
    prose = Prose(rng)
    documents, reprints, quotes = [], [], []
    cluster = 0
    while len(documents) < n_docs:
        roles = cluster_roles(rng, min(rng.randint(1, 8), n_docs - len(documents)))
        first = len(documents)
        title, paragraphs, primary_quotes = primary(prose, n_words)
        group = [first]
        for offset, role in enumerate(roles):
            doc = first + offset
            if role == "primary":
                text = paragraphs
            elif role == "reprint":
                text = reprint(prose, paragraphs)
                title = prose.title()
                group.append(doc)
            elif role == "partial":
                keep = paragraphs[:max(1, len(paragraphs) // 2)]
                text = body(prose, n_words, keep)
                title = prose.title()
            else:
                text = paraphrase(prose, n_words, doc, first, primary_quotes, quotes)
                title = prose.title()
            name = write_article(directory, doc, title, text)
            documents.append({"file": name, "cluster": cluster, "role": role,
                              "source": None if role == "primary" else first,
                              "words": len(title.split()) + count_words(text)})
        reprints.extend([a, b] for i, a in enumerate(group) for b in group[i + 1:])
        cluster += 1
    return {"generator": "gen-clusters.py", "seed": seed, "documents": documents,
            "reprints": reprints, "quotes": quotes}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("-o", "--output", required=True, help="directory to write")
    args = parser.parse_args()
    if args.docs < 1 or args.words < 50:
        parser.error("--docs must be positive and --words at least 50")
    os.makedirs(args.output, exist_ok=True)
    truth = generate(args.docs, args.seed, args.words, args.output)
    with open(os.path.join(args.output, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")
    print("gen-clusters.py: %d documents, %d reprint pairs, %d quotes in %s"
          % (len(truth["documents"]), len(truth["reprints"]), len(truth["quotes"]), args.output),
          file=sys.stderr)


if __name__ == "__main__":
    main()
