#!/usr/bin/python3
"""Write the hostile test texts into DIR: valid text built to hurt.

  make-hostile.py DIR NAME...

Shared by tests/e2e/hostile-text.sh (make check) and tests/stress/stress.sh,
so that both read the same inputs.  NAME is one of the keys of TEXTS; each
is written to DIR/NAME.txt.
"""

import sys

SENTENCE = "Japan opened a mission to NATO on Monday, and officials in Tokyo said the move was new. "
MB = 1024 * 1024


def line(size):
    """One line of @size bytes of whole sentences: a capture with no breaks."""
    return SENTENCE * (size // len(SENTENCE)) + "\n"


def quotes(n):
    return "Quotes\n\n" + "".join('"Word %d here," Kim said. ' % i for i in range(n)) + "\n"


def made_up(i):
    """A made-up word for @i, distinct for each i below 17 ** 4."""
    out = ""
    for _ in range(4):
        out += "bcdfghjklmnprstvz"[i % 17]
        i //= 17
    return out


def people(n):
    """One line naming @n councils, a member of each by full name and
    acronym, the member again after "Mr.", and an office of a country the
    gazetteer lists no such office for: the name rules that ask what was
    named before must not ask every mention each time."""
    return "Councils\n\n" + " ".join(
        "The Zor%s Council met on Monday. Quinto Var%s of QZ%s spoke there. "
        "Mr. Var%s said it was fine. Officials in Chad said the Defence Ministry agreed."
        % (w, w, w.upper(), w)
        for w in map(made_up, range(n))) + "\n"


def nested(opening, closing):
    return "Nested quotes\n\nHe said " + opening * 5000 + "deep" + closing * 5000 + " and left.\n"


TEXTS = {
    "line-10m": lambda: line(10 * MB),
    "line-1m": lambda: line(MB),
    # The 10 MB line cut mid-sentence: nothing on it ends like prose.
    "line-cut": lambda: (SENTENCE * (10 * MB // len(SENTENCE) + 1))[:10 * MB],
    "quotes-100k": lambda: quotes(100000),
    "quotes-10k": lambda: quotes(10000),
    "people-24k": lambda: people(24000),
    "nested": lambda: nested("\u201c\u2018", "\u2019\u201d"),
    "nested-ascii": lambda: nested("\"'", "'\""),
    "unbalanced": lambda: "Unbalanced quotes\n\nHe said "
                          + "".join('"open %d, ' % i for i in range(20000)) + "and left.\n",
    "closing": lambda: "Unbalanced quotes\n\nHe said "
                       + "".join('close %d," ' % i for i in range(20000)) + "and left.\n",
}


def main():
    if len(sys.argv) < 3 or any(name not in TEXTS for name in sys.argv[2:]):
        sys.exit("usage: make-hostile.py DIR NAME...\nNAME: " + " ".join(TEXTS))
    for name in sys.argv[2:]:
        with open("%s/%s.txt" % (sys.argv[1], name), "w", encoding="utf-8") as f:
            f.write(TEXTS[name]())


if __name__ == "__main__":
    main()
