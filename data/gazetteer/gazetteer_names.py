"""What the gazetteer generators share: how names are folded and made
into ids, and the names the other bundled files already use (so that no
two bundled files give one name to two entities)."""

import glob
import os
import re
import unicodedata

import yaml

# Names deliberately given to two bundled entities, places of different
# countries: the extractor names whichever the document's other places
# point to (docs/entities.md, "Places of one name").  build-subdivisions.py
# keeps these subdivisions though another file has the name,
# build-cities.py keeps every city of such a name, and check.py allows
# them.  Name -> why.
SHARED_NAMES = {
    "Georgia": "the country and the US state",
    "Punjab": "the Indian and the Pakistani provinces",
    "Kochi": "the Indian port city (formerly Cochin) and the Japanese prefectural capital",
    "Cambridge": "the English university town and the one in Massachusetts",
}

# Letters NFKD does not decompose into a base letter and a mark.
FOLD_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                              "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE"})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD_LETTERS))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def spelling(s):
    """@s folded as the matcher folds it: case and accents, not marks."""
    s = unicodedata.normalize("NFKD", s.translate(FOLD_LETTERS))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def ident(cc, name):
    return cc.lower() + "_" + re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")


def known_names(here, own):
    """Folded names of every bundled gazetteer file in @here but @own (the
    generated file's name)."""
    names = set()
    for path in sorted(glob.glob(os.path.join(here, "*.yaml"))):
        doc = yaml.safe_load(open(path, encoding="utf-8"))
        for e in doc.get("entities") or []:
            for n in [e.get("name")] + list(e.get("aliases") or []) + list(e.get("demonyms") or []):
                names.add(fold(str(n)))
    for path in sorted(glob.glob(os.path.join(here, "*.tsv"))):
        if os.path.basename(path) == own:
            continue
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            for col in line.rstrip("\n").split("\t")[2:]:
                if not col.startswith("country:"):
                    names.add(fold(col[4:] if col.startswith("adj:") else col))
    return names
