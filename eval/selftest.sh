#!/bin/sh
# make check: the scorer scores a hand-worked fixture as worked out, and
# every gold file scores 1.0 against itself; every annotated string occurs
# in its text.  With GUM_DIR set, the GUM gold also regenerates unchanged.
set -eu
top=${TOP_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
py=${EVALPY:-/usr/bin/python3}
"$py" -c 'import yaml' 2>/dev/null || { echo "SKIP: no $py with PyYAML"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ev=$top/eval
gold=$top/tests/gold

# 1. The hand-worked fixture.
"$py" "$ev/score.py" --gold "$ev/fixtures/gold-mini.yaml" \
  --found "$ev/fixtures/found-mini.json" >"$tmp/mini.txt"
diff -u "$ev/fixtures/expected-mini.txt" "$tmp/mini.txt"
"$py" "$ev/score.py" --gold "$ev/fixtures/gold-dates.yaml" \
  --found "$ev/fixtures/found-dates.json" >"$tmp/dates.txt"
diff -u "$ev/fixtures/expected-dates.txt" "$tmp/dates.txt"

# 2. Gold against itself: 1.0 wherever there is something to score.
"$py" "$ev/gold2json.py" --text-dir "$top/data/corpus" "$gold/seeds.yaml" >"$tmp/seeds.json"
"$py" "$ev/gold2json.py" "$gold"/gum/*.yaml >"$tmp/gum.json"
"$py" "$ev/score.py" --json --gold "$gold/seeds.yaml" "$gold"/gum/*.yaml \
  --found "$tmp/seeds.json" "$tmp/gum.json" >"$tmp/self.json"
"$py" - "$tmp/self.json" <<'PY'
import json, sys
table = json.load(open(sys.argv[1]))
assert set(table) == {"seeds", "gum-train", "gum-dev", "gum-test", "gum-held", "gum-all"}, table.keys()
bad = [(s, k, v) for s, row in table.items() for k, v in row.items()
       if v["gold"] and v["f1"] != 1.0]
assert not bad, bad
assert table["gum-all"]["entities"]["gold"] > 500, table["gum-all"]["entities"]
PY

# 3. Every surface, date and quote of the gold occurs in its text (after
#    folding spaces: GUM's quotes may span a line break).
"$py" - "$gold" "$top/data/corpus" <<'PY'
import glob, os, re, sys, yaml
gold, corpus = sys.argv[1], sys.argv[2]
def flat(s):
    return re.sub(r"\s+", " ", s)
missing = []
files = [(os.path.join(gold, "seeds.yaml"), corpus)] + [
    (g, os.path.join(gold, "gum")) for g in sorted(glob.glob(os.path.join(gold, "gum", "*.yaml")))]
n = 0
for path, folder in files:
    for doc in yaml.safe_load(open(path, encoding="utf-8"))["documents"]:
        text = flat(open(os.path.join(folder, doc["file"]), encoding="utf-8").read())
        strings = [s for e in doc.get("entities") or [] for s in e["surfaces"]]
        strings += [d["surface"] for d in doc.get("dates") or []]
        strings += [q["text"] for q in doc.get("quotes") or []]
        for s in strings:
            n += 1
            if flat(s) not in text:
                missing.append((doc["file"], s))
assert not missing, missing
print(f"{n} annotated strings found in their texts")
PY

# 4. The GUM gold is what the converter makes of GUM (needs GUM's files).
if [ -n "${GUM_DIR:-}" ]; then
  "$py" "$ev/gum2gold.py" -o "$tmp/gum" "$GUM_DIR"/GUM_news_*.conllu 2>/dev/null
  cp "$gold/gum/README.md" "$gold/gum/LICENSE-GUM.txt" "$tmp/gum/"
  diff -r "$gold/gum" "$tmp/gum"
fi
echo "eval selftest: ok"
