#!/usr/bin/python3
"""Write data/lexicon/given-names.txt from the US Census Bureau's 1990 lists.

  build-given-names.py [NAMES_PM] > given-names.txt

The 1990 census's "frequently occurring first names" (dist.male.first,
1,219 names, and dist.female.first, 4,275), the names of 90% of the
people it counted, as Debian's libtext-names-perl carries them in
Text/Names.pm (default: that package's installed file).  Output: every
name of either list in lower case, one per line, sorted by bytes
(parallax looks words up by binary search), with a header of '#' lines
naming the source.  The lists are a work of the US government, in the
public domain (SOURCES.md).
"""

import re
import sys

DEFAULT_SOURCE = "/usr/share/perl5/Text/Names.pm"
LISTS = ("COMMON_MALE_FIRSTNAMES", "COMMON_FEMALE_FIRSTNAMES")


def read_list(text, name):
    """The names of the here-document assigned to $name."""
    m = re.search(r"^\$" + name + r" = <<ENDNAMES;\n(.*?)^ENDNAMES$", text, re.M | re.S)
    if m is None:
        sys.exit("build-given-names.py: no list %s in the source" % name)
    names = []
    for line in m.group(1).splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[0].isalpha():
            names.append(fields[0].lower())
    return names


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    with open(path, encoding="latin-1") as f:
        text = f.read()
    names = set()
    for name in LISTS:
        names.update(read_list(text, name))
    out = sys.stdout
    out.write("# Given names of the US census of 1990 (men's and women's lists):\n"
              "# US Census Bureau, public domain, via Debian's libtext-names-perl,\n"
              "# by data/lexicon/build-given-names.py; see SOURCES.md.\n"
              "# Sorted by bytes, one name per line, in lower case.\n")
    for n in sorted(names, key=lambda w: w.encode("utf-8")):
        out.write(n + "\n")


if __name__ == "__main__":
    main()
