#!/bin/sh
# compare-corpus.sh: `parallax compare` on the bundled corpus finds what the
# corpus README says an analyst must get out of it (KCNA is the primary).
. "$TOP_SRCDIR/tests/e2e/lib.sh"

cd "$CORPUS" || exit 1
KCNA=kcna-2025-01-20.txt FP=firstpost-2025-01-20.txt HOTAAJ=hotaaj-2025-01.txt
RT=rt-2023-05-16.txt WT=washingtontimes-2025-01-20.txt
json=$WORK/compare.json
# The publication dates of the corpus README, which relative dates need.
dated="-p $KCNA=2025-01-20 -p $FP=2025-01-20 -p $HOTAAJ=2025-01 -p $RT=2023-05-16 -p $WT=2025-01-20"
expect_status 0 "compare the corpus" -- \
  "$PARALLAX" compare --primary $KCNA $dated --format json -o "$json" $FP $HOTAAJ $RT $WT

# check WHAT JQ-FILTER EXPECTED: the filter's output (one line) is EXPECTED.
check () {
  got=$(jq -r "$2" "$json" 2>&1 | tr '\n' ' ' | sed 's/ $//')
  [ "$got" = "$3" ] && pass "$1" || fail "$1: got '$got', expected '$3'"
}

# verdict FILE TEXT-PREFIX: the verdict of FILE's quote that starts so.
verdict () {
  jq -r --arg f "$1" --arg t "$2" \
    '[.quotes[] | select(.file == $f and (.text | startswith($t))) | .verdict] | join(",")' "$json"
}

expect_verdict () {
  got=$(verdict "$1" "$2")
  [ "$got" = "$3" ] && pass "$1 \"$2...\" is $3" || fail "$1 \"$2...\": verdict '$got', expected $3"
}

check "files are named as given" '.primary' "$KCNA"
check "reference is the primary" '.reference' primary

# Quote fidelity.
for q in "a dangerous act" "provocative military hegemony" "a war criminal state" "anti-peace force"; do
  expect_verdict $FP "$q" verbatim
  expect_verdict $HOTAAJ "$q" verbatim
done
expect_verdict $WT "Japan set up its independent mission" altered
expect_verdict $WT "This is a dangerous act" altered
expect_verdict $WT "escalating the military tension" verbatim_with_elision
expect_verdict $WT "blatant anachronism" absent_other_speaker
expect_verdict $WT "the diktat of the older brother" absent_other_speaker
diff_of () {
  jq -r --arg t "$1" '.quotes[] | select(.text | startswith($t)) | .diff[]
    | "\(.op):\(.quote.text // ""):\(.primary.text // "")"' "$json"
}
diff_of "Japan set up" >"$WORK/diff1"
grep -q '^substitute:Japan:It$' "$WORK/diff1" && pass "diff: It -> Japan" \
  || fail "diff of the first WT quote lacks It -> Japan: $(tr '\n' ' ' <"$WORK/diff1")"
grep -q '^delete::.*seeking acts' "$WORK/diff1" && pass "diff: the cut '-seeking acts'" \
  || fail "diff of the first WT quote lacks the cut 'seeking acts': $(tr '\n' ' ' <"$WORK/diff1")"
diff_of "This is a dangerous act" >"$WORK/diff2"
grep -q 'factor for' "$WORK/diff2" && pass "diff: 'a new factor for instability' vs 'new instability'" \
  || fail "diff of the second WT quote: $(tr '\n' ' ' <"$WORK/diff2")"
check "the elided words are shown" \
  '[.quotes[] | select(.verdict == "verbatim_with_elision") | .diff[] | select(.op == "elision") | .primary.text] | join("|")' \
  "while tightening military confab and tie-up with NATO outside the region"
check "quotes found in the primary point at its bytes" \
  '[.quotes[] | select(.primary != null) | .primary.file] | unique | join(",")' "$KCNA"

# Coverage.
omits () { jq -r --arg f "$1" '.coverage[] | select(.file == $f) | .omits | join(" ")' "$json"; }
adds () { jq -r --arg f "$1" '.coverage[] | select(.file == $f) | .adds | join(" ")' "$json"; }
has () { case " $1 " in *" $2 "*) return 0 ;; esac; return 1; }
for f in $FP $WT; do
  has "$(omits $f)" kim_ryo_won && pass "$f omits Kim Ryo Won" || fail "$f omits: $(omits $f)"
done
for f in $FP $HOTAAJ $RT $WT; do
  has "$(omits $f)" tomahawk && pass "$f omits the Tomahawk missiles" || fail "$f omits: $(omits $f)"
done
has "$(adds $WT)" osamu_izawa && pass "WT adds Osamu Izawa" || fail "WT adds: $(adds $WT)"
for f in $FP $HOTAAJ $RT; do
  has "$(adds $f)" osamu_izawa && fail "$f adds Osamu Izawa" || pass "$f does not name Osamu Izawa"
done
check "only WT adds Jan. 16" \
  '[.coverage[] | select(.adds_dates | map(.value) | index("2025-01-16")) | .file] | join(",")' "$WT"
check "only WT adds the troop numbers" \
  '[.coverage[] | select(.adds_numbers | map(select(.low == 11000 and .high == 13000)) | length > 0) | .file] | join(",")' \
  "$WT"
check "Firstpost's 'last week' agrees with WT's Jan. 16" \
  '[.dates[] | select(.file == "'$FP'" and .surface == "last week") | .agrees[] | select(.file == "'$WT'" and .value == "2025-01-16") | .surface] | unique | join(",")' \
  "On Jan. 16"

# The event and the copies.
check "RT is about another event" '[.event.mismatched[].file] | join(",")' "$RT"
check "hotaaj republishes Firstpost" \
  '[.reuse[] | select(.republication) | "\(.a)+\(.b)"] | join(",")' "$FP+$HOTAAJ"
check "the republication ratio is above 0.9" \
  '[.reuse[] | select(.a == "'$FP'" and .b == "'$HOTAAJ'") | .ratio > 0.9] | join(",")' true
check "hotaaj is one witness with Firstpost" \
  '.documents[] | select(.file == "'$HOTAAJ'") | .witness' "$FP"

# Spans point into the files: every quote's bytes, read back, hold its words.
jq -r '.quotes[] | "\(.file)\t\(.start)\t\(.end)\t\(.text)"' "$json" | python3 -c '
import re, sys
def norm(s):
    s = s.replace("\u2019", "\x27").replace("\u2018", "\x27").replace("\u201c", "\"").replace("\u201d", "\"").replace("\u2026", "...")
    return re.sub(r"\s+", " ", s)
for line in sys.stdin:
    f, start, end, text = line.rstrip("\n").split("\t", 3)
    got = open(f, "rb").read()[int(start):int(end)].decode("utf-8", "replace")
    if norm(got) != norm(text):
        print("%s %s-%s: %r vs %r" % (f, start, end, got, text))
' >"$WORK/spans"
[ -s "$WORK/spans" ] && fail "quote spans: $(head -3 "$WORK/spans")" || pass "quote spans point at their words"

# Deterministic: the same inputs give the same bytes.
expect_status 0 "compare again" -- \
  "$PARALLAX" compare --primary $KCNA $dated --format json -o "$WORK/again.json" $FP $HOTAAJ $RT $WT
cmp -s "$json" "$WORK/again.json" && pass "same inputs, same bytes" || fail "output differs between runs"

# Without a primary: against the consensus, and it says so.
expect_status 0 "compare without a primary" -- "$PARALLAX" compare --format json -o "$WORK/c.json" \
  $KCNA $FP $HOTAAJ $RT $WT
[ "$(jq -r .reference "$WORK/c.json")" = consensus ] && pass "consensus reference" \
  || fail "reference: $(jq -r .reference "$WORK/c.json")"

# Progress on a terminal only, and never with --quiet (script(1) gives the
# program a terminal).
if command -v script >/dev/null 2>&1; then
  script -qec "'$PARALLAX' compare -o '$WORK/p.txt' --primary $KCNA $FP $RT" /dev/null >"$WORK/tty"
  grep -q 'reading 3/3' "$WORK/tty" && pass "progress on a terminal" || fail "no progress: $(cat "$WORK/tty")"
  script -qec "'$PARALLAX' compare -q -o '$WORK/p.txt' --primary $KCNA $FP $RT" /dev/null >"$WORK/tty"
  [ ! -s "$WORK/tty" ] && pass "--quiet silences it" || fail "--quiet printed: $(cat "$WORK/tty")"
fi
"$PARALLAX" compare -o "$WORK/p.txt" --primary $KCNA $FP $RT 2>"$WORK/err"
[ ! -s "$WORK/err" ] && pass "no progress when standard error is not a terminal" \
  || fail "progress into a pipe: $(cat "$WORK/err")"

# Bash completion offers what --help lists.
if command -v bash >/dev/null 2>&1; then
  got=$(PATH="$(dirname "$PARALLAX"):$PATH" bash -c '. "$1/data/completion/parallax"
    COMP_WORDS=(parallax compare --pri); COMP_CWORD=2; _parallax; echo "${COMPREPLY[*]}"' sh "$TOP_SRCDIR")
  [ "$got" = --primary ] && pass "bash completion completes --primary" || fail "completion: '$got'"
fi

# Usage errors.
expect_status 2 "one file is not a comparison" -- "$PARALLAX" compare $KCNA
expect_status 2 "bad format" -- "$PARALLAX" compare --format pdf $KCNA $FP
expect_status 2 "a date that is not one" -- "$PARALLAX" compare -p $FP=yesterday $KCNA $FP
grep -q "published: 'yesterday' is not a date" "$WORK/err" && pass "the bad date is named" \
  || fail "bad date message: $(cat "$WORK/err")"
expect_status 2 "a date for a file not compared" -- "$PARALLAX" compare -p other.txt=2025-01-20 $KCNA $FP
expect_status 5 "output over an input" -- "$PARALLAX" compare -o $FP --primary $KCNA $FP

exit $((failures > 0))
