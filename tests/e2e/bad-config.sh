# bad-config.sh: hostile run files, gazetteers and compiled caches through
# the real program.  A wrong file gets status 4 and one line naming it (and
# line:column for YAML); a damaged cache is never trusted, only rebuilt.
# The parsers' own cases are in tests/unit (check-yaml, check-run,
# check-gazetteer); a 1,000,000-line gazetteer is in tests/stress.
. "$TOP_SRCDIR/tests/e2e/lib.sh"

cp "$CORPUS/kcna-2025-01-20.txt" "$CORPUS/rt-2023-05-16.txt" "$WORK/"
cd "$WORK" || exit 1
KCNA=kcna-2025-01-20.txt

# run_refused NAME PATTERN WHAT: `run --check` on the run file NAME says
# PATTERN on one line, with status 4.
run_refused () {
  expect_status 4 "$3" -- "$PARALLAX" run --check "$1" || return
  expect_stderr "$2" "$3"
}

sources='sources:
  - path: kcna-2025-01-20.txt
    outlet: KCNA
    role: primary
  - path: rt-2023-05-16.txt
    outlet: RT'

# A "billion laughs": nine levels of aliases, each ten of the one before.
{
  echo 'version: 1'
  echo 'title: laughs'
  echo 'a0: &a0 "lol"'
  for i in 1 2 3 4 5 6 7 8 9; do
    p="*a$((i - 1))"
    echo "a$i: &a$i [$p, $p, $p, $p, $p, $p, $p, $p, $p, $p]"
  done
  echo "$sources"
} >laughs.yaml
run_refused laughs.yaml '^parallax: laughs\.yaml:3:5: .*anchors and aliases are not supported' \
  "a run file that is a billion laughs"

# Nesting 10,000 deep.
python3 -c 'print("version: 1\ntitle: " + "[" * 10000 + "]" * 10000)' >deep.yaml
run_refused deep.yaml '^parallax: deep\.yaml:2:[0-9]+: .*nesting deeper than' "a run file nested 10,000 deep"

printf 'version: 1\ntitle: one\ntitle: two\n%s\n' "$sources" >dup.yaml
run_refused dup.yaml "^parallax: dup\\.yaml:3:1: duplicate key 'title'" "a run file with a duplicate key"

printf 'version: 1\ntitle: t\nsources:\n\t- path: kcna-2025-01-20.txt\n' >tabs.yaml
run_refused tabs.yaml '^parallax: tabs\.yaml:4:1: ' "a run file indented with a tab"

printf 'version: 1\ntitle: [not, a, string]\n%s\n' "$sources" >type.yaml
run_refused type.yaml '^parallax: type\.yaml:2:8: ' "a run file with a list for a string"
printf 'version: "one"\ntitle: t\n%s\n' "$sources" >version.yaml
run_refused version.yaml '^parallax: version\.yaml:1:10: ' "a run file with a string for a number"

# Gazetteers: duplicate ids (TSV and YAML), empty names, a 10,000-character
# name.
printf 'a\tplace\tAlpha\nb\tplace\tBeta\na\tplace\tGamma\n' >dup.tsv
expect_status 4 "a gazetteer with a duplicate id (TSV)" -- \
  "$PARALLAX" extract --no-gazetteer-cache -g dup.tsv "$KCNA"
expect_stderr "^parallax: dup\\.tsv:3: id 'a' is already defined at " "duplicate id (TSV)"
printf 'version: 1\nentities:\n  - id: a\n    type: place\n    name: A\n  - id: a\n    type: place\n    name: B\n' \
  >dupid.yaml
expect_status 4 "a gazetteer with a duplicate id (YAML)" -- \
  "$PARALLAX" extract --no-gazetteer-cache -g dupid.yaml "$KCNA"
expect_stderr "^parallax: dupid\\.yaml:6: id 'a' is already defined at dupid\\.yaml:3" "duplicate id (YAML)"
printf 'a\tplace\tAlpha\nb\tplace\t\n' >empty.tsv
expect_status 4 "a gazetteer with an empty name (TSV)" -- \
  "$PARALLAX" extract --no-gazetteer-cache -g empty.tsv "$KCNA"
expect_stderr '^parallax: empty\.tsv:2: column 3 is empty' "empty name (TSV)"
printf 'version: 1\nentities:\n  - id: a\n    type: place\n    name: ""\n' >empty.yaml
expect_status 4 "a gazetteer with an empty name (YAML)" -- \
  "$PARALLAX" extract --no-gazetteer-cache -g empty.yaml "$KCNA"
expect_stderr "^parallax: empty\\.yaml:5:11: 'name' is empty" "empty name (YAML)"

python3 - <<'PY'
name = "Zq" + "x" * 9998
open("long.tsv", "w").write("longname\tplace\t%s\n" % name)
open("long.txt", "w").write("Long name\n\nOfficials said on Monday that %s opened a mission "
                            "to NATO in Brussels.\n" % name)
PY
expect_status 0 "a gazetteer with a 10,000-character name" -- \
  "$PARALLAX" extract --no-gazetteer-cache -g long.tsv -f json long.txt
n=$(json_get '[.entities[] | select(.id == "longname") | .mentions[]] | length' "$WORK/out")
[ "$n" -eq 1 ] && pass "the 10,000-character name is found" || fail "10,000-character name: $n mentions"

# Compiled caches, truncated and bit-flipped: rebuilt, never trusted, and
# the output is what a sound cache gives.
expect_status 0 "extract with a fresh cache" -- \
  "$PARALLAX" extract -f json --gazetteer-cache cache/g.pxg "$KCNA"
cp "$WORK/out" good.json
size=$(wc -c <cache/g.pxg)
for damage in truncated flipped empty header; do
  case $damage in
    truncated) head -c "$((size / 2))" cache/g.pxg >damaged.pxg ;;
    flipped)
      python3 -c 'import sys
d = bytearray(open("cache/g.pxg", "rb").read())
for at in range(64, len(d), len(d) // 7):
    d[at] ^= 0x10
open("damaged.pxg", "wb").write(d)' ;;
    empty) : >damaged.pxg ;;
    header) head -c 64 cache/g.pxg >damaged.pxg ;;
  esac
  cp damaged.pxg cache/g.pxg
  expect_status 0 "a $damage cache" -- "$PARALLAX" extract -f json --gazetteer-cache cache/g.pxg "$KCNA"
  cmp -s "$WORK/out" good.json && pass "a $damage cache: the same output" \
    || fail "a $damage cache: another output"
  cmp -s cache/g.pxg damaged.pxg && fail "a $damage cache: left damaged" \
    || pass "a $damage cache: rebuilt"
done

finish
