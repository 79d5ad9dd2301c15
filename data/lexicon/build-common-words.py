#!/usr/bin/python3
"""Write data/lexicon/common-words.txt from English word lists.

  build-common-words.py [LIST...] > common-words.txt

Keeps the words the lists spell only in lower case ("science", "leaving"),
and drops those any of them also lists capitalised ("hope" beside "Hope",
"mark" beside "Mark"): a capitalised word of the first kind is a common
word written at the start of a sentence or a title, one of the second
kind may be a name.  Possessive entries are dropped.  Output: one word per
line, sorted by bytes (parallax looks words up by binary search), with a
header of '#' lines naming the sources.  The default lists are Debian's
wamerican and wbritish (SCOWL), since news is written in both spellings
("organizers", "organisers"); their licence is in SOURCES.md.
"""

import sys


DEFAULT_LISTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]


def main():
    words = []
    for path in sys.argv[1:] or DEFAULT_LISTS:
        with open(path, encoding="utf-8") as f:
            words += [line.strip() for line in f if line.strip()]
    lower = {w for w in words if w.islower() and "'" not in w}
    capitalised = {w.lower() for w in words if w[:1].isupper()}
    common = sorted(lower - capitalised, key=lambda w: w.encode("utf-8"))
    out = sys.stdout
    out.write("# Common English words, never capitalised in the source lists:\n"
              "# SCOWL via Debian's wamerican and wbritish (/usr/share/dict/),\n"
              "# by data/lexicon/build-common-words.py; licence in SOURCES.md.\n"
              "# Sorted by bytes, one word per line.\n")
    for w in common:
        out.write(w + "\n")


if __name__ == "__main__":
    main()
