#!/usr/bin/python3
"""Write a large made-up gazetteer (bulk TSV) for the benchmarks.

  gen-gazetteer.py [--names N] [--seed S] [-o FILE]

N names in all (default 1,000,000), two or three per entity: people
("Given Surname", with a middle name and a spelling variant), organisations
("Varo Denik Institute", with an acronym) and places ("Port Malvik", with a
"... City" form and a demonym).  Words are built from syllables out of
shared pools, so the vocabulary is shared between names as in a real list,
and the trie is large.  The same seed gives the same file, byte for byte.
Ids start with "bench_", so they never replace a bundled entity.

Only the standard library is used (Debian's /usr/bin/python3).
"""

import argparse
import random
import sys
import unicodedata

ONSETS = ("b br ch d dr f g gr h j k kh kr l m n p pr r s sh sl st t tr v "
          "w y z zh").split()
VOWELS = "a a e e i o o u ai ei ia ou".split()
# A few letters with diacritics, as in real transliterated names; the
# matcher folds them (docs/gazetteer.md).
RARE_VOWELS = ["é", "ö", "á", "ü"]
CODAS = ["", "", "", "n", "r", "l", "s", "k", "m", "th", "v", "sk", "nd"]

ORG_HEADS = ("Institute Council Foundation Agency Authority Commission "
             "Company Group Bank Party Front Union Association Academy "
             "Corporation Alliance Bureau Centre League Movement").split()
FIELDS = ("Energy Security Defence Trade Health Maritime Space Railway "
          "Agriculture Water Mining Cyber Nuclear Aviation Telecom Science "
          "Shipping Steel Textile Finance Labour Media Coastal Border").split()
PLACE_FORMS = ("{} Port_{} Lake_{} New_{} {}burg {}grad {}ville {}stan "
               "{}abad {}_Valley {}_Island Fort_{} San_{} {}_Heights").split()


def fold(name):
    """Case and diacritics folded, as the matcher compares names."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Words:
    """Syllable-built words and the shared pools names are drawn from."""

    def __init__(self, rng, n_entities):
        self.rng = rng
        # Pools grow with the list so that names stay mostly distinct.
        self.given = self.pool(max(2000, n_entities // 20), 2, 3)
        self.surnames = self.pool(max(5000, n_entities // 5), 2, 4)
        self.roots = self.pool(max(3000, n_entities // 8), 2, 3)

    def syllable(self):
        rng = self.rng
        vowel = rng.choice(RARE_VOWELS) if rng.random() < 0.03 else rng.choice(VOWELS)
        return rng.choice(ONSETS) + vowel + rng.choice(CODAS)

    def word(self, lo, hi):
        n = self.rng.randint(lo, hi)
        return "".join(self.syllable() for _ in range(n)).capitalize()

    def pool(self, size, lo, hi):
        words = set()
        while len(words) < size:
            words.add(self.word(lo, hi))
        return sorted(words)

    def variant(self, word):
        """A spelling variant, as transliterations differ (Zelensky/-yy)."""
        swaps = (("k", "c"), ("v", "w"), ("i", "y"), ("ou", "u"), ("sh", "sch"))
        for a, b in self.rng.sample(swaps, len(swaps)):
            if a in word[1:]:
                return word[0] + word[1:].replace(a, b, 1)
        return word + "e"


def person(w, rng):
    given, surname = rng.choice(w.given), rng.choice(w.surnames)
    middle = rng.choice(w.given)
    names = [f"{given} {surname}", f"{given} {middle} {surname}",
             f"{given} {w.variant(surname)}"]
    return "person", names


def org(w, rng):
    head = rng.choice(ORG_HEADS)
    kind = rng.random()
    if kind < 0.4:
        words = [rng.choice(w.roots), rng.choice(w.surnames), head]
    elif kind < 0.7:
        words = [rng.choice(w.roots), rng.choice(FIELDS), head]
    else:
        words = [head, "of", rng.choice(FIELDS), "of", rng.choice(w.roots)]
    name = " ".join(words)
    acronym = "".join(x[0] for x in words if x != "of").upper()
    # Longer acronyms than real ones, so that few entities share one.
    acronym += rng.choice(w.roots)[:2].upper()
    return "org/" + head.lower(), [name, acronym,
                                   name.replace(head, rng.choice(ORG_HEADS))]


def place(w, rng):
    root = rng.choice(w.roots)
    form = rng.choice(PLACE_FORMS).replace("_", " ")
    name = form.format(root)
    names = [name, f"{name} City", "adj:" + root + rng.choice(("ian", "i", "ese"))]
    return "place/city", names


def distinct(names):
    """Drops a name that repeats another of the entity's (folded)."""
    seen, out = set(), []
    for name in names:
        key = fold(name[4:] if name.startswith("adj:") else name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def generate(n_names, seed, out):
    rng = random.Random(seed)
    w = Words(rng, n_names * 2 // 5)
    out.write(f"# Made-up entities for the benchmarks: gen-gazetteer.py "
              f"--names {n_names} --seed {seed}\n")
    kinds = ((0.6, "p", person), (0.85, "o", org), (1.0, "l", place))
    written = entity = 0
    while written < n_names:
        draw = rng.random()
        prefix, make = next((p, f) for limit, p, f in kinds if draw < limit)
        type_, names = make(w, rng)
        # Two or three names each: about 400,000 entities per million.
        names = distinct(names)[:rng.choice((2, 3, 3))]
        names = names[:n_names - written]
        out.write("\t".join([f"bench_{prefix}{entity}", type_] + names) + "\n")
        written += len(names)
        entity += 1
    return entity, written


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--names", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", help="default: standard output")
    args = ap.parse_args()
    if args.names < 1:
        ap.error("--names must be at least 1")
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            entities, names = generate(args.names, args.seed, out)
    else:
        entities, names = generate(args.names, args.seed, sys.stdout)
    print(f"gen-gazetteer: {entities} entities, {names} names", file=sys.stderr)


if __name__ == "__main__":
    main()
