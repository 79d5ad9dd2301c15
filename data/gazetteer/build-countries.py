#!/usr/bin/env python3
"""Build data/gazetteer/countries.tsv from Debian's iso-codes data.

Usage:
    python3 data/gazetteer/build-countries.py [ISO_JSON_DIR] > data/gazetteer/countries.tsv

ISO_JSON_DIR defaults to /usr/share/iso-codes/json (Debian package
"iso-codes", LGPL-2.1+).  The script reads iso_3166-1.json (all current
countries and territories) and iso_3166-3.json (a few withdrawn countries
that news still names), applies the hand-written table below (ids that
match the seed gold annotation, the short names news uses, demonyms), and
prints the TSV.  The output is deterministic: same input, same bytes.

Format of the output: docs/gazetteer.md.  Sources and licences:
data/gazetteer/SOURCES.md.  Edit this script, not the generated TSV.
"""

import json
import os
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------
# Hand-written overrides, keyed by ISO 3166-1 alpha-2.
#   id       entity id (default: the canonical name, lower case, ASCII,
#            non-alphanumerics as "_")
#   name     canonical name as news writes it (default: iso common_name,
#            else name)
#   aliases  extra aliases (short forms, abbreviations, former names)
#   adj      demonyms / adjectives that denote the country
#   drop     iso names NOT to use as aliases (not how news writes them)
#   comment  a comment line printed above the entry in the TSV
# ---------------------------------------------------------------------------
OVERRIDES = {
    "AE": dict(aliases=["UAE", "U.A.E."], adj=["Emirati"]),
    "AF": dict(adj=["Afghan"]),
    "AL": dict(adj=["Albanian"]),
    "AM": dict(adj=["Armenian"]),
    "AO": dict(adj=["Angolan"]),
    "AR": dict(adj=["Argentine", "Argentinian"]),
    "AT": dict(adj=["Austrian"]),
    "AU": dict(aliases=["Commonwealth of Australia"], adj=["Australian"]),
    "AZ": dict(adj=["Azerbaijani"]),
    "BA": dict(aliases=["Bosnia", "Bosnia-Herzegovina"], adj=["Bosnian"]),
    "BD": dict(adj=["Bangladeshi"]),
    "BE": dict(adj=["Belgian"]),
    "BG": dict(adj=["Bulgarian"]),
    "BH": dict(adj=["Bahraini"]),
    "BN": dict(adj=["Bruneian"], name="Brunei", aliases=["Brunei Darussalam"]),
    "BO": dict(adj=["Bolivian"]),
    "BR": dict(adj=["Brazilian"]),
    "BY": dict(aliases=["Belorussia"], adj=["Belarusian"]),
    "CA": dict(adj=["Canadian"]),
    "CD": dict(id="dr_congo", name="Democratic Republic of the Congo",
               aliases=["DR Congo", "DRC", "Congo-Kinshasa",
                        "Democratic Republic of Congo"],
               drop=["Congo, The Democratic Republic of the"],
               comment="'Congo' alone and 'Congolese' are left out: they name both Congos."),
    "CG": dict(id="congo_republic", name="Republic of the Congo",
               aliases=["Congo-Brazzaville", "Republic of Congo"], drop=["Congo"]),
    "CH": dict(adj=["Swiss"]),
    "CI": dict(name="Ivory Coast", aliases=["Côte d'Ivoire"], adj=["Ivorian"]),
    "CL": dict(adj=["Chilean"]),
    "CM": dict(adj=["Cameroonian"]),
    "CN": dict(aliases=["PRC", "P.R.C."], adj=["Chinese"]),
    "CO": dict(adj=["Colombian"]),
    "CU": dict(adj=["Cuban"]),
    "CV": dict(adj=["Cape Verdean"], name="Cape Verde", aliases=["Cabo Verde"]),
    "CY": dict(adj=["Cypriot"]),
    "CZ": dict(name="Czech Republic", aliases=["Czechia"], adj=["Czech"]),
    "DE": dict(adj=["German"]),
    "DK": dict(adj=["Danish"]),
    "DZ": dict(adj=["Algerian"]),
    "EC": dict(adj=["Ecuadorian"]),
    "EE": dict(adj=["Estonian"]),
    "EG": dict(adj=["Egyptian"]),
    "ER": dict(adj=["Eritrean"]),
    "ES": dict(adj=["Spanish"]),
    "ET": dict(adj=["Ethiopian"]),
    "FI": dict(adj=["Finnish"]),
    "FJ": dict(adj=["Fijian"]),
    "FK": dict(name="Falkland Islands", aliases=["Falklands", "Malvinas", "Islas Malvinas"],
               drop=["Falkland Islands (Malvinas)"]),
    "FM": dict(name="Micronesia", aliases=["Federated States of Micronesia"],
               comment="'Micronesia' is also the Pacific region; kept for the country."),
    "FR": dict(adj=["French"]),
    "GB": dict(id="uk", name="United Kingdom",
               aliases=["UK", "U.K.", "Britain", "Great Britain"], adj=["British"],
               comment="England, Scotland, Wales and Northern Ireland are in places.yaml."),
    "GE": dict(adj=[],
               comment="'Georgia' is also the US state us_georgia (the document's other places choose); 'Georgian' is left out."),
    "GH": dict(adj=["Ghanaian"]),
    "GS": dict(aliases=["South Georgia"]),
    "GN": dict(adj=["Guinean"]),
    "GR": dict(adj=["Greek"]),
    "HK": dict(aliases=["Hong Kong SAR"]),
    "HR": dict(adj=["Croatian"]),
    "HT": dict(adj=["Haitian"]),
    "HU": dict(adj=["Hungarian"]),
    "ID": dict(adj=["Indonesian"]),
    "IE": dict(aliases=["Republic of Ireland"], adj=["Irish"]),
    "IL": dict(adj=["Israeli"]),
    "IN": dict(aliases=["Bharat"], adj=["Indian"]),
    "IQ": dict(adj=["Iraqi"]),
    "IR": dict(adj=["Iranian"]),
    "IS": dict(adj=["Icelandic"]),
    "IT": dict(adj=["Italian"]),
    "JM": dict(adj=["Jamaican"]),
    "JO": dict(adj=["Jordanian"],
               comment="'Jordan' is also a common personal name."),
    "JP": dict(adj=["Japanese"]),
    "KE": dict(adj=["Kenyan"]),
    "KG": dict(adj=["Kyrgyz"]),
    "KH": dict(adj=["Cambodian"]),
    "KP": dict(id="dprk", aliases=["DPRK", "D.P.R.K.", "Korea DPR"], adj=["North Korean"],
               drop=["Korea, Democratic People's Republic of"],
               comment="'the North' (North Korea) is left to a context rule, and 'Korea'/'Korean' "
                       "name both Koreas: neither is an alias here (docs/gazetteer.md)."),
    "KR": dict(id="south_korea", aliases=["Republic of Korea", "ROK", "R.O.K.", "Korea Republic"],
               adj=["South Korean"], drop=["Korea, Republic of"]),
    "KW": dict(adj=["Kuwaiti"]),
    "KZ": dict(adj=["Kazakh"]),
    "LA": dict(aliases=["Lao PDR"], adj=["Laotian"]),
    "LB": dict(adj=["Lebanese"]),
    "LK": dict(aliases=["Ceylon"], adj=["Sri Lankan"]),
    "LT": dict(adj=["Lithuanian"]),
    "LU": dict(adj=["Luxembourgish"]),
    "LV": dict(adj=["Latvian"]),
    "LY": dict(adj=["Libyan"]),
    "MA": dict(adj=["Moroccan"]),
    "MD": dict(adj=["Moldovan"]),
    "ME": dict(adj=["Montenegrin"]),
    "MF": dict(name="Saint Martin", aliases=["Collectivity of Saint Martin"],
               drop=["Saint Martin (French part)"]),
    "MG": dict(adj=["Malagasy"]),
    "MK": dict(adj=["North Macedonian"],
               comment="'Macedonia' (the name before 2019) is left out: it is also a region of Greece."),
    "ML": dict(adj=["Malian"]),
    "MM": dict(aliases=["Burma"], adj=["Burmese"]),
    "MN": dict(adj=["Mongolian"]),
    "MO": dict(adj=["Macanese"], aliases=["Macau"]),
    "MX": dict(adj=["Mexican"]),
    "MY": dict(adj=["Malaysian"]),
    "MZ": dict(adj=["Mozambican"]),
    "NA": dict(adj=["Namibian"]),
    "NE": dict(adj=["Nigerien"]),
    "NG": dict(adj=["Nigerian"]),
    "NI": dict(adj=["Nicaraguan"]),
    "NL": dict(adj=["Dutch"],
               comment="'Holland' is left out: it is a region of the Netherlands."),
    "NO": dict(adj=["Norwegian"]),
    "NP": dict(adj=["Nepali", "Nepalese"]),
    "NZ": dict(adj=["New Zealander"]),
    "OM": dict(adj=["Omani"]),
    "PA": dict(adj=["Panamanian"]),
    "PE": dict(adj=["Peruvian"]),
    "PH": dict(adj=["Filipino", "Philippine"]),
    "PK": dict(adj=["Pakistani"]),
    "PL": dict(adj=["Polish"]),
    "PN": dict(name="Pitcairn Islands", aliases=["Pitcairn"]),
    "PS": dict(name="Palestine", aliases=["State of Palestine"], adj=["Palestinian"],
               drop=["Palestine, State of"]),
    "PT": dict(adj=["Portuguese"]),
    "PY": dict(adj=["Paraguayan"]),
    "QA": dict(adj=["Qatari"]),
    "RO": dict(adj=["Romanian"]),
    "RS": dict(adj=["Serbian"]),
    "RU": dict(name="Russia", aliases=["Russian Federation"], adj=["Russian"]),
    "RW": dict(adj=["Rwandan"]),
    "SA": dict(adj=["Saudi"]),
    "SD": dict(adj=["Sudanese"]),
    "SE": dict(adj=["Swedish"]),
    "SG": dict(adj=["Singaporean"]),
    "SH": dict(aliases=["St. Helena", "Saint Helena"]),
    "SI": dict(adj=["Slovenian"]),
    "SK": dict(adj=["Slovak"]),
    "SN": dict(adj=["Senegalese"]),
    "SO": dict(adj=["Somali"]),
    "SS": dict(adj=["South Sudanese"]),
    "SX": dict(name="Sint Maarten", drop=["Sint Maarten (Dutch part)"]),
    "SY": dict(adj=["Syrian"]),
    "SZ": dict(adj=["Swazi"], aliases=["Swaziland"]),
    "TD": dict(adj=["Chadian"], comment="'Chad' is also a personal name."),
    "TH": dict(aliases=["Siam"], adj=["Thai"]),
    "TJ": dict(adj=["Tajik"]),
    "TL": dict(aliases=["East Timor"], adj=["Timorese"]),
    "TM": dict(adj=["Turkmen"]),
    "TN": dict(adj=["Tunisian"]),
    "TR": dict(name="Turkey", aliases=["Türkiye", "Republic of Turkey"], adj=["Turkish"]),
    "TW": dict(aliases=["Republic of China", "Chinese Taipei"], adj=["Taiwanese"],
               drop=["Taiwan, Province of China"],
               comment="iso-codes' 'Taiwan, Province of China' is not how news names Taiwan; left out."),
    "TZ": dict(adj=["Tanzanian"]),
    "UA": dict(adj=["Ukrainian"]),
    "UG": dict(adj=["Ugandan"]),
    "US": dict(id="usa", aliases=["US", "U.S.", "USA", "U.S.A.", "America"],
               adj=["American"],
               comment="'America'/'American' usually mean the US in news, but can mean the "
                       "Americas; 'Washington' is in places.yaml (metonym_of usa)."),
    "UY": dict(adj=["Uruguayan"]),
    "UZ": dict(adj=["Uzbek"]),
    "VA": dict(id="vatican", name="Vatican City", aliases=["Holy See", "Vatican", "Vatican City State"],
               drop=["Holy See (Vatican City State)"]),
    "VC": dict(aliases=["St. Vincent and the Grenadines"]),
    "KN": dict(aliases=["St. Kitts and Nevis"]),
    "LC": dict(aliases=["St. Lucia"]),
    "VE": dict(adj=["Venezuelan"]),
    "VG": dict(name="British Virgin Islands", drop=["Virgin Islands, British"]),
    "VI": dict(id="us_virgin_islands", name="U.S. Virgin Islands", aliases=["US Virgin Islands"],
               drop=["Virgin Islands, U.S."]),
    "VN": dict(aliases=["Socialist Republic of Vietnam"], adj=["Vietnamese"]),
    "YE": dict(adj=["Yemeni"]),
    "ZA": dict(adj=["South African"]),
    "ZM": dict(adj=["Zambian"]),
    "ZW": dict(adj=["Zimbabwean"]),
    # Demonyms added for the countries news names most that had none.
    "AD": dict(adj=["Andorran"]),
    "AG": dict(adj=["Antiguan"]),
    "BS": dict(adj=["Bahamian"]),
    "BB": dict(adj=["Barbadian"]),
    "BZ": dict(adj=["Belizean"]),
    "BJ": dict(adj=["Beninese"]),
    "BM": dict(adj=["Bermudian"]),
    "BT": dict(adj=["Bhutanese"]),
    "BF": dict(adj=["Burkinabe", "Burkinabè"]),
    "BI": dict(adj=["Burundian"]),
    "KY": dict(adj=["Caymanian"]),
    "KM": dict(adj=["Comorian"]),
    "CR": dict(adj=["Costa Rican"]),
    "DJ": dict(adj=["Djiboutian"]),
    "SV": dict(adj=["Salvadoran", "Salvadorean"]),
    "GQ": dict(adj=["Equatoguinean"]),
    "FO": dict(adj=["Faroese"]),
    "GA": dict(adj=["Gabonese"]),
    "GM": dict(adj=["Gambian"]),
    "GI": dict(adj=["Gibraltarian"]),
    "GL": dict(adj=["Greenlandic"]),
    "GD": dict(adj=["Grenadian"]),
    "GU": dict(adj=["Guamanian"]),
    "GT": dict(adj=["Guatemalan"]),
    "GW": dict(adj=["Bissau-Guinean"]),
    "GY": dict(adj=["Guyanese"]),
    "HN": dict(adj=["Honduran"]),
    "IM": dict(adj=["Manx"]),
    "LR": dict(adj=["Liberian"]),
    "LI": dict(adj=["Liechtensteiner"]),
    "MW": dict(adj=["Malawian"]),
    "MV": dict(adj=["Maldivian"]),
    "MT": dict(adj=["Maltese"]),
    "MH": dict(adj=["Marshallese"]),
    "MR": dict(adj=["Mauritanian"]),
    "MU": dict(adj=["Mauritian"]),
    "MC": dict(adj=["Monegasque", "Monégasque"]),
    "NR": dict(adj=["Nauruan"]),
    "PW": dict(adj=["Palauan"]),
    "PG": dict(adj=["Papua New Guinean"]),
    "PR": dict(adj=["Puerto Rican"]),
    "WS": dict(adj=["Samoan"]),
    "SM": dict(adj=["Sammarinese"]),
    "SC": dict(adj=["Seychellois"]),
    "SB": dict(aliases=["Solomons"], adj=["Solomon Islander"]),
    "SL": dict(adj=["Sierra Leonean"]),
    "SR": dict(adj=["Surinamese"]),
    "TG": dict(adj=["Togolese"]),
    "TO": dict(adj=["Tongan"]),
    "TT": dict(adj=["Trinidadian"]),
    "TV": dict(adj=["Tuvaluan"]),
    "EH": dict(adj=["Sahrawi"]),
}

# Withdrawn countries (iso_3166-3.json) that news still names, keyed by
# alpha-3 (alpha-2 codes were reused there).
HISTORICAL = {
    "SUN": dict(id="soviet_union", name="Soviet Union",
                aliases=["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
                adj=["Soviet"]),
    "CSK": dict(id="czechoslovakia", name="Czechoslovakia", adj=["Czechoslovak"]),
    "DDR": dict(id="east_germany", name="East Germany",
                aliases=["German Democratic Republic", "GDR"], adj=["East German"]),
    "YUG": dict(id="yugoslavia", name="Yugoslavia", adj=["Yugoslav"]),
}

# Entities with no ISO 3166-1 code, added by hand.
EXTRA = [
    dict(id="kosovo", name="Kosovo", aliases=["Republic of Kosovo"], adj=["Kosovar"], code="XK",
         comment="Kosovo: no ISO 3166-1 code (its status is disputed); added by hand, "
                 "with XK, the user-assigned code the European Commission uses."),
]

INVERTED = re.compile(r", .*\bof( the)?$")   # "Korea, Republic of"


def fold(s):
    """The key two names collide on: case- and diacritic-insensitive."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def slug(s):
    s = fold(s)
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s


def clean_official(s):
    if s.startswith("the "):
        s = s[4:]
    return s


def entry(name, iso_names, ov):
    ident = ov.get("id") or slug(name)
    drop = {fold(d) for d in ov.get("drop", [])}
    seen = {fold(name)}
    aliases = []
    for a in list(ov.get("aliases", [])) + iso_names:
        if not a:
            continue
        a = clean_official(a)
        k = fold(a)
        if k in seen or k in drop or INVERTED.search(a):
            continue
        seen.add(k)
        aliases.append(a)
    for d in ov.get("adj", []):
        k = fold(d)
        if k in seen:
            continue
        seen.add(k)
        aliases.append("adj:" + d)
    return ident, name, aliases


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json"
    with open(os.path.join(src, "iso_3166-1.json"), encoding="utf-8") as f:
        cur = json.load(f)["3166-1"]
    with open(os.path.join(src, "iso_3166-3.json"), encoding="utf-8") as f:
        old = json.load(f)["3166-3"]

    rows = []   # (sort key, comment, id, name, aliases)
    for c in cur:
        ov = OVERRIDES.get(c["alpha_2"], {})
        name = ov.get("name") or c.get("common_name") or c["name"]
        iso_names = [c.get("official_name"), c["name"]]
        ident, name, aliases = entry(name, iso_names, ov)
        # The country's own code, which the entities of it share.
        aliases.append("country:" + c["alpha_2"])
        rows.append((fold(name), ov.get("comment"), ident, name, aliases))
    for c in old:
        ov = HISTORICAL.get(c["alpha_3"])
        if not ov:
            continue
        ident, name, aliases = entry(ov["name"], [], ov)
        rows.append((fold(name), "%s: withdrawn from ISO 3166-1 on %s (iso_3166-3.json)"
                     % (name, c.get("withdrawal_date", "?")), ident, name, aliases))
    for ov in EXTRA:
        ident, name, aliases = entry(ov["name"], [], ov)
        if ov.get("code"):
            aliases.append("country:" + ov["code"])
        rows.append((fold(name), ov.get("comment"), ident, name, aliases))

    ids = [r[2] for r in rows]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        sys.exit("build-countries.py: duplicate ids: " + ", ".join(sorted(dup)))

    out = sys.stdout
    out.write(
        "# parallax gazetteer: countries and territories.\n"
        "# GENERATED by data/gazetteer/build-countries.py: edit the script, not this file.\n"
        "# Format: docs/gazetteer.md (id TAB type/subtype TAB canonical name TAB aliases...;\n"
        "# an alias \"adj:X\" is a demonym/adjective, a column \"country:XX\" the\n"
        "# ISO 3166-1 alpha-2 code).\n"
        "# Source: ISO 3166-1 and ISO 3166-3 names from Debian's iso-codes package\n"
        "# (https://salsa.debian.org/iso-codes-team/iso-codes), licence LGPL-2.1+;\n"
        "# short names, abbreviations and demonyms added by the parallax developers\n"
        "# from public sources.  See data/gazetteer/SOURCES.md.\n")
    for _, comment, ident, name, aliases in sorted(rows):
        if comment:
            out.write("# " + comment + "\n")
        out.write("\t".join([ident, "place/country", name] + aliases) + "\n")


if __name__ == "__main__":
    main()
