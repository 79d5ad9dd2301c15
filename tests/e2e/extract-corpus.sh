#!/bin/sh
# parallax extract and parallax gazetteer on the corpus: the entities the
# hand-checked annotation lists, mentions that point at the right bytes,
# the compiled cache, and the user's own gazetteer files.
. "$TOP_SRCDIR/tests/e2e/lib.sh"

files="kcna-2025-01-20 firstpost-2025-01-20 hotaaj-2025-01 rt-2023-05-16 washingtontimes-2025-01-20"

ids_of () {
  jq -r '[.entities[].id] | join(" ")' "$1"
}

# Every mention's byte range, read back out of the file, is its surface
# (typographic apostrophes and quotes are folded in surfaces, and runs of
# spaces and line breaks are one space).  One jq and one python3 for all
# mentions: a process per mention is minutes under a sanitizer.
check_offsets () {
  json=$1 file=$2
  jq -r '.entities[].mentions[] | "\(.start)\t\(.end)\t\(.surface)"' "$json" |
  python3 -c '
import re, sys
data = open(sys.argv[1], "rb").read()
for line in sys.stdin:
    start, end, surface = line.rstrip("\n").split("\t", 2)
    got = data[int(start):int(end)].decode("utf-8", "replace")
    got = re.sub(r"\s+", " ", got.replace("\u2019", "\x27").replace("\u2018", "\x27"))
    if got != surface:
        print("bad %s-%s: %r vs %r" % (start, end, got, surface))
' "$file" >"$WORK/offsets"
  if [ -s "$WORK/offsets" ]; then
    fail "$file: mention offsets: $(head -3 "$WORK/offsets")"
  else
    pass "$(basename "$file"): every mention points at its surface"
  fi
}

for f in $files; do
  expect_status 0 "extract $f" -- "$PARALLAX" extract --format json -o "$WORK/$f.json" "$CORPUS/$f.txt"
  check_offsets "$WORK/$f.json" "$CORPUS/$f.txt"
done

# Findings of the corpus README: who names whom.
ids=$(ids_of "$WORK/washingtontimes-2025-01-20.json")
for id in osamu_izawa boris_ruge shigeru_ishiba takeshi_iwaya yoon_suk_yeol vladimir_putin; do
  case " $ids " in *" $id "*) pass "WT names $id" ;; *) fail "WT does not name $id: $ids" ;; esac
done
for f in kcna-2025-01-20 firstpost-2025-01-20 rt-2023-05-16; do
  case " $(ids_of "$WORK/$f.json") " in
    *" osamu_izawa "*) fail "$f names Osamu Izawa" ;;
    *) pass "$f does not name Osamu Izawa" ;;
  esac
done
surfaces=$(jq -r '.entities[] | select(.id == "shigeru_ishiba") | [.mentions[].surface] | join("|")' \
  "$WORK/washingtontimes-2025-01-20.json")
[ "$surfaces" = "Shigeru Ishiba|Mr. Ishiba|Mr. Ishiba|Mr. Ishiba" ] \
  && pass "Mr. Ishiba is Shigeru Ishiba" || fail "Ishiba mentions: $surfaces"
office=$(jq -r '.entities[] | select(.id == "dprk_foreign_ministry") | .mentions | length' \
  "$WORK/rt-2023-05-16.json")
[ "$office" = 3 ] && pass "RT's Foreign Ministry is North Korea's, all three times" \
  || fail "dprk_foreign_ministry mentions in RT: $office"
tokyo=$(jq -r '.entities[] | select(.id == "tokyo") | .mentions[0].metonym_of' \
  "$WORK/washingtontimes-2025-01-20.json")
[ "$tokyo" = japan ] && pass "WT's 'Tokyo opened a mission' stands for Japan" \
  || fail "Tokyo's first mention metonym_of: $tokyo"
# hotaaj republishes Firstpost: the same entities.
[ "$(ids_of "$WORK/hotaaj-2025-01.json")" = "$(ids_of "$WORK/firstpost-2025-01-20.json")" ] \
  && pass "hotaaj names what Firstpost names" || fail "hotaaj and Firstpost differ"

# The cache: written on first use, used after, rebuilt when damaged.
cache="$XDG_CACHE_HOME/parallax/gazetteer.pxg"
[ -s "$cache" ] && pass "the gazetteer cache was written" || fail "no cache at $cache"
head -c 100 "$cache" >"$WORK/cut" && cp "$WORK/cut" "$cache"
expect_status 0 "extract over a damaged cache" -- \
  "$PARALLAX" extract --format json -o "$WORK/again.json" "$CORPUS/rt-2023-05-16.txt"
cmp -s "$WORK/again.json" "$WORK/rt-2023-05-16.json" && pass "same result after a rebuild" \
  || fail "a damaged cache changed the result"
[ "$(wc -c <"$cache")" -gt 1000 ] && pass "the damaged cache was rebuilt" || fail "cache not rebuilt"
expect_status 0 "extract without a cache" -- \
  "$PARALLAX" extract --no-gazetteer-cache --format json -o "$WORK/nocache.json" "$CORPUS/rt-2023-05-16.txt"
cmp -s "$WORK/nocache.json" "$WORK/rt-2023-05-16.json" && pass "same result without a cache" \
  || fail "the cache changed the result"
touch "$WORK/plain"
expect_status 0 "an unwritable cache is a warning" -- \
  "$PARALLAX" extract --gazetteer-cache "$WORK/plain/g.pxg" "$CORPUS/rt-2023-05-16.txt"
expect_stderr "warning: gazetteer cache not saved" "unwritable cache warning"

# The user's gazetteer takes precedence; its mistakes name file:line.
cat >"$WORK/mine.yaml" <<'YAML'
version: 1
entities:
  - id: izawa_mission
    type: org
    name: Osamu Izawa
YAML
expect_status 0 "extract with a user gazetteer" -- \
  "$PARALLAX" extract --gazetteer "$WORK/mine.yaml" --format json -o "$WORK/mine.json" \
  "$CORPUS/washingtontimes-2025-01-20.txt"
case " $(ids_of "$WORK/mine.json") " in
  *" izawa_mission "*) pass "the user's name wins" ;;
  *) fail "the user's gazetteer was not used" ;;
esac
printf 'a\tplace\tA\nb\tplace\n' >"$WORK/bad.tsv"
expect_status 4 "a malformed user gazetteer" -- \
  "$PARALLAX" extract --gazetteer "$WORK/bad.tsv" "$CORPUS/rt-2023-05-16.txt"
expect_stderr "bad.tsv:2: expected id<TAB>type<TAB>name" "malformed gazetteer message"
printf 'a\tplace\tA\na\tplace\tB\n' >"$WORK/dup.tsv"
expect_status 4 "gazetteer check on a duplicate id" -- \
  "$PARALLAX" gazetteer check --gazetteer "$WORK/dup.tsv"
expect_stderr "dup.tsv:2: id 'a' is already defined at .*dup.tsv:1" "duplicate id message"

expect_status 0 "gazetteer check" -- "$PARALLAX" gazetteer check
grep -Eq '^[0-9]+ entities, [0-9]+ names:' "$WORK/out" && pass "gazetteer check counts" \
  || fail "gazetteer check: $(cat "$WORK/out")"
expect_status 0 "gazetteer show" -- "$PARALLAX" gazetteer show rt
grep -q 'ownership: state-funded' "$WORK/out" && pass "RT is state-funded" || fail "show rt: $(cat "$WORK/out")"
expect_status 2 "gazetteer show of an unknown id" -- "$PARALLAX" gazetteer show no_such_id
expect_status 0 "gazetteer match" -- "$PARALLAX" gazetteer match "Japan’s envoy met the U.S. team"
[ "$(cut -f4 "$WORK/out" | tr '\n' ' ')" = "japan usa " ] && pass "gazetteer match" \
  || fail "gazetteer match: $(cat "$WORK/out")"
# One object for one file, an array for several, one line each with jsonl.
expect_status 0 "extract of two files" -- "$PARALLAX" extract --format json \
  "$CORPUS/rt-2023-05-16.txt" "$CORPUS/kcna-2025-01-20.txt"
[ "$(jq -r 'type + " " + (length | tostring)' "$WORK/out")" = "array 2" ] \
  && pass "two files give an array" || fail "two files: $(head -c 200 "$WORK/out")"
expect_status 0 "extract as jsonl" -- "$PARALLAX" extract --format jsonl \
  "$CORPUS/rt-2023-05-16.txt" "$CORPUS/kcna-2025-01-20.txt"
[ "$(wc -l <"$WORK/out")" -eq 2 ] && [ "$(jq -s -r '.[1].file' "$WORK/out")" = "$CORPUS/kcna-2025-01-20.txt" ] \
  && pass "jsonl: one object per line" || fail "jsonl: $(head -c 200 "$WORK/out")"
src=$(jq -r '.entities[] | select(.id == "kim_seol_hwa") | .mentions[0].source' "$WORK/rt-2023-05-16.json")
case "$src" in gazetteer:people.yaml:[0-9]*) pass "mention source $src" ;; *) fail "mention source: $src" ;; esac
body=$(jq -r '"\(.body.start)-\(.body.end)"' "$WORK/kcna-2025-01-20.json")
[ "$body" = "195-2843" ] && pass "KCNA's body is 195-2843" || fail "KCNA body: $body"

# A place a body is named after stays named inside it, at its own bytes;
# an offset from an event the gazetteer dates is resolved against it.
printf 'Shipyards\n\nEngineers at the University of Sheffield said on Monday that the yard \
opened 10 years after the Korean War and closed in 1990.\n' >"$WORK/nested.txt"
expect_status 0 "extract of a body named after a place" -- \
  "$PARALLAX" extract --published 2025-01-20 --format json -o "$WORK/nested.json" "$WORK/nested.txt"
check_offsets "$WORK/nested.json" "$WORK/nested.txt"
nested=$(jq -r '.entities[] | select(.id == "gb_sheffield") | .mentions[] | "\(.surface) \(.nested)"' \
  "$WORK/nested.json")
[ "$nested" = "Sheffield true" ] && pass "Sheffield is named inside the university's name" \
  || fail "Sheffield's mentions: $nested"
war=$(jq -r '.dates[] | select(.rule == "event-offset") | "\(.surface)=\(.value)"' "$WORK/nested.json")
[ "$war" = "10 years after the Korean War=1963" ] && pass "10 years after the Korean War is 1963" \
  || fail "the offset from the Korean War: $war"

# A holiday is an event the gazetteer names, and a date where a
# preposition of time says so.
printf 'Holidays\n\nThe office closed on Christmas Eve and reopened after New Year'"'"'s Day. \
Christmas shopping was slow.\n' >"$WORK/holidays.txt"
expect_status 0 "extract of holidays" -- \
  "$PARALLAX" extract --published 2025-01-20 --format json -o "$WORK/holidays.json" \
  "$WORK/holidays.txt"
events=$(jq -r '[.entities[] | "\(.id):\(.type)"] | join(" ")' "$WORK/holidays.json")
[ "$events" = "christmas_eve:event new_year_s_day:event christmas:event" ] \
  && pass "holidays are events" || fail "holiday entities: $events"
days=$(jq -r '[.dates[] | "\(.surface)=\(.value)"] | join("; ")' "$WORK/holidays.json")
[ "$days" = "on Christmas Eve=2024-12-24; after New Year's Day=2025-01-01" ] \
  && pass "holidays after a preposition are dates" || fail "holiday dates: $days"

expect_status 2 "gazetteer without an action" -- "$PARALLAX" gazetteer
expect_status 2 "extract --published with a bad date" -- \
  "$PARALLAX" extract --published 2025-13-01 "$CORPUS/rt-2023-05-16.txt"

exit $((failures > 0))
