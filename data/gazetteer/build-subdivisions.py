#!/usr/bin/env python3
"""Build data/gazetteer/subdivisions.tsv from Debian's iso-codes data.

Usage:
    python3 data/gazetteer/build-subdivisions.py [ISO_JSON_DIR] > data/gazetteer/subdivisions.tsv

Reads iso_3166-2.json (ISO 3166-2 country subdivisions; Debian package
"iso-codes", LGPL-2.1+) and keeps the subdivisions of the countries below
whose ISO names are the names English-language news uses: US states, Canadian
provinces, Australian states, Indian states, British counties, districts
and council areas, Chinese provinces, Brazilian and Mexican states,
South African and Pakistani provinces and Nigerian states.  A
name that another gazetteer file already gives to something (the capital
Washington) or that two subdivisions share is left out, with a comment,
unless gazetteer_names.SHARED_NAMES keeps it (the US state Georgia, the
Pakistani province Punjab).  The output
is deterministic.  Edit this script, not the generated TSV.
"""

import json
import os
import re
import sys

from gazetteer_names import SHARED_NAMES, fold, ident, known_names

# Country -> the ISO subdivision types kept (None: all).
COUNTRIES = {
    "US": None,
    "CA": None,
    "AU": None,
    "IN": None,
    "GB": {"Two-tier county", "Metropolitan district", "Unitary authority", "Council area",
           "London borough", "District"},
    "CN": {"Province", "Municipality", "Autonomous region"},
    "BR": {"State"},
    "MX": {"State"},
    "ZA": None,
    "NG": {"State", "Capital territory"},
    "PK": None,
}

# ISO types read as another subtype, the one the rules know ("territory").
SUBTYPES = {
    "Capital territory": "territory",
    "Federal capital territory": "territory",
    "Pakistan administered area": "territory",
}

# ISO spellings news writes otherwise.
RENAME = {"Kwazulu-Natal": "KwaZulu-Natal"}

# Names that are common words or personal names far more often than the
# subdivision in English news ("Reading the report", "Kent Smith").
EXCLUDE = {
    "Angus": "a given name", "Bury": "a verb", "Reading": "a verb", "Harrow": "a noun",
    "Sutton": "a surname", "Bolton": "a surname", "Brent": "a given name",
    "Kent": "a given name", "Highland": "an adjective", "Merton": "a surname",
    "Stirling": "a surname", "Halton": "a surname", "Moray": "a given name",
    "Derby": "a race", "Victoria": "a given name", "Guerrero": "a surname",
    "Hidalgo": "a surname", "Morelos": "a surname", "Acre": "a unit",
    "Delta": "a common word and an airline", "Plateau": "a common word",
    "Rivers": "a common word", "North-West": "also the English region North West",
    "Imo": "in capitals, the acronym IMO (International Maritime Organization)",
}

# What a state's or province's people are called, singular and plural,
# where the word names nothing else news writes of: not "Georgian" (the
# country's), "New Yorker", "Oregonian", "Tennessean", "Oklahoman",
# "Washingtonian" (publications), "Victorian" (the era), nor the
# languages' words ("Punjabi", "Bengali").  A demonym is a mention of
# the place, as "Japanese" is of Japan.
DEMONYMS = {
    "US-AL": ["Alabamian", "Alabamians"], "US-AK": ["Alaskan", "Alaskans"],
    "US-AZ": ["Arizonan", "Arizonans"], "US-AR": ["Arkansan", "Arkansans"],
    "US-CA": ["Californian", "Californians"], "US-CO": ["Coloradan", "Coloradans"],
    "US-DE": ["Delawarean", "Delawareans"], "US-FL": ["Floridian", "Floridians"],
    "US-HI": ["Hawaiian", "Hawaiians"], "US-ID": ["Idahoan", "Idahoans"],
    "US-IL": ["Illinoisan", "Illinoisans"], "US-IN": ["Hoosier", "Hoosiers"],
    "US-IA": ["Iowan", "Iowans"], "US-KS": ["Kansan", "Kansans"],
    "US-KY": ["Kentuckian", "Kentuckians"], "US-LA": ["Louisianan", "Louisianans"],
    "US-ME": ["Mainer", "Mainers"], "US-MD": ["Marylander", "Marylanders"],
    "US-MI": ["Michigander", "Michiganders"], "US-MN": ["Minnesotan", "Minnesotans"],
    "US-MS": ["Mississippian", "Mississippians"], "US-MO": ["Missourian", "Missourians"],
    "US-MT": ["Montanan", "Montanans"], "US-NE": ["Nebraskan", "Nebraskans"],
    "US-NV": ["Nevadan", "Nevadans"], "US-NJ": ["New Jerseyan", "New Jerseyans"],
    "US-NM": ["New Mexican", "New Mexicans"],
    "US-NC": ["North Carolinian", "North Carolinians"],
    "US-ND": ["North Dakotan", "North Dakotans"], "US-OH": ["Ohioan", "Ohioans"],
    "US-PA": ["Pennsylvanian", "Pennsylvanians"],
    "US-RI": ["Rhode Islander", "Rhode Islanders"],
    "US-SC": ["South Carolinian", "South Carolinians"],
    "US-SD": ["South Dakotan", "South Dakotans"], "US-TX": ["Texan", "Texans"],
    "US-UT": ["Utahn", "Utahns"], "US-VT": ["Vermonter", "Vermonters"],
    "US-VA": ["Virginian", "Virginians"], "US-WV": ["West Virginian", "West Virginians"],
    "US-WI": ["Wisconsinite", "Wisconsinites"], "US-WY": ["Wyomingite", "Wyomingites"],
    "CA-AB": ["Albertan", "Albertans"], "CA-BC": ["British Columbian", "British Columbians"],
    "CA-MB": ["Manitoban", "Manitobans"], "CA-ON": ["Ontarian", "Ontarians"],
    "CA-QC": ["Quebecer", "Quebecers", "Quebecker", "Quebeckers"],
    "CA-NS": ["Nova Scotian", "Nova Scotians"],
    "CA-NL": ["Newfoundlander", "Newfoundlanders"],
    "AU-QLD": ["Queenslander", "Queenslanders"], "AU-TAS": ["Tasmanian", "Tasmanians"],
}

# The short forms news writes for a state or province, where they name
# nothing else: not "Vic", "Tas" (given names), "WA", "SA", "NT", "ACT"
# (other states' codes and words), nor "B.C." (the era).
ABBREVIATIONS = {
    "AU-NSW": ["NSW"], "AU-QLD": ["Qld"], "ZA-KZN": ["KZN"], "CA-PE": ["PEI"],
}

# Chinese names carry the kind of unit in pinyin; news drops it.
CN_SUFFIXES = [" Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Weiwu'er Zizhiqu", " Zizhiqu",
               " Sheng", " Shi"]


def subtype(kind):
    return re.sub(r"[^a-z0-9]+", "_", kind.lower()).strip("_")


def main():
    json_dir = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json"
    here = os.path.dirname(os.path.abspath(__file__))
    data = json.load(open(os.path.join(json_dir, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    taken = known_names(here, "subdivisions.tsv")
    rows, left_out, seen = [], [], {}
    for sub in data:
        cc = sub["code"][:2]
        if cc not in COUNTRIES or (COUNTRIES[cc] and sub["type"] not in COUNTRIES[cc]):
            continue
        name = sub["name"]
        if "," in name or "[" in name:
            continue      # inverted or annotated forms are not how news writes them
        if cc == "CN":
            for suffix in CN_SUFFIXES:
                if name.endswith(suffix):
                    name = name[: -len(suffix)]
                    break
        name = RENAME.get(name, name)
        key = fold(name)
        if name in EXCLUDE:
            left_out.append("%s (%s): %s" % (name, sub["code"], EXCLUDE[name]))
            continue
        if key in taken and name not in SHARED_NAMES:
            left_out.append("%s (%s): a name of another entity" % (name, sub["code"]))
            continue
        if key in seen and name not in SHARED_NAMES:
            left_out.append("%s (%s): also %s" % (name, sub["code"], seen[key]))
            continue
        seen[key] = sub["code"]
        rows.append((cc, name, SUBTYPES.get(sub["type"]) or subtype(sub["type"]), sub["code"]))
    out = sys.stdout
    out.write(
        "# parallax gazetteer: country subdivisions (states, provinces, counties).\n"
        "# GENERATED by data/gazetteer/build-subdivisions.py: edit the script, not this file.\n"
        "# Format: docs/gazetteer.md (a column \"country:XX\" is the ISO 3166-1 code).\n"
        "# Source: ISO 3166-2 names from Debian's iso-codes\n"
        "# package (https://salsa.debian.org/iso-codes-team/iso-codes), licence\n"
        "# LGPL-2.1+.  See data/gazetteer/SOURCES.md.\n")
    for note in sorted(left_out):
        out.write("# left out: " + note + "\n")
    for cc, name, kind, code in sorted(rows):
        adjectives = ["adj:" + d for d in DEMONYMS.get(code, [])]
        out.write("\t".join([ident(cc, name), "place/" + kind, name] + ABBREVIATIONS.get(code, [])
                             + adjectives
                             + ["country:" + cc.upper()]) + "\n")


if __name__ == "__main__":
    main()
